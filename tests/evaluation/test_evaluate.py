"""`localstyle eval` end to end with tiny models on two small real photos: rows, summary, grid, exact
background of the pasted baseline, resume, broken manifest lines, skipped diffusion editors."""

import contextlib
import csv
import io
import json
import sys
import types
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from localstyle.cli import main as cli_main
from localstyle.evaluation import evaluate as ev
from localstyle.manifest import read_manifest
from localstyle.evaluation.report import COLUMNS, grid_size
from localstyle.errors import InputError

from conftest import TINY_SETTINGS, rect_mask

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
METHODS = ["least", "clipstyler", "clipstyler-paste"]
CAT_MASK_BOX = (30, 15, 90, 60)  # of the 120 x 80 cat


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    """Tiny convolutions gain nothing from threads, and on a shared 2-core machine two threads that
    compete with other processes run about 20x slower than one."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def photos(tmp_path_factory):
    """Manifest folder: a 96 x 96 astronaut, a 120 x 80 cat and a mask for the cat."""
    import skimage.data

    folder = tmp_path_factory.mktemp("eval-photos")
    Image.fromarray(skimage.data.astronaut()).resize((96, 96), Image.LANCZOS).save(folder / "astronaut.png")
    Image.fromarray(skimage.data.chelsea()).resize((120, 80), Image.LANCZOS).save(folder / "cat.png")
    mask = np.zeros((80, 120), np.uint8)
    x0, y0, x1, y1 = CAT_MASK_BOX
    mask[y0:y1, x0:x1] = 255
    Image.fromarray(mask).save(folder / "cat_mask.png")
    return folder


def write_manifest(folder: Path, name: str, lines: list) -> Path:
    path = folder / name
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n")
    return path


GOOD = [
    {"id": "astro", "image": "astronaut.png", "instruction": "apply cubism style to the helmet in the image",
     "box": [50, 60, 96, 96]},
    {"image": "cat.png", "instruction": "make the cat look like a watercolor painting", "mask": "cat_mask.png"},
]


def tiny_args(tiny_models) -> list[str]:
    args = ["--models", str(tiny_models), "--device", "cpu", "--steps", "1", "--no-segment", "--quiet"]
    for name, value in TINY_SETTINGS.items():
        args += ["--set", f"{name}={value}"]
    return args


def run_eval(manifest, out, tiny_models, methods=METHODS, limit=None):
    """One eval through `evaluate` with the CLI's options; returns (summary, events, stderr text)."""
    events, stderr = [], io.StringIO()
    with contextlib.redirect_stderr(stderr):
        summary = ev.evaluate(manifest, ",".join(methods), out, models=tiny_models, device="cpu", steps=1,
                              settings=dict(TINY_SETTINGS), segment_box=False, limit=limit, quiet=True,
                              progress=events.append)
    return summary, events, stderr.getvalue()


def rows_of(out: Path) -> list[dict]:
    with open(out / "results.csv", newline="") as stream:
        return list(csv.DictReader(stream))


def optimisation_steps(events, method=None) -> int:
    return sum(e["event"] == "step" and (method is None or e["method"] == method) for e in events)


@pytest.fixture(scope="module")
def main_run(photos, tiny_models, tmp_path_factory):
    # Line 2 is not JSON and line 4 names a missing photo: both are reported and skipped.
    manifest = write_manifest(photos, "main.jsonl", [GOOD[0], "{not json", GOOD[1],
                                                      {"image": "missing.png", "instruction": "cubism"}])
    out = tmp_path_factory.mktemp("eval-main")
    summary, events, stderr = run_eval(manifest, out, tiny_models)
    return {"manifest": manifest, "out": out, "summary": summary, "events": events, "stderr": stderr}


def test_rows_images_and_scores(main_run):
    out = main_run["out"]
    rows = rows_of(out)
    assert [(r["id"], r["method"]) for r in rows] == [(i, m) for i in ("astro", "3") for m in METHODS]
    assert all(r["status"] == "ok" and r["reason"] == "" for r in rows)
    assert set(COLUMNS) <= set(rows[0])
    for row in rows:
        assert (out / row["output"]).is_file() and row["output"] == f"images/{row['id']}__{row['method']}.png"
        for metric in ("clip_score", "rsm", "ssim_bg", "lpips_bg", "seconds_region", "seconds_stylize",
                       "seconds_score"):
            assert np.isfinite(float(row[metric])), (row["method"], metric)
    by = {(r["id"], r["method"]): r for r in rows}
    assert by[("astro", "least")]["style"] == "cubism" and by[("astro", "least")]["region"] == "helmet"
    assert by[("3", "least")]["box"] == json.dumps([list(CAT_MASK_BOX)])
    assert by[("astro", "least")]["mask_area"] == str(46 * 36)  # the box itself (--no-segment)


