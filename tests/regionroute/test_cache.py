"""Training inputs computed once per manifest and kept beside it: the real tiny encoders' forward passes are
counted with forward hooks (T5 at most once per distinct prompt, the VAE encoder at most once per distinct
image, nothing on a second run), the losses equal the uncached path's, and a change of prompt, text length
or image computes exactly what changed; a failed write leaves nothing half-written."""

import json
import os

import numpy as np
import pytest
import torch
from PIL import Image

from localstyle.errors import InputError
from localstyle.regionroute import cache
from localstyle.regionroute.train import Trainer, train_settings

STEPS = 3


def count_samples(module, counts: dict, name: str) -> None:
    """Add the batch size of every forward call of `module` to counts[name]."""
    def hook(_, args, kwargs, output):
        first = next(t for t in (*args, *kwargs.values()) if isinstance(t, torch.Tensor))
        counts[name] += first.shape[0]

    module.register_forward_hook(hook, with_kwargs=True)


def run(load, manifest, tmp_path, **settings) -> tuple[list, dict, Trainer]:
    """STEPS optimiser steps of a fresh base on `manifest`: (the steps' losses, the encoders' sample counts,
    the trainer)."""
    base = load("kontext")
    counts = dict.fromkeys(("t5", "clip", "vae"), 0)
    count_samples(base.pipe.text_encoder_2, counts, "t5")
    count_samples(base.pipe.text_encoder, counts, "clip")
    count_samples(base.pipe.vae.encoder, counts, "vae")
    chosen = {"steps": STEPS, "batch_size": 2, "accumulation": 1, "resolution": 64, "max_sequence_length": 32,
              "lr": 1e-3, "cache_latents": True, **settings}
    trainer = Trainer(base, manifest, "pixel-art", tmp_path / "adapters", train_settings(**chosen))
    losses = [trainer.optimiser_step() for _ in range(STEPS)]
    return losses, counts, trainer


def test_each_prompt_and_image_is_encoded_once_and_a_second_run_encodes_nothing(load, pixel_art_manifest, tmp_path):
    losses, counts, trainer = run(load, pixel_art_manifest, tmp_path)
    # 3 steps x 2 samples = 6 samples of 3 records; 2 distinct prompts, 5 distinct images
    assert counts == {"t5": 2, "clip": 2, "vae": 5}
    folder = cache.cache_folder(pixel_art_manifest)
    assert folder == pixel_art_manifest.parent / "data.jsonl.cache"
    assert len(list((folder / "text").glob("*.safetensors"))) == 2
    assert len(list((folder / "latents").glob("*.safetensors"))) == 5
    # the encoders hold nothing during the steps: they are gone from the pipeline
    pipe = trainer.base.pipe
    assert pipe.text_encoder is None and pipe.text_encoder_2 is None and pipe.vae is None
    again, counts, _ = run(load, pixel_art_manifest, tmp_path)
    assert counts == {"t5": 0, "clip": 0, "vae": 0}
    assert again == losses  # the cached tensors are the computed ones, bit for bit


def test_the_losses_equal_the_uncached_paths(load, pixel_art_manifest, tmp_path):
    cached, _, _ = run(load, pixel_art_manifest, tmp_path)
    plain, counts, trainer = run(load, pixel_art_manifest, tmp_path, cache_embeddings=False, cache_latents=False)
    assert counts == {"t5": 2 * STEPS, "clip": 2 * STEPS, "vae": 2 * 2 * STEPS}  # every step encodes its batch
    assert trainer.base.pipe.text_encoder_2 is not None and trainer.base.pipe.vae is not None
    for step_cached, step_plain in zip(cached, plain):
        for name, value in step_cached.items():  # one prompt at a time vs two: float rounding only
            assert value == pytest.approx(step_plain[name], rel=1e-5, abs=1e-7), name


def test_a_changed_prompt_text_length_or_image_computes_only_that(load, pixel_art_manifest, tmp_path):
    run(load, pixel_art_manifest, tmp_path)
    _, counts, _ = run(load, pixel_art_manifest, tmp_path, max_sequence_length=24)
    assert counts == {"t5": 2, "clip": 2, "vae": 0}
    lines = pixel_art_manifest.read_text().splitlines()
    second = json.loads(lines[1])
    second["prompt"] = "make the cat in pixel-art style"
    pixel_art_manifest.write_text("\n".join([lines[0], json.dumps(second), lines[2]]) + "\n")
    target = pixel_art_manifest.parent / second["target"]
    Image.fromarray(np.full((40, 40, 3), 7, dtype=np.uint8)).save(target)
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 10**9))  # a later edit
    _, counts, _ = run(load, pixel_art_manifest, tmp_path)
    assert counts == {"t5": 1, "clip": 1, "vae": 1}


