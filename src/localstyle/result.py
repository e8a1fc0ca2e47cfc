"""What a stylizer returns, whichever method ran: `Result` (the image, its region plans, the run's record),
the pictures a run shows of its regions, and the one writer of a run's `record.json`."""

from __future__ import annotations

import json
import platform
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
import transformers
from PIL import Image

from localstyle.masks import overlay
from localstyle.regions.plan import RegionPlan
from localstyle.version import __version__


@dataclass
class Result:
    """What a stylizer returns: the image (the input's size and mode), the record of the run (method,
    edits, boxes, scores, settings, seed, timings), each edit's region plan (RegionRoute: the grounded
    object's, when it kept the background) and the notes made reading the photo. `attention`: RegionRoute's
    style-attention map (H x W in [0, 1], the input's size) when it was recorded."""

    image: Image.Image
    record: dict
    plans: list[RegionPlan] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # conversions made reading the photo ("note: ...")
    attention: np.ndarray | None = None

    @property
    def masks(self) -> list[np.ndarray]:
        return [plan.mask for plan in self.plans]


def region_images(original_rgb: np.ndarray, plans: list[RegionPlan]) -> dict[str, Image.Image]:
    """What a run shows of its regions: `mask_N.png` per edit and `overlay.png` (all regions and boxes
    over the input), by file name; the CLI's --save-dir and the web app both serve these."""
    images, preview = {}, original_rgb
    for index, plan in enumerate(plans, start=1):
        images[f"mask_{index}.png"] = Image.fromarray((plan.mask * 255).astype(np.uint8), "L")
        preview = overlay(preview, plan.mask, plan.box)
    images["overlay.png"] = Image.fromarray(preview)
    return images


def attention_picture(rgb: np.ndarray, attention: np.ndarray) -> Image.Image:
    """An attention map as a red heat layer over a dimmed photo."""
    heat = attention[..., None]
    red = np.zeros_like(rgb, dtype=np.float32)
    red[..., 0] = 255
    mixed = rgb.astype(np.float32) * (1 - 0.6 * heat) * 0.7 + red * 0.6 * heat
    return Image.fromarray(mixed.clip(0, 255).astype(np.uint8))


def result_images(original_rgb: np.ndarray, result: Result) -> dict[str, Image.Image]:
    """Every picture a run shows besides its output: the regions' (`region_images`) and, when recorded,
    the style's attention (`attention.png`)."""
    images = region_images(original_rgb, result.plans) if result.plans else {}
    if result.attention is not None:
        images["attention.png"] = attention_picture(original_rgb, result.attention)
    return images


def record_text(record: dict) -> str:
    """A record as record.json holds it."""
    return json.dumps(record, indent=2, default=str) + "\n"


def write_record(folder: Path, record: dict) -> None:
    """`folder/record.json`, the one writer of it (the CLI's --save-dir, a video's save dir)."""
    (Path(folder) / "record.json").write_text(record_text(record), encoding="utf-8")


def versions() -> dict:
    """The versions a record carries."""
    return {"localstyle": __version__, "torch": torch.__version__, "transformers": transformers.__version__,
            "python": platform.python_version()}


class Stopwatch:
    """Seconds per stage of a run, for its record."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.started = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage] = now - self.started
        self.started = now

    def record(self) -> dict:
        """Seconds per stage, rounded, and their total."""
        seconds = {k: round(v, 3) for k, v in self.seconds.items()}
        return {**seconds, "total": round(sum(self.seconds.values()), 3)}
