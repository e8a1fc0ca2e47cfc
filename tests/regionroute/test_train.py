"""The training manifest, the training run (CSV, checkpoints, resume, the adapter) and make-data."""

import csv
import json

import numpy as np
import pytest
from PIL import Image

from localstyle.errors import InputError
from localstyle.regionroute.data import blend_through_mask, load_record, read_records
from localstyle.regionroute.train import train, train_settings

TINY = {"steps": 3, "batch_size": 1, "accumulation": 2, "checkpoint_every": 2, "resolution": 64,
        "max_sequence_length": 32, "lr": 1e-3}


def read_csv(path):
    return list(csv.DictReader(path.read_text().splitlines()))


def write_manifest(folder, lines=None):
    rng = np.random.default_rng(0)
    for name in ("photo", "styled"):
        Image.fromarray(rng.integers(0, 255, (48, 48, 3), dtype=np.uint8)).save(folder / f"{name}.png")
    mask = np.zeros((48, 48), dtype=np.uint8)
    mask[8:30, 10:40] = 255
    Image.fromarray(mask).save(folder / "mask.png")
    record = {"context": "photo.png", "target": "styled.png", "mask": "mask.png",
              "prompt": "make the man in pixel-art style, keep other area unchanged", "object": "man",
              "style": "pixel-art"}
    lines = lines if lines is not None else [json.dumps(record)]
    (folder / "data.jsonl").write_text("\n".join(lines) + "\n")
    return folder / "data.jsonl", record


@pytest.mark.parametrize("change, message", [
    (lambda r: "{not json", "line 2: not valid JSON"),
    (lambda r: json.dumps({k: v for k, v in r.items() if k != "mask"}), "line 2: missing mask"),
    (lambda r: json.dumps({**r, "extra": 1}), "line 2: unknown field"),
    (lambda r: json.dumps({**r, "target": "nope.png"}), "line 2: target file not found: nope.png"),
    (lambda r: json.dumps({**r, "style": "cubism"}), "line 2: style phrase 'cubism' is not in the prompt"),
    (lambda r: json.dumps({**r, "prompt": 3}), "line 2: prompt must be a non-empty string"),
    (lambda r: "[1, 2]", "line 2: expected a JSON object"),
])
def test_manifest_errors_name_the_line(tmp_path, change, message):
    path, record = write_manifest(tmp_path)
    path.write_text(json.dumps(record) + "\n" + change(record) + "\n")
    with pytest.raises(InputError, match=message):
        read_records(path)


def test_manifest_records_load_at_the_training_size(tmp_path):
    path, _ = write_manifest(tmp_path)
    records = read_records(path, style="Pixel Art")
    assert len(records) == 1 and records[0].line == 1
    context, target, mask = load_record(records[0], 32)
    assert context.shape == target.shape == (3, 32, 32) and mask.shape == (32, 32)
    assert context.min() >= -1 and context.max() <= 1
    assert mask[10, 16].item() == 1 and mask[0, 0].item() == 0
    with pytest.raises(InputError, match="no record with style 'cubism'"):
        read_records(path, style="cubism")


def test_blend_through_mask_keeps_the_background_exact():
    photo, styled = np.zeros((4, 4, 3), np.uint8), np.full((4, 4, 3), 200, np.uint8)
    mask = np.zeros((4, 4), bool)
    mask[1:3, 1:3] = True
    out = blend_through_mask(photo, styled, mask)
    assert (out[mask] == 200).all() and (out[~mask] == 0).all()


def test_presets_and_settings():
    assert train_settings("released").lambda_cover == 5e-5 and train_settings("released").steps == 10_000
    paper = train_settings("paper")
    assert (paper.lambda_cover, paper.lr, paper.steps, paper.lambda_focus) == (0.2, 1e-4, 5_000, 0.1)
    with pytest.raises(InputError, match="unknown training setting"):
        train_settings(learning_rate=1)
    with pytest.raises(InputError, match="unknown training preset"):
        train_settings("fast")


