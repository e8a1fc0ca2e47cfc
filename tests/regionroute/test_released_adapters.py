"""The authors' released adapters as a new user meets them: bare `<style>.safetensors` files made exactly as
their training code makes them, under the file names people give them, each routed by its own name from the
CLI (and from the web page's chip: tests/serve/test_regionroute_adapters.py), the output equal to plain
diffusers' for the same call; every bad file one `error:` line naming it."""

import json

import numpy as np
import pytest
import torch
from PIL import Image
from regionroute_helpers import plain_diffusers_edit, save_authors_adapter
from safetensors.torch import save_file

from localstyle.cli import main
from localstyle.regionroute import experts
from localstyle.options import RunOptions
from localstyle.regionroute.editor import RegionRoute

# file name -> how a user writes the style (the web page's chip shows the same words)
SPELLED = {"Cyberpunk.safetensors": "Cyberpunk", "Pixel Art.safetensors": "Pixel Art",
           "line_art.safetensors": "line art", "expressionism.safetensors": "expressionism"}
DOTTED = {"pixel.art.safetensors": "pixel art", "cyber.punk.v1.safetensors": "cyber punk v1"}


@pytest.fixture(scope="module")
def kontext(tmp_path_factory):
    """(models.toml, kontext folder): the tiny Kontext alone, as `python -m localstyle.testing` writes it."""
    from localstyle.testing import write_tiny_models

    toml = write_tiny_models(tmp_path_factory.mktemp("tiny-kontext"), roles=("kontext",))
    return toml, toml.parent / "kontext"


@pytest.fixture(scope="module")
def released(kontext, tmp_path_factory):
    """A folder of four authors'-style adapters under user-given file names."""
    folder = tmp_path_factory.mktemp("weights")
    for seed, name in enumerate(SPELLED, start=1):
        save_authors_adapter(kontext[1], folder / name, seed)
    return folder


@pytest.fixture(scope="module")
def photo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("photo") / "photo.png"
    Image.fromarray(np.random.default_rng(4).integers(0, 255, (48, 64, 3), dtype=np.uint8)).save(path)
    return path


def test_the_authors_files_are_what_their_code_saves(released):
    from safetensors import safe_open

    assert sorted(p.name for p in released.iterdir()) == sorted(SPELLED)  # no side .json
    with safe_open(str(released / "Cyberpunk.safetensors"), "pt") as handle:
        keys = list(handle.keys())
        assert handle.metadata() == {"format": "pt"}
    assert all(k.startswith("transformer.") and ".lora_" in k for k in keys)
    assert any("single_transformer_blocks.0.attn.to_q.lora_A" in k for k in keys)
    assert any("transformer_blocks.0.attn.to_out.0.lora_B" in k for k in keys)


def test_each_routes_by_its_own_name_and_equals_plain_diffusers(kontext, released, photo_path, tmp_path, capsys):
    toml, folder = kontext
    names = {experts.style_key(spelling): released / file for file, spelling in SPELLED.items()}
    photo = Image.open(photo_path).convert("RGB")
    for file, spelling in SPELLED.items():
        instruction = f"make the cat in {spelling} style, keep other area unchanged"  # the README's pattern
        out, record_dir = tmp_path / f"{file}.png", tmp_path / file
        assert main(["stylize", str(photo_path), instruction, "--method", "regionroute", "--adapters", str(released),
                     "--models", str(toml), "--device", "cpu", "--steps", "2", "--resolution", "64", "--seed", "42",
                     "-o", str(out), "--save-dir", str(record_dir), "--quiet"]) == 0, capsys.readouterr().err
        record = json.loads((record_dir / "record.json").read_text())
        key = experts.style_key(spelling)
        [edit] = record["edits"]
        assert edit["routing"] == {name: float(name == key) for name in sorted(names)}
        assert (edit["region"], edit["style"], record["settings"]["text_length"]) == ("cat", spelling, 512)
        assert edit["prompt"] == instruction
        plain = plain_diffusers_edit(folder, names, key, photo, instruction, steps=2, seed=42)
        assert np.array_equal(np.asarray(Image.open(out)), np.asarray(plain)), file


def test_the_authors_own_spelling_routes_to_a_file_spelled_otherwise(kontext, released):
    toml, _ = kontext
    editor = RegionRoute(toml, RunOptions(method="regionroute", adapters=str(released)), device="cpu")
    for spelling, key in (("pixel-art", "pixel-art"), ("line-art", "line-art"), ("CYBERPUNK", "cyberpunk")):
        weights = editor.route(spelling)
        assert weights[key] == 1.0 and sum(weights.values()) == 1.0, spelling
    assert sorted(editor.experts.values()) == ["Cyberpunk", "Pixel Art", "expressionism", "line art"]


