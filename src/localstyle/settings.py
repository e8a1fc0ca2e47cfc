"""Every setting a user can give, with the values it may take, and `--set NAME=VALUE` parsing.

One table (`RULES`) says what each name accepts; `check_settings` applies it and turns each value into
its type, so a bad value is one line naming the setting and its allowed range, before any work. The
faces (CLI, eval, web) parse text with `parse_overrides`; the LEAST presets (`least.optimise.settings_with`)
and the pipeline's own arguments (seed, thresholds) are checked against the same table. This module is a
plain shared part: it imports nothing of localstyle but the errors, so every layer may use it.

To add a setting: add its field where it is used and one row here (tests/test_settings.py checks that
every StyleSettings field has a row).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from localstyle.errors import FieldError, InputError

# Largest working resolution (long side of the optimised crop, px). The U-Net and VGG19 activations grow
# with its square: a typo such as 100000 must be refused at once, not end in an out-of-memory kill.
MAX_RESOLUTION = 2048
MAX_SEED = 2**63 - 1


@dataclass(frozen=True)
class Rule:
    """What one setting accepts: a kind ("int", "float", "bool", "auto-bool", "text", "choice") and, for numbers, an
    interval; `low_open` excludes the low end (lr > 0)."""

    kind: str
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    choices: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.kind == "bool":
            return "true or false"
        if self.kind == "auto-bool":
            return "auto, true or false"
        if self.kind == "choice":
            return f"one of {', '.join(self.choices)}"
        if self.kind == "text":
            return f"non-empty text of at most {int(self.high)} characters"
        noun = "an integer" if self.kind == "int" else "a finite number"
        show = (lambda x: str(int(x))) if self.kind == "int" else (lambda x: f"{x:g}")
        low = "" if self.low is None else f"{'>' if self.low_open else '>='} {show(self.low)}"
        high = "" if self.high is None else f"<= {show(self.high)}"
        if low and high and not self.low_open:
            return f"{noun} from {show(self.low)} to {show(self.high)}"
        return " ".join(part for part in (noun, low, "and" if low and high else "", high) if part)

    def convert(self, value):
        """The value as this rule's type, or ValueError."""
        if self.kind == "auto-bool":  # "auto", or a bool
            if isinstance(value, str) and value.strip().lower() == "auto":
                return "auto"
            return Rule("bool").convert(value)
        if self.kind == "bool":
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.lower() in ("true", "false", "yes", "no", "on", "off"):
                return value.lower() in ("true", "yes", "on")
            raise ValueError
        if self.kind == "text":
            if not isinstance(value, str) or not value.strip() or len(value) > self.high:
                raise ValueError
            return value
        if self.kind == "choice":
            if value not in self.choices:
                raise ValueError
            return value
        number = _number(value)
        if self.kind == "int":
            if number != math.floor(number):
                raise ValueError
            number = int(number)
        if self.low is not None and (number < self.low or (self.low_open and number == self.low)):
            raise ValueError
        if self.high is not None and number > self.high:
            raise ValueError
        return number


