"""Reading photos and masks, writing results: every failure is an `InputError` with one clear line."""

from __future__ import annotations

import io
import os
import struct
import tempfile
import threading
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from localstyle import storage
from localstyle.errors import FieldError, InputError, one_line
from localstyle.photo import WORKING_MODES, Photo

# Pixel limit for any image read (photo or mask): a small file can decode to gigabytes (a "decompression
# bomb"). Settable with --max-pixels or LOCALSTYLE_MAX_PIXELS.
DEFAULT_MAX_PIXELS = 100_000_000
_PILLOW_LIMIT = threading.Lock()


def max_pixels_default() -> int:
    text = os.environ.get("LOCALSTYLE_MAX_PIXELS", "")
    try:
        return int(text) if text else DEFAULT_MAX_PIXELS
    except ValueError:
        raise InputError(f"LOCALSTYLE_MAX_PIXELS must be a whole number of pixels, got {text!r}") from None


def open_image(source: str | os.PathLike | Image.Image, what: str = "image",
               max_pixels: int | None = None) -> Image.Image:
    """Open and fully decode an image (a truncated file fails here, not later); refuse one of more than
    `max_pixels` pixels before decoding it."""
    if isinstance(source, Image.Image):
        return source
    limit = max_pixels_default() if max_pixels is None else max_pixels
    if storage.is_url(source):  # an object: fetched whole (one GET), then decoded like a file
        path, stream = storage.display(source), io.BytesIO(storage.read_bytes(source, what, retry=True))
    else:
        path = stream = Path(source)
        if not path.exists():
            raise InputError(f"{what} not found: {path}")
        if path.is_dir():
            raise InputError(f"{what} is a folder, not an image file: {path}")
    try:
        with _PILLOW_LIMIT:  # our limit replaces Pillow's warning (and its error at twice the warning)
            pillow_limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
            try:
                image = Image.open(stream)
            finally:
                Image.MAX_IMAGE_PIXELS = pillow_limit
        width, height = image.size
        if width * height > limit:
            raise InputError(f"{what} {path} is {width}x{height} = {width * height:,} pixels, over the limit of "
                             f"{limit:,}; raise it with --max-pixels or LOCALSTYLE_MAX_PIXELS if the file is trusted")
        image.load()
    except UnidentifiedImageError:
        raise InputError(f"{what} is not an image Pillow can read: {path}") from None
    except (OSError, SyntaxError, ValueError, struct.error) as exc:
        if isinstance(exc, InputError):
            raise
        raise InputError(f"{what} could not be decoded (truncated or corrupt?): {path}: {one_line(exc)}") from None
    return image


def load_photo(source: str | os.PathLike | Image.Image | Photo, max_pixels: int | None = None) -> Photo:
    """A photo in a working mode (`photo.WORKING_MODES`), EXIF orientation applied, with the ICC profile
    and EXIF (orientation reset) to carry to the output. Other modes are converted, with a note:
    palette -> RGB (RGBA with transparency), 1-bit -> L, I;16B -> I;16, any other -> RGB."""
    if isinstance(source, Photo):
        return source
    image = open_image(source, max_pixels=max_pixels)
    notes = [note for note in [_reduced_depth_note(image, source)] if note]
    try:
        image = ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, struct.error, KeyError, TypeError):
        notes.append("note: the EXIF orientation could not be read and was ignored")
    info = {key: image.info[key] for key in ("icc_profile", "exif", "dpi") if image.info.get(key)}
    mode = "I;16" if image.mode.startswith("I;16") else image.mode
    if mode not in WORKING_MODES:
        target = {"1": "L", "La": "LA"}.get(mode, "RGBA" if _has_alpha(image) else "RGB")
        notes.append(f"note: the input's {image.mode} mode is stylised and written as {target} (every colour kept)")
        image, mode = image.convert(target), target
    if mode == "I;16" and image.mode != "I;16":
        image = Image.frombytes("I;16", image.size, np.asarray(image).astype("<u2").tobytes())
    return Photo.from_image(image, info=info, notes=notes)


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("PA", "RGBa", "RGBA") or (image.mode == "P" and "transparency" in image.info)


