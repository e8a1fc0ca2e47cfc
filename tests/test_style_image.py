"""`--style-image`: a style given by a picture, through the real command on tiny models. A run with a picture
differs from the text run inside the region and keeps every outside pixel in the input's own mode and depth;
the instruction may name the region alone; a bad picture is one `error:` line and no output; a batch line's
picture is a path relative to its manifest."""

import json

import numpy as np
import pytest
from PIL import Image

from localstyle.batch import Batch, run_batch
from localstyle.cli import main
from localstyle.errors import FieldError

from conftest import TINY_SETTINGS, forced_sam_models
from test_cli import TINY_FLAGS
from test_image_modes import BOX, make, outside


@pytest.fixture(scope="module")
def painting(tmp_path_factory):
    """A small stand-in painting: bold stripes of three colours."""
    path = tmp_path_factory.mktemp("style") / "painting.png"
    stripes = np.zeros((48, 64, 3), np.uint8)
    for band, colour in enumerate([(230, 40, 20), (20, 60, 200), (250, 210, 30)] * 3):
        stripes[:, band * 8:(band + 1) * 8] = colour
    Image.fromarray(stripes).save(path)
    return path


def stylize(path, out, tiny_models, *extra, instruction="cubism"):
    return main(["stylize", str(path), instruction, "--box", ",".join(map(str, BOX)), "--no-segment", "-o", str(out),
                 "--models", str(tiny_models), *TINY_FLAGS, *map(str, extra)])


@pytest.mark.parametrize("mode", ["RGB", "I;16"])
def test_a_picture_run_differs_from_the_text_run_and_keeps_every_outside_pixel(mode, painting, tiny_models,
                                                                               tmp_path, capsys):
    make(mode).save(tmp_path / "in.png")
    assert stylize(tmp_path / "in.png", tmp_path / "text.png", tiny_models) == 0, capsys.readouterr().err
    assert stylize(tmp_path / "in.png", tmp_path / "picture.png", tiny_models, "--style-image", painting) == 0, \
        capsys.readouterr().err
    before = np.asarray(Image.open(tmp_path / "in.png"))
    text, picture = (Image.open(tmp_path / name) for name in ("text.png", "picture.png"))
    assert picture.mode == text.mode == Image.open(tmp_path / "in.png").mode
    text, picture, keep = np.asarray(text), np.asarray(picture), outside()
    np.testing.assert_array_equal(picture[keep], before[keep])
    assert (picture[~keep] != text[~keep]).any()  # the same seed and network: only the target differs


def test_the_instruction_may_name_the_region_alone_and_the_record_says_which_picture(painting, tiny_models,
                                                                                    cat_path, tmp_path, capsys):
    forced = forced_sam_models(tiny_models, tmp_path, +1.0)  # SAM answers the whole detection box
    code = main(["stylize", str(cat_path), "the cat", "--style-image", str(painting), "--box-threshold", "0",
                 "-o", str(tmp_path / "out.png"), "--save-dir", str(tmp_path / "run"), "--models", str(forced),
                 *TINY_FLAGS])
    assert code == 0, capsys.readouterr().err
    [edit] = json.loads((tmp_path / "run" / "record.json").read_text())["edits"]
    assert (edit["region"], edit["style"]) == ("cat", "")
    assert edit["style_image"] == {"source": str(painting), "size": [64, 48], "weight": 1.0, "views": 12,
                                   "view_scale": 0.75}


def test_a_weight_below_one_needs_style_words(painting, tiny_models, cat_path, tmp_path, capsys):
    code = main(["stylize", str(cat_path), "the cat", "--style-image", str(painting), "--style-image-weight", "0.5",
                 "-o", str(tmp_path / "out.png"), "--models", str(tiny_models), *TINY_FLAGS])
    err = capsys.readouterr().err.strip()
    assert code == 2 and err.startswith("error: --style-image-weight 0.5 mixes the style picture") and \
        len(err.splitlines()) == 1
    assert not (tmp_path / "out.png").exists()


