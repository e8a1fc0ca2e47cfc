"""Runs the stages for each edit: parse -> ground -> segment -> stylise -> composite.

Progress is reported through one callback of plain dicts (`{"event": "stage", ...}`, `{"event": "step",
...}`), which the CLI's progress bar, the logs and any UI all consume.
"""

from __future__ import annotations

import dataclasses
import numbers
import os
import platform
import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import torch
from PIL import Image

from localstyle.version import __version__
from localstyle.least.optimise import StyleSettings, optimise, settings_with
from localstyle.errors import InputError, InstructionError, OptimisationDiverged
from localstyle.imageio import load_mask, load_photo
from localstyle.photo import Photo, as_unit, resize_unit
from localstyle.regions.instruction import Edit, parse_instruction, parse_style
from localstyle.masks import (Box, WorkingRegion, box_mask, check_box, composite, feather_weights, mask_bbox,
                              overlay, working_region)
from localstyle.models import ModelSet
from localstyle.settings import check_settings, combine
from localstyle.precision import clip_uses_bf16, describe

Progress = Callable[[dict], None]


@dataclass
class RegionPlan:
    """One edit made concrete: what to stylise, where, and how the region was found."""

    edit: Edit
    mask: np.ndarray
    box: Box
    source: str  # "mask", "box", "sam", "grounding"
    score: float | None = None


@dataclass
class StylizeResult:
    image: Image.Image
    record: dict
    plans: list[RegionPlan] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # conversions made reading the photo ("note: ...")

    @property
    def masks(self) -> list[np.ndarray]:
        return [plan.mask for plan in self.plans]


def resolve_models(models: ModelSet | str | os.PathLike | None, device: str = "auto") -> ModelSet:
    if isinstance(models, ModelSet):
        return models
    return ModelSet.create(models, device=device)


def region_list(box=None, mask=None) -> tuple[str, list] | None:
    """The user's regions as ("box" | "mask", [one per edit]); a single box or mask is a list of one."""
    if box is not None and mask is not None:
        raise InputError("give boxes or masks, not both")
    if box is not None:
        single = len(box) == 4 and all(isinstance(v, numbers.Real) for v in box)  # numpy ints too
        return "box", [box] if single else list(box)
    if mask is not None:
        return "mask", list(mask) if isinstance(mask, (list, tuple)) else [mask]
    return None


def edits_for(instruction: str, regions_given: int, parser: str = "rules", image: Image.Image | None = None,
              models: ModelSet | None = None, parser_model: str | None = None,
              llava_box_frame: str = "auto") -> list[Edit]:
    """Understand the instruction. With regions given (boxes, masks or points) the text may also be a
    bare style ("cubism", "apply cubism style"); with several regions it must name one edit per region."""
    if parser == "rules":
        try:
            edits = parse_instruction(instruction)
        except InstructionError:
            if not regions_given:
                raise
            edits = [Edit(region="given region", style=parse_style(instruction))]
    elif parser == "llm":
        from localstyle.regions.model_parsers import parse_with_language_model

        edits = parse_with_language_model(instruction, parser_model, device=str(models.device))
    elif parser == "llava":
        from localstyle.regions.model_parsers import parse_with_llava

        edits = parse_with_llava(image, instruction, parser_model, device=str(models.device),
                                 convention=llava_box_frame)
    else:
        raise InputError(f"unknown parser {parser!r}: choose rules, llm or llava")
    if regions_given and len(edits) != regions_given:
        if regions_given == 1 and len(edits) > 1:
            raise InputError(f"one region was given but the instruction has {len(edits)} edits "
                             f"({'; '.join(f'{e.style} -> {e.region}' for e in edits)}): give one box or "
                             "mask per edit, in order")
        raise InputError(f"{regions_given} regions were given for {len(edits)} edit(s): give one per edit")
    return edits


