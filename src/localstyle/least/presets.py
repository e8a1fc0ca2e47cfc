"""The LEAST settings as data: `StyleSettings` (every field of the optimisation, with the published values
as defaults), the named `PRESETS`, and `settings_with` to change some fields, checked by
`settings.RULES`. Plain data, no torch: the command line builds its help from it instantly."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from localstyle.errors import InputError
from localstyle.settings import check_settings

SOURCE_TEXT = "a Photo"  # CLIPstyler's source text for the directions


@dataclass(frozen=True)
class StyleSettings:
    steps: int = 200
    lr: float = 5e-4
    lr_step: int = 100  # StepLR period
    lr_gamma: float = 0.5
    resolution: int = 512  # long side of the working crop
    num_crops: int = 64
    # Patch side in pixels of the whole photo squashed to resolution x resolution (the reference's
    # frame): a patch covers crop_size / resolution of the photo's width and of its height, whatever
    # the region's size. In a region-first working crop that is converted to working pixels per axis.
    crop_size: int = 100
    crop_resize: int = 224
    distortion: float = 0.5  # random perspective, fill 0
    threshold: float = 0.7  # patch losses below this count as 0
    lambda_direction: float = 500.0
    lambda_patch: float = 1e4  # reference code; the paper's text says 1e3
    lambda_content: float = 150.0
    lambda_tv: float = 2e-3
    margin: float = 0.1  # context around the mask's box, as a fraction of its long side
    feather: int = 3  # composite edge, pixels of the original image
    source_text: str = SOURCE_TEXT
    # CLIP image tower under bf16 autocast: "auto" where the CPU or GPU does bf16 natively, True always,
    # False never (see precision.py). VGG and the text tower always run in fp32.
    mixed_precision: str | bool = "auto"
    # Contrast of the stylised region, as the reference's adjust_contrast(1.5) on the clamped output
    # before compositing, with the mean grey taken over the mask only. A float >= 0; 1.0 turns it off.
    contrast: float = 1.5
    # Geometry: "region" (localstyle's: the mask's box plus `margin`, long side `resolution`, aspect kept)
    # or "reference" (the published code's: the whole photo squashed to resolution x resolution).
    frame: str = "region"
    # Same seed, same bytes on CUDA too: PyTorch's deterministic algorithms for the optimisation, with
    # resampling whose backward repeats (resample.py). The CPU path repeats anyway; False trades
    # repeatability on CUDA for its fastest kernels (docs/determinism.md has the cost).
    deterministic: bool = True
    # How a GPU runs the step (least/capture.py): "off" (as written), "graph" (captured once as a CUDA
    # graph and replayed; CUDA only) or "compile" (the forward through torch.compile). Not yet measured on
    # a GPU: off by default.
    capture: str = "off"


FRAMES = ("region", "reference")

PRESETS: dict[str, StyleSettings] = {
    # LEAST as published (reference code's weights).
    "paper": StyleSettings(),
    # CPU preview: a quarter of the pixels, a quarter of the crops, a fifth of the steps.
    "fast": StyleSettings(steps=40, lr=2e-3, lr_step=30, resolution=256, num_crops=16, crop_size=50),
    # A first look within 2 minutes on a 2-core CPU: a quarter of the pixels, an eighth of the crops,
    # 24 steps at a 4x learning rate (its look was not compared with `paper`'s using real weights).
    "preview": StyleSettings(steps=24, lr=2e-3, lr_step=16, resolution=256, num_crops=8, crop_size=50),
    # Global CLIPstyler's own settings, used by the `clipstyler` baselines (whole image, no mask).
    "clipstyler": StyleSettings(crop_size=128, lambda_patch=9000.0, margin=0.0, feather=0),
}


def settings_with(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    return dataclasses.replace(preset, **check_settings(overrides))
