"""Seconds per step and the time left, in the progress events, the progress bar and the record."""

import json

import pytest
from test_cli import TINY_FLAGS, localstyle

from localstyle.progress import StepClock


def test_rate_is_the_median_after_the_first_step_and_eta_uses_it():
    times = iter([100.0, 110.0, 112.0, 115.0, 117.0])  # start, then steps of 10, 2, 3 and 2 s
    clock = StepClock(10, now=lambda: next(times))
    first = clock.tick()
    assert first == {"elapsed": 10.0, "seconds_per_step": 10.0, "first_step_seconds": 10.0, "eta": 90.0}
    assert clock.tick()["eta"] == 2.0 * 8  # the slow first step no longer counts
    third = clock.tick()
    assert third["seconds_per_step"] == 2.5 and third["eta"] == 2.5 * 7
    fourth = clock.tick()
    assert fourth["seconds_per_step"] == 2.0 and fourth["eta"] == 12.0 and fourth["elapsed"] == 17.0


def test_last_step_has_no_time_left():
    times = iter([0.0, 1.0])
    assert StepClock(1, now=lambda: next(times)).tick()["eta"] == 0.0


@pytest.mark.parametrize("seconds, text", [(5.4, "5 s"), (125, "2 min 5 s"), (3780, "1 h 3 min")])
def test_durations_read_naturally(seconds, text):
    from localstyle.cli import _duration

    assert _duration(seconds) == text


def test_bar_and_record_show_seconds_per_step(cat_path, tiny_models, tmp_path):
    out, save = tmp_path / "out.png", tmp_path / "run"
    flags = [flag for flag in TINY_FLAGS if flag != "--quiet"]
    done = localstyle("stylize", cat_path, "cubism", "--box", "60,40,260,220", "--no-segment", "-o", out,
                      "--save-dir", save, "--models", tiny_models, *flags)
    assert done.returncode == 0, done.stderr
    assert " s/step, about " in done.stderr and " left, loss " in done.stderr and "2/2" in done.stderr
    edit = json.loads((save / "record.json").read_text())["edits"][0]
    assert 0 < edit["seconds_per_step"] <= edit["seconds"] and 0 < edit["first_step_seconds"] <= edit["seconds"]
    record = json.loads((save / "record.json").read_text())
    assert record["precision"]["vgg"] == "fp32" and record["precision"]["clip_image"] in ("bf16", "fp32")
