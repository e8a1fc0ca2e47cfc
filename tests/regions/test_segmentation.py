import os

import numpy as np
import pytest
from PIL import Image

from localstyle.errors import InputError, RegionNotFoundError
from localstyle.regions.segmentation import clean_mask, default_min_area, parse_points, segment

from conftest import forced_sam, forced_sam_models

os.environ["HF_HUB_OFFLINE"] = "1"

H, W = 200, 300


def rectangle(x0=50, y0=40, x1=250, y1=160):
    mask = np.zeros((H, W), dtype=bool)
    mask[y0:y1, x0:x1] = True
    return mask


# ---------------------------------------------------------------- clean_mask

def test_small_hole_is_filled():
    mask = rectangle()
    mask[90:94, 140:144] = False  # 16 px hole
    cleaned = clean_mask(mask)
    assert cleaned.dtype == bool and cleaned.shape == (H, W)
    assert np.array_equal(cleaned, rectangle())


def test_big_hole_is_kept():
    mask = rectangle()
    mask[60:140, 100:200] = False  # 8000 px, a third of the rectangle
    assert np.array_equal(clean_mask(mask), mask)


def test_speck_is_removed():
    mask = rectangle()
    mask[5:8, 5:8] = True  # 9 px, far from everything
    assert np.array_equal(clean_mask(mask), rectangle())


def test_blob_outside_the_box_is_removed_and_box_margin_is_tolerated():
    mask = rectangle(50, 40, 150, 160)
    mask[20:80, 200:280] = True  # a large second object outside the box
    mask[100:110, 150:152] = True  # SAM spilling 2 px over the box edge: kept
    cleaned = clean_mask(mask, box=(50, 40, 150, 160))
    assert not cleaned[20:80, 200:280].any()
    assert cleaned[40:160, 50:150].all() and cleaned[100:110, 150:152].all()


def test_explicit_limits():
    mask = rectangle()
    mask[90:94, 140:144] = False
    assert not clean_mask(mask, max_hole_area=10)[90:94, 140:144].any()
    with pytest.raises(RegionNotFoundError):
        clean_mask(rectangle(0, 0, 10, 10), min_area=101)
    assert clean_mask(rectangle(0, 0, 10, 10), min_area=100).sum() == 100


def test_empty_mask_is_an_error():
    with pytest.raises(RegionNotFoundError, match="empty"):
        clean_mask(np.zeros((H, W), dtype=bool))


def test_mask_entirely_outside_the_box_is_an_error():
    with pytest.raises(RegionNotFoundError, match="empty"):
        clean_mask(rectangle(200, 10, 290, 60), box=(10, 100, 100, 190))


def test_tiny_mask_is_an_error():
    with pytest.raises(RegionNotFoundError, match="only 25 px"):
        clean_mask(rectangle(10, 10, 15, 15))


def test_default_min_area_scales_with_image_and_small_boxes():
    assert default_min_area((200, 300)) == 64
    assert default_min_area((2000, 3000)) == 3000
    assert default_min_area((2000, 3000), box=(0, 0, 20, 20)) == 40


# ---------------------------------------------------------------- parse_points

@pytest.mark.parametrize("text, expected", [
    ("10,20", [(10.0, 20.0, 1)]),
    ("10,20;30,40,0", [(10.0, 20.0, 1), (30.0, 40.0, 0)]),
    ("10,20,1 30.5,40,0", [(10.0, 20.0, 1), (30.5, 40.0, 0)]),
    (" 10, 20 ; 30 ,40, 0 ", [(10.0, 20.0, 1), (30.0, 40.0, 0)]),
])
def test_parse_points(text, expected):
    assert parse_points(text) == expected


@pytest.mark.parametrize("text", ["", "10", "10,20,2", "a,b", "1,2,1,4", "-1,2", "nan,2", "10;20"])
def test_parse_points_rejects_bad_text_with_the_expected_form(text):
    with pytest.raises(InputError, match=r"expected \"x,y\[,label\];x,y\[,label\]\"") as info:
        parse_points(text)
    assert "\n" not in str(info.value)


# ---------------------------------------------------------------- segment with the tiny SAM

@pytest.fixture(scope="session")
def models(tiny_model_set):
    return tiny_model_set


@pytest.fixture(scope="module")
def photo():
    from skimage import data

    return Image.fromarray(data.chelsea()).resize((W, H))  # non-square, not the SAM input size


def test_segment_keeps_a_whole_image_answer_inside_the_box_plus_its_margin(models, photo):
    # SAM answers "everything": the mask is the box widened by the default margin, 1% of 300 px -> 4 px.
    with forced_sam(models, +1.0):
        mask = segment(photo, models, box=(30, 40, 200, 180))
        exact = segment(photo, models, box=(30, 40, 200, 180), box_margin=0)
        points_only = segment(photo, models, points=[(100, 100, 1), (20, 20, 0)])
    assert mask.shape == (H, W) and mask.dtype == bool
    np.testing.assert_array_equal(mask, rectangle(26, 36, 204, 184))
    np.testing.assert_array_equal(exact, rectangle(30, 40, 200, 180))
    assert points_only.all()  # no box to bound it


