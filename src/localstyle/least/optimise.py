"""The LEAST masked CLIPstyler optimisation: a small U-Net f, I_cs = f(I_c), trained per image so that the
masked region moves along the CLIP direction "a Photo" -> style, while VGG content and TV keep it a photo.

    total = 500 * masked global directional + 1e4 * masked patch + 150 * masked content + 2e-3 * masked TV

Presets are data (`least.presets.PRESETS`); every field can be overridden with `settings_with`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import torch

from localstyle import resample
from localstyle.errors import OptimisationDiverged
from localstyle.least import capture
from localstyle.least.crops import CropDraws, crop_batch, draw_crops
from localstyle.least.losses import (
    VGGContentFeatures,
    masked_global_directional_loss,
    masked_total_variation,
    pad_to_square,
    patch_loss,
    vgg_content_loss,
)
from localstyle.least.presets import PRESETS, StyleSettings, settings_with
from localstyle.least.prompts import text_direction
from localstyle.least.stylenet import StyleNet
from localstyle.models import ClipEncoder
from localstyle.precision import clip_uses_bf16, in_precision, unet_uses_bf16, vgg_uses_bf16
from localstyle.progress import StepClock

__all__ = ["PRESETS", "MaskedStyleOptimizer", "StyleSettings", "View", "adjust_contrast_masked", "apply_network",
           "optimise", "read_losses", "settings_with", "text_direction", "train", "train_views"]


def adjust_contrast_masked(image: torch.Tensor, mask: torch.Tensor, factor: float) -> torch.Tensor:
    """torchvision's ``adjust_contrast`` (blend with the mean grey, clamp to [0, 1]) with the mean grey
    taken over the mask only (weighted by a soft mask), so the photo outside the region does not set
    the region's contrast. ``factor`` 1 returns ``image`` unchanged."""
    if factor == 1.0:
        return image
    grey = 0.2989 * image[:, 0:1] + 0.587 * image[:, 1:2] + 0.114 * image[:, 2:3]  # torchvision's weights
    weights = mask.to(image.dtype).expand_as(grey)
    mean = (grey * weights).sum(dim=(-2, -1), keepdim=True) / weights.sum(dim=(-2, -1), keepdim=True).clamp_min(1e-8)
    return (factor * image + (1.0 - factor) * mean).clamp(0, 1)