def test_train_writes_losses_checkpoints_and_the_adapter_and_resumes(tiny_bases, tmp_path):
    path, _ = write_manifest(tmp_path)
    out = tmp_path / "run"
    summary = train(path, "pixel-art", out, base="kontext", models=tiny_bases, device="cpu", settings=TINY)
    assert summary["steps"] == 3
    rows = read_csv(out / "pixel-art" / "losses.csv")
    assert [r["step"] for r in rows] == ["1", "2", "3"]
    for row in rows:
        values = {k: float(row[k]) for k in ("total", "denoise", "focus", "cover")}
        assert values["total"] == pytest.approx(values["denoise"] + 0.1 * values["focus"] + 5e-5 * values["cover"],
                                                rel=1e-4)
    assert json.loads((out / "pixel-art" / "checkpoint" / "step.json").read_text())["step"] == 3
    assert (out / "pixel-art.safetensors").exists()
    train(path, "pixel-art", out, base="kontext", models=tiny_bases, device="cpu", settings={**TINY, "steps": 5},
          resume=True)
    assert [r["step"] for r in read_csv(out / "pixel-art" / "losses.csv")] == ["1", "2", "3", "4", "5"]
    assert json.loads((out / "pixel-art.json").read_text())["steps"] == 5


def test_resume_without_checkpoint_and_selected_single_token_are_errors(tiny_bases, tmp_path):
    path, _ = write_manifest(tmp_path)
    with pytest.raises(InputError, match="no checkpoint"):
        train(path, "pixel-art", tmp_path / "new", models=tiny_bases, device="cpu", settings=TINY, resume=True)
    path.write_text(path.read_text().replace("pixel-art", "cubism"))
    with pytest.raises(InputError, match="one-token style"):  # "cubism" is one token of the tiny T5
        train(path, "cubism", tmp_path / "sel", models=tiny_bases, device="cpu",
              settings={**TINY, "map_mode": "selected"})
    assert not (tmp_path / "sel" / "cubism.safetensors").exists()


def test_instructpix2pix_trains_an_adapter_the_editor_loads(tiny_bases, tmp_path):
    from localstyle import stylize

    path, _ = write_manifest(tmp_path)
    out = tmp_path / "run"
    train(path, "pixel-art", out, base="instructpix2pix", models=tiny_bases, device="cpu",
          settings={**TINY, "steps": 2, "max_sequence_length": 512})  # CLIP caps it at 77
    assert json.loads((out / "pixel-art.json").read_text())["base"] == "instructpix2pix"
    assert len(read_csv(out / "pixel-art" / "losses.csv")) == 2
    result = stylize(Image.open(tmp_path / "photo.png"), "make the man in pixel-art style", method="regionroute",
                     adapters=str(out), base="instructpix2pix", models=tiny_bases, device="cpu", steps=2,
                     resolution=64)
    assert result.image.size == (48, 48) and result.record["edits"][0]["routing"] == {"pixel-art": 1.0}


def test_two_styles_share_one_folder_and_the_first_resumes(tiny_bases, tmp_path, capsys):
    """The documented workflow through the CLI: train two styles into one -o folder, resume the first,
    then stylise with both adapters loaded from that folder."""
    from localstyle.cli import main

    path, record = write_manifest(tmp_path)
    cubism = {**record, "prompt": "make the man in cubism style, keep other area unchanged", "style": "cubism"}
    path.write_text(json.dumps(record) + "\n" + json.dumps(cubism) + "\n")
    out = tmp_path / "adapters"
    common = ["--models", str(tiny_bases), "--device", "cpu", "--set", "resolution=64", "--set",
              "max_sequence_length=32", "--set", "batch_size=1", "--set", "accumulation=1"]
    for style, steps in (("pixel-art", 2), ("cubism", 3)):
        assert main(["regionroute", "train", str(path), "--style", style, "-o", str(out), "--steps", str(steps),
                     *common]) == 0
    assert main(["regionroute", "train", str(path), "--style", "pixel-art", "-o", str(out), "--steps", "4",
                 "--resume", *common]) == 0, capsys.readouterr().err
    assert [r["step"] for r in read_csv(out / "pixel-art" / "losses.csv")] == ["1", "2", "3", "4"]
    assert [r["step"] for r in read_csv(out / "cubism" / "losses.csv")] == ["1", "2", "3"]
    assert json.loads((out / "cubism" / "checkpoint" / "step.json").read_text()) == {"step": 3, "style": "cubism"}
    assert json.loads((out / "pixel-art.json").read_text())["steps"] == 4
    assert json.loads((out / "cubism.json").read_text())["steps"] == 3
    assert sorted(p.name for p in out.glob("*.safetensors")) == ["cubism.safetensors", "pixel-art.safetensors"]
    result_path = tmp_path / "out.png"
    assert main(["stylize", str(tmp_path / "photo.png"), "make the man in cubism style", "--method", "regionroute",
                 "--adapters", str(out), "--steps", "1", "--resolution", "64", "-o", str(result_path),
                 "--models", str(tiny_bases), "--device", "cpu"]) == 0
    assert Image.open(result_path).size == (48, 48)
