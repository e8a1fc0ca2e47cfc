"""Every image mode through the real command: each pixel outside the region keeps the input's exact value
in the input's own mode (where the output format holds it), the region is written at the input's depth,
ICC profile and EXIF are carried, and a format that cannot hold a mode is one line naming one that can."""

import struct
import zlib

import numpy as np
import pytest
from PIL import Image, ImageCms

from localstyle.cli import main
from localstyle.imageio import OUTPUT_FORMATS, load_photo, save_image

from test_cli import TINY_FLAGS

W, H = 60, 40
BOX = (10, 8, 40, 30)


def outside():
    keep = np.ones((H, W), bool)
    keep[BOX[1]:BOX[3], BOX[0]:BOX[2]] = False
    return keep


def grey_ramp():
    return np.add.outer(np.arange(H), np.arange(W)).astype(np.float64) / (H + W - 2)


def make(mode):
    """An input image of `mode` with values that use its whole depth."""
    rng = np.random.default_rng(0)
    ramp = grey_ramp()
    if mode == "I;16":
        values = (ramp * 65535).astype("<u2") | 1  # odd: not 8-bit values scaled by 257
        return Image.frombytes("I;16", (W, H), values.tobytes())
    if mode == "I":
        return Image.frombytes("I", (W, H), (ramp * 2_000_000 - 1000).astype("<i4").tobytes())
    if mode == "F":
        return Image.frombytes("F", (W, H), (ramp * 7.5 - 2.25).astype("<f4").tobytes())
    rgb = Image.fromarray(rng.integers(0, 256, (H, W, 3), dtype=np.uint8))
    if mode == "P":
        return rgb.quantize(32)
    if mode == "RGBA":
        return Image.fromarray(rng.integers(0, 256, (H, W, 4), dtype=np.uint8))
    return rgb.convert(mode)


def stylize(capsys, path, out, *extra):
    code = main(["stylize", str(path), "cubism", "--box", ",".join(map(str, BOX)), "--no-segment", "-o", str(out),
                 "--models", str(pytest.tiny_models), *TINY_FLAGS, *extra])
    return code, capsys.readouterr().err.strip()


@pytest.fixture(autouse=True)
def models(tiny_models):
    pytest.tiny_models = tiny_models


# (input mode, input file, output file, output mode)
KEPT = [("L", "in.png", "out.png", "L"), ("LA", "in.png", "out.png", "LA"), ("RGB", "in.png", "out.tif", "RGB"),
        ("RGBA", "in.png", "out.webp", "RGBA"), ("CMYK", "in.tif", "out.tif", "CMYK"),
        ("I;16", "in.png", "out.png", "I;16"), ("I;16", "in.tif", "out.tif", "I;16"), ("I", "in.tif", "out.tif", "I"),
        ("F", "in.tif", "out.tif", "F")]


@pytest.mark.parametrize("mode, name, out_name, out_mode", KEPT, ids=[f"{m} {a}->{b}" for m, a, b, _ in KEPT])
def test_every_outside_pixel_keeps_its_value_in_the_inputs_own_mode(mode, name, out_name, out_mode, tmp_path,
                                                                    capsys):
    image = make(mode)
    image.save(tmp_path / name)
    code, err = stylize(capsys, tmp_path / name, tmp_path / out_name)
    assert code == 0, err
    written = Image.open(tmp_path / out_name)
    assert written.mode == out_mode and written.size == (W, H)
    before, after = np.asarray(Image.open(tmp_path / name)), np.asarray(written)
    keep = outside()
    np.testing.assert_array_equal(after[keep], before[keep])
    assert (after[~keep] != before[~keep]).any()  # the region did change
    if mode in ("LA", "RGBA"):
        np.testing.assert_array_equal(after[..., -1], before[..., -1])  # alpha everywhere
    if mode == "I;16":  # written at 16 bits: not just 8-bit values times 257
        assert (after[~keep].astype(np.int64) % 257 != 0).any()
    if mode in ("I", "F"):  # the region stays within the photo's own value range
        assert before.min() <= after[~keep].min() and after[~keep].max() <= before.max()
    if mode == "F":  # float values, not 256 levels of the photo's range
        levels = (after[~keep] - before.min()) / (before.max() - before.min()) * 255
        assert (np.abs(levels - np.rint(levels)) > 1e-3).any()


def test_palette_and_cmyk_become_rgb_with_every_outside_colour_kept(tmp_path, capsys):
    for mode, out in (("P", "out_p.png"), ("CMYK", "out_cmyk.png")):
        image = make(mode)
        image.save(tmp_path / f"in_{mode}.tif")
        code, err = stylize(capsys, tmp_path / f"in_{mode}.tif", tmp_path / out)
        assert code == 0, err
        assert err.startswith("note: ") and len(err.splitlines()) == 1
        written = Image.open(tmp_path / out)
        assert written.mode == "RGB"
        expected = np.asarray(Image.open(tmp_path / f"in_{mode}.tif").convert("RGB"))
        np.testing.assert_array_equal(np.asarray(written)[outside()], expected[outside()])