def test_pasted_baseline_keeps_the_background_exactly_and_the_global_one_does_not(main_run, photos):
    out = main_run["out"]
    by = {(r["id"], r["method"]): r for r in rows_of(out)}
    for item in ("astro", "3"):
        assert float(by[(item, "clipstyler-paste")]["mse_bg"]) == 0.0
        assert float(by[(item, "clipstyler-paste")]["psnr_bg"]) == float("inf")
        assert float(by[(item, "least")]["mse_bg"]) == 0.0
        assert float(by[(item, "clipstyler")]["mse_bg"]) > 0.0
    # ... and the saved pasted image is the global output inside the mask, the input outside it.
    original = np.asarray(Image.open(photos / "cat.png").convert("RGB"))
    pasted = np.asarray(Image.open(out / "images" / "3__clipstyler-paste.png"))
    mask = np.asarray(Image.open(photos / "cat_mask.png")) > 0
    np.testing.assert_array_equal(pasted[~mask], original[~mask])


def test_one_global_clipstyler_run_serves_both_clipstyler_methods(main_run):
    events = main_run["events"]
    assert optimisation_steps(events, "least") == 2  # one step per item
    assert optimisation_steps(events, "clipstyler") == 2  # not 4: the paste reused it
    pairs = [(e["id"], e["method"], e["status"]) for e in events if e["event"] == "pair"]
    assert pairs == [(i, m, "ok") for i in ("astro", "3") for m in METHODS]


def test_summary_markdown_json_and_grid(main_run):
    out = main_run["out"]
    markdown = (out / "summary.md").read_text()
    assert "| method | ok | skipped | error | clip_score" in markdown
    for method in METHODS:
        assert f"| `{method}` | 2 | 0 | 0 |" in markdown
    assert "- line 2: bad JSON" in markdown and "- line 4: image not found" in markdown
    summary = json.loads((out / "summary.json").read_text())
    assert summary == json.loads(json.dumps(main_run["summary"]))
    assert summary["results"]["clipstyler-paste"]["metrics"]["mse_bg"] == {"mean": 0.0, "std": 0.0, "n": 2}
    assert summary["results"]["clipstyler"]["metrics"]["mse_bg"]["mean"] > 0
    assert [b["line"] for b in summary["broken_lines"]] == [2, 4]
    grid = Image.open(out / "grid.png")
    assert grid.size == grid_size(2, 3) == (4 * 192, 2 * (192 + 16))
    assert len(list((out / "masks").glob("*.png"))) == 2


TWO_BOXES = [[4, 4, 40, 40], [56, 50, 92, 92]]  # of the 96 x 96 astronaut, apart


def test_two_edit_item_scores_the_background_on_the_union_of_the_masks(photos, tiny_models, tmp_path):
    """Both edits change pixels, so only the union of the two masks leaves an untouched background:
    `least` scores MSE_bg 0 on it (the first edit's mask alone would count the second box's changes),
    and the global baseline's numbers are those of the metrics on the union, from the saved images."""
    from localstyle.evaluation.metrics import background_mse, background_ssim

    item = {"id": "two", "image": "astronaut.png", "box": TWO_BOXES,
            "instruction": "apply cubism style to the helmet and watercolor to the flag"}
    out = tmp_path / "eval"
    run_eval(write_manifest(photos, "two-edits.jsonl", [item]), out, tiny_models, methods=["least", "clipstyler"])
    rows = {r["method"]: r for r in rows_of(out)}
    assert rows["least"]["status"] == "ok" and rows["least"]["style"] == "cubism; watercolor"
    first, second = (rect_mask((96, 96), box) for box in TWO_BOXES)
    union = first | second
    assert rows["least"]["mask_area"] == str(36 * 36 + 36 * 42)
    original = np.asarray(Image.open(photos / "astronaut.png").convert("RGB"))
    least = np.asarray(Image.open(out / rows["least"]["output"]))
    assert (least[second] != original[second]).any()  # the second edit did change its box
    assert float(rows["least"]["mse_bg"]) == 0.0 and float(rows["least"]["psnr_bg"]) == float("inf")
    glob = np.asarray(Image.open(out / rows["clipstyler"]["output"]))
    assert float(rows["clipstyler"]["mse_bg"]) == pytest.approx(background_mse(original, glob, union), rel=1e-6)
    assert float(rows["clipstyler"]["ssim_bg"]) == pytest.approx(background_ssim(original, glob, union), rel=1e-6)


