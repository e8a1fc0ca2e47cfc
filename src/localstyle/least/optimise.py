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


def text_direction(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """normalize(E_T(style) - E_T(source)), each side the normalised mean over the 79 templates."""
    def embed(text: str) -> torch.Tensor:
        return F.normalize(clip.encode_text(templated(text)).mean(dim=0, keepdim=True), dim=-1)

    return F.normalize(embed(style) - embed(source), dim=-1)


# VGG19 pools 16x before conv5_2: the content crop needs this many pixels a side.
MIN_CONTENT_SIDE = 32


def widen_box(box: tuple[int, int, int, int], minimum: int, width: int, height: int) -> tuple[int, int, int, int]:
    """Grow a box about its centre to at least `minimum` a side, staying inside the image."""
    def widen(start: int, end: int, limit: int) -> tuple[int, int]:
        side = min(max(end - start, minimum), limit)
        start = min(max(0, (start + end - side) // 2), limit - side)
        return start, start + side

    (x0, x1), (y0, y1) = widen(box[0], box[2], width), widen(box[1], box[3], height)
    return x0, y0, x1, y1


class MaskedStyleOptimizer:
    """Optimises a fresh StyleNet on one working image. Content-side quantities (the masked source
    embedding, the VGG features of the box crop) are computed once here, not per step."""

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

    def autocast(self):
        on_cuda = self.content.device.type == "cuda"
        if on_cuda and self.settings.mixed_precision and torch.cuda.is_bf16_supported():
            return torch.autocast("cuda", dtype=torch.bfloat16)
        return contextlib.nullcontext()

    def box_crop(self, image: torch.Tensor) -> torch.Tensor:
        x0, y0, x1, y1 = self.content_box
        return image[:, :, y0:y1, x0:x1]

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

    def total(self, losses: dict[str, torch.Tensor]) -> torch.Tensor:
        s = self.settings
        weights = {"direction": s.lambda_direction, "patch": s.lambda_patch, "content": s.lambda_content,
                   "tv": s.lambda_tv}
        return sum(weights[name] * value.float() for name, value in losses.items())

    def step(self) -> dict[str, float]:
        self.optimizer.zero_grad(set_to_none=True)
        losses = self.losses(self.net(self.content))
        total = self.total(losses)
        total.backward()
        self.optimizer.step()
        self.scheduler.step()
        return {"total": float(total.detach()), **{k: float(v.detach()) for k, v in losses.items()}}

    @torch.no_grad()
    def output(self) -> torch.Tensor:
        return self.net(self.content).clamp(0, 1)


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
