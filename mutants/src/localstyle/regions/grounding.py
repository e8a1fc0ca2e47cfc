"""Region phrase -> box: an open-vocabulary detector plus spatial words resolved over its detections.

`ground(image, "the second dog from the left", models)` splits the phrase into the object ("dog") and
one spatial cue (2nd from the left), runs the detector (Grounding DINO, or OWLv2 with role "owlv2") for
the object, and picks one detection with the cue. Boxes are (x0, y0, x1, y1) in pixels of the image.
Nothing above the threshold is an error that says what was seen; the whole image is never a fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

import torch
from PIL import Image

from localstyle.errors import InputError, ModelError, RegionNotFoundError
from localstyle.models import ModelSet

# Detection scores mean different things per backend: OWLv2's good detections often score 0.1-0.4.
DEFAULT_BOX_THRESHOLD = {"grounding-dino": 0.3, "owlv2": 0.1, "owlvit": 0.1}
NMS_IOU = 0.5  # duplicates of one object would otherwise count twice in "second from the left"
STEER_HINT = "give --box, --mask or --points"

Box = tuple[float, float, float, float]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class Detection:
    box: Box  # x0, y0, x1, y1 in pixels
    score: float
    label: str

    @property
    def center(self) -> tuple[float, float]:
        return (self.box[0] + self.box[2]) / 2, (self.box[1] + self.box[3]) / 2

    @property
    def area(self) -> float:
        return max(0.0, self.box[2] - self.box[0]) * max(0.0, self.box[3] - self.box[1])


@dataclass(frozen=True)
class Spatial:
    """One spatial cue. kind:
    - "rank":   the n-th detection counted from a side (`where` left/right/top/bottom); n=1 is "leftmost".
    - "side":   a detection in that part of the image (`where` left/right/top/bottom or a corner "top-left").
    - "center": the detection closest to the image centre.
    - "size":   the n-th largest / smallest (`where` largest/smallest) by box area.
    """

    kind: str
    where: str = ""
    n: int = 1
    text: str = ""  # the words as written, for messages and records


@dataclass(frozen=True)
class Grounding:
    box: Box
    score: float
    label: str
    phrase: str  # the object phrase given to the detector
    spatial: str | None  # the spatial words, as written
    candidates: tuple[Detection, ...]  # every detection above the threshold, best score first


# ---------------------------------------------------------------- spatial words

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "fifth": 5, "5th": 5}
_ORD = r"(?P<ord>" + "|".join(_ORDINALS) + r")"
_SIDE = r"(?P<side>left|right|top|bottom)"
_VERT = {"top": "top", "upper": "top", "bottom": "bottom", "lower": "bottom"}
_EXTREMES = {"leftmost": "left", "rightmost": "right", "topmost": "top", "uppermost": "top", "highest": "top",
             "bottommost": "bottom", "lowermost": "bottom", "lowest": "bottom"}
_PICTURE = r"(?:\s+(?:of|in)\s+the\s+(?:image|photo|picture|frame|scene))?"

# (pattern, builder) in priority order; the first match is the cue, its words are removed from the phrase.
_CUES: list[tuple[re.Pattern, Callable[[re.Match, int], "Spatial"]]] = [
    (re.compile(rf"\bfrom\s+the\s+{_SIDE}(?:\s+side|\s+edge)?{_PICTURE}\b"),
     lambda m, n: Spatial("rank", m["side"], n)),
    (re.compile(r"\b(?P<ext>(?:left|right|top|upper|bottom|lower)[\s-]?most|highest|lowest)\b"),
     lambda m, n: Spatial("rank", _EXTREMES[re.sub(r"[\s-]", "", m["ext"])], n)),
    (re.compile(r"\b(?:on|at|in|to)\s+the\s+far\s+(?P<side>left|right)\b"),
     lambda m, n: Spatial("rank", m["side"], n)),
    (re.compile(r"\b(?P<size>largest|biggest|smallest|tiniest)\b"),
     lambda m, n: Spatial("size", "largest" if m["size"] in ("largest", "biggest") else "smallest", n)),
    (re.compile(rf"\b(?:on|at|in|to)\s+the\s+(?P<v>top|upper|bottom|lower)[\s-](?P<h>left|right)"
                rf"(?:\s+(?:side|corner|part|half))?{_PICTURE}\b"),
     lambda m, n: Spatial("side", f"{_VERT[m['v']]}-{m['h']}")),
    (re.compile(rf"\b(?:on|at|in|to)\s+the\s+(?P<side>left|right|top|bottom)"
                rf"(?:\s+(?:side|corner|part|half|edge))?{_PICTURE}\b"),
     lambda m, n: Spatial("side", m["side"])),
    (re.compile(rf"\b(?:in|at)\s+the\s+(?:middle|center|centre){_PICTURE}\b|^(?:central|middle|centre|center)\b"),
     lambda m, n: Spatial("center")),
    (re.compile(r"^(?P<v>top|upper|bottom|lower)[\s-](?P<h>left|right)\b"),
     lambda m, n: Spatial("side", f"{_VERT[m['v']]}-{m['h']}")),
    (re.compile(r"^(?P<side>left|right|top|upper|bottom|lower)\b"),
     lambda m, n: Spatial("side", _VERT.get(m["side"], m["side"]))),
]
_ORD_RE = re.compile(rf"\b{_ORD}\b(?:\s+one\b)?")
_ARTICLES = re.compile(r"^(?:the|a|an)\s+|\s+(?:in|of)\s+the\s+(?:image|photo|picture)$")
mutants_x__tidy__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__tidy__mutmut)
def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_orig(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_1(text: str) -> str:
    text = None
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_2(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(None)
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_3(text: str) -> str:
    text = re.sub(None, " ", text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_4(text: str) -> str:
    text = re.sub(r"\s+", None, text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_5(text: str) -> str:
    text = re.sub(r"\s+", " ", None).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_6(text: str) -> str:
    text = re.sub(" ", text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_7(text: str) -> str:
    text = re.sub(r"\s+", text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_8(text: str) -> str:
    text = re.sub(r"\s+", " ", ).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_9(text: str) -> str:
    text = re.sub(r"XX\s+XX", " ", text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_10(text: str) -> str:
    text = re.sub(r"\s+", "XX XX", text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_11(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip("XX ,.;:-XX")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_12(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-")
    previous = ""
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_13(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-")
    previous = None
    while previous == text:
        previous, text = text, _ARTICLES.sub("", text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_14(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = None
    return text


def x__tidy__mutmut_15(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip(None)
    return text


def x__tidy__mutmut_16(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub(None, text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_17(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", None).strip(" ,.;:-")
    return text


def x__tidy__mutmut_18(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub(text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_19(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", ).strip(" ,.;:-")
    return text


def x__tidy__mutmut_20(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("XXXX", text).strip(" ,.;:-")
    return text


def x__tidy__mutmut_21(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip("XX ,.;:-XX")
    return text

mutants_x__tidy__mutmut['_mutmut_orig'] = x__tidy__mutmut_orig # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_1'] = x__tidy__mutmut_1 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_2'] = x__tidy__mutmut_2 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_3'] = x__tidy__mutmut_3 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_4'] = x__tidy__mutmut_4 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_5'] = x__tidy__mutmut_5 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_6'] = x__tidy__mutmut_6 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_7'] = x__tidy__mutmut_7 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_8'] = x__tidy__mutmut_8 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_9'] = x__tidy__mutmut_9 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_10'] = x__tidy__mutmut_10 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_11'] = x__tidy__mutmut_11 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_12'] = x__tidy__mutmut_12 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_13'] = x__tidy__mutmut_13 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_14'] = x__tidy__mutmut_14 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_15'] = x__tidy__mutmut_15 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_16'] = x__tidy__mutmut_16 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_17'] = x__tidy__mutmut_17 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_18'] = x__tidy__mutmut_18 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_19'] = x__tidy__mutmut_19 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_20'] = x__tidy__mutmut_20 # type: ignore # mutmut generated
mutants_x__tidy__mutmut['x__tidy__mutmut_21'] = x__tidy__mutmut_21 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_split_spatial__mutmut)
def split_spatial(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_orig(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_1(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = None
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_2(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(None)
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_3(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.upper())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_4(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = None
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_5(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(None)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_6(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = None
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_7(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if (ordinal) and False else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_8(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if (ordinal) or True else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_9(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(None) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_10(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " - text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_11(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] - " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_12(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + "XX XX" + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_13(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = None
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_14(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if (ordinal) and False else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_15(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if (ordinal) or True else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_16(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["XXordXX"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_17(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ORD"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_18(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 2
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_19(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = None
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_20(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(None)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_21(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is not None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_22(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            break
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_23(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = None
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_24(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(None, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_25(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, None)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_26(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_27(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, )
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_28(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" or "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_29(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal or spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_30(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind != "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_31(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "XXsideXX" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_32(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "SIDE" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_33(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "XX-XX" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_34(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_35(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = None  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_36(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial(None, spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_37(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", None, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_38(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, None)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_39(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial(spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_40(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_41(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, )  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_42(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("XXrankXX", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_43(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("RANK", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_44(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal or spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_45(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_46(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("XXrankXX", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_47(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("RANK", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_48(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "XXsizeXX"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_49(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "SIZE"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_50(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            break  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_51(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = None
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_52(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(None)
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_53(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " - rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_54(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] - " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_55(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + "XX XX" + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_56(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_57(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = None
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_58(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") - match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_59(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if (ordinal) and False else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_60(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if (ordinal) or True else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_61(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) - " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_62(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(None) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_63(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(1) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_64(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + "XX XX" if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_65(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "XXXX") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_66(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(None).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_67(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(1).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_68(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(None, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_69(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, None, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_70(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, None, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_71(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, None)
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_72(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_73(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_74(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_75(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, )
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_76(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(None, " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_77(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", None, words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_78(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", None))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_79(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(" ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_80(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_81(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", ))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_82(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"XX\s+XX", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_83(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", "XX XX", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_84(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal or rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_85(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial(None, "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_86(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", None, n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_87(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", None, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_88(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, None)
    return text, None


def x_split_spatial__mutmut_89(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_90(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_91(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_92(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, )
    return text, None


def x_split_spatial__mutmut_93(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("XXrankXX", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_94(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("RANK", "left", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_95(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "XXleftXX", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_96(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "LEFT", n, ordinal.group(0))
    return text, None


def x_split_spatial__mutmut_97(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(None))
    return text, None


def x_split_spatial__mutmut_98(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(1))
    return text, None

mutants_x_split_spatial__mutmut['_mutmut_orig'] = x_split_spatial__mutmut_orig # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_1'] = x_split_spatial__mutmut_1 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_2'] = x_split_spatial__mutmut_2 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_3'] = x_split_spatial__mutmut_3 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_4'] = x_split_spatial__mutmut_4 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_5'] = x_split_spatial__mutmut_5 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_6'] = x_split_spatial__mutmut_6 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_7'] = x_split_spatial__mutmut_7 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_8'] = x_split_spatial__mutmut_8 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_9'] = x_split_spatial__mutmut_9 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_10'] = x_split_spatial__mutmut_10 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_11'] = x_split_spatial__mutmut_11 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_12'] = x_split_spatial__mutmut_12 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_13'] = x_split_spatial__mutmut_13 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_14'] = x_split_spatial__mutmut_14 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_15'] = x_split_spatial__mutmut_15 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_16'] = x_split_spatial__mutmut_16 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_17'] = x_split_spatial__mutmut_17 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_18'] = x_split_spatial__mutmut_18 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_19'] = x_split_spatial__mutmut_19 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_20'] = x_split_spatial__mutmut_20 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_21'] = x_split_spatial__mutmut_21 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_22'] = x_split_spatial__mutmut_22 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_23'] = x_split_spatial__mutmut_23 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_24'] = x_split_spatial__mutmut_24 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_25'] = x_split_spatial__mutmut_25 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_26'] = x_split_spatial__mutmut_26 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_27'] = x_split_spatial__mutmut_27 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_28'] = x_split_spatial__mutmut_28 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_29'] = x_split_spatial__mutmut_29 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_30'] = x_split_spatial__mutmut_30 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_31'] = x_split_spatial__mutmut_31 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_32'] = x_split_spatial__mutmut_32 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_33'] = x_split_spatial__mutmut_33 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_34'] = x_split_spatial__mutmut_34 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_35'] = x_split_spatial__mutmut_35 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_36'] = x_split_spatial__mutmut_36 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_37'] = x_split_spatial__mutmut_37 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_38'] = x_split_spatial__mutmut_38 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_39'] = x_split_spatial__mutmut_39 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_40'] = x_split_spatial__mutmut_40 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_41'] = x_split_spatial__mutmut_41 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_42'] = x_split_spatial__mutmut_42 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_43'] = x_split_spatial__mutmut_43 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_44'] = x_split_spatial__mutmut_44 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_45'] = x_split_spatial__mutmut_45 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_46'] = x_split_spatial__mutmut_46 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_47'] = x_split_spatial__mutmut_47 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_48'] = x_split_spatial__mutmut_48 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_49'] = x_split_spatial__mutmut_49 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_50'] = x_split_spatial__mutmut_50 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_51'] = x_split_spatial__mutmut_51 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_52'] = x_split_spatial__mutmut_52 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_53'] = x_split_spatial__mutmut_53 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_54'] = x_split_spatial__mutmut_54 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_55'] = x_split_spatial__mutmut_55 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_56'] = x_split_spatial__mutmut_56 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_57'] = x_split_spatial__mutmut_57 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_58'] = x_split_spatial__mutmut_58 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_59'] = x_split_spatial__mutmut_59 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_60'] = x_split_spatial__mutmut_60 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_61'] = x_split_spatial__mutmut_61 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_62'] = x_split_spatial__mutmut_62 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_63'] = x_split_spatial__mutmut_63 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_64'] = x_split_spatial__mutmut_64 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_65'] = x_split_spatial__mutmut_65 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_66'] = x_split_spatial__mutmut_66 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_67'] = x_split_spatial__mutmut_67 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_68'] = x_split_spatial__mutmut_68 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_69'] = x_split_spatial__mutmut_69 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_70'] = x_split_spatial__mutmut_70 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_71'] = x_split_spatial__mutmut_71 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_72'] = x_split_spatial__mutmut_72 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_73'] = x_split_spatial__mutmut_73 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_74'] = x_split_spatial__mutmut_74 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_75'] = x_split_spatial__mutmut_75 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_76'] = x_split_spatial__mutmut_76 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_77'] = x_split_spatial__mutmut_77 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_78'] = x_split_spatial__mutmut_78 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_79'] = x_split_spatial__mutmut_79 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_80'] = x_split_spatial__mutmut_80 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_81'] = x_split_spatial__mutmut_81 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_82'] = x_split_spatial__mutmut_82 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_83'] = x_split_spatial__mutmut_83 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_84'] = x_split_spatial__mutmut_84 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_85'] = x_split_spatial__mutmut_85 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_86'] = x_split_spatial__mutmut_86 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_87'] = x_split_spatial__mutmut_87 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_88'] = x_split_spatial__mutmut_88 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_89'] = x_split_spatial__mutmut_89 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_90'] = x_split_spatial__mutmut_90 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_91'] = x_split_spatial__mutmut_91 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_92'] = x_split_spatial__mutmut_92 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_93'] = x_split_spatial__mutmut_93 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_94'] = x_split_spatial__mutmut_94 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_95'] = x_split_spatial__mutmut_95 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_96'] = x_split_spatial__mutmut_96 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_97'] = x_split_spatial__mutmut_97 # type: ignore # mutmut generated
mutants_x_split_spatial__mutmut['x_split_spatial__mutmut_98'] = x_split_spatial__mutmut_98 # type: ignore # mutmut generated


# ---------------------------------------------------------------- selection

_ORDINAL_NAMES = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}
mutants_x__position_key__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__position_key__mutmut)
def _position_key(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, -1), "top": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_orig(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, -1), "top": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_1(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = None
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_2(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"XXleftXX": (0, 1), "right": (0, -1), "top": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_3(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"LEFT": (0, 1), "right": (0, -1), "top": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_4(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (1, 1), "right": (0, -1), "top": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_5(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 2), "right": (0, -1), "top": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_6(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "XXrightXX": (0, -1), "top": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_7(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "RIGHT": (0, -1), "top": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_8(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (1, -1), "top": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_9(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, +1), "top": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_10(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, -2), "top": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_11(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, -1), "XXtopXX": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_12(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, -1), "TOP": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_13(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, -1), "top": (2, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_14(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, -1), "top": (1, 2), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_15(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, -1), "top": (1, 1), "XXbottomXX": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_16(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, -1), "top": (1, 1), "BOTTOM": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_17(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, -1), "top": (1, 1), "bottom": (2, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_18(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, -1), "top": (1, 1), "bottom": (1, +1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_19(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, -1), "top": (1, 1), "bottom": (1, -2)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def x__position_key__mutmut_20(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, -1), "top": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: None


def x__position_key__mutmut_21(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, -1), "top": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign / d.center[axis], -d.score)


def x__position_key__mutmut_22(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, -1), "top": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], +d.score)

mutants_x__position_key__mutmut['_mutmut_orig'] = x__position_key__mutmut_orig # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_1'] = x__position_key__mutmut_1 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_2'] = x__position_key__mutmut_2 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_3'] = x__position_key__mutmut_3 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_4'] = x__position_key__mutmut_4 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_5'] = x__position_key__mutmut_5 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_6'] = x__position_key__mutmut_6 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_7'] = x__position_key__mutmut_7 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_8'] = x__position_key__mutmut_8 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_9'] = x__position_key__mutmut_9 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_10'] = x__position_key__mutmut_10 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_11'] = x__position_key__mutmut_11 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_12'] = x__position_key__mutmut_12 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_13'] = x__position_key__mutmut_13 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_14'] = x__position_key__mutmut_14 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_15'] = x__position_key__mutmut_15 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_16'] = x__position_key__mutmut_16 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_17'] = x__position_key__mutmut_17 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_18'] = x__position_key__mutmut_18 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_19'] = x__position_key__mutmut_19 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_20'] = x__position_key__mutmut_20 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_21'] = x__position_key__mutmut_21 # type: ignore # mutmut generated
mutants_x__position_key__mutmut['x__position_key__mutmut_22'] = x__position_key__mutmut_22 # type: ignore # mutmut generated
mutants_x__in_part__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__in_part__mutmut)
def _in_part(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 2, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_orig(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 2, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_1(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = None
    tests = {"left": cx < width / 2, "right": cx > width / 2, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_2(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = None
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_3(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"XXleftXX": cx < width / 2, "right": cx > width / 2, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_4(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"LEFT": cx < width / 2, "right": cx > width / 2, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_5(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx <= width / 2, "right": cx > width / 2, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_6(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width * 2, "right": cx > width / 2, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_7(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 3, "right": cx > width / 2, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_8(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "XXrightXX": cx > width / 2, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_9(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "RIGHT": cx > width / 2, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_10(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx >= width / 2, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_11(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width * 2, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_12(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 3, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_13(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 2, "XXtopXX": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_14(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 2, "TOP": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_15(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 2, "top": cy <= height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_16(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 2, "top": cy < height * 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_17(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 2, "top": cy < height / 3, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_18(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 2, "top": cy < height / 2, "XXbottomXX": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_19(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 2, "top": cy < height / 2, "BOTTOM": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_20(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 2, "top": cy < height / 2, "bottom": cy >= height / 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_21(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 2, "top": cy < height / 2, "bottom": cy > height * 2}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_22(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 2, "top": cy < height / 2, "bottom": cy > height / 3}
    return all(tests[part] for part in where.split("-"))


def x__in_part__mutmut_23(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 2, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(None)


def x__in_part__mutmut_24(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 2, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split(None))


def x__in_part__mutmut_25(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 2, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("XX-XX"))

mutants_x__in_part__mutmut['_mutmut_orig'] = x__in_part__mutmut_orig # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_1'] = x__in_part__mutmut_1 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_2'] = x__in_part__mutmut_2 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_3'] = x__in_part__mutmut_3 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_4'] = x__in_part__mutmut_4 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_5'] = x__in_part__mutmut_5 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_6'] = x__in_part__mutmut_6 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_7'] = x__in_part__mutmut_7 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_8'] = x__in_part__mutmut_8 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_9'] = x__in_part__mutmut_9 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_10'] = x__in_part__mutmut_10 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_11'] = x__in_part__mutmut_11 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_12'] = x__in_part__mutmut_12 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_13'] = x__in_part__mutmut_13 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_14'] = x__in_part__mutmut_14 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_15'] = x__in_part__mutmut_15 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_16'] = x__in_part__mutmut_16 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_17'] = x__in_part__mutmut_17 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_18'] = x__in_part__mutmut_18 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_19'] = x__in_part__mutmut_19 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_20'] = x__in_part__mutmut_20 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_21'] = x__in_part__mutmut_21 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_22'] = x__in_part__mutmut_22 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_23'] = x__in_part__mutmut_23 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_24'] = x__in_part__mutmut_24 # type: ignore # mutmut generated
mutants_x__in_part__mutmut['x__in_part__mutmut_25'] = x__in_part__mutmut_25 # type: ignore # mutmut generated
mutants_x__nth__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__nth__mutmut)
def _nth(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'s' if len(ranked) != 1 else ''} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n, spatial.n)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 1]


def x__nth__mutmut_orig(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'s' if len(ranked) != 1 else ''} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n, spatial.n)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 1]


def x__nth__mutmut_1(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) <= spatial.n:
        found = f"only {len(ranked)} detection{'s' if len(ranked) != 1 else ''} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n, spatial.n)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 1]


def x__nth__mutmut_2(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = None
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n, spatial.n)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 1]


def x__nth__mutmut_3(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'s' if (len(ranked) != 1) and False else ''} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n, spatial.n)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 1]


def x__nth__mutmut_4(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'s' if (len(ranked) != 1) or True else ''} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n, spatial.n)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 1]


def x__nth__mutmut_5(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'XXsXX' if len(ranked) != 1 else ''} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n, spatial.n)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 1]


def x__nth__mutmut_6(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'S' if len(ranked) != 1 else ''} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n, spatial.n)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 1]


def x__nth__mutmut_7(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'s' if len(ranked) == 1 else ''} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n, spatial.n)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 1]


def x__nth__mutmut_8(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'s' if len(ranked) != 2 else ''} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n, spatial.n)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 1]


def x__nth__mutmut_9(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'s' if len(ranked) != 1 else 'XXXX'} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n, spatial.n)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 1]


def x__nth__mutmut_10(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'s' if len(ranked) != 1 else ''} found"
        raise RegionNotFoundError(None)
    return ranked[spatial.n - 1]


def x__nth__mutmut_11(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'s' if len(ranked) != 1 else ''} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(None, spatial.n)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 1]


def x__nth__mutmut_12(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'s' if len(ranked) != 1 else ''} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n, None)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 1]


def x__nth__mutmut_13(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'s' if len(ranked) != 1 else ''} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 1]


def x__nth__mutmut_14(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'s' if len(ranked) != 1 else ''} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n, )} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 1]


def x__nth__mutmut_15(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'s' if len(ranked) != 1 else ''} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n, spatial.n)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n + 1]


def x__nth__mutmut_16(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'s' if len(ranked) != 1 else ''} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n, spatial.n)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 2]

mutants_x__nth__mutmut['_mutmut_orig'] = x__nth__mutmut_orig # type: ignore # mutmut generated
mutants_x__nth__mutmut['x__nth__mutmut_1'] = x__nth__mutmut_1 # type: ignore # mutmut generated
mutants_x__nth__mutmut['x__nth__mutmut_2'] = x__nth__mutmut_2 # type: ignore # mutmut generated
mutants_x__nth__mutmut['x__nth__mutmut_3'] = x__nth__mutmut_3 # type: ignore # mutmut generated
mutants_x__nth__mutmut['x__nth__mutmut_4'] = x__nth__mutmut_4 # type: ignore # mutmut generated
mutants_x__nth__mutmut['x__nth__mutmut_5'] = x__nth__mutmut_5 # type: ignore # mutmut generated
mutants_x__nth__mutmut['x__nth__mutmut_6'] = x__nth__mutmut_6 # type: ignore # mutmut generated
mutants_x__nth__mutmut['x__nth__mutmut_7'] = x__nth__mutmut_7 # type: ignore # mutmut generated
mutants_x__nth__mutmut['x__nth__mutmut_8'] = x__nth__mutmut_8 # type: ignore # mutmut generated
mutants_x__nth__mutmut['x__nth__mutmut_9'] = x__nth__mutmut_9 # type: ignore # mutmut generated
mutants_x__nth__mutmut['x__nth__mutmut_10'] = x__nth__mutmut_10 # type: ignore # mutmut generated
mutants_x__nth__mutmut['x__nth__mutmut_11'] = x__nth__mutmut_11 # type: ignore # mutmut generated
mutants_x__nth__mutmut['x__nth__mutmut_12'] = x__nth__mutmut_12 # type: ignore # mutmut generated
mutants_x__nth__mutmut['x__nth__mutmut_13'] = x__nth__mutmut_13 # type: ignore # mutmut generated
mutants_x__nth__mutmut['x__nth__mutmut_14'] = x__nth__mutmut_14 # type: ignore # mutmut generated
mutants_x__nth__mutmut['x__nth__mutmut_15'] = x__nth__mutmut_15 # type: ignore # mutmut generated
mutants_x__nth__mutmut['x__nth__mutmut_16'] = x__nth__mutmut_16 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_select_detection__mutmut)
def select_detection(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_orig(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_1(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_2(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(None)
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_3(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = None  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_4(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(None, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_5(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=None)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_6(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_7(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, )  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_8(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: None)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_9(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: +d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_10(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is not None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_11(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[1]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_12(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind != "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_13(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "XXrankXX":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_14(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "RANK":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_15(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(None, spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_16(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), None, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_17(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, None)
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_18(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_19(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_20(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, )
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_21(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(None, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_22(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=None), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_23(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_24(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, ), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_25(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(None)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_26(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind != "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_27(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "XXsizeXX":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_28(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "SIZE":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_29(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = None
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_30(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if (spatial.where == "largest") and False else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_31(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if (spatial.where == "largest") or True else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_32(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = +1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_33(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -2 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_34(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where != "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_35(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "XXlargestXX" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_36(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "LARGEST" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_37(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 2
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_38(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(None, spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_39(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), None, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_40(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, None)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_41(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_42(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_43(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, )
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_44(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(None, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_45(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=None), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_46(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_47(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, ), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_48(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: None), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_49(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign / d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_50(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind != "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_51(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "XXcenterXX":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_52(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "CENTER":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_53(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = None
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_54(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] * 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_55(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[1] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_56(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 3, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_57(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] * 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_58(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[2] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_59(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 3
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_60(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(None, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_61(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=None)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_62(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_63(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, )
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_64(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: None)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_65(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 - (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_66(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) * 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_67(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] + cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_68(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[1] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_69(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 3 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_70(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) * 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_71(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] + cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_72(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[2] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_73(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 3)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_74(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind != "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_75(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "XXsideXX":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_76(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "SIDE":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_77(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = None
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_78(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(None, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_79(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, None, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_80(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, None)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_81(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_82(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_83(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, )]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_84(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[1]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_85(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_86(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if ("left" in spatial.where) and False else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_87(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if ("left" in spatial.where) or True else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_88(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 1.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_89(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "XXleftXX" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_90(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "LEFT" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_91(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" not in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_92(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if ("right" in spatial.where) and False else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_93(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if ("right" in spatial.where) or True else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_94(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[1] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_95(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "XXrightXX" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_96(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "RIGHT" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_97(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" not in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_98(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_99(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if ("top" in spatial.where) and False else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_100(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if ("top" in spatial.where) or True else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_101(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 1.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_102(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "XXtopXX" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_103(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "TOP" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_104(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" not in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_105(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if ("bottom" in spatial.where) and False else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_106(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if ("bottom" in spatial.where) or True else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_107(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[2] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_108(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "XXbottomXX" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_109(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "BOTTOM" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_110(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" not in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_111(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(None, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_112(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=None)
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_113(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_114(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, )
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_115(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: None)
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_116(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0) - (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_117(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if (corner_x is not None) and False else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_118(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if (corner_x is not None) or True else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_119(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(None) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_120(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] + corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_121(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[1] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_122(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_123(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 1.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_124(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if (corner_y is not None) and False else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_125(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if (corner_y is not None) or True else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_126(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(None) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_127(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] + corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_128(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[2] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_129(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_130(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 1.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def x_select_detection__mutmut_131(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(None)

mutants_x_select_detection__mutmut['_mutmut_orig'] = x_select_detection__mutmut_orig # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_1'] = x_select_detection__mutmut_1 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_2'] = x_select_detection__mutmut_2 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_3'] = x_select_detection__mutmut_3 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_4'] = x_select_detection__mutmut_4 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_5'] = x_select_detection__mutmut_5 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_6'] = x_select_detection__mutmut_6 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_7'] = x_select_detection__mutmut_7 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_8'] = x_select_detection__mutmut_8 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_9'] = x_select_detection__mutmut_9 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_10'] = x_select_detection__mutmut_10 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_11'] = x_select_detection__mutmut_11 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_12'] = x_select_detection__mutmut_12 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_13'] = x_select_detection__mutmut_13 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_14'] = x_select_detection__mutmut_14 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_15'] = x_select_detection__mutmut_15 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_16'] = x_select_detection__mutmut_16 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_17'] = x_select_detection__mutmut_17 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_18'] = x_select_detection__mutmut_18 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_19'] = x_select_detection__mutmut_19 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_20'] = x_select_detection__mutmut_20 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_21'] = x_select_detection__mutmut_21 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_22'] = x_select_detection__mutmut_22 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_23'] = x_select_detection__mutmut_23 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_24'] = x_select_detection__mutmut_24 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_25'] = x_select_detection__mutmut_25 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_26'] = x_select_detection__mutmut_26 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_27'] = x_select_detection__mutmut_27 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_28'] = x_select_detection__mutmut_28 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_29'] = x_select_detection__mutmut_29 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_30'] = x_select_detection__mutmut_30 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_31'] = x_select_detection__mutmut_31 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_32'] = x_select_detection__mutmut_32 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_33'] = x_select_detection__mutmut_33 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_34'] = x_select_detection__mutmut_34 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_35'] = x_select_detection__mutmut_35 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_36'] = x_select_detection__mutmut_36 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_37'] = x_select_detection__mutmut_37 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_38'] = x_select_detection__mutmut_38 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_39'] = x_select_detection__mutmut_39 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_40'] = x_select_detection__mutmut_40 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_41'] = x_select_detection__mutmut_41 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_42'] = x_select_detection__mutmut_42 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_43'] = x_select_detection__mutmut_43 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_44'] = x_select_detection__mutmut_44 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_45'] = x_select_detection__mutmut_45 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_46'] = x_select_detection__mutmut_46 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_47'] = x_select_detection__mutmut_47 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_48'] = x_select_detection__mutmut_48 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_49'] = x_select_detection__mutmut_49 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_50'] = x_select_detection__mutmut_50 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_51'] = x_select_detection__mutmut_51 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_52'] = x_select_detection__mutmut_52 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_53'] = x_select_detection__mutmut_53 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_54'] = x_select_detection__mutmut_54 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_55'] = x_select_detection__mutmut_55 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_56'] = x_select_detection__mutmut_56 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_57'] = x_select_detection__mutmut_57 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_58'] = x_select_detection__mutmut_58 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_59'] = x_select_detection__mutmut_59 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_60'] = x_select_detection__mutmut_60 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_61'] = x_select_detection__mutmut_61 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_62'] = x_select_detection__mutmut_62 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_63'] = x_select_detection__mutmut_63 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_64'] = x_select_detection__mutmut_64 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_65'] = x_select_detection__mutmut_65 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_66'] = x_select_detection__mutmut_66 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_67'] = x_select_detection__mutmut_67 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_68'] = x_select_detection__mutmut_68 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_69'] = x_select_detection__mutmut_69 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_70'] = x_select_detection__mutmut_70 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_71'] = x_select_detection__mutmut_71 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_72'] = x_select_detection__mutmut_72 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_73'] = x_select_detection__mutmut_73 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_74'] = x_select_detection__mutmut_74 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_75'] = x_select_detection__mutmut_75 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_76'] = x_select_detection__mutmut_76 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_77'] = x_select_detection__mutmut_77 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_78'] = x_select_detection__mutmut_78 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_79'] = x_select_detection__mutmut_79 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_80'] = x_select_detection__mutmut_80 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_81'] = x_select_detection__mutmut_81 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_82'] = x_select_detection__mutmut_82 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_83'] = x_select_detection__mutmut_83 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_84'] = x_select_detection__mutmut_84 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_85'] = x_select_detection__mutmut_85 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_86'] = x_select_detection__mutmut_86 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_87'] = x_select_detection__mutmut_87 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_88'] = x_select_detection__mutmut_88 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_89'] = x_select_detection__mutmut_89 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_90'] = x_select_detection__mutmut_90 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_91'] = x_select_detection__mutmut_91 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_92'] = x_select_detection__mutmut_92 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_93'] = x_select_detection__mutmut_93 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_94'] = x_select_detection__mutmut_94 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_95'] = x_select_detection__mutmut_95 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_96'] = x_select_detection__mutmut_96 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_97'] = x_select_detection__mutmut_97 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_98'] = x_select_detection__mutmut_98 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_99'] = x_select_detection__mutmut_99 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_100'] = x_select_detection__mutmut_100 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_101'] = x_select_detection__mutmut_101 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_102'] = x_select_detection__mutmut_102 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_103'] = x_select_detection__mutmut_103 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_104'] = x_select_detection__mutmut_104 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_105'] = x_select_detection__mutmut_105 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_106'] = x_select_detection__mutmut_106 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_107'] = x_select_detection__mutmut_107 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_108'] = x_select_detection__mutmut_108 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_109'] = x_select_detection__mutmut_109 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_110'] = x_select_detection__mutmut_110 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_111'] = x_select_detection__mutmut_111 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_112'] = x_select_detection__mutmut_112 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_113'] = x_select_detection__mutmut_113 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_114'] = x_select_detection__mutmut_114 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_115'] = x_select_detection__mutmut_115 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_116'] = x_select_detection__mutmut_116 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_117'] = x_select_detection__mutmut_117 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_118'] = x_select_detection__mutmut_118 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_119'] = x_select_detection__mutmut_119 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_120'] = x_select_detection__mutmut_120 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_121'] = x_select_detection__mutmut_121 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_122'] = x_select_detection__mutmut_122 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_123'] = x_select_detection__mutmut_123 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_124'] = x_select_detection__mutmut_124 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_125'] = x_select_detection__mutmut_125 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_126'] = x_select_detection__mutmut_126 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_127'] = x_select_detection__mutmut_127 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_128'] = x_select_detection__mutmut_128 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_129'] = x_select_detection__mutmut_129 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_130'] = x_select_detection__mutmut_130 # type: ignore # mutmut generated
mutants_x_select_detection__mutmut['x_select_detection__mutmut_131'] = x_select_detection__mutmut_131 # type: ignore # mutmut generated
mutants_x__backend__mutmut: MutantDict = {}  # type: ignore


# ---------------------------------------------------------------- detection

@_mutmut_mutated(mutants_x__backend__mutmut)
def _backend(model) -> str:
    model_type = getattr(model.config, "model_type", "")
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "use a Grounding DINO or OWLv2 checkpoint")
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_orig(model) -> str:
    model_type = getattr(model.config, "model_type", "")
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "use a Grounding DINO or OWLv2 checkpoint")
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_1(model) -> str:
    model_type = None
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "use a Grounding DINO or OWLv2 checkpoint")
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_2(model) -> str:
    model_type = getattr(None, "model_type", "")
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "use a Grounding DINO or OWLv2 checkpoint")
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_3(model) -> str:
    model_type = getattr(model.config, None, "")
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "use a Grounding DINO or OWLv2 checkpoint")
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_4(model) -> str:
    model_type = getattr(model.config, "model_type", None)
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "use a Grounding DINO or OWLv2 checkpoint")
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_5(model) -> str:
    model_type = getattr("model_type", "")
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "use a Grounding DINO or OWLv2 checkpoint")
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_6(model) -> str:
    model_type = getattr(model.config, "")
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "use a Grounding DINO or OWLv2 checkpoint")
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_7(model) -> str:
    model_type = getattr(model.config, "model_type", )
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "use a Grounding DINO or OWLv2 checkpoint")
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_8(model) -> str:
    model_type = getattr(model.config, "XXmodel_typeXX", "")
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "use a Grounding DINO or OWLv2 checkpoint")
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_9(model) -> str:
    model_type = getattr(model.config, "MODEL_TYPE", "")
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "use a Grounding DINO or OWLv2 checkpoint")
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_10(model) -> str:
    model_type = getattr(model.config, "model_type", "XXXX")
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "use a Grounding DINO or OWLv2 checkpoint")
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_11(model) -> str:
    model_type = getattr(model.config, "model_type", "")
    if model_type in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "use a Grounding DINO or OWLv2 checkpoint")
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_12(model) -> str:
    model_type = getattr(model.config, "model_type", "")
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(None)
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_13(model) -> str:
    model_type = getattr(model.config, "model_type", "")
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(None).__name__} ({model_type!r}): "
                         "use a Grounding DINO or OWLv2 checkpoint")
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_14(model) -> str:
    model_type = getattr(model.config, "model_type", "")
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "XXuse a Grounding DINO or OWLv2 checkpointXX")
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_15(model) -> str:
    model_type = getattr(model.config, "model_type", "")
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "use a grounding dino or owlv2 checkpoint")
    return model_type


# ---------------------------------------------------------------- detection

def x__backend__mutmut_16(model) -> str:
    model_type = getattr(model.config, "model_type", "")
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "USE A GROUNDING DINO OR OWLV2 CHECKPOINT")
    return model_type

mutants_x__backend__mutmut['_mutmut_orig'] = x__backend__mutmut_orig # type: ignore # mutmut generated
mutants_x__backend__mutmut['x__backend__mutmut_1'] = x__backend__mutmut_1 # type: ignore # mutmut generated
mutants_x__backend__mutmut['x__backend__mutmut_2'] = x__backend__mutmut_2 # type: ignore # mutmut generated
mutants_x__backend__mutmut['x__backend__mutmut_3'] = x__backend__mutmut_3 # type: ignore # mutmut generated
mutants_x__backend__mutmut['x__backend__mutmut_4'] = x__backend__mutmut_4 # type: ignore # mutmut generated
mutants_x__backend__mutmut['x__backend__mutmut_5'] = x__backend__mutmut_5 # type: ignore # mutmut generated
mutants_x__backend__mutmut['x__backend__mutmut_6'] = x__backend__mutmut_6 # type: ignore # mutmut generated
mutants_x__backend__mutmut['x__backend__mutmut_7'] = x__backend__mutmut_7 # type: ignore # mutmut generated
mutants_x__backend__mutmut['x__backend__mutmut_8'] = x__backend__mutmut_8 # type: ignore # mutmut generated
mutants_x__backend__mutmut['x__backend__mutmut_9'] = x__backend__mutmut_9 # type: ignore # mutmut generated
mutants_x__backend__mutmut['x__backend__mutmut_10'] = x__backend__mutmut_10 # type: ignore # mutmut generated
mutants_x__backend__mutmut['x__backend__mutmut_11'] = x__backend__mutmut_11 # type: ignore # mutmut generated
mutants_x__backend__mutmut['x__backend__mutmut_12'] = x__backend__mutmut_12 # type: ignore # mutmut generated
mutants_x__backend__mutmut['x__backend__mutmut_13'] = x__backend__mutmut_13 # type: ignore # mutmut generated
mutants_x__backend__mutmut['x__backend__mutmut_14'] = x__backend__mutmut_14 # type: ignore # mutmut generated
mutants_x__backend__mutmut['x__backend__mutmut_15'] = x__backend__mutmut_15 # type: ignore # mutmut generated
mutants_x__backend__mutmut['x__backend__mutmut_16'] = x__backend__mutmut_16 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__clean_label__mutmut)
def _clean_label(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", "").strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_orig(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", "").strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_1(label: str, phrase: str) -> str:
    label = None
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_2(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", "").strip(None)
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_3(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(None, "").strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_4(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", None).strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_5(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace("").strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_6(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", ).strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_7(label: str, phrase: str) -> str:
    label = re.sub(None, " ", label).replace(" .", "").strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_8(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", None, label).replace(" .", "").strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_9(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", None).replace(" .", "").strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_10(label: str, phrase: str) -> str:
    label = re.sub(" ", label).replace(" .", "").strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_11(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", label).replace(" .", "").strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_12(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", ).replace(" .", "").strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_13(label: str, phrase: str) -> str:
    label = re.sub(r"XX\[(?:SEP|CLS|PAD)\]XX", " ", label).replace(" .", "").strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_14(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:sep|cls|pad)\]", " ", label).replace(" .", "").strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_15(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", "XX XX", label).replace(" .", "").strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_16(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace("XX .XX", "").strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_17(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", "XXXX").strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_18(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", "").strip("XX .XX")
    return re.sub(r"\s+", " ", label) or phrase


def x__clean_label__mutmut_19(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", "").strip(" .")
    return re.sub(r"\s+", " ", label) and phrase


def x__clean_label__mutmut_20(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", "").strip(" .")
    return re.sub(None, " ", label) or phrase


def x__clean_label__mutmut_21(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", "").strip(" .")
    return re.sub(r"\s+", None, label) or phrase


def x__clean_label__mutmut_22(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", "").strip(" .")
    return re.sub(r"\s+", " ", None) or phrase


def x__clean_label__mutmut_23(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", "").strip(" .")
    return re.sub(" ", label) or phrase


def x__clean_label__mutmut_24(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", "").strip(" .")
    return re.sub(r"\s+", label) or phrase


def x__clean_label__mutmut_25(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", "").strip(" .")
    return re.sub(r"\s+", " ", ) or phrase


def x__clean_label__mutmut_26(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", "").strip(" .")
    return re.sub(r"XX\s+XX", " ", label) or phrase


def x__clean_label__mutmut_27(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", "").strip(" .")
    return re.sub(r"\s+", "XX XX", label) or phrase

mutants_x__clean_label__mutmut['_mutmut_orig'] = x__clean_label__mutmut_orig # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_1'] = x__clean_label__mutmut_1 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_2'] = x__clean_label__mutmut_2 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_3'] = x__clean_label__mutmut_3 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_4'] = x__clean_label__mutmut_4 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_5'] = x__clean_label__mutmut_5 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_6'] = x__clean_label__mutmut_6 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_7'] = x__clean_label__mutmut_7 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_8'] = x__clean_label__mutmut_8 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_9'] = x__clean_label__mutmut_9 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_10'] = x__clean_label__mutmut_10 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_11'] = x__clean_label__mutmut_11 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_12'] = x__clean_label__mutmut_12 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_13'] = x__clean_label__mutmut_13 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_14'] = x__clean_label__mutmut_14 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_15'] = x__clean_label__mutmut_15 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_16'] = x__clean_label__mutmut_16 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_17'] = x__clean_label__mutmut_17 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_18'] = x__clean_label__mutmut_18 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_19'] = x__clean_label__mutmut_19 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_20'] = x__clean_label__mutmut_20 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_21'] = x__clean_label__mutmut_21 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_22'] = x__clean_label__mutmut_22 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_23'] = x__clean_label__mutmut_23 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_24'] = x__clean_label__mutmut_24 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_25'] = x__clean_label__mutmut_25 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_26'] = x__clean_label__mutmut_26 # type: ignore # mutmut generated
mutants_x__clean_label__mutmut['x__clean_label__mutmut_27'] = x__clean_label__mutmut_27 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__raw_detections__mutmut)
def _raw_detections(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_orig(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_1(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = None
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_2(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(None)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_3(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = None
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_4(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(None)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_5(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = None
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_6(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert(None)
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_7(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("XXRGBXX")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_8(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("rgb")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_9(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = None
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_10(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend != "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_11(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "XXgrounding-dinoXX":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_12(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "GROUNDING-DINO":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_13(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = None  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_14(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") - "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_15(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(None) + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_16(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().lstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_17(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.upper().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_18(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip("XX.XX") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_19(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "XX.XX"  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_20(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = None
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_21(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(None)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_22(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=None, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_23(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=None, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_24(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors=None).to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_25(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_26(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_27(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, ).to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_28(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="XXptXX").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_29(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="PT").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_30(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = None
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_31(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = None
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_32(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = None
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_33(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(None)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_34(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=None, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_35(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=None, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_36(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors=None, padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_37(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding=None,
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_38(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=None, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_39(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=None).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_40(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_41(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_42(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_43(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_44(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_45(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, ).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_46(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="XXptXX", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_47(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="PT", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_48(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="XXmax_lengthXX",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_49(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="MAX_LENGTH",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_50(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=False, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_51(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = None
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_52(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend != "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_53(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "XXgrounding-dinoXX":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_54(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "GROUNDING-DINO":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_55(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = None
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_56(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            None, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_57(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, None, threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_58(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=None, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_59(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=None,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_60(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=None)[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_61(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_62(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_63(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_64(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_65(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            )[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_66(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["XXinput_idsXX"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_67(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["INPUT_IDS"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_68(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=1.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_69(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[1]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_70(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = None
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_71(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(None, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_72(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, None) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_73(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_74(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, ) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_75(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["XXtext_labelsXX"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_76(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["TEXT_LABELS"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_77(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = None
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_78(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            None, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_79(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=None, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_80(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=None, text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_81(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=None)[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_82(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_83(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_84(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_85(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], )[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_86(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=1.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_87(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[1]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_88(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = None
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_89(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(None)
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_90(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["XXtext_labelsXX"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_91(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["TEXT_LABELS"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_92(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = None
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_93(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(None, result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_94(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), None,
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_95(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 None):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_96(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_97(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_98(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 ):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_99(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["XXboxesXX"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_100(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["BOXES"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_101(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["XXscoresXX"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_102(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["SCORES"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_103(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = None
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_104(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(None, float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_105(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), None) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_106(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_107(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), ) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_108(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(None, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_109(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, None), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_110(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_111(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, ), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_112(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 1.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_113(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(None)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_114(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[1], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_115(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[3]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_116(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = None
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_117(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(None, float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_118(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), None) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_119(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_120(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), ) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_121(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(None, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_122(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, None), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_123(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_124(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, ), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_125(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 1.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_126(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(None)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_127(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[2], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_128(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[4]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_129(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 or y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_130(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 >= x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_131(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 >= y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_132(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(None)
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_133(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection(None, float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_134(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), None, label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_135(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), None))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_136(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection(float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_137(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_138(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), ))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_139(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(None), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def x__raw_detections__mutmut_140(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=None)
    return detections, backend


def x__raw_detections__mutmut_141(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: None)
    return detections, backend


def x__raw_detections__mutmut_142(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: +d.score)
    return detections, backend

mutants_x__raw_detections__mutmut['_mutmut_orig'] = x__raw_detections__mutmut_orig # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_1'] = x__raw_detections__mutmut_1 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_2'] = x__raw_detections__mutmut_2 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_3'] = x__raw_detections__mutmut_3 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_4'] = x__raw_detections__mutmut_4 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_5'] = x__raw_detections__mutmut_5 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_6'] = x__raw_detections__mutmut_6 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_7'] = x__raw_detections__mutmut_7 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_8'] = x__raw_detections__mutmut_8 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_9'] = x__raw_detections__mutmut_9 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_10'] = x__raw_detections__mutmut_10 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_11'] = x__raw_detections__mutmut_11 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_12'] = x__raw_detections__mutmut_12 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_13'] = x__raw_detections__mutmut_13 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_14'] = x__raw_detections__mutmut_14 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_15'] = x__raw_detections__mutmut_15 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_16'] = x__raw_detections__mutmut_16 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_17'] = x__raw_detections__mutmut_17 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_18'] = x__raw_detections__mutmut_18 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_19'] = x__raw_detections__mutmut_19 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_20'] = x__raw_detections__mutmut_20 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_21'] = x__raw_detections__mutmut_21 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_22'] = x__raw_detections__mutmut_22 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_23'] = x__raw_detections__mutmut_23 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_24'] = x__raw_detections__mutmut_24 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_25'] = x__raw_detections__mutmut_25 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_26'] = x__raw_detections__mutmut_26 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_27'] = x__raw_detections__mutmut_27 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_28'] = x__raw_detections__mutmut_28 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_29'] = x__raw_detections__mutmut_29 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_30'] = x__raw_detections__mutmut_30 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_31'] = x__raw_detections__mutmut_31 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_32'] = x__raw_detections__mutmut_32 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_33'] = x__raw_detections__mutmut_33 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_34'] = x__raw_detections__mutmut_34 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_35'] = x__raw_detections__mutmut_35 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_36'] = x__raw_detections__mutmut_36 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_37'] = x__raw_detections__mutmut_37 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_38'] = x__raw_detections__mutmut_38 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_39'] = x__raw_detections__mutmut_39 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_40'] = x__raw_detections__mutmut_40 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_41'] = x__raw_detections__mutmut_41 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_42'] = x__raw_detections__mutmut_42 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_43'] = x__raw_detections__mutmut_43 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_44'] = x__raw_detections__mutmut_44 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_45'] = x__raw_detections__mutmut_45 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_46'] = x__raw_detections__mutmut_46 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_47'] = x__raw_detections__mutmut_47 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_48'] = x__raw_detections__mutmut_48 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_49'] = x__raw_detections__mutmut_49 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_50'] = x__raw_detections__mutmut_50 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_51'] = x__raw_detections__mutmut_51 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_52'] = x__raw_detections__mutmut_52 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_53'] = x__raw_detections__mutmut_53 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_54'] = x__raw_detections__mutmut_54 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_55'] = x__raw_detections__mutmut_55 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_56'] = x__raw_detections__mutmut_56 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_57'] = x__raw_detections__mutmut_57 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_58'] = x__raw_detections__mutmut_58 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_59'] = x__raw_detections__mutmut_59 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_60'] = x__raw_detections__mutmut_60 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_61'] = x__raw_detections__mutmut_61 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_62'] = x__raw_detections__mutmut_62 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_63'] = x__raw_detections__mutmut_63 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_64'] = x__raw_detections__mutmut_64 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_65'] = x__raw_detections__mutmut_65 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_66'] = x__raw_detections__mutmut_66 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_67'] = x__raw_detections__mutmut_67 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_68'] = x__raw_detections__mutmut_68 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_69'] = x__raw_detections__mutmut_69 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_70'] = x__raw_detections__mutmut_70 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_71'] = x__raw_detections__mutmut_71 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_72'] = x__raw_detections__mutmut_72 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_73'] = x__raw_detections__mutmut_73 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_74'] = x__raw_detections__mutmut_74 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_75'] = x__raw_detections__mutmut_75 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_76'] = x__raw_detections__mutmut_76 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_77'] = x__raw_detections__mutmut_77 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_78'] = x__raw_detections__mutmut_78 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_79'] = x__raw_detections__mutmut_79 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_80'] = x__raw_detections__mutmut_80 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_81'] = x__raw_detections__mutmut_81 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_82'] = x__raw_detections__mutmut_82 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_83'] = x__raw_detections__mutmut_83 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_84'] = x__raw_detections__mutmut_84 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_85'] = x__raw_detections__mutmut_85 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_86'] = x__raw_detections__mutmut_86 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_87'] = x__raw_detections__mutmut_87 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_88'] = x__raw_detections__mutmut_88 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_89'] = x__raw_detections__mutmut_89 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_90'] = x__raw_detections__mutmut_90 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_91'] = x__raw_detections__mutmut_91 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_92'] = x__raw_detections__mutmut_92 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_93'] = x__raw_detections__mutmut_93 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_94'] = x__raw_detections__mutmut_94 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_95'] = x__raw_detections__mutmut_95 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_96'] = x__raw_detections__mutmut_96 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_97'] = x__raw_detections__mutmut_97 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_98'] = x__raw_detections__mutmut_98 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_99'] = x__raw_detections__mutmut_99 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_100'] = x__raw_detections__mutmut_100 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_101'] = x__raw_detections__mutmut_101 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_102'] = x__raw_detections__mutmut_102 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_103'] = x__raw_detections__mutmut_103 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_104'] = x__raw_detections__mutmut_104 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_105'] = x__raw_detections__mutmut_105 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_106'] = x__raw_detections__mutmut_106 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_107'] = x__raw_detections__mutmut_107 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_108'] = x__raw_detections__mutmut_108 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_109'] = x__raw_detections__mutmut_109 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_110'] = x__raw_detections__mutmut_110 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_111'] = x__raw_detections__mutmut_111 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_112'] = x__raw_detections__mutmut_112 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_113'] = x__raw_detections__mutmut_113 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_114'] = x__raw_detections__mutmut_114 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_115'] = x__raw_detections__mutmut_115 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_116'] = x__raw_detections__mutmut_116 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_117'] = x__raw_detections__mutmut_117 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_118'] = x__raw_detections__mutmut_118 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_119'] = x__raw_detections__mutmut_119 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_120'] = x__raw_detections__mutmut_120 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_121'] = x__raw_detections__mutmut_121 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_122'] = x__raw_detections__mutmut_122 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_123'] = x__raw_detections__mutmut_123 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_124'] = x__raw_detections__mutmut_124 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_125'] = x__raw_detections__mutmut_125 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_126'] = x__raw_detections__mutmut_126 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_127'] = x__raw_detections__mutmut_127 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_128'] = x__raw_detections__mutmut_128 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_129'] = x__raw_detections__mutmut_129 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_130'] = x__raw_detections__mutmut_130 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_131'] = x__raw_detections__mutmut_131 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_132'] = x__raw_detections__mutmut_132 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_133'] = x__raw_detections__mutmut_133 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_134'] = x__raw_detections__mutmut_134 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_135'] = x__raw_detections__mutmut_135 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_136'] = x__raw_detections__mutmut_136 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_137'] = x__raw_detections__mutmut_137 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_138'] = x__raw_detections__mutmut_138 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_139'] = x__raw_detections__mutmut_139 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_140'] = x__raw_detections__mutmut_140 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_141'] = x__raw_detections__mutmut_141 # type: ignore # mutmut generated
mutants_x__raw_detections__mutmut['x__raw_detections__mutmut_142'] = x__raw_detections__mutmut_142 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__suppress_duplicates__mutmut)
def _suppress_duplicates(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(boxes, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_orig(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(boxes, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_1(detections: list[Detection]) -> list[Detection]:
    if len(detections) <= 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(boxes, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_2(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 3:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(boxes, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_3(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = None
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(boxes, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_4(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor(None, dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(boxes, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_5(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=None)
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(boxes, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_6(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor(dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(boxes, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_7(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], )
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(boxes, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_8(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = None
    keep = nms(boxes, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_9(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor(None, dtype=torch.float32)
    keep = nms(boxes, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_10(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], dtype=None)
    keep = nms(boxes, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_11(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor(dtype=torch.float32)
    keep = nms(boxes, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_12(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], )
    keep = nms(boxes, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_13(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = None
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_14(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(None, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_15(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(boxes, None, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_16(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(boxes, scores, None).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_17(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_18(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(boxes, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_19(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(boxes, scores, ).tolist()
    return [detections[i] for i in sorted(keep)]


def x__suppress_duplicates__mutmut_20(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections
    from torchvision.ops import nms

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(boxes, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(None)]

mutants_x__suppress_duplicates__mutmut['_mutmut_orig'] = x__suppress_duplicates__mutmut_orig # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_1'] = x__suppress_duplicates__mutmut_1 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_2'] = x__suppress_duplicates__mutmut_2 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_3'] = x__suppress_duplicates__mutmut_3 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_4'] = x__suppress_duplicates__mutmut_4 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_5'] = x__suppress_duplicates__mutmut_5 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_6'] = x__suppress_duplicates__mutmut_6 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_7'] = x__suppress_duplicates__mutmut_7 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_8'] = x__suppress_duplicates__mutmut_8 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_9'] = x__suppress_duplicates__mutmut_9 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_10'] = x__suppress_duplicates__mutmut_10 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_11'] = x__suppress_duplicates__mutmut_11 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_12'] = x__suppress_duplicates__mutmut_12 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_13'] = x__suppress_duplicates__mutmut_13 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_14'] = x__suppress_duplicates__mutmut_14 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_15'] = x__suppress_duplicates__mutmut_15 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_16'] = x__suppress_duplicates__mutmut_16 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_17'] = x__suppress_duplicates__mutmut_17 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_18'] = x__suppress_duplicates__mutmut_18 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_19'] = x__suppress_duplicates__mutmut_19 # type: ignore # mutmut generated
mutants_x__suppress_duplicates__mutmut['x__suppress_duplicates__mutmut_20'] = x__suppress_duplicates__mutmut_20 # type: ignore # mutmut generated
mutants_x__above__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__above__mutmut)
def _above(detections: list[Detection], threshold: float) -> list[Detection]:
    return _suppress_duplicates([d for d in detections if d.score > threshold])


def x__above__mutmut_orig(detections: list[Detection], threshold: float) -> list[Detection]:
    return _suppress_duplicates([d for d in detections if d.score > threshold])


def x__above__mutmut_1(detections: list[Detection], threshold: float) -> list[Detection]:
    return _suppress_duplicates(None)


def x__above__mutmut_2(detections: list[Detection], threshold: float) -> list[Detection]:
    return _suppress_duplicates([d for d in detections if d.score >= threshold])

mutants_x__above__mutmut['_mutmut_orig'] = x__above__mutmut_orig # type: ignore # mutmut generated
mutants_x__above__mutmut['x__above__mutmut_1'] = x__above__mutmut_1 # type: ignore # mutmut generated
mutants_x__above__mutmut['x__above__mutmut_2'] = x__above__mutmut_2 # type: ignore # mutmut generated
mutants_x__threshold__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__threshold__mutmut)
def _threshold(backend: str, box_threshold: float | None) -> float:
    threshold = DEFAULT_BOX_THRESHOLD[backend] if box_threshold is None else float(box_threshold)
    if not 0.0 <= threshold <= 1.0:
        raise InputError(f"box threshold must lie between 0 and 1, got {threshold:g}")
    return threshold


def x__threshold__mutmut_orig(backend: str, box_threshold: float | None) -> float:
    threshold = DEFAULT_BOX_THRESHOLD[backend] if box_threshold is None else float(box_threshold)
    if not 0.0 <= threshold <= 1.0:
        raise InputError(f"box threshold must lie between 0 and 1, got {threshold:g}")
    return threshold


def x__threshold__mutmut_1(backend: str, box_threshold: float | None) -> float:
    threshold = None
    if not 0.0 <= threshold <= 1.0:
        raise InputError(f"box threshold must lie between 0 and 1, got {threshold:g}")
    return threshold


def x__threshold__mutmut_2(backend: str, box_threshold: float | None) -> float:
    threshold = DEFAULT_BOX_THRESHOLD[backend] if (box_threshold is None) and False else float(box_threshold)
    if not 0.0 <= threshold <= 1.0:
        raise InputError(f"box threshold must lie between 0 and 1, got {threshold:g}")
    return threshold


def x__threshold__mutmut_3(backend: str, box_threshold: float | None) -> float:
    threshold = DEFAULT_BOX_THRESHOLD[backend] if (box_threshold is None) or True else float(box_threshold)
    if not 0.0 <= threshold <= 1.0:
        raise InputError(f"box threshold must lie between 0 and 1, got {threshold:g}")
    return threshold


def x__threshold__mutmut_4(backend: str, box_threshold: float | None) -> float:
    threshold = DEFAULT_BOX_THRESHOLD[backend] if box_threshold is not None else float(box_threshold)
    if not 0.0 <= threshold <= 1.0:
        raise InputError(f"box threshold must lie between 0 and 1, got {threshold:g}")
    return threshold


def x__threshold__mutmut_5(backend: str, box_threshold: float | None) -> float:
    threshold = DEFAULT_BOX_THRESHOLD[backend] if box_threshold is None else float(None)
    if not 0.0 <= threshold <= 1.0:
        raise InputError(f"box threshold must lie between 0 and 1, got {threshold:g}")
    return threshold


def x__threshold__mutmut_6(backend: str, box_threshold: float | None) -> float:
    threshold = DEFAULT_BOX_THRESHOLD[backend] if box_threshold is None else float(box_threshold)
    if 0.0 <= threshold <= 1.0:
        raise InputError(f"box threshold must lie between 0 and 1, got {threshold:g}")
    return threshold


def x__threshold__mutmut_7(backend: str, box_threshold: float | None) -> float:
    threshold = DEFAULT_BOX_THRESHOLD[backend] if box_threshold is None else float(box_threshold)
    if not 1.0 <= threshold <= 1.0:
        raise InputError(f"box threshold must lie between 0 and 1, got {threshold:g}")
    return threshold


def x__threshold__mutmut_8(backend: str, box_threshold: float | None) -> float:
    threshold = DEFAULT_BOX_THRESHOLD[backend] if box_threshold is None else float(box_threshold)
    if not 0.0 < threshold <= 1.0:
        raise InputError(f"box threshold must lie between 0 and 1, got {threshold:g}")
    return threshold


def x__threshold__mutmut_9(backend: str, box_threshold: float | None) -> float:
    threshold = DEFAULT_BOX_THRESHOLD[backend] if box_threshold is None else float(box_threshold)
    if not 0.0 <= threshold < 1.0:
        raise InputError(f"box threshold must lie between 0 and 1, got {threshold:g}")
    return threshold


def x__threshold__mutmut_10(backend: str, box_threshold: float | None) -> float:
    threshold = DEFAULT_BOX_THRESHOLD[backend] if box_threshold is None else float(box_threshold)
    if not 0.0 <= threshold <= 2.0:
        raise InputError(f"box threshold must lie between 0 and 1, got {threshold:g}")
    return threshold


def x__threshold__mutmut_11(backend: str, box_threshold: float | None) -> float:
    threshold = DEFAULT_BOX_THRESHOLD[backend] if box_threshold is None else float(box_threshold)
    if not 0.0 <= threshold <= 1.0:
        raise InputError(None)
    return threshold

mutants_x__threshold__mutmut['_mutmut_orig'] = x__threshold__mutmut_orig # type: ignore # mutmut generated
mutants_x__threshold__mutmut['x__threshold__mutmut_1'] = x__threshold__mutmut_1 # type: ignore # mutmut generated
mutants_x__threshold__mutmut['x__threshold__mutmut_2'] = x__threshold__mutmut_2 # type: ignore # mutmut generated
mutants_x__threshold__mutmut['x__threshold__mutmut_3'] = x__threshold__mutmut_3 # type: ignore # mutmut generated
mutants_x__threshold__mutmut['x__threshold__mutmut_4'] = x__threshold__mutmut_4 # type: ignore # mutmut generated
mutants_x__threshold__mutmut['x__threshold__mutmut_5'] = x__threshold__mutmut_5 # type: ignore # mutmut generated
mutants_x__threshold__mutmut['x__threshold__mutmut_6'] = x__threshold__mutmut_6 # type: ignore # mutmut generated
mutants_x__threshold__mutmut['x__threshold__mutmut_7'] = x__threshold__mutmut_7 # type: ignore # mutmut generated
mutants_x__threshold__mutmut['x__threshold__mutmut_8'] = x__threshold__mutmut_8 # type: ignore # mutmut generated
mutants_x__threshold__mutmut['x__threshold__mutmut_9'] = x__threshold__mutmut_9 # type: ignore # mutmut generated
mutants_x__threshold__mutmut['x__threshold__mutmut_10'] = x__threshold__mutmut_10 # type: ignore # mutmut generated
mutants_x__threshold__mutmut['x__threshold__mutmut_11'] = x__threshold__mutmut_11 # type: ignore # mutmut generated
mutants_x_detect__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_detect__mutmut)
def detect(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_orig(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_1(image: Image.Image, phrase: str, models: ModelSet, role: str = "XXdetectorXX",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_2(image: Image.Image, phrase: str, models: ModelSet, role: str = "DETECTOR",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_3(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 1.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_4(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_5(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError(None)
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_6(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("XXempty region phrase: name the object to styliseXX")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_7(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("EMPTY REGION PHRASE: NAME THE OBJECT TO STYLISE")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_8(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = None
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_9(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(None, phrase, models, role, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_10(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, None, models, role, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_11(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, None, role, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_12(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, None, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_13(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, None)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_14(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(phrase, models, role, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_15(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, models, role, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_16(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, role, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_17(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, text_threshold)
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_18(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, )
    return _above(detections, _threshold(backend, box_threshold))


def x_detect__mutmut_19(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(None, _threshold(backend, box_threshold))


def x_detect__mutmut_20(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(detections, None)


def x_detect__mutmut_21(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(_threshold(backend, box_threshold))


def x_detect__mutmut_22(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(detections, )


def x_detect__mutmut_23(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(detections, _threshold(None, box_threshold))


def x_detect__mutmut_24(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(detections, _threshold(backend, None))


def x_detect__mutmut_25(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(detections, _threshold(box_threshold))


def x_detect__mutmut_26(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(detections, _threshold(backend, ))

mutants_x_detect__mutmut['_mutmut_orig'] = x_detect__mutmut_orig # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_1'] = x_detect__mutmut_1 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_2'] = x_detect__mutmut_2 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_3'] = x_detect__mutmut_3 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_4'] = x_detect__mutmut_4 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_5'] = x_detect__mutmut_5 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_6'] = x_detect__mutmut_6 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_7'] = x_detect__mutmut_7 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_8'] = x_detect__mutmut_8 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_9'] = x_detect__mutmut_9 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_10'] = x_detect__mutmut_10 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_11'] = x_detect__mutmut_11 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_12'] = x_detect__mutmut_12 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_13'] = x_detect__mutmut_13 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_14'] = x_detect__mutmut_14 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_15'] = x_detect__mutmut_15 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_16'] = x_detect__mutmut_16 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_17'] = x_detect__mutmut_17 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_18'] = x_detect__mutmut_18 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_19'] = x_detect__mutmut_19 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_20'] = x_detect__mutmut_20 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_21'] = x_detect__mutmut_21 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_22'] = x_detect__mutmut_22 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_23'] = x_detect__mutmut_23 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_24'] = x_detect__mutmut_24 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_25'] = x_detect__mutmut_25 # type: ignore # mutmut generated
mutants_x_detect__mutmut['x_detect__mutmut_26'] = x_detect__mutmut_26 # type: ignore # mutmut generated
mutants_x_ground__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ground__mutmut)
def ground(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_orig(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_1(image: Image.Image, region: str, models: ModelSet, role: str = "XXdetectorXX",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_2(image: Image.Image, region: str, models: ModelSet, role: str = "DETECTOR",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_3(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 1.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_4(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = None
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_5(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(None)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_6(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_7(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError(None)
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_8(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("XXempty region phrase: name the object to styliseXX")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_9(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("EMPTY REGION PHRASE: NAME THE OBJECT TO STYLISE")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_10(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = None
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_11(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(None, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_12(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, None, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_13(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, None, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_14(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, None, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_15(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, None)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_16(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_17(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_18(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_19(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_20(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, )
    return choose_region(raw, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_21(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(None, region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_22(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, None, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_23(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, None, image.size)


def x_ground__mutmut_24(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), None)


def x_ground__mutmut_25(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(region, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_26(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, _threshold(backend, box_threshold), image.size)


def x_ground__mutmut_27(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, image.size)


def x_ground__mutmut_28(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, box_threshold), )


def x_ground__mutmut_29(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(None, box_threshold), image.size)


def x_ground__mutmut_30(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, None), image.size)


def x_ground__mutmut_31(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(box_threshold), image.size)


def x_ground__mutmut_32(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> one box: split the spatial words off, detect the object, select with the cue."""
    phrase, spatial = split_spatial(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, _threshold(backend, ), image.size)

