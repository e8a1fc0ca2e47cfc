"""LEAST as a stylizer: `LeastStylizer(models)(image, instruction, options)` runs the stages for each edit,
parse -> ground -> segment -> stylise -> composite; `stylize()` is the one-call wrapper over either method.

Progress is reported through one callback of plain dicts (`{"event": "stage", ...}`, `{"event": "step",
...}`), which the CLI's progress bar, the logs and any UI all consume.
"""

from __future__ import annotations

import dataclasses
import os
import platform
import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import torch
import transformers
from PIL import Image

from localstyle.errors import InstructionError, OptimisationDiverged
from localstyle.imageio import load_mask, load_photo
from localstyle.least.optimise import StyleSettings, View, adjust_contrast_masked, apply_network, train, train_views
from localstyle.masks import (
    Box,
    WorkingRegion,
    box_mask,
    check_box,
    composite,
    feather_weights,
    mask_bbox,
    overlay,
    working_region,
)
from localstyle.models import ModelSet
from localstyle.options import Regions, RunOptions
from localstyle.photo import Photo, as_float_rgb, resize_float_rgb
from localstyle.precision import clip_uses_bf16, precision_record
from localstyle.regions.grounding import Grounding, ground
from localstyle.regions.instruction import Edit, parse_instruction, parse_style
from localstyle.regions.model_parsers import parse_with_language_model, parse_with_llava
from localstyle.regions.segmentation import segment
from localstyle.version import __version__

Progress = Callable[[dict], None]


@dataclass
class RegionPlan:
    """One edit made concrete: what to stylise, where, and how the region was found."""

    edit: Edit
    mask: np.ndarray
    box: Box
    source: str  # "mask", "box", "sam", "grounding"
    score: float | None = None
    threshold: float | None = None  # the detection threshold grounding used


@dataclass
class Result:
    """What a stylizer returns: the image (the input's size and mode), the record of the run (edits,
    boxes, scores, settings, seed, timings), each edit's region plan and the notes made reading the photo."""

    image: Image.Image
    record: dict
    plans: list[RegionPlan] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # conversions made reading the photo ("note: ...")

    @property
    def masks(self) -> list[np.ndarray]:
        return [plan.mask for plan in self.plans]


StylizeResult = Result  # the name before 0.2


def resolve_models(models: ModelSet | str | os.PathLike | None, device: str = "auto") -> ModelSet:
    if isinstance(models, ModelSet):
        return models
    return ModelSet.create(models, device=device)


def edits_for(instruction: str, regions: Regions, options: RunOptions, image: Image.Image | None = None,
              models: ModelSet | None = None) -> list[Edit]:
    """Understand the instruction. With regions given (boxes, masks or points) the text may also be a
    bare style ("cubism", "apply cubism style"); with several regions it must name one edit per region."""
    if options.parser == "rules":
        try:
            edits = parse_instruction(instruction)
        except InstructionError:
            if not regions.count:
                raise
            edits = [Edit(region="given region", style=parse_style(instruction))]
    elif options.parser == "llm":
        edits = parse_with_language_model(instruction, options.parser_model, device=str(models.device))
    else:  # llava (RunOptions.checked allows no other)
        edits = parse_with_llava(image, instruction, options.parser_model, device=str(models.device),
                                 convention=options.llava_box_frame)
    regions.check_edits(edits)
    return edits


def plan_regions(photo: Photo, edits: list[Edit], models: ModelSet, regions: Regions | None = None,
                 options: RunOptions | None = None, progress: Progress | None = None) -> list[RegionPlan]:
    """Find each edit's mask on the ORIGINAL photo, all before stylising (the reference grounds each
    region on the current image in turn; grounding on the original keeps a later phrase from being
    looked for in an already stylised region).

    Per edit, in order of preference: the user's mask; the user's box (refined by SAM unless
    `options.segment_box` is False); the user's SAM clicks; else grounding the region words, then SAM."""
    notify = progress or (lambda event: None)
    regions, options = regions or Regions(), (options or RunOptions()).checked()
    image = Image.fromarray(photo.rgb)  # 8-bit RGB for the models, whatever the photo's depth
    plans = []
    for index, edit in enumerate(edits):
        if regions.masks:
            region = load_mask(regions.masks[index], photo.size)
            plans.append(RegionPlan(edit, region, mask_bbox(region), "mask"))
            continue
        user_box = check_box(regions.boxes[index], photo.size) if regions.boxes else None
        if user_box is not None and not options.segment_box and not regions.points:
            plans.append(RegionPlan(edit, box_mask(user_box, photo.size), user_box, "box"))
            continue
        found, source, margin = None, "sam", 0  # the user's box bounds the region exactly
        if user_box is None and not regions.points:
            found = _ground(image, edit, index, models, options, notify)
            user_box, source, margin = found.box, "grounding", None  # a detector's box may be a little tight
        notify({"event": "stage", "stage": "segment", "edit": index})
        region = segment(image, models, box=user_box, points=regions.points, box_margin=margin)
        score, threshold = (found.score, found.threshold) if found else (None, None)
        plans.append(RegionPlan(edit, region, user_box or mask_bbox(region), source, score, threshold))
    return plans


def _ground(image, edit: Edit, index: int, models: ModelSet, options: RunOptions,
            notify: Progress) -> Grounding | None:
    """The detector's choice for the edit's words, its box checked against the image (the LLaVA parser's
    own box when it gave one)."""
    if edit.box is not None:
        return Grounding(check_box(edit.box, image.size), None, edit.region, edit.region, None, (), None)
    notify({"event": "stage", "stage": "ground", "edit": index, "region": edit.region})
    found = ground(image, edit.region, models, role=options.detector, box_threshold=options.box_threshold,
                   text_threshold=options.text_threshold)
    return dataclasses.replace(found, box=check_box(found.box, image.size))


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


