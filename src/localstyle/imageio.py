"""Reading photos and masks, writing results: every failure is an `InputError` with one clear line."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from localstyle.errors import InputError


@dataclass
class Photo:
    """A photo as the pipeline sees it: RGB pixels (EXIF orientation applied), the alpha channel kept
    apart so it can be put back unchanged, and the original mode so the output matches the input."""

    rgb: np.ndarray  # H x W x 3 uint8
    alpha: np.ndarray | None  # H x W uint8, or None
    mode: str

    @property
    def size(self) -> tuple[int, int]:
        """(width, height), PIL's order."""
        return self.rgb.shape[1], self.rgb.shape[0]

    def to_image(self, rgb: np.ndarray | None = None) -> Image.Image:
        """Rebuild a PIL image in the input's mode from (possibly new) RGB pixels and the kept alpha."""
        rgb = self.rgb if rgb is None else rgb
        if self.alpha is not None:
            image = Image.fromarray(np.dstack([rgb, self.alpha]), "RGBA")
            return image if self.mode == "RGBA" else image.convert(self.mode)
        image = Image.fromarray(rgb, "RGB")
        if self.mode in ("L", "I;16", "I", "F"):
            return image.convert("L")
        return image


def open_image(source: str | os.PathLike | Image.Image, what: str = "image") -> Image.Image:
    """Open and fully decode an image (a truncated file fails here, not later)."""
    if isinstance(source, Image.Image):
        return source
    path = Path(source)
    if not path.exists():
        raise InputError(f"{what} not found: {path}")
    if path.is_dir():
        raise InputError(f"{what} is a folder, not an image file: {path}")
    try:
        image = Image.open(path)
        image.load()
    except UnidentifiedImageError:
        raise InputError(f"{what} is not an image Pillow can read: {path}") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"{what} could not be decoded (truncated or corrupt?): {path}: {exc}") from None
    return image


def load_photo(source: str | os.PathLike | Image.Image) -> Photo:
    image = ImageOps.exif_transpose(open_image(source))
    mode = image.mode
    has_alpha = mode in ("RGBA", "LA", "PA") or (mode == "P" and "transparency" in image.info)
    if has_alpha:
        rgba = np.asarray(image.convert("RGBA"))
        return Photo(rgb=np.ascontiguousarray(rgba[..., :3]), alpha=np.ascontiguousarray(rgba[..., 3]),
                     mode="RGBA" if mode in ("RGBA", "P", "PA") else "LA")
    return Photo(rgb=np.asarray(image.convert("RGB")).copy(), alpha=None,
                 mode=mode if mode in ("RGB", "L") else "RGB")


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


def check_output_path(path: str | os.PathLike) -> Path:
    """Fail before any work if the output cannot be written (missing folder, not writable, bad suffix)."""
    path = Path(path)
    if path.suffix.lower() not in Image.registered_extensions():
        raise InputError(f"output {path} has no image file extension Pillow can write (use .png or .jpg)")
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
        raise InputError(f"output {output} is the input image itself; choose another -o or pass --overwrite")


def _user_file_mode(existing: Path) -> int:
    """The mode a new file would get from the user's umask (mkstemp's files are 0600), or the mode of
    the file being replaced."""
    if existing.exists():
        return existing.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def save_image(image: Image.Image, path: str | os.PathLike) -> None:
    """Write atomically: a temporary file in the same folder renamed over the target, so a failure
    never leaves a half-written output. A symlinked output path is written through: the file it points
    to is replaced and the link stays."""
    path = Path(os.path.realpath(path))
    fmt = Image.registered_extensions().get(path.suffix.lower())
    if fmt == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")  # JPEG has no alpha
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".localstyle-", suffix=path.suffix, dir=path.parent or ".")
    except OSError as exc:
        raise InputError(f"could not write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            image.save(stream, format=fmt, **({"quality": 95} if fmt == "JPEG" else {}))
        os.chmod(temp_name, _user_file_mode(path))
        os.replace(temp_name, path)
    except BaseException as exc:
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InputError(f"could not write {path}: {exc}") from None
        raise
