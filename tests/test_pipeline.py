"""The stylize API end to end with tiny models on real photos: what must never change, does not."""

import numpy as np
import pytest
from PIL import Image

import localstyle
from localstyle.errors import InputError

from conftest import TINY_SETTINGS, TINY_STEPS, forced_sam, rect_mask


def run(image, tiny_models, **kwargs):
    kwargs.setdefault("steps", TINY_STEPS)
    return localstyle.stylize(image, kwargs.pop("text", "cubism"), models=tiny_models, device="cpu",
                              settings=dict(TINY_SETTINGS, **kwargs.pop("settings", {})), **kwargs)


@pytest.mark.parametrize("feather", [0, 3])
def test_every_pixel_outside_the_mask_is_bit_identical(astronaut_path, tiny_models, feather):
    original = np.asarray(Image.open(astronaut_path))
    mask = np.zeros(original.shape[:2], bool)
    mask[120:260, 180:330] = True
    mask[200:230, 100:200] = True  # not a rectangle
    result = run(astronaut_path, tiny_models, mask=mask, feather=feather)
    output = np.asarray(result.image)
    assert output.shape == original.shape and result.image.mode == "RGB"
    np.testing.assert_array_equal(output[~mask], original[~mask])
    assert (output[mask] != original[mask]).mean() > 0.5  # the region itself did change


def test_box_without_segmentation_changes_only_the_box(cat_path, tiny_models):
    original = np.asarray(Image.open(cat_path))
    result = run(cat_path, tiny_models, box=(40, 30, 200, 150), segment_box=False, text="apply cubism style")
    output = np.asarray(result.image)
    inside = rect_mask(original.shape[:2], (40, 30, 200, 150))
    np.testing.assert_array_equal(output[~inside], original[~inside])
    assert result.record["edits"][0]["style"] == "cubism"
    assert result.record["edits"][0]["box"] == [40, 30, 200, 150]


def test_same_seed_repeats_to_the_bit_and_another_seed_differs(cat_path, tiny_models):
    mask = rect_mask((300, 451), (100, 50, 300, 250))
    first = np.asarray(run(cat_path, tiny_models, mask=mask, seed=7).image)
    again = np.asarray(run(cat_path, tiny_models, mask=mask, seed=7).image)
    other = np.asarray(run(cat_path, tiny_models, mask=mask, seed=8).image)
    np.testing.assert_array_equal(first, again)
    assert not np.array_equal(first, other)


def test_rgba_input_keeps_size_and_alpha(tmp_path, tiny_models):
    rng = np.random.default_rng(0)
    rgba = rng.integers(0, 256, (60, 90, 4), dtype=np.uint8)
    path = tmp_path / "rgba.png"
    Image.fromarray(rgba, "RGBA").save(path)
    result = run(path, tiny_models, box=(10, 10, 50, 40), segment_box=False)
    output = np.asarray(result.image)
    assert result.image.mode == "RGBA" and output.shape == rgba.shape
    np.testing.assert_array_equal(output[..., 3], rgba[..., 3])


def test_exif_rotated_input_gives_upright_output(tmp_path, tiny_models):
    pixels = np.random.default_rng(2).integers(0, 256, (40, 80, 3), dtype=np.uint8)
    image = Image.fromarray(pixels)
    exif = image.getexif()
    exif[0x0112] = 8  # rotate 90 degrees counter-clockwise when shown
    path = tmp_path / "rot.jpg"
    image.save(path, exif=exif)
    result = run(path, tiny_models, box=(5, 5, 30, 60), segment_box=False)
    assert result.image.size == (40, 80)


def test_several_masks_apply_in_order_and_the_later_wins_on_overlap(astronaut_path, tiny_models):
    first = rect_mask((512, 512), (100, 100, 300, 300))
    second = rect_mask((512, 512), (200, 200, 400, 400))
    text = "apply cubism style to the helmet and watercolor to the flag"
    both = run(astronaut_path, tiny_models, text=text, mask=[first, second], feather=0)
    assert [e["style"] for e in both.record["edits"]] == ["cubism", "watercolor"]
    # The paper's eq. 7 by hand: edit 1 on the photo, then edit 2 (seed + 1) on edit 1's output.
    step1 = run(astronaut_path, tiny_models, text="cubism", mask=first, feather=0, seed=0)
    step2 = run(step1.image, tiny_models, text="watercolor", mask=second, feather=0, seed=1)
    np.testing.assert_array_equal(np.asarray(both.image), np.asarray(step2.image))
    # So the overlap shows the second edit, the rest of the first mask the first edit, the rest the photo.
    original = np.asarray(Image.open(astronaut_path))
    out, after_first = np.asarray(both.image), np.asarray(step1.image)
    only_first = first & ~second
    np.testing.assert_array_equal(out[only_first], after_first[only_first])
    assert (out[first & second] != after_first[first & second]).mean() > 0.5
    np.testing.assert_array_equal(out[~(first | second)], original[~(first | second)])


