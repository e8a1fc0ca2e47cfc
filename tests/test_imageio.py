import numpy as np
import pytest
from PIL import Image

from localstyle.errors import InputError
from localstyle.imageio import check_output_path, load_mask, load_photo, save_image


def test_exif_orientation_is_applied(tmp_path):
    pixels = np.zeros((20, 40, 3), np.uint8)
    pixels[:, :20] = 255  # left half white
    image = Image.fromarray(pixels)
    exif = image.getexif()
    exif[0x0112] = 6  # stored rotated: viewers turn it 90 degrees clockwise
    path = tmp_path / "rotated.jpg"
    image.save(path, exif=exif, quality=100)
    photo = load_photo(path)
    assert photo.size == (20, 40)  # width and height swapped
    assert photo.rgb[:5].mean() > 200 and photo.rgb[-5:].mean() < 50  # white half now on top


def test_rgba_keeps_alpha_apart_and_restores_it(tmp_path):
    rgba = np.random.default_rng(1).integers(0, 256, (10, 12, 4), dtype=np.uint8)
    path = tmp_path / "a.png"
    Image.fromarray(rgba, "RGBA").save(path)
    photo = load_photo(path)
    assert photo.mode == "RGBA"
    np.testing.assert_array_equal(photo.alpha, rgba[..., 3])
    np.testing.assert_array_equal(np.asarray(photo.to_image()), rgba)


def test_grayscale_round_trips_as_grayscale(tmp_path):
    path = tmp_path / "g.png"
    Image.fromarray(np.full((8, 8), 77, np.uint8), "L").save(path)
    photo = load_photo(path)
    assert photo.rgb.shape == (8, 8, 3) and photo.to_image().mode == "L"


@pytest.mark.parametrize("content, message", [(None, "not found"), (b"hello, not an image", "not an image"),
                                              ("truncated", "truncated")])
def test_bad_images_are_one_line_input_errors(tmp_path, content, message):
    path = tmp_path / "x.png"
    if content == "truncated":
        Image.fromarray(np.zeros((64, 64, 3), np.uint8) + 9).save(path)
        path.write_bytes(path.read_bytes()[:60])
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_photo(path)


def test_mask_rules(tmp_path):
    path = tmp_path / "m.png"
    mask = np.zeros((10, 20), np.uint8)
    mask[2:5, 3:9] = 200
    Image.fromarray(mask).save(path)
    np.testing.assert_array_equal(load_mask(path, (20, 10)), mask > 0)
    with pytest.raises(InputError, match="mask is 20x10 but the image is 10x20"):
        load_mask(path, (10, 20))
    Image.fromarray(np.zeros((10, 20), np.uint8)).save(path)
    with pytest.raises(InputError, match="empty"):
        load_mask(path, (20, 10))


def test_output_path_checks(tmp_path):
    assert check_output_path(tmp_path / "o.png") == tmp_path / "o.png"
    with pytest.raises(InputError, match="does not exist"):
        check_output_path(tmp_path / "missing" / "o.png")
    with pytest.raises(InputError, match="extension"):
        check_output_path(tmp_path / "o.unknownext")


def test_save_under_a_file_instead_of_a_folder_is_an_input_error_and_leaves_nothing(tmp_path):
    target = tmp_path / "o.png"
    target.write_bytes(b"previous")
    with pytest.raises(InputError, match="could not write"):
        save_image(Image.new("RGB", (4, 4)), tmp_path / "o.png" / "nested.png")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["o.png"]  # no temporary file left behind


@pytest.fixture
def failing_format():
    """Pillow's PNG writer replaced by one that writes some bytes, then fails, as a full disk or a dying
    encoder would: the failure comes after data has started going to the file."""
    seen = {}

    def encoder(image, stream, filename):
        stream.write(b"partial data " * 100)
        stream.flush()
        seen["files_when_failing"] = {p.name: p.stat().st_size for p in seen["folder"].iterdir()}
        raise seen.get("error", OSError(28, "No space left on device"))

    real_png = Image.SAVE["PNG"]
    Image.register_save("PNG", encoder)
    yield seen
    Image.register_save("PNG", real_png)


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_save_failing_after_data_started_keeps_the_old_file_and_leaves_no_temporary(tmp_path, failing_format,
                                                                                      error):
    target = tmp_path / "out.png"
    target.write_bytes(b"the previous result")
    failing_format.update(error=error, folder=tmp_path)
    expected = InputError if isinstance(error, OSError) else KeyboardInterrupt
    with pytest.raises(expected) as info:
        save_image(Image.new("RGB", (8, 8)), target)
    if expected is InputError:
        assert str(info.value).startswith(f"could not write {target}") and "No space left" in str(info.value)
    # The encoder did write: 1300 bytes into a temporary file in the same folder, not into the target ...
    during = failing_format["files_when_failing"]
    assert during.pop("out.png") == len(b"the previous result")
    assert list(during.values()) == [1300]
    # ... and afterwards the old file is intact and the temporary file is gone.
    assert target.read_bytes() == b"the previous result"
    assert [p.name for p in tmp_path.iterdir()] == ["out.png"]


def test_a_successful_save_replaces_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "out.png"
    target.write_bytes(b"the previous result")
    pixels = np.random.default_rng(4).integers(0, 256, (6, 7, 3), dtype=np.uint8)
    save_image(Image.fromarray(pixels), target)
    np.testing.assert_array_equal(np.asarray(Image.open(target)), pixels)
    assert [p.name for p in tmp_path.iterdir()] == ["out.png"]
