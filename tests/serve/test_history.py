"""The on-disk history of finished runs: what it keeps, the size cap (oldest first), a new store on the
same folder, and names that could escape the folder."""

import json

import numpy as np
import pytest
from PIL import Image
from serve_helpers import png_bytes

from localstyle.serve.errors import RequestError
from localstyle.serve.history import HistoryStore, photo_key


def photo(value: int) -> np.ndarray:
    return np.full((20, 30, 3), value, np.uint8)


def run_files(value: int, extra: int = 0) -> dict:
    """A result.png of a known colour, a record, and `extra` incompressible bytes (in a mask) to set its size."""
    noise = np.random.default_rng(value).integers(0, 256, (1, max(1, extra)), dtype=np.uint8)
    return {"result.png": png_bytes(Image.new("RGB", (30, 20), (value, 0, 0))),
            "record.json": json.dumps({"seed": value}).encode(), "mask_1.png": png_bytes(Image.fromarray(noise)),
            "preview.png": b"not kept", "../escape.png": b"not kept either"}


def test_a_run_is_kept_with_its_files_entry_and_photo(tmp_path):
    store = HistoryStore(tmp_path, 10 * 2**20)
    entry = store.add(photo(7), "a1b2c3d4e5f6", run_files(200), {"instruction": "cubism", "method": "least",
                                                                  "seed": 3, "time": 1000.0})
    key = photo_key(photo(7))
    assert entry == {"instruction": "cubism", "method": "least", "seed": 3, "time": 1000.0, "id": "a1b2c3d4e5f6",
                     "photo": key, "files": ["mask_1.png", "record.json", "result.png", "thumb.jpg"]}
    assert store.runs(key) == [entry]
    assert store.photos() == [{"key": key, "width": 30, "height": 20, "runs": 1, "last": 1000.0}]
    result = np.asarray(Image.open(store.run_file(key, "a1b2c3d4e5f6", "result.png")))
    assert result.shape == (20, 30, 3) and (result == [200, 0, 0]).all()
    assert np.array_equal(np.asarray(Image.open(store.photo_file(key, "photo.png"))), photo(7))
    assert Image.open(store.run_file(key, "a1b2c3d4e5f6", "thumb.jpg")).format == "JPEG"
    assert not list(tmp_path.rglob("preview.png")) and not list(tmp_path.rglob("*escape*"))
    assert store.runs("0123456789abcdef") == []  # a photo never run: no runs, not an error


def test_the_cap_removes_the_oldest_runs_first_and_their_photo_with_the_last(tmp_path):
    store = HistoryStore(tmp_path, 2**20)
    for value, stamp in ((1, 1.0), (2, 2.0), (3, 3.0)):  # three photos, ~300 kB each: all fit under 1 MiB
        store.add(photo(value), f"{value:012x}", run_files(value, 300_000), {"time": stamp})
    assert [p["key"] for p in store.photos()] == [photo_key(photo(v)) for v in (3, 2, 1)]
    store.add(photo(3), "0000000000ff", run_files(4, 300_000), {"time": 4.0})  # over the cap: photo 1 goes
    assert [p["key"] for p in store.photos()] == [photo_key(photo(v)) for v in (3, 2)]
    assert not (tmp_path / photo_key(photo(1))).exists()
    assert [e["id"] for e in store.runs(photo_key(photo(3)))] == ["000000000003", "0000000000ff"]
    assert store.used_bytes() <= 2**20
    with pytest.raises(RequestError, match="no run"):
        store.run_file(photo_key(photo(1)), f"{1:012x}", "result.png")


def test_the_newest_run_stays_even_when_it_alone_is_over_the_cap(tmp_path):
    store = HistoryStore(tmp_path, 100_000)
    store.add(photo(1), "000000000001", run_files(1, 10), {"time": 1.0})
    store.add(photo(2), "000000000002", run_files(2, 300_000), {"time": 2.0})
    assert [p["key"] for p in store.photos()] == [photo_key(photo(2))]


def test_a_new_store_on_the_folder_finds_the_runs_and_drops_unfinished_ones(tmp_path):
    first = HistoryStore(tmp_path, 10 * 2**20)
    kept = first.add(photo(5), "00000000000a", run_files(5), {"time": 5.0, "instruction": "watercolor"})
    unfinished = tmp_path / kept["photo"] / "00000000000b"  # a crash before entry.json was written
    unfinished.mkdir()
    (unfinished / "result.png").write_bytes(b"half")
    again = HistoryStore(tmp_path, 10 * 2**20)
    assert again.runs(kept["photo"]) == [kept] and not unfinished.exists()
    again.delete(kept["photo"], "00000000000a")
    assert again.photos() == [] and list(tmp_path.iterdir()) == []


def test_temporary_files_left_by_a_crash_are_removed_at_start_and_nothing_else(tmp_path):
    first = HistoryStore(tmp_path, 10 * 2**20)
    kept = first.add(photo(5), "00000000000a", run_files(5), {"time": 5.0})
    run_dir = tmp_path / kept["photo"] / "00000000000a"
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    leftovers = [tmp_path / ".stray.1.2.tmp", tmp_path / kept["photo"] / ".photo.png.1.2.tmp",
                 run_dir / ".result.png.99.7.tmp"]  # what `_write` leaves when the process dies before its rename
    for leftover in leftovers:
        leftover.write_bytes(b"half a file")
    again = HistoryStore(tmp_path, 10 * 2**20)
    assert not any(leftover.exists() for leftover in leftovers)
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    assert again.runs(kept["photo"]) == [kept]


def test_names_that_are_not_a_key_or_run_are_refused(tmp_path):
    store = HistoryStore(tmp_path, 2**20)
    entry = store.add(photo(1), "000000000001", run_files(1), {"time": 1.0})
    for key, run, name in (("..", "000000000001", "result.png"), (entry["photo"], "..", "entry.json"),
                           (entry["photo"], "000000000001", "../photo.png"),
                           (entry["photo"], "000000000001", "secret.txt")):
        with pytest.raises(RequestError) as error:
            store.run_file(key, run, name)
        assert error.value.status == 404
    with pytest.raises(RequestError):
        store.photo_file(entry["photo"], "../../etc/passwd")


def test_a_temporary_history_is_removed_on_close():
    store = HistoryStore(None, 2**20)
    store.add(photo(1), "000000000001", run_files(1), {"time": 1.0})
    assert store.folder.exists()
    store.close()
    assert not store.folder.exists()
