"""Plain functions on boxes and masks: parsing, bounding boxes, the working crop, feathering, compositing.

Boxes are (x0, y0, x1, y1) in pixels of the original image, half-open: pixel columns x0 .. x1-1.
Masks are H x W bool arrays at the original resolution.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image
from scipy import ndimage

from localstyle.errors import FieldError, InputError
from localstyle.photo import resize_float_rgb

Box = tuple[int, int, int, int]
MIN_WORK_SIDE = 64


def parse_box(text: str, size: tuple[int, int]) -> Box:
    """`x0,y0,x1,y1` in pixels -> an integer box inside the image; empty or outside boxes are errors."""
    try:
        values = [float(v) for v in text.replace(" ", "").split(",")]
    except ValueError:
        values = []
    if len(values) != 4:
        raise FieldError("box", f"{{field}} must be four numbers x0,y0,x1,y1 in pixels, got {text!r}")
    return check_box(values, size)


def check_box(values, size: tuple[int, int]) -> Box:
    width, height = size
    try:
        x0, y0, x1, y1 = (float(v) for v in values)
    except (TypeError, ValueError):
        raise InputError(f"a box must be four numbers x0,y0,x1,y1 in pixels, got {values!r}") from None
    if not all(np.isfinite((x0, y0, x1, y1))):
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is not four finite numbers")
    if x1 <= x0 or y1 <= y0:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} is empty: need x0 < x1 and y0 < y1")
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        raise InputError(f"box {x0:g},{y0:g},{x1:g},{y1:g} lies outside the {width}x{height} image")
    box = (max(0, int(np.floor(x0))), max(0, int(np.floor(y0))),
           min(width, int(np.ceil(x1))), min(height, int(np.ceil(y1))))
    return box


def box_mask(box: Box, size: tuple[int, int]) -> np.ndarray:
    """The box as a mask (used when the user gives a box and no segmentation model is wanted)."""
    mask = np.zeros((size[1], size[0]), dtype=bool)
    mask[box[1]:box[3], box[0]:box[2]] = True
    return mask


def mask_bbox(mask: np.ndarray) -> Box:
    """The compact bounding box B of a non-empty mask."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise InputError("mask is empty")
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def expand_box(box: Box, margin: int, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = box
    return max(0, x0 - margin), max(0, y0 - margin), min(size[0], x1 + margin), min(size[1], y1 + margin)


@dataclass(frozen=True)
class WorkingRegion:
    """Where the optimisation runs: `crop` (a box of the original image) resized to `work_size`."""

    crop: Box
    work_size: tuple[int, int]  # (width, height), multiples of 8

    def paste(self, photo_rgb: np.ndarray, work_rgb: np.ndarray) -> np.ndarray:
        """A copy of the photo with the working image (`work_size`; uint8, or float in [0, 1] for any
        depth, resized in float) resized back over `crop`."""
        x0, y0, x1, y1 = self.crop
        canvas = photo_rgb.copy()
        size = (x1 - x0, y1 - y0)
        if work_rgb.dtype == np.uint8:
            canvas[y0:y1, x0:x1] = np.asarray(Image.fromarray(work_rgb).resize(size, Image.LANCZOS))
        else:
            canvas[y0:y1, x0:x1] = resize_float_rgb(work_rgb, size, Image.LANCZOS)
        return canvas

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

    def frame_patch(self, image_size: tuple[int, int], patch: int, frame_side: int) -> tuple[int, int]:
        """A `patch` px square of the whole photo squashed to `frame_side` x `frame_side` (the reference's
        frame), in working pixels: per axis `patch * side / frame_side` original pixels times the working
        scale, rounded, at least 1. So patches cover the same part of the photo as the reference's."""
        sizes = []
        for axis in (0, 1):
            original = patch * image_size[axis] / frame_side
            scale = self.work_size[axis] / (self.crop[axis + 2] - self.crop[axis])
            sizes.append(max(1, round(original * scale)))
        return sizes[0], sizes[1]


def working_region(mask: np.ndarray, resolution: int, margin: float) -> WorkingRegion:
    """The mask's box plus a margin (a fraction of the box's long side), resized so its long side is
    `resolution` with the aspect ratio kept and both sides multiples of 8 (the U-Net halves them three
    times). The margin gives the U-Net's convolutions real pixels around the region's edge; the losses
    never see it (CLIP sees the masked image and crops over the box, VGG the box), and the composite
    keeps only the mask."""
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


def composite(original: np.ndarray, stylized: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Blend H x W x 3 images, uint8 or float in [0, 1] (any depth); where the weight is 0 the original's
    values are copied unchanged."""
    w = weights[..., None]
    blended = w * stylized.astype(np.float32) + (1.0 - w) * original.astype(np.float32)
    if original.dtype == np.uint8:
        blended = np.clip(np.rint(blended), 0, 255)
    return np.where(w > 0, blended.astype(original.dtype), original)


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
