"""About forty bad invocations, as a careless or hostile user types them: each is one `error:` line, exit 2,
never "internal error", and no output file. Also the models-file checks."""

import shutil

import numpy as np
import pytest
from PIL import Image

from localstyle.cli import main


@pytest.fixture
def setup(tmp_path, cat_path, tiny_models):
    bad = tmp_path / "bad-models"
    shutil.copytree(tiny_models.parent, bad)
    weights = bad / "clip" / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:1000])  # truncated
    files = {
        "empty.toml": "", "unknown-role.toml": 'clipp = "x/y"\n', "missing-path.toml": 'clip = "/no/such/clip"\n',
        "missing-rel.toml": 'vgg = "./not-here"\n', "not-toml.toml": "clip = [\n", "number.toml": "clip = 3\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    Image.fromarray(np.zeros((16, 600, 3), np.uint8) + 90).save(tmp_path / "strip.png")
    (tmp_path / "manifest.jsonl").write_text('{"image": "nope.png", "instruction": "x"}\n')
    return tmp_path, cat_path, tiny_models, bad / "models.toml"


def invocations(tmp, cat, models, bad_models):
    out = tmp / "out.png"
    box = ["--box", "60,40,260,220", "--no-segment"]
    tiny = ["--steps", "1", "--resolution", "64", "--crops", "1"]

    def with_models(path):
        return ["stylize", cat, "cubism", *box, "-o", out, "--device", "cpu", "--quiet", "--models", path]

    base = [*with_models(models), *tiny]
    return {
        "lr zero": ([*base, "--set", "lr=0"], "setting lr=0"),
        "lr nan": ([*base, "--set", "lr=nan"], "setting lr=nan"),
        "lr text": ([*base, "--set", "lr=fast"], "setting lr=fast"),
        "steps zero": (["stylize", cat, "cubism", *box, "-o", out, "--steps", "0"], "setting steps=0"),
        "steps negative": (["stylize", cat, "cubism", *box, "-o", out, "--steps", "-5"], "setting steps=-5"),
        "steps huge": ([*with_models(models), "--set", "steps=1e9"], "setting steps="),
        "lr_step zero": ([*base, "--set", "lr_step=0"], "lr_step must be"),
        "distortion": ([*base, "--set", "distortion=3"], "distortion must be"),
        "threshold inf": ([*base, "--set", "threshold=Infinity"], "threshold must be"),
        "weight negative": ([*base, "--set", "lambda_patch=-1"], "lambda_patch must be"),
        "resolution huge": ([*with_models(models), "--set", "resolution=99999"], "at most 2048"),
        "resolution tiny": ([*with_models(models), "--resolution", "4"], "resolution must be"),
        "crops negative": ([*with_models(models), "--crops", "-1"], "num_crops must be"),
        "crop_size zero": ([*base, "--set", "crop_size=0"], "crop_size must be"),
        "feather negative": ([*base, "--feather", "-2"], "feather must be"),
        "unknown setting": ([*base, "--set", "lamda_tv=1"], "unknown setting"),
        "set without value": ([*base, "--set", "lr"], "NAME=VALUE"),
        "set twice": ([*base, "--set", "lr=1", "--set", "lr=2"], "given twice"),
        "steps twice": ([*base, "--set", "steps=4"], "given twice"),
        "mixed precision": ([*base, "--set", "mixed_precision=perhaps"], "true or false"),
        "seed negative": ([*base, "--seed", "-1"], "setting seed=-1"),
        "seed huge": ([*base, "--seed", str(2**64)], "setting seed="),
        "box threshold": (["stylize", cat, "apply cubism style to the cat", "-o", out, "--models", models, "--box-threshold", "7"],
                          "box_threshold must be"),
        "text threshold nan": (["stylize", cat, "apply cubism style to the cat", "-o", out, "--models", models, "--text-threshold",
                                "nan"], "text_threshold must be"),
        "box nan": (["stylize", cat, "cubism", "--box", "nan,1,5,5", "-o", out], "finite"),
        "box inf": (["stylize", cat, "cubism", "--box", "1,1,inf,5", "-o", out], "finite"),
        "points nan": (["stylize", cat, "cubism", "--points", "nan,3", "-o", out], "bad --points"),
        "preset": ([*base, "--preset", "turbo"], "unknown preset"),
        "device": (["stylize", cat, "cubism", *box, "-o", out, "--device", "tpu"], "unknown device"),
        "output extension": (["stylize", cat, "cubism", *box, "-o", tmp / "out.xyz"], "cannot write the extension"),
        "output gif": (["stylize", cat, "cubism", *box, "-o", tmp / "out.gif"], "cannot write the extension"),
        "output is folder": (["stylize", cat, "cubism", *box, "-o", tmp / "dir.png"], "is a folder"),
        "no output": (["stylize", cat, "cubism", *box], "-o OUT is required"),
        "save-dir is a file": ([*base, "--save-dir", cat], "is a file"),
        "models empty": ([*with_models(tmp / "empty.toml"), *tiny], "names no role"),
        "models unknown role": ([*with_models(tmp / "unknown-role.toml"), *tiny],
                                "unknown role 'clipp'; known roles: clip, vgg"),
        "models missing path": ([*with_models(tmp / "missing-path.toml"), *tiny],
                                "the folder for role 'clip' does not exist: /no/such/clip"),
        "models missing relative": ([*with_models(tmp / "missing-rel.toml"), *tiny],
                                    f"does not exist: {tmp / 'not-here'}"),
        "models not toml": ([*with_models(tmp / "not-toml.toml"), *tiny], "not valid TOML"),
        "models number": ([*with_models(tmp / "number.toml"), *tiny], "must map to a hub id or a folder"),
        "models file missing": ([*with_models(tmp / "nope.toml"), *tiny], "models file not found"),
        "models truncated weights": ([*with_models(bad_models), *tiny],
                                     "could not load model for role 'clip' from model.safetensors in"),
        "max pixels": ([*base, "--max-pixels", "100"], "over the limit of 100"),
        "download unknown role": (["models", "download", "--role", "clippy"], "unknown model role 'clippy'"),
        "eval bad set": (["eval", tmp / "manifest.jsonl", "-o", tmp / "ev", "--set", "guidance_scale=-1"],
                         "guidance_scale must be"),
        "eval bad seed": (["eval", tmp / "manifest.jsonl", "-o", tmp / "ev", "--seed", "-3"], "setting seed=-3"),
        "one pixel tall region": (["stylize", tmp / "strip.png", "cubism", "--box", "100,5,490,6", "-o", out,
                                   "--models", models, "--device", "cpu", "--quiet", "--steps", "1", "--resolution",
                                   "64", "--crops", "1"], None),
    }


def test_every_bad_invocation_is_one_clean_line(setup, capsys):
    tmp, cat, models, bad_models = setup
    (tmp / "dir.png").mkdir()
    cases = invocations(tmp, cat, models, bad_models)
    assert len(cases) >= 40
    failures = []
    for name, (args, words) in cases.items():
        code = main([str(a) for a in args])
        err = capsys.readouterr().err.strip()
        if words is None:  # may work or be refused, but cleanly
            ok = code == 0 or (code == 2 and len(err.splitlines()) == 1 and err.startswith("error: "))
        else:
            ok = code == 2 and len(err.splitlines()) == 1 and err.startswith("error: ") and words in err
        if not ok or "internal error" in err or (words is not None and (tmp / "out.png").exists()):
            failures.append(f"{name}: exit {code}: {err}")
        (tmp / "out.png").unlink(missing_ok=True)
    assert failures == []
