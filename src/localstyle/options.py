"""The options of a run, defined once: `RunOptions` (the fields every method shares, and one typed group per
owner: `LeastOptions`, `RegionRouteOptions`, `VideoOptions`) and `Regions` (what a user marked by hand).

Each field carries its default, its help, the values it may take, how the command line spells it and which
faces take it (`faces`: stylize, ground, batch, line (a manifest line), eval, serve (the server's defaults),
request (a web request)). The faces are generated from these definitions, never copied: the CLI's arguments
(`add_arguments`), the web request model (`pydantic_fields`), manifest lines and eval's configuration
(`from_mapping`). Values are checked by the rule table in `localstyle.settings` (`RunOptions.checked`), so a
bad value is the same one line on every face. A face adds only what is its own (an output path, a port).

Fields are given flat by name wherever a run is made (`RunOptions(preset="fast", keyframes=3)`,
`localstyle.stylize(..., adapters="dir")`, a manifest line, a request): each name belongs to exactly one
place. `settings` (the command line's `--set NAME=VALUE`) takes the names of LEAST's settings table, and
also the fields of the other groups that have no flag of their own (`keyframes=3`, `guidance=2.5`): those
go to their group. This module is light (no torch) so that `localstyle --help` stays instant.
"""

from __future__ import annotations

import argparse
import dataclasses
import numbers
import typing
from dataclasses import dataclass, field
from typing import Any, ClassVar

from localstyle.errors import InputError
from localstyle.least.presets import StyleSettings, settings_with
from localstyle.settings import check_settings, merge_settings, parse_overrides

METHODS = ("least", "regionroute")  # the registry: localstyle.methods.METHODS (checked by tests/test_options.py)
DETECTORS = ("detector", "owlv2", "sam3")
PARSERS = ("rules", "llm", "llava")
LLAVA_BOX_FRAMES = ("auto", "original", "padded-square")
BASES = ("kontext", "instructpix2pix")  # regionroute.bases.BASES (checked by tests/test_options.py)

# The faces that take options. `line` is a batch manifest line, `serve` the server's defaults, `request`
# a web request.
EVERY_RUN = ("stylize", "batch", "line")
EVERYWHERE = ("stylize", "ground", "batch", "line", "eval", "serve", "request")


