"""RegionRoute on the web page: offered when the server was started with `--adapters DIR`.

The job runs the same `RegionRouteEditor` as `localstyle stylize --method regionroute`; the editor (base
and every adapter) loads on the first RegionRoute job and stays loaded. The method is mask-free, so a
request with regions (box, mask, points, keep) or a dry run is refused before it is queued."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from localstyle.errors import InputError, LocalStyleError, one_line
from localstyle.imageio import load_photo
from localstyle.options import Regions, RunOptions, from_mapping
from localstyle.regionroute import experts
from localstyle.regionroute.infer import EDITOR_SETTINGS, RegionRouteEditor, attention_picture
from localstyle.regions.instruction import parse_instruction
from localstyle.serve.errors import RequestError
from localstyle.serve.forms import JobSpec
from localstyle.serve.jobs import png
from localstyle.serve.limits import open_upload
from localstyle.settings import check_settings

DEFAULT_STEPS = 28  # as `stylize --method regionroute`


def split_editor_settings(options: RunOptions) -> tuple[RunOptions, dict]:
    """The server's options without the RegionRoute editor's settings (`serve --set text_length=77`), and
    those settings checked (`serve --set memory=nf4`): they are the editor's, set when it loads, and need
    --adapters."""
    own = {name: value for name, value in options.settings.items() if name in EDITOR_SETTINGS}
    if own and not options.adapters:
        raise InputError(f"--set {', '.join(own)}: RegionRoute setting(s); start the server with --adapters DIR")
    rest = {name: value for name, value in options.settings.items() if name not in EDITOR_SETTINGS}
    return options.replace(settings=rest), check_settings(own)


def adapter_styles(folder: str | Path, base: str = "kontext") -> list[str]:
    """The styles of the folder's adapters, every file checked as the CLI checks it (no model is loaded):
    a bad file stops the server at start-up with one line naming it."""
    return [info["style"] for info in experts.check_adapters(folder, base).values()]


class RegionRouteRunner:
    """The server's RegionRoute editor (`options.adapters`, `options.base`), loaded on its first job."""

    def __init__(self, defaults: RunOptions, models, text_length: int | None = None, memory: str = "auto"):
        self.folder, self.base, self.models = Path(defaults.adapters), defaults.base, models
        self.styles = adapter_styles(self.folder, self.base)  # a wrong folder fails at start-up, not at a job
        # the server's --set resolution is the work size's long side here too
        self.resolution = defaults.resolution or defaults.settings.get("resolution")
        # the editor's own settings: None is the adapters' own T5 length, as `stylize --method regionroute`
        self.text_length, self.memory = text_length, memory
        self.editor = None

    def run(self, spec, progress) -> dict[str, bytes]:
        """The job's files: result.png, record.json, attention.png (and mask_1.png with keep_background)."""
        if self.editor is None:
            progress({"event": "stage", "stage": "load"})
            self.editor = RegionRouteEditor(self.folder, self.base, self.models, text_length=self.text_length,
                                            memory=self.memory)
        result = self.editor(spec.photo.to_image(), spec.instruction, spec.options, progress=progress,
                             record_attention=True)  # the page shows the style's attention
        record = {**result.record, "dry_run": False}
        files = {"result.png": png(result.image), "attention.png": png(attention_picture(spec.photo.rgb,
                                                                                         result.attention)),
                 "record.json": (json.dumps(record, indent=2, default=str) + "\n").encode("utf-8")}
        if result.mask is not None:
            files["mask_1.png"] = png(Image.fromarray(result.mask.astype("uint8") * 255, "L"))
        return files


def regionroute_spec(request, runner: RegionRouteRunner | None, photos, limits) -> JobSpec:
    """A RegionRoute JobSpec from a checked request (400 with one line otherwise). The server's LEAST
    settings do not apply; the request's steps, seed, feather, detector, thresholds, keep_background and
    guidance do."""
    if runner is None:
        raise RequestError("this server has no RegionRoute adapters: start it with --adapters DIR")
    given = [name for name in ("box", "mask", "points", "keep") if getattr(request, name)]
    if given or request.dry_run:
        raise RequestError(f"RegionRoute is mask-free: {', '.join(given) or 'dry_run'} does not apply "
                           "(keep_background composites through a grounded mask)")
    if (request.image is None) == (request.photo is None):
        raise RequestError("send an image file or the id of an uploaded photo (one of image, photo)")
    steps = DEFAULT_STEPS if request.steps is None else request.steps
    if steps > limits.steps:
        raise RequestError(f"{steps} steps is over this server's limit of {limits.steps} (--max-steps)")
    instruction = request.instruction.strip()
    try:
        edits = parse_instruction(instruction)
        chosen = {name: value for name, value in request.run_options().items() if name != "preset"}
        options = from_mapping({**chosen, "steps": steps}, base=RunOptions(method="regionroute",
                               resolution=runner.resolution, feather=3)).checked()
    except LocalStyleError as exc:
        raise RequestError(one_line(exc)) from None
    if request.guidance is not None:
        options = options.replace(settings={"guidance": request.guidance})
    if len(edits) != 1:
        raise RequestError(f"RegionRoute edits one object per run; the instruction has {len(edits)} edits")
    photo = photos.get(request.photo).photo if request.photo else open_upload(request.image, limits, then=load_photo)
    return JobSpec(photo, instruction, options, Regions())
