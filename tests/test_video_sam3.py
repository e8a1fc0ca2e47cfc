"""A clip with `--detector sam3`: every instance the phrase names on the keyframe (the tiny SAM 3 forced to
find two, tests/conftest.py) is followed by SAM 3's own tracker as an object of its own, with the same id on
every frame; each frame is stylised through the union of its tracked instances, every other pixel kept."""

import json

import numpy as np

from localstyle.cli import main
from localstyle.regions.tracking import Tracked, _union

from conftest import TINY_SETTINGS, forced_sam3_models
from test_video import assert_outside_kept, make_clip, read_frames, read_masks

SET_ARGS = [arg for k, v in TINY_SETTINGS.items() for arg in ("--set", f"{k}={v}")]
BOXES = [(0.054, 0.106, 0.296, 0.594), (0.604, 0.406, 0.946, 0.894)]  # two squares' worth, left and right


def test_every_instance_is_tracked_with_a_stable_id(tmp_path, tiny_models, capsys):
    inputs = make_clip(tmp_path / "in.mp4", frames=6)
    forced = forced_sam3_models(tiny_models, tmp_path / "forced", BOXES)
    code = main(["stylize", str(tmp_path / "in.mp4"), "apply cubism style to all the squares", "--detector", "sam3",
                 "--box-threshold", "0", "-o", str(tmp_path / "out.mkv"), "--save-dir", str(tmp_path / "save"),
                 "--steps", "2", "--set", "keyframes=2", *SET_ARGS, "--models", str(forced), "--device", "cpu",
                 "--quiet"])
    assert code == 0, capsys.readouterr().err
    record = json.loads((tmp_path / "save" / "record.json").read_text())
    assert record["tracking"] == "sam3_tracker" and record["keyframes"] == [0, 5]
    [edit], [frames] = record["edits"], record["frames"]
    assert len(edit["instances"]) == 2
    # frame 0 is the keyframe, where the instances were found; every other frame scores both ids
    assert frames["instance_scores"][0] == {}
    assert all(set(scores) == {"1", "2"} for scores in frames["instance_scores"][1:])
    assert frames["tracking_score"][1:] == [max(s.values()) for s in frames["instance_scores"][1:]]
    assert_outside_kept(read_frames(tmp_path / "out.mkv"), inputs, read_masks(tmp_path / "save" / "masks.mkv"))


def test_an_edits_tracked_region_is_the_union_of_its_found_instances():
    a, b, c = (np.zeros((4, 6), bool) for _ in range(3))
    a[0, 0], b[1, 1], c[2, 2] = True, True, True
    tracked = _union([Tracked(a, 0.9), Tracked(b, 0.2), Tracked(c, 0.7)], [4, 5, 6])
    assert np.array_equal(tracked.mask, a | c)  # instance 5 is lost on this frame: not in the union
    assert tracked.score == 0.9 and tracked.instances == {4: 0.9, 5: 0.2, 6: 0.7} and tracked.found
    lost = _union([Tracked(a, 0.1)], [1])
    assert not lost.found and not lost.mask.any()
