"""The eval / batch manifest: one JSON object per line (image, instruction, optional box, mask, id, and for
`batch` optional per-line preset, steps, seed), read line by line; a broken line is reported with its
number and the others still run."""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from localstyle import storage
from localstyle.errors import InputError, LocalStyleError, one_line
from localstyle.imageio import load_mask, load_photo
from localstyle.masks import check_box


@dataclass
class ManifestItem:
    id: str
    line: int
    image: Path | str  # resolved: a local path, or a URL (storage.is_url)
    image_text: str  # as written in the manifest
    instruction: str
    box: list | None = None  # one [x0, y0, x1, y1] per edit
    mask: list[Path | str] | None = None  # one path or URL per edit
    options: dict = field(default_factory=dict)  # per-line run options, when the reader allows them

    @property
    def slug(self) -> str:
        return slug(self.id)


@dataclass
class BrokenLine:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


def slug(text: str) -> str:
    """An id as a file-name part: letters, digits, '.', '_' and '-' kept, anything else one '_'."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", str(text)).strip("._") or "item"


def _is_box(value) -> bool:
    return (isinstance(value, (list, tuple)) and len(value) == 4
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in value))


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _parse_options(data: dict, allowed: tuple[str, ...]) -> dict:
    """The per-line run options a reader allows, as given: the reader checks them (options.RunOptions)."""
    return {name: data[name] for name in allowed if data.get(name) is not None}


class _Listings:
    """Whether objects exist, from one listing per folder (not one request per object)."""

    def __init__(self):
        self.names: dict[str, set[str]] = {}

    def has(self, url: str) -> bool:
        folder = storage.parent(url)
        if folder not in self.names:
            self.names[folder] = storage.list_names(folder)
        return storage.name(url) in self.names[folder]


def _must_exist(path, what: str, listings: _Listings | None = None) -> None:
    if storage.is_url(path):
        if not (listings or _Listings()).has(path):
            raise InputError(f"{what} not found: {storage.display(path)}")
        return
    if not path.is_file():
        raise InputError(f"{what} not found: {path}" if not path.exists() else f"{what} is not a file: {path}")


def _parse_line(data, number: int, folder, options: tuple[str, ...] = (),
                decode: bool = True, listings: _Listings | None = None) -> ManifestItem:
    """One manifest object -> an item; InputError with a short reason when it is unusable. Without `decode`
    the image and masks are only checked to exist (their pixels, and boxes against them, are checked later)."""
    if not isinstance(data, dict):
        raise InputError(f"expected a JSON object, got {type(data).__name__}")
    for key in ("image", "instruction"):
        if key not in data:
            raise InputError(f"missing key {key!r}")
    if not isinstance(data["image"], str) or not data["image"].strip():
        raise InputError("'image' must be a path")
    if not isinstance(data["instruction"], str) or not data["instruction"].strip():
        raise InputError("'instruction' must be non-empty text")
    keys = ("id", "image", "instruction", "box", "mask", *options)
    unknown = sorted(set(data) - set(keys))
    if unknown:
        raise InputError(f"unknown key(s) {', '.join(map(repr, unknown))}: use {', '.join(keys)}")
    item_id = data.get("id", number)
    if not isinstance(item_id, (str, int)) or isinstance(item_id, bool) or not str(item_id).strip():
        raise InputError("'id' must be a string or a number")
    image = storage.resolve(folder, data["image"])
    size = None
    if decode:
        size = load_photo(image).size  # missing, unreadable or corrupt -> InputError
    else:
        _must_exist(image, "image", listings)
    box = mask = None
    if data.get("box") is not None and data.get("mask") is not None:
        raise InputError("give 'box' or 'mask', not both")
    if data.get("box") is not None:
        raw = data["box"]
        boxes = [raw] if _is_box(raw) else raw
        if not isinstance(boxes, list) or not boxes or not all(_is_box(b) for b in boxes):
            raise InputError(f"'box' must be [x0, y0, x1, y1] in pixels or a list of them, got {json.dumps(raw)}")
        box = [list(check_box(b, size)) if decode else list(b) for b in boxes]
    if data.get("mask") is not None:
        raw = data["mask"]
        paths = [raw] if isinstance(raw, str) else raw
        if not isinstance(paths, list) or not paths or not all(isinstance(p, str) and p for p in paths):
            raise InputError("'mask' must be a path or a list of paths")
        mask = [storage.resolve(folder, p) for p in paths]
        for path in mask:
            if decode:
                load_mask(path, size)
            else:
                _must_exist(path, "mask", listings)
    return ManifestItem(id=str(item_id), line=number, image=image, image_text=data["image"],
                        instruction=data["instruction"].strip(), box=box, mask=mask,
                        options=_parse_options(data, options))


def read_manifest(path: str | os.PathLike, options: tuple[str, ...] = (),
                  decode: bool = True) -> tuple[list[ManifestItem], list[BrokenLine]]:
    """The usable items of a JSON-lines manifest, and the broken lines (line number and reason).
    `options` names the per-line run options this reader allows (options.RunOptions fields). `decode=False`
    (batch) does not decode the photos here: over thousands of photos the workers do it, in parallel.

    The manifest, its images and masks may be URLs (`storage`); a relative path in a manifest at a URL
    is relative to the manifest's own URL. Blank lines and lines starting with '#' are ignored. A missing
    manifest is an InputError."""
    if storage.is_url(path):
        try:
            lines = storage.read_bytes(path, "manifest").decode("utf-8").splitlines()
        except UnicodeDecodeError as exc:
            raise InputError(f"cannot read manifest {storage.display(path)}: {exc}") from None
        folder = storage.parent(path)
    else:
        path = storage.local(path)
        if not path.is_file():
            raise InputError(f"manifest not found: {path}" if not path.exists() else f"manifest is not a file: {path}")
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read manifest {path}: {exc}") from None
        folder = path.parent.absolute()  # items carry absolute paths: Ray workers do not share our working folder
    items, broken, seen, listings = [], [], {}, _Listings()
    for number, text in enumerate(lines, start=1):
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            broken.append(BrokenLine(number, f"bad JSON ({exc.msg} at column {exc.colno})"))
            continue
        try:
            item = _parse_line(data, number, folder, options, decode, listings)
        except LocalStyleError as exc:
            broken.append(BrokenLine(number, one_line(exc)))
            continue
        if item.slug in seen:
            broken.append(BrokenLine(number, f"duplicate id {item.id!r} (line {seen[item.slug]} has it)"))
            continue
        seen[item.slug] = number
        items.append(item)
    return items, broken


