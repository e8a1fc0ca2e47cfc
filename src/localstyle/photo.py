"""A photo in its own mode and depth, and the float RGB the pipeline works in.

The pipeline stylises in float RGB in [0, 1] (`float_rgb`). A stylised region is written back into the
photo's own pixel values at the photo's own depth (`with_region`), and every other pixel keeps the
input's value bit for bit. Working modes, after reading (see `imageio.load_photo` for the others):

| mode | values | [0, 1] means |
|---|---|---|
| L, LA, RGB, RGBA, CMYK | 8-bit | 0 .. 255 (CMYK through Pillow's RGB conversion) |
| I;16 | 16-bit greyscale | 0 .. 65535 |
| I | 32-bit integer greyscale | 0 .. 65535 when every value is in it, else the photo's own min .. max |
| F | 32-bit float greyscale | 0 .. 1 when every finite value is in it, else the photo's own finite min .. max |

Greyscale photos are seen as RGB with three equal channels; a stylised region is written back as its
luma (0.299 R + 0.587 G + 0.114 B, ITU-R 601, as Pillow's RGB -> L). Alpha is kept unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np
from PIL import Image

GREY_MODES = ("L", "LA", "I;16", "I", "F")
WORKING_MODES = ("L", "LA", "RGB", "RGBA", "CMYK", "I;16", "I", "F")
LUMA = np.array([0.299, 0.587, 0.114], np.float32)
DTYPES = {"I;16": np.dtype("<u2"), "I": np.dtype("<i4"), "F": np.dtype("<f4")}


@dataclass
class Photo:
    """Pixels in the photo's own `mode` (EXIF orientation applied), plus what the output must carry:
    `info` (ICC profile, EXIF with its orientation reset) and the `notes` made on reading it."""

    pixels: np.ndarray  # H x W (L, I;16, I, F) or H x W x C (LA, RGB, RGBA, CMYK)
    mode: str
    info: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    value_range: tuple[float, float] = (0.0, 255.0)  # what working 0 and 1 are in `pixels`

    @classmethod
    def from_image(cls, image: Image.Image, info: dict | None = None, notes: list[str] | None = None) -> "Photo":
        """A photo of an image already in a working mode."""
        pixels = np.asarray(image)
        if image.mode in DTYPES:
            pixels = pixels.astype(DTYPES[image.mode])  # I;16B and friends: same values, native order
        return cls(pixels=pixels, mode=image.mode, info=dict(info or {}), notes=list(notes or []),
                   value_range=_value_range(image.mode, pixels))

    @property
    def size(self) -> tuple[int, int]:
        """(width, height), PIL's order."""
        return self.pixels.shape[1], self.pixels.shape[0]

    @property
    def alpha(self) -> np.ndarray | None:
        return self.pixels[..., -1] if self.mode in ("LA", "RGBA") else None

    def float_rgb(self) -> np.ndarray:
        """H x W x 3 float32 in [0, 1]: what the pipeline stylises."""
        if self.mode in ("I;16", "I", "F"):
            low, high = self.value_range
            grey = np.nan_to_num((self.pixels.astype(np.float64) - low) / (high - low), nan=0.0)
            return np.repeat(np.clip(grey, 0, 1).astype(np.float32)[..., None], 3, axis=-1)
        return self.rgb.astype(np.float32) / 255.0

    @cached_property
    def rgb(self) -> np.ndarray:
        """H x W x 3 uint8: for finding regions, previews and scores."""
        if self.mode in ("I;16", "I", "F"):
            return np.rint(self.float_rgb() * 255).astype(np.uint8)
        return np.asarray(_image(self.pixels, self.mode).convert("RGB")).copy()

    def with_region(self, unit: np.ndarray, mask: np.ndarray) -> "Photo":
        """A new photo whose pixels inside `mask` come from `unit` (H x W x 3 in [0, 1]) at this photo's
        depth; every pixel outside keeps its value, and alpha is kept everywhere."""
        pixels = self.pixels.copy()
        colour = pixels[..., :-1] if self.mode in ("LA", "RGBA") else pixels
        if self.mode == "LA":
            colour = colour[..., 0]
        colour[mask] = self._from_unit(np.clip(unit[mask], 0.0, 1.0))  # a view: writes into `pixels`
        return replace(self, pixels=pixels)

    def _from_unit(self, unit: np.ndarray) -> np.ndarray:
        """N x 3 floats in [0, 1] -> N values (greyscale modes) or N x C (colour) in this photo's depth."""
        if self.mode in GREY_MODES:
            grey = unit.astype(np.float64) @ LUMA.astype(np.float64)
            if self.mode in ("L", "LA"):
                return np.rint(grey * 255).astype(np.uint8)
            low, high = self.value_range
            values = low + grey * (high - low)
            return values.astype(np.float32) if self.mode == "F" else np.rint(values).astype(DTYPES[self.mode])
        rgb = np.rint(unit * 255).astype(np.uint8)
        if self.mode == "CMYK":
            return np.asarray(_image(rgb[None], "RGB").convert("CMYK"))[0]
        return rgb

    def to_image(self, rgb: np.ndarray | None = None) -> Image.Image:
        """The photo as a PIL image in its own mode, carrying `info`. With `rgb` (H x W x 3 uint8, e.g. a
        baseline's output), the pixels whose 8-bit RGB differs from this photo's are replaced by it."""
        photo = self
        if rgb is not None:
            changed = (rgb != self.rgb).any(axis=-1)
            photo = self.with_region(rgb.astype(np.float32) / 255.0, changed)
        image = _image(photo.pixels, self.mode)
        image.info.update(self.info)
        return image


def _image(pixels: np.ndarray, mode: str) -> Image.Image:
    """A PIL image of `pixels` in `mode` (frombytes: fromarray would guess RGBA for CMYK)."""
    pixels = np.ascontiguousarray(pixels, DTYPES.get(mode, np.uint8))
    return Image.frombytes(mode, (pixels.shape[1], pixels.shape[0]), pixels.tobytes())


def _value_range(mode: str, pixels: np.ndarray) -> tuple[float, float]:
    """What working 0 and 1 are, per mode (the module's table)."""
    if mode == "I;16":
        return 0.0, 65535.0
    if mode in ("I", "F"):
        finite = pixels[np.isfinite(pixels)] if mode == "F" else pixels
        if finite.size == 0:
            return 0.0, 1.0
        low, high = float(finite.min()), float(finite.max())
        nominal = (0.0, 1.0) if mode == "F" else (0.0, 65535.0)
        if nominal[0] <= low and high <= nominal[1]:
            return nominal
        return (low, high) if high > low else (low, low + 1.0)
    return 0.0, 255.0


def as_float_rgb(rgb: np.ndarray) -> np.ndarray:
    """H x W x 3 uint8 or float in [0, 1] -> float32 in [0, 1]."""
    return rgb.astype(np.float32) / 255.0 if rgb.dtype == np.uint8 else rgb.astype(np.float32, copy=False)


def resize_float_rgb(unit: np.ndarray, size: tuple[int, int], resample: int) -> np.ndarray:
    """H x W x C float32 resized to `size` (w, h) channel by channel in Pillow's float mode, so a 16-bit or
    float photo keeps its depth; the result is clipped to [0, 1] (Lanczos and bicubic overshoot)."""
    channels = [np.asarray(Image.fromarray(np.ascontiguousarray(unit[..., c])).resize(size, resample))
                for c in range(unit.shape[-1])]
    return np.clip(np.stack(channels, axis=-1), 0.0, 1.0)
