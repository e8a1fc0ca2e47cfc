"""Every setting's allowed values, table-driven: each bad value is one InputError naming the setting and
its range; each good value comes back as its type; the table covers every StyleSettings field."""

import dataclasses

import pytest

import localstyle
from localstyle.precision import cpu_native_bf16
from localstyle.errors import FieldError, InputError
from localstyle.least.optimise import StyleSettings, settings_with
from localstyle.settings import MAX_RESOLUTION, MAX_SEED, RULES, check_setting, merge_settings, parse_overrides

from conftest import TINY_SETTINGS

# (name, bad value, the words the one-line error must contain)
BAD = [
    ("steps", 0, "steps must be an integer from 1 to 100000"),
    ("steps", 2.5, "steps must be an integer"),
    ("steps", "ten", "steps must be an integer"),
    ("steps", True, "steps must be an integer"),
    ("lr", 0, "lr must be a finite number > 0"),
    ("lr", -1e-3, "lr must be a finite number > 0"),
    ("lr", "nan", "lr must be a finite number > 0"),
    ("lr", float("inf"), "lr must be a finite number > 0"),
    ("lr_step", 0, "lr_step must be an integer from 1"),
    ("lr_gamma", 0, "lr_gamma must be a finite number > 0 and <= 1"),
    ("lr_gamma", 1.5, "lr_gamma must be a finite number > 0 and <= 1"),
    ("resolution", MAX_RESOLUTION + 1, f"resolution must be an integer from 64 to {MAX_RESOLUTION}"),
    ("resolution", 100000, "larger runs out of memory"),
    ("resolution", 8, "resolution must be an integer from 64"),
    ("num_crops", -1, "num_crops must be an integer from 0 to 1024"),
    ("crop_size", 0, "crop_size must be an integer from 8"),
    ("crop_resize", 4096, "crop_resize must be an integer from 16 to 1024"),
    ("distortion", -0.1, "distortion must be a finite number from 0 to 1"),
    ("distortion", 1.01, "distortion must be a finite number from 0 to 1"),
    ("threshold", "NaN", "threshold must be a finite number from 0 to 2"),
    ("lambda_direction", -1, "lambda_direction must be a finite number from 0"),
    ("lambda_patch", float("inf"), "lambda_patch must be a finite number from 0"),
    ("lambda_content", "x", "lambda_content must be a finite number"),
    ("lambda_tv", float("nan"), "lambda_tv must be a finite number"),
    ("margin", -0.5, "margin must be a finite number from 0 to 4"),
    ("feather", -1, "feather must be an integer from 0 to 256"),
    ("feather", 1.5, "feather must be an integer"),
    ("source_text", "", "source_text must be non-empty text"),
    ("source_text", 3, "source_text must be non-empty text"),
    ("mixed_precision", "maybe", "mixed_precision must be auto, true or false"),
    ("contrast", -1, "contrast must be a finite number from 0"),
    ("frame", "page", "frame must be one of region, reference"),
    ("diffusion_steps", 0, "diffusion_steps must be an integer from 1"),
    ("guidance_scale", float("inf"), "guidance_scale must be a finite number"),
    ("seed", -1, f"seed must be an integer from 0 to {MAX_SEED}"),
    ("seed", MAX_SEED + 1, "seed must be an integer"),
    ("box_threshold", 1.5, "box_threshold must be a finite number from 0 to 1"),
    ("text_threshold", float("nan"), "text_threshold must be a finite number from 0 to 1"),
]

GOOD = [
    ("steps", 3.0, 3), ("steps", "7", 7), ("lr", 1e8, 1e8), ("lr", "2e-3", 2e-3), ("lr_gamma", 1, 1),
    ("distortion", 0, 0), ("distortion", 1, 1), ("resolution", MAX_RESOLUTION, MAX_RESOLUTION),
    ("feather", 0, 0), ("mixed_precision", False, False), ("mixed_precision", "off", False),
    ("seed", MAX_SEED, MAX_SEED), ("source_text", "a photo", "a photo"), ("frame", "reference", "reference"),
]


@pytest.mark.parametrize("name, value, words", BAD, ids=[f"{n}={v!r}" for n, v, _ in BAD])
def test_a_bad_value_is_one_line_naming_the_setting_and_its_range(name, value, words):
    with pytest.raises(InputError) as caught:
        check_setting(name, value)
    message = str(caught.value)
    assert words in message and f"setting {name}=" in message and "\n" not in message


@pytest.mark.parametrize("name, value, expected", GOOD, ids=[f"{n}={v!r}" for n, v, _ in GOOD])
def test_a_good_value_comes_back_as_its_type(name, value, expected):
    converted = check_setting(name, value)
    assert converted == expected and type(converted) is type(expected)


def test_the_table_covers_every_style_setting_once():
    fields = [f.name for f in dataclasses.fields(StyleSettings)]
    assert set(fields) <= set(RULES) and len(fields) == len(set(fields))


def test_every_preset_passes_its_own_rules():
    from localstyle.least.optimise import PRESETS

    for preset in PRESETS.values():
        for name, value in dataclasses.asdict(preset).items():
            assert check_setting(name, value) == value


def test_settings_with_checks_and_converts():
    assert settings_with("paper", steps=3.0, feather="2").steps == 3
    with pytest.raises(InputError, match="setting lr=0 is not allowed"):
        settings_with("fast", lr=0)
    with pytest.raises(InputError, match="unknown setting"):
        settings_with("paper", nonsense=1)


def test_a_name_given_twice_is_one_value_or_an_error():
    assert merge_settings({"steps": 3}, steps=3, feather=None) == {"steps": 3}
    assert merge_settings({"feather": 0}, steps=2) == {"feather": 0, "steps": 2}
    with pytest.raises(InputError, match="setting steps is given twice, as 2 and as 5"):
        merge_settings({"steps": 5}, steps=2)
    with pytest.raises(FieldError, match="settings lr is given twice") as twice:
        parse_overrides(["lr=1", "lr=2"])
    assert twice.value.field == "settings" and twice.value.spelled("--set") == "--set lr is given twice"
    assert parse_overrides(["lr=1e-3", "mixed_precision=false", "source_text=a photo"]) == {
        "lr": 1e-3, "mixed_precision": False, "source_text": "a photo"}


def test_the_readme_examples_steps_and_feather_work_through_the_api(cat_path, tiny_models):
    # `settings={"feather": 0}` and a `steps` setting both crashed with a duplicate keyword before.
    result = localstyle.stylize(cat_path, "cubism", box=(40, 30, 120, 100), segment_box=False, models=tiny_models,
                                device="cpu", settings=dict(TINY_SETTINGS, feather=0, steps=1))
    assert result.record["settings"]["feather"] == 0 and result.record["settings"]["steps"] == 1
    # the effective value: bf16 autocast only on a CPU with native bf16 (precision.py)
    assert result.record["settings"]["mixed_precision"] is bool(cpu_native_bf16())
    assert len(result.record["edits"][0]["final_losses"]) == 5
