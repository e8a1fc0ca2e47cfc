"""SAM 3 (`--detector sam3`) and "every instance": the tiny SAM 3 built by `localstyle.testing`, loaded
through the real loading code, forced (tests/conftest.py `force_sam3`) to find one instance at each of three
known boxes with a whole-image mask, so that what the pipeline makes of them is known exactly: each
instance's mask is its box's window (the same cleaning as SAM's), the region their union. The phrasings:
plural and "all the X" take every instance, a spatial word that picks one still picks one."""

import json
import math

import numpy as np
import pytest
from PIL import Image

from localstyle.cli import main
from localstyle.imageio import load_photo
from localstyle.options import Regions, RunOptions
from localstyle.regions.grounding import Detection, Spatial, is_plural, select_instances, split_every
from localstyle.regions.instruction import Edit
from localstyle.regions.plan import plan_record, plan_regions
from localstyle.regions.sam3 import ground_sam3, sam3_detections
from localstyle.result import region_images

from conftest import forced_sam, forced_sam3, forced_sam3_models
from test_cli import TINY_FLAGS

W, H = 120, 80
# fractions of the image; A and B lie in the left half, C in the right; areas A > C > B. No side falls on a
# whole pixel (6.48, 35.52, ...), so the model's float rounding cannot move a mask's edge.
BOXES = [(0.054, 0.106, 0.296, 0.594), (0.354, 0.206, 0.546, 0.494), (0.704, 0.506, 0.946, 0.894)]
PIXELS = [(x0 * W, y0 * H, x1 * W, y1 * H) for x0, y0, x1, y1 in BOXES]


@pytest.fixture(scope="module")
def photo():
    return Image.fromarray(np.random.default_rng(1).integers(0, 256, (H, W, 3), dtype=np.uint8))


@pytest.fixture
def sam3(tiny_model_set):
    with forced_sam3(tiny_model_set, BOXES) as forced:
        yield forced


def window(box, margin=max(4, round(0.01 * W))):
    """What SAM's cleaning keeps of a whole-image mask for `box`: the box widened by 1% of the long side
    (at least 4 px), floor and ceil, clipped to the image (segmentation.clean_mask)."""
    x0, y0, x1, y1 = box
    mask = np.zeros((H, W), bool)
    mask[max(0, math.floor(y0 - margin)):min(H, math.ceil(y1 + margin)),
         max(0, math.floor(x0 - margin)):min(W, math.ceil(x1 + margin))] = True
    return mask


def boxes_of(detections):
    return sorted(tuple(round(v, 3) for v in d.box) for d in detections)


def test_sam3_gives_every_query_and_masks_those_above_the_threshold(sam3, photo):
    detections = sam3_detections(photo, "cat", sam3, threshold=0.0)
    assert len(detections) == 8 and all(d.mask is not None and d.mask.shape == (H, W) for d in detections)
    assert {tuple(round(v, 3) for v in d.box) for d in detections} == {tuple(round(v, 3) for v in b) for b in PIXELS}
    assert [d.score for d in detections] == sorted((d.score for d in detections), reverse=True)
    middle = sorted(d.score for d in detections)[4]
    assert all((d.mask is not None) == (d.score > middle) for d in sam3_detections(photo, "cat", sam3, middle))


@pytest.mark.parametrize("region, chosen", [
    ("cats", [0, 1, 2]), ("all the cats", [0, 1, 2]), ("every cat", [0, 1, 2]), ("each of the cats", [0, 1, 2]),
    ("the cats on the left", [0, 1]), ("all the cats in the right half", [2]),
    ("the leftmost cat", [0]), ("the leftmost cats", [0]), ("the largest cat", [0]), ("the second cat from the right", [1]),
])
def test_phrasings_choose_every_instance_or_one(sam3, photo, region, chosen):
    found = ground_sam3(photo, region, sam3, box_threshold=0.0)
    assert len(found.candidates) == 3  # the eight queries' duplicates merged
    assert boxes_of(found.instances) == boxes_of([Detection(PIXELS[i], 0.0, "") for i in chosen])
    assert found.box == pytest.approx((min(PIXELS[i][0] for i in chosen), min(PIXELS[i][1] for i in chosen),
                                       max(PIXELS[i][2] for i in chosen), max(PIXELS[i][3] for i in chosen)))


def test_a_singular_phrase_takes_the_best_scoring_instance(sam3, photo):
    found = ground_sam3(photo, "the cat", sam3, box_threshold=0.0)
    assert len(found.instances) == 1 and found.instances[0].score == max(d.score for d in found.candidates)


