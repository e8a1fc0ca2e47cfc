"""The command as a careless or hostile user runs it: diverging settings, -o naming the input, symlinks,
the umask, Ctrl-C. Each either works with every outside pixel kept or fails in one line, writing nothing."""

import json
import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest
from PIL import Image

from localstyle.cli import main

from localstyle.precision import cpu_native_bf16
from test_cli import TINY_FLAGS


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.err.strip()


def stylize_args(cat_path, tiny_models, out, *extra):
    return ["stylize", cat_path, "cubism", "--box", "60,40,260,220", "--no-segment", "-o", out, "--models",
            tiny_models, *TINY_FLAGS, *extra]


def test_a_diverged_run_writes_no_image_and_the_record_says_where(cat_path, tiny_models, tmp_path, capsys):
    out, save = tmp_path / "out.png", tmp_path / "run"
    code, err = run(capsys, *stylize_args(cat_path, tiny_models, out, "--set", "lr=1e8", "--save-dir", save))
    assert code == 2 and len(err.splitlines()) == 1
    assert err.startswith("error: the optimisation diverged at step ") and "(loss nan); lower lr" in err
    assert not out.exists() and sorted(p.name for p in save.iterdir()) == ["record.json"]
    record = json.loads((save / "record.json").read_text())
    assert record["error"] == err.removeprefix("error: ") and record["settings"]["lr"] == 1e8
    assert record["edits"][0]["diverged_at_step"] >= 1


def test_steps_and_feather_are_settings_like_any_other(cat_path, tiny_models, tmp_path, capsys):
    out, save = tmp_path / "out.png", tmp_path / "run"
    args = stylize_args(cat_path, tiny_models, out, "--set", "feather=0", "--save-dir", save)
    args[args.index("--steps"):args.index("--steps") + 2] = ["--set", "steps=1"]
    code, err = run(capsys, *args)
    assert code == 0, err
    settings = json.loads((save / "record.json").read_text())["settings"]
    # mixed_precision: the effective value, bf16 only on a CPU with native bf16
    assert (settings["steps"], settings["feather"], settings["mixed_precision"]) == (1, 0, bool(cpu_native_bf16()))


@pytest.mark.parametrize("spelling", ["same path", "symlink", "other spelling", "hard link"])
def test_output_naming_the_input_is_refused_unless_overwrite(spelling, cat_path, tiny_models, tmp_path, capsys):
    photo = tmp_path / "photo.png"
    photo.write_bytes(cat_path.read_bytes())
    before = photo.read_bytes()
    out = {"same path": photo, "symlink": tmp_path / "link.png", "other spelling": tmp_path / "." / "photo.png",
           "hard link": tmp_path / "hard.png"}[spelling]
    if spelling == "symlink":
        out.symlink_to(photo)
    if spelling == "hard link":
        os.link(photo, out)
    code, err = run(capsys, *stylize_args(photo, tiny_models, out))
    assert code == 2 and err == f"error: output {out} is the input image itself; choose another output or pass --overwrite"
    assert photo.read_bytes() == before
    if spelling == "same path":
        code, err = run(capsys, *stylize_args(photo, tiny_models, out, "--overwrite"))
        assert code == 0 and photo.read_bytes() != before


def test_outputs_follow_the_users_umask_and_symlinks_are_written_through(cat_path, tiny_models, tmp_path, capsys):
    target, link = tmp_path / "real.png", tmp_path / "link.png"
    link.symlink_to(target)  # dangling until the run writes the file it points to
    old = os.umask(0o027)
    try:
        code, err = run(capsys, *stylize_args(cat_path, tiny_models, link, "--save-dir", tmp_path / "run"))
    finally:
        os.umask(old)
    assert code == 0, err
    assert link.is_symlink() and target.is_file() and Image.open(link).size == (451, 300)
    assert target.stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "run" / "record.json").stat().st_mode & 0o777 == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".localstyle-")]


def test_a_failed_run_leaves_no_empty_save_dir(cat_path, tiny_models, tmp_path, capsys):
    save = tmp_path / "run"
    code, err = run(capsys, *stylize_args(cat_path, tiny_models, tmp_path / "o.png", "--set", "lr=0",
                                          "--save-dir", save))
    assert code == 2 and "setting lr=0" in err and not save.exists()
    code, err = run(capsys, "stylize", cat_path, "cubism", "--box", "1,1,9,9", "--save-dir", save,
                    "-o", tmp_path / "o.png", "--models", tmp_path / "nope.toml")
    assert code == 2 and not save.exists()


def test_ctrl_c_says_interrupted_and_leaves_nothing(cat_path, tiny_models, tmp_path):
    out, save = tmp_path / "out.png", tmp_path / "run"
    args = stylize_args(cat_path, tiny_models, out, "--save-dir", save)
    args[args.index("--steps") + 1] = "100000"
    args.remove("--quiet")
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    process = subprocess.Popen([sys.executable, "-m", "localstyle.cli", *map(str, args)], env=env,
                               stderr=subprocess.PIPE, text=True)
    seen = ""
    deadline = time.monotonic() + 120
    while "stylising" not in seen and time.monotonic() < deadline:
        seen += process.stderr.readline()
    time.sleep(1.0)
    process.send_signal(signal.SIGINT)
    rest = process.communicate(timeout=60)[1]
    assert process.returncode == 130
    assert rest.strip().splitlines()[-1] == "interrupted" and "resume" not in rest and "Traceback" not in rest
    assert not out.exists() and not save.exists()


def test_help_shows_defaults_and_that_o_is_required(capsys):
    with pytest.raises(SystemExit):
        main(["stylize", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "(required, except with --dry-run)" in text
    assert "the detector's own, 0.3 for Grounding DINO, 0.1 for OWLv2" in text and "paper (the published settings)" in text
    with pytest.raises(SystemExit):
        main(["eval", "--help"])
    assert "same bytes on a CPU) (default: 0)" in " ".join(capsys.readouterr().out.split())


def test_outside_pixels_survive_a_run_through_the_cli(cat_path, tiny_models, tmp_path, capsys):
    out = tmp_path / "out.png"
    code, err = run(capsys, *stylize_args(cat_path, tiny_models, out))
    assert code == 0, err
    original, output = np.asarray(Image.open(cat_path)), np.asarray(Image.open(out))
    outside = np.ones(original.shape[:2], bool)
    outside[40:220, 60:260] = False
    np.testing.assert_array_equal(output[outside], original[outside])