def _option(default: Any, help: str, *, faces: tuple[str, ...], choices: tuple = (), flag: str | None = None,
            negative: str | None = None, kind: type | None = None, set_name: bool = False):
    """A field of the run's options: its default and help, the values it may take, the faces that take it
    and how the CLI spells it: `flag` (default --name-with-dashes); `negative` names a switch that turns a
    True default off (--no-segment and the web's no_segment for segment_box; the help then describes that
    switch); `set_name` fields have no flag of their own and are given as `--set NAME=VALUE`."""
    meta = {"help": help, "choices": choices, "flag": flag, "negative": negative, "kind": kind, "faces": faces,
            "set_name": set_name}
    if isinstance(default, dict):
        return field(default_factory=dict, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class LeastOptions:
    """LEAST's own options: the settings preset, its settings table (`--set`), crops and previews."""

    preset: str = _option("paper", "settings preset: paper (the published settings), fast, preview (a first "
                          "look in minutes on a CPU) or clipstyler", faces=(*EVERY_RUN, "eval", "serve", "request"))
    num_crops: int | None = _option(None, "patch crops per step (paper: 64)", flag="--crops", kind=int,
                                    faces=EVERY_RUN)
    settings: dict = _option({}, "override any setting, e.g. lambda_patch=9000 (see the settings table); "
                             "also a video's keyframes and frame_batch, RegionRoute's guidance, temperature, "
                             "top_k, text_length and memory", flag="--set", faces=(*EVERY_RUN, "eval", "serve"))
    preview_every: int = _option(0, "send a preview of the working image every N steps (0: none)", kind=int,
                                 faces=())
    style_image_weight: float = _option(1.0, "with --style-image: the picture's share of the target direction, "
                                        "0..1 (1: the picture alone; below 1 mixed with the instruction's style "
                                        "words)", kind=float, faces=(*EVERY_RUN, "request"))

    def checked(self) -> "LeastOptions":
        return dataclasses.replace(self, **check_settings({"preview_every": self.preview_every,
                                                           "style_image_weight": self.style_image_weight}))


@dataclass(frozen=True)
class RegionRouteOptions:
    """RegionRoute's own options: the adapters and base it loads, and how it routes and edits."""

    STEPS: ClassVar[int] = 28  # the released inference setting, when `steps` is not given
    FEATHER: ClassVar[int] = 3  # keep_background's composite edge, when `feather` is not given

    adapters: str | None = _option(None, "regionroute: folder of <style>.safetensors adapters",
                                   faces=(*EVERY_RUN, "eval", "serve"))
    base: str = _option("kontext", "regionroute: base editor", choices=BASES, faces=(*EVERY_RUN, "eval", "serve"))
    keep_background: bool = _option(False, "regionroute: composite through the grounded SAM mask so every "
                                    "pixel outside the object is the input's own", faces=(*EVERY_RUN, "request"))
    guidance: float | None = _option(None, "regionroute: guidance scale (default: the base's, Kontext 3.5, "
                                     "InstructPix2Pix 7.5)", kind=float, set_name=True,
                                     faces=(*EVERY_RUN, "eval", "serve", "request"))
    temperature: float = _option(0.1, "regionroute: routing softmax temperature over the adapters", kind=float,
                                 set_name=True, faces=(*EVERY_RUN, "serve", "request"))
    top_k: int | None = _option(None, "regionroute: mix only the k adapters nearest the style", kind=int,
                                set_name=True, faces=(*EVERY_RUN, "serve", "request"))
    text_length: int | None = _option(None, "regionroute: T5 length (default: the one the adapters were "
                                      "trained with)", kind=int, set_name=True, faces=(*EVERY_RUN, "serve"))
    memory: str = _option("auto", "regionroute: how the editor sits in GPU memory: auto (what the free memory "
                          "allows), full, offload, nf4 or sequential", set_name=True, faces=(*EVERY_RUN, "serve"))
    record_attention: bool = _option(False, "regionroute: keep the style's attention map (attention.png)",
                                     faces=())

    def checked(self) -> "RegionRouteOptions":
        return dataclasses.replace(self, **check_settings({"guidance": self.guidance, "temperature": self.temperature,
                                                           "top_k": self.top_k, "text_length": self.text_length,
                                                           "memory": self.memory}))


@dataclass(frozen=True)
class VideoOptions:
    """A clip's own options (localstyle.video); a photo run ignores them."""

    keyframe: int = _option(0, "video: the frame on which regions are found (or --box/--mask/--points given) "
                            "and the style optimised", kind=int, faces=("stylize",))
    # keyframes=1: the network is optimised on the keyframe alone. frame_batch=1: one frame at a time,
    # measured fastest on a CPU and on a GPU (docs/video.md, Speed).
    keyframes: int = _option(1, "video: frames the StyleNet is optimised on, spread through the clip",
                             kind=int, set_name=True, faces=EVERY_RUN)
    frame_batch: int = _option(1, "video: frames whose working crops go through the StyleNet at once", kind=int,
                               set_name=True, faces=EVERY_RUN)
    max_frames: int | None = _option(None, "video: refuse clips of more frames than this (default: "
                                     "LOCALSTYLE_MAX_FRAMES, else 18,000)", kind=int, faces=("stylize",))
    save_dir: str | None = _option(None, "video: also write the masks and overlay as clips, and record.json, here",
                                   faces=())

    def checked(self) -> "VideoOptions":
        return dataclasses.replace(self, **check_settings({"keyframe": self.keyframe, "keyframes": self.keyframes,
                                                           "frame_batch": self.frame_batch,
                                                           "max_frames": self.max_frames}))


GROUPS = {"least": LeastOptions, "regionroute": RegionRouteOptions, "video": VideoOptions}


@dataclass(frozen=True, init=False)
class RunOptions:
    """Every option of one run, with its default. Give them by name (`RunOptions(preset="fast")`,
    `localstyle.stylize(..., **options)`), read them by group (`options.least.preset`,
    `options.regionroute.adapters`), and pass one to a stylizer: `stylizer(image, instruction, options)`."""

    method: str = _option("least", "least (masked CLIPstyler on the found region) or regionroute (a diffusion "
                          "editor with trained style adapters, mask-free)", choices=METHODS,
                          faces=(*EVERY_RUN, "request"))
    # Both methods read it (LEAST's target direction, RegionRoute's routing), so it is not LEAST's group's: a
    # RegionRoute run gets LEAST's group at its defaults (methods.for_method). A web request uploads it.
    style_image: str | None = _option(None, "a picture whose style to apply (path or URL) instead of, or mixed "
                                      "with, the instruction's style words; the instruction may then name "
                                      "only the region (\"the cat\")", faces=EVERY_RUN)
    steps: int | None = _option(None, "optimisation steps (paper: 200); regionroute: diffusion steps (28)",
                                kind=int, faces=(*EVERY_RUN, "eval", "request"))
    resolution: int | None = _option(None, "long side of the working crop in pixels (paper: 512); regionroute: "
                                     "of the work size", kind=int, faces=(*EVERY_RUN, "serve"))
    feather: int | None = _option(None, "feather radius inside the mask edge, pixels (paper: 3)", kind=int,
                                  faces=(*EVERY_RUN, "request"))
    seed: int = _option(0, "random seed, 0 .. 2**63-1 (same seed and threads: same bytes on a CPU)", kind=int,
                        faces=(*EVERY_RUN, "eval", "request"))
    segment_box: bool = _option(True, "use a given box itself as the mask instead of refining it with SAM",
                                negative="no_segment", faces=(*EVERY_RUN, "eval", "request"))
    detector: str = _option("detector", "grounding backend role: Grounding DINO (detector), OWLv2, or SAM 3 "
                            "(sam3: every instance of the phrase, with its own masks)",
                            choices=DETECTORS, faces=EVERYWHERE)
    box_threshold: float | None = _option(None, "detection score threshold (default: the detector's own, 0.3 "
                                          "for Grounding DINO, 0.1 for OWLv2)", kind=float, faces=EVERYWHERE)
    text_threshold: float = _option(0.25, "Grounding DINO text threshold", kind=float, faces=EVERYWHERE)
    parser: str = _option("rules", "how to read the instruction: rules (no model), a chat LM (llm) or LLaVA",
                          choices=PARSERS, faces=("stylize",))
    parser_model: str | None = _option(None, "hub id or folder of the llm / llava parser model", faces=("stylize",))
    llava_box_frame: str = _option("auto", "what LLaVA's normalised boxes are relative to: auto (the original "
                                   "image for llava-v1.6 as in the paper, the padded square for LLaVA-1.5)",
                                   choices=LLAVA_BOX_FRAMES, faces=("stylize",))
    dry_run: bool = _option(False, "find the regions only, stop before stylising", faces=("stylize", "request"))
    least: LeastOptions = field(default_factory=LeastOptions)
    regionroute: RegionRouteOptions = field(default_factory=RegionRouteOptions)
    video: VideoOptions = field(default_factory=VideoOptions)

    def __init__(self, **values):
        """Fields by name (flat: `preset=`, `keyframes=`), or whole groups (`least=LeastOptions(...)`)."""
        unknown = sorted(set(values) - set(NAMES) - set(GROUPS))
        if unknown:
            raise InputError(f"unknown option(s) {', '.join(unknown)}; known: {', '.join(NAMES)}")
        values = _route_settings(values)
        for item in dataclasses.fields(self):
            if item.name in GROUPS:
                own = {name: values[name] for name in GROUP_FIELDS[item.name] if name in values}
                value = dataclasses.replace(values.get(item.name) or GROUPS[item.name](), **own)
            else:
                value = values[item.name] if item.name in values else _default(item.name)
            object.__setattr__(self, item.name, value)

    def replace(self, **changes) -> "RunOptions":
        """A copy with some fields changed, by name (flat) or group; an unknown name is an error."""
        return dataclasses.replace(self, **changes)

    def checked(self) -> "RunOptions":
        """Every value within its allowed range (settings.RULES) or one InputError naming it, values as
        their types; a LEAST run's settings are built once to check the preset and --set names."""
        for name in ("method", "detector", "parser", "llava_box_frame", "base"):
            allowed, value = FIELDS[name].metadata["choices"], self.value(name)
            if value not in allowed:
                raise InputError(f"{name} {value!r} is not allowed: choose {', '.join(allowed)}")
        shared = check_settings({"seed": self.seed, "steps": self.steps, "box_threshold": self.box_threshold,
                                 "text_threshold": self.text_threshold})
        checked = dataclasses.replace(self, **shared, least=self.least.checked(), video=self.video.checked(),
                                      regionroute=self.regionroute.checked())
        if self.method == "least":
            checked.style_settings()
        return checked

    def value(self, name: str):
        """A field's value by its flat name (`value("preset")` is `least.preset`)."""
        group = GROUP_OF.get(name)
        return getattr(getattr(self, group) if group else self, name)

    def style_overrides(self) -> dict:
        """The LEAST settings this run changes: `settings` plus the named shortcuts (steps, feather, ...)."""
        return merge_settings(self.least.settings, steps=self.steps, feather=self.feather,
                              resolution=self.resolution, num_crops=self.least.num_crops)

    def style_settings(self, preset: str | None = None) -> StyleSettings:
        """The LEAST settings of this run, `preset` or the run's own."""
        return settings_with(preset or self.least.preset, **self.style_overrides())


def _default(name: str):
    item = FIELDS[name]
    return item.default_factory() if item.default_factory is not dataclasses.MISSING else item.default


# name -> the dataclass field, for every field of every group; the top-level fields come first.
FIELDS = {f.name: f for f in dataclasses.fields(RunOptions) if f.name not in GROUPS}
GROUP_FIELDS = {group: tuple(f.name for f in dataclasses.fields(kind)) for group, kind in GROUPS.items()}
GROUP_OF = {name: group for group, names in GROUP_FIELDS.items() for name in names}
FIELDS.update({f.name: f for kind in GROUPS.values() for f in dataclasses.fields(kind)})
NAMES = tuple(FIELDS)
SET_NAMES = tuple(name for name in NAMES if FIELDS[name].metadata["set_name"])  # given with --set


def _route_settings(values: dict) -> dict:
    """`settings` holds LEAST's settings table; the other groups' --set names in it go to their fields."""
    given = values.get("settings")
    if not isinstance(given, dict) or not set(given) & set(SET_NAMES):
        return values
    values = {**values, "settings": {k: v for k, v in given.items() if k not in SET_NAMES}}
    for name in set(given) & set(SET_NAMES):
        if name in values and values[name] != given[name]:
            raise InputError(f"{name} is given twice, as {values[name]!r} and as {given[name]!r}")
        values[name] = given[name]
    return values


def names_for(face: str) -> tuple[str, ...]:
    """The fields a face takes, in definition order."""
    return tuple(name for name in NAMES if face in FIELDS[name].metadata["faces"])


def flag_of(name: str) -> str:
    """How the CLI spells a field: --no-segment for segment_box, --crops for num_crops, --set NAME for
    the groups' set names; a name of no field (a face's own, --workers) with dashes."""
    if name not in FIELDS:
        return "--" + name.replace("_", "-")
    meta = FIELDS[name].metadata
    if meta["negative"]:
        return "--" + meta["negative"].replace("_", "-")
    if meta["set_name"]:
        return f"--set {name}"
    return meta["flag"] or "--" + name.replace("_", "-")


def add_arguments(parser: argparse.ArgumentParser, face: str, **defaults) -> None:
    """The CLI arguments of the fields `face` takes, generated from their definitions (set names are given
    with --set). `defaults` changes the default a command shows (serve's preset is fast), never the
    field's meaning."""
    for name in names_for(face):
        meta, default = FIELDS[name].metadata, defaults.get(name, _default(name))
        if meta["set_name"]:
            continue
        if meta["negative"]:
            parser.add_argument(flag_of(name), dest=name, action="store_false", help=meta["help"])
        elif isinstance(default, bool):
            parser.add_argument(flag_of(name), dest=name, action="store_true", help=meta["help"])
        elif name == "settings":
            parser.add_argument("--set", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                                help=f"{meta['help']}; repeatable")
        else:
            parser.add_argument(flag_of(name), dest=name, default=default, type=meta["kind"],
                                choices=meta["choices"] or None, help=meta["help"])


def from_args(args: argparse.Namespace, base: RunOptions | None = None) -> RunOptions:
    """The RunOptions of a parsed command line: every field the command declared, the rest defaults."""
    given = {name: getattr(args, name) for name in NAMES if hasattr(args, name)}
    if "settings" in given and isinstance(given["settings"], list):
        given["settings"] = parse_overrides(given["settings"])
    return (base or RunOptions()).replace(**given)


def pydantic_fields(face: str) -> dict:
    """(type, pydantic Field) per field `face` takes, for `pydantic.create_model` (the web request's run
    options). A negated switch is exposed by its negative name (no_segment = true turns segment_box off)."""
    from pydantic import Field

    hints = {name: hint for kind in (RunOptions, *GROUPS.values()) for name, hint in
             typing.get_type_hints(kind).items()}
    fields = {}
    for name in names_for(face):
        meta, annotation = FIELDS[name].metadata, hints[name]
        if meta["negative"]:
            fields[meta["negative"]] = (bool, Field(False, description=meta["help"]))
            continue
        if meta["choices"]:
            annotation = typing.Literal[meta["choices"]]
        fields[name] = (annotation, Field(_default(name), description=meta["help"]))
    return fields


def from_mapping(values: dict, base: RunOptions | None = None) -> RunOptions:
    """RunOptions from a web request or a manifest line: negated switches turned back (no_segment)."""
    values = dict(values)
    for name, item in FIELDS.items():
        negative = item.metadata["negative"]
        if negative and negative in values:
            values[name] = not values.pop(negative)
    return (base or RunOptions()).replace(**values)


@dataclass(frozen=True)
class Regions:
    """Regions a user marks by hand: boxes or masks (one per edit, in order; not both), or SAM clicks.
    A box is (x0, y0, x1, y1) pixels; a mask a path, PIL image or bool array; points [(x, y, label)]."""

    boxes: tuple | None = None
    masks: tuple | None = None
    points: tuple | None = None

    @classmethod
    def of(cls, box=None, mask=None, points=None) -> "Regions":
        """From `stylize`'s keywords: a single box or mask is a list of one."""
        if box is not None and mask is not None and len(box) and _as_list(mask):
            raise InputError("give boxes or masks, not both")
        boxes = None
        if box is not None:
            single = len(box) == 4 and all(isinstance(v, numbers.Real) for v in box)  # numpy ints too
            boxes = tuple([box] if single else box) or None
        masks = tuple(_as_list(mask)) or None if mask is not None else None
        return cls(boxes, masks, tuple(points) if points else None)

    @property
    def count(self) -> int:
        """How many edits these regions stand for (clicks make one region)."""
        return len(self.boxes or self.masks or ()) or int(bool(self.points))

    def check_edits(self, edits: list, kept: bool = False) -> None:
        """As many regions as edits (the one check every face makes); no regions means "find them"."""
        given = self.count
        if not given or given == len(edits):
            return
        if kept:
            raise InputError(f"{given} regions were given for {len(edits)} kept edit(s): give one per kept edit")
        if given == 1:
            listed = "; ".join(f"{e.style} -> {e.region}" for e in edits)
            raise InputError(f"one region was given but the instruction has {len(edits)} edits ({listed}): give "
                             "one box or mask per edit, in order")
        raise InputError(f"{given} regions were given for {len(edits)} edit(s): give one per edit")


def _as_list(mask) -> list:
    return list(mask) if isinstance(mask, (list, tuple)) else [mask]
