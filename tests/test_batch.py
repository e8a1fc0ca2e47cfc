"""`localstyle batch` with tiny models on small real photos: records, images, summary, broken lines, resume,
and the same run on a local Ray instance of two workers, bit for bit, with a worker killed mid-run."""

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from localstyle.batch import run_batch
from localstyle.cli import main as cli_main
from localstyle.errors import InputError, LocalStyleError
from localstyle.raypool import PoolOptions

from conftest import TINY_SETTINGS

ASTRO_BOX = [40, 50, 90, 90]  # of the 96 x 96 astronaut
CAT_BOX = [30, 15, 90, 60]  # of the 120 x 80 cat
LINES = [
    {"id": "astro", "image": "astronaut.png", "instruction": "cubism", "box": ASTRO_BOX},
    {"id": "astro-7", "image": "astronaut.png", "instruction": "cubism", "box": ASTRO_BOX, "seed": 7},
    "{broken",
    {"image": "cat.png", "instruction": "make the cat look like a watercolor painting", "box": CAT_BOX,
     "steps": 2, "preset": "fast"},
    {"id": "bad-steps", "image": "cat.png", "instruction": "cubism", "box": CAT_BOX, "steps": 0},
    {"id": "bad-preset", "image": "cat.png", "instruction": "cubism", "box": CAT_BOX, "preset": "nope"},
    # Two edits but one box: the worker finds out, the item fails, the others run.
    {"id": "lost", "image": "cat.png", "instruction": "apply cubism style to the cat and fire style to the sky",
     "box": CAT_BOX},
    {"id": "far", "image": "cat.png", "instruction": "cubism", "box": [200, 200, 300, 300]},  # a worker finds out
    {"id": "gone", "image": "missing.png", "instruction": "cubism"},  # checked before any work: broken
]
DONE = ["astro", "astro-7", "4"]  # line 4 has no id: its line number is its id


@pytest.fixture(scope="module")
def photos(tmp_path_factory):
    import skimage.data

    folder = tmp_path_factory.mktemp("batch-photos")
    Image.fromarray(skimage.data.astronaut()).resize((96, 96), Image.LANCZOS).save(folder / "astronaut.png")
    Image.fromarray(skimage.data.chelsea()).resize((120, 80), Image.LANCZOS).save(folder / "cat.png")
    return folder


def write_manifest(folder: Path, lines: list, name: str = "batch.jsonl") -> Path:
    path = folder / name
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n")
    return path


def batch(manifest, out, tiny_models, pool=None, progress=None):
    return run_batch(manifest, out, models=tiny_models, device="cpu", steps=1, settings=dict(TINY_SETTINGS),
                     segment_box=False, pool=pool, quiet=True, progress=progress)


def pixels(path: Path) -> np.ndarray:
    return np.asarray(Image.open(path))


@pytest.fixture(scope="module")
def sequential(photos, tiny_models, tmp_path_factory):
    manifest = write_manifest(photos, LINES)
    out = tmp_path_factory.mktemp("batch-seq")
    events = []
    summary = batch(manifest, out, tiny_models, progress=events.append)
    return {"manifest": manifest, "out": out, "summary": summary, "events": events}


def test_done_failed_and_broken_lines_in_the_summary(sequential):
    summary = sequential["summary"]
    assert summary["done"] == DONE and summary["already_done"] == []
    assert [(f["id"], f["line"]) for f in summary["failed"]] == [("lost", 7), ("far", 8)]
    assert summary["failed"][0]["reason"].startswith("one region was given but the instruction has 2 edits")
    broken = {b["line"]: b["reason"] for b in summary["broken_lines"]}
    assert sorted(broken) == [3, 5, 6, 9] and broken[9].startswith("image not found: ")
    assert "box" in summary["failed"][1]["reason"] and "outside" in summary["failed"][1]["reason"]
    assert broken[3].startswith("bad JSON") and "steps=0 is not allowed: steps must be an integer" in broken[5]
    assert "unknown preset 'nope'" in broken[6]
    assert json.loads((sequential["out"] / "summary.json").read_text()) == summary


