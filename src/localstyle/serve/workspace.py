"""The page's helpers beyond jobs: what this server offers (/api/config), example photos, and the history.

    GET    /api/config                       what the page shows: methods and their settings (RegionRoute with
                                             its styles when --adapters), presets, detectors,
                                             defaults, instruction examples and style chips, limits,
                                             example photos
    GET    /api/instruction                  how a text reads, and it with another style (serve/instructions.py)
    GET    /api/examples/NAME[/thumb.jpg]    an example photo (examples/photos), or its thumbnail
    GET    /api/history                      photos with kept runs, most recent first; bytes used and cap
    GET    /api/history/KEY                  the photo's runs, oldest first
    GET    /api/history/KEY/photo.png|thumb.jpg
    GET    /api/history/KEY/RUN/NAME         result.png (result.tif), thumb.jpg, record.json, attention.png, ...
    DELETE /api/history/KEY/RUN              forget one run
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse, Response
from PIL import Image, ImageOps
from pydantic import BaseModel, Field

from localstyle import options
from localstyle.least.presets import PRESETS
from localstyle.options import DETECTORS, RegionRouteOptions, RunOptions
from localstyle.regions.grounding import DEFAULT_BOX_THRESHOLD
from localstyle.serve import instructions
from localstyle.serve.errors import RequestError
from localstyle.serve.history import HistoryStore, thumbnail

EXAMPLE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")
KINDS = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp",
         "json": "application/json", "tif": "image/tiff"}


def default_examples() -> Path | None:
    """examples/photos of a source checkout (an installed wheel has none: the page then shows no examples)."""
    folder = Path(__file__).resolve().parents[3] / "examples" / "photos"
    return folder if folder.is_dir() else None


def example_names(folder: Path | None) -> list[str]:
    if folder is None or not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir()
                  if p.suffix.lower() in EXAMPLE_SUFFIXES and "mask" not in p.stem and not p.name.startswith("."))


class Method(BaseModel):
    name: str = Field(description="least or regionroute (POST /api/jobs `method`)")
    title: str = Field(description="its name in a run's description: LEAST, RegionRoute")
    label: str
    styles: list[str] = Field(description="regionroute: the styles of the server's adapters")
    about: str
    regions: bool = Field(description="takes regions marked on the photo, and finds them in a dry run")
    settings: list[str] = Field(description="the POST /api/jobs fields it takes, as the page shows them")
    steps: int | None = Field(description="its default steps (None: the preset's)")
    style_image: bool = Field(True, description="takes a style picture (POST /api/jobs `style_image`): LEAST "
                              "steers toward it, RegionRoute routes it to its adapters")
    style_image_about: str = Field("", description="what it does with a style picture, for the page")


class Detector(BaseModel):
    name: str = Field(description="POST /api/jobs `detector`")
    label: str
    threshold: float = Field(description="its own detection threshold, used when box_threshold is not sent")
    every_instance: bool = Field(description="a phrase gives every matching instance, each with its own mask")


# The grounding roles (options.DETECTORS) as the page names them, with the backend whose threshold each uses
# (the role "detector" is Grounding DINO unless a models file points it elsewhere).
DETECTOR_LABELS = {"detector": ("Grounding DINO", "grounding-dino"), "owlv2": ("OWLv2", "owlv2"),
                   "sam3": ("SAM 3 (every instance)", "sam3")}


class Preset(BaseModel):
    name: str
    steps: int = Field(description="its steps on this server (with the server's --set)")


class Setting(BaseModel):
    default: Any = Field(description="the server's value (None: the method's or the preset's own)")
    help: str


class InstructionHelp(BaseModel):
    examples: list[str]
    styles: list[str] = Field(description="the style chips")
    hint: str
    picture_hint: str = Field(description="the hint with a style picture: the text may name the region alone")


class Config(BaseModel):
    methods: list[Method]
    preset: str = Field(description="the default preset")
    presets: list[Preset]
    detectors: list[Detector] = Field(description="the choices of the `detector` setting")
    settings: dict[str, Setting] = Field(description="each setting of `methods[].settings`")
    instruction: InstructionHelp
    upload_mb: float
    megapixels: float
    max_steps: int
    examples: list[str] = Field(description="names under /api/examples/")
    history_mb: float = Field(description="the history's size cap, MiB")


class HistoryPhoto(BaseModel):
    key: str
    width: int
    height: int
    runs: int
    last: float = Field(description="time of its newest run, seconds since 1970")


class HistoryList(BaseModel):
    photos: list[HistoryPhoto]
    used_mb: float
    max_mb: float


def _file(path: Path) -> FileResponse:
    return FileResponse(path, media_type=KINDS.get(path.suffix.lower().lstrip("."), "application/octet-stream"),
                        headers={"Cache-Control": "no-store"})


def page_methods(regionroute_styles: list[str] | None) -> list[Method]:
    methods = [Method(name="least", title="LEAST", label="LEAST (optimise the region)", styles=[], regions=True,
                      about="Finds the region from the words (or takes the one you mark) and optimises its "
                            "pixels with CLIP.",
                      settings=["preset", "steps", "seed", "detector", "box_threshold", "style_image_weight"],
                      style_image_about="The picture's style replaces the instruction's style words; a "
                                        "weight below 1 mixes the words back in.",
                      steps=None)]
    if regionroute_styles is not None:  # mask-free; its steps are its own, not a preset's
        methods.append(Method(name="regionroute", title="RegionRoute", label="RegionRoute (trained style adapters)",
                              styles=regionroute_styles, regions=False,
                              about="Mask-free: the trained adapters decide where the style goes, one part per "
                                    "run. The chips are the styles it was trained on; another style is mixed from "
                                    "the nearest ones.",
                              settings=["steps", "seed", "guidance", "keep_background"],
                              style_image_about="The picture goes to the adapters whose styles it looks most "
                                                "like (CLIP); the instruction's style words are not used.",
                              steps=RegionRouteOptions.STEPS))
    return methods


PAGE_SETTINGS = ("preset", "steps", "seed", "detector", "box_threshold", "style_image_weight", "guidance",
                 "keep_background")


def page_settings(defaults: RunOptions) -> dict[str, Setting]:
    """The server's value and the help of each setting the page offers, from RunOptions."""
    return {name: Setting(default=defaults.value(name), help=options.FIELDS[name].metadata["help"])
            for name in PAGE_SETTINGS}


