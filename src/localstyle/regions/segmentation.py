"""Box and/or points -> mask, with SAM (one mask per prompt, as in the LEAST reference), then clean-up.

Boxes are (x0, y0, x1, y1) in pixels of the original image; points are (x, y, label) with label 1 for
"inside the region" and 0 for "outside". Masks are H x W bool arrays at the original resolution.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import torch
from PIL import Image
from scipy import ndimage

from localstyle.errors import FieldError, InputError, RegionNotFoundError
from localstyle.masks import check_box
from localstyle.models import ModelSet

Point = tuple[float, float, int]
POINTS_FORM = '"x,y[,label];x,y[,label]" (label 1 = inside the region, the default; 0 = outside)'


def parse_points(text: str) -> list[Point]:
    """CLI `--points "x,y[,label];x,y[,label]"` (groups may also be separated by spaces)."""
    text = re.sub(r"\s*,\s*", ",", text.strip())
    groups = [g for g in re.split(r";" if ";" in text else r"\s+", text) if g.strip()]
    points = []
    for group in groups:
        fields = [f.strip() for f in group.split(",")]
        try:
            if len(fields) not in (2, 3):
                raise ValueError
            x, y = float(fields[0]), float(fields[1])
            label = int(fields[2]) if len(fields) == 3 else 1
            if not (math.isfinite(x) and math.isfinite(y)) or x < 0 or y < 0 or label not in (0, 1):
                raise ValueError
        except ValueError:
            raise FieldError("points", f"bad {{field}} {text!r}: expected {POINTS_FORM}") from None
        points.append((x, y, label))
    if not points:
        raise FieldError("points", f"bad {{field}} {text!r}: expected {POINTS_FORM}")
    return points


def default_min_area(shape: tuple[int, int], box=None) -> int:
    """0.05% of the image (at least 64 px), but never more than a tenth of a small box (at least 16 px)."""
    area = max(64, round(0.0005 * shape[0] * shape[1]))
    if box is not None:
        box_area = max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])
        area = min(area, max(16, round(0.1 * box_area)))
    return area


def _box_window(box, shape: tuple[int, int], margin: int) -> tuple[slice, slice]:
    height, width = shape
    x0, y0 = max(0, math.floor(box[0] - margin)), max(0, math.floor(box[1] - margin))
    x1, y1 = min(width, math.ceil(box[2] + margin)), min(height, math.ceil(box[3] + margin))
    return slice(y0, max(y0, y1)), slice(x0, max(x0, x1))


def _describe(mask: np.ndarray, min_area: int) -> str:
    pixels = int(mask.sum())
    return "an empty mask" if pixels == 0 else f"a mask of only {pixels} px (the minimum is {min_area})"


def clean_mask(mask: np.ndarray, box=None, min_area: int | None = None, max_hole_area: int | None = None,
               box_margin: int | None = None) -> np.ndarray:
    """Tidy a raw segmentation mask.

    1. Keep only the part inside `box` (widened by `box_margin` px, default 1% of the longer side, at least 4).
    2. Fill holes smaller than `max_hole_area` (default 1% of the mask's area, at least 64 px).
    3. Drop connected pieces smaller than `min_area` (default `default_min_area`).
    An empty result, or one smaller than `min_area`, raises RegionNotFoundError."""
    mask = np.asarray(mask).astype(bool)
    if mask.ndim != 2:
        raise InputError(f"a mask must be a 2-D array, got shape {mask.shape}")
    shape = mask.shape
    min_area = default_min_area(shape, box) if min_area is None else int(min_area)
    if box is not None:
        margin = max(4, round(0.01 * max(shape))) if box_margin is None else int(box_margin)
        rows, cols = _box_window(box, shape, margin)
        inside = np.zeros_like(mask)
        inside[rows, cols] = mask[rows, cols]
        mask = inside
    if mask.sum() < min_area:
        raise RegionNotFoundError(f"segmentation gave {_describe(mask, min_area)}")

    max_hole_area = max(64, round(0.01 * mask.sum())) if max_hole_area is None else int(max_hole_area)
    holes, count = ndimage.label(ndimage.binary_fill_holes(mask) & ~mask)
    if count:
        sizes = np.bincount(holes.ravel(), minlength=count + 1)
        small = sizes < max_hole_area
        small[0] = False
        mask = mask | small[holes]

    pieces, count = ndimage.label(mask)
    if count:
        sizes = np.bincount(pieces.ravel(), minlength=count + 1)
        keep = sizes >= min_area
        keep[0] = False
        mask = keep[pieces]
    if mask.sum() < min_area:
        raise RegionNotFoundError(f"segmentation gave {_describe(mask, min_area)} after removing specks")
    return mask


def _check_prompt(box, points, size: tuple[int, int]):
    width, height = size
    if box is None and not points:
        raise InputError("segmentation needs a box or points")
    if box is not None:
        box = check_box(box, size)
    for x, y, label in points or ():
        if not (0 <= x <= width and 0 <= y <= height):
            raise InputError(f"point ({x:g}, {y:g}) lies outside the {width}x{height} image")
    return box, list(points or [])


def _prompt_text(box, points) -> str:
    parts = []
    if box is not None:
        parts.append("box " + ",".join(f"{v:.0f}" for v in box))
    if points:
        parts.append("points " + ";".join(f"{x:.0f},{y:.0f},{label}" for x, y, label in points))
    return " and ".join(parts)


@dataclass
class ImageEmbedding:
    """SAM's image encoding of one photo: computed once (the slow part), then any number of box/point
    prompts are decoded against it by `decode_mask` (the prompt decoder alone, a fraction of a second)."""

    embeddings: torch.Tensor
    original_size: tuple[int, int]  # (height, width) of what the encoder was given (the photo, maybe padded)
    reshaped_size: tuple[int, int]  # (height, width) the encoder saw before padding
    photo_size: tuple[int, int] | None = None  # (height, width) of the photo itself; None: original_size

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) of the photo, PIL's order."""
        height, width = self.photo_size or self.original_size
        return width, height


# The short side of a photo in SAM's resized frame is at least one ViT patch (16 px): SAM's processor
# resizes the long side to `longest_edge` (1024), so a thin strip (8000 x 16) would come out 2 px
# (or 0 px, which the processor refuses) high.
MIN_SAM_SIDE = 16


def _longest_edge(processor) -> int:
    size = processor.size
    value = size.get("longest_edge") if isinstance(size, dict) else getattr(size, "longest_edge", None)
    return int(value or 1024)


def pad_for_sam(image: Image.Image, processor) -> Image.Image:
    """`image`, or for a very thin photo the photo padded at the bottom / right (where SAM's processor
    pads too) so that its short side is at least `MIN_SAM_SIDE` px in SAM's resized frame. The padding
    is the processor's mean colour, which is what SAM's own padding (zeros after normalisation) shows
    the encoder; prompts keep their pixel coordinates and the mask is cropped back to the photo."""
    width, height = image.size
    need = math.ceil(max(width, height) * MIN_SAM_SIDE / _longest_edge(processor))
    if min(width, height) >= need:
        return image
    mean = tuple(round(255 * float(c)) for c in (processor.image_mean or (0.485, 0.456, 0.406)))
    padded = Image.new("RGB", (max(width, need), max(height, need)), mean)
    padded.paste(image, (0, 0))
    return padded


def embed_image(image: Image.Image, models: ModelSet) -> ImageEmbedding:
    """Run SAM's image encoder once; keep the result for every later prompt on this photo."""
    model, processor = models.sam()
    image = image.convert("RGB")
    inputs = processor.image_processor(images=pad_for_sam(image, processor.image_processor), return_tensors="pt")
    with torch.no_grad():
        embeddings = model.get_image_embeddings(inputs["pixel_values"].to(models.device))
    return ImageEmbedding(embeddings, tuple(inputs["original_sizes"][0].tolist()),
                          tuple(inputs["reshaped_input_sizes"][0].tolist()), (image.height, image.width))


def _prompt_tensors(embedding: ImageEmbedding, box, points, device) -> dict:
    """Pixel prompts scaled to the encoder's resized frame (x by new_w / w, y by new_h / h, as SAM's
    ResizeLongestSide does), nested as SAM wants: [image, prompt, point, xy]."""
    (height, width), (new_height, new_width) = embedding.original_size, embedding.reshaped_size
    scale = np.array([new_width / width, new_height / height])
    prompts = {}
    if box is not None:
        corners = np.array(box, dtype=float).reshape(2, 2) * scale
        prompts["input_boxes"] = torch.from_numpy(corners.reshape(1, 1, 4))
    if points:
        xy = np.array([[x, y] for x, y, _ in points], dtype=float) * scale
        prompts["input_points"] = torch.from_numpy(xy[None, None])
        prompts["input_labels"] = torch.tensor([[[label for _, _, label in points]]])
    return {name: tensor.to(device) for name, tensor in prompts.items()}


def decode_mask(embedding: ImageEmbedding, models: ModelSet, box=None, points=None,
                box_margin: int | None = None) -> np.ndarray:
    """SAM mask (H x W bool, original resolution) for a box and/or points on an embedded photo, cleaned
    with `clean_mask` (`box_margin` 0 keeps the mask strictly inside the box: right for a box the user drew)."""
    box, points = _check_prompt(box, points, embedding.size)
    model, processor = models.sam()
    with torch.no_grad():
        outputs = model(image_embeddings=embedding.embeddings, multimask_output=False,
                        **_prompt_tensors(embedding, box, points, models.device))
    masks = processor.image_processor.post_process_masks(
        outputs.pred_masks.cpu(), torch.tensor([embedding.original_size]), torch.tensor([embedding.reshaped_size]))
    width, height = embedding.size
    raw = masks[0][0, 0, :height, :width].numpy().astype(bool)  # without pad_for_sam's padding
    try:
        return clean_mask(raw, box=box, box_margin=box_margin)
    except RegionNotFoundError as exc:
        found = str(exc).removeprefix("segmentation gave ")
        raise RegionNotFoundError(f"SAM returned {found} for {_prompt_text(box, points)}; "
                                  "give --mask or adjust --box/--points") from None


def segment(image: Image.Image, models: ModelSet, box=None, points=None, box_margin: int | None = None) -> np.ndarray:
    """SAM mask for a box and/or points on a photo: `embed_image` then `decode_mask` (see there)."""
    image = image.convert("RGB")
    _check_prompt(box, points, image.size)  # a bad prompt fails before the encoder runs
    return decode_mask(embed_image(image, models), models, box=box, points=points, box_margin=box_margin)