def bad_pictures(tmp):
    (tmp / "notes.png").write_text("not an image")
    (tmp / "folder").mkdir()
    Image.new("RGB", (8, 8)).save(tmp / "tiny.png")
    whole = tmp / "whole.png"
    Image.fromarray(np.random.default_rng(0).integers(0, 256, (64, 64, 3), dtype=np.uint8)).save(whole)
    (tmp / "truncated.png").write_bytes(whole.read_bytes()[:300])
    return {"missing": (tmp / "nope.jpg", "style picture not found"),
            "not an image": (tmp / "notes.png", "not an image Pillow can read"),
            "truncated": (tmp / "truncated.png", "truncated or corrupt"),
            "a folder": (tmp / "folder", "is a folder"),
            "too small": (tmp / "tiny.png", "is 8x8; give one of at least 16x16")}


@pytest.mark.parametrize("case", ["missing", "not an image", "truncated", "a folder", "too small"])
@pytest.mark.parametrize("method", ["least", "regionroute"])
def test_a_bad_picture_is_one_error_line_and_no_output(case, method, tiny_models, cat_path, tmp_path, capsys):
    picture, words = bad_pictures(tmp_path)[case]
    (tmp_path / "pixel-art.safetensors").write_bytes(b"")  # never opened: the picture fails first
    extra = ["--method", "regionroute", "--adapters", str(tmp_path), "--steps", "2", "--device", "cpu", "--quiet"] \
        if method == "regionroute" else ["--box", "1,1,90,90", *TINY_FLAGS]
    code = main(["stylize", str(cat_path), "the cat", "--style-image", str(picture), *extra, "-o",
                 str(tmp_path / "out.png"), "--models", str(tiny_models)])
    lines = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and lines[0].startswith("error: --style-image: ") and words in lines[0], lines
    assert not (tmp_path / "out.png").exists()


def test_a_batch_line_names_its_picture_relative_to_the_manifest(painting, tiny_models, tmp_path):
    (tmp_path / "in.png").write_bytes(b"")
    make("RGB").save(tmp_path / "in.png")
    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "p.png").write_bytes(painting.read_bytes())
    lines = [{"id": "pic", "image": "in.png", "instruction": "the region", "box": list(BOX),
              "style_image": "styles/p.png"},
             {"id": "gone", "image": "in.png", "instruction": "cubism", "box": list(BOX), "style_image": "no.png"}]
    (tmp_path / "m.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    summary = run_batch(tmp_path / "m.jsonl", tmp_path / "out", models=tiny_models, device="cpu", steps=1,
                        settings=dict(TINY_SETTINGS), segment_box=False, quiet=True)
    assert summary["done"] == ["pic"]
    assert [b["reason"] for b in summary["broken_lines"]] == [f"style picture not found: {tmp_path / 'no.png'}"]
    record = json.loads((tmp_path / "out" / "records" / "pic.json").read_text())
    assert record["run"]["edits"][0]["style_image"]["source"] == str(tmp_path / "styles" / "p.png")


def test_a_batchs_own_picture_is_checked_at_once_and_found_from_any_folder(painting, tiny_models, tmp_path,
                                                                           monkeypatch):
    make("RGB").save(tmp_path / "in.png")
    (tmp_path / "m.jsonl").write_text(json.dumps({"image": "in.png", "instruction": "cubism", "box": list(BOX)}))
    monkeypatch.chdir(painting.parent)
    batch = Batch(tmp_path / "m.jsonl", tmp_path / "out", models=tiny_models, style_image=painting.name)
    assert batch.spec.options.style_image == str(painting)  # absolute: a worker elsewhere finds it
    with pytest.raises(FieldError, match="style picture not found"):
        Batch(tmp_path / "m.jsonl", tmp_path / "out", models=tiny_models, style_image="nope.png")
