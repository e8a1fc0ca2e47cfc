"""A job request made concrete and checked before it is queued: the photo (and a style picture) decoded
(within the limits), boxes, masks and clicks parsed against its size, the instruction understood (rules
only: cheap), the settings valid and within the step limit. Anything wrong is a 400 (413 for size) with one line."""

from __future__ import annotations

import math
from dataclasses import dataclass

from localstyle.errors import LocalStyleError
from localstyle.imageio import Photo, load_mask, load_photo
from localstyle.masks import check_box
from localstyle.methods import for_method, method_of
from localstyle.options import Regions, RunOptions, from_mapping
from localstyle.regions.plan import edits_for
from localstyle.regions.segmentation import parse_points
from localstyle.serve.errors import RequestError, request_words
from localstyle.serve.history import photo_key
from localstyle.serve.limits import Limits, open_upload
from localstyle.serve.photos import PhotoStore
from localstyle.serve.schemas import JobRequest
from localstyle.style_picture import load_style_picture


@dataclass
class JobSpec:
    photo: Photo
    instruction: str | list  # text, or the kept Edits of it
    options: RunOptions  # the server's, with what the request changed
    regions: Regions


def job_about(spec: JobSpec) -> dict:
    """What a job was asked, in the history's words, with its photo's history key: a page reloaded while
    the job waits or runs lists it with that photo's runs. `style_image`: the style picture's weight, None
    without one."""
    options, instruction, method = spec.options, spec.instruction, method_of(spec.options)
    if not isinstance(instruction, str):  # only some edits were kept
        instruction = "; ".join(f"{edit.style} on {edit.region}" for edit in instruction)
    return {"photo": photo_key(spec.photo.rgb), "instruction": instruction, "method": options.method,
            "preset": options.least.preset if "least" in method.groups else None, "seed": options.seed,
            "steps": method.planned_steps(options), "dry_run": options.dry_run,
            "style_image": None if options.style_image is None else options.least.style_image_weight}


def parse_boxes(text: str, size: tuple[int, int]) -> list[tuple[float, ...]]:
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


def check_points(points, size: tuple[int, int]) -> list:
    """SAM clicks must lie on the photo: refused here rather than failing later in the queue."""
    width, height = size
    for x, y, *_ in points:
        if not (0 <= x <= width and 0 <= y <= height):
            raise RequestError(f"point ({x:g}, {y:g}) is outside the photo ({width} x {height} pixels)")
    return list(points)


def parse_keep(text: str, count: int) -> list[int]:
    try:
        keep = [int(v) for v in text.replace(" ", "").split(",") if v]
    except ValueError:
        keep = []
    if not keep or len(set(keep)) != len(keep) or not all(0 <= k < count for k in keep):
        raise RequestError(f"keep must list distinct edit numbers from 0 to {count - 1}, got {text!r}")
    return sorted(keep)


def job_spec(request: JobRequest, photos: PhotoStore, limits: Limits, defaults: RunOptions) -> JobSpec:
    try:
        return _job_spec(request, photos, limits, defaults)
    except LocalStyleError as exc:  # the stylizers' own checks: the same words as on the command line
        raise RequestError(request_words(exc)) from None


def request_options(request: JobRequest, defaults: RunOptions) -> RunOptions:
    """The job's options: the server's with what the request changed, for the method it names (the
    server's settings of another method do not apply), the style's attention recorded for the page."""
    options = from_mapping(request.run_options(), base=defaults)
    return for_method(options).replace(record_attention=True).checked()


def _job_spec(request: JobRequest, photos: PhotoStore, limits: Limits, defaults: RunOptions) -> JobSpec:
    if (request.image is None) == (request.photo is None):
        raise RequestError("send an image file or the id of an uploaded photo (one of image, photo)")
    instruction = request.instruction.strip()
    if not instruction:
        raise RequestError("instruction is missing: type a style (with a box or mask) or an instruction")
    options = request_options(request, defaults)
    if request.style_image is not None:  # decoded within the limits, as the photo is
        options = options.replace(style_image=open_upload(request.style_image, limits, "style_image",
                                                          then=lambda image: load_style_picture(image, "upload")))
    method = method_of(options)
    steps = method.planned_steps(options)
    if steps > limits.steps and not options.dry_run:
        raise RequestError(f"{steps} steps is over this server's limit of {limits.steps} (--max-steps)")
    photo = photos.get(request.photo).photo if request.photo else open_upload(request.image, limits, then=load_photo)
    if request.box and request.mask:
        raise RequestError("give a box or a mask, not both")
    masks = [open_upload(data, limits, "mask", then=lambda m: load_mask(m, photo.size)) for data in request.mask]
    regions = Regions.of(parse_boxes(request.box, photo.size) if request.box else None, masks or None,
                         check_points(parse_points(request.points), photo.size) if request.points else None)
    if request.keep is None:
        method.check(options, regions, instruction)  # the same check the job would make
        return JobSpec(photo, instruction, options, regions)
    edits = edits_for(instruction, Regions(), options)
    kept = [edits[k] for k in parse_keep(request.keep, len(edits))]
    regions.check_edits(kept, kept=True)
    method.check(options, regions, kept)
    return JobSpec(photo, kept, options, regions)
