"""LEAST as a stylizer: `LeastStylizer(models)(image, instruction, options)` runs the stages for each edit,
parse -> ground -> segment -> stylise -> composite (localstyle.methods.METHODS["least"]).

Progress is reported through one callback of plain dicts (`{"event": "stage", ...}`, `{"event": "step",
...}`), which the CLI's progress bar, the logs and any UI all consume.
"""

from __future__ import annotations

import dataclasses
import os

import torch
from PIL import Image

from localstyle.errors import OptimisationDiverged
from localstyle.imageio import load_photo
from localstyle.least.presets import StyleSettings
from localstyle.least.region import stylize_region
from localstyle.models import ModelSet, resolve_models
from localstyle.options import Regions, RunOptions
from localstyle.photo import Photo
from localstyle.precision import clip_uses_bf16, precision_record
from localstyle.progress import Progress
from localstyle.regions.instruction import Edit
from localstyle.regions.plan import RegionPlan, edits_for, plan_record, plan_regions
from localstyle.result import Result, Stopwatch, versions


def effective_settings(preset: str, settings: StyleSettings, device: torch.device) -> dict:
    """The settings as the run used them: mixed_precision is false where autocast does not run."""
    return {"preset": preset, **dataclasses.asdict(settings),
            "mixed_precision": clip_uses_bf16(settings.mixed_precision, device)}


class LeastStylizer:
    """LEAST as a predictor: models set up once, then called per photo, as SAM's predictor is.

        stylizer = LeastStylizer("models.toml")
        result = stylizer("cat.jpg", "apply cubism style to the cat", RunOptions(preset="fast"))

    The stylizer owns its models (loaded on first use, kept while it lives). LEAST needs no setup from the
    options: any run's options may be given per call."""

    name = "least"
    groups = ("least", "video")  # the options it reads besides the shared ones (a clip: VideoStylizer)
    supports_video = True  # one trained network per edit, applied to every frame (localstyle.video)

    def __init__(self, models: ModelSet | str | os.PathLike | None = None, options: RunOptions | None = None,
                 device: str = "auto"):
        self.models = resolve_models(models, device)

    @staticmethod
    def setup_key(options: RunOptions) -> tuple:
        """What must match for one loaded stylizer to serve a run (LEAST: any run)."""
        return ()

    @staticmethod
    def planned_steps(options: RunOptions) -> int:
        """The optimisation steps each edit of a run takes."""
        return options.style_settings().steps

    @staticmethod
    def check(options: RunOptions, regions: Regions, instruction) -> None:
        """What a face checks before any model loads: the instruction and the regions given agree (rules
        parser; the model parsers are checked when they run)."""
        if isinstance(instruction, str) and options.parser == "rules":
            edits_for(instruction, regions, options)

    def __call__(self, image, instruction: str | list[Edit], options: RunOptions | None = None, *,
                 regions: Regions | None = None, progress: Progress | None = None) -> Result:
        """Stylise the region(s) an instruction names; pixels outside them are returned unchanged.

        `image` is a path, a PIL image or a loaded `Photo`; `instruction` is text, or a list of `Edit`s
        already understood (the web page stylises the ones the user kept). `regions` are the ones the user
        marked (else they are found from the words). `progress` receives the run's events; with
        `options.least.preview_every` N it also gets the working image every N steps."""
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
        run = {"method": self.name, "instruction": instruction, "steps": style_settings.steps,
               "settings": effective_settings(options.least.preset, style_settings, self.models.device),
               "seed": options.seed, "device": str(self.models.device)}
        edit_records = [plan_record(plan) for plan in plans]
        if not options.dry_run:  # load before the first progress bar starts, and time it on its own
            notify({"event": "stage", "stage": "load", "edit": 0})
            self.models.clip(), self.models.vgg()
            clock.lap("load_models")
            # 4-5. stylise each region and composite it into the photo
            photo, edit_records = self._stylize_regions(photo, plans, style_settings, options, run, notify)
        clock.seconds["stylize"] = sum(r.get("seconds", 0.0) for r in edit_records)
        record = {**run, "edits": edit_records, "image_size": list(photo.size),
                  "precision": precision_record(style_settings.mixed_precision, self.models.device),
                  "models": dict(self.models.sources), "versions": versions(),
                  "seconds": clock.record(), "dry_run": options.dry_run}
        return Result(image=photo.to_image(), record=record, plans=plans, notes=original.notes)

    def _stylize_regions(self, photo: Photo, plans: list[RegionPlan], settings: StyleSettings, options: RunOptions,
                         run: dict, notify: Progress) -> tuple[Photo, list[dict]]:
        """Each edit works on the current image (the paper's eq. 7): later edits win where masks overlap."""
        records = []
        for index, plan in enumerate(plans):
            record = plan_record(plan)
            notify({"event": "stage", "stage": "stylize", "edit": index, "edits": len(plans),
                    "style": plan.edit.style, "steps": settings.steps})
            try:
                pixels, info = stylize_region(photo.float_rgb(), plan.mask, plan.edit.style, self.models, settings,
                                              options.seed + index, notify, options.least.preview_every)
            except OptimisationDiverged as exc:  # the record says where it diverged; no image is made
                record.update({"error": str(exc), "diverged_at_step": exc.step})
                raise exc.with_record({**run, "edits": records + [record], "error": str(exc)}) from None
            photo = photo.with_region(pixels, plan.mask)  # back at the photo's own depth
            records.append({**record, **info})
        return photo, records