def plan_regions(photo: Photo, edits: list[Edit], models: ModelSet, box=None, mask=None, points=None,
                 segment_box: bool = True, detector: str = "detector", box_threshold: float = 0.3,
                 text_threshold: float = 0.25, progress: Progress | None = None) -> list[RegionPlan]:
    """Find each edit's mask on the ORIGINAL photo, all before stylising (the reference grounds each
    region on the current image in turn; grounding on the original keeps a later phrase from being
    looked for in an already stylised region).

    Per edit, in order of preference: the user's mask; the user's box (refined by SAM unless
    `segment_box` is False); the user's SAM clicks; else grounding the region words, then SAM."""
    notify = progress or (lambda event: None)
    check_settings({"box_threshold": box_threshold, "text_threshold": text_threshold})
    image = Image.fromarray(photo.rgb)  # 8-bit RGB for the models, whatever the photo's depth
    given = region_list(box, mask)
    plans = []
    for index, edit in enumerate(edits):
        if given and given[0] == "mask":
            region = load_mask(given[1][index], photo.size)
            plans.append(RegionPlan(edit, region, mask_bbox(region), "mask"))
            continue
        user_box = check_box(given[1][index], photo.size) if given else None
        if user_box is not None and not segment_box and not points:
            plans.append(RegionPlan(edit, box_mask(user_box, photo.size), user_box, "box"))
            continue
        from localstyle.regions.segmentation import segment

        score, source, margin = None, "sam", 0  # the user's box bounds the region exactly
        if user_box is None and not points:
            user_box, score = _ground(image, edit, index, models, detector, box_threshold, text_threshold,
                                      notify)
            source, margin = "grounding", None  # a detector's box may be a little tight
        notify({"event": "stage", "stage": "segment", "edit": index})
        region = segment(image, models, box=user_box, points=points, box_margin=margin)
        plans.append(RegionPlan(edit, region, user_box or mask_bbox(region), source, score))
    return plans


def _ground(image, edit: Edit, index: int, models: ModelSet, detector: str, box_threshold: float,
            text_threshold: float, notify: Progress) -> tuple[Box, float | None]:
    if edit.box is not None:  # the LLaVA parser already gave a box
        return check_box(edit.box, image.size), None
    from localstyle.regions.grounding import ground

    notify({"event": "stage", "stage": "ground", "edit": index, "region": edit.region})
    found = ground(image, edit.region, models, role=detector, box_threshold=box_threshold,
                   text_threshold=text_threshold)
    return check_box(found.box, image.size), found.score


def to_tensor(unit: np.ndarray, device: torch.device) -> torch.Tensor:
    """H x W x 3 float in [0, 1] -> 1 x 3 x H x W."""
    return torch.from_numpy(np.ascontiguousarray(unit, np.float32)).to(device).permute(2, 0, 1).unsqueeze(0)


def to_uint8(image: torch.Tensor) -> np.ndarray:
    return image[0].permute(1, 2, 0).clamp(0, 1).mul(255).round().byte().cpu().numpy()


def squash(unit: np.ndarray, side: int) -> np.ndarray:
    """The whole photo resized to side x side, aspect not kept (the reference's frame), bicubic."""
    return resize_unit(unit, (side, side), Image.BICUBIC)


@dataclass
class WorkingImage:
    """What one edit's optimisation sees: the working `content` (1 x 3 x h x w in [0, 1]) cut from the
    photo at `region.crop` and resized to `region.work_size`, the `mask` and box B there, the whole
    `photo` squashed to a square (the patches' direction source) and the patch (width, height)."""

    region: WorkingRegion
    content: torch.Tensor
    mask: torch.Tensor
    box: Box
    photo: torch.Tensor
    patch_size: tuple[int, int]


