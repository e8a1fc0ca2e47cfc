"""What one run is: `RunOptions`, every option of a run defined once, and `Regions`, the regions a user
marks by hand. The faces are built from these definitions instead of copying them:

- the CLI's arguments of `stylize`, `ground`, `batch` and `eval` (`add_arguments`, `from_args`),
- the web app's request model (`pydantic_fields`),
- batch manifest lines (`RunOptions.replace` with a line's own options),
- eval's configuration (an `Evaluation` holds one `RunOptions`).

Values are checked by `settings.RULES` (`RunOptions.checked`), so a bad value is the same one line on
every face. A face adds only what is its own (an output path, a port). This module is light (no torch)
so that `localstyle --help` stays instant.
"""

from __future__ import annotations

import argparse
import dataclasses
import numbers
import typing
from dataclasses import dataclass, field
from typing import Any

from localstyle.errors import InputError
from localstyle.least.presets import StyleSettings, settings_with
from localstyle.settings import check_settings, merge_settings, parse_overrides

METHODS = ("least", "regionroute")
DETECTORS = ("detector", "owlv2")
PARSERS = ("rules", "llm", "llava")
LLAVA_BOX_FRAMES = ("auto", "original", "padded-square")
BASES = ("kontext", "instructpix2pix")  # regionroute.bases.BASES (checked by tests/test_options.py)
# `--set` names of a video run (localstyle.video), with their defaults; not LEAST settings, and a photo run
# ignores them. keyframes=1: the network is optimised on the keyframe alone. frame_batch=1: one frame at
# a time, measured fastest on a CPU and on a GPU (docs/video.md, Speed).
VIDEO_SETTINGS = {"keyframes": 1, "frame_batch": 1}


