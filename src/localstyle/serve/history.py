"""Every finished run of the web page kept on disk, per photo, under a size cap (oldest runs removed first).

    DIR/<photo key>/photo.png, thumb.jpg            the photo as the runs saw it (RGB), and its thumbnail
    DIR/<photo key>/<run id>/entry.json             what the page lists: instruction, method, style picture,
                                                    preset, seed, time
    DIR/<photo key>/<run id>/result.png, record.json, thumb.jpg (result.tif, attention.png, mask_1.png)

A photo's key is a hash of its pixels, so the same photo uploaded again (or after a page reload) finds its
runs. entry.json is written last, by rename: a run without it (a crash mid-write) is not listed and is
removed by the next clean-up. Nothing here imports the web framework (the CLI reads the options)."""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
from PIL import Image

from localstyle.errors import InputError
from localstyle.serve.errors import RequestError

DEFAULT_MAX_MB = 500.0
THUMB_SIZE = 256
NAME = re.compile(r"^[0-9a-f]{8,32}$")  # photo keys and run ids: no path can be smuggled in
RUN_FILE = re.compile(r"^(result\.png|result\.tif|record\.json|attention\.png|overlay\.png|thumb\.jpg"
                      r"|mask_\d{1,3}\.png)$")


def default_folder() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "localstyle" / "history"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--history-dir", metavar="DIR", help=f"where finished runs are kept (default "
                        f"{default_folder()})")
    parser.add_argument("--history-max-mb", type=float, default=DEFAULT_MAX_MB,
                        help="size cap of the history folder, MiB; the oldest runs are removed first "
                        "(default %(default)g)")


def photo_key(rgb) -> str:
    """A name for the photo's pixels (an H x W x 3 uint8 array)."""
    digest = hashlib.sha256(repr(rgb.shape).encode())
    digest.update(np.ascontiguousarray(rgb).data)
    return digest.hexdigest()[:16]


def thumbnail(image) -> bytes:
    small = image.convert("RGB")
    small.thumbnail((THUMB_SIZE, THUMB_SIZE))
    buffer = io.BytesIO()
    small.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def run_summary(record: dict) -> str:
    """One line for the page: each edit's style and region, with its box (LEAST) or the mixture of adapters
    that made it (RegionRoute)."""
    lines = []
    for i, edit in enumerate(record.get("edits", []), 1):
        where = f" {list(edit['box'])}" if edit.get("box") else ""
        routing = ", ".join(f"{name} {weight:.2f}" for name, weight in (edit.get("routing") or {}).items() if weight > 0)
        lines.append(f'{i}. {_style_words(edit)} on {edit["region"]}{where}'
                     + (f" (RegionRoute; experts: {routing})" if routing else ""))
    return "; ".join(lines)


def _style_words(edit: dict) -> str:
    """The style of an edit as a run used it: its words, or the style picture that replaced them (alone, or
    mixed with the words below weight 1)."""
    picture = edit.get("style_image")
    if not picture:
        return f'"{edit["style"]}"'
    if edit["style"] and picture.get("weight", 1.0) < 1.0:
        return f'the style picture mixed with "{edit["style"]}" (weight {picture["weight"]:g})'
    return "the style picture"


