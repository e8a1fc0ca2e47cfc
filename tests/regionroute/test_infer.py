"""Mask-free inference through the Python API on both tiny bases."""

import numpy as np
import pytest
from PIL import Image

from localstyle import RunOptions, stylize
from localstyle.regionroute.editor import RegionRoute
from localstyle.result import attention_picture


def editor_for(folder, base_name, models, **setup):
    return RegionRoute(models, RunOptions(method="regionroute", adapters=str(folder), base=base_name, **setup))


def run(base_name="kontext", **options):
    return RunOptions(method="regionroute", base=base_name, **options)


@pytest.mark.parametrize("base_name, work", [("kontext", [64, 48]), ("instructpix2pix", [64, 40])])
def test_output_keeps_the_input_size_and_records_the_routing(make_expert, tiny_bases, tmp_path, base_name, work):
    make_expert(tmp_path, "pixel-art", 1, base_name=base_name)
    photo = Image.fromarray(np.random.default_rng(0).integers(0, 255, (45, 70, 3), dtype=np.uint8))
    result = stylize(photo, "make the man in pixel-art style", method="regionroute", adapters=str(tmp_path),
                     base=base_name, models=tiny_bases, device="cpu", steps=2, seed=42, resolution=64,
                     text_length=32, record_attention=True)
    assert result.image.size == (70, 45) and result.image.mode == "RGB"
    # the base ran at the work size asked for (Kontext would otherwise resize to ~1 MP)
    settings, [edit] = result.record["settings"], result.record["edits"]
    assert settings["work_size"] == settings["model_output_size"] == work and result.record["steps"] == 2
    assert edit["routing"] == {"pixel-art": 1.0} and (edit["region"], edit["style"]) == ("man", "pixel-art")
    assert edit["prompt"] == "make the man in pixel-art style, keep other area unchanged"
    assert result.record["method"] == "regionroute" and result.record["seconds"]["total"] > 0
    assert result.attention.shape == (45, 70) and result.attention.min() >= 0 and result.attention.max() == 1
    assert attention_picture(np.asarray(photo), result.attention).size == (70, 45)


def test_an_unseen_style_is_a_mixture_and_the_same_seed_repeats(make_expert, tiny_bases, tmp_path):
    make_expert(tmp_path, "pixel-art", 1)
    make_expert(tmp_path, "cubism", 2)
    editor = editor_for(tmp_path, "kontext", tiny_bases, text_length=32)
    photo = Image.new("RGB", (32, 32), (120, 60, 30))
    options = run(steps=2, resolution=64, temperature=0.5)
    first = editor(photo, "make the man in watercolor style", options)
    again = editor(photo, "make the man in watercolor style", options)
    weights = first.record["edits"][0]["routing"]
    assert sum(weights.values()) == pytest.approx(1.0) and all(0 < w < 1 for w in weights.values())
    assert np.array_equal(np.asarray(first.image), np.asarray(again.image))


@pytest.mark.parametrize("base_name", ["kontext", "instructpix2pix"])
def test_attention_is_recorded_only_when_asked_and_changes_nothing(make_expert, tiny_bases, tmp_path, base_name):
    from localstyle.regionroute.attention import (
        CrossAttentionRecordingProcessor,
        FluxRecordingProcessor,
    )

    make_expert(tmp_path, "pixel-art", 1, base_name=base_name)
    editor = editor_for(tmp_path, base_name, tiny_bases)
    recording = (FluxRecordingProcessor, CrossAttentionRecordingProcessor)
    seen = []
    for module in editor.base.denoiser.modules():  # which processors actually run, per call
        if hasattr(module, "set_processor"):
            module.register_forward_pre_hook(lambda m, *_: seen.append(isinstance(m.processor, recording)))
    photo = Image.new("RGB", (32, 32), (120, 60, 30))
    plain = editor(photo, "make the man in pixel-art style", run(base_name, steps=2, resolution=64))
    assert seen and not any(seen) and plain.attention is None
    assert plain.record["settings"]["attention_recorded"] is False
    seen.clear()
    recorded = editor(photo, "make the man in pixel-art style", run(base_name, steps=2, resolution=64,
                                                                    record_attention=True))
    assert any(seen) and recorded.attention.shape == (32, 32)
    assert np.array_equal(np.asarray(plain.image), np.asarray(recorded.image))  # the output is the same
    seen.clear()
    editor(photo, "make the man in pixel-art style", run(base_name, steps=1, resolution=64))
    assert seen and not any(seen)  # the stock processors are back after a recorded run