def _option(default: Any, help: str, *, choices: tuple = (), flag: str | None = None,
            negative: str | None = None, kind: type | None = None):
    """A RunOptions field: its default and help, the values it may take, and how faces spell it: `flag`
    is the CLI's (default --name-with-dashes); `negative` names a switch that turns a True default off
    (--no-segment and the web's no_segment for segment_box), and the help then describes that switch."""
    meta = {"help": help, "choices": choices, "flag": flag, "negative": negative, "kind": kind}
    if isinstance(default, dict):
        return field(default_factory=dict, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class RunOptions:
    """Every option of one run, with its default. Give them to `localstyle.stylize(..., **options)` by
    name, or build one and pass it to a stylizer: `LeastStylizer(models)(image, instruction, options)`."""

    method: str = _option("least", "least (masked CLIPstyler on the found region) or regionroute (a diffusion "
                          "editor with trained style adapters, mask-free)", choices=METHODS)
    preset: str = _option("paper", "settings preset: paper (the published settings), fast, preview (a first "
                          "look in minutes on a CPU) or clipstyler")  # checked by settings_with: one message
    steps: int | None = _option(None, "optimisation steps (paper: 200); regionroute: diffusion steps (28)",
                                kind=int)
    resolution: int | None = _option(None, "long side of the working crop in pixels (paper: 512)", kind=int)
    num_crops: int | None = _option(None, "patch crops per step (paper: 64)", flag="--crops", kind=int)
    feather: int | None = _option(None, "feather radius inside the mask edge, pixels (paper: 3)", kind=int)
    settings: dict = _option({}, "override any setting, e.g. lambda_patch=9000 (see the settings table)",
                             flag="--set")
    seed: int = _option(0, "random seed, 0 .. 2**63-1 (same seed and threads: same bytes on a CPU)", kind=int)
    segment_box: bool = _option(True, "use a given box itself as the mask instead of refining it with SAM",
                                negative="no_segment")  # the help describes the negative switch
    detector: str = _option("detector", "grounding backend role: Grounding DINO (detector) or OWLv2",
                            choices=DETECTORS)
    box_threshold: float | None = _option(None, "detection score threshold (default: the detector's own, 0.3 "
                                          "for Grounding DINO, 0.1 for OWLv2)", kind=float)
    text_threshold: float = _option(0.25, "Grounding DINO text threshold", kind=float)
    parser: str = _option("rules", "how to read the instruction: rules (no model), a chat LM (llm) or LLaVA",
                          choices=PARSERS)
    parser_model: str | None = _option(None, "hub id or folder of the llm / llava parser model")
    llava_box_frame: str = _option("auto", "what LLaVA's normalised boxes are relative to: auto (the original "
                                   "image for llava-v1.6 as in the paper, the padded square for LLaVA-1.5)",
                                   choices=LLAVA_BOX_FRAMES)
    dry_run: bool = _option(False, "find the regions only, stop before stylising")
    adapters: str | None = _option(None, "regionroute: folder of <style>.safetensors adapters")
    base: str = _option("kontext", "regionroute: base editor", choices=BASES)
    keep_background: bool = _option(False, "regionroute: composite through the grounded SAM mask so every "
                                    "pixel outside the object is the input's own")

    def replace(self, **changes) -> "RunOptions":
        """A copy with some options changed; an unknown name is an error naming the known ones."""
        unknown = sorted(set(changes) - set(NAMES))
        if unknown:
            raise InputError(f"unknown option(s) {', '.join(unknown)}; known: {', '.join(NAMES)}")
        return dataclasses.replace(self, **changes)

    def checked(self) -> "RunOptions":
        """Every value within its allowed range (settings.RULES) or one InputError naming it; the LEAST
        settings are built once to check preset and --set names before any work."""
        for name in ("method", "detector", "parser", "llava_box_frame", "base"):
            allowed = FIELDS[name].metadata["choices"]
            if getattr(self, name) not in allowed:
                raise InputError(f"{name} {getattr(self, name)!r} is not allowed: choose {', '.join(allowed)}")
        check_settings({"seed": self.seed, "steps": self.steps, "box_threshold": self.box_threshold,
                        "text_threshold": self.text_threshold})
        if self.method == "least":
            self.style_settings()
            self.video_settings()
        return self

    def style_overrides(self) -> dict:
        """The LEAST settings this run changes: `settings` plus the named shortcuts (steps, feather, ...)."""
        own = {name: value for name, value in self.settings.items() if name not in VIDEO_SETTINGS}
        return merge_settings(own, steps=self.steps, feather=self.feather, resolution=self.resolution,
                              num_crops=self.num_crops)

    def video_settings(self) -> dict:
        """A video run's own settings (VIDEO_SETTINGS): the defaults with `settings`' values, checked."""
        given = {name: self.settings[name] for name in VIDEO_SETTINGS if name in self.settings}
        return {**VIDEO_SETTINGS, **check_settings(given)}

    def style_settings(self, preset: str | None = None) -> StyleSettings:
        """The LEAST settings of this run, `preset` or the run's own."""
        return settings_with(preset or self.preset, **self.style_overrides())


FIELDS = {f.name: f for f in dataclasses.fields(RunOptions)}
NAMES = tuple(FIELDS)


def flag_of(name: str) -> str:
    """How the CLI spells an option: --no-segment for segment_box, --crops for num_crops, ..."""
    meta = FIELDS[name].metadata
    if meta["negative"]:
        return "--" + meta["negative"].replace("_", "-")
    return meta["flag"] or "--" + name.replace("_", "-")


def add_arguments(parser: argparse.ArgumentParser, names: tuple[str, ...], **defaults) -> None:
    """The CLI arguments of these options, generated from their definitions. `defaults` changes the
    default a command shows (make-data's preset is fast), never the option's meaning."""
    for name in names:
        meta, default = FIELDS[name].metadata, defaults.get(name, _default(name))
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


def _default(name: str):
    item = FIELDS[name]
    return item.default_factory() if item.default_factory is not dataclasses.MISSING else item.default


def from_args(args: argparse.Namespace, base: RunOptions | None = None) -> RunOptions:
    """The RunOptions of a parsed command line: every option the command declared, the rest defaults."""
    given = {name: getattr(args, name) for name in NAMES if hasattr(args, name)}
    if "settings" in given and isinstance(given["settings"], list):
        given["settings"] = parse_overrides(given["settings"])
    return (base or RunOptions()).replace(**given)


def pydantic_fields(names: tuple[str, ...]) -> dict:
    """(type, pydantic Field) per option for `pydantic.create_model`: the web request's run options.
    A negated switch is exposed by its negative name (no_segment = true turns segment_box off)."""
    from pydantic import Field

    hints, fields = typing.get_type_hints(RunOptions), {}
    for name in names:
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