class MaskedStyleOptimizer:
    """Optimises a fresh StyleNet on one working image. Content-side quantities (the photo's and the
    masked source embeddings, the VGG features of the box crop) are computed once here, not per step.

    ``photo`` is the whole unmasked photo as the reference frame shows it (squashed to a square); its
    CLIP embedding is the source of every patch's direction. ``None`` uses ``content`` itself (right
    when ``content`` is that frame). ``patch_size`` is the patch ``(width, height)`` in working pixels;
    ``None`` means ``settings.crop_size`` square (again the reference frame)."""

    def __init__(self, content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int],
                 style: str, clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings,
                 generator: torch.Generator, photo: torch.Tensor | None = None,
                 patch_size: tuple[int, int] | None = None, vgg_bf16: bool | None = None,
                 unet_bf16: bool | None = None):
        self.content, self.mask, self.box = content, mask, box
        self.settings, self.generator = settings, generator
        self.nondeterministic_ops: list[str] = []  # set by `train`: kernels that did not repeat (CUDA)
        self.draws: CropDraws | None = None  # the step's crops on the device, refilled in place each step
        self.patch_size = patch_size or (settings.crop_size, settings.crop_size)
        self.clip = clip
        self.clip_bf16 = clip_uses_bf16(settings.mixed_precision, content.device)
        self.encode_image = in_precision(clip.encode_image, self.clip_bf16, content.device)
        # VGG and the U-Net: precision.py's decision unless given (benchmarks/vgg_precision.py compares them).
        self.vgg_bf16 = vgg_uses_bf16(settings.mixed_precision, content.device) if vgg_bf16 is None else vgg_bf16
        self.unet_bf16 = unet_uses_bf16(settings.mixed_precision, content.device) if unet_bf16 is None else unet_bf16
        self.vgg = VGGContentFeatures(vgg, bf16=self.vgg_bf16).to(content.device)
        self.net = StyleNet().to(content.device)
        self.stylize = in_precision(self.net, self.unet_bf16, content.device)
        graph, compiled = settings.capture == "graph", settings.capture == "compile"
        self._run = capture.GraphStep(self._compute, content.device) if graph else self._compute
        self._forward = capture.compiled(self._forward_losses) if compiled else self._forward_losses
        # A step captured as a CUDA graph finds Adam's step count and learning rate on the device.
        lr = torch.tensor(settings.lr, device=content.device) if graph else settings.lr
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=lr, capturable=graph)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, settings.lr_step, settings.lr_gamma)
        with torch.no_grad():
            self.content_features = self.vgg(self.box_crop(content))
            # `style` is the style text, or a target direction made before the loop (least.targets: a picture's)
            self.text_direction = style if isinstance(style, torch.Tensor) else text_direction(clip, style,
                                                                                               settings.source_text)
            self.masked_source_emb = self.encode_image(pad_to_square(content * mask))
            self.photo_emb = self.encode_image(content if photo is None else photo.to(content.device))

    def box_crop(self, image: torch.Tensor) -> torch.Tensor:
        """The content loss's view: the mask's box B, resized to a square of the working image's long side
        (the reference resizes B's crop of its 512 x 512 frame to 512 x 512), bilinear, antialiased."""
        x0, y0, x1, y1 = self.box
        side = max(image.shape[-2:])
        return resample.interpolate(image[:, :, y0:y1, x0:x1], size=(side, side), mode="bilinear", antialias=True)

    def draw(self) -> CropDraws:
        """This step's crops and their warps, drawn on the host from the run's generator."""
        s = self.settings
        height, width = self.content.shape[-2:]
        return draw_crops(self.box, (width, height), s.num_crops, self.patch_size, s.distortion, self.generator)

    def losses(self, stylized: torch.Tensor, draws: CropDraws | None = None) -> dict[str, torch.Tensor]:
        """The four losses of ``stylized``; the patch loss's crops are ``draws`` (on the device; drawn now when
        None)."""
        s = self.settings
        losses = {"content": vgg_content_loss(self.content_features, self.vgg(self.box_crop(stylized))),
                  "direction": masked_global_directional_loss(self.encode_image, stylized, self.mask,
                                                              self.masked_source_emb, self.text_direction)}
        if s.num_crops > 0:
            draws = self.draw().to(stylized.device) if draws is None else draws
            losses["patch"] = patch_loss(self.encode_image, crop_batch(stylized, draws, s.crop_resize),
                                         self.photo_emb, self.text_direction, s.threshold)
        losses["tv"] = masked_total_variation(stylized, self.mask)
        return losses

    def total(self, losses: dict[str, torch.Tensor]) -> torch.Tensor:
        s = self.settings
        weights = {"direction": s.lambda_direction, "patch": s.lambda_patch, "content": s.lambda_content,
                   "tv": s.lambda_tv}
        return sum(weights[name] * value.float() for name, value in losses.items())

    def step(self) -> dict[str, float]:
        """One optimisation step; its losses read back as Python floats (one wait for the device)."""
        return read_losses(self.step_on_device())

    def step_on_device(self) -> dict[str, torch.Tensor]:
        """One optimisation step that reads nothing back to the host: its losses come back as 0-d tensors
        on the device. The crops are drawn on the host and copied into the same tensors every step
        (`self.draws`), and the kernels and their arguments do not change from step to step, so the
        work can be captured once and replayed (tests/least/test_step_syncs.py counts the calls that
        would wait for the device, and fails on one)."""
        if self.settings.num_crops > 0:
            drawn = self.draw()
            if self.draws is None:
                self.draws = drawn.to(self.content.device)
            else:
                self.draws.copy_(drawn)
        losses = self._run()
        self.scheduler.step()
        return losses

    def _forward_losses(self) -> dict[str, torch.Tensor]:
        return self.losses(self.stylize(self.content), self.draws)

    def _compute(self) -> dict[str, torch.Tensor]:
        """Forward, backward and the Adam update of one step on `self.draws` (what `capture=graph` records)."""
        self.optimizer.zero_grad(set_to_none=True)
        losses = self._forward()
        total = self.total(losses)
        total.backward()
        self.optimizer.step()
        return {"total": total.detach(), **{name: value.detach() for name, value in losses.items()}}

    @torch.no_grad()
    def output(self) -> torch.Tensor:
        """The stylised working image: clamped to [0, 1], then the contrast boost over the mask."""
        return apply_network(self.stylize, self.content, self.mask, self.settings.contrast)

    @torch.no_grad()
    def preview(self) -> torch.Tensor:
        """The working crop as it looks now: stylised inside the mask, the content outside."""
        return self.content + (self.output() - self.content) * self.mask


@torch.no_grad()
def apply_network(net: Callable[[torch.Tensor], torch.Tensor], content: torch.Tensor, mask: torch.Tensor,
                  contrast: float) -> torch.Tensor:
    """A trained StyleNet (in the precision it was trained in: `MaskedStyleOptimizer.stylize`) on a working
    image, its own or another frame's: the output clamped to [0, 1], then the contrast boost over `mask`."""
    return adjust_contrast_masked(net(content).clamp(0, 1), mask, contrast)