@pytest.mark.parametrize("prompt, words", [
    (dict(box=(30, 40, 200, 180)), "box 30,40,200,180"),
    (dict(points=[(100, 100, 1), (20, 20, 0)]), "points 100,100,1;20,20,0"),
    (dict(box=(30, 40, 200, 180), points=[(100, 100, 1)]), "box 30,40,200,180 and points 100,100,1"),
])
def test_segment_with_an_empty_answer_is_the_clean_error(models, photo, prompt, words):
    with forced_sam(models, -1.0), pytest.raises(RegionNotFoundError) as info:
        segment(photo, models, **prompt)
    assert str(info.value) == f"SAM returned an empty mask for {words}; give --mask or adjust --box/--points"


def test_segment_needs_a_prompt_inside_the_image(models, photo):
    with pytest.raises(InputError):
        segment(photo, models)
    with pytest.raises(InputError):
        segment(photo, models, box=(400, 300, 500, 400))
    with pytest.raises(InputError):
        segment(photo, models, points=[(W + 10, 5, 1)])


def test_one_embedding_serves_many_prompts_exactly_as_segment(models, photo):
    from localstyle.regions.segmentation import decode_mask, embed_image

    embedding = embed_image(photo, models)
    assert embedding.size == photo.size
    for prompt in ({"box": (40, 30, 260, 180)}, {"box": (40, 30, 260, 180), "points": [(150, 100, 0)]},
                   {"points": [(200, 150, 1)]}):
        assert np.array_equal(decode_mask(embedding, models, **prompt), segment(photo, models, **prompt))


# ---------------------------------------------------------------- photos of any shape through SAM

@pytest.mark.parametrize("size, box", [((8000, 16), (1000, 2, 3000, 14)), ((16, 8000), (2, 1000, 14, 3000))])
def test_a_thin_strip_goes_through_sam_and_its_mask_is_cropped_back(models, size, box):
    # 8000 x 16 at the tiny SAM's 128 px long side would be 0 px high (the processor refused it): the photo
    # is padded to a short side of 8000 * 16 / 128 = 1000 px for the encoder, and the mask cut back.
    strip = Image.fromarray(np.random.default_rng(1).integers(0, 256, (size[1], size[0], 3), dtype=np.uint8))
    with forced_sam(models, +1.0):
        mask = segment(strip, models, box=box, box_margin=0)
    assert mask.shape == (size[1], size[0])
    expected = np.zeros((size[1], size[0]), bool)
    expected[box[1]:box[3], box[0]:box[2]] = True
    np.testing.assert_array_equal(mask, expected)


def test_only_a_too_thin_photo_is_padded_for_sam_with_the_mean_colour(models, photo):
    from localstyle.regions.segmentation import embed_image, pad_for_sam

    processor = models.sam()[1].image_processor
    assert pad_for_sam(photo, processor) is photo  # an ordinary photo goes in as it is
    strip = Image.fromarray(np.full((16, 8000, 3), 200, np.uint8))
    padded = np.asarray(pad_for_sam(strip, processor))
    assert padded.shape == (1000, 8000, 3)  # 8000 * 16 / 128 (the tiny SAM's long side)
    assert (padded[:16] == 200).all() and (padded[16:] == (124, 116, 104)).all()  # 255 x ImageNet mean
    embedding = embed_image(strip, models)
    assert embedding.size == (8000, 16) and embedding.reshaped_size == (16, 128)


def test_the_command_stylizes_a_thin_strip_with_a_sam_refined_box(tiny_models, tmp_path):
    from localstyle.cli import main

    strip = np.random.default_rng(2).integers(0, 256, (16, 8000, 3), dtype=np.uint8)
    Image.fromarray(strip).save(tmp_path / "strip.png")
    forced = forced_sam_models(tiny_models, tmp_path, +1.0)  # SAM answers "everything": the box bounds it
    code = main(["stylize", str(tmp_path / "strip.png"), "cubism", "--box", "1000,2,3000,14", "--preset",
                 "preview", "--steps", "1", "--quiet", "--device", "cpu", "--models", str(forced),
                 "--save-dir", str(tmp_path / "run"), "-o", str(tmp_path / "out.png")])
    assert code == 0
    out = np.asarray(Image.open(tmp_path / "out.png"))
    mask = np.asarray(Image.open(tmp_path / "run" / "mask_1.png")) > 0
    assert out.shape == strip.shape and mask.shape == (16, 8000)
    assert mask[:, :990].sum() == 0 and mask[:, 3010:].sum() == 0 and mask[2:14, 1000:3000].all()
    np.testing.assert_array_equal(out[~mask], strip[~mask])
