"""One region of LEAST: its working image (the crop the optimisation sees), the StyleNet trained on it
(`train_region`, or `train_region_views` on several views of one region: a clip's keyframes), and that
network applied back through the region's mask (`RegionStyle.apply`): one optimisation, many images."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

import numpy as np
import torch
from PIL import Image

from localstyle.errors import OptimisationDiverged
from localstyle.least.optimise import StyleSettings, View, adjust_contrast_masked, apply_network, train, train_views
from localstyle.masks import Box, WorkingRegion, composite, feather_weights, mask_bbox, working_region
from localstyle.models import ModelSet
from localstyle.photo import as_float_rgb, resize_float_rgb
from localstyle.progress import Progress


def to_tensor(unit: np.ndarray, device: torch.device) -> torch.Tensor:
    """H x W x 3 float in [0, 1] -> 1 x 3 x H x W."""
    return torch.from_numpy(np.ascontiguousarray(unit, np.float32)).to(device).permute(2, 0, 1).unsqueeze(0)


def to_uint8(image: torch.Tensor) -> np.ndarray:
    return image[0].permute(1, 2, 0).clamp(0, 1).mul(255).round().byte().cpu().numpy()


def squash(unit: np.ndarray, side: int) -> np.ndarray:
    """The whole photo resized to side x side, aspect not kept (the reference's frame), bicubic."""
    return resize_float_rgb(unit, (side, side), Image.BICUBIC)


@dataclass
class WorkingImage:
    """What one edit's optimisation sees: the working `content` (1 x 3 x h x w in [0, 1]) cut from the
    photo at `region.crop` and resized to `region.work_size`, the `mask` and box B there, the whole
    `photo` squashed to a square (the patches' direction source) and the patch (width, height)."""

    region: WorkingRegion
    content: torch.Tensor
    mask: torch.Tensor
    box: Box
    photo: torch.Tensor | None
    patch_size: tuple[int, int]


def working_image(rgb: np.ndarray, mask: np.ndarray, settings: StyleSettings, device: torch.device,
                  with_photo: bool = True) -> WorkingImage:
    """The working image of one edit. `frame="region"` (localstyle's default): the mask's box plus a
    margin, long side `resolution`, aspect kept. `frame="reference"`: the published geometry, the whole
    photo squashed to `resolution` x `resolution` (rounded to a multiple of 8). `rgb` is the photo as
    H x W x 3 uint8 or float in [0, 1]. `with_photo=False` skips the squashed photo (`photo` is None):
    only the optimisation needs it, not applying a trained network."""
    unit = as_float_rgb(rgb)
    if settings.frame == "reference":
        side = max(16, round(settings.resolution / 8) * 8)
        region = WorkingRegion(crop=(0, 0, unit.shape[1], unit.shape[0]), work_size=(side, side))
    else:
        region = working_region(mask, settings.resolution, settings.margin)
    x0, y0, x1, y1 = region.crop
    crop_rgb = resize_float_rgb(unit[y0:y1, x0:x1], region.work_size, Image.BICUBIC)
    crop_mask = Image.fromarray(mask[y0:y1, x0:x1].astype(np.float32)).resize(region.work_size, Image.BILINEAR)
    return WorkingImage(
        region=region,
        content=to_tensor(crop_rgb, device),
        mask=torch.from_numpy(np.asarray(crop_mask).copy()).to(device)[None, None].clamp(0, 1),
        box=region.to_work(mask_bbox(mask)),
        # The patches' direction source and scale are the reference's: the whole photo squashed to a square.
        photo=to_tensor(squash(unit, settings.resolution), device) if with_photo else None,
        patch_size=region.frame_patch((unit.shape[1], unit.shape[0]), settings.crop_size, settings.resolution),
    )


@dataclass
class RegionStyle:
    """A StyleNet trained for one region and style, with the settings it was trained under. `apply` runs
    it on any image's region (the photo it was trained on, or each frame of a video through that frame's
    own mask): one optimisation, many images."""

    net: Callable[[torch.Tensor], torch.Tensor]  # the trained StyleNet in its training precision
    settings: StyleSettings

    def apply(self, rgb: np.ndarray, mask: np.ndarray, device: torch.device) -> np.ndarray:
        """The network on `mask`'s working image of `rgb`, resized back and composited through the
        inward-feathered mask; pixels outside `mask` are returned unchanged, in the type given."""
        unit = as_float_rgb(rgb)
        work = working_image(unit, mask, self.settings, device, with_photo=False)
        stylized = apply_network(self.net, work.content, work.mask, self.settings.contrast)
        return self._composite(rgb, unit, mask, work, stylized)

    def apply_many(self, rgbs: list[np.ndarray], masks: list[np.ndarray], device: torch.device) -> list[np.ndarray]:
        """`apply` on several images (a batch of a clip's frames), each through its own mask: the working
        crops of one shape go through the network together, the rest of the work is per image. On a CPU
        each output is `apply`'s to the bit (tests/test_video.py): the network's convolutions give the same
        numbers for a crop alone as in a batch, except for crops of at most `CPU_BATCH_MIN_PIXELS`, which run
        alone (see there); the contrast's mean is taken per image, as `apply` takes it."""
        units = [as_float_rgb(rgb) for rgb in rgbs]
        works = [working_image(unit, mask, self.settings, device, with_photo=False) for unit, mask in zip(units, masks)]
        stylized: list[torch.Tensor | None] = [None] * len(works)
        for group in _same_shape_batches(works, device):
            with torch.no_grad():
                raw = self.net(torch.cat([works[i].content for i in group])).clamp(0, 1)
            for slot, i in enumerate(group):
                stylized[i] = adjust_contrast_masked(raw[slot:slot + 1], works[i].mask, self.settings.contrast)
        return [self._composite(rgb, unit, mask, work, out)
                for rgb, unit, mask, work, out in zip(rgbs, units, masks, works, stylized)]

    def _composite(self, rgb: np.ndarray, unit: np.ndarray, mask: np.ndarray, work: WorkingImage,
                   stylized: torch.Tensor) -> np.ndarray:
        """The stylised working image resized back into the photo and composited through the feathered mask."""
        if not bool(torch.isfinite(stylized).all()):
            raise OptimisationDiverged(self.settings.steps, float("nan"), self.settings.lr)
        canvas = work.region.paste(unit, stylized[0].permute(1, 2, 0).float().cpu().numpy())
        output = composite(unit, canvas, feather_weights(mask, self.settings.feather))
        if rgb.dtype == np.uint8:
            output = np.where(mask[..., None], np.rint(output * 255).astype(np.uint8), rgb)
        return output


# PyTorch's CPU convolution takes its own kernel instead of oneDNN's for a single image of at most 20480
# values with a kernel of at most 3 x 3 (at::native ConvParams::use_mkldnn), and oneDNN's for a batch: the
# two round differently (about 1e-7). The StyleNet's smallest such input is its bottleneck (64 channels at
# 1/8 of each side: as many values as the crop has pixels), so crops up to this size run one at a time on
# a CPU and every output stays the one-at-a-time output to the bit. The presets' crops are far larger.
CPU_BATCH_MIN_PIXELS = 20480


def _same_shape_batches(works: list[WorkingImage], device: torch.device) -> list[list[int]]:
    """Indices of `works` grouped by working-crop shape, in order; on a CPU a small crop is its own group."""
    groups: dict[tuple, list[int]] = {}
    for index, work in enumerate(works):
        height, width = work.content.shape[-2:]
        alone = device.type == "cpu" and height * width <= CPU_BATCH_MIN_PIXELS
        groups.setdefault(("alone", index) if alone else (height, width), []).append(index)
    return list(groups.values())


def train_region_views(views: list[tuple[np.ndarray, np.ndarray]], style: str, models: ModelSet,
                       settings: StyleSettings, seed: int, progress: Progress | None = None) -> tuple[RegionStyle, dict]:
    """`train_region` on several (RGB, mask) views of one region (a clip's keyframes, each with its own
    mask): one StyleNet and one Adam optimiser, step s on view s mod K (`least.optimise.train_views`).
    Returns the network and the record: each view's working geometry, the timings and the last step's
    losses."""
    works = [working_image(as_float_rgb(rgb), mask, settings, models.device) for rgb, mask in views]
    started, (on_event, step_timing) = time.perf_counter(), _keeping_step_rate(progress)
    trained, history = train_views([View(w.content, w.mask, w.box, w.photo, w.patch_size) for w in works], style,
                                   models.clip(), models.vgg(), settings, seed, on_event)
    info = {"views": [_geometry(w) for w in works],
            **_training_record(started, step_timing, history, trained, settings, models.device)}
    return RegionStyle(trained.stylize, settings), info


def train_region(rgb: np.ndarray, mask: np.ndarray, style: str, models: ModelSet, settings: StyleSettings,
                 seed: int, progress: Progress | None = None, preview_every: int = 0) -> tuple[RegionStyle, dict]:
    """Optimise a StyleNet for one region of an RGB image (uint8 or float in [0, 1]) on its working image
    (see `working_image`); returns it and the record of the optimisation. `preview_every`: see `optimise`."""
    work = working_image(as_float_rgb(rgb), mask, settings, models.device)
    started, (on_event, step_timing) = time.perf_counter(), _keeping_step_rate(progress)
    trained, history = train(work.content, work.mask, work.box, style, models.clip(), models.vgg(), settings,
                             seed, on_event, photo=work.photo, patch_size=work.patch_size,
                             preview_every=preview_every)
    info = {**_geometry(work), **_training_record(started, step_timing, history, trained, settings, models.device)}
    return RegionStyle(trained.stylize, settings), info


def _keeping_step_rate(progress: Progress | None) -> tuple[Progress, dict]:
    """A progress callback that passes events on and keeps the last step's rate (the dict) for the record."""
    timing: dict = {}

    def on_event(event: dict) -> None:
        if event["event"] == "step":
            timing.update({k: round(event[k], 3) for k in ("seconds_per_step", "first_step_seconds")})
        if progress is not None:
            progress(event)

    return on_event, timing


def _geometry(work: WorkingImage) -> dict:
    return {"crop": list(work.region.crop), "work_size": list(work.region.work_size), "work_box": list(work.box),
            "patch_size": list(work.patch_size)}


def _training_record(started: float, step_timing: dict, history: list, trained, settings: StyleSettings,
                     device: torch.device) -> dict:
    """Seconds, the last step's rate and losses, and whether the same seed gives the same bytes
    (docs/determinism.md): always on the CPU (same thread count); on CUDA with deterministic=true unless a
    kernel without a repeatable version ran (named)."""
    info = {"seconds": round(time.perf_counter() - started, 3), **step_timing,
            "final_losses": history[-1] if history else {},
            "repeatable": device.type == "cpu" or (settings.deterministic and not trained.nondeterministic_ops)}
    if trained.nondeterministic_ops:
        info["nondeterministic_ops"] = trained.nondeterministic_ops
    return info


def stylize_region(rgb: np.ndarray, mask: np.ndarray, style: str, models: ModelSet, settings: StyleSettings,
                   seed: int, progress: Progress | None = None, preview_every: int = 0) -> tuple[np.ndarray, dict]:
    """Stylise one region of an RGB image (uint8, or float in [0, 1] for any depth); pixels outside
    `mask` are returned unchanged, in the type given. Everything in between is float.

    Only the working image is optimised (`train_region`), and the result is resized back and
    composited at the original resolution through the feathered mask (`RegionStyle.apply`)."""
    region_style, info = train_region(rgb, mask, style, models, settings, seed, progress, preview_every)
    started = time.perf_counter()
    output = region_style.apply(rgb, mask, models.device)
    info["seconds"] = round(info["seconds"] + time.perf_counter() - started, 3)
    return output, info
