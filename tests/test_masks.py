import numpy as np
import pytest
from PIL import Image
from hypothesis import given, settings, strategies as st

from localstyle.errors import InputError
from localstyle.masks import (box_mask, check_box, composite, feather_weights, mask_bbox, overlay, parse_box,
                              working_region)

from conftest import rect_mask


def test_parse_box_clamps_to_image_and_rounds_outwards():
    assert parse_box("10.5, 20, 30.2,40", (100, 50)) == (10, 20, 31, 40)
    assert parse_box("-5,-5,500,500", (100, 50)) == (0, 0, 100, 50)


@pytest.mark.parametrize("text", ["1,2,3", "a,b,c,d", "", "1,2,3,4,5"])
def test_parse_box_rejects_malformed_text(text):
    with pytest.raises(InputError, match="four numbers"):
        parse_box(text, (100, 100))


@pytest.mark.parametrize("box, message", [((10, 10, 5, 50), "empty"), ((10, 10, 10, 50), "empty"),
                                          ((10, 10, 50, 10), "empty"), ((10, 10, 50, 5), "empty"),
                                          ((200, 10, 300, 50), "outside"), ((-50, -50, 0, 0), "outside"),
                                          # touching the image from outside, one side at a time
                                          ((-50, 10, 0, 50), "outside"), ((10, -50, 50, 0), "outside"),
                                          ((100, 10, 150, 50), "outside"), ((10, 100, 50, 150), "outside")])
def test_check_box_rejects_empty_and_outside_boxes(box, message):
    with pytest.raises(InputError, match=message):
        check_box(box, (100, 100))


def test_check_box_keeps_a_box_touching_the_border_from_inside():
    assert check_box((0, 0, 1, 1), (100, 100)) == (0, 0, 1, 1)
    assert check_box((99, 99, 100, 100), (100, 100)) == (99, 99, 100, 100)


def test_mask_bbox_is_half_open_and_tight():
    mask = np.zeros((20, 30), bool)
    mask[3, 4] = mask[10, 25] = True
    assert mask_bbox(mask) == (4, 3, 26, 11)
    with pytest.raises(InputError, match="^mask is empty$"):
        mask_bbox(np.zeros((20, 30), bool))


def test_box_mask_is_the_half_open_box_in_an_h_by_w_array():
    mask = box_mask((2, 1, 5, 3), (7, 4))  # size is (width, height)
    expected = np.zeros((4, 7), bool)
    expected[1:3, 2:5] = True
    np.testing.assert_array_equal(mask, expected)
    assert mask.dtype == bool


def test_overlay_default_tint_and_a_thicker_outline_on_a_large_photo():
    rgb = np.zeros((400, 420, 3), np.uint8)
    mask = np.zeros((400, 420), bool)
    mask[100:110, 100:110] = True
    out = overlay(rgb, mask, box=(50, 60, 300, 320))  # default colour (255, 64, 64), opacity 0.45
    np.testing.assert_array_equal(out[105, 105], [114, 28, 28])  # 0.45 * colour, truncated
    # 400 px: the outline is 400 // 200 = 2 px thick, inside the box, on every side.
    for y, x in [(60, 150), (61, 150), (319, 150), (318, 150), (200, 50), (200, 51), (200, 299), (200, 298)]:
        np.testing.assert_array_equal(out[y, x], [255, 64, 64])
    for y, x in [(59, 150), (62, 150), (317, 150), (320, 150), (200, 49), (200, 52), (200, 297), (200, 300)]:
        np.testing.assert_array_equal(out[y, x], [0, 0, 0])


def test_overlay_tints_the_mask_and_outlines_the_box():
    rgb = np.full((10, 12, 3), 100, np.uint8)
    mask = np.zeros((10, 12), bool)
    mask[2:5, 3:6] = True
    out = overlay(rgb, mask, box=(1, 1, 8, 7), colour=(255, 0, 0), opacity=0.5)
    np.testing.assert_array_equal(out[3, 4], [177, 50, 50])  # 0.5 * 100 + 0.5 * colour, truncated
    np.testing.assert_array_equal(out[9, 11], [100, 100, 100])  # neither mask nor outline
    for y, x in [(1, 1), (1, 7), (6, 1), (6, 7), (1, 4), (6, 4), (4, 1), (4, 7)]:  # the box's edge pixels
        np.testing.assert_array_equal(out[y, x], [255, 0, 0])
    np.testing.assert_array_equal(out[2, 6], [100, 100, 100])  # one pixel inside: a 1 px outline on 10 px
    assert out.dtype == np.uint8 and rgb[3, 4, 0] == 100  # the input is not changed