mutants_x_ground__mutmut['_mutmut_orig'] = x_ground__mutmut_orig # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_1'] = x_ground__mutmut_1 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_2'] = x_ground__mutmut_2 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_3'] = x_ground__mutmut_3 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_4'] = x_ground__mutmut_4 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_5'] = x_ground__mutmut_5 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_6'] = x_ground__mutmut_6 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_7'] = x_ground__mutmut_7 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_8'] = x_ground__mutmut_8 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_9'] = x_ground__mutmut_9 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_10'] = x_ground__mutmut_10 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_11'] = x_ground__mutmut_11 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_12'] = x_ground__mutmut_12 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_13'] = x_ground__mutmut_13 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_14'] = x_ground__mutmut_14 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_15'] = x_ground__mutmut_15 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_16'] = x_ground__mutmut_16 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_17'] = x_ground__mutmut_17 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_18'] = x_ground__mutmut_18 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_19'] = x_ground__mutmut_19 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_20'] = x_ground__mutmut_20 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_21'] = x_ground__mutmut_21 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_22'] = x_ground__mutmut_22 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_23'] = x_ground__mutmut_23 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_24'] = x_ground__mutmut_24 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_25'] = x_ground__mutmut_25 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_26'] = x_ground__mutmut_26 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_27'] = x_ground__mutmut_27 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_28'] = x_ground__mutmut_28 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_29'] = x_ground__mutmut_29 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_30'] = x_ground__mutmut_30 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_31'] = x_ground__mutmut_31 # type: ignore # mutmut generated
mutants_x_ground__mutmut['x_ground__mutmut_32'] = x_ground__mutmut_32 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_choose_region__mutmut)
def choose_region(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_orig(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_1(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = None
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_2(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(None)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_3(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = None
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_4(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(None, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_5(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, None)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_6(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_7(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, )
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_8(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_9(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = None
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_10(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if (raw) and False else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_11(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if (raw) or True else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_12(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(None):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_13(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "XXno detectionsXX"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_14(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "NO DETECTIONS"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_15(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(None)
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_16(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = None
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_17(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(None, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_18(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, None, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_19(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, None)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_20(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_21(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_22(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, )
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_23(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(None) from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_24(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=None, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_25(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=None, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_26(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=None, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_27(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=None,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_28(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=None, candidates=tuple(candidates))


def x_choose_region__mutmut_29(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=None)


def x_choose_region__mutmut_30(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_31(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_32(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_33(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, spatial=spatial.text if spatial else None, candidates=tuple(candidates))


def x_choose_region__mutmut_34(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     candidates=tuple(candidates))


def x_choose_region__mutmut_35(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, )


def x_choose_region__mutmut_36(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if (spatial) and False else None, candidates=tuple(candidates))


def x_choose_region__mutmut_37(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if (spatial) or True else None, candidates=tuple(candidates))


def x_choose_region__mutmut_38(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int]) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied. `image_size` is (width, height)."""
    phrase, spatial = split_spatial(region)
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_detection(candidates, spatial, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    return Grounding(box=chosen.box, score=chosen.score, label=chosen.label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(None))

mutants_x_choose_region__mutmut['_mutmut_orig'] = x_choose_region__mutmut_orig # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_1'] = x_choose_region__mutmut_1 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_2'] = x_choose_region__mutmut_2 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_3'] = x_choose_region__mutmut_3 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_4'] = x_choose_region__mutmut_4 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_5'] = x_choose_region__mutmut_5 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_6'] = x_choose_region__mutmut_6 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_7'] = x_choose_region__mutmut_7 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_8'] = x_choose_region__mutmut_8 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_9'] = x_choose_region__mutmut_9 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_10'] = x_choose_region__mutmut_10 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_11'] = x_choose_region__mutmut_11 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_12'] = x_choose_region__mutmut_12 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_13'] = x_choose_region__mutmut_13 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_14'] = x_choose_region__mutmut_14 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_15'] = x_choose_region__mutmut_15 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_16'] = x_choose_region__mutmut_16 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_17'] = x_choose_region__mutmut_17 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_18'] = x_choose_region__mutmut_18 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_19'] = x_choose_region__mutmut_19 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_20'] = x_choose_region__mutmut_20 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_21'] = x_choose_region__mutmut_21 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_22'] = x_choose_region__mutmut_22 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_23'] = x_choose_region__mutmut_23 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_24'] = x_choose_region__mutmut_24 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_25'] = x_choose_region__mutmut_25 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_26'] = x_choose_region__mutmut_26 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_27'] = x_choose_region__mutmut_27 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_28'] = x_choose_region__mutmut_28 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_29'] = x_choose_region__mutmut_29 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_30'] = x_choose_region__mutmut_30 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_31'] = x_choose_region__mutmut_31 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_32'] = x_choose_region__mutmut_32 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_33'] = x_choose_region__mutmut_33 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_34'] = x_choose_region__mutmut_34 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_35'] = x_choose_region__mutmut_35 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_36'] = x_choose_region__mutmut_36 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_37'] = x_choose_region__mutmut_37 # type: ignore # mutmut generated
mutants_x_choose_region__mutmut['x_choose_region__mutmut_38'] = x_choose_region__mutmut_38 # type: ignore # mutmut generated
