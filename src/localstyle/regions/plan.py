"""The stages both methods share: understand the instruction (`edits_for`) and find each edit's region on
the photo (`plan_regions`: the user's mask or box, SAM clicks, or grounding the words then SAM).

LEAST stylises each plan's mask; RegionRoute grounds its object the same way when asked to keep the
background. Nothing here knows either method.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
from PIL import Image

from localstyle.errors import InstructionError, RegionNotFoundError
from localstyle.imageio import load_mask
from localstyle.masks import Box, box_mask, check_box, mask_bbox
from localstyle.models import ModelSet
from localstyle.options import Regions, RunOptions
from localstyle.photo import Photo
from localstyle.progress import Progress
from localstyle.regions.grounding import Detection, Grounding, ground
from localstyle.regions.instruction import Edit, parse_instruction, parse_style, parse_with_picture
from localstyle.regions.model_parsers import parse_with_language_model, parse_with_llava
from localstyle.regions.sam3 import ground_sam3
from localstyle.regions.segmentation import clean_mask, decode_mask, embed_image, segment


@dataclass
class RegionPlan:
    """One edit made concrete: what to stylise, where, and how the region was found."""

    edit: Edit
    mask: np.ndarray
    box: Box
    source: str  # "mask", "box", "sam", "grounding"
    score: float | None = None
    threshold: float | None = None  # the detection threshold grounding used
    instances: tuple[Detection, ...] = ()  # "all the X" / SAM 3: each instance with its own mask (`mask` their union)


def edits_for(instruction: str, regions: Regions, options: RunOptions, image: Image.Image | None = None,
              models: ModelSet | None = None) -> list[Edit]:
    """Understand the instruction. With regions given (boxes, masks or points) the text may also be a
    bare style ("cubism", "apply cubism style"); with several regions it must name one edit per region.
    With a style picture (`options.style_image`) it may name the region alone ("the cat": style "", the
    picture's; `parse_with_picture`), or, when a region is given, no style at all ("", "this style")."""
    picture = options.style_image is not None
    if options.parser == "rules":
        try:
            edits = parse_with_picture(instruction, not regions.count) if picture else parse_instruction(instruction)
        except InstructionError:
            if not regions.count:
                raise
            edits = [Edit(region="given region", style=_given_region_style(instruction, picture))]
    elif options.parser == "llm":
        edits = parse_with_language_model(instruction, options.parser_model, device=str(models.device),
                                          loaded=models.loaded)
    else:  # llava (RunOptions.checked allows no other)
        edits = parse_with_llava(image, instruction, options.parser_model, device=str(models.device),
                                 convention=options.llava_box_frame, loaded=models.loaded)
    regions.check_edits(edits)
    return edits


def _given_region_style(instruction: str, picture: bool) -> str:
    """The style of a text given with a region: its words, or with a style picture "" when it has none."""
    try:
        return parse_style(instruction)
    except InstructionError:
        if not picture:
            raise
        return ""


def plan_regions(photo: Photo, edits: list[Edit], models: ModelSet, regions: Regions | None = None,
                 options: RunOptions | None = None, progress: Progress | None = None) -> list[RegionPlan]:
    """Find each edit's mask on the ORIGINAL photo, all before stylising (the reference grounds each
    region on the current image in turn; grounding on the original keeps a later phrase from being
    looked for in an already stylised region).

    Per edit, in order of preference: the user's mask; the user's box (refined by SAM unless
    `options.segment_box` is False); the user's SAM clicks; else grounding the region words, then SAM
    (with several instances, "all the X", SAM for each; with `detector="sam3"` SAM 3's own masks), the
    region being the instances' union."""
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
        instances = _instance_masks(image, found, models) if found is not None and _several(found) else ()
        if instances:  # "all the X", or SAM 3's own masks: their union
            region = np.logical_or.reduce([instance.mask for instance in instances])
        else:
            region = segment(image, models, box=user_box, points=regions.points, box_margin=margin)
        score, threshold = (found.score, found.threshold) if found else (None, None)
        plans.append(RegionPlan(edit, region, user_box or mask_bbox(region), source, score, threshold, instances))
    return plans


def _several(found: Grounding) -> bool:
    """Whether the region is made of instances: several were chosen, or SAM 3 gave its masks."""
    return len(found.instances) > 1 or any(instance.mask is not None for instance in found.instances)


def _instance_masks(image: Image.Image, found: Grounding, models: ModelSet) -> tuple[Detection, ...]:
    """Each chosen instance with its own mask: SAM 3's, cleaned as a SAM mask is (kept inside its box,
    holes and specks removed), else SAM's for its box (the photo encoded once). An instance whose mask
    comes out empty is left out, unless none is left."""
    kept, embedding, failure = [], None, None
    for instance in found.instances:
        try:
            if instance.mask is not None:
                mask = clean_mask(instance.mask, box=instance.box)
            else:
                embedding = embedding or embed_image(image, models)
                mask = decode_mask(embedding, models, box=instance.box)
        except RegionNotFoundError as exc:
            failure = exc
            continue
        kept.append(dataclasses.replace(instance, mask=mask))
    if not kept:
        raise RegionNotFoundError(f'every instance of "{found.phrase}" found had no usable mask ({failure}); '
                                  "give --box, --mask or --points")
    return tuple(kept)


def _ground(image, edit: Edit, index: int, models: ModelSet, options: RunOptions,
            notify: Progress) -> Grounding | None:
    """The detector's choice for the edit's words, its box checked against the image (the LLaVA parser's
    own box when it gave one)."""
    if edit.box is not None:
        return Grounding(check_box(edit.box, image.size), None, edit.region, edit.region, None, (), None)
    notify({"event": "stage", "stage": "ground", "edit": index, "region": edit.region})
    if options.detector == "sam3":
        found = ground_sam3(image, edit.region, models, box_threshold=options.box_threshold)
    else:
        found = ground(image, edit.region, models, role=options.detector, box_threshold=options.box_threshold,
                       text_threshold=options.text_threshold)
    return dataclasses.replace(found, box=check_box(found.box, image.size))


def plan_record(plan: RegionPlan) -> dict:
    """What a run's record says of one edit's region."""
    record = {"region": plan.edit.region, "style": plan.edit.style, "box": list(plan.box),
              "region_source": plan.source, "score": plan.score, "box_threshold": plan.threshold,
              "mask_area": int(plan.mask.sum())}
    if plan.instances:  # the region is their union
        record["instances"] = [{"box": [round(v, 2) for v in instance.box], "score": round(instance.score, 4),
                                "mask_area": int(instance.mask.sum())} for instance in plan.instances]
    return record
