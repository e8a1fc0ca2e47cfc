import os

import pytest
from PIL import Image

from localstyle.errors import InputError, RegionNotFoundError
from localstyle.regions.grounding import (NMS_IOU, Detection, Grounding, Spatial, choose_region, detect, ground,
                                          select_detection, split_spatial)

os.environ["HF_HUB_OFFLINE"] = "1"

SIZE = (300, 200)  # width, height


def det(x0, y0, x1, y1, score=0.5, label="dog"):
    return Detection((float(x0), float(y0), float(x1), float(y1)), score, label)


# ---------------------------------------------------------------- split_spatial

@pytest.mark.parametrize("region, phrase, kind, where, n", [
    ("the dog", "dog", None, None, None),
    ("sky", "sky", None, None, None),
    ("the leftmost dog", "dog", "rank", "left", 1),
    ("rightmost car", "car", "rank", "right", 1),
    ("the topmost window", "window", "rank", "top", 1),
    ("the bottom-most boat", "boat", "rank", "bottom", 1),
    ("bottommost boat", "boat", "rank", "bottom", 1),
    ("the dog on the far left", "dog", "rank", "left", 1),
    ("the dog on the left", "dog", "side", "left", 1),
    ("the cat at the left", "cat", "side", "left", 1),
    ("the tree on the left side", "tree", "side", "left", 1),
    ("the house in the left", "house", "side", "left", 1),
    ("the boat on the right", "boat", "side", "right", 1),
    ("the sky at the top of the image", "sky", "side", "top", 1),
    ("the road at the bottom", "road", "side", "bottom", 1),
    ("the dog in the top left corner", "dog", "side", "top-left", 1),
    ("left dog", "dog", "side", "left", 1),
    ("the right cat", "cat", "side", "right", 1),
    ("top window", "window", "side", "top", 1),
    ("the bottom shelf", "shelf", "side", "bottom", 1),
    ("the dog in the middle", "dog", "center", "", 1),
    ("the car at the center", "car", "center", "", 1),
    ("the boat in the centre", "boat", "center", "", 1),
    ("the central tower", "tower", "center", "", 1),
    ("the largest building", "building", "size", "largest", 1),
    ("biggest tree", "tree", "size", "largest", 1),
    ("the smallest cup", "cup", "size", "smallest", 1),
    ("the second largest dog", "dog", "size", "largest", 2),
    ("the first dog from the left", "dog", "rank", "left", 1),
    ("second dog from the right", "dog", "rank", "right", 2),
    ("the 3rd car from the left", "car", "rank", "left", 3),
    ("the 2nd horse from the right", "horse", "rank", "right", 2),
    ("the second from the left dog", "dog", "rank", "left", 2),
    ("the third tree from the top", "tree", "rank", "top", 3),
    ("the second dog on the left", "dog", "rank", "left", 2),
    ("the second dog", "dog", "rank", "left", 2),
    ("The Second Dog From The Left.", "dog", "rank", "left", 2),
    ("the red car on the right in the image", "red car", "side", "right", 1),
])
def test_split_spatial(region, phrase, kind, where, n):
    got_phrase, spatial = split_spatial(region)
    assert got_phrase == phrase
    if kind is None:
        assert spatial is None
    else:
        assert (spatial.kind, spatial.where, spatial.n) == (kind, where, n)
        assert spatial.text and all(word in region.lower() for word in spatial.text.split())


def test_split_spatial_keeps_object_when_only_spatial_words():
    assert split_spatial("leftmost") == ("leftmost", None)


# ---------------------------------------------------------------- select_detection

# centres (215, 70), (30, 120), (130, 80); areas 1200, 1600, 4800
ROW = [det(200, 50, 230, 90, 0.4), det(10, 100, 50, 140, 0.6), det(100, 40, 160, 120, 0.9)]


def test_no_spatial_takes_highest_score():
    assert select_detection(ROW, None, SIZE) is ROW[2]


def test_ties_in_score_keep_list_order():
    a, b = det(0, 0, 10, 10, 0.7), det(50, 50, 60, 60, 0.7)
    assert select_detection([a, b], None, SIZE) is a
    assert select_detection([b, a], None, SIZE) is b


@pytest.mark.parametrize("where, n, expected", [
    ("left", 1, 1), ("left", 2, 2), ("left", 3, 0),
    ("right", 1, 0), ("right", 2, 2), ("right", 3, 1),
    ("top", 1, 0), ("top", 2, 2), ("bottom", 1, 1), ("bottom", 3, 0),
])
def test_rank_from_side(where, n, expected):
    assert select_detection(ROW, Spatial("rank", where, n), SIZE) is ROW[expected]


def test_rank_tie_in_position_goes_to_higher_score():
    low, high = det(10, 10, 30, 30, 0.3), det(10, 50, 30, 70, 0.8)
    assert select_detection([low, high], Spatial("rank", "left"), SIZE) is high