def _reduced_depth_note(image: Image.Image, source) -> str | None:
    """Pillow reads 16-bit-per-channel colour PNG and TIFF files as 8-bit: say so (the output is 8-bit)."""
    if image.mode not in ("RGB", "RGBA"):
        return None
    bits = None
    if image.format == "PNG" and not isinstance(source, Image.Image):
        header = storage.read_head(source, 25)
        bits = header[24] if len(header) == 25 else None
    elif image.format == "TIFF":
        bits = max(getattr(image, "tag_v2", {}).get(258, (8,)) or (8,))
    if bits and bits > 8:
        return (f"note: the input has {bits} bits per channel, which Pillow reads as 8: the output is "
                f"8-bit {image.mode}")
    return None


def load_mask(source: str | os.PathLike | Image.Image | np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """A user's mask: any image (or array) whose non-zero pixels are the region; must match `size` (w, h).

    An RGBA mask counts a pixel as region when its alpha and colour are both non-zero, so a mask painted
    on a transparent layer works."""
    if isinstance(source, np.ndarray):
        array = source
    else:
        image = ImageOps.exif_transpose(open_image(source, what="mask"))
        array = np.asarray(image)
    if array.ndim == 3:
        colour = array[..., :3].any(axis=-1) if array.shape[-1] >= 3 else array[..., 0] != 0
        region = colour & (array[..., 3] != 0) if array.shape[-1] == 4 else colour
    else:
        region = array != 0
    if region.shape != (size[1], size[0]):
        raise InputError(f"mask is {region.shape[1]}x{region.shape[0]} but the image is {size[0]}x{size[1]}")
    if not region.any():
        raise InputError("mask is empty: no non-zero pixel marks a region")
    return region.astype(bool)


# What each output format holds exactly (Pillow's writers, checked by tests/test_imageio.py), and the
# conversions made, with a note, where a format cannot hold a mode but can hold all its colours.
OUTPUT_FORMATS = {
    "PNG": ((".png",), ("L", "LA", "RGB", "RGBA", "I;16")),
    "TIFF": ((".tif", ".tiff"), ("L", "LA", "RGB", "RGBA", "CMYK", "I;16", "I", "F")),
    "JPEG": ((".jpg", ".jpeg"), ("L", "RGB", "CMYK")),
    "WEBP": ((".webp",), ("RGB", "RGBA")),  # written lossless
    "BMP": ((".bmp",), ("L", "RGB")),
}
CONVERSIONS = {"CMYK": "RGB", "L": "RGB", "LA": "RGBA"}  # same colours, more channels (or Pillow's CMYK->RGB)
MODE_NAMES = {"L": "8-bit greyscale (L)", "LA": "greyscale with alpha (LA)", "RGB": "8-bit RGB",
              "RGBA": "RGB with an alpha channel (RGBA)", "CMYK": "CMYK", "I;16": "16-bit greyscale (I;16)",
              "I": "32-bit integer greyscale (I)", "F": "32-bit float greyscale (F)"}


def output_format(path: str | os.PathLike) -> str:
    suffix = Path(path).suffix.lower()
    for fmt, (suffixes, _) in OUTPUT_FORMATS.items():
        if suffix in suffixes:
            return fmt
    known = ", ".join(s for suffixes, _ in OUTPUT_FORMATS.values() for s in suffixes)
    raise InputError(f"output {path}: cannot write the extension {suffix or '(none)'}; use one of {known}")


def output_mode(mode: str, path: str | os.PathLike) -> tuple[str, str | None]:
    """The mode an image of `mode` is written in to `path`, and a note when that is a conversion; an
    InputError naming the formats that can hold it when the format would change its values."""
    fmt = output_format(path)
    holds = OUTPUT_FORMATS[fmt][1]
    if mode in holds:
        return mode, None
    target = CONVERSIONS.get(mode)
    if target in holds:
        if mode == "CMYK":
            return target, (f"note: {fmt} cannot hold CMYK: written as RGB (Pillow's conversion; the CMYK colour "
                            "profile is dropped); write .tif or .jpg to keep CMYK")
        return target, f"note: {fmt} has no greyscale: written as {target} with three equal colour channels"
    able = [suffixes[0] for suffixes, modes in OUTPUT_FORMATS.values() if mode in modes]
    raise InputError(f"output {Path(path).name}: {fmt} cannot hold {MODE_NAMES.get(mode, mode)} pixels without "
                     f"changing them; write {' or '.join(able)} instead")


def check_output_path(path: str | os.PathLike, mode: str | None = None) -> Path:
    """Fail before any work if the output cannot be written (missing folder, not writable, a format that
    cannot hold `mode`)."""
    path = Path(path)
    output_mode(mode or "RGB", path)
    folder = Path(os.path.realpath(path)).parent  # a symlinked output is written through, to its target
    if not folder.is_dir():
        raise InputError(f"output folder does not exist: {folder}")
    if path.is_dir():
        raise InputError(f"output is a folder: {path}")
    # Probe with a real file: os.access says yes to root even on read-only or virtual file systems.
    try:
        handle, probe = tempfile.mkstemp(prefix=".localstyle-probe-", dir=folder)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        raise InputError(f"output folder is not writable: {folder} ({exc.strerror})") from None
    return path


def refuse_overwriting_input(output: Path, image: str | os.PathLike) -> None:
    """-o naming the input itself (the same path, a symlink to it, a hard link, another spelling) would
    destroy the original: refused unless the user says --overwrite."""
    try:
        same = output.exists() and Path(image).exists() and os.path.samefile(output, image)
    except OSError:
        same = False
    if same:
        raise FieldError("overwrite", f"output {output} is the input image itself; choose another output or pass {{field}}")


def _user_file_mode(existing: Path) -> int:
    """The mode a new file would get from the user's umask (mkstemp's files are 0600), or the mode of
    the file being replaced."""
    if existing.exists():
        return existing.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _save_options(image: Image.Image, fmt: str, converted: bool) -> dict:
    """Metadata the format can carry (the ICC profile only while the colour space is unchanged)."""
    options = {"JPEG": {"quality": 95}, "WEBP": {"lossless": True, "exact": True}}.get(fmt, {})
    if fmt == "BMP":
        return options
    if image.info.get("icc_profile") and not converted:
        options["icc_profile"] = image.info["icc_profile"]
    if image.info.get("exif"):
        options["exif"] = image.info["exif"]
    if image.info.get("dpi") and fmt in ("PNG", "JPEG", "TIFF"):
        options["dpi"] = image.info["dpi"]
    return options


def encode_image(image: Image.Image, fmt: str) -> bytes:
    """The image as `fmt` file bytes, with the metadata `save_image` writes (for the web app's files)."""
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **_save_options(image, fmt, converted=False))
    return buffer.getvalue()