def test_broken_lines_are_warned_with_their_line_numbers(main_run):
    warnings = [line for line in main_run["stderr"].splitlines() if line.startswith("warning:")]
    assert any("line 2" in w and "bad JSON" in w for w in warnings)
    assert any("line 4" in w and "missing.png" in w for w in warnings)


def test_rerun_resumes_without_new_work(main_run, tiny_models):
    out = main_run["out"]
    before = rows_of(out)
    stamps = {p.name: p.stat().st_mtime_ns for p in (out / "images").iterdir()}
    summary, events, _ = run_eval(main_run["manifest"], out, tiny_models)
    assert optimisation_steps(events) == 0
    assert not [e for e in events if e["event"] == "pair"]  # nothing was computed again
    assert rows_of(out) == before
    assert {p.name: p.stat().st_mtime_ns for p in (out / "images").iterdir()} == stamps
    assert summary["results"] == main_run["summary"]["results"]


def test_interrupted_run_computes_only_the_missing_item(photos, tiny_models, tmp_path):
    manifest = write_manifest(photos, "two.jsonl", GOOD)
    out = tmp_path / "eval"
    _, events, _ = run_eval(manifest, out, tiny_models, methods=["least"], limit=1)
    assert [r["id"] for r in rows_of(out)] == ["astro"]
    assert {e["id"] for e in events if e["event"] == "step"} == {"astro"}
    with open(out / "results.csv", "a") as stream:  # killed while writing the next row ...
        stream.write("2,2,least,o")
    Image.new("L", (10, 10), 255).save(out / "masks" / "2__1.png")  # ... and its region: found again
    _, events, _ = run_eval(manifest, out, tiny_models, methods=["least"])
    assert {e["id"] for e in events if e["event"] == "step"} == {"2"}
    rows = rows_of(out)
    assert [(r["id"], r["status"]) for r in rows] == [("astro", "ok"), ("2", "ok")]
    np.testing.assert_array_equal(np.asarray(Image.open(out / "masks" / "2__1.png")),
                                  np.asarray(Image.open(photos / "cat_mask.png")))