@pytest.mark.parametrize("mode, out_name, able", [("I;16", "out.jpg", ".png or .tif"), ("F", "out.png", ".tif"),
                                                   ("I", "out.webp", ".tif"), ("RGBA", "out.jpg", ".png or .tif or .webp"),
                                                   ("LA", "out.bmp", ".png or .tif")])
def test_a_format_that_cannot_hold_the_mode_is_one_line_naming_one_that_can(mode, out_name, able, tmp_path, capsys):
    make(mode).save(tmp_path / "in.tif")
    code, err = stylize(capsys, tmp_path / "in.tif", tmp_path / out_name)
    assert code == 2 and len(err.splitlines()) == 1 and err.endswith(f"write {able} instead")
    assert not (tmp_path / out_name).exists()


def test_icc_profile_and_exif_are_carried_with_the_orientation_reset(tmp_path, capsys):
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    image = make("RGB")
    exif = image.getexif()
    exif[0x0112] = 6  # shown turned 90 degrees clockwise
    exif[0x010F] = "localstyle test camera"
    image.save(tmp_path / "in.jpg", exif=exif, icc_profile=icc, quality=100)
    for out_name in ("out.png", "out.jpg", "out.webp", "out.tif"):
        code, err = main(["stylize", str(tmp_path / "in.jpg"), "cubism", "--box", "5,10,30,40", "--no-segment",
                          "-o", str(tmp_path / out_name), "--models", str(pytest.tiny_models), *TINY_FLAGS]), None
        assert code == 0, capsys.readouterr().err
        written = Image.open(tmp_path / out_name)
        assert written.size == (H, W)  # upright: the orientation was applied
        assert written.info.get("icc_profile") == icc, out_name
        tags = written.getexif()
        assert tags.get(0x010F) == "localstyle test camera" and tags.get(0x0112, 1) == 1, out_name


def write_png16(path, pixels):
    """A 16-bit-per-channel PNG written by hand (Pillow cannot write one)."""
    height, width, channels = pixels.shape
    raw = b"".join(b"\x00" + pixels[y].astype(">u2").tobytes() for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 16, {3: 2, 4: 6}[channels], 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
                     + chunk(b"IEND", b""))


def test_16_bit_rgb_is_read_as_8_bit_and_says_so(tmp_path, capsys):
    pixels = np.random.default_rng(3).integers(0, 65536, (H, W, 3)).astype(np.uint16)
    write_png16(tmp_path / "in.png", pixels)
    code, err = stylize(capsys, tmp_path / "in.png", tmp_path / "out.png")
    assert code == 0 and err == "note: the input has 16 bits per channel, which Pillow reads as 8: the output is 8-bit RGB"
    after = np.asarray(Image.open(tmp_path / "out.png"))
    np.testing.assert_array_equal(after[outside()], (pixels >> 8)[outside()])


def test_the_pixel_limit_is_our_own_one_line_message(tmp_path, capsys, monkeypatch):
    make("RGB").save(tmp_path / "in.png")
    code, err = stylize(capsys, tmp_path / "in.png", tmp_path / "out.png", "--max-pixels", "1000")
    assert code == 2 and err.startswith(f"error: image {tmp_path / 'in.png'} is 60x40 = 2,400 pixels, over the limit "
                                        "of 1,000; raise it with --max-pixels or LOCALSTYLE_MAX_PIXELS")
    monkeypatch.setenv("LOCALSTYLE_MAX_PIXELS", "2000")
    code, err = stylize(capsys, tmp_path / "in.png", tmp_path / "out.png")
    assert code == 2 and "over the limit of 2,000" in err and not (tmp_path / "out.png").exists()
    # Above Pillow's own bomb limit, our limit decides, not Pillow's warning or error.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)
    monkeypatch.delenv("LOCALSTYLE_MAX_PIXELS")
    assert load_photo(tmp_path / "in.png").size == (W, H)
    assert Image.MAX_IMAGE_PIXELS == 100


def test_the_format_table_is_what_pillow_writes_exactly(tmp_path):
    for fmt, (suffixes, modes) in OUTPUT_FORMATS.items():
        for mode in modes:
            image = make(mode) if mode != "LA" else make("LA")
            path = tmp_path / f"x{suffixes[0]}"
            save_image(image, path)
            back = Image.open(path)
            assert back.mode == mode or (mode, back.mode) == ("I;16", "I;16"), (fmt, mode, back.mode)
            if fmt != "JPEG":
                np.testing.assert_array_equal(np.asarray(back), np.asarray(image), err_msg=f"{fmt} {mode}")


def test_composite_blends_float_images_in_float():
    from localstyle.masks import composite

    original, stylized = np.full((2, 2, 3), 0.2, np.float32), np.full((2, 2, 3), 0.6, np.float32)
    out = composite(original, stylized, np.array([[0.0, 0.5], [1.0, 0.25]], np.float32))
    assert out.dtype == np.float32 and out[0, 0, 0] == np.float32(0.2)  # weight 0: the original's own value
    np.testing.assert_allclose(out[..., 0], [[0.2, 0.4], [0.6, 0.3]], rtol=1e-6)
