"""Plain functions on boxes and masks: parsing, bounding boxes, the working crop, feathering, compositing.

Boxes are (x0, y0, x1, y1) in pixels of the original image, half-open: pixel columns x0 .. x1-1.
Masks are H x W bool arrays at the original resolution.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image
from scipy import ndimage

from localstyle.errors import InputError

Box = tuple[int, int, int, int]
MIN_WORK_SIDE = 64


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_parse_box__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_box__mutmut)
def parse_box(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(" ", "").split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, size)


def x_parse_box__mutmut_orig(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(" ", "").split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, size)


def x_parse_box__mutmut_1(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = None
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, size)


def x_parse_box__mutmut_2(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(None) for v in text.replace(" ", "").split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, size)


def x_parse_box__mutmut_3(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(" ", "").split(None)]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, size)


def x_parse_box__mutmut_4(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(None, "").split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, size)


def x_parse_box__mutmut_5(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(" ", None).split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, size)


def x_parse_box__mutmut_6(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace("").split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, size)


def x_parse_box__mutmut_7(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(" ", ).split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, size)


def x_parse_box__mutmut_8(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace("XX XX", "").split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, size)


def x_parse_box__mutmut_9(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(" ", "XXXX").split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, size)


def x_parse_box__mutmut_10(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(" ", "").split("XX,XX")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, size)


def x_parse_box__mutmut_11(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(" ", "").split(",")]
    except ValueError:
        values = None
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, size)


def x_parse_box__mutmut_12(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(" ", "").split(",")]
    except ValueError:
        values = []
    if len(values) == 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, size)


def x_parse_box__mutmut_13(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(" ", "").split(",")]
    except ValueError:
        values = []
    if len(values) != 5:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, size)


def x_parse_box__mutmut_14(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(" ", "").split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(None)
    return check_box(values, size)


def x_parse_box__mutmut_15(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(" ", "").split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(None, size)


def x_parse_box__mutmut_16(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(" ", "").split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, None)


def x_parse_box__mutmut_17(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(" ", "").split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(size)


def x_parse_box__mutmut_18(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(" ", "").split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise InputError(f"--box must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, )

mutants_x_parse_box__mutmut['_mutmut_orig'] = x_parse_box__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_1'] = x_parse_box__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_2'] = x_parse_box__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_3'] = x_parse_box__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_4'] = x_parse_box__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_5'] = x_parse_box__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_6'] = x_parse_box__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_7'] = x_parse_box__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_8'] = x_parse_box__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_9'] = x_parse_box__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_10'] = x_parse_box__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_11'] = x_parse_box__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_12'] = x_parse_box__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_13'] = x_parse_box__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_14'] = x_parse_box__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_15'] = x_parse_box__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_16'] = x_parse_box__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_17'] = x_parse_box__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_box__mutmut['x_parse_box__mutmut_18'] = x_parse_box__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_box__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_box__mutmut)
def check_box(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_orig(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_1(values, size: tuple[int, int]) -> Box:
    width, height = None
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_2(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = None
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_3(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(None) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_4(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 and y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_5(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 < x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_6(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 < y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_7(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(None)
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_8(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width and y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_9(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 and x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_10(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 and y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_11(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 < 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_12(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 1 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_13(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 < 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_14(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 1 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_15(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 > width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_16(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 > height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_17(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(None)
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_18(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = None
    return box


def x_check_box__mutmut_19(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(None, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_20(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, None), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_21(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_22(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, ), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_23(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(1, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_24(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(None)), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_25(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(None))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_26(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(None, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_27(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, None),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_28(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_29(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, ),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_30(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(1, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_31(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(None)),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_32(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(None))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_33(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(None, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_34(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, None), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_35(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_36(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, ), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_37(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(None)), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_38(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(None))), min(height, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_39(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(None, int(np.ceil(y1))))
    return box


def x_check_box__mutmut_40(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, None))
    return box


def x_check_box__mutmut_41(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(int(np.ceil(y1))))
    return box


def x_check_box__mutmut_42(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, ))
    return box


def x_check_box__mutmut_43(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(None)))
    return box


def x_check_box__mutmut_44(values, size: tuple[int, int]) -> Box:
    width, height = size
    x0, y0, x1, y1 = (float(v) for v in values)
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(None))))
    return box

mutants_x_check_box__mutmut['_mutmut_orig'] = x_check_box__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_1'] = x_check_box__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_2'] = x_check_box__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_3'] = x_check_box__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_4'] = x_check_box__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_5'] = x_check_box__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_6'] = x_check_box__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_7'] = x_check_box__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_8'] = x_check_box__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_9'] = x_check_box__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_10'] = x_check_box__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_11'] = x_check_box__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_12'] = x_check_box__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_13'] = x_check_box__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_14'] = x_check_box__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_15'] = x_check_box__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_16'] = x_check_box__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_17'] = x_check_box__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_18'] = x_check_box__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_19'] = x_check_box__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_20'] = x_check_box__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_21'] = x_check_box__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_22'] = x_check_box__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_23'] = x_check_box__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_24'] = x_check_box__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_25'] = x_check_box__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_26'] = x_check_box__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_27'] = x_check_box__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_28'] = x_check_box__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_29'] = x_check_box__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_30'] = x_check_box__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_31'] = x_check_box__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_32'] = x_check_box__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_33'] = x_check_box__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_34'] = x_check_box__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_35'] = x_check_box__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_36'] = x_check_box__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_37'] = x_check_box__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_38'] = x_check_box__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_39'] = x_check_box__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_40'] = x_check_box__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_41'] = x_check_box__mutmut_41 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_42'] = x_check_box__mutmut_42 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_43'] = x_check_box__mutmut_43 # type: ignore # mutmut generated
mutants_x_check_box__mutmut['x_check_box__mutmut_44'] = x_check_box__mutmut_44 # type: ignore # mutmut generated
mutants_x_box_mask__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_box_mask__mutmut)
def box_mask(box: Box, size: tuple[int, int]) -> np.ndarray:
    """The box as a mask (used when the user gives a box and no segmentation model is wanted)."""
    mask = np.zeros((size[1], size[0]), dtype=bool)
    mask[box[1]:box[3], box[0]:box[2]] = True
    return mask


def x_box_mask__mutmut_orig(box: Box, size: tuple[int, int]) -> np.ndarray:
    """The box as a mask (used when the user gives a box and no segmentation model is wanted)."""
    mask = np.zeros((size[1], size[0]), dtype=bool)
    mask[box[1]:box[3], box[0]:box[2]] = True
    return mask


def x_box_mask__mutmut_1(box: Box, size: tuple[int, int]) -> np.ndarray:
    """The box as a mask (used when the user gives a box and no segmentation model is wanted)."""
    mask = None
    mask[box[1]:box[3], box[0]:box[2]] = True
    return mask


def x_box_mask__mutmut_2(box: Box, size: tuple[int, int]) -> np.ndarray:
    """The box as a mask (used when the user gives a box and no segmentation model is wanted)."""
    mask = np.zeros(None, dtype=bool)
    mask[box[1]:box[3], box[0]:box[2]] = True
    return mask


def x_box_mask__mutmut_3(box: Box, size: tuple[int, int]) -> np.ndarray:
    """The box as a mask (used when the user gives a box and no segmentation model is wanted)."""
    mask = np.zeros((size[1], size[0]), dtype=None)
    mask[box[1]:box[3], box[0]:box[2]] = True
    return mask


def x_box_mask__mutmut_4(box: Box, size: tuple[int, int]) -> np.ndarray:
    """The box as a mask (used when the user gives a box and no segmentation model is wanted)."""
    mask = np.zeros(dtype=bool)
    mask[box[1]:box[3], box[0]:box[2]] = True
    return mask


def x_box_mask__mutmut_5(box: Box, size: tuple[int, int]) -> np.ndarray:
    """The box as a mask (used when the user gives a box and no segmentation model is wanted)."""
    mask = np.zeros((size[1], size[0]), )
    mask[box[1]:box[3], box[0]:box[2]] = True
    return mask


def x_box_mask__mutmut_6(box: Box, size: tuple[int, int]) -> np.ndarray:
    """The box as a mask (used when the user gives a box and no segmentation model is wanted)."""
    mask = np.zeros((size[2], size[0]), dtype=bool)
    mask[box[1]:box[3], box[0]:box[2]] = True
    return mask


def x_box_mask__mutmut_7(box: Box, size: tuple[int, int]) -> np.ndarray:
    """The box as a mask (used when the user gives a box and no segmentation model is wanted)."""
    mask = np.zeros((size[1], size[1]), dtype=bool)
    mask[box[1]:box[3], box[0]:box[2]] = True
    return mask


def x_box_mask__mutmut_8(box: Box, size: tuple[int, int]) -> np.ndarray:
    """The box as a mask (used when the user gives a box and no segmentation model is wanted)."""
    mask = np.zeros((size[1], size[0]), dtype=bool)
    mask[box[1]:box[3], box[0]:box[2]] = None
    return mask


def x_box_mask__mutmut_9(box: Box, size: tuple[int, int]) -> np.ndarray:
    """The box as a mask (used when the user gives a box and no segmentation model is wanted)."""
    mask = np.zeros((size[1], size[0]), dtype=bool)
    mask[box[2]:box[3], box[0]:box[2]] = True
    return mask


def x_box_mask__mutmut_10(box: Box, size: tuple[int, int]) -> np.ndarray:
    """The box as a mask (used when the user gives a box and no segmentation model is wanted)."""
    mask = np.zeros((size[1], size[0]), dtype=bool)
    mask[box[1]:box[4], box[0]:box[2]] = True
    return mask


def x_box_mask__mutmut_11(box: Box, size: tuple[int, int]) -> np.ndarray:
    """The box as a mask (used when the user gives a box and no segmentation model is wanted)."""
    mask = np.zeros((size[1], size[0]), dtype=bool)
    mask[box[1]:box[3], box[1]:box[2]] = True
    return mask


def x_box_mask__mutmut_12(box: Box, size: tuple[int, int]) -> np.ndarray:
    """The box as a mask (used when the user gives a box and no segmentation model is wanted)."""
    mask = np.zeros((size[1], size[0]), dtype=bool)
    mask[box[1]:box[3], box[0]:box[3]] = True
    return mask


def x_box_mask__mutmut_13(box: Box, size: tuple[int, int]) -> np.ndarray:
    """The box as a mask (used when the user gives a box and no segmentation model is wanted)."""
    mask = np.zeros((size[1], size[0]), dtype=bool)
    mask[box[1]:box[3], box[0]:box[2]] = False
    return mask

mutants_x_box_mask__mutmut['_mutmut_orig'] = x_box_mask__mutmut_orig # type: ignore # mutmut generated
mutants_x_box_mask__mutmut['x_box_mask__mutmut_1'] = x_box_mask__mutmut_1 # type: ignore # mutmut generated
mutants_x_box_mask__mutmut['x_box_mask__mutmut_2'] = x_box_mask__mutmut_2 # type: ignore # mutmut generated
mutants_x_box_mask__mutmut['x_box_mask__mutmut_3'] = x_box_mask__mutmut_3 # type: ignore # mutmut generated
mutants_x_box_mask__mutmut['x_box_mask__mutmut_4'] = x_box_mask__mutmut_4 # type: ignore # mutmut generated
mutants_x_box_mask__mutmut['x_box_mask__mutmut_5'] = x_box_mask__mutmut_5 # type: ignore # mutmut generated
mutants_x_box_mask__mutmut['x_box_mask__mutmut_6'] = x_box_mask__mutmut_6 # type: ignore # mutmut generated
mutants_x_box_mask__mutmut['x_box_mask__mutmut_7'] = x_box_mask__mutmut_7 # type: ignore # mutmut generated
mutants_x_box_mask__mutmut['x_box_mask__mutmut_8'] = x_box_mask__mutmut_8 # type: ignore # mutmut generated
mutants_x_box_mask__mutmut['x_box_mask__mutmut_9'] = x_box_mask__mutmut_9 # type: ignore # mutmut generated
mutants_x_box_mask__mutmut['x_box_mask__mutmut_10'] = x_box_mask__mutmut_10 # type: ignore # mutmut generated
mutants_x_box_mask__mutmut['x_box_mask__mutmut_11'] = x_box_mask__mutmut_11 # type: ignore # mutmut generated
mutants_x_box_mask__mutmut['x_box_mask__mutmut_12'] = x_box_mask__mutmut_12 # type: ignore # mutmut generated
mutants_x_box_mask__mutmut['x_box_mask__mutmut_13'] = x_box_mask__mutmut_13 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mask_bbox__mutmut)
def mask_bbox(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_orig(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_1(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = None
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_2(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(None)
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_3(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=None))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_4(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=2))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_5(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = None
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_6(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(None)
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_7(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=None))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_8(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=1))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_9(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size != 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_10(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 1:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_11(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError(None)
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_12(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("XXmask is emptyXX")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_13(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("MASK IS EMPTY")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_14(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(None), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_15(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[1]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_16(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(None), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_17(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[1]), int(cols[-1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_18(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) - 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_19(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(None) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_20(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[+1]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_21(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-2]) + 1, int(rows[-1]) + 1


def x_mask_bbox__mutmut_22(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 2, int(rows[-1]) + 1


def x_mask_bbox__mutmut_23(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) - 1


def x_mask_bbox__mutmut_24(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(None) + 1


def x_mask_bbox__mutmut_25(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[+1]) + 1


def x_mask_bbox__mutmut_26(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-2]) + 1


def x_mask_bbox__mutmut_27(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 2

mutants_x_mask_bbox__mutmut['_mutmut_orig'] = x_mask_bbox__mutmut_orig # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_1'] = x_mask_bbox__mutmut_1 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_2'] = x_mask_bbox__mutmut_2 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_3'] = x_mask_bbox__mutmut_3 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_4'] = x_mask_bbox__mutmut_4 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_5'] = x_mask_bbox__mutmut_5 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_6'] = x_mask_bbox__mutmut_6 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_7'] = x_mask_bbox__mutmut_7 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_8'] = x_mask_bbox__mutmut_8 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_9'] = x_mask_bbox__mutmut_9 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_10'] = x_mask_bbox__mutmut_10 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_11'] = x_mask_bbox__mutmut_11 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_12'] = x_mask_bbox__mutmut_12 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_13'] = x_mask_bbox__mutmut_13 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_14'] = x_mask_bbox__mutmut_14 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_15'] = x_mask_bbox__mutmut_15 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_16'] = x_mask_bbox__mutmut_16 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_17'] = x_mask_bbox__mutmut_17 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_18'] = x_mask_bbox__mutmut_18 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_19'] = x_mask_bbox__mutmut_19 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_20'] = x_mask_bbox__mutmut_20 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_21'] = x_mask_bbox__mutmut_21 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_22'] = x_mask_bbox__mutmut_22 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_23'] = x_mask_bbox__mutmut_23 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_24'] = x_mask_bbox__mutmut_24 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_25'] = x_mask_bbox__mutmut_25 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_26'] = x_mask_bbox__mutmut_26 # type: ignore # mutmut generated
mutants_x_mask_bbox__mutmut['x_mask_bbox__mutmut_27'] = x_mask_bbox__mutmut_27 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_expand_box__mutmut)
def expand_box(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, y0 - margin), min(size[0], x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_orig(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, y0 - margin), min(size[0], x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_1(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = None
    return max(0, x0 - margin), max(0, y0 - margin), min(size[0], x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_2(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(None, x0 - margin), max(0, y0 - margin), min(size[0], x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_3(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, None), max(0, y0 - margin), min(size[0], x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_4(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(x0 - margin), max(0, y0 - margin), min(size[0], x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_5(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, ), max(0, y0 - margin), min(size[0], x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_6(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(1, x0 - margin), max(0, y0 - margin), min(size[0], x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_7(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 + margin), max(0, y0 - margin), min(size[0], x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_8(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(None, y0 - margin), min(size[0], x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_9(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, None), min(size[0], x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_10(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(y0 - margin), min(size[0], x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_11(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, ), min(size[0], x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_12(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(1, y0 - margin), min(size[0], x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_13(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, y0 + margin), min(size[0], x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_14(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, y0 - margin), min(None, x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_15(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, y0 - margin), min(size[0], None), min(size[1], y1 + margin)


def x_expand_box__mutmut_16(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, y0 - margin), min(x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_17(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, y0 - margin), min(size[0], ), min(size[1], y1 + margin)


def x_expand_box__mutmut_18(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, y0 - margin), min(size[1], x1 + margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_19(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, y0 - margin), min(size[0], x1 - margin), min(size[1], y1 + margin)


def x_expand_box__mutmut_20(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, y0 - margin), min(size[0], x1 + margin), min(None, y1 + margin)


def x_expand_box__mutmut_21(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, y0 - margin), min(size[0], x1 + margin), min(size[1], None)


def x_expand_box__mutmut_22(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, y0 - margin), min(size[0], x1 + margin), min(y1 + margin)


def x_expand_box__mutmut_23(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, y0 - margin), min(size[0], x1 + margin), min(size[1], )


def x_expand_box__mutmut_24(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, y0 - margin), min(size[0], x1 + margin), min(size[2], y1 + margin)


def x_expand_box__mutmut_25(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, y0 - margin), min(size[0], x1 + margin), min(size[1], y1 - margin)

mutants_x_expand_box__mutmut['_mutmut_orig'] = x_expand_box__mutmut_orig # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_1'] = x_expand_box__mutmut_1 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_2'] = x_expand_box__mutmut_2 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_3'] = x_expand_box__mutmut_3 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_4'] = x_expand_box__mutmut_4 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_5'] = x_expand_box__mutmut_5 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_6'] = x_expand_box__mutmut_6 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_7'] = x_expand_box__mutmut_7 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_8'] = x_expand_box__mutmut_8 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_9'] = x_expand_box__mutmut_9 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_10'] = x_expand_box__mutmut_10 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_11'] = x_expand_box__mutmut_11 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_12'] = x_expand_box__mutmut_12 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_13'] = x_expand_box__mutmut_13 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_14'] = x_expand_box__mutmut_14 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_15'] = x_expand_box__mutmut_15 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_16'] = x_expand_box__mutmut_16 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_17'] = x_expand_box__mutmut_17 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_18'] = x_expand_box__mutmut_18 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_19'] = x_expand_box__mutmut_19 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_20'] = x_expand_box__mutmut_20 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_21'] = x_expand_box__mutmut_21 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_22'] = x_expand_box__mutmut_22 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_23'] = x_expand_box__mutmut_23 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_24'] = x_expand_box__mutmut_24 # type: ignore # mutmut generated
mutants_x_expand_box__mutmut['x_expand_box__mutmut_25'] = x_expand_box__mutmut_25 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁpaste__mutmut: MutantDict = {}  # type: ignore
mutants_xǁWorkingRegionǁto_work__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class WorkingRegion:
    """Where the optimisation runs: `crop` (a box of the original image) resized to `work_size`."""

    crop: Box
    work_size: tuple[int, int]  # (width, height), multiples of 8

    @_mutmut_mutated(mutants_xǁWorkingRegionǁpaste__mutmut)
    def paste(self, photo_rgb: np.ndarray, work_rgb: np.ndarray) -> np.ndarray:
        """A copy of the photo with the working image (uint8, `work_size`) resized back over `crop`."""
        x0, y0, x1, y1 = self.crop
        canvas = photo_rgb.copy()
        canvas[y0:y1, x0:x1] = np.asarray(Image.fromarray(work_rgb).resize((x1 - x0, y1 - y0), Image.LANCZOS))
        return canvas

    def xǁWorkingRegionǁpaste__mutmut_orig(self, photo_rgb: np.ndarray, work_rgb: np.ndarray) -> np.ndarray:
        """A copy of the photo with the working image (uint8, `work_size`) resized back over `crop`."""
        x0, y0, x1, y1 = self.crop
        canvas = photo_rgb.copy()
        canvas[y0:y1, x0:x1] = np.asarray(Image.fromarray(work_rgb).resize((x1 - x0, y1 - y0), Image.LANCZOS))
        return canvas

    def xǁWorkingRegionǁpaste__mutmut_1(self, photo_rgb: np.ndarray, work_rgb: np.ndarray) -> np.ndarray:
        """A copy of the photo with the working image (uint8, `work_size`) resized back over `crop`."""
        x0, y0, x1, y1 = None
        canvas = photo_rgb.copy()
        canvas[y0:y1, x0:x1] = np.asarray(Image.fromarray(work_rgb).resize((x1 - x0, y1 - y0), Image.LANCZOS))
        return canvas

    def xǁWorkingRegionǁpaste__mutmut_2(self, photo_rgb: np.ndarray, work_rgb: np.ndarray) -> np.ndarray:
        """A copy of the photo with the working image (uint8, `work_size`) resized back over `crop`."""
        x0, y0, x1, y1 = self.crop
        canvas = None
        canvas[y0:y1, x0:x1] = np.asarray(Image.fromarray(work_rgb).resize((x1 - x0, y1 - y0), Image.LANCZOS))
        return canvas

    def xǁWorkingRegionǁpaste__mutmut_3(self, photo_rgb: np.ndarray, work_rgb: np.ndarray) -> np.ndarray:
        """A copy of the photo with the working image (uint8, `work_size`) resized back over `crop`."""
        x0, y0, x1, y1 = self.crop
        canvas = photo_rgb.copy()
        canvas[y0:y1, x0:x1] = None
        return canvas

    def xǁWorkingRegionǁpaste__mutmut_4(self, photo_rgb: np.ndarray, work_rgb: np.ndarray) -> np.ndarray:
        """A copy of the photo with the working image (uint8, `work_size`) resized back over `crop`."""
        x0, y0, x1, y1 = self.crop
        canvas = photo_rgb.copy()
        canvas[y0:y1, x0:x1] = np.asarray(None)
        return canvas

    def xǁWorkingRegionǁpaste__mutmut_5(self, photo_rgb: np.ndarray, work_rgb: np.ndarray) -> np.ndarray:
        """A copy of the photo with the working image (uint8, `work_size`) resized back over `crop`."""
        x0, y0, x1, y1 = self.crop
        canvas = photo_rgb.copy()
        canvas[y0:y1, x0:x1] = np.asarray(Image.fromarray(work_rgb).resize(None, Image.LANCZOS))
        return canvas

    def xǁWorkingRegionǁpaste__mutmut_6(self, photo_rgb: np.ndarray, work_rgb: np.ndarray) -> np.ndarray:
        """A copy of the photo with the working image (uint8, `work_size`) resized back over `crop`."""
        x0, y0, x1, y1 = self.crop
        canvas = photo_rgb.copy()
        canvas[y0:y1, x0:x1] = np.asarray(Image.fromarray(work_rgb).resize((x1 - x0, y1 - y0), None))
        return canvas

    def xǁWorkingRegionǁpaste__mutmut_7(self, photo_rgb: np.ndarray, work_rgb: np.ndarray) -> np.ndarray:
        """A copy of the photo with the working image (uint8, `work_size`) resized back over `crop`."""
        x0, y0, x1, y1 = self.crop
        canvas = photo_rgb.copy()
        canvas[y0:y1, x0:x1] = np.asarray(Image.fromarray(work_rgb).resize(Image.LANCZOS))
        return canvas

    def xǁWorkingRegionǁpaste__mutmut_8(self, photo_rgb: np.ndarray, work_rgb: np.ndarray) -> np.ndarray:
        """A copy of the photo with the working image (uint8, `work_size`) resized back over `crop`."""
        x0, y0, x1, y1 = self.crop
        canvas = photo_rgb.copy()
        canvas[y0:y1, x0:x1] = np.asarray(Image.fromarray(work_rgb).resize((x1 - x0, y1 - y0), ))
        return canvas

    def xǁWorkingRegionǁpaste__mutmut_9(self, photo_rgb: np.ndarray, work_rgb: np.ndarray) -> np.ndarray:
        """A copy of the photo with the working image (uint8, `work_size`) resized back over `crop`."""
        x0, y0, x1, y1 = self.crop
        canvas = photo_rgb.copy()
        canvas[y0:y1, x0:x1] = np.asarray(Image.fromarray(None).resize((x1 - x0, y1 - y0), Image.LANCZOS))
        return canvas

    def xǁWorkingRegionǁpaste__mutmut_10(self, photo_rgb: np.ndarray, work_rgb: np.ndarray) -> np.ndarray:
        """A copy of the photo with the working image (uint8, `work_size`) resized back over `crop`."""
        x0, y0, x1, y1 = self.crop
        canvas = photo_rgb.copy()
        canvas[y0:y1, x0:x1] = np.asarray(Image.fromarray(work_rgb).resize((x1 + x0, y1 - y0), Image.LANCZOS))
        return canvas

    def xǁWorkingRegionǁpaste__mutmut_11(self, photo_rgb: np.ndarray, work_rgb: np.ndarray) -> np.ndarray:
        """A copy of the photo with the working image (uint8, `work_size`) resized back over `crop`."""
        x0, y0, x1, y1 = self.crop
        canvas = photo_rgb.copy()
        canvas[y0:y1, x0:x1] = np.asarray(Image.fromarray(work_rgb).resize((x1 - x0, y1 + y0), Image.LANCZOS))
        return canvas

    @_mutmut_mutated(mutants_xǁWorkingRegionǁto_work__mutmut)
    def to_work(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_orig(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_1(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = None
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_2(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] * (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_3(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[1] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_4(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] + self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_5(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[3] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_6(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[1])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_7(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = None
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_8(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] * (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_9(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[2] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_10(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] + self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_11(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[4] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_12(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[2])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_13(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = None
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_14(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(None)
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_15(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor(None))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_16(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) / sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_17(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] + self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_18(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[1] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_19(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[1]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_20(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = None
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_21(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(None)
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_22(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor(None))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_23(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) / sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_24(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] + self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_25(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[2] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_26(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[2]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_27(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = None
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_28(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(None)
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_29(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil(None))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_30(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) / sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_31(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] + self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_32(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[3] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_33(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[1]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_34(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = None
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_35(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(None)
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_36(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil(None))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_37(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) / sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_38(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] + self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_39(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[4] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_40(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[2]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_41(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = None
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_42(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(None, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_43(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, None), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_44(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_45(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, ), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_46(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(1, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_47(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(None, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_48(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, None), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_49(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_50(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, ), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_51(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(1, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_52(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(None, max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_53(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, None), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_54(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(max(x1, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_55(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, ), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_56(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(None, x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_57(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, None)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_58(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x0 + 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_59(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, )), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_60(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 - 1)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_61(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 2)), min(h, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_62(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(None, max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_63(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, None)

    def xǁWorkingRegionǁto_work__mutmut_64(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(max(y1, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_65(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, )

    def xǁWorkingRegionǁto_work__mutmut_66(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(None, y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_67(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, None))

    def xǁWorkingRegionǁto_work__mutmut_68(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y0 + 1))

    def xǁWorkingRegionǁto_work__mutmut_69(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, ))

    def xǁWorkingRegionǁto_work__mutmut_70(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 - 1))

    def xǁWorkingRegionǁto_work__mutmut_71(self, box: Box) -> Box:
        """A box of the original image in working-image pixels (rounded outwards, clamped)."""
        sx = self.work_size[0] / (self.crop[2] - self.crop[0])
        sy = self.work_size[1] / (self.crop[3] - self.crop[1])
        x0 = int(np.floor((box[0] - self.crop[0]) * sx))
        y0 = int(np.floor((box[1] - self.crop[1]) * sy))
        x1 = int(np.ceil((box[2] - self.crop[0]) * sx))
        y1 = int(np.ceil((box[3] - self.crop[1]) * sy))
        w, h = self.work_size
        return max(0, x0), max(0, y0), min(w, max(x1, x0 + 1)), min(h, max(y1, y0 + 2))

mutants_xǁWorkingRegionǁpaste__mutmut['_mutmut_orig'] = WorkingRegion.xǁWorkingRegionǁpaste__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁpaste__mutmut['xǁWorkingRegionǁpaste__mutmut_1'] = WorkingRegion.xǁWorkingRegionǁpaste__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁpaste__mutmut['xǁWorkingRegionǁpaste__mutmut_2'] = WorkingRegion.xǁWorkingRegionǁpaste__mutmut_2 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁpaste__mutmut['xǁWorkingRegionǁpaste__mutmut_3'] = WorkingRegion.xǁWorkingRegionǁpaste__mutmut_3 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁpaste__mutmut['xǁWorkingRegionǁpaste__mutmut_4'] = WorkingRegion.xǁWorkingRegionǁpaste__mutmut_4 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁpaste__mutmut['xǁWorkingRegionǁpaste__mutmut_5'] = WorkingRegion.xǁWorkingRegionǁpaste__mutmut_5 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁpaste__mutmut['xǁWorkingRegionǁpaste__mutmut_6'] = WorkingRegion.xǁWorkingRegionǁpaste__mutmut_6 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁpaste__mutmut['xǁWorkingRegionǁpaste__mutmut_7'] = WorkingRegion.xǁWorkingRegionǁpaste__mutmut_7 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁpaste__mutmut['xǁWorkingRegionǁpaste__mutmut_8'] = WorkingRegion.xǁWorkingRegionǁpaste__mutmut_8 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁpaste__mutmut['xǁWorkingRegionǁpaste__mutmut_9'] = WorkingRegion.xǁWorkingRegionǁpaste__mutmut_9 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁpaste__mutmut['xǁWorkingRegionǁpaste__mutmut_10'] = WorkingRegion.xǁWorkingRegionǁpaste__mutmut_10 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁpaste__mutmut['xǁWorkingRegionǁpaste__mutmut_11'] = WorkingRegion.xǁWorkingRegionǁpaste__mutmut_11 # type: ignore # mutmut generated

mutants_xǁWorkingRegionǁto_work__mutmut['_mutmut_orig'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_orig # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_1'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_1 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_2'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_2 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_3'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_3 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_4'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_4 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_5'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_5 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_6'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_6 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_7'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_7 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_8'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_8 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_9'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_9 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_10'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_10 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_11'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_11 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_12'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_12 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_13'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_13 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_14'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_14 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_15'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_15 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_16'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_16 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_17'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_17 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_18'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_18 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_19'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_19 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_20'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_20 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_21'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_21 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_22'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_22 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_23'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_23 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_24'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_24 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_25'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_25 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_26'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_26 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_27'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_27 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_28'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_28 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_29'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_29 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_30'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_30 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_31'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_31 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_32'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_32 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_33'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_33 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_34'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_34 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_35'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_35 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_36'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_36 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_37'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_37 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_38'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_38 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_39'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_39 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_40'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_40 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_41'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_41 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_42'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_42 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_43'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_43 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_44'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_44 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_45'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_45 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_46'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_46 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_47'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_47 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_48'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_48 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_49'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_49 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_50'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_50 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_51'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_51 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_52'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_52 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_53'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_53 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_54'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_54 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_55'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_55 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_56'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_56 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_57'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_57 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_58'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_58 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_59'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_59 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_60'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_60 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_61'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_61 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_62'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_62 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_63'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_63 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_64'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_64 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_65'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_65 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_66'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_66 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_67'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_67 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_68'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_68 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_69'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_69 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_70'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_70 # type: ignore # mutmut generated
mutants_xǁWorkingRegionǁto_work__mutmut['xǁWorkingRegionǁto_work__mutmut_71'] = WorkingRegion.xǁWorkingRegionǁto_work__mutmut_71 # type: ignore # mutmut generated
mutants_x_working_region__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_working_region__mutmut)
def working_region(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_orig(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_1(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = None
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_2(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = None
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_3(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(None)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_4(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = None
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_5(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(None, box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_6(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], None)
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_7(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_8(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], )
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_9(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] + box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_10(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[3] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_11(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[1], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_12(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] + box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_13(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[4] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_14(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[2])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_15(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = None
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_16(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(None, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_17(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, None, (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_18(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), None)
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_19(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_20(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_21(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), )
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_22(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(None), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_23(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(None)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_24(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin / long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_25(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = None
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_26(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] + crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_27(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[3] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_28(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[1], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_29(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] + crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_30(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[4] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_31(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[2]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_32(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = None
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_33(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution * max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_34(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(None, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_35(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, None)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_36(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_37(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, )
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_38(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = None
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_39(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(None, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_40(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, None)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_41(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_42(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, )
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_43(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = None
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_44(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(None)
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_45(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(None, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_46(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, None) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_47(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_48(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, ) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_49(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) / 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_50(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(None) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_51(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(None)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_52(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale * 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_53(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side / scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_54(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 9)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_55(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 9) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=work)


def x_working_region__mutmut_56(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=None, work_size=work)


def x_working_region__mutmut_57(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, work_size=None)


def x_working_region__mutmut_58(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(work_size=work)


def x_working_region__mutmut_59(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side: CLIP and the U-Net see some
    context around the region), resized so its long side is `resolution` with
    the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three times)."""
    height, width = mask.shape
    box = mask_bbox(mask)
    long_side = max(box[2] - box[0], box[3] - box[1])
    crop = expand_box(box, int(round(margin * long_side)), (width, height))
    crop_w, crop_h = crop[2] - crop[0], crop[3] - crop[1]
    scale = resolution / max(crop_w, crop_h)
    # A thin region (a mast, a rocket) is stretched across to at least MIN_WORK_SIDE: the U-Net and VGG
    # (pooled 16x by conv5_2) need some pixels across, and the stretch is undone when resizing back.
    shortest = min(resolution, MIN_WORK_SIDE)
    work = tuple(max(shortest, int(round(side * scale / 8)) * 8) for side in (crop_w, crop_h))
    return WorkingRegion(crop=crop, )