@settings(max_examples=60, deadline=None)
@given(width=st.integers(8, 900), height=st.integers(8, 900), data=st.data())
def test_working_region_keeps_aspect_and_multiples_of_eight(width, height, data):
    x0 = data.draw(st.integers(0, width - 1))
    y0 = data.draw(st.integers(0, height - 1))
    x1 = data.draw(st.integers(x0 + 1, width))
    y1 = data.draw(st.integers(y0 + 1, height))
    region = working_region(rect_mask((height, width), (x0, y0, x1, y1)), 512, 0.1)
    cx0, cy0, cx1, cy1 = region.crop
    assert 0 <= cx0 <= x0 and 0 <= cy0 <= y0 and x1 <= cx1 <= width and y1 <= cy1 <= height
    w, h = region.work_size
    assert w % 8 == 0 and h % 8 == 0 and max(w, h) in (512 - 8, 512, 512 + 8) and min(w, h) >= 64
    # Aspect ratio kept within the rounding to multiples of 8, unless a thin side was widened to 64.
    if min(w, h) > 64:
        assert abs(w / h - (cx1 - cx0) / (cy1 - cy0)) <= 8 / min(w, h) * max(1, (cx1 - cx0) / (cy1 - cy0)) + 1e-6
    wx0, wy0, wx1, wy1 = region.to_work((x0, y0, x1, y1))
    assert 0 <= wx0 < wx1 <= w and 0 <= wy0 < wy1 <= h


def test_feather_is_zero_outside_and_one_deep_inside():
    mask = rect_mask((40, 40), (10, 10, 30, 30))
    weights = feather_weights(mask, 3)
    assert (weights[~mask] == 0).all()
    assert weights[20, 20] == 1.0
    # On the edge: distance 1 -> 1 / (3 + 1); one further in: 2 / 4.
    assert weights[10, 20] == pytest.approx(0.25) and weights[11, 20] == pytest.approx(0.5)
    np.testing.assert_array_equal(feather_weights(mask, 0), mask.astype(np.float32))
    assert weights.dtype == feather_weights(mask, 0).dtype == np.float32
    # Radius 1: the edge pixel at 1 / 2, the next one in at full weight.
    assert feather_weights(mask, 1)[10, 20] == 0.5 and feather_weights(mask, 1)[11, 20] == 1.0


def test_feather_does_not_fade_at_the_image_border():
    mask = rect_mask((20, 20), (0, 0, 20, 10))  # a "sky" touching three borders
    weights = feather_weights(mask, 3)
    assert weights[0, 0] == 1.0 and weights[9, 10] == pytest.approx(0.25)
    assert (feather_weights(np.ones((5, 5), bool), 3) == 1).all()


def test_composite_copies_original_bytes_where_weight_is_zero():
    rng = np.random.default_rng(0)
    original = rng.integers(0, 256, (16, 16, 3), dtype=np.uint8)
    stylized = rng.integers(0, 256, (16, 16, 3), dtype=np.uint8)
    weights = np.zeros((16, 16), np.float32)
    weights[4:8, 4:8] = 1.0
    weights[8, 4:8] = 0.5
    out = composite(original, stylized, weights)
    outside = weights == 0
    np.testing.assert_array_equal(out[outside], original[outside])
    np.testing.assert_array_equal(out[4:8, 4:8], stylized[4:8, 4:8])
    expected = np.rint(0.5 * original[8, 4:8].astype(float) + 0.5 * stylized[8, 4:8].astype(float))
    np.testing.assert_array_equal(out[8, 4:8], expected.astype(np.uint8))
    assert out.dtype == np.uint8


def test_composite_keeps_black_and_white_at_the_ends_of_the_range():
    weights = np.ones((2, 2), np.float32)
    black, white = np.zeros((2, 2, 3), np.uint8), np.full((2, 2, 3), 255, np.uint8)
    np.testing.assert_array_equal(composite(white, black, weights), black)
    np.testing.assert_array_equal(composite(black, white, weights), white)


@pytest.mark.parametrize("box, expected", [
    ((0, 0, 1024, 768), 100 / 512),  # the whole frame: a patch is 100/512 of the box per axis
    ((256, 192, 768, 576), 2 * 100 / 512),  # half the photo's width and height
    ((384, 288, 640, 480), 4 * 100 / 512),  # a quarter
])
def test_patch_covers_the_reference_part_of_the_photo_whatever_the_region(box, expected):
    """The reference crops 100 px of the whole photo squashed to 512 x 512, i.e. 100 * W / 512 by
    100 * H / 512 photo pixels. Region first, in working pixels, the patch keeps that share of the box."""
    size = (1024, 768)
    mask = box_mask(box, size)
    region = working_region(mask, 512, 0.1)
    patch_w, patch_h = region.frame_patch(size, 100, 512)
    x0, y0, x1, y1 = region.to_work(box)
    assert patch_w / (x1 - x0) == pytest.approx(expected, rel=0.02)
    assert patch_h / (y1 - y0) == pytest.approx(expected, rel=0.02)
    # In photo pixels: 200 x 150 at 1024 x 768.
    scale_x = (region.crop[2] - region.crop[0]) / region.work_size[0]
    assert patch_w * scale_x == pytest.approx(100 * 1024 / 512, rel=0.02)