def working_image(rgb: np.ndarray, mask: np.ndarray, settings: StyleSettings, device: torch.device) -> WorkingImage:
    """The working image of one edit. `frame="region"` (localstyle's default): the mask's box plus a
    margin, long side `resolution`, aspect kept. `frame="reference"`: the published geometry, the whole
    photo squashed to `resolution` x `resolution` (rounded to a multiple of 8). `rgb` is the photo as
    H x W x 3 uint8 or float in [0, 1]."""
    unit = as_unit(rgb)
    if settings.frame == "reference":
        side = max(16, round(settings.resolution / 8) * 8)
        region = WorkingRegion(crop=(0, 0, unit.shape[1], unit.shape[0]), work_size=(side, side))
    else:
        region = working_region(mask, settings.resolution, settings.margin)
    x0, y0, x1, y1 = region.crop
    crop_rgb = resize_unit(unit[y0:y1, x0:x1], region.work_size, Image.BICUBIC)
    crop_mask = Image.fromarray(mask[y0:y1, x0:x1].astype(np.float32)).resize(region.work_size, Image.BILINEAR)
    return WorkingImage(
        region=region,
        content=to_tensor(crop_rgb, device),
        mask=torch.from_numpy(np.asarray(crop_mask).copy()).to(device)[None, None].clamp(0, 1),
        box=region.to_work(mask_bbox(mask)),
        # The patches' direction source and scale are the reference's: the whole photo squashed to a square.
        photo=to_tensor(squash(unit, settings.resolution), device),
        patch_size=region.frame_patch((unit.shape[1], unit.shape[0]), settings.crop_size, settings.resolution),
    )


def stylize_region(rgb: np.ndarray, mask: np.ndarray, style: str, models: ModelSet, settings: StyleSettings,
                   seed: int, progress: Progress | None = None) -> tuple[np.ndarray, dict]:
    """Stylise one region of an RGB image (uint8, or float in [0, 1] for any depth); pixels outside
    `mask` are returned unchanged, in the type given. Everything in between is float.

    Only the working image is optimised (see `working_image`), and the result is resized back and
    composited at the original resolution through the feathered mask."""
    unit = as_unit(rgb)
    work = working_image(unit, mask, settings, models.device)
    started, step_timing = time.perf_counter(), {}

    def on_event(event: dict) -> None:  # keeps the last step's rate for the record
        if event["event"] == "step":
            step_timing.update({k: round(event[k], 3) for k in ("seconds_per_step", "first_step_seconds")})
        if progress is not None:
            progress(event)

    on_event.preview_every = getattr(progress, "preview_every", 0)  # optimise asks the callback for previews
    stylized, history = optimise(work.content, work.mask, work.box, style, models.clip(), models.vgg(), settings,
                                 seed, on_event, photo=work.photo, patch_size=work.patch_size)
    canvas = work.region.paste(unit, stylized[0].permute(1, 2, 0).float().cpu().numpy())
    output = composite(unit, canvas, feather_weights(mask, settings.feather))
    if rgb.dtype == np.uint8:
        output = np.where(mask[..., None], np.rint(output * 255).astype(np.uint8), rgb)
    info = {"crop": list(work.region.crop), "work_size": list(work.region.work_size), "work_box": list(work.box),
            "patch_size": list(work.patch_size), "seconds": round(time.perf_counter() - started, 3), **step_timing,
            "final_losses": history[-1] if history else {}}
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
    import transformers

    return {"localstyle": __version__, "torch": torch.__version__, "transformers": transformers.__version__,
            "python": platform.python_version()}