def test_the_region_is_the_union_of_the_instance_masks_and_the_record_lists_each(sam3, photo):
    options = RunOptions(detector="sam3", box_threshold=0.0)
    [plan] = plan_regions(load_photo(photo), [Edit("all the cats", "cubism")], sam3, options=options)
    windows = [window(d.box) for d in plan.instances]
    assert len(plan.instances) == 3 and all(np.array_equal(d.mask, w) for d, w in zip(plan.instances, windows))
    assert np.array_equal(plan.mask, np.logical_or.reduce(windows))
    record = plan_record(plan)
    assert [i["mask_area"] for i in record["instances"]] == [int(w.sum()) for w in windows]
    assert [i["score"] for i in record["instances"]] == [round(d.score, 4) for d in plan.instances]
    assert sorted(tuple(i["box"]) for i in record["instances"]) == sorted(tuple(round(v, 2) for v in b) for b in PIXELS)
    overlay = np.asarray(region_images(np.asarray(photo), [plan])["overlay.png"])
    for d in plan.instances:  # each instance outlined with its own box (the mask's bounding box)
        ys, xs = np.nonzero(d.mask)
        assert (overlay[ys.min(), xs.min():xs.max() + 1] == (255, 64, 64)).all()


def test_clicks_still_refine_one_region_with_sam(sam3, photo, tiny_model_set):
    options = RunOptions(detector="sam3")
    with forced_sam(tiny_model_set, +1.0):
        [plan] = plan_regions(load_photo(photo), [Edit("cat", "cubism")], sam3,
                              Regions(points=((20.0, 30.0, 1),)), options)
    assert plan.source == "sam" and plan.instances == () and "instances" not in plan_record(plan)


def test_the_default_detector_takes_every_box_when_asked_each_through_sam(tiny_model_set, photo):
    """Grounding DINO's tiny detections (arbitrary but fixed) with "all the": SAM for each box, the union."""
    from localstyle.regions.grounding import ground

    options = RunOptions(box_threshold=0.0)
    found = ground(photo, "all the cats", tiny_model_set, box_threshold=0.0)
    with forced_sam(tiny_model_set, +1.0):
        [plan] = plan_regions(load_photo(photo), [Edit("all the cats", "cubism")], tiny_model_set, options=options)
        [one] = plan_regions(load_photo(photo), [Edit("cat", "cubism")], tiny_model_set, options=options)
    assert len(plan.instances) == len(found.candidates) and plan.source == "grounding"
    assert np.array_equal(plan.mask, np.logical_or.reduce([d.mask for d in plan.instances]))
    assert one.instances == () and "instances" not in plan_record(one)  # one box: as before


def test_every_words_and_plurals():
    assert split_every("all the windows") == ("windows", True) and split_every("every car") == ("car", True)
    assert split_every("both dogs") == ("dogs", True) and split_every("the car") == ("the car", False)
    plural = ["cars", "windows of the house", "people", "boxes", "men in hats", "trees on the hill"]
    singular = ["car", "glass", "bus", "canvas", "cactus", "man in the red shirts", "grass", "iris"]
    assert all(is_plural(p) for p in plural) and not any(is_plural(s) for s in singular)


def test_all_with_a_side_needs_one_there():
    left = [Detection((0, 0, 10, 10), 0.9, "cat"), Detection((20, 0, 30, 10), 0.5, "cat")]
    assert select_instances(left, Spatial("side", "left", 1, "on the left"), True, (100, 50)) == \
        [left[0], left[1]]
    with pytest.raises(Exception, match="lies on the right"):
        select_instances(left, Spatial("side", "right", 1, "on the right"), True, (100, 50))


def test_the_command_stylises_every_instance_and_keeps_the_rest(tiny_models, tmp_path, photo, capsys):
    photo.save(tmp_path / "in.png")
    forced = forced_sam3_models(tiny_models, tmp_path / "forced", BOXES)
    code = main(["stylize", str(tmp_path / "in.png"), "apply cubism style to all the cats", "--detector", "sam3",
                 "--box-threshold", "0", "-o", str(tmp_path / "out.png"), "--save-dir", str(tmp_path / "run"),
                 "--models", str(forced), *TINY_FLAGS])
    assert code == 0, capsys.readouterr().err
    [edit] = json.loads((tmp_path / "run" / "record.json").read_text())["edits"]
    union = np.logical_or.reduce([window(b) for b in PIXELS])
    assert len(edit["instances"]) == 3 and edit["mask_area"] == int(union.sum())
    out, before = np.asarray(Image.open(tmp_path / "out.png")), np.asarray(photo)
    np.testing.assert_array_equal(out[~union], before[~union])
    assert np.array_equal(np.asarray(Image.open(tmp_path / "run" / "mask_1.png")) > 0, union)