mutants_x_working_region__mutmut['_mutmut_orig'] = x_working_region__mutmut_orig # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_1'] = x_working_region__mutmut_1 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_2'] = x_working_region__mutmut_2 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_3'] = x_working_region__mutmut_3 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_4'] = x_working_region__mutmut_4 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_5'] = x_working_region__mutmut_5 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_6'] = x_working_region__mutmut_6 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_7'] = x_working_region__mutmut_7 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_8'] = x_working_region__mutmut_8 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_9'] = x_working_region__mutmut_9 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_10'] = x_working_region__mutmut_10 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_11'] = x_working_region__mutmut_11 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_12'] = x_working_region__mutmut_12 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_13'] = x_working_region__mutmut_13 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_14'] = x_working_region__mutmut_14 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_15'] = x_working_region__mutmut_15 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_16'] = x_working_region__mutmut_16 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_17'] = x_working_region__mutmut_17 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_18'] = x_working_region__mutmut_18 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_19'] = x_working_region__mutmut_19 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_20'] = x_working_region__mutmut_20 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_21'] = x_working_region__mutmut_21 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_22'] = x_working_region__mutmut_22 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_23'] = x_working_region__mutmut_23 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_24'] = x_working_region__mutmut_24 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_25'] = x_working_region__mutmut_25 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_26'] = x_working_region__mutmut_26 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_27'] = x_working_region__mutmut_27 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_28'] = x_working_region__mutmut_28 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_29'] = x_working_region__mutmut_29 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_30'] = x_working_region__mutmut_30 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_31'] = x_working_region__mutmut_31 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_32'] = x_working_region__mutmut_32 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_33'] = x_working_region__mutmut_33 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_34'] = x_working_region__mutmut_34 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_35'] = x_working_region__mutmut_35 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_36'] = x_working_region__mutmut_36 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_37'] = x_working_region__mutmut_37 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_38'] = x_working_region__mutmut_38 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_39'] = x_working_region__mutmut_39 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_40'] = x_working_region__mutmut_40 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_41'] = x_working_region__mutmut_41 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_42'] = x_working_region__mutmut_42 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_43'] = x_working_region__mutmut_43 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_44'] = x_working_region__mutmut_44 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_45'] = x_working_region__mutmut_45 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_46'] = x_working_region__mutmut_46 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_47'] = x_working_region__mutmut_47 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_48'] = x_working_region__mutmut_48 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_49'] = x_working_region__mutmut_49 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_50'] = x_working_region__mutmut_50 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_51'] = x_working_region__mutmut_51 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_52'] = x_working_region__mutmut_52 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_53'] = x_working_region__mutmut_53 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_54'] = x_working_region__mutmut_54 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_55'] = x_working_region__mutmut_55 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_56'] = x_working_region__mutmut_56 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_57'] = x_working_region__mutmut_57 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_58'] = x_working_region__mutmut_58 # type: ignore # mutmut generated
mutants_x_working_region__mutmut['x_working_region__mutmut_59'] = x_working_region__mutmut_59 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_feather_weights__mutmut)
def feather_weights(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(depth / (radius + 1.0), 0.0, 1.0).astype(np.float32)


def x_feather_weights__mutmut_orig(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(depth / (radius + 1.0), 0.0, 1.0).astype(np.float32)


def x_feather_weights__mutmut_1(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 and mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(depth / (radius + 1.0), 0.0, 1.0).astype(np.float32)


def x_feather_weights__mutmut_2(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius < 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(depth / (radius + 1.0), 0.0, 1.0).astype(np.float32)


def x_feather_weights__mutmut_3(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 1 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(depth / (radius + 1.0), 0.0, 1.0).astype(np.float32)


def x_feather_weights__mutmut_4(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(None)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(depth / (radius + 1.0), 0.0, 1.0).astype(np.float32)


def x_feather_weights__mutmut_5(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = None
    return np.clip(depth / (radius + 1.0), 0.0, 1.0).astype(np.float32)


def x_feather_weights__mutmut_6(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(None)
    return np.clip(depth / (radius + 1.0), 0.0, 1.0).astype(np.float32)


def x_feather_weights__mutmut_7(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(depth / (radius + 1.0), 0.0, 1.0).astype(None)


def x_feather_weights__mutmut_8(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(None, 0.0, 1.0).astype(np.float32)


def x_feather_weights__mutmut_9(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(depth / (radius + 1.0), None, 1.0).astype(np.float32)


def x_feather_weights__mutmut_10(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(depth / (radius + 1.0), 0.0, None).astype(np.float32)


def x_feather_weights__mutmut_11(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(0.0, 1.0).astype(np.float32)


def x_feather_weights__mutmut_12(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(depth / (radius + 1.0), 1.0).astype(np.float32)


def x_feather_weights__mutmut_13(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(depth / (radius + 1.0), 0.0, ).astype(np.float32)


def x_feather_weights__mutmut_14(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(depth * (radius + 1.0), 0.0, 1.0).astype(np.float32)


def x_feather_weights__mutmut_15(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(depth / (radius - 1.0), 0.0, 1.0).astype(np.float32)


def x_feather_weights__mutmut_16(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(depth / (radius + 2.0), 0.0, 1.0).astype(np.float32)


def x_feather_weights__mutmut_17(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(depth / (radius + 1.0), 1.0, 1.0).astype(np.float32)


def x_feather_weights__mutmut_18(mask: np.ndarray, radius: float) -> np.ndarray:
    """Blend weight per pixel: 0 outside the mask, rising inside it to 1 at `radius` pixels from its edge.

    The feather runs inwards so that no pixel outside the mask ever changes, whatever the radius; with
    radius 0 the weights are the mask itself."""
    if radius <= 0 or mask.all():
        return mask.astype(np.float32)
    # Distance from each mask pixel to the nearest pixel outside the mask (1 on the mask's edge). The
    # image border is not an edge: a region that reaches it (a sky) is stylised right up to it.
    depth = ndimage.distance_transform_edt(mask)
    return np.clip(depth / (radius + 1.0), 0.0, 2.0).astype(np.float32)

mutants_x_feather_weights__mutmut['_mutmut_orig'] = x_feather_weights__mutmut_orig # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_1'] = x_feather_weights__mutmut_1 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_2'] = x_feather_weights__mutmut_2 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_3'] = x_feather_weights__mutmut_3 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_4'] = x_feather_weights__mutmut_4 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_5'] = x_feather_weights__mutmut_5 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_6'] = x_feather_weights__mutmut_6 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_7'] = x_feather_weights__mutmut_7 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_8'] = x_feather_weights__mutmut_8 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_9'] = x_feather_weights__mutmut_9 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_10'] = x_feather_weights__mutmut_10 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_11'] = x_feather_weights__mutmut_11 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_12'] = x_feather_weights__mutmut_12 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_13'] = x_feather_weights__mutmut_13 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_14'] = x_feather_weights__mutmut_14 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_15'] = x_feather_weights__mutmut_15 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_16'] = x_feather_weights__mutmut_16 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_17'] = x_feather_weights__mutmut_17 # type: ignore # mutmut generated
mutants_x_feather_weights__mutmut['x_feather_weights__mutmut_18'] = x_feather_weights__mutmut_18 # type: ignore # mutmut generated
mutants_x_composite__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_composite__mutmut)
def composite(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_orig(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_1(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = None
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_2(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = None
    return np.where(w > 0, np.clip(blended, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_3(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(None)
    return np.where(w > 0, np.clip(blended, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_4(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) - (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_5(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w / stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_6(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(None) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_7(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) / original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_8(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 + w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_9(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (2.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_10(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(None))
    return np.where(w > 0, np.clip(blended, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_11(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(None, np.clip(blended, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_12(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, None, original)


def x_composite__mutmut_13(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 0, 255).astype(np.uint8), None)


def x_composite__mutmut_14(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(np.clip(blended, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_15(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, original)


def x_composite__mutmut_16(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 0, 255).astype(np.uint8), )


def x_composite__mutmut_17(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w >= 0, np.clip(blended, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_18(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 1, np.clip(blended, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_19(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 0, 255).astype(None), original)


def x_composite__mutmut_20(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(None, 0, 255).astype(np.uint8), original)


def x_composite__mutmut_21(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, None, 255).astype(np.uint8), original)


def x_composite__mutmut_22(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 0, None).astype(np.uint8), original)


def x_composite__mutmut_23(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(0, 255).astype(np.uint8), original)


def x_composite__mutmut_24(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 255).astype(np.uint8), original)


def x_composite__mutmut_25(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 0, ).astype(np.uint8), original)


def x_composite__mutmut_26(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 1, 255).astype(np.uint8), original)


def x_composite__mutmut_27(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend uint8 H x W x 3 images; where the weight is 0 the original's bytes are copied unchanged."""
    w = weights[..., None]
    blended = np.rint(w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32))
    return np.where(w > 0, np.clip(blended, 0, 256).astype(np.uint8), original)

mutants_x_composite__mutmut['_mutmut_orig'] = x_composite__mutmut_orig # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_1'] = x_composite__mutmut_1 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_2'] = x_composite__mutmut_2 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_3'] = x_composite__mutmut_3 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_4'] = x_composite__mutmut_4 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_5'] = x_composite__mutmut_5 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_6'] = x_composite__mutmut_6 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_7'] = x_composite__mutmut_7 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_8'] = x_composite__mutmut_8 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_9'] = x_composite__mutmut_9 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_10'] = x_composite__mutmut_10 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_11'] = x_composite__mutmut_11 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_12'] = x_composite__mutmut_12 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_13'] = x_composite__mutmut_13 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_14'] = x_composite__mutmut_14 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_15'] = x_composite__mutmut_15 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_16'] = x_composite__mutmut_16 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_17'] = x_composite__mutmut_17 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_18'] = x_composite__mutmut_18 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_19'] = x_composite__mutmut_19 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_20'] = x_composite__mutmut_20 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_21'] = x_composite__mutmut_21 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_22'] = x_composite__mutmut_22 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_23'] = x_composite__mutmut_23 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_24'] = x_composite__mutmut_24 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_25'] = x_composite__mutmut_25 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_26'] = x_composite__mutmut_26 # type: ignore # mutmut generated
mutants_x_composite__mutmut['x_composite__mutmut_27'] = x_composite__mutmut_27 # type: ignore # mutmut generated
mutants_x_overlay__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_overlay__mutmut)
def overlay(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_orig(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_1(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 1.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_2(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = None
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_3(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(None).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_4(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = None
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_5(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] - opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_6(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) / out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_7(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 + opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_8(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (2 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_9(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity / np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_10(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(None, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_11(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, None)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_12(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_13(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, )
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_14(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = None
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_15(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(None)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_16(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_17(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = None
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_18(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = None
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_19(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(None, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_20(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, None)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_21(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_22(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, )
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_23(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(2, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_24(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) / 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_25(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(None) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_26(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:3]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_27(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 201)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_28(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(None):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_29(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = None
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_30(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 - t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_31(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(None, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_32(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, None), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_33(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_34(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, ), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_35(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 + t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_36(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 + 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_37(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 2 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_38(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 - t)] = None
    return out


def x_overlay__mutmut_39(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 - t] = out[y0:y1, max(x0, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_40(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(None, x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_41(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, None)] = colour
    return out


def x_overlay__mutmut_42(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x1 - 1 - t)] = colour
    return out


def x_overlay__mutmut_43(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, )] = colour
    return out


def x_overlay__mutmut_44(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 1 + t)] = colour
    return out


def x_overlay__mutmut_45(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 + 1 - t)] = colour
    return out


def x_overlay__mutmut_46(rgb: np.ndarray, mask: np.ndarray, box: Box | None = None,
            colour=(255, 64, 64), opacity: float = 0.45) -> np.ndarray:
    """A preview of the region: the mask tinted over the photo, the box outlined."""
    out = rgb.astype(np.float32).copy()
    out[mask] = (1 - opacity) * out[mask] + opacity * np.asarray(colour, np.float32)
    out = out.astype(np.uint8)
    if box is not None:
        x0, y0, x1, y1 = box
        thickness = max(1, min(rgb.shape[:2]) // 200)
        for t in range(thickness):
            out[y0 + t, x0:x1] = out[max(y0, y1 - 1 - t), x0:x1] = colour
            out[y0:y1, x0 + t] = out[y0:y1, max(x0, x1 - 2 - t)] = colour
    return out

mutants_x_overlay__mutmut['_mutmut_orig'] = x_overlay__mutmut_orig # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_1'] = x_overlay__mutmut_1 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_2'] = x_overlay__mutmut_2 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_3'] = x_overlay__mutmut_3 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_4'] = x_overlay__mutmut_4 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_5'] = x_overlay__mutmut_5 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_6'] = x_overlay__mutmut_6 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_7'] = x_overlay__mutmut_7 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_8'] = x_overlay__mutmut_8 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_9'] = x_overlay__mutmut_9 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_10'] = x_overlay__mutmut_10 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_11'] = x_overlay__mutmut_11 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_12'] = x_overlay__mutmut_12 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_13'] = x_overlay__mutmut_13 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_14'] = x_overlay__mutmut_14 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_15'] = x_overlay__mutmut_15 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_16'] = x_overlay__mutmut_16 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_17'] = x_overlay__mutmut_17 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_18'] = x_overlay__mutmut_18 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_19'] = x_overlay__mutmut_19 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_20'] = x_overlay__mutmut_20 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_21'] = x_overlay__mutmut_21 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_22'] = x_overlay__mutmut_22 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_23'] = x_overlay__mutmut_23 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_24'] = x_overlay__mutmut_24 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_25'] = x_overlay__mutmut_25 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_26'] = x_overlay__mutmut_26 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_27'] = x_overlay__mutmut_27 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_28'] = x_overlay__mutmut_28 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_29'] = x_overlay__mutmut_29 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_30'] = x_overlay__mutmut_30 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_31'] = x_overlay__mutmut_31 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_32'] = x_overlay__mutmut_32 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_33'] = x_overlay__mutmut_33 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_34'] = x_overlay__mutmut_34 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_35'] = x_overlay__mutmut_35 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_36'] = x_overlay__mutmut_36 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_37'] = x_overlay__mutmut_37 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_38'] = x_overlay__mutmut_38 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_39'] = x_overlay__mutmut_39 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_40'] = x_overlay__mutmut_40 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_41'] = x_overlay__mutmut_41 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_42'] = x_overlay__mutmut_42 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_43'] = x_overlay__mutmut_43 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_44'] = x_overlay__mutmut_44 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_45'] = x_overlay__mutmut_45 # type: ignore # mutmut generated
mutants_x_overlay__mutmut['x_overlay__mutmut_46'] = x_overlay__mutmut_46 # type: ignore # mutmut generated