def test_dots_in_file_names_are_routed_by_their_words(kontext, tmp_path):
    toml, folder = kontext
    for seed, name in enumerate(DOTTED, start=7):
        save_authors_adapter(folder, tmp_path / name, seed)
    options = RunOptions(method="regionroute", adapters=str(tmp_path), steps=1, resolution=64)
    editor = RegionRoute(toml, options, device="cpu")
    assert editor.experts == {"cyber-punk-v1": "cyber punk v1", "pixel-art": "pixel art"}
    photo = Image.new("RGB", (32, 32), (90, 30, 160))
    result = editor(photo, "make the cat in pixel.art style", options)
    assert result.record["edits"][0]["routing"] == {"cyber-punk-v1": 0.0, "pixel-art": 1.0}


def bad_file(kind: str, kontext_folder, folder):
    """Make one bad adapter in `folder`; returns (its file, the base to run, words of the error)."""
    good = save_authors_adapter(kontext_folder, folder / "good.safetensors", 1)
    if kind == "not a LoRA":
        save_file({"weight": torch.zeros(3)}, str(folder / "weights.safetensors"))  # e.g. a model's own weights
        return folder / "weights.safetensors", "kontext", "holds no LoRA weights"
    if kind == "truncated":
        path = folder / "cut.safetensors"
        path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
        return path, "kontext", "not a readable .safetensors file"
    if kind == "empty":
        (folder / "empty.safetensors").write_bytes(b"")
        return folder / "empty.safetensors", "kontext", "not a readable .safetensors file"
    if kind == "text":
        (folder / "page.safetensors").write_text("<html>404 Not Found</html>")
        return folder / "page.safetensors", "kontext", "not a readable .safetensors file"
    if kind == "Kontext adapter, base instructpix2pix":
        return good, "instructpix2pix", "is a LoRA for base kontext, not instructpix2pix: use --base kontext"
    if kind == "another model's width":
        path = save_authors_adapter(kontext_folder, folder / "wide.safetensors", 2, width_scale=2)
        return path, "kontext", "does not load on base kontext"
    if kind == "layers this base lacks":
        save_file({"transformer.decoder.0.attn.to_q.lora_A.weight": torch.zeros(4, 32),
                   "transformer.decoder.0.attn.to_q.lora_B.weight": torch.zeros(32, 4)}, str(folder / "other.safetensors"))
        return folder / "other.safetensors", "kontext", "does not load on base kontext: Target modules"
    if kind == "text-encoder LoRA":  # loads, into CLIP: nothing of the denoiser
        save_file({"text_encoder.encoder.layers.0.self_attn.q_proj.lora_A.weight": torch.zeros(4, 32),
                   "text_encoder.encoder.layers.0.self_attn.q_proj.lora_B.weight": torch.zeros(32, 4)},
                  str(folder / "clip.safetensors"))
        return folder / "clip.safetensors", "kontext", "has no layer of base kontext"
    if kind == "one style twice":
        (folder / "Good.safetensors").write_bytes(good.read_bytes())
        return folder / "good.safetensors", "kontext", "are one style ('good'): keep one of them"
    raise AssertionError(kind)


BAD = ["not a LoRA", "truncated", "empty", "text", "Kontext adapter, base instructpix2pix",
       "another model's width", "layers this base lacks", "text-encoder LoRA", "one style twice"]


@pytest.mark.parametrize("kind", BAD)
def test_every_bad_adapter_file_is_one_error_line_naming_it(kind, kontext, photo_path, tmp_path, capsys):
    from localstyle.testing import write_tiny_models

    toml, folder = kontext
    adapters = tmp_path / "adapters"
    adapters.mkdir()
    path, base, words = bad_file(kind, folder, adapters)
    if base == "instructpix2pix":
        toml = write_tiny_models(tmp_path / "tiny", roles=("instructpix2pix",))
    out = tmp_path / "out.png"
    capsys.readouterr()  # what making the files printed
    code = main(["stylize", str(photo_path), "make the cat in good style", "--method", "regionroute", "--base", base,
                 "--adapters", str(adapters), "--models", str(toml), "--device", "cpu", "--steps", "1",
                 "--resolution", "64", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1, err
    assert path.name in err and words in err, err
    assert not out.exists()