def _write(path: Path, data: bytes) -> None:
    """Whole or not at all: a temporary file in the same folder, then a rename."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


class HistoryStore:
    """The runs under `folder` (a temporary folder, removed by `close()`, when None)."""

    def __init__(self, folder: str | os.PathLike | None, max_bytes: int):
        self.temporary = folder is None
        self.folder = Path(tempfile.mkdtemp(prefix="localstyle-history-") if folder is None else folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"cannot use {self.folder} for the history: {exc.strerror or exc}") from None
        self.max_bytes = max_bytes
        self.lock = threading.Lock()
        with self.lock:
            self._remove_temporary_files()
            self._clean()

    # -- writing -----------------------------------------------------------------------------------

    def add(self, rgb, run_id: str, files: dict[str, bytes], entry: dict) -> dict:
        """Keep one finished run of the photo `rgb`; returns its entry (with `photo`, `id`, `time`)."""
        key = photo_key(rgb)
        entry = {**entry, "id": run_id, "photo": key, "time": entry.get("time", time.time())}
        with self.lock:
            photo_dir = self.folder / key
            photo_dir.mkdir(exist_ok=True)
            if not (photo_dir / "photo.png").exists():
                picture = Image.fromarray(rgb)
                _write(photo_dir / "thumb.jpg", thumbnail(picture))
                _write(photo_dir / "photo.png", _png(picture))
            run_dir = photo_dir / run_id
            run_dir.mkdir(exist_ok=True)
            kept = {name: data for name, data in files.items() if RUN_FILE.match(name)}
            if "result.png" in kept:
                kept["thumb.jpg"] = thumbnail(Image.open(io.BytesIO(kept["result.png"])))
            for name, data in kept.items():
                _write(run_dir / name, data)
            entry["files"] = sorted(kept)
            _write(run_dir / "entry.json", (json.dumps(entry, indent=1) + "\n").encode("utf-8"))
            self._clean(keep=(key, run_id))
        return entry

    def delete(self, key: str, run_id: str) -> None:
        run_dir = self._run_dir(key, run_id)
        with self.lock:
            shutil.rmtree(run_dir, ignore_errors=True)
            self._clean()

    def close(self) -> None:
        if self.temporary:
            shutil.rmtree(self.folder, ignore_errors=True)

    # -- reading -----------------------------------------------------------------------------------

    def photos(self) -> list[dict]:
        """Photos with at least one run, the most recently used first."""
        found = []
        for photo_dir in self._photo_dirs():
            runs = self.runs(photo_dir.name)
            if runs:
                with Image.open(photo_dir / "photo.png") as picture:
                    width, height = picture.size
                found.append({"key": photo_dir.name, "width": width, "height": height, "runs": len(runs),
                              "last": runs[-1]["time"]})
        return sorted(found, key=lambda p: p["last"], reverse=True)

    def runs(self, key: str) -> list[dict]:
        """The photo's runs, oldest first (an unknown photo has none)."""
        if not NAME.match(key):
            raise RequestError(f"no photo {key!r} in the history", 404)
        entries = []
        photo_dir = self.folder / key
        for entry_path in photo_dir.glob("*/entry.json") if photo_dir.is_dir() else ():
            try:
                entries.append(json.loads(entry_path.read_text("utf-8")))
            except (OSError, ValueError):  # removed or half-written meanwhile: not a finished run
                continue
        return sorted(entries, key=lambda e: e["time"])

    def photo_file(self, key: str, name: str) -> Path:
        if not NAME.match(key) or name not in ("photo.png", "thumb.jpg") or not (self.folder / key / name).is_file():
            raise RequestError(f"no photo {key!r} in the history (it may have been removed: the history keeps "
                               f"{self.max_bytes / 2**20:g} MiB, --history-max-mb)", 404)
        return self.folder / key / name

    def run_file(self, key: str, run_id: str, name: str) -> Path:
        path = self._run_dir(key, run_id) / name
        if not (RUN_FILE.match(name) or name == "entry.json") or not path.is_file():
            raise RequestError(f"no file {name!r} in run {run_id} of the history", 404)
        return path

    def used_bytes(self) -> int:
        return sum(_size(d) + sum(_size(r) for r in d.iterdir() if r.is_dir()) for d in self._photo_dirs())

    # -- the cap -----------------------------------------------------------------------------------

    def _run_dir(self, key: str, run_id: str) -> Path:
        run_dir = self.folder / key / run_id
        if not (NAME.match(key) and NAME.match(run_id)) or not (run_dir / "entry.json").is_file():
            raise RequestError(f"no run {run_id!r} of photo {key!r} in the history (it may have been removed: "
                               f"the history keeps {self.max_bytes / 2**20:g} MiB, --history-max-mb)", 404)
        return run_dir

    def _photo_dirs(self) -> list[Path]:
        return [d for d in self.folder.iterdir() if d.is_dir() and NAME.match(d.name)]

    def _remove_temporary_files(self) -> None:
        """At start: the temporary files of writes that a crash cut short (`_write`) are never renamed."""
        for pattern in (".*.tmp", "*/.*.tmp", "*/*/.*.tmp"):  # the folder, a photo's, a run's
            for leftover in self.folder.glob(pattern):
                if leftover.is_file():
                    leftover.unlink(missing_ok=True)

    def _clean(self, keep: tuple[str, str] | None = None) -> None:
        """Remove unfinished runs, then the oldest runs until the folder is under the cap (the run just
        added, `keep`, stays even if it alone is over), then photos left without runs."""
        runs, total, photo_sizes, left = [], 0, {}, {}
        for photo_dir in self._photo_dirs():
            photo_sizes[photo_dir.name] = _size(photo_dir)
            total += photo_sizes[photo_dir.name]
            for run_dir in (d for d in photo_dir.iterdir() if d.is_dir()):
                try:
                    stamp = json.loads((run_dir / "entry.json").read_text("utf-8"))["time"]
                except (OSError, ValueError, KeyError):
                    shutil.rmtree(run_dir, ignore_errors=True)
                    continue
                size = _size(run_dir)
                total += size
                runs.append((stamp, photo_dir.name, run_dir.name, size))
                left[photo_dir.name] = left.get(photo_dir.name, 0) + 1
        for stamp, key, run_id, size in sorted(runs):
            if total <= self.max_bytes:
                break
            if (key, run_id) != keep:
                shutil.rmtree(self.folder / key / run_id, ignore_errors=True)
                left[key] -= 1
                total -= size + (photo_sizes[key] if left[key] == 0 else 0)  # its photo goes with its last run
        for photo_dir in self._photo_dirs():
            if not any(d.is_dir() for d in photo_dir.iterdir()):
                shutil.rmtree(photo_dir, ignore_errors=True)


def _png(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