def test_unknown_method_and_bad_paths_are_input_errors(photos, tiny_models, tmp_path, capsys):
    manifest = write_manifest(photos, "one.jsonl", GOOD[:1])
    with pytest.raises(InputError, match="unknown method 'pix2pix'"):
        ev.evaluate(manifest, "least,pix2pix", tmp_path / "out", models=tiny_models, device="cpu")
    with pytest.raises(InputError, match="manifest not found"):
        ev.evaluate(tmp_path / "nope.jsonl", "least", tmp_path / "out", models=tiny_models, device="cpu")
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(InputError, match="cannot create output folder"):
        ev.evaluate(manifest, "least", blocker / "out", models=tiny_models, device="cpu")
    assert cli_main(["eval", str(manifest), "--method", "nope", "-o", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.strip().startswith("error: unknown method 'nope'")


def test_diffusion_editors_without_diffusers_are_skipped_with_a_reason(photos, tiny_models, tmp_path, monkeypatch,
                                                                     capsys):
    monkeypatch.setitem(sys.modules, "diffusers", None)  # as if not installed, wherever the tests run
    manifest = write_manifest(photos, "both.jsonl", GOOD)
    out = tmp_path / "eval"
    assert cli_main(["eval", str(manifest), "--method", "instructpix2pix,sd-inpaint", "-o", str(out),
                    *tiny_args(tiny_models)]) == 0
    rows = rows_of(out)
    assert len(rows) == 4
    for row in rows:
        assert row["status"] == "skipped" and "diffusers is not installed" in row["reason"]
        assert row["clip_score"] == "" and row["output"] == ""  # no fake number, no image
    assert "instructpix2pix` skipped for 2 item(s)" in (out / "summary.md").read_text()
    assert "diffusers is not installed" in capsys.readouterr().err


def fake_diffusers(calls: list, fail: bool = False) -> types.ModuleType:
    """A stand-in for the diffusers package: pipelines that record their calls and return the input."""
    class FakePipeline:
        @classmethod
        def from_pretrained(cls, source, **kwargs):
            calls.append(("load", cls.__name__, source))
            if fail:
                raise OSError(f"We couldn't connect to 'https://huggingface.co' to load {source}")
            return cls()

        def to(self, device):
            return self

        def set_progress_bar_config(self, **kwargs):
            pass

        def __call__(self, prompt, image, **kwargs):
            calls.append(("call", type(self).__name__, prompt, image.size, kwargs.get("mask_image")))
            return types.SimpleNamespace(images=[image])

    module = types.ModuleType("diffusers")
    module.__spec__ = types.SimpleNamespace(name="diffusers")  # importlib.util.find_spec returns it
    module.StableDiffusionInstructPix2PixPipeline = type("StableDiffusionInstructPix2PixPipeline",
                                                         (FakePipeline,), {})
    module.StableDiffusionInpaintPipeline = type("StableDiffusionInpaintPipeline", (FakePipeline,), {})
    return module


def test_diffusion_editors_run_through_diffusers_pipelines(photos, tiny_models, tmp_path, monkeypatch):
    calls = []
    monkeypatch.setitem(sys.modules, "diffusers", fake_diffusers(calls))
    from localstyle.models import read_models_file

    roles = {role: source for role, source in read_models_file(tiny_models).items() if role != "instructpix2pix"}
    roles["sd_inpaint"] = "my/inpaint"  # instructpix2pix: the default id
    models = tmp_path / "models.toml"
    models.write_text("[models]\n" + "".join(f'{role} = "{source}"\n' for role, source in roles.items()))
    manifest = write_manifest(photos, "both.jsonl", GOOD)
    summary = ev.evaluate(manifest, "instructpix2pix,sd-inpaint", tmp_path / "eval", models=models, device="cpu",
                          settings={"diffusion_steps": 3}, segment_box=False, quiet=True)
    loads = [c for c in calls if c[0] == "load"]
    assert loads == [("load", "StableDiffusionInstructPix2PixPipeline", "timbrooks/instruct-pix2pix"),
                     ("load", "StableDiffusionInpaintPipeline", "my/inpaint")]  # once each, role from TOML
    prompts = [c[2] for c in calls if c[0] == "call"]
    assert prompts[0] == GOOD[0]["instruction"] and prompts[1] == "helmet in the style of cubism"
    assert all(c[3][0] % 8 == 0 and c[3][1] % 8 == 0 for c in calls if c[0] == "call")
    rows = rows_of(tmp_path / "eval")
    assert [r["status"] for r in rows] == ["ok"] * 4
    assert summary["results"]["instructpix2pix"]["ok"] == 2


def test_diffusion_weights_missing_offline_is_a_skip_not_a_crash(photos, tiny_models, tmp_path, monkeypatch):
    calls = []
    monkeypatch.setitem(sys.modules, "diffusers", fake_diffusers(calls, fail=True))
    from localstyle.models import read_models_file

    roles = {role: source for role, source in read_models_file(tiny_models).items() if role != "instructpix2pix"}
    models = tmp_path / "models.toml"  # the tiny models without their InstructPix2Pix: the default hub id
    models.write_text("[models]\n" + "".join(f'{role} = "{source}"\n' for role, source in roles.items()))
    manifest = write_manifest(photos, "both.jsonl", GOOD)
    ev.evaluate(manifest, "instructpix2pix", tmp_path / "eval", models=models, device="cpu",
                segment_box=False, quiet=True)
    rows = rows_of(tmp_path / "eval")
    assert [r["status"] for r in rows] == ["skipped", "skipped"]
    assert "role 'instructpix2pix' (timbrooks/instruct-pix2pix) are not available" in rows[0]["reason"]
    assert len([c for c in calls if c[0] == "load"]) == 1  # tried once, not once per item


def test_manifest_lines_are_checked_one_by_one(photos):
    manifest = write_manifest(photos, "checks.jsonl", [
        GOOD[0],
        {"image": "astronaut.png"},
        {"image": "astronaut.png", "instruction": "cubism", "box": [10, 10, 5, 50]},
        {"image": "astronaut.png", "instruction": "cubism", "box": [1, 2, 3]},
        {"image": "astronaut.png", "instruction": "cubism", "box": [1, 2, 30, 40], "mask": "cat_mask.png"},
        {"image": "astronaut.png", "instruction": "cubism", "mask": "cat_mask.png"},
        {"id": "astro", "image": "cat.png", "instruction": "cubism"},
        "",
        "# a comment",
        [1, 2],
        {"image": "astronaut.png", "instruction": "a and b", "box": [[0, 0, 20, 20], [30, 30, 60, 60]]},
    ])
    items, broken = read_manifest(manifest)
    assert [(i.id, i.line) for i in items] == [("astro", 1), ("11", 11)]
    assert items[1].box == [[0, 0, 20, 20], [30, 30, 60, 60]]
    reasons = {b.line: b.reason for b in broken}
    assert sorted(reasons) == [2, 3, 4, 5, 6, 7, 10]
    assert "missing key 'instruction'" in reasons[2] and "empty" in reasons[3] and "'box' must be" in reasons[4]
    assert "not both" in reasons[5] and "mask is 120x80" in reasons[6] and "duplicate id" in reasons[7]


def test_example_manifest_is_usable():
    from localstyle.options import Regions, RunOptions
    from localstyle.regions.plan import edits_for

    items, broken = read_manifest(EXAMPLES / "manifest.jsonl")
    assert not broken and len(items) >= 10
    assert len({i.image for i in items}) >= 4
    for item in items:
        regions = Regions.of(item.box, item.mask)
        assert len(edits_for(item.instruction, regions, RunOptions())) == regions.count
    assert any(item.mask for item in items) and any(len(item.box or []) > 1 for item in items)
    total = sum(p.stat().st_size for p in (EXAMPLES / "photos").iterdir())
    assert total < 1_500_000
    assert all(p.name in (EXAMPLES / "LICENSES.md").read_text() for p in (EXAMPLES / "photos").glob("*.jpg"))


def test_eval_on_two_ray_workers_gives_the_same_rows_and_images(main_run, tiny_models, ray_local, tmp_path):
    from localstyle.raypool import PoolOptions

    out = tmp_path / "eval-ray"
    events = []
    with contextlib.redirect_stderr(io.StringIO()):
        summary = ev.evaluate(main_run["manifest"], ",".join(METHODS), out, models=tiny_models, device="cpu",
                              steps=1, settings=dict(TINY_SETTINGS), segment_box=False, quiet=True,
                              progress=events.append, pool=PoolOptions(ray="local", workers=2))
    timings = {"seconds_region", "seconds_stylize", "seconds_score"}
    by_key = {(r["id"], r["method"]): {k: v for k, v in r.items() if k not in timings} for r in rows_of(out)}
    sequential = {(r["id"], r["method"]): {k: v for k, v in r.items() if k not in timings}
                  for r in rows_of(main_run["out"])}
    assert by_key == sequential  # every score to the last digit
    for name in sorted(p.name for p in (main_run["out"] / "images").iterdir()):
        assert (out / "images" / name).read_bytes() == (main_run["out"] / "images" / name).read_bytes(), name
    assert sorted((e["id"], e["method"]) for e in events if e["event"] == "pair") == sorted(sequential)
    assert not [e for e in events if e["event"] == "step"]  # the optimising happened on the workers
    assert [b["line"] for b in summary["broken_lines"]] == [2, 4]


def test_resuming_with_other_settings_is_refused_naming_them(main_run, tiny_models):
    # The summary would otherwise mix rows made with two learning rates under one set of settings.
    before = rows_of(main_run["out"])
    with pytest.raises(InputError, match=r"holds results made with other settings \(clipstyler.lr 0.0005 -> 0.002; "
                                         r"least.lr 0.0005 -> 0.002; seed 0 -> 3\); rerun with the earlier"):
        ev.evaluate(main_run["manifest"], "least", main_run["out"], models=tiny_models, device="cpu", steps=1,
                    seed=3, settings=dict(TINY_SETTINGS, lr=2e-3), segment_box=False, quiet=True)
    assert rows_of(main_run["out"]) == before