# ---------------------------------------------------------------- the working region, exact values

def test_working_region_adds_the_margin_and_scales_to_the_resolution():
    # Box 100 x 50 in a 400 x 300 photo; margin 0.1 of the long side = 10 px on every side.
    region = working_region(rect_mask((300, 400), (100, 50, 200, 100)), 256, 0.1)
    assert region.crop == (90, 40, 210, 110)
    # 120 x 70 scaled by 256 / 120: 256 x 149.3, rounded to a multiple of 8 -> 256 x 152.
    assert region.work_size == (256, 152)
    tall = working_region(rect_mask((300, 400), (100, 20, 140, 220)), 256, 0.1)  # long side is the height
    assert tall.crop == (80, 0, 160, 240)  # 20 px of margin, clamped at the top
    # The box in working pixels: x (100 - 90) * 256/120 = 21.33 -> 21 and (200 - 90) * 256/120 = 234.67 -> 235;
    # y (50 - 40) * 152/70 = 21.71 -> 21 and (100 - 40) * 152/70 = 130.29 -> 131 (rounded outwards).
    assert region.to_work((100, 50, 200, 100)) == (21, 21, 235, 131)


def test_working_region_margin_is_rounded_and_clamped_at_the_border():
    region = working_region(rect_mask((300, 400), (0, 3, 47, 20)), 64, 0.1)
    assert region.crop == (0, 0, 52, 25)  # round(4.7) = 5 px, clamped to the photo at the left and top
    # 52 x 25 at long side 64: 64 x round(30.8 / 8) * 8 = 32 -> widened to the 64 minimum; box starts at 0.
    assert region.work_size == (64, 64) and region.to_work((0, 3, 47, 20)) == (0, 7, 58, 52)
    assert working_region(rect_mask((300, 400), (100, 50, 200, 100)), 256, 0.0).crop == (100, 50, 200, 100)
    assert working_region(rect_mask((300, 400), (100, 50, 200, 100)), 256, 0.25).crop == (75, 25, 225, 125)


def test_paste_puts_the_working_image_back_over_the_crop_only():
    """Resized back (LANCZOS, 256 x 152 -> 120 x 70) onto the crop (90, 40, 210, 110): a step at working
    column 128 lands at photo column 90 + 60 = 150, a step at working row 76 at photo row 40 + 35 = 75.
    Away from the steps (Lanczos rings ~3 px) the values are exact; outside the crop the photo is kept."""
    region = working_region(rect_mask((300, 400), (100, 50, 200, 100)), 256, 0.1)
    photo = np.random.default_rng(3).integers(0, 256, (300, 400, 3), dtype=np.uint8)
    work = np.zeros((152, 256, 3), np.uint8)
    work[:, 128:, 0] = 255
    work[76:, :, 1] = 255
    before = photo.copy()
    out = region.paste(photo, work)
    np.testing.assert_array_equal(photo, before)  # a copy is returned; the photo itself is not written
    outside = ~rect_mask((300, 400), (90, 40, 210, 110))
    np.testing.assert_array_equal(out[outside], photo[outside])
    assert (out[40:110, 90:146, 0] == 0).all() and (out[40:110, 155:210, 0] == 255).all()
    assert (out[40:71, 90:210, 1] == 0).all() and (out[80:110, 90:210, 1] == 255).all()
    assert (out[40:110, 90:210, 2] == 0).all()
    resized = np.asarray(Image.fromarray(work).resize((120, 70), Image.LANCZOS))
    np.testing.assert_array_equal(out[40:110, 90:210], resized)


def test_paste_of_a_float_working_image_keeps_its_depth():
    """A float working image (16-bit and float photos) is resized in float, not through 8 bits."""
    region = working_region(rect_mask((300, 400), (100, 50, 200, 100)), 256, 0.1)
    photo = np.zeros((300, 400, 3), np.float32)
    work = np.full((152, 256, 3), 1000.5 / 65535, np.float32)  # not a multiple of 1/255
    out = region.paste(photo, work)
    assert out.dtype == np.float32
    np.testing.assert_allclose(out[40:110, 90:210], 1000.5 / 65535, rtol=1e-5)
    assert (out[:40] == 0).all() and (out[:, :90] == 0).all()


def test_frame_patch_is_at_least_one_working_pixel():
    """A 1 px patch of a 512 px frame on a 64 px photo is 0.125 photo px: rounded, then raised to 1."""
    region = working_region(rect_mask((64, 64), (0, 0, 64, 64)), 64, 0.0)
    assert region.frame_patch((64, 64), 1, 512) == (1, 1)
    assert region.frame_patch((64, 64), 24, 512) == (3, 3)  # 24 * 64 / 512 = 3
