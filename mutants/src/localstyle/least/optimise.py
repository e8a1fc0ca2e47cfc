"""The LEAST masked CLIPstyler optimisation: a small U-Net f, I_cs = f(I_c), trained per image so that the
masked region moves along the CLIP direction "a Photo" -> style, while VGG content and TV keep it a photo.

    total = 500 * masked global directional + 1e4 * masked patch + 150 * masked content + 2e-3 * masked TV

Presets are data (`PRESETS`); every field can be overridden with `settings_with`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from dataclasses import dataclass
from typing import Callable

import torch
import torch.nn.functional as F

from localstyle.least.losses import (VGGContentFeatures, masked_global_directional_loss, masked_patch_loss,
                     masked_total_variation, sample_crop_boxes, vgg_content_loss)
from localstyle.models import ClipEncoder
from localstyle.least.prompts import SOURCE_TEXT, templated
from localstyle.least.stylenet import StyleNet


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class StyleSettings:
    steps: int = 200
    lr: float = 5e-4
    lr_step: int = 100  # StepLR period
    lr_gamma: float = 0.5
    resolution: int = 512  # long side of the working crop
    num_crops: int = 64
    crop_size: int = 100  # patch side in working pixels
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
    mixed_precision: bool = True  # bf16 autocast for CLIP and VGG on CUDA only; fp32 elsewhere


PRESETS: dict[str, StyleSettings] = {
    # LEAST as published (reference code's weights).
    "paper": StyleSettings(),
    # CPU preview: a quarter of the pixels, a quarter of the crops, a fifth of the steps.
    "fast": StyleSettings(steps=40, lr=2e-3, lr_step=30, resolution=256, num_crops=16, crop_size=50),
    # Global CLIPstyler's own settings, used by the `clipstyler` baselines (whole image, no mask).
    "clipstyler": StyleSettings(crop_size=128, lambda_patch=9000.0, margin=0.0, feather=0),
}
mutants_x_settings_with__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_settings_with__mutmut)
def settings_with(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_orig(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_1(preset: str | StyleSettings = "XXpaperXX", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_2(preset: str | StyleSettings = "PAPER", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_3(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_4(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(None)
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_5(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(None)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_6(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {'XX, XX'.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_7(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = None
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_8(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = None
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_9(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(None)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_10(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = None
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_11(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(None)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_12(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) + fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_13(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(None) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_14(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(None)
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_15(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(None)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_16(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {'XX, XX'.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_17(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(None)}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_18(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {'XX, XX'.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_19(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(None))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_20(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = None
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_21(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(None, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_22(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(**{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_23(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, )
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_24(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_25(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 and settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_26(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 and settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_27(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps <= 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_28(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 2 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_29(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops <= 0 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_30(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 1 or settings.resolution < 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_31(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution <= 8:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_32(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 9:
        raise InputError("steps must be >= 1, num_crops >= 0 and resolution >= 8")
    return settings


def x_settings_with__mutmut_33(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError(None)
    return settings


def x_settings_with__mutmut_34(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("XXsteps must be >= 1, num_crops >= 0 and resolution >= 8XX")
    return settings


def x_settings_with__mutmut_35(preset: str | StyleSettings = "paper", **overrides) -> StyleSettings:
    """A preset with some fields replaced; unknown names and preset names are errors."""
    from localstyle.errors import InputError

    if isinstance(preset, str):
        if preset not in PRESETS:
            raise InputError(f"unknown preset {preset!r}: choose from {', '.join(PRESETS)}")
        preset = PRESETS[preset]
    fields = {f.name for f in dataclasses.fields(StyleSettings)}
    unknown = sorted(set(overrides) - fields)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(fields))}")
    settings = dataclasses.replace(preset, **{k: v for k, v in overrides.items() if v is not None})
    if settings.steps < 1 or settings.num_crops < 0 or settings.resolution < 8:
        raise InputError("STEPS MUST BE >= 1, NUM_CROPS >= 0 AND RESOLUTION >= 8")
    return settings

mutants_x_settings_with__mutmut['_mutmut_orig'] = x_settings_with__mutmut_orig # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_1'] = x_settings_with__mutmut_1 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_2'] = x_settings_with__mutmut_2 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_3'] = x_settings_with__mutmut_3 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_4'] = x_settings_with__mutmut_4 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_5'] = x_settings_with__mutmut_5 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_6'] = x_settings_with__mutmut_6 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_7'] = x_settings_with__mutmut_7 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_8'] = x_settings_with__mutmut_8 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_9'] = x_settings_with__mutmut_9 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_10'] = x_settings_with__mutmut_10 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_11'] = x_settings_with__mutmut_11 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_12'] = x_settings_with__mutmut_12 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_13'] = x_settings_with__mutmut_13 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_14'] = x_settings_with__mutmut_14 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_15'] = x_settings_with__mutmut_15 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_16'] = x_settings_with__mutmut_16 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_17'] = x_settings_with__mutmut_17 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_18'] = x_settings_with__mutmut_18 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_19'] = x_settings_with__mutmut_19 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_20'] = x_settings_with__mutmut_20 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_21'] = x_settings_with__mutmut_21 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_22'] = x_settings_with__mutmut_22 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_23'] = x_settings_with__mutmut_23 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_24'] = x_settings_with__mutmut_24 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_25'] = x_settings_with__mutmut_25 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_26'] = x_settings_with__mutmut_26 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_27'] = x_settings_with__mutmut_27 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_28'] = x_settings_with__mutmut_28 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_29'] = x_settings_with__mutmut_29 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_30'] = x_settings_with__mutmut_30 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_31'] = x_settings_with__mutmut_31 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_32'] = x_settings_with__mutmut_32 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_33'] = x_settings_with__mutmut_33 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_34'] = x_settings_with__mutmut_34 # type: ignore # mutmut generated
mutants_x_settings_with__mutmut['x_settings_with__mutmut_35'] = x_settings_with__mutmut_35 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_text_direction__mutmut)
def text_direction(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=True), dim=-1)

    return F.normalize(embed(style) - embed(source), dim=-1)


def x_text_direction__mutmut_orig(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=True), dim=-1)

    return F.normalize(embed(style) - embed(source), dim=-1)


def x_text_direction__mutmut_1(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(None, dim=-1)

    return F.normalize(embed(style) - embed(source), dim=-1)


def x_text_direction__mutmut_2(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=True), dim=None)

    return F.normalize(embed(style) - embed(source), dim=-1)


def x_text_direction__mutmut_3(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(dim=-1)

    return F.normalize(embed(style) - embed(source), dim=-1)


def x_text_direction__mutmut_4(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=True), )

    return F.normalize(embed(style) - embed(source), dim=-1)


def x_text_direction__mutmut_5(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=None, keepdim=True), dim=-1)

    return F.normalize(embed(style) - embed(source), dim=-1)


def x_text_direction__mutmut_6(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=None), dim=-1)

    return F.normalize(embed(style) - embed(source), dim=-1)


def x_text_direction__mutmut_7(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(keepdim=True), dim=-1)

    return F.normalize(embed(style) - embed(source), dim=-1)


def x_text_direction__mutmut_8(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, ), dim=-1)

    return F.normalize(embed(style) - embed(source), dim=-1)


def x_text_direction__mutmut_9(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(None).mean(dim=0, keepdim=True), dim=-1)

    return F.normalize(embed(style) - embed(source), dim=-1)


def x_text_direction__mutmut_10(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(None)).mean(dim=0, keepdim=True), dim=-1)

    return F.normalize(embed(style) - embed(source), dim=-1)


def x_text_direction__mutmut_11(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=1, keepdim=True), dim=-1)

    return F.normalize(embed(style) - embed(source), dim=-1)


def x_text_direction__mutmut_12(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=False), dim=-1)

    return F.normalize(embed(style) - embed(source), dim=-1)


def x_text_direction__mutmut_13(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=True), dim=+1)

    return F.normalize(embed(style) - embed(source), dim=-1)


def x_text_direction__mutmut_14(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=True), dim=-2)

    return F.normalize(embed(style) - embed(source), dim=-1)


def x_text_direction__mutmut_15(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=True), dim=-1)

    return F.normalize(None, dim=-1)


def x_text_direction__mutmut_16(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=True), dim=-1)

    return F.normalize(embed(style) - embed(source), dim=None)


def x_text_direction__mutmut_17(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=True), dim=-1)

    return F.normalize(dim=-1)


def x_text_direction__mutmut_18(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=True), dim=-1)

    return F.normalize(embed(style) - embed(source), )


def x_text_direction__mutmut_19(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=True), dim=-1)

    return F.normalize(embed(style) + embed(source), dim=-1)


def x_text_direction__mutmut_20(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=True), dim=-1)

    return F.normalize(embed(None) - embed(source), dim=-1)


def x_text_direction__mutmut_21(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=True), dim=-1)

    return F.normalize(embed(style) - embed(None), dim=-1)


def x_text_direction__mutmut_22(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=True), dim=-1)

    return F.normalize(embed(style) - embed(source), dim=+1)


def x_text_direction__mutmut_23(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=True), dim=-1)

    return F.normalize(embed(style) - embed(source), dim=-2)

mutants_x_text_direction__mutmut['_mutmut_orig'] = x_text_direction__mutmut_orig # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_1'] = x_text_direction__mutmut_1 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_2'] = x_text_direction__mutmut_2 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_3'] = x_text_direction__mutmut_3 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_4'] = x_text_direction__mutmut_4 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_5'] = x_text_direction__mutmut_5 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_6'] = x_text_direction__mutmut_6 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_7'] = x_text_direction__mutmut_7 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_8'] = x_text_direction__mutmut_8 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_9'] = x_text_direction__mutmut_9 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_10'] = x_text_direction__mutmut_10 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_11'] = x_text_direction__mutmut_11 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_12'] = x_text_direction__mutmut_12 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_13'] = x_text_direction__mutmut_13 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_14'] = x_text_direction__mutmut_14 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_15'] = x_text_direction__mutmut_15 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_16'] = x_text_direction__mutmut_16 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_17'] = x_text_direction__mutmut_17 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_18'] = x_text_direction__mutmut_18 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_19'] = x_text_direction__mutmut_19 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_20'] = x_text_direction__mutmut_20 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_21'] = x_text_direction__mutmut_21 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_22'] = x_text_direction__mutmut_22 # type: ignore # mutmut generated
mutants_x_text_direction__mutmut['x_text_direction__mutmut_23'] = x_text_direction__mutmut_23 # type: ignore # mutmut generated


# VGG19 pools 16x before conv5_2: the content crop needs this many pixels a side.
MIN_CONTENT_SIDE = 32
mutants_x_widen_box__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_widen_box__mutmut)
def widen_box(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_orig(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_1(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = None
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_2(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(None, limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_3(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), None)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_4(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_5(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), )
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_6(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(None, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_7(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, None), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_8(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_9(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, ), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_10(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end + start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_11(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = None
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_12(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(None, limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_13(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), None)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_14(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_15(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), )
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_16(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(None, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_17(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, None), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_18(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max((start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_19(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, ), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_20(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(1, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_21(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) / 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_22(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end + side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_23(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start - end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_24(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 3), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_25(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit + side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_26(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start - side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_27(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = None
    return x0, y0, x1, y1


def x_widen_box__mutmut_28(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(None, box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_29(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], None, width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_30(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], None), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_31(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_32(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_33(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], ), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_34(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[1], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_35(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[3], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_36(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(None, box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_37(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], None, height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_38(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], None)
    return x0, y0, x1, y1


def x_widen_box__mutmut_39(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_40(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_41(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], )
    return x0, y0, x1, y1


def x_widen_box__mutmut_42(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[2], box[3], height)
    return x0, y0, x1, y1


def x_widen_box__mutmut_43(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[4], height)
    return x0, y0, x1, y1

mutants_x_widen_box__mutmut['_mutmut_orig'] = x_widen_box__mutmut_orig # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_1'] = x_widen_box__mutmut_1 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_2'] = x_widen_box__mutmut_2 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_3'] = x_widen_box__mutmut_3 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_4'] = x_widen_box__mutmut_4 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_5'] = x_widen_box__mutmut_5 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_6'] = x_widen_box__mutmut_6 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_7'] = x_widen_box__mutmut_7 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_8'] = x_widen_box__mutmut_8 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_9'] = x_widen_box__mutmut_9 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_10'] = x_widen_box__mutmut_10 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_11'] = x_widen_box__mutmut_11 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_12'] = x_widen_box__mutmut_12 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_13'] = x_widen_box__mutmut_13 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_14'] = x_widen_box__mutmut_14 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_15'] = x_widen_box__mutmut_15 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_16'] = x_widen_box__mutmut_16 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_17'] = x_widen_box__mutmut_17 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_18'] = x_widen_box__mutmut_18 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_19'] = x_widen_box__mutmut_19 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_20'] = x_widen_box__mutmut_20 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_21'] = x_widen_box__mutmut_21 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_22'] = x_widen_box__mutmut_22 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_23'] = x_widen_box__mutmut_23 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_24'] = x_widen_box__mutmut_24 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_25'] = x_widen_box__mutmut_25 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_26'] = x_widen_box__mutmut_26 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_27'] = x_widen_box__mutmut_27 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_28'] = x_widen_box__mutmut_28 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_29'] = x_widen_box__mutmut_29 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_30'] = x_widen_box__mutmut_30 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_31'] = x_widen_box__mutmut_31 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_32'] = x_widen_box__mutmut_32 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_33'] = x_widen_box__mutmut_33 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_34'] = x_widen_box__mutmut_34 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_35'] = x_widen_box__mutmut_35 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_36'] = x_widen_box__mutmut_36 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_37'] = x_widen_box__mutmut_37 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_38'] = x_widen_box__mutmut_38 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_39'] = x_widen_box__mutmut_39 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_40'] = x_widen_box__mutmut_40 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_41'] = x_widen_box__mutmut_41 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_42'] = x_widen_box__mutmut_42 # type: ignore # mutmut generated
mutants_x_widen_box__mutmut['x_widen_box__mutmut_43'] = x_widen_box__mutmut_43 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁMaskedStyleOptimizerǁautocast__mutmut: MutantDict = {}  # type: ignore
mutants_xǁMaskedStyleOptimizerǁbox_crop__mutmut: MutantDict = {}  # type: ignore
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut: MutantDict = {}  # type: ignore
mutants_xǁMaskedStyleOptimizerǁtotal__mutmut: MutantDict = {}  # type: ignore
mutants_xǁMaskedStyleOptimizerǁstep__mutmut: MutantDict = {}  # type: ignore


class MaskedStyleOptimizer:
    """Optimises a fresh StyleNet on one working image. Content-side quantities (the masked source
    embedding, the VGG features of the box crop) are computed once here, not per step."""

    @_mutmut_mutated(mutants_xǁMaskedStyleOptimizerǁ__init____mutmut)
    def __init__(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_orig(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_1(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = None
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_2(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = None
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_3(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(None, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_4(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, None, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_5(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, None, content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_6(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], None)
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_7(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_8(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_9(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_10(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], )
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_11(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[+1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_12(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-2], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_13(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[+2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_14(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-3])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_15(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = None
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_16(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = None
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_17(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = None
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_18(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(None)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_19(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(None).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_20(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = None
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_21(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(None)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_22(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = None
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_23(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(None, lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_24(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=None)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_25(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_26(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), )
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_27(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = None
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_28(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(None, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_29(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, None, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_30(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, None)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_31(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_32(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_33(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, )
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_34(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = None
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_35(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(None, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_36(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, None, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_37(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, None)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_38(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_39(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_40(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, )
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_41(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = None
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_42(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(None)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_43(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content / mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(content)).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_44(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = None

    def xǁMaskedStyleOptimizerǁ__init____mutmut_45(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(None).items()}

    def xǁMaskedStyleOptimizerǁ__init____mutmut_46(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator):
        self.content, self.mask, self.box = content, mask, box
        self.content_box = widen_box(box, MIN_CONTENT_SIDE, content.shape[-1], content.shape[-2])
        self.settings, self.generator = settings, generator
        self.clip = clip
        self.vgg = VGGContentFeatures(vgg).to(content.device)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=settings.lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad(), self.autocast():
            self.text_direction = text_direction(clip, style, settings.source_text)
            self.source_emb = clip.encode_image(content * mask)
            self.content_features = {k: v.float() for k, v in self.vgg(self.box_crop(None)).items()}

    @_mutmut_mutated(mutants_xǁMaskedStyleOptimizerǁautocast__mutmut)
    def autocast(self):
        on_cuda = self.content.device.type == "cuda"
        if on_cuda and self.settings.mixed_precision and torch.cuda.is_bf16_supported():
            return torch.autocast("cuda", dtype=torch.bfloat16)
        return contextlib.nullcontext()

    def xǁMaskedStyleOptimizerǁautocast__mutmut_orig(self):
        on_cuda = self.content.device.type == "cuda"
        if on_cuda and self.settings.mixed_precision and torch.cuda.is_bf16_supported():
            return torch.autocast("cuda", dtype=torch.bfloat16)
        return contextlib.nullcontext()

    def xǁMaskedStyleOptimizerǁautocast__mutmut_1(self):
        on_cuda = None
        if on_cuda and self.settings.mixed_precision and torch.cuda.is_bf16_supported():
            return torch.autocast("cuda", dtype=torch.bfloat16)
        return contextlib.nullcontext()

    def xǁMaskedStyleOptimizerǁautocast__mutmut_2(self):
        on_cuda = self.content.device.type != "cuda"
        if on_cuda and self.settings.mixed_precision and torch.cuda.is_bf16_supported():
            return torch.autocast("cuda", dtype=torch.bfloat16)
        return contextlib.nullcontext()

    def xǁMaskedStyleOptimizerǁautocast__mutmut_3(self):
        on_cuda = self.content.device.type == "XXcudaXX"
        if on_cuda and self.settings.mixed_precision and torch.cuda.is_bf16_supported():
            return torch.autocast("cuda", dtype=torch.bfloat16)
        return contextlib.nullcontext()

    def xǁMaskedStyleOptimizerǁautocast__mutmut_4(self):
        on_cuda = self.content.device.type == "CUDA"
        if on_cuda and self.settings.mixed_precision and torch.cuda.is_bf16_supported():
            return torch.autocast("cuda", dtype=torch.bfloat16)
        return contextlib.nullcontext()

    def xǁMaskedStyleOptimizerǁautocast__mutmut_5(self):
        on_cuda = self.content.device.type == "cuda"
        if on_cuda and self.settings.mixed_precision or torch.cuda.is_bf16_supported():
            return torch.autocast("cuda", dtype=torch.bfloat16)
        return contextlib.nullcontext()

    def xǁMaskedStyleOptimizerǁautocast__mutmut_6(self):
        on_cuda = self.content.device.type == "cuda"
        if on_cuda or self.settings.mixed_precision and torch.cuda.is_bf16_supported():
            return torch.autocast("cuda", dtype=torch.bfloat16)
        return contextlib.nullcontext()

    def xǁMaskedStyleOptimizerǁautocast__mutmut_7(self):
        on_cuda = self.content.device.type == "cuda"
        if on_cuda and self.settings.mixed_precision and torch.cuda.is_bf16_supported():
            return torch.autocast(None, dtype=torch.bfloat16)
        return contextlib.nullcontext()

    def xǁMaskedStyleOptimizerǁautocast__mutmut_8(self):
        on_cuda = self.content.device.type == "cuda"
        if on_cuda and self.settings.mixed_precision and torch.cuda.is_bf16_supported():
            return torch.autocast("cuda", dtype=None)
        return contextlib.nullcontext()

    def xǁMaskedStyleOptimizerǁautocast__mutmut_9(self):
        on_cuda = self.content.device.type == "cuda"
        if on_cuda and self.settings.mixed_precision and torch.cuda.is_bf16_supported():
            return torch.autocast(dtype=torch.bfloat16)
        return contextlib.nullcontext()

    def xǁMaskedStyleOptimizerǁautocast__mutmut_10(self):
        on_cuda = self.content.device.type == "cuda"
        if on_cuda and self.settings.mixed_precision and torch.cuda.is_bf16_supported():
            return torch.autocast("cuda", )
        return contextlib.nullcontext()

    def xǁMaskedStyleOptimizerǁautocast__mutmut_11(self):
        on_cuda = self.content.device.type == "cuda"
        if on_cuda and self.settings.mixed_precision and torch.cuda.is_bf16_supported():
            return torch.autocast("XXcudaXX", dtype=torch.bfloat16)
        return contextlib.nullcontext()

    def xǁMaskedStyleOptimizerǁautocast__mutmut_12(self):
        on_cuda = self.content.device.type == "cuda"
        if on_cuda and self.settings.mixed_precision and torch.cuda.is_bf16_supported():
            return torch.autocast("CUDA", dtype=torch.bfloat16)
        return contextlib.nullcontext()

    @_mutmut_mutated(mutants_xǁMaskedStyleOptimizerǁbox_crop__mutmut)
    def box_crop(self, image: torch.Tensor) -> torch.Tensor:
        x0, y0, x1, y1 = self.content_box
        return image[:, :, y0:y1, x0:x1]

    def xǁMaskedStyleOptimizerǁbox_crop__mutmut_orig(self, image: torch.Tensor) -> torch.Tensor:
        x0, y0, x1, y1 = self.content_box
        return image[:, :, y0:y1, x0:x1]

    def xǁMaskedStyleOptimizerǁbox_crop__mutmut_1(self, image: torch.Tensor) -> torch.Tensor:
        x0, y0, x1, y1 = None
        return image[:, :, y0:y1, x0:x1]

    @_mutmut_mutated(mutants_xǁMaskedStyleOptimizerǁlosses__mutmut)
    def losses(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_orig(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_1(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = None
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_2(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = None
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_3(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "XXdirectionXX": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_4(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "DIRECTION": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_5(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(None, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_6(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, None, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_7(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, None,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_8(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            None, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_9(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, None),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_10(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_11(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_12(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_13(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_14(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, ),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_15(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "XXcontentXX": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_16(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "CONTENT": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_17(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(None,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_18(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            None),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_19(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss({k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_20(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            ),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_21(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(None).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_22(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(None)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_23(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops >= 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_24(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 1:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_25(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = None
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_26(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[+2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_27(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-3:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_28(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = None
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_29(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(None, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_30(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, None, s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_31(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), None, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_32(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, None, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_33(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, None)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_34(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes((width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_35(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_36(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_37(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_38(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, )
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_39(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = None
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_40(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["XXpatchXX"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_41(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["PATCH"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_42(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(None, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_43(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, None, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_44(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, None, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_45(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, None,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_46(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    None, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_47(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, None, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_48(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, None,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_49(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    None, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_50(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, None)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_51(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_52(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_53(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_54(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_55(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_56(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_57(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_58(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    self.generator)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_59(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, )
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_60(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = None
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_61(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["XXtvXX"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_62(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["TV"] = masked_total_variation(stylized, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_63(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(None, self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_64(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, None)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_65(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(self.mask)
        return losses

    def xǁMaskedStyleOptimizerǁlosses__mutmut_66(self, stylized: torch.Tensor) -> dict[str, torch.Tensor]:
        s = self.settings
        with self.autocast():
            losses = {
                "direction": masked_global_directional_loss(self.clip.encode_image, stylized, self.mask,
                                                            self.source_emb, self.text_direction),
                "content": vgg_content_loss(self.content_features,
                                            {k: v.float() for k, v in self.vgg(self.box_crop(stylized)).items()}),
            }
            if s.num_crops > 0:
                height, width = stylized.shape[-2:]
                crops = sample_crop_boxes(self.box, (width, height), s.num_crops, s.crop_size, self.generator)
                losses["patch"] = masked_patch_loss(self.clip.encode_image, stylized, crops, self.source_emb,
                                                    self.text_direction, s.crop_resize, s.distortion,
                                                    s.threshold, self.generator)
        losses["tv"] = masked_total_variation(stylized, )
        return losses

    @_mutmut_mutated(mutants_xǁMaskedStyleOptimizerǁtotal__mutmut)
    def total(self, losses: dict[str, torch.Tensor]) -> torch.Tensor:
        s = self.settings
        weights = {"direction": s.lambda_direction, "patch": s.lambda_patch, "content": s.lambda_content,
                   "tv": s.lambda_tv}
        return sum(weights[name] * value.float() for name, value in losses.items())

    def xǁMaskedStyleOptimizerǁtotal__mutmut_orig(self, losses: dict[str, torch.Tensor]) -> torch.Tensor:
        s = self.settings
        weights = {"direction": s.lambda_direction, "patch": s.lambda_patch, "content": s.lambda_content,
                   "tv": s.lambda_tv}
        return sum(weights[name] * value.float() for name, value in losses.items())

    def xǁMaskedStyleOptimizerǁtotal__mutmut_1(self, losses: dict[str, torch.Tensor]) -> torch.Tensor:
        s = None
        weights = {"direction": s.lambda_direction, "patch": s.lambda_patch, "content": s.lambda_content,
                   "tv": s.lambda_tv}
        return sum(weights[name] * value.float() for name, value in losses.items())

    def xǁMaskedStyleOptimizerǁtotal__mutmut_2(self, losses: dict[str, torch.Tensor]) -> torch.Tensor:
        s = self.settings
        weights = None
        return sum(weights[name] * value.float() for name, value in losses.items())

    def xǁMaskedStyleOptimizerǁtotal__mutmut_3(self, losses: dict[str, torch.Tensor]) -> torch.Tensor:
        s = self.settings
        weights = {"XXdirectionXX": s.lambda_direction, "patch": s.lambda_patch, "content": s.lambda_content,
                   "tv": s.lambda_tv}
        return sum(weights[name] * value.float() for name, value in losses.items())

    def xǁMaskedStyleOptimizerǁtotal__mutmut_4(self, losses: dict[str, torch.Tensor]) -> torch.Tensor:
        s = self.settings
        weights = {"DIRECTION": s.lambda_direction, "patch": s.lambda_patch, "content": s.lambda_content,
                   "tv": s.lambda_tv}
        return sum(weights[name] * value.float() for name, value in losses.items())

    def xǁMaskedStyleOptimizerǁtotal__mutmut_5(self, losses: dict[str, torch.Tensor]) -> torch.Tensor:
        s = self.settings
        weights = {"direction": s.lambda_direction, "XXpatchXX": s.lambda_patch, "content": s.lambda_content,
                   "tv": s.lambda_tv}
        return sum(weights[name] * value.float() for name, value in losses.items())

    def xǁMaskedStyleOptimizerǁtotal__mutmut_6(self, losses: dict[str, torch.Tensor]) -> torch.Tensor:
        s = self.settings
        weights = {"direction": s.lambda_direction, "PATCH": s.lambda_patch, "content": s.lambda_content,
                   "tv": s.lambda_tv}
        return sum(weights[name] * value.float() for name, value in losses.items())

    def xǁMaskedStyleOptimizerǁtotal__mutmut_7(self, losses: dict[str, torch.Tensor]) -> torch.Tensor:
        s = self.settings
        weights = {"direction": s.lambda_direction, "patch": s.lambda_patch, "XXcontentXX": s.lambda_content,
                   "tv": s.lambda_tv}
        return sum(weights[name] * value.float() for name, value in losses.items())

    def xǁMaskedStyleOptimizerǁtotal__mutmut_8(self, losses: dict[str, torch.Tensor]) -> torch.Tensor:
        s = self.settings
        weights = {"direction": s.lambda_direction, "patch": s.lambda_patch, "CONTENT": s.lambda_content,
                   "tv": s.lambda_tv}
        return sum(weights[name] * value.float() for name, value in losses.items())

    def xǁMaskedStyleOptimizerǁtotal__mutmut_9(self, losses: dict[str, torch.Tensor]) -> torch.Tensor:
        s = self.settings
        weights = {"direction": s.lambda_direction, "patch": s.lambda_patch, "content": s.lambda_content,
                   "XXtvXX": s.lambda_tv}
        return sum(weights[name] * value.float() for name, value in losses.items())

    def xǁMaskedStyleOptimizerǁtotal__mutmut_10(self, losses: dict[str, torch.Tensor]) -> torch.Tensor:
        s = self.settings
        weights = {"direction": s.lambda_direction, "patch": s.lambda_patch, "content": s.lambda_content,
                   "TV": s.lambda_tv}
        return sum(weights[name] * value.float() for name, value in losses.items())

    def xǁMaskedStyleOptimizerǁtotal__mutmut_11(self, losses: dict[str, torch.Tensor]) -> torch.Tensor:
        s = self.settings
        weights = {"direction": s.lambda_direction, "patch": s.lambda_patch, "content": s.lambda_content,
                   "tv": s.lambda_tv}
        return sum(None)

    def xǁMaskedStyleOptimizerǁtotal__mutmut_12(self, losses: dict[str, torch.Tensor]) -> torch.Tensor:
        s = self.settings
        weights = {"direction": s.lambda_direction, "patch": s.lambda_patch, "content": s.lambda_content,
                   "tv": s.lambda_tv}
        return sum(weights[name] / value.float() for name, value in losses.items())

    @_mutmut_mutated(mutants_xǁMaskedStyleOptimizerǁstep__mutmut)
    def step(self) -> dict[str, float]:
        self.optimizer.zero_grad(set_to_none=True)
        losses = self.losses(self.net(self.content))
        total = self.total(losses)
        total.backward()
        self.optimizer.step()
        self.scheduler.step()
        return {"total": float(total.detach()), **{k: float(v.detach()) for k, v in losses.items()}}

    def xǁMaskedStyleOptimizerǁstep__mutmut_orig(self) -> dict[str, float]:
        self.optimizer.zero_grad(set_to_none=True)
        losses = self.losses(self.net(self.content))
        total = self.total(losses)
        total.backward()
        self.optimizer.step()
        self.scheduler.step()
        return {"total": float(total.detach()), **{k: float(v.detach()) for k, v in losses.items()}}

    def xǁMaskedStyleOptimizerǁstep__mutmut_1(self) -> dict[str, float]:
        self.optimizer.zero_grad(set_to_none=None)
        losses = self.losses(self.net(self.content))
        total = self.total(losses)
        total.backward()
        self.optimizer.step()
        self.scheduler.step()
        return {"total": float(total.detach()), **{k: float(v.detach()) for k, v in losses.items()}}

    def xǁMaskedStyleOptimizerǁstep__mutmut_2(self) -> dict[str, float]:
        self.optimizer.zero_grad(set_to_none=False)
        losses = self.losses(self.net(self.content))
        total = self.total(losses)
        total.backward()
        self.optimizer.step()
        self.scheduler.step()
        return {"total": float(total.detach()), **{k: float(v.detach()) for k, v in losses.items()}}

    def xǁMaskedStyleOptimizerǁstep__mutmut_3(self) -> dict[str, float]:
        self.optimizer.zero_grad(set_to_none=True)
        losses = None
        total = self.total(losses)
        total.backward()
        self.optimizer.step()
        self.scheduler.step()
        return {"total": float(total.detach()), **{k: float(v.detach()) for k, v in losses.items()}}

    def xǁMaskedStyleOptimizerǁstep__mutmut_4(self) -> dict[str, float]:
        self.optimizer.zero_grad(set_to_none=True)
        losses = self.losses(None)
        total = self.total(losses)
        total.backward()
        self.optimizer.step()
        self.scheduler.step()
        return {"total": float(total.detach()), **{k: float(v.detach()) for k, v in losses.items()}}

    def xǁMaskedStyleOptimizerǁstep__mutmut_5(self) -> dict[str, float]:
        self.optimizer.zero_grad(set_to_none=True)
        losses = self.losses(self.net(None))
        total = self.total(losses)
        total.backward()
        self.optimizer.step()
        self.scheduler.step()
        return {"total": float(total.detach()), **{k: float(v.detach()) for k, v in losses.items()}}

    def xǁMaskedStyleOptimizerǁstep__mutmut_6(self) -> dict[str, float]:
        self.optimizer.zero_grad(set_to_none=True)
        losses = self.losses(self.net(self.content))
        total = None
        total.backward()
        self.optimizer.step()
        self.scheduler.step()
        return {"total": float(total.detach()), **{k: float(v.detach()) for k, v in losses.items()}}

    def xǁMaskedStyleOptimizerǁstep__mutmut_7(self) -> dict[str, float]:
        self.optimizer.zero_grad(set_to_none=True)
        losses = self.losses(self.net(self.content))
        total = self.total(None)
        total.backward()
        self.optimizer.step()
        self.scheduler.step()
        return {"total": float(total.detach()), **{k: float(v.detach()) for k, v in losses.items()}}

    def xǁMaskedStyleOptimizerǁstep__mutmut_8(self) -> dict[str, float]:
        self.optimizer.zero_grad(set_to_none=True)
        losses = self.losses(self.net(self.content))
        total = self.total(losses)
        total.backward()
        self.optimizer.step()
        self.scheduler.step()
        return {"XXtotalXX": float(total.detach()), **{k: float(v.detach()) for k, v in losses.items()}}

    def xǁMaskedStyleOptimizerǁstep__mutmut_9(self) -> dict[str, float]:
        self.optimizer.zero_grad(set_to_none=True)
        losses = self.losses(self.net(self.content))
        total = self.total(losses)
        total.backward()
        self.optimizer.step()
        self.scheduler.step()
        return {"TOTAL": float(total.detach()), **{k: float(v.detach()) for k, v in losses.items()}}

    def xǁMaskedStyleOptimizerǁstep__mutmut_10(self) -> dict[str, float]:
        self.optimizer.zero_grad(set_to_none=True)
        losses = self.losses(self.net(self.content))
        total = self.total(losses)
        total.backward()
        self.optimizer.step()
        self.scheduler.step()
        return {"total": float(None), **{k: float(v.detach()) for k, v in losses.items()}}

    def xǁMaskedStyleOptimizerǁstep__mutmut_11(self) -> dict[str, float]:
        self.optimizer.zero_grad(set_to_none=True)
        losses = self.losses(self.net(self.content))
        total = self.total(losses)
        total.backward()
        self.optimizer.step()
        self.scheduler.step()
        return {"total": float(total.detach()), **{k: float(None) for k, v in losses.items()}}

    @torch.no_grad()
    def output(self) -> torch.Tensor:
        return self.net(self.content).clamp(0, 1)

mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['_mutmut_orig'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_1'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_2'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_3'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_4'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_5'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_6'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_7'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_8'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_9'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_10'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_11'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_12'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_13'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_14'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_15'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_16'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_17'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_18'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_19'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_20'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_21'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_22'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_23'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_24'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_25'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_26'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_27'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_28'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_29'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_30'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_31'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_32'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_33'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_34'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_35'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_36'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_37'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_37 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_38'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_38 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_39'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_39 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_40'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_40 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_41'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_41 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_42'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_42 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_43'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_43 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_44'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_44 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_45'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_45 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁ__init____mutmut['xǁMaskedStyleOptimizerǁ__init____mutmut_46'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁ__init____mutmut_46 # type: ignore # mutmut generated

mutants_xǁMaskedStyleOptimizerǁautocast__mutmut['_mutmut_orig'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁautocast__mutmut_orig # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁautocast__mutmut['xǁMaskedStyleOptimizerǁautocast__mutmut_1'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁautocast__mutmut_1 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁautocast__mutmut['xǁMaskedStyleOptimizerǁautocast__mutmut_2'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁautocast__mutmut_2 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁautocast__mutmut['xǁMaskedStyleOptimizerǁautocast__mutmut_3'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁautocast__mutmut_3 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁautocast__mutmut['xǁMaskedStyleOptimizerǁautocast__mutmut_4'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁautocast__mutmut_4 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁautocast__mutmut['xǁMaskedStyleOptimizerǁautocast__mutmut_5'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁautocast__mutmut_5 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁautocast__mutmut['xǁMaskedStyleOptimizerǁautocast__mutmut_6'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁautocast__mutmut_6 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁautocast__mutmut['xǁMaskedStyleOptimizerǁautocast__mutmut_7'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁautocast__mutmut_7 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁautocast__mutmut['xǁMaskedStyleOptimizerǁautocast__mutmut_8'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁautocast__mutmut_8 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁautocast__mutmut['xǁMaskedStyleOptimizerǁautocast__mutmut_9'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁautocast__mutmut_9 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁautocast__mutmut['xǁMaskedStyleOptimizerǁautocast__mutmut_10'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁautocast__mutmut_10 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁautocast__mutmut['xǁMaskedStyleOptimizerǁautocast__mutmut_11'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁautocast__mutmut_11 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁautocast__mutmut['xǁMaskedStyleOptimizerǁautocast__mutmut_12'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁautocast__mutmut_12 # type: ignore # mutmut generated

mutants_xǁMaskedStyleOptimizerǁbox_crop__mutmut['_mutmut_orig'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁbox_crop__mutmut_orig # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁbox_crop__mutmut['xǁMaskedStyleOptimizerǁbox_crop__mutmut_1'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁbox_crop__mutmut_1 # type: ignore # mutmut generated

mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['_mutmut_orig'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_orig # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_1'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_1 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_2'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_2 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_3'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_3 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_4'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_4 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_5'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_5 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_6'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_6 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_7'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_7 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_8'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_8 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_9'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_9 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_10'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_10 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_11'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_11 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_12'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_12 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_13'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_13 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_14'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_14 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_15'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_15 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_16'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_16 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_17'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_17 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_18'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_18 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_19'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_19 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_20'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_20 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_21'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_21 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_22'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_22 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_23'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_23 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_24'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_24 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_25'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_25 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_26'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_26 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_27'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_27 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_28'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_28 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_29'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_29 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_30'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_30 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_31'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_31 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_32'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_32 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_33'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_33 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_34'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_34 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_35'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_35 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_36'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_36 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_37'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_37 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_38'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_38 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_39'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_39 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_40'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_40 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_41'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_41 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_42'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_42 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_43'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_43 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_44'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_44 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_45'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_45 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_46'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_46 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_47'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_47 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_48'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_48 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_49'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_49 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_50'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_50 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_51'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_51 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_52'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_52 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_53'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_53 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_54'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_54 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_55'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_55 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_56'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_56 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_57'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_57 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_58'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_58 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_59'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_59 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_60'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_60 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_61'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_61 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_62'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_62 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_63'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_63 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_64'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_64 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_65'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_65 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁlosses__mutmut['xǁMaskedStyleOptimizerǁlosses__mutmut_66'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁlosses__mutmut_66 # type: ignore # mutmut generated

mutants_xǁMaskedStyleOptimizerǁtotal__mutmut['_mutmut_orig'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁtotal__mutmut_orig # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁtotal__mutmut['xǁMaskedStyleOptimizerǁtotal__mutmut_1'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁtotal__mutmut_1 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁtotal__mutmut['xǁMaskedStyleOptimizerǁtotal__mutmut_2'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁtotal__mutmut_2 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁtotal__mutmut['xǁMaskedStyleOptimizerǁtotal__mutmut_3'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁtotal__mutmut_3 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁtotal__mutmut['xǁMaskedStyleOptimizerǁtotal__mutmut_4'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁtotal__mutmut_4 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁtotal__mutmut['xǁMaskedStyleOptimizerǁtotal__mutmut_5'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁtotal__mutmut_5 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁtotal__mutmut['xǁMaskedStyleOptimizerǁtotal__mutmut_6'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁtotal__mutmut_6 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁtotal__mutmut['xǁMaskedStyleOptimizerǁtotal__mutmut_7'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁtotal__mutmut_7 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁtotal__mutmut['xǁMaskedStyleOptimizerǁtotal__mutmut_8'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁtotal__mutmut_8 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁtotal__mutmut['xǁMaskedStyleOptimizerǁtotal__mutmut_9'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁtotal__mutmut_9 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁtotal__mutmut['xǁMaskedStyleOptimizerǁtotal__mutmut_10'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁtotal__mutmut_10 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁtotal__mutmut['xǁMaskedStyleOptimizerǁtotal__mutmut_11'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁtotal__mutmut_11 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁtotal__mutmut['xǁMaskedStyleOptimizerǁtotal__mutmut_12'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁtotal__mutmut_12 # type: ignore # mutmut generated

mutants_xǁMaskedStyleOptimizerǁstep__mutmut['_mutmut_orig'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁstep__mutmut_orig # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁstep__mutmut['xǁMaskedStyleOptimizerǁstep__mutmut_1'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁstep__mutmut_1 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁstep__mutmut['xǁMaskedStyleOptimizerǁstep__mutmut_2'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁstep__mutmut_2 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁstep__mutmut['xǁMaskedStyleOptimizerǁstep__mutmut_3'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁstep__mutmut_3 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁstep__mutmut['xǁMaskedStyleOptimizerǁstep__mutmut_4'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁstep__mutmut_4 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁstep__mutmut['xǁMaskedStyleOptimizerǁstep__mutmut_5'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁstep__mutmut_5 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁstep__mutmut['xǁMaskedStyleOptimizerǁstep__mutmut_6'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁstep__mutmut_6 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁstep__mutmut['xǁMaskedStyleOptimizerǁstep__mutmut_7'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁstep__mutmut_7 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁstep__mutmut['xǁMaskedStyleOptimizerǁstep__mutmut_8'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁstep__mutmut_8 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁstep__mutmut['xǁMaskedStyleOptimizerǁstep__mutmut_9'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁstep__mutmut_9 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁstep__mutmut['xǁMaskedStyleOptimizerǁstep__mutmut_10'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁstep__mutmut_10 # type: ignore # mutmut generated
mutants_xǁMaskedStyleOptimizerǁstep__mutmut['xǁMaskedStyleOptimizerǁstep__mutmut_11'] = MaskedStyleOptimizer.xǁMaskedStyleOptimizerǁstep__mutmut_11 # type: ignore # mutmut generated
mutants_x_optimise__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_optimise__mutmut)
def optimise(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_orig(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_1(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(None)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_2(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = None
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_3(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(None)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_4(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device=None).manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_5(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="XXcpuXX").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_6(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="CPU").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_7(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = None
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_8(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(None, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_9(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, None, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_10(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, None, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_11(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, None, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_12(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, None, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_13(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, None, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_14(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, None, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_15(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, None)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_16(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_17(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_18(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_19(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_20(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_21(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_22(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_23(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, )
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_24(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = None
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_25(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(None, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_26(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, None):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_27(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_28(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, ):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_29(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(2, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_30(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps - 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_31(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 2):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_32(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = None
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_33(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(None)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_34(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_35(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = None
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_36(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() + started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_37(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress(None)
    return optimizer.output(), history


def x_optimise__mutmut_38(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"XXeventXX": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_39(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"EVENT": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_40(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "XXstepXX", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_41(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "STEP", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_42(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "XXstepXX": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_43(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "STEP": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_44(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "XXstepsXX": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_45(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "STEPS": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_46(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "XXlossXX": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_47(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "LOSS": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_48(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["XXtotalXX"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_49(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["TOTAL"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_50(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "XXelapsedXX": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_51(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "ELAPSED": elapsed, "eta": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_52(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "XXetaXX": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_53(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "ETA": elapsed / step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_54(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step / (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_55(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed * step * (settings.steps - step)})
    return optimizer.output(), history


def x_optimise__mutmut_56(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = MaskedStyleOptimizer(content, mask, box, style, clip, vgg, settings, generator)
    history, started = [], time.perf_counter()
    for step in range(1, settings.steps + 1):
        losses = optimizer.step()
        history.append(losses)
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                      "elapsed": elapsed, "eta": elapsed / step * (settings.steps + step)})
    return optimizer.output(), history

mutants_x_optimise__mutmut['_mutmut_orig'] = x_optimise__mutmut_orig # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_1'] = x_optimise__mutmut_1 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_2'] = x_optimise__mutmut_2 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_3'] = x_optimise__mutmut_3 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_4'] = x_optimise__mutmut_4 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_5'] = x_optimise__mutmut_5 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_6'] = x_optimise__mutmut_6 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_7'] = x_optimise__mutmut_7 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_8'] = x_optimise__mutmut_8 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_9'] = x_optimise__mutmut_9 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_10'] = x_optimise__mutmut_10 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_11'] = x_optimise__mutmut_11 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_12'] = x_optimise__mutmut_12 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_13'] = x_optimise__mutmut_13 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_14'] = x_optimise__mutmut_14 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_15'] = x_optimise__mutmut_15 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_16'] = x_optimise__mutmut_16 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_17'] = x_optimise__mutmut_17 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_18'] = x_optimise__mutmut_18 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_19'] = x_optimise__mutmut_19 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_20'] = x_optimise__mutmut_20 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_21'] = x_optimise__mutmut_21 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_22'] = x_optimise__mutmut_22 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_23'] = x_optimise__mutmut_23 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_24'] = x_optimise__mutmut_24 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_25'] = x_optimise__mutmut_25 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_26'] = x_optimise__mutmut_26 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_27'] = x_optimise__mutmut_27 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_28'] = x_optimise__mutmut_28 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_29'] = x_optimise__mutmut_29 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_30'] = x_optimise__mutmut_30 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_31'] = x_optimise__mutmut_31 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_32'] = x_optimise__mutmut_32 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_33'] = x_optimise__mutmut_33 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_34'] = x_optimise__mutmut_34 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_35'] = x_optimise__mutmut_35 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_36'] = x_optimise__mutmut_36 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_37'] = x_optimise__mutmut_37 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_38'] = x_optimise__mutmut_38 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_39'] = x_optimise__mutmut_39 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_40'] = x_optimise__mutmut_40 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_41'] = x_optimise__mutmut_41 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_42'] = x_optimise__mutmut_42 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_43'] = x_optimise__mutmut_43 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_44'] = x_optimise__mutmut_44 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_45'] = x_optimise__mutmut_45 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_46'] = x_optimise__mutmut_46 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_47'] = x_optimise__mutmut_47 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_48'] = x_optimise__mutmut_48 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_49'] = x_optimise__mutmut_49 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_50'] = x_optimise__mutmut_50 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_51'] = x_optimise__mutmut_51 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_52'] = x_optimise__mutmut_52 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_53'] = x_optimise__mutmut_53 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_54'] = x_optimise__mutmut_54 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_55'] = x_optimise__mutmut_55 # type: ignore # mutmut generated
mutants_x_optimise__mutmut['x_optimise__mutmut_56'] = x_optimise__mutmut_56 # type: ignore # mutmut generated
