"""The localstyle command as a user runs it: a real process, tiny models, real photos."""

import json
import os
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from localstyle.cli import main

from conftest import TINY_SETTINGS, forced_sam_models

TINY_FLAGS = ["--steps", "2", "--resolution", str(TINY_SETTINGS["resolution"]), "--crops",
              str(TINY_SETTINGS["num_crops"]), "--set", f"crop_size={TINY_SETTINGS['crop_size']}",
              "--device", "cpu", "--quiet"]


def localstyle(*args, timeout=300):
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    return subprocess.run([sys.executable, "-m", "localstyle.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, env=env)


def test_stylize_with_a_box_end_to_end(cat_path, tiny_models, tmp_path):
    out, save = tmp_path / "out.png", tmp_path / "run"
    done = localstyle("stylize", cat_path, "apply cubism style", "--box", "60,40,260,220", "--no-segment",
                      "-o", out, "--save-dir", save, "--models", tiny_models, *TINY_FLAGS)
    assert done.returncode == 0, done.stderr
    original, output = np.asarray(Image.open(cat_path)), np.asarray(Image.open(out))
    mask = np.asarray(Image.open(save / "mask_1.png")) > 0
    assert output.shape == original.shape and mask.sum() == 200 * 180
    np.testing.assert_array_equal(output[~mask], original[~mask])
    record = json.loads((save / "record.json").read_text())
    assert record["edits"][0]["style"] == "cubism" and record["seed"] == 0
    assert (save / "overlay.png").exists()


def write_mask(path, shape, box=None):
    mask = np.zeros(shape, np.uint8)
    if box:
        mask[box[1]:box[3], box[0]:box[2]] = 255
    Image.fromarray(mask).save(path)
    return path


def bad_inputs(tmp, cat):
    not_image = tmp / "notes.png"
    not_image.write_text("not an image")
    truncated = tmp / "truncated.png"
    truncated.write_bytes(cat.read_bytes()[:2000])
    return {
        "missing file": (["stylize", tmp / "nope.jpg", "cubism", "--box", "1,1,9,9"], "not found"),
        "not an image": (["stylize", not_image, "cubism", "--box", "1,1,9,9"], "not an image"),
        "truncated image": (["stylize", truncated, "cubism", "--box", "1,1,9,9"], "truncated"),
        "box outside": (["stylize", cat, "cubism", "--box", "500,10,600,50"], "outside"),
        "empty box": (["stylize", cat, "cubism", "--box", "50,50,50,90"], "empty"),
        "malformed box": (["stylize", cat, "cubism", "--box", "1,2,3"], "four numbers"),
        "mask wrong size": (["stylize", cat, "cubism", "--mask", write_mask(tmp / "m1.png", (10, 10), (1, 1, 5, 5))],
                            "mask is 10x10 but the image is 451x300"),
        "empty mask": (["stylize", cat, "cubism", "--mask", write_mask(tmp / "m2.png", (300, 451))], "empty"),
        "no region": (["stylize", cat, "cubism"], "region"),
        "output folder missing": (["stylize", cat, "cubism", "--box", "1,1,9,9", "-o", tmp / "no" / "o.png"],
                                  "does not exist"),
        "output folder not writable": (["stylize", cat, "cubism", "--box", "1,1,9,9", "-o", "/sys/out.png"],
                                       "not writable"),
        "unknown preset": (["stylize", cat, "cubism", "--box", "1,1,9,9", "--preset", "slow"], "unknown preset"),
        "missing model": (["stylize", cat, "cubism", "--box", "1,1,9,9", "--no-segment", "--models",
                           write_models(tmp)], "role 'clip'"),
    }


def write_models(tmp):
    path = tmp / "models.toml"
    path.write_text('clip = "./no-such-folder"\n')
    return path


@pytest.mark.parametrize("case", ["missing file", "not an image", "truncated image", "box outside", "empty box",
                                  "malformed box", "mask wrong size", "empty mask", "no region",
                                  "output folder missing", "output folder not writable", "unknown preset",
                                  "missing model"])
def test_bad_input_is_one_error_line_and_no_output(case, cat_path, tiny_models, tmp_path, capsys):
    # In-process through main(), the same entry point the command uses (a subprocess per case would
    # spend most of the suite's time importing torch); one subprocess case below checks the real thing.
    args, expected = bad_inputs(tmp_path, cat_path)[case]
    if "-o" not in args:
        args = args + ["-o", tmp_path / "out.png"]
    if "--models" not in args:
        args = args + ["--models", tiny_models]
    assert main([str(a) for a in [*args, *TINY_FLAGS]]) == 2
    stderr = capsys.readouterr().err
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0], stderr
    assert not (tmp_path / "out.png").exists()


def test_a_bad_input_in_a_real_process_prints_no_traceback(tmp_path):
    done = localstyle("stylize", tmp_path / "missing.jpg", "cubism", "--box", "1,1,9,9", "-o", tmp_path / "o.png")
    assert done.returncode == 2
    assert done.stderr.strip() == f"error: image not found: {tmp_path / 'missing.jpg'}"


def test_unwritable_folder_for_a_normal_user(cat_path, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can write to a read-only folder; /sys covers this case for root")
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    done = localstyle("stylize", cat_path, "cubism", "--box", "1,1,9,9", "-o", folder / "o.png")
    assert done.returncode == 2 and "not writable" in done.stderr


def test_models_list_shows_every_role(tiny_models):
    done = localstyle("models", "list", "--models", tiny_models)
    assert done.returncode == 0
    roles = dict(line.split(": ", 1) for line in done.stdout.strip().splitlines())
    assert set(roles) == {"clip", "vgg", "sam", "detector", "owlv2", "lpips", "sam2_video", "sam3"}
    assert roles["clip"].endswith("clip")


def test_dry_run_prints_edits_and_boxes_without_optimising(cat_path, tiny_models, tmp_path, capsys):
    # Threshold 0: random tiny detectors score anything; the point is the whole chain runs offline.
    code = main(["stylize", str(cat_path), "apply cubism style to the cat and watercolor to the leftmost chair",
                 "--dry-run", "--models", str(tiny_models), "--box-threshold", "0", "--device", "cpu", "--quiet"])
    assert code == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith('1. region "cat" style "cubism" box [') and "score" in lines[0]
    assert lines[1].startswith('2. region "leftmost chair" style "watercolor" box [')
    assert not list(tmp_path.iterdir())


def test_instruction_only_run_grounds_segments_and_keeps_the_rest(cat_path, tiny_models, tmp_path):
    out, save = tmp_path / "out.png", tmp_path / "run"
    code = main(["stylize", str(cat_path), "apply cubism style to the cat and watercolor to the chair", "-o",
                 str(out), "--save-dir", str(save), "--models", str(tiny_models), "--box-threshold", "0",
                 *TINY_FLAGS])
    assert code == 0
    record = json.loads((save / "record.json").read_text())
    assert [e["region"] for e in record["edits"]] == ["cat", "chair"]
    assert all(e["region_source"] == "grounding" and e["mask_area"] > 0 for e in record["edits"])
    masks = [np.asarray(Image.open(save / f"mask_{i}.png")) > 0 for i in (1, 2)]
    union = masks[0] | masks[1]
    original, output = np.asarray(Image.open(cat_path)), np.asarray(Image.open(out))
    np.testing.assert_array_equal(output[~union], original[~union])


def test_region_not_found_is_an_error_not_a_whole_image_stylisation(cat_path, tiny_models, tmp_path, capsys):
    out = tmp_path / "out.png"
    code = main(["stylize", str(cat_path), "apply cubism style to the cat", "-o", str(out), "--models",
                 str(tiny_models), "--box-threshold", "1.0", *TINY_FLAGS])
    assert code == 2
    assert 'no "cat" found in the image' in capsys.readouterr().err
    assert not out.exists()


def test_ground_writes_box_mask_and_overlay(cat_path, tiny_models, tmp_path, capsys):
    code = main(["ground", str(cat_path), "the leftmost cat", "--save-dir", str(tmp_path / "g"), "--models",
                 str(tiny_models), "--box-threshold", "0", "--device", "cpu"])
    assert code == 0
    assert capsys.readouterr().out.startswith("box [")
    assert sorted(p.name for p in (tmp_path / "g").iterdir()) == ["mask_1.png", "overlay.png", "record.json"]
    assert Image.open(tmp_path / "g" / "overlay.png").size == (451, 300)


def test_points_steer_sam(cat_path, tiny_models, tmp_path):
    out, save = tmp_path / "out.png", tmp_path / "run"
    forced = forced_sam_models(tiny_models, tmp_path, +1.0)  # SAM answers "everything": nothing bounds it
    code = main(["stylize", str(cat_path), "cubism", "--points", "200,150;30,30,0", "-o", str(out),
                 "--save-dir", str(save), "--models", str(forced), *TINY_FLAGS])
    assert code == 0
    edit = json.loads((save / "record.json").read_text())["edits"][0]
    assert edit["region_source"] == "sam" and edit["mask_area"] == 451 * 300


def test_points_where_sam_finds_nothing_are_one_error_line_and_no_output(cat_path, tiny_models, tmp_path,
                                                                         capsys):
    out = tmp_path / "out.png"
    forced = forced_sam_models(tiny_models, tmp_path, -1.0)
    code = main(["stylize", str(cat_path), "cubism", "--points", "200,150;30,30,0", "-o", str(out),
                 "--models", str(forced), *TINY_FLAGS])
    assert code == 2 and not out.exists()
    assert capsys.readouterr().err.strip() == ("error: SAM returned an empty mask for points 200,150,1;30,30,0; "
                                               "give --mask or adjust --box/--points")


def test_models_download_offline_names_the_model_and_the_fix(tmp_path, capsys):
    models = tmp_path / "models.toml"
    models.write_text('clip = "openai/clip-vit-base-patch32"\n')
    assert main(["models", "download", "--role", "clip", "--role", "owlv2", "--models", str(models), "--device",
                 "cpu"]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() == ("error: the model hub is not reachable (HF_HUB_OFFLINE is set); "
                                    "missing: clip, owlv2")
    assert captured.out.splitlines() == ["clip: openai/clip-vit-base-patch32 missing",
                                         "owlv2: google/owlv2-base-patch16-ensemble missing"]


def test_bench_prints_both_loops_and_their_ratio(tiny_models, capsys):
    assert main(["bench", "--models", str(tiny_models), "--device", "cpu", "--size", "64", "--crops", "2",
                 "--steps", "1", "--warmup", "0", "--threads", "1", "--no-split"]) == 0
    out = capsys.readouterr().out.lower()
    assert "localstyle" in out and "published" in out and "ratio (published / localstyle)" in out
    assert "peak memory excludes the model weights" in out


def test_serve_reports_a_busy_port_in_one_line(tiny_models, capsys):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port), "--models", str(tiny_models), "--device", "cpu"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: cannot listen on") and len(err.splitlines()) == 1
