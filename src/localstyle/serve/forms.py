"""A job request made concrete and checked before it is queued: the photo decoded (within the limits),
boxes, masks and clicks parsed against its size, the instruction understood (rules only: cheap), the
settings valid and within the step limit. Anything wrong is a 400 (413 for size) with one line."""

from __future__ import annotations

import math
from dataclasses import dataclass

from localstyle.errors import LocalStyleError, one_line
from localstyle.imageio import Photo, load_mask, load_photo
from localstyle.serve.errors import RequestError
from localstyle.serve.limits import Limits, open_upload
from localstyle.serve.photos import PhotoStore
from localstyle.serve.schemas import JobRequest


@dataclass
class JobSpec:
    photo: Photo
    instruction: str | list  # text, or the kept Edits of it
    options: dict  # keyword arguments of pipeline.stylize (besides models, settings, progress)


def parse_boxes(text: str, size: tuple[int, int]) -> list[tuple[float, ...]]:
    from localstyle.masks import check_box

    boxes = []
    for group in (g for g in text.split(";") if g.strip()):
        try:
            values = tuple(float(v) for v in group.replace(" ", "").split(","))
        except ValueError:
            values = ()
        if len(values) != 4 or not all(math.isfinite(v) for v in values):
            raise RequestError(f"box must be four numbers x0,y0,x1,y1 in pixels of the photo, got {group!r}")
        boxes.append(check_box(values, size))
    return boxes


def parse_keep(text: str, count: int) -> list[int]:
    try:
        keep = [int(v) for v in text.replace(" ", "").split(",") if v]
    except ValueError:
        keep = []
    if not keep or len(set(keep)) != len(keep) or not all(0 <= k < count for k in keep):
        raise RequestError(f"keep must list distinct edit numbers from 0 to {count - 1}, got {text!r}")
    return sorted(keep)


def job_spec(request: JobRequest, photos: PhotoStore, limits: Limits, preset: str, settings: dict) -> JobSpec:
    try:
        return _job_spec(request, photos, limits, preset, settings)
    except LocalStyleError as exc:  # the pipeline's own checks: same words as on the command line
        raise RequestError(one_line(exc).replace("--points", "points")) from None


def _job_spec(request: JobRequest, photos: PhotoStore, limits: Limits, preset: str, settings: dict) -> JobSpec:
    from localstyle.least.optimise import settings_with
    from localstyle.pipeline import edits_for
    from localstyle.settings import combine

    if (request.image is None) == (request.photo is None):
        raise RequestError("send an image file or the id of an uploaded photo (one of image, photo)")
    photo = photos.get(request.photo).photo if request.photo else open_upload(request.image, limits, then=load_photo)
    instruction = request.instruction.strip()
    if not instruction:
        raise RequestError("instruction is missing: type a style (with a box or mask) or an instruction")
    options: dict = {"preset": request.preset or preset, "seed": request.seed, "dry_run": request.dry_run,
                     "segment_box": not request.no_segment, "detector": request.detector,
                     "box_threshold": request.box_threshold, "text_threshold": request.text_threshold}
    chosen = settings_with(options["preset"], **combine(settings, steps=request.steps, feather=request.feather))
    if chosen.steps > limits.steps and not request.dry_run:
        raise RequestError(f"{chosen.steps} steps is over this server's limit of {limits.steps} (--max-steps)")
    options.update(steps=request.steps, feather=request.feather)
    if request.box and request.mask:
        raise RequestError("give a box or a mask, not both")
    if request.box:
        options["box"] = parse_boxes(request.box, photo.size)
    if request.mask:
        options["mask"] = [open_upload(data, limits, "mask", then=lambda m: load_mask(m, photo.size))
                           for data in request.mask]
    if request.points:
        from localstyle.regions.segmentation import parse_points

        options["points"] = parse_points(request.points)
    given = len(options.get("box") or options.get("mask") or []) or int("points" in options)
    if request.keep is None:
        edits_for(instruction, given)  # the same check the job would make
        return JobSpec(photo, instruction, options)
    edits = edits_for(instruction, 0)
    kept = [edits[k] for k in parse_keep(request.keep, len(edits))]
    if given and given != len(kept):
        raise RequestError(f"{given} regions were given for {len(kept)} kept edit(s): give one per kept edit")
    return JobSpec(photo, kept, options)