def save_image(image: Image.Image, path: str | os.PathLike) -> list[str]:
    """Write atomically: a temporary file in the same folder renamed over the target, so a failure
    never leaves a half-written output. A symlinked output path is written through: the file it points
    to is replaced and the link stays. Returns the notes of any mode conversion (`output_mode`)."""
    fmt = output_format(path)
    mode, note = output_mode(image.mode, path)
    options = _save_options(image, fmt, converted=mode != image.mode)
    if mode != image.mode:
        image = image.convert(mode)
    if storage.is_url(path):  # an object: the complete file's bytes in one PUT, never a partial object
        buffer = io.BytesIO()
        try:
            image.save(buffer, format=fmt, **options)
        except (OSError, ValueError) as exc:
            raise InputError(f"could not write {storage.display(path)}: {one_line(exc)}") from None
        storage.write_bytes(path, buffer.getvalue(), retry=True)
        return [note] if note else []
    path = Path(os.path.realpath(path))
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".localstyle-", suffix=path.suffix, dir=path.parent or ".")
    except OSError as exc:
        raise InputError(f"could not write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            image.save(stream, format=fmt, **options)
        os.chmod(temp_name, _user_file_mode(path))
        os.replace(temp_name, path)
    except BaseException as exc:
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(exc, (OSError, ValueError)):
            raise InputError(f"could not write {path}: {one_line(exc)}") from None
        raise
    return [note] if note else []


def make_output_dir(output_dir: Path, *subfolders: str) -> None:
    """Create a run's output folder and its subfolders, and check with a real file that it is writable."""
    try:
        for folder in (output_dir, *(output_dir / name for name in subfolders)):
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create output folder {output_dir}: {exc.strerror or exc}") from None
    check_output_path(output_dir / "probe.png")  # a real-file probe: raises if not writable