@pytest.mark.parametrize("spatial", [Spatial("rank", "left", 4), Spatial("size", "largest", 5)])
def test_nth_with_too_few_detections_names_how_many(spatial):
    with pytest.raises(RegionNotFoundError, match="only 3 detections found"):
        select_detection(ROW, spatial, SIZE)


def test_side_prefers_best_score_inside_that_half():
    far_left_weak = det(0, 0, 20, 20, 0.2)
    left_strong = det(90, 0, 130, 40, 0.9)  # centre x 110 < 150
    right_best = det(250, 0, 290, 40, 0.95)
    detections = [far_left_weak, left_strong, right_best]
    assert select_detection(detections, Spatial("side", "left"), SIZE) is left_strong
    assert select_detection(detections, Spatial("side", "right"), SIZE) is right_best
    assert select_detection(detections, Spatial("side", "top"), SIZE) is right_best


def test_side_falls_back_to_nearest_that_side_when_none_inside():
    right_only = [det(200, 0, 240, 40, 0.9), det(160, 150, 200, 190, 0.1)]
    assert select_detection(right_only, Spatial("side", "left"), SIZE) is right_only[1]
    assert select_detection(right_only, Spatial("side", "bottom"), SIZE) is right_only[1]


def test_side_corner():
    top_left, bottom_left = det(10, 10, 40, 40, 0.3), det(10, 150, 40, 190, 0.9)
    top_right = det(250, 10, 290, 40, 0.8)
    detections = [top_left, bottom_left, top_right]
    assert select_detection(detections, Spatial("side", "top-left"), SIZE) is top_left
    # nothing in the bottom-right quarter: the centre nearest that corner (city-block distance)
    assert select_detection(detections, Spatial("side", "bottom-right"), SIZE) is top_right


def test_center_takes_box_nearest_image_centre():
    assert select_detection(ROW, Spatial("center"), SIZE) is ROW[2]
    off = [det(0, 0, 30, 30, 0.9), det(160, 110, 180, 130, 0.1)]
    assert select_detection(off, Spatial("center"), SIZE) is off[1]
    # the centre of a 300 x 200 image is (150, 100): x from the width, y from the height
    near_x = [det(90, 90, 110, 110, 0.9), det(145, 95, 155, 105, 0.1)]
    assert select_detection(near_x, Spatial("center"), SIZE) is near_x[1]
    near_y = [det(140, 140, 160, 160, 0.9), det(140, 95, 160, 105, 0.1)]
    assert select_detection(near_y, Spatial("center"), SIZE) is near_y[1]


def test_detector_labels_lose_special_tokens_and_phrase_separators():
    from localstyle.regions.grounding import _clean_label

    assert _clean_label("[CLS] cat . dog [SEP]", "animal") == "cat dog"
    assert _clean_label(" . [PAD]", "animal") == "animal"


def test_size_largest_smallest_and_nth():
    assert select_detection(ROW, Spatial("size", "largest"), SIZE) is ROW[2]
    assert select_detection(ROW, Spatial("size", "smallest"), SIZE) is ROW[0]
    assert select_detection(ROW, Spatial("size", "largest", 2), SIZE) is ROW[1]
    same_area = [det(0, 0, 10, 40, 0.2), det(50, 50, 70, 70, 0.7)]
    assert select_detection(same_area, Spatial("size", "largest"), SIZE) is same_area[1]  # tie: better score


def test_empty_detection_list_is_an_error():
    with pytest.raises(RegionNotFoundError):
        select_detection([], None, SIZE)


# ---------------------------------------------------------------- choose_region: given detections

# Three dogs in a row, and a weaker duplicate of the left dog shifted 4 px further left: IoU with the
# left dog = (36 * 40) / (40 * 40 + 40 * 40 - 36 * 40) = 1440 / 1760 = 0.82, well above NMS_IOU.
LEFT, LEFT_DUPLICATE = det(20, 80, 60, 120, 0.9), det(16, 80, 56, 120, 0.6)
MIDDLE, RIGHT = det(130, 80, 170, 120, 0.8), det(240, 80, 280, 120, 0.7)
WITH_DUPLICATE = [LEFT, MIDDLE, RIGHT, LEFT_DUPLICATE]


def test_duplicate_boxes_of_one_object_are_merged_into_the_best_scoring_one():
    assert NMS_IOU == 0.5
    found = choose_region(WITH_DUPLICATE, "dog", 0.3, SIZE)
    assert found.candidates == (LEFT, MIDDLE, RIGHT)
    assert found.box == LEFT.box and found.score == 0.9


@pytest.mark.parametrize("region, expected", [
    ("the leftmost dog", LEFT),  # not the duplicate, though its centre is further left
    ("the second dog from the left", MIDDLE),  # the duplicate does not count as the second
    ("the third dog from the left", RIGHT),
    ("the second dog from the right", MIDDLE),
    ("the second dog", MIDDLE),
])
def test_ordinals_count_after_merging(region, expected):
    assert choose_region(WITH_DUPLICATE, region, 0.3, SIZE).box == expected.box


