"""Presets are data: the `preview` entry and the preset table in docs/how-it-works.md say the same thing."""

import re
from pathlib import Path

from localstyle.least.optimise import PRESETS, settings_with

PRESET_TABLE = Path(__file__).resolve().parents[2] / "docs" / "how-it-works.md"


def test_preview_is_a_preset_entry_with_at_least_256_pixels():
    preview, paper = settings_with("preview"), PRESETS["paper"]
    assert preview is PRESETS["preview"] or preview == PRESETS["preview"]
    assert preview.resolution >= 256 and preview.num_crops < paper.num_crops and preview.steps < paper.steps
    # the patch covers the same share of the photo as paper's
    assert preview.crop_size / preview.resolution == paper.crop_size / paper.resolution
    # everything else is paper's: the losses and their weights do not change
    for name in ("lambda_direction", "lambda_patch", "lambda_content", "lambda_tv", "threshold", "distortion",
                 "crop_resize", "contrast", "mixed_precision"):
        assert getattr(preview, name) == getattr(paper, name), name


def test_the_docs_preset_table_matches_the_presets():
    rows = re.findall(r"^\| `(\w+)` \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| ([0-9e.-]+)", PRESET_TABLE.read_text(), re.M)
    table = {name: tuple(float(v) for v in values) for name, *values in rows}
    for name in ("paper", "fast", "preview"):
        s = PRESETS[name]
        assert table[name] == (s.resolution, s.num_crops, s.crop_size, s.steps, s.lr), name