def stylize(image, instruction: str | list[Edit], *, box=None, mask=None, points=None, preset: str = "paper",
            steps: int | None = None, seed: int = 0, device: str = "auto",
            models: ModelSet | str | os.PathLike | None = None, feather: int | None = None,
            settings: dict | None = None, segment_box: bool = True, parser: str = "rules",
            parser_model: str | None = None, llava_box_frame: str = "auto", detector: str = "detector",
            box_threshold: float = 0.3, text_threshold: float = 0.25, dry_run: bool = False,
            progress: Progress | None = None) -> StylizeResult:
    """Stylise the region(s) an instruction names and return the new image with a record of the run.

    `image` is a path or a PIL image; `instruction` is text, or a list of `Edit`s already understood.
    The region comes from `mask` (path, PIL image or bool array; or a list, one per edit), `box`
    ((x0, y0, x1, y1) pixels, refined by SAM unless `segment_box=False`; or a list, one per edit),
    `points` ([(x, y, label)] clicks for SAM), or, with none of them, from grounding the instruction's words.
    Pixels outside the masks are returned unchanged. `dry_run` stops after finding the regions."""
    notify = progress or (lambda event: None)
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    photo = load_photo(image)
    style_settings = settings_with(preset, **combine(settings, steps=steps, feather=feather))
    check_settings({"seed": seed})
    model_set = resolve_models(models, device)
    given = region_list(box, mask)
    regions_given = len(given[1]) if given else int(bool(points))
    if isinstance(instruction, str):
        edits = edits_for(instruction, regions_given, parser, Image.fromarray(photo.rgb), model_set,
                          parser_model, llava_box_frame)
    else:  # edits already understood (the web page stylises the ones the user kept)
        edits, instruction = list(instruction), "; ".join(f"{e.style} -> {e.region}" for e in instruction)
        if regions_given and len(edits) != regions_given:
            raise InputError(f"{regions_given} regions were given for {len(edits)} edit(s): give one per edit")
    timings["parse"] = time.perf_counter() - clock
    clock = time.perf_counter()
    plans = plan_regions(photo, edits, model_set, box=box, mask=mask, points=points, segment_box=segment_box,
                         detector=detector, box_threshold=box_threshold, text_threshold=text_threshold,
                         progress=notify)
    timings["regions"] = time.perf_counter() - clock
    if not dry_run:  # load before the first progress bar starts, and time it on its own
        notify({"event": "stage", "stage": "load", "edit": 0})
        clock = time.perf_counter()
        model_set.clip(), model_set.vgg()
        timings["load_models"] = time.perf_counter() - clock
    current = photo
    edit_records = []
    for index, plan in enumerate(plans):
        record = {"region": plan.edit.region, "style": plan.edit.style, "box": list(plan.box),
                  "region_source": plan.source, "score": plan.score, "mask_area": int(plan.mask.sum())}
        if not dry_run:
            notify({"event": "stage", "stage": "stylize", "edit": index, "edits": len(plans),
                    "style": plan.edit.style, "steps": style_settings.steps})
            # Each edit works on the current image (the paper's eq. 7): later edits win where masks overlap.
            try:
                unit, info = stylize_region(current.unit_rgb(), plan.mask, plan.edit.style, model_set,
                                            style_settings, seed + index, notify)
            except OptimisationDiverged as exc:  # the CLI writes this record to --save-dir, no image
                record.update({"error": str(exc), "diverged_at_step": exc.step})
                exc.record = {"instruction": instruction, "edits": edit_records + [record],
                              "settings": effective_settings(preset, style_settings, model_set.device),
                              "seed": seed, "device": str(model_set.device), "error": str(exc)}
                raise
            current = current.with_region(unit, plan.mask)  # back at the photo's own depth
            record.update(info)
        edit_records.append(record)
    timings["stylize"] = sum(r.get("seconds", 0.0) for r in edit_records)
    record = {
        "instruction": instruction,
        "edits": edit_records,
        "image_size": list(photo.size),
        "settings": effective_settings(preset, style_settings, model_set.device),
        "seed": seed,
        "device": str(model_set.device),
        "precision": describe(style_settings.mixed_precision, model_set.device),
        "models": dict(model_set.sources),
        "versions": versions(),
        "seconds": {k: round(v, 3) for k, v in timings.items()},
        "dry_run": dry_run,
    }
    return StylizeResult(image=current.to_image(), record=record, plans=plans, notes=photo.notes)