def test_region_count_must_match_the_edits(astronaut_path, tiny_models):
    with pytest.raises(InputError, match="one region was given but the instruction has 2 edits"):
        run(astronaut_path, tiny_models, text="apply cubism to the sky and lego to the car",
            mask=rect_mask((512, 512), (0, 0, 10, 10)))


def test_record_describes_the_run(astronaut_path, tiny_models):
    mask = rect_mask((512, 512), (0, 0, 100, 100))
    record = run(astronaut_path, tiny_models, mask=mask, seed=3).record
    assert record["seed"] == 3 and record["settings"]["steps"] == TINY_STEPS
    assert record["settings"]["lambda_patch"] == 1e4 and record["settings"]["preset"] == "paper"
    edit = record["edits"][0]
    assert edit["mask_area"] == 10000 and edit["region_source"] == "mask"
    # Box 100 x 100 plus 10 px of margin (clamped at the corner), at resolution 64: the box maps to
    # 100 * 64 / 110 = 58.2 -> 59 working pixels, rounded outwards.
    assert (edit["crop"], edit["work_size"], edit["work_box"]) == ([0, 0, 110, 110], [64, 64], [0, 0, 59, 59])
    assert set(record["seconds"]) >= {"parse", "regions", "load_models", "stylize"}
    assert {"localstyle", "torch", "transformers"} <= set(record["versions"])
    assert set(edit["final_losses"]) == {"total", "direction", "patch", "content", "tv"}


def test_a_thin_region_is_widened_for_the_networks_and_still_exact_outside(cat_path, tiny_models):
    mask = rect_mask((300, 451), (200, 10, 204, 290))  # 4 px wide, 280 px tall
    result = run(cat_path, tiny_models, mask=mask, settings={"resolution": 128}, feather=0)
    assert result.record["edits"][0]["work_size"] == [64, 128]
    original = np.asarray(Image.open(cat_path))
    np.testing.assert_array_equal(np.asarray(result.image)[~mask], original[~mask])


def test_a_user_box_refined_by_sam_never_changes_pixels_outside_the_box(cat_path, tiny_models, tiny_model_set):
    box = (60, 40, 260, 220)
    with forced_sam(tiny_model_set, +1.0):  # SAM answers "the whole image": the user's box must bound it
        result = run(cat_path, tiny_model_set, box=box, feather=0)
    inside = rect_mask((300, 451), box)
    np.testing.assert_array_equal(result.masks[0], inside)  # exactly the box: no margin for a drawn box
    assert result.record["edits"][0]["region_source"] == "sam"
    original = np.asarray(Image.open(cat_path))
    output = np.asarray(result.image)
    np.testing.assert_array_equal(output[~inside], original[~inside])
    assert (output[inside] != original[inside]).mean() > 0.5


def test_a_user_box_where_sam_finds_nothing_is_an_error_not_a_whole_image_edit(cat_path, tiny_models,
                                                                               tiny_model_set):
    with forced_sam(tiny_model_set, -1.0), pytest.raises(localstyle.RegionNotFoundError,
                                                         match="SAM returned an empty mask for box 60,40,260,220"):
        run(cat_path, tiny_model_set, box=(60, 40, 260, 220))


def test_reference_frame_squashes_the_whole_photo_and_keeps_the_background(cat_path, tiny_models):
    """`frame=reference`: the published geometry (the whole 451 x 300 photo squashed to a square of side
    `resolution`), resized back and composited: outside the mask the input's own pixels."""
    original = np.asarray(Image.open(cat_path))
    mask = rect_mask(original.shape[:2], (100, 50, 300, 250))
    result = run(cat_path, tiny_models, mask=mask, settings={"frame": "reference"})
    output = np.asarray(result.image)
    edit = result.record["edits"][0]
    assert edit["crop"] == [0, 0, 451, 300] and edit["work_size"] == [64, 64]
    assert edit["patch_size"] == [TINY_SETTINGS["crop_size"]] * 2  # the frame's own pixels
    assert result.record["settings"]["frame"] == "reference"
    assert output.shape == original.shape
    np.testing.assert_array_equal(output[~mask], original[~mask])
    assert (output[mask] != original[mask]).mean() > 0.5


def test_unknown_frame_is_an_input_error(cat_path, tiny_models):
    with pytest.raises(InputError, match="frame must be one of region, reference"):
        run(cat_path, tiny_models, box=(10, 10, 50, 40), segment_box=False, settings={"frame": "square"})