def test_a_fourth_dog_is_not_found_when_the_duplicate_is_merged():
    with pytest.raises(RegionNotFoundError, match="fourth from the left but only 3 detections found"):
        choose_region(WITH_DUPLICATE, "the fourth dog from the left", 0.3, SIZE)


def test_boxes_overlapping_less_than_the_nms_iou_are_two_objects():
    # Two dogs side by side: IoU = (20 * 40) / (40 * 40 + 40 * 40 - 20 * 40) = 800 / 2400 = 0.33.
    near = [det(100, 80, 140, 120, 0.9), det(120, 80, 160, 120, 0.5)]
    assert choose_region(near, "the second dog from the left", 0.3, SIZE).box == near[1].box
    assert len(choose_region(near, "dog", 0.3, SIZE).candidates) == 2


def test_the_threshold_applies_before_merging_and_is_strict():
    # The duplicate is below the threshold, so it cannot suppress anything; a score equal to it is out.
    weak_duplicate = det(16, 80, 56, 120, 0.2)
    found = choose_region([weak_duplicate, MIDDLE, det(240, 80, 280, 120, 0.3)], "the leftmost dog", 0.3, SIZE)
    assert found.box == MIDDLE.box and found.candidates == (MIDDLE,)
    with pytest.raises(RegionNotFoundError, match=r'no "dog" found in the image \(best detection score 0.20, '
                                                  r'threshold 0.30\)'):
        choose_region([weak_duplicate], "the dog", 0.3, SIZE)


# ---------------------------------------------------------------- detect / ground with the tiny models

@pytest.fixture(scope="session")
def models(tiny_model_set):
    return tiny_model_set


@pytest.fixture(scope="module")
def photo():
    from skimage import data

    return Image.fromarray(data.chelsea())  # 451 x 300, not square


def _inside(box, size):
    x0, y0, x1, y1 = box
    return 0 <= x0 < x1 <= size[0] and 0 <= y0 < y1 <= size[1]


@pytest.mark.parametrize("role", ["detector", "owlv2"])
def test_detect_returns_sorted_clamped_detections(models, photo, role):
    detections = detect(photo, "cat", models, role=role, box_threshold=0.0)
    assert detections, "random weights still propose boxes at threshold 0"
    assert all(isinstance(d, Detection) and isinstance(d.score, float) and d.label for d in detections)
    assert all(_inside(d.box, photo.size) for d in detections)
    assert max(d.box[2] for d in detections) > 2 and max(d.box[3] for d in detections) > 2  # pixels, not [0, 1]
    scores = [d.score for d in detections]
    assert scores == sorted(scores, reverse=True)
    assert len(detect(photo, "cat", models, role=role, box_threshold=1.0)) == 0


@pytest.mark.parametrize("role", ["detector", "owlv2"])
def test_ground_picks_a_candidate_with_the_spatial_cue(models, photo, role):
    result = ground(photo, "the leftmost cat", models, role=role, box_threshold=0.0)
    assert isinstance(result, Grounding)
    assert (result.phrase, result.spatial) == ("cat", "leftmost")
    assert _inside(result.box, photo.size)
    assert result.box == select_detection(list(result.candidates), Spatial("rank", "left"), photo.size).box
    assert min(d.center[0] for d in result.candidates) == pytest.approx((result.box[0] + result.box[2]) / 2)


@pytest.mark.parametrize("role", ["detector", "owlv2"])
def test_ground_with_nothing_above_threshold_names_the_phrase(models, photo, role):
    with pytest.raises(RegionNotFoundError, match=r'no "cat" found in the image \(best detection score') as info:
        ground(photo, "the cat on the left", models, role=role, box_threshold=1.0)
    assert "\n" not in str(info.value) and "--box" in str(info.value)


def test_too_few_for_the_ordinal_is_an_error_naming_the_region():
    with pytest.raises(RegionNotFoundError, match='^"the second dog from the left": asked for the second from the '
                                                  'left but only 1 detection found; give --box'):
        choose_region([MIDDLE, det(10, 10, 50, 50, 0.1)], "the second dog from the left", 0.3, SIZE)


def test_ground_uses_grounding_dino_by_default(models, photo):
    assert ground(photo, "cat", models, box_threshold=0.0) == ground(photo, "cat", models, role="detector",
                                                                     box_threshold=0.0)


@pytest.mark.parametrize("region", ["", "   "])
def test_ground_needs_an_object_to_look_for(models, photo, region):
    with pytest.raises(InputError, match="^empty region phrase: name the object to stylise$"):
        ground(photo, region, models)


def test_bad_threshold_is_an_input_error(models, photo):
    with pytest.raises(InputError):
        detect(photo, "cat", models, box_threshold=1.5)
