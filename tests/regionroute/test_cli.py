"""The RegionRoute chain through the real CLI on tiny models: make-data -> train -> stylize -> eval."""

import csv
import json

import numpy as np
import pytest
from conftest import TINY_SETTINGS, rect_mask
from PIL import Image

from localstyle.cli import main
from localstyle.models import read_models_file

LEAST = [x for name, value in TINY_SETTINGS.items() for x in ("--set", f"{name}={value}")]
TRAIN = [x for pair in ("resolution=64", "max_sequence_length=32", "batch_size=1", "accumulation=1")
         for x in ("--set", pair)]


@pytest.fixture(scope="module")
def all_models(tiny_models):
    """`python -m localstyle.testing tiny-models`' one models file: the tiny LEAST / grounding / scoring
    models and the tiny diffusion bases together, nothing merged by hand."""
    assert {"kontext", "instructpix2pix", "clip", "sam", "detector"} <= set(read_models_file(tiny_models))
    return str(tiny_models)


@pytest.fixture(scope="module")
def cat_mask(cat_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("mask") / "cat_mask.png"
    Image.fromarray(rect_mask((300, 451), (120, 40, 330, 260)).astype(np.uint8) * 255).save(path)
    return str(path)


def test_make_data_train_stylize_eval(cat_path, cat_mask, all_models, tmp_path, capsys):
    common = ["--models", all_models, "--device", "cpu"]
    data = tmp_path / "data"
    assert main(["regionroute", "make-data", str(cat_path), "--style", "pixel-art", "--object", "cat", "--mask",
                 cat_mask, "-o", str(data), "--size", "64", "--steps", "2", *LEAST, *common]) == 0
    record = json.loads((data / "data.jsonl").read_text().splitlines()[0])
    assert record["prompt"] == "make the cat in pixel-art style, keep other area unchanged"
    context, target, mask = (np.asarray(Image.open(data / record[k])) for k in ("context", "target", "mask"))
    assert context.shape == target.shape == (64, 64, 3) and mask.shape == (64, 64)
    # LEAST leaves everything outside the mask exact: far from the mask the resized pictures agree too
    assert np.array_equal(context[:, :12], target[:, :12]) and not np.array_equal(context, target)

    global_image = tmp_path / "global.png"
    Image.new("RGB", (451, 300), (0, 0, 255)).save(global_image)
    assert main(["regionroute", "make-data", str(cat_path), "--style", "pixel-art", "--object", "cat", "--mask",
                 cat_mask, "--global-stylised", str(global_image), "-o", str(data), "--size", "64", *common]) == 0
    blended = json.loads((data / "data.jsonl").read_text().splitlines()[1])
    pixels = np.asarray(Image.open(data / blended["target"]))
    assert tuple(pixels[32, 40]) == (0, 0, 255)  # inside the mask: the global image
    assert blended["target"] != record["target"]  # the first record's files are kept
    assert np.array_equal(np.asarray(Image.open(data / record["target"])), target)

    adapters = tmp_path / "adapters"
    assert main(["regionroute", "train", str(data / "data.jsonl"), "--style", "pixel-art", "-o", str(adapters),
                 "--steps", "2", *TRAIN, *common]) == 0
    assert (adapters / "pixel-art.safetensors").exists()
    assert len((adapters / "pixel-art" / "losses.csv").read_text().splitlines()) == 3

    out, run_dir = tmp_path / "out.png", tmp_path / "run"
    assert main(["stylize", str(cat_path), "make the cat in pixel-art style", "--method", "regionroute",
                 "--adapters", str(adapters), "--steps", "2", "--resolution", "64", "--set", "text_length=32",
                 "--keep-background", "--box-threshold", "0", "--save-dir", str(run_dir), "-o", str(out),
                 *common]) == 0
    photo, result = np.asarray(Image.open(cat_path)), np.asarray(Image.open(out))
    assert result.shape == photo.shape
    kept = np.asarray(Image.open(run_dir / "mask_1.png")) == 0
    assert kept.any() and np.array_equal(result[kept], photo[kept])  # background bit-identical
    assert Image.open(run_dir / "attention.png").size == (451, 300)
    saved = json.loads((run_dir / "record.json").read_text())
    assert saved["edits"][0]["routing"] == {"pixel-art": 1.0} and saved["settings"]["keep_background"] is True

    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(json.dumps({"image": str(cat_path), "instruction": "make the cat in pixel-art style",
                                    "mask": cat_mask}) + "\n")
    assert main(["eval", str(manifest), "--method", "regionroute", "--adapters", str(adapters), "-o",
                 str(tmp_path / "eval"), "--set", "diffusion_steps=2", "--set", "diffusion_resolution=64",
                 "--quiet", *common]) == 0
    rows = list(csv.DictReader((tmp_path / "eval" / "results.csv").read_text().splitlines()))
    assert [r["status"] for r in rows] == ["ok"]
    assert all(0 <= float(rows[0][k]) for k in ("rsm", "lpips_bg", "mse_bg"))


@pytest.mark.parametrize("args, message", [
    (["--method", "regionroute"], "needs --adapters DIR"),
    (["--method", "regionroute", "--adapters", "ADAPTERS", "--box", "1,1,20,20"], "mask-free"),
    (["--method", "regionroute", "--adapters", "ADAPTERS", "--set", "lr=1"], "unknown regionroute setting"),
    (["--method", "regionroute", "--adapters", "missing-folder"], "adapters folder not found"),
])
def test_stylize_regionroute_errors(cat_path, all_models, tmp_path, capsys, args, message):
    out = tmp_path / "out.png"
    args = [str(tmp_path) if a == "ADAPTERS" else a for a in args]
    code = main(["stylize", str(cat_path), "make the cat in pixel-art style", "-o", str(out), "--models", all_models,
                 "--device", "cpu", *args])
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.count("\n") == 1 and err.startswith("error: ")
    assert not out.exists()


def test_train_on_a_bad_manifest_names_the_line(tmp_path, capsys):
    data = tmp_path / "data.jsonl"
    data.write_text('{"context": "a.png"}\n')
    assert main(["regionroute", "train", str(data), "--style", "x", "-o", str(tmp_path / "o")]) == 2
    assert "line 1: missing target, mask, prompt, object, style" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("args, message", [
    (["--set", "lr=abc"], "setting lr=abc is not allowed: lr must be a finite number > 0"),
    (["--set", "max_sequence_length=600"], "max_sequence_length must be an integer from 1 to 512"),
    (["--set", "max_sequence_length=0"], "max_sequence_length must be an integer from 1 to 512"),
    (["--set", "tau=0"], "tau must be a finite number > 0"),
    (["--set", "lambda_focus=-1"], "lambda_focus must be a finite number from 0"),
    (["--set", "map_mode=pixels"], "map_mode must be one of joint, text, selected"),
    (["--set", "rank=0"], "rank must be an integer from 1"),
    (["--steps", "0"], "steps must be an integer from 1"),
    (["--set", "resolution=72"], "resolution 72 is not a multiple of 16 (base kontext): use 64 or 80"),
    (["--set", "resolution=5"], "resolution must be an integer from 64"),
])
def test_bad_training_settings_are_one_error_line_before_any_work(tmp_path, capsys, args, message):
    data = tmp_path / "data.jsonl"
    data.write_text("")  # never read: the settings are checked first
    assert main(["regionroute", "train", str(data), "--style", "x", "-o", str(tmp_path / "o"), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and message in err, err
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("args, message", [
    (["--set", "guidance=abc"], "guidance must be a finite number from 0 to 100"),
    (["--set", "text_length=600"], "text_length must be an integer from 1 to 512"),
    (["--set", "text_length=-5"], "text_length must be an integer from 1 to 512"),
    (["--set", "temperature=0"], "temperature must be a finite number > 0"),
    (["--set", "top_k=0"], "top_k must be an integer from 1"),
    (["--steps", "0"], "steps must be an integer from 1"),
    (["--resolution", "5"], "resolution must be an integer from 64"),
    (["--resolution", "100"], "resolution 100 is not a multiple of 16 (base kontext): use 96 or 112"),
])
def test_bad_regionroute_run_settings_are_one_error_line(cat_path, tmp_path, capsys, args, message):
    out = tmp_path / "out.png"
    code = main(["stylize", str(cat_path), "make the cat in pixel-art style", "-o", str(out), "--method",
                 "regionroute", "--adapters", str(tmp_path), *args])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1 and message in err, err
    assert not out.exists()


def test_eval_regionroute_without_adapters_is_an_error(tmp_path, capsys):
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text('{"image": "a.png", "instruction": "make the cat in pixel-art style"}\n')
    assert main(["eval", str(manifest), "--method", "regionroute", "-o", str(tmp_path / "eval")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "needs --adapters DIR" in err and err.count("\n") == 1
    assert not (tmp_path / "eval").exists()