def test_each_item_has_its_image_and_record_and_keeps_the_outside_exactly(sequential, photos):
    out = sequential["out"]
    assert sorted(p.name for p in (out / "images").iterdir()) == ["4.png", "astro-7.png", "astro.png"]
    assert sorted(p.stem for p in (out / "records").iterdir()) == sorted(DONE + ["lost", "far"])
    for item, photo, box in (("astro", "astronaut.png", ASTRO_BOX), ("4", "cat.png", CAT_BOX)):
        original, output = pixels(photos / photo), pixels(out / "images" / f"{item}.png")
        x0, y0, x1, y1 = box
        inside = np.zeros(original.shape[:2], bool)
        inside[y0:y1, x0:x1] = True
        np.testing.assert_array_equal(output[~inside], original[~inside])
        assert np.abs(output[inside].astype(int) - original[inside]).sum() > 0
    record = json.loads((out / "records" / "4.json").read_text())
    assert record["status"] == "ok" and record["output"] == "images/4.png" and record["attempts"] == 1
    # The line's own preset and steps beat the run's; the run's --set still applies.
    assert record["request"]["options"]["least"]["preset"] == "fast" and record["run"]["settings"]["preset"] == "fast"
    assert record["run"]["settings"]["steps"] == 2 and record["run"]["settings"]["resolution"] == 64
    assert json.loads((out / "records" / "astro.json").read_text())["run"]["settings"]["steps"] == 1
    lost = json.loads((out / "records" / "lost.json").read_text())
    assert lost["status"] == "error" and "output" not in lost


def test_a_lines_seed_changes_its_output_and_only_that(sequential):
    out = sequential["out"]
    records = {i: json.loads((out / "records" / f"{i}.json").read_text()) for i in ("astro", "astro-7")}
    assert records["astro"]["run"]["seed"] == 0 and records["astro-7"]["run"]["seed"] == 7
    assert not np.array_equal(pixels(out / "images" / "astro.png"), pixels(out / "images" / "astro-7.png"))


def test_progress_events_per_item(sequential):
    items = [(e["id"], e["status"]) for e in sequential["events"] if e["event"] == "item"]
    assert items == [("astro", "ok"), ("astro-7", "ok"), ("4", "ok"), ("lost", "error"), ("far", "error")]
    assert sequential["events"][0]["event"] == "ready"


def test_rerun_skips_what_is_done_and_redoes_failures_and_changed_lines(sequential, photos, tiny_models,
                                                                         tmp_path):
    out = tmp_path / "copy"
    import shutil

    shutil.copytree(sequential["out"], out)
    stamps = {p.name: p.stat().st_mtime_ns for p in (out / "images").iterdir()}
    lines = [dict(LINES[0], instruction="watercolor"), *LINES[1:]]  # astro's request changed
    summary = batch(write_manifest(photos, lines, "changed.jsonl"), out, tiny_models)
    assert summary["already_done"] == ["astro-7", "4"]
    assert summary["done"] == ["astro"] and [f["id"] for f in summary["failed"]] == ["lost", "far"]
    assert {n: s for n, s in stamps.items() if n != "astro.png"} == {
        p.name: p.stat().st_mtime_ns for p in (out / "images").iterdir() if p.name != "astro.png"}
    assert json.loads((out / "records" / "astro.json").read_text())["instruction"] == "watercolor"


def test_resume_after_an_interruption(sequential, photos, tiny_models, tmp_path):
    manifest = write_manifest(photos, [LINES[0], LINES[1], dict(LINES[3], id="4")], "three.jsonl")
    out = tmp_path / "interrupted"

    def stop_after_first(event):
        if event["event"] == "item":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        batch(manifest, out, tiny_models, progress=stop_after_first)
    assert [p.name for p in (out / "records").iterdir()] == ["astro.json"]
    assert not (out / "summary.json").exists()
    summary = batch(manifest, out, tiny_models)
    assert summary["already_done"] == ["astro"] and summary["done"] == ["astro-7", "4"]
    for name in ("astro.png", "astro-7.png", "4.png"):  # the same bits as one uninterrupted run
        np.testing.assert_array_equal(pixels(out / "images" / name), pixels(sequential["out"] / "images" / name))


def test_cli_reports_failures_in_one_error_line_after_writing_everything(sequential, tiny_models, tmp_path,
                                                                         capsys):
    out = tmp_path / "cli"
    args = ["batch", str(sequential["manifest"]), "-o", str(out), "--models", str(tiny_models), "--device",
            "cpu", "--steps", "1", "--no-segment"] + [f"--set={k}={v}" for k, v in TINY_SETTINGS.items()]
    assert cli_main(args) == 2
    err = capsys.readouterr().err
    assert "batch: 3 done, 2 failed, 4 skipped (0 already done, 4 broken line(s))" in err
    assert "  failed: lost (line 7): " in err and "  skipped: line 6: unknown preset 'nope'" in err
    assert err.strip().splitlines()[-1].startswith("error: 2 item(s) failed and 4 manifest line(s)")
    for name in ("astro.png", "4.png"):
        assert (out / "images" / name).read_bytes() == (sequential["out"] / "images" / name).read_bytes()