def test_a_failed_write_leaves_no_entry_and_the_next_run_computes_it(load, pixel_art_manifest, tmp_path,
                                                                     monkeypatch):
    def disk_full(source, destination):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(cache.os, "replace", disk_full)
        with pytest.raises(InputError, match="cannot write the training cache .*data.jsonl.cache.*No space left"):
            run(load, pixel_art_manifest, tmp_path)
    folder = cache.cache_folder(pixel_art_manifest)
    assert [p.name for p in folder.rglob("*") if p.is_file()] == []  # no entry, no temporary file
    _, counts, _ = run(load, pixel_art_manifest, tmp_path)
    assert counts == {"t5": 2, "clip": 2, "vae": 5}


def test_a_damaged_entry_is_computed_again(load, pixel_art_manifest, tmp_path):
    run(load, pixel_art_manifest, tmp_path)
    entry = next((cache.cache_folder(pixel_art_manifest) / "text").glob("*.safetensors"))
    entry.write_bytes(entry.read_bytes()[:100])
    _, counts, _ = run(load, pixel_art_manifest, tmp_path)
    assert counts == {"t5": 1, "clip": 1, "vae": 0}


def test_a_models_identity_changes_with_its_weights_and_dtype(load, tiny_bases):
    base = load("kontext")
    vae = base.pipe.vae
    before = cache.model_identity(vae)
    weights = next(p for p in (tiny_bases.parent / "kontext" / "vae").iterdir() if p.suffix == ".safetensors")
    times = (weights.stat().st_atime_ns, weights.stat().st_mtime_ns)
    try:
        os.utime(weights, ns=(times[0], times[1] + 10**9))  # the weights written again
        assert cache.model_identity(vae) != before
    finally:
        os.utime(weights, ns=times)
    assert cache.model_identity(vae) == before
    assert cache.model_identity(vae.to(torch.bfloat16))["dtype"] == "torch.bfloat16"


def test_on_a_cpu_latents_are_cached_only_when_asked(load, pixel_art_manifest, tmp_path, tiny_bases):
    from localstyle.cli import main

    _, counts, trainer = run(load, pixel_art_manifest, tmp_path, cache_latents="auto")
    assert counts == {"t5": 2, "clip": 2, "vae": 2 * 2 * STEPS} and trainer.inputs.latents is None
    folder = cache.cache_folder(pixel_art_manifest)
    assert not (folder / "latents").exists()
    settings = [x for pair in ("resolution=64", "max_sequence_length=32", "batch_size=1", "accumulation=1")
                for x in ("--set", pair)]
    assert main(["regionroute", "train", str(pixel_art_manifest), "--style", "pixel-art", "-o", str(tmp_path / "a"),
                 "--steps", "1", "--cache-latents", "--models", str(tiny_bases), "--device", "cpu", *settings]) == 0
    assert len(list((folder / "latents").glob("*.safetensors"))) == 5


def test_instructpix2pix_trains_on_cached_inputs_as_on_fresh_ones(load, pixel_art_manifest, tmp_path):
    losses = {}
    for cached in (True, False):
        base = load("instructpix2pix")
        counts = dict.fromkeys(("clip", "vae"), 0)
        count_samples(base.pipe.text_encoder, counts, "clip")
        count_samples(base.pipe.vae.encoder, counts, "vae")
        settings = train_settings(steps=2, batch_size=2, accumulation=1, resolution=64, lr=1e-3,
                                  cache_embeddings=cached, cache_latents=cached)
        trainer = Trainer(base, pixel_art_manifest, "pixel-art", tmp_path / "adapters", settings)
        losses[cached] = [trainer.optimiser_step() for _ in range(2)]
        assert counts == ({"clip": 2, "vae": 5} if cached else {"clip": 4, "vae": 8})
    for step_cached, step_plain in zip(losses[True], losses[False]):
        for name, value in step_cached.items():  # the context latents unscaled, the target's scaled, as before
            assert value == pytest.approx(step_plain[name], rel=1e-5, abs=1e-7), name