def region_images(original_rgb: np.ndarray, plans: list[RegionPlan]) -> dict[str, Image.Image]:
    """What a run shows of its regions: `mask_N.png` per edit and `overlay.png` (all regions and boxes
    over the input), by file name; the CLI's --save-dir and the web app both serve these."""
    images, preview = {}, original_rgb
    for index, plan in enumerate(plans, start=1):
        images[f"mask_{index}.png"] = Image.fromarray((plan.mask * 255).astype(np.uint8), "L")
        preview = overlay(preview, plan.mask, plan.box)
    images["overlay.png"] = Image.fromarray(preview)
    return images


def effective_settings(preset: str, settings: StyleSettings, device: torch.device) -> dict:
    """The settings as the run used them: mixed_precision is false where autocast does not run."""
    return {"preset": preset, **dataclasses.asdict(settings),
            "mixed_precision": clip_uses_bf16(settings.mixed_precision, device)}


def versions() -> dict:
    return {"localstyle": __version__, "torch": torch.__version__, "transformers": transformers.__version__,
            "python": platform.python_version()}


class LeastStylizer:
    """LEAST as a predictor: models set up once, then called per photo, as SAM's predictor is.

        stylizer = LeastStylizer(ModelSet.create("models.toml"))
        result = stylizer("cat.jpg", "apply cubism style to the cat", RunOptions(preset="fast"))

    The stylizer owns its models (loaded on first use, kept while it lives)."""

    def __init__(self, models: ModelSet | str | os.PathLike | None = None, device: str = "auto"):
        self.models = resolve_models(models, device)

    def __call__(self, image, instruction: str | list[Edit], options: RunOptions | None = None, *,
                 regions: Regions | None = None, progress: Progress | None = None,
                 preview_every: int = 0) -> Result:
        """Stylise the region(s) an instruction names; pixels outside them are returned unchanged.

        `image` is a path, a PIL image or a loaded `Photo`; `instruction` is text, or a list of `Edit`s
        already understood (the web page stylises the ones the user kept). `regions` are the ones the user
        marked (else they are found from the words). `progress` receives the run's events; with
        `preview_every` N it also gets the working image every N steps."""
        options, regions = (options or RunOptions()).checked(), regions or Regions()
        notify = progress or (lambda event: None)
        clock = Stopwatch()
        # 1. read the photo and understand the instruction
        photo = original = load_photo(image)
        style_settings = options.style_settings()
        if isinstance(instruction, str):
            edits = edits_for(instruction, regions, options, Image.fromarray(photo.rgb), self.models)
        else:
            edits, instruction = list(instruction), "; ".join(f"{e.style} -> {e.region}" for e in instruction)
            regions.check_edits(edits, kept=True)
        clock.lap("parse")
        # 2-3. ground each region's words to a box and segment it (or take the regions given)
        plans = plan_regions(photo, edits, self.models, regions, options, notify)
        clock.lap("regions")
        run = {"instruction": instruction, "settings": effective_settings(options.preset, style_settings,
                                                                           self.models.device),
               "seed": options.seed, "device": str(self.models.device)}
        edit_records = [_plan_record(plan) for plan in plans]
        if not options.dry_run:  # load before the first progress bar starts, and time it on its own
            notify({"event": "stage", "stage": "load", "edit": 0})
            self.models.clip(), self.models.vgg()
            clock.lap("load_models")
            # 4-5. stylise each region and composite it into the photo
            photo, edit_records = self._stylize_regions(photo, plans, style_settings, options.seed, run, notify,
                                                        preview_every)
        clock.seconds["stylize"] = sum(r.get("seconds", 0.0) for r in edit_records)
        record = {**run, "edits": edit_records, "image_size": list(photo.size),
                  "precision": precision_record(style_settings.mixed_precision, self.models.device),
                  "models": dict(self.models.sources), "versions": versions(),
                  "seconds": {k: round(v, 3) for k, v in clock.seconds.items()}, "dry_run": options.dry_run}
        return Result(image=photo.to_image(), record=record, plans=plans, notes=original.notes)

    def _stylize_regions(self, photo: Photo, plans: list[RegionPlan], settings: StyleSettings, seed: int,
                         run: dict, notify: Progress, preview_every: int) -> tuple[Photo, list[dict]]:
        """Each edit works on the current image (the paper's eq. 7): later edits win where masks overlap."""
        records = []
        for index, plan in enumerate(plans):
            record = _plan_record(plan)
            notify({"event": "stage", "stage": "stylize", "edit": index, "edits": len(plans),
                    "style": plan.edit.style, "steps": settings.steps})
            try:
                pixels, info = stylize_region(photo.float_rgb(), plan.mask, plan.edit.style, self.models, settings,
                                              seed + index, notify, preview_every)
            except OptimisationDiverged as exc:  # the record says where it diverged; no image is made
                record.update({"error": str(exc), "diverged_at_step": exc.step})
                raise exc.with_record({**run, "edits": records + [record], "error": str(exc)}) from None
            photo = photo.with_region(pixels, plan.mask)  # back at the photo's own depth
            records.append({**record, **info})
        return photo, records


def _plan_record(plan: RegionPlan) -> dict:
    return {"region": plan.edit.region, "style": plan.edit.style, "box": list(plan.box),
            "region_source": plan.source, "score": plan.score, "box_threshold": plan.threshold,
            "mask_area": int(plan.mask.sum())}


class Stopwatch:
    """Seconds per stage of a run, for its record."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.started = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage] = now - self.started
        self.started = now