def read_losses(losses: dict[str, torch.Tensor]) -> dict[str, float]:
    """A step's losses as Python floats, in one copy to the host (one wait for the device, not one each).
    The losses are float32 (`float()` of each gives the same numbers); not float64, which MPS lacks."""
    values = torch.stack([value.detach().float() for value in losses.values()]).tolist()
    return dict(zip(losses, values))


@dataclass
class View:
    """One working image of a region, as `MaskedStyleOptimizer`'s arguments of the same names. Several
    views of one region (a video's keyframes, each with its own mask and box) train one network."""

    content: torch.Tensor
    mask: torch.Tensor
    box: tuple[int, int, int, int]
    photo: torch.Tensor | None = None
    patch_size: tuple[int, int] | None = None


def train(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
          clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
          progress: Callable[[dict], None] | None = None, photo: torch.Tensor | None = None,
          patch_size: tuple[int, int] | None = None, preview_every: int = 0) -> tuple[MaskedStyleOptimizer, list[dict]]:
    """The optimisation loop of `optimise`, returning the trained optimiser (its `net` can then be applied
    to other images: a video's frames) and the loss log. Arguments as for `optimise`."""
    return train_views([View(content, mask, box, photo, patch_size)], style, clip, vgg, settings, seed, progress,
                       preview_every)


def train_views(views: list[View], style: str, clip: ClipEncoder, vgg: torch.nn.Sequential,
                settings: StyleSettings, seed: int, progress: Callable[[dict], None] | None = None,
                preview_every: int = 0) -> tuple[MaskedStyleOptimizer, list[dict]]:
    """`settings.steps` steps of one StyleNet, step s on view (s - 1) mod K; returns the first view's
    optimiser (its `stylize` is the trained network) and the loss log (with several views, each entry
    names its view). Round-robin rather than the mean of all K views' losses: a step then costs what one
    view's does, and the schedule (`lr_step`) counts the same steps; the patch loss draws new crops every
    step anyway, so Adam is used to an objective that changes from step to step."""
    with resample.repeatable(settings.deterministic, views[0].content.device) as alerts:
        optimizers = _sharing_one_network(views, style, clip, vgg, settings, seed)
        history, clock = [], StepClock(settings.steps)
        for step in range(1, settings.steps + 1):
            view = (step - 1) % len(optimizers)
            losses = optimizers[view].step()
            if not math.isfinite(losses["total"]):  # stop now: the weights are poisoned, never save the result
                raise OptimisationDiverged(step, losses["total"], settings.lr)
            history.append({**losses, "view": view} if len(optimizers) > 1 else losses)
            timing = clock.tick()
            if progress is not None:
                progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                          **timing})
            if preview_every and progress is not None and (step % preview_every == 0 or step == settings.steps):
                progress({"event": "preview", "step": step, "image": optimizers[0].preview()})
    # Operations that still ran a nondeterministic kernel (CUDA with deterministic=True; none expected).
    optimizers[0].nondeterministic_ops = alerts
    return optimizers[0], history


def _sharing_one_network(views: list[View], style: str, clip: ClipEncoder, vgg: torch.nn.Sequential,
                         settings: StyleSettings, seed: int) -> list[MaskedStyleOptimizer]:
    """One optimiser per view (each computes its content-side quantities once), all training the first
    view's network with its Adam and schedule; the first is made right after seeding, so one view is
    exactly the single-image optimisation. One stream of crops and warps for all."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    made = [MaskedStyleOptimizer(view.content, view.mask, view.box, style, clip, vgg, settings, generator,
                                 view.photo, view.patch_size) for view in views]
    first = made[0]
    for other in made[1:]:
        other.net, other.stylize = first.net, first.stylize
        other.optimizer, other.scheduler = first.optimizer, first.scheduler
    return made


def optimise(content: torch.Tensor, mask: torch.Tensor, box: tuple[int, int, int, int], style: str,
             clip: ClipEncoder, vgg: torch.nn.Sequential, settings: StyleSettings, seed: int,
             progress: Callable[[dict], None] | None = None, photo: torch.Tensor | None = None,
             patch_size: tuple[int, int] | None = None, preview_every: int = 0) -> tuple[torch.Tensor, list[dict]]:
    """Run the whole optimisation on one working image; returns the stylised image and the loss log.
    `photo` and `patch_size`: see `MaskedStyleOptimizer`.

    The seed fixes the U-Net's initial weights and every crop and warp, so CPU runs repeat to the bit.
    With `preview_every` N, `progress` also gets `{"event": "preview", "step",
    "image"}` (the `preview()` tensor) every N steps and at the last; previews draw no random numbers."""
    optimizer, history = train(content, mask, box, style, clip, vgg, settings, seed, progress, photo, patch_size,
                               preview_every)
    output = optimizer.output()
    if not bool(torch.isfinite(output).all()):
        raise OptimisationDiverged(settings.steps, float("nan"), settings.lr)
    return output, history
