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

from localstyle.errors import InstructionError
from localstyle.imageio import load_mask
from localstyle.masks import Box, box_mask, check_box, mask_bbox
from localstyle.models import ModelSet
from localstyle.options import Regions, RunOptions
from localstyle.photo import Photo
from localstyle.progress import Progress
from localstyle.regions.grounding import Grounding, ground
from localstyle.regions.instruction import Edit, parse_instruction, parse_style
from localstyle.regions.model_parsers import parse_with_language_model, parse_with_llava
from localstyle.regions.segmentation import segment


@dataclass
class RegionPlan:
    """One edit made concrete: what to stylise, where, and how the region was found."""

    edit: Edit
    mask: np.ndarray
    box: Box
    source: str  # "mask", "box", "sam", "grounding"
    score: float | None = None
    threshold: float | None = None  # the detection threshold grounding used


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
        edits = parse_with_language_model(instruction, options.parser_model, device=str(models.device),
                                          loaded=models.loaded)
    else:  # llava (RunOptions.checked allows no other)
        edits = parse_with_llava(image, instruction, options.parser_model, device=str(models.device),
                                 convention=options.llava_box_frame, loaded=models.loaded)
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


def plan_record(plan: RegionPlan) -> dict:
    """What a run's record says of one edit's region."""
    return {"region": plan.edit.region, "style": plan.edit.style, "box": list(plan.box),
            "region_source": plan.source, "score": plan.score, "box_threshold": plan.threshold,
            "mask_area": int(plan.mask.sum())}