@pytest.mark.parametrize("extra, message", [
    (["--set", "lambda_nope=1"], "error: unknown setting(s) lambda_nope"),
    (["--preset", "nope"], "error: unknown preset 'nope'"),
    (["--retries", "-1"], "error: --retries must be 0 or more"),
    (["--ray", "--gpus-per-worker", "1.5"], "error: --gpus-per-worker above 1 must be a whole number"),
])
def test_bad_options_are_one_error_line_before_any_work(sequential, tiny_models, tmp_path, capsys, extra,
                                                        message):
    out = tmp_path / "never"
    code = cli_main(["batch", str(sequential["manifest"]), "-o", str(out), "--models", str(tiny_models), *extra])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and err[0].startswith(message)
    assert not out.exists()


def test_a_manifest_without_a_usable_line_is_an_input_error(photos, tiny_models, tmp_path):
    with pytest.raises(InputError, match="has no usable line \\(2 broken\\)"):
        batch(write_manifest(photos, ["{", LINES[4]], "none.jsonl"), tmp_path / "out", tiny_models)


@pytest.mark.parametrize("argv, expected", [
    ([], PoolOptions()),
    (["--ray"], PoolOptions(ray="local")),
    (["--ray", "auto", "--workers", "4", "--gpus-per-worker", "0.5", "--cpus-per-worker", "2", "--retries", "0"],
     PoolOptions(ray="auto", workers=4, cpus_per_worker=2.0, gpus_per_worker=0.5, retries=0)),
    (["--ray", "ray://head:10001"], PoolOptions(ray="ray://head:10001")),
])
def test_ray_options_on_the_command_line(argv, expected):
    from localstyle.cli import build_parser
    from localstyle.arguments import pool_options

    for command in ("batch", "eval"):
        args = build_parser().parse_args([command, "m.jsonl", "-o", "out", *argv])
        assert pool_options(args) == expected
    assert expected.threads == max(1, int(expected.cpus_per_worker))


# ---------------------------------------------------------------------------------------------- on Ray


@pytest.fixture(scope="module")
def ray_run(ray_local, sequential, tiny_models, tmp_path_factory):
    """The sequential run's manifest on two Ray workers; the worker that takes `astro` is killed (ray.kill)
    as soon as it has it."""
    killed, events = [], []

    def kill_astros_worker(event):
        events.append(event)
        if event["event"] == "submit" and event["task"] == 0 and not killed:
            killed.append(event["worker"])
            ray_local.kill(ray_local.get_actor(event["worker"]))

    out = tmp_path_factory.mktemp("batch-ray")
    summary = batch(sequential["manifest"], out, tiny_models, pool=PoolOptions(ray="local", workers=2),
                    progress=kill_astros_worker)
    return {"out": out, "summary": summary, "killed": killed[0], "events": events}


def test_local_ray_with_two_workers_gives_the_same_bits_and_report(ray_run, sequential, ray_local):
    for key in ("done", "already_done", "failed", "broken_lines"):  # broken lines reported, the rest run
        assert ray_run["summary"][key] == sequential["summary"][key], key
    for name in ("astro.png", "astro-7.png", "4.png"):
        assert (ray_run["out"] / "images" / name).read_bytes() == \
            (sequential["out"] / "images" / name).read_bytes()
    workers = {json.loads((ray_run["out"] / "records" / f"{i}.json").read_text())["worker"] for i in DONE}
    assert len(workers) >= 2  # the items were shared out
    assert ray_local.is_initialized()  # a run on an instance it did not start leaves it running


def test_a_killed_workers_item_is_retried_on_another_and_completes(ray_run):
    record = json.loads((ray_run["out"] / "records" / "astro.json").read_text())
    assert record["status"] == "ok" and record["attempts"] == 2 and record["worker"] != ray_run["killed"]
    retries = [e for e in ray_run["events"] if e["event"] == "retry"]
    assert len(retries) == 1 and f"worker {ray_run['killed']} lost" in retries[0]["reason"]
    lost = [e["worker"] for e in ray_run["events"] if e["event"] == "worker" and e["state"] == "lost"]
    assert lost == [ray_run["killed"]]


def test_an_item_whose_worker_is_lost_beyond_the_retries_fails_alone(ray_local, photos, tiny_models, tmp_path):
    def kill_the_worker(event):
        if event["event"] == "submit":
            ray_local.kill(ray_local.get_actor(event["worker"]))

    manifest = write_manifest(photos, [LINES[0]], "one.jsonl")
    summary = batch(manifest, tmp_path / "ray-lost", tiny_models,
                    pool=PoolOptions(ray="local", workers=2, retries=0), progress=kill_the_worker)
    assert summary["done"] == [] and [f["id"] for f in summary["failed"]] == ["astro"]
    assert summary["failed"][0]["reason"].startswith("worker localstyle-")
    record = json.loads((tmp_path / "ray-lost" / "records" / "astro.json").read_text())
    assert record["attempts"] == 1 and record["status"] == "error" and not (tmp_path / "ray-lost" / "images" /
                                                                             "astro.png").exists()