def page_detectors() -> list[Detector]:
    """Each grounding role with its own threshold (regions.grounding's), for the page's detector choice."""
    return [Detector(name=name, label=label, threshold=DEFAULT_BOX_THRESHOLD[backend], every_instance=name == "sam3")
            for name, (label, backend) in ((name, DETECTOR_LABELS[name]) for name in DETECTORS)]


def add_routes(app: FastAPI, *, history: HistoryStore, examples: Path | None, defaults: RunOptions, limits,
               regionroute_styles: list[str] | None = None, errors: dict) -> None:
    """`regionroute_styles`: the styles of the server's adapters (None: the server offers LEAST only)."""
    names = example_names(examples)
    shown = Config(methods=page_methods(regionroute_styles), preset=defaults.least.preset,
                   presets=[Preset(name=name, steps=defaults.style_settings(name).steps) for name in PRESETS],
                   detectors=page_detectors(),
                   settings=page_settings(defaults), instruction=InstructionHelp(
                       examples=instructions.EXAMPLES, styles=instructions.STYLE_CHIPS, hint=instructions.HINT,
                       picture_hint=instructions.PICTURE_HINT),
                   upload_mb=limits.upload_bytes / 2**20, megapixels=limits.pixels / 1e6, max_steps=limits.steps,
                   examples=names, history_mb=history.max_bytes / 2**20)
    instructions.add_instruction_route(app)

    @app.get("/api/config", response_model=Config)
    def config() -> Config:
        return shown

    def example(name: str) -> Path:
        if name not in names:
            raise RequestError(f"no example {name!r} (examples: {', '.join(names) or 'none'})", 404)
        return examples / name

    @functools.lru_cache(maxsize=32)
    def example_thumb(name: str) -> bytes:
        with Image.open(example(name)) as picture:
            return thumbnail(ImageOps.exif_transpose(picture))

    @app.get("/api/examples/{name}", response_class=FileResponse, responses=errors)
    def example_photo(name: str) -> FileResponse:
        return _file(example(name))

    @app.get("/api/examples/{name}/thumb.jpg", response_class=Response, responses=errors)
    def example_thumbnail(name: str) -> Response:
        return Response(example_thumb(example(name).name), media_type="image/jpeg")

    @app.get("/api/history", response_model=HistoryList)
    def history_photos() -> HistoryList:
        return HistoryList(photos=history.photos(), used_mb=round(history.used_bytes() / 2**20, 3),
                           max_mb=history.max_bytes / 2**20)

    @app.get("/api/history/{key}", responses=errors)
    def history_runs(key: str) -> dict:
        return {"key": key, "runs": history.runs(key)}

    @app.get("/api/history/{key}/{name}", response_class=FileResponse, responses=errors)
    def history_photo(key: str, name: str) -> FileResponse:
        return _file(history.photo_file(key, name))

    @app.get("/api/history/{key}/{run}/{name}", response_class=FileResponse, responses=errors)
    def history_file(key: str, run: str, name: str) -> FileResponse:
        return _file(history.run_file(key, run, name))

    @app.delete("/api/history/{key}/{run}", responses=errors)
    def forget_run(key: str, run: str) -> dict:
        history.delete(key, run)
        return {"key": key, "run": run, "removed": True}