def _number(value) -> float:
    """An int or float (not a bool, not text that merely looks like one after JSON parsing), finite."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        if isinstance(value, str):  # `--set lr=nan` and friends arrive as text: read them to refuse them
            value = float(value)
        else:
            raise ValueError
    if not math.isfinite(value):
        raise ValueError
    return value


INT, FLOAT = "int", "float"
WEIGHT = Rule(FLOAT, 0.0, 1e12)

RULES: dict[str, Rule] = {
    # The LEAST optimisation (least.optimise.StyleSettings).
    "steps": Rule(INT, 1, 100_000),
    "lr": Rule(FLOAT, 0.0, low_open=True),
    "lr_step": Rule(INT, 1, 1_000_000),
    "lr_gamma": Rule(FLOAT, 0.0, 1.0, low_open=True),
    "resolution": Rule(INT, 64, MAX_RESOLUTION),
    "num_crops": Rule(INT, 0, 1024),
    "crop_size": Rule(INT, 8, MAX_RESOLUTION),
    "crop_resize": Rule(INT, 16, 1024),
    "distortion": Rule(FLOAT, 0.0, 1.0),
    "threshold": Rule(FLOAT, 0.0, 2.0),  # patch losses are 1 - cosine, in [0, 2]
    "lambda_direction": WEIGHT,
    "lambda_patch": WEIGHT,
    "lambda_content": WEIGHT,
    "lambda_tv": WEIGHT,
    "margin": Rule(FLOAT, 0.0, 4.0),
    "feather": Rule(INT, 0, 256),
    "source_text": Rule("text", high=300),
    "mixed_precision": Rule("auto-bool"),  # CLIP in bf16: auto (where native), true, false (precision.py)
    "contrast": Rule(FLOAT, 0.0, 100.0),  # 1.0 = off; the paper's 1.5
    "frame": Rule("choice", choices=("region", "reference")),
    "deterministic": Rule("bool"),  # repeatable CUDA kernels for the optimisation (resample.repeatable)
    "capture": Rule("choice", choices=("off", "graph", "compile")),  # the step as a CUDA graph (least.capture)
    # The diffusion editors of `localstyle eval`.
    "diffusion_steps": Rule(INT, 1, 1000),
    "guidance_scale": Rule(FLOAT, 0.0, 100.0),
    "image_guidance_scale": Rule(FLOAT, 0.0, 100.0),
    "diffusion_resolution": Rule(INT, 64, MAX_RESOLUTION),
    # RegionRoute training (regionroute.train.TrainSettings; steps, lr, resolution and seed as above).
    "lambda_focus": WEIGHT,
    "lambda_cover": WEIGHT,
    "tau": Rule(FLOAT, 0.0, 100.0, low_open=True),  # Focus softmax temperature
    "alpha": Rule(FLOAT, 0.0, 100.0, low_open=True),  # Cover logit scale
    "reduction": Rule("choice", choices=("released", "map")),
    "map_mode": Rule("choice", choices=("joint", "text", "selected")),
    "batch_size": Rule(INT, 1, 256),
    "accumulation": Rule(INT, 1, 4096),
    "weight_decay": Rule(FLOAT, 0.0, 1.0),
    "grad_clip": Rule(FLOAT, 0.0, 1e6, low_open=True),
    "rank": Rule(INT, 1, 1024),
    "lora_alpha": Rule(FLOAT, 0.0, 1e6, low_open=True),
    "max_sequence_length": Rule(INT, 1, 512),  # T5's limit; InstructPix2Pix's CLIP caps it at 77
    "checkpoint_every": Rule(INT, 1, 1_000_000),
    "gradient_checkpointing": Rule("bool"),
    "cache_embeddings": Rule("bool"),  # text encodings once per manifest, beside it (regionroute.cache)
    "cache_latents": Rule("auto-bool"),  # VAE latents likewise; auto: on a GPU
    # RegionRoute inference (`stylize --method regionroute --set NAME=VALUE`).
    "guidance": Rule(FLOAT, 0.0, 100.0),
    "temperature": Rule(FLOAT, 0.0, 100.0, low_open=True),  # routing softmax temperature
    "top_k": Rule(INT, 1, 1024),
    "text_length": Rule(INT, 1, 512),
    "memory": Rule("choice", choices=("auto", "full", "offload", "nf4", "sequential")),  # regionroute.memory
    # Video runs (localstyle.video; options.VideoOptions; a photo run ignores them). Each keyframe is held
    # in memory with its masks while the networks train, so their number is capped like the batch's.
    "keyframes": Rule(INT, 1, 64),  # frames the StyleNet is optimised on, spread through the clip
    "frame_batch": Rule(INT, 1, 64),  # frames whose working crops go through the StyleNet at once
    "keyframe": Rule(INT, 0),  # the frame regions are found on (a clip's own length is checked by video.py)
    "max_frames": Rule(INT, 1),
    "preview_every": Rule(INT, 0, 100_000),  # a preview of the working image every N steps (0: none)
    "style_image_weight": Rule(FLOAT, 0.0, 1.0),  # the style picture's share of LEAST's target direction
    # Arguments of every run (not --set names, checked by the same table).
    "seed": Rule(INT, 0, MAX_SEED),
    "box_threshold": Rule(FLOAT, 0.0, 1.0),
    "text_threshold": Rule(FLOAT, 0.0, 1.0),
}


def check_setting(name: str, value):
    """One setting's value as its type; InputError naming the setting and its allowed range."""
    rule = RULES.get(name)
    if rule is None:
        raise InputError(f"unknown setting {name!r}; known: {', '.join(sorted(RULES))}")
    try:
        return rule.convert(value)
    except (ValueError, TypeError, OverflowError):
        extra = f" (at most {MAX_RESOLUTION}: larger runs out of memory)" if name == "resolution" else ""
        raise InputError(f"setting {name}={_show(value)} is not allowed: {name} must be "
                         f"{rule.describe()}{extra}") from None


def check_settings(values: dict) -> dict:
    """Every value checked and converted (None means "not given" and is dropped)."""
    return {name: check_setting(name, value) for name, value in values.items() if value is not None}


def merge_settings(settings: dict | None, **explicit) -> dict:
    """A `settings={...}` dict with explicit keyword arguments (steps=, feather=) added, so a name given
    both ways is one value, never a duplicate-keyword crash; two different values are an error.
    Explicit None means "not given"."""
    merged = dict(settings or {})
    for name, value in explicit.items():
        if value is None:
            continue
        if name in merged and merged[name] is not None and merged[name] != value:
            raise InputError(f"setting {name} is given twice, as {_show(value)} and as {_show(merged[name])}")
        merged[name] = value
    return merged


def _show(value) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


def parse_overrides(pairs: list[str]) -> dict:
    """`--set name=value`: values are read as JSON where possible (numbers, true/false), else as text.
    A name given twice is an error (which one was meant?)."""
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise FieldError("settings", f"{{field}} expects NAME=VALUE, got {pair!r}")
        if name in settings:
            raise FieldError("settings", f"{{field}} {name} is given twice")
        try:
            settings[name] = json.loads(value)
        except json.JSONDecodeError:
            settings[name] = value
    return settings