def test_more_workers_than_the_local_instance_fits_is_an_input_error(ray_local, sequential, tiny_models,
                                                                    tmp_path):
    with pytest.raises(InputError, match="3 worker\\(s\\) of 1 CPU and 0 GPU do not fit"):
        batch(sequential["manifest"], tmp_path / "big", tiny_models, pool=PoolOptions(ray="local", workers=3))


def test_a_worker_that_cannot_load_its_models_is_one_setup_error(ray_local, sequential, tiny_models, tmp_path):
    text = Path(tiny_models).read_text()
    broken = tmp_path / "models.toml"
    (tmp_path / "empty").mkdir()  # exists, so the models file passes; holds no model, so the worker fails
    broken.write_text("\n".join(f'clip = "{tmp_path / "empty"}"' if line.startswith("clip") else line
                                for line in text.splitlines()) + "\n")
    with pytest.raises(LocalStyleError, match=r"could not start: could not load model for role 'clip' from "):
        run_batch(sequential["manifest"], tmp_path / "out", models=broken, device="cpu", steps=1,
                  segment_box=False, pool=PoolOptions(ray="local", workers=1), quiet=True)
    assert not list((tmp_path / "out" / "records").iterdir())


def test_regionroute_make_data_on_ray_writes_the_same_records_and_files(ray_local, photos, tiny_models, tmp_path,
                                                                        capsys):
    import shutil

    cats = []
    for name in ("cat-a.png", "cat-b.png"):
        shutil.copy(photos / "cat.png", tmp_path / name)
        cats.append(str(tmp_path / name))
    common = ["regionroute", "make-data", *cats, "--style", "pixel-art", "--object", "cat", "--size", "32",
              "--steps", "1", "--models", str(tiny_models), "--device", "cpu",
              *[f"--set={k}={v}" for k, v in TINY_SETTINGS.items()]]
    assert cli_main([*common, "-o", str(tmp_path / "here")]) == 0
    assert cli_main([*common, "-o", str(tmp_path / "ray"), "--ray", "--workers", "2"]) == 0
    here = [json.loads(line) for line in (tmp_path / "here" / "data.jsonl").read_text().splitlines()]
    assert here == [json.loads(line) for line in (tmp_path / "ray" / "data.jsonl").read_text().splitlines()]
    assert [r["context"] for r in here] == ["images/cat-a_pixel-art_context.png", "images/cat-b_pixel-art_context.png"]
    for record in here:
        for field in ("context", "target", "mask"):
            assert (tmp_path / "ray" / record[field]).read_bytes() == (tmp_path / "here" / record[field]).read_bytes()
    assert len(capsys.readouterr().out.splitlines()) == 4  # each record printed, by each run


def test_a_regionroute_line_runs_beside_least_lines_with_the_batchs_least_settings_left_out(
        photos, regionroute_setup, tmp_path):
    """A line may name another method: it goes through the same registry as the command line (the batch's
    LEAST --set values do not reach it), and its image is the one `localstyle.stylize` makes."""
    import torch

    import localstyle

    toml, adapters = regionroute_setup
    line = {"id": "rr", "image": "cat.png", "instruction": "make the cat in pixel-art style", "method": "regionroute",
            "adapters": str(adapters), "steps": 2, "resolution": 64, "seed": 3}
    manifest = write_manifest(photos, [LINES[0], line], "mixed.jsonl")
    summary = batch(manifest, tmp_path / "out", toml)
    assert sorted(summary["done"]) == ["astro", "rr"] and summary["failed"] == []
    record = json.loads((tmp_path / "out" / "records" / "rr.json").read_text())
    assert record["run"]["method"] == "regionroute" and record["run"]["edits"][0]["routing"] == {"pixel-art": 1.0}
    assert record["request"]["options"]["least"]["settings"] == {}  # the batch's TINY_SETTINGS are LEAST's
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # as the batch's worker (--cpus-per-worker 1): the same sums, the same bits
    try:
        direct = localstyle.stylize(photos / "cat.png", line["instruction"], method="regionroute",
                                    adapters=str(adapters), models=toml, device="cpu", steps=2, resolution=64, seed=3)
    finally:
        torch.set_num_threads(threads)
    np.testing.assert_array_equal(pixels(tmp_path / "out" / "images" / "rr.png"), np.asarray(direct.image))
