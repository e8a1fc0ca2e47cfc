"""Low-memory inference: which mode runs (the choice from free GPU memory, or asked for), the parts' sizes
it is chosen from, and that diffusers' model offloading gives the plain path's picture to the bit (run here
with the CPU as the execution device, which diffusers allows)."""

import numpy as np
import pytest
import torch
from PIL import Image

from localstyle.cli import main
from localstyle.errors import InputError
from localstyle.models import ModelSet
from localstyle.regionroute import memory
from localstyle.regionroute.bases import plan_memory
from localstyle.options import RunOptions
from localstyle.regionroute.editor import RegionRoute
from localstyle.settings import RULES

GIB = 2**30
CUDA, CPU = torch.device("cuda"), torch.device("cpu")
# FLUX.1-Kontext-dev in bf16 (counted on the meta device from the real configs: docs/regionroute.md)
REAL = {"transformer": {"bytes": 22.17 * GIB, "nf4_bytes": 6.3 * GIB}, "text_encoder_2": {"bytes": 8.87 * GIB},
        "text_encoder": {"bytes": 0.23 * GIB}, "vae": {"bytes": 0.16 * GIB}}


@pytest.mark.parametrize("free_gib, bnb, mode", [
    (80, False, "full"),        # an H100: everything fits
    (40, False, "full"),        # an A100 40 GB: 31.4 GiB of weights and the headroom
    (32, False, "offload"),     # a 32 GB card: one part at a time
    (23, True, "nf4"),          # a 24 GB card with bitsandbytes
    (23, False, "sequential"),  # without it: stream the weights
    (8, True, "sequential"),    # nothing else fits
])
def test_auto_takes_the_first_mode_that_fits_the_free_memory(free_gib, bnb, mode):
    needed = memory.needs(REAL, "transformer")
    chosen = memory.choose("auto", CUDA, int(free_gib * GIB), needed, nf4_available=bnb)
    assert chosen.mode == mode
    assert f"{free_gib:.1f} GiB free" in chosen.reason and f"full needs {needed['full'] / GIB:.1f} GiB" in chosen.reason


def test_what_each_mode_needs():
    needed = memory.needs(REAL, "transformer")
    assert needed["full"] == sum(p["bytes"] for p in REAL.values()) + memory.HEADROOM
    assert needed["offload"] == REAL["transformer"]["bytes"] + memory.HEADROOM  # the largest part alone
    assert needed["nf4"] == REAL["text_encoder_2"]["bytes"] + memory.HEADROOM  # then T5 is the largest
    assert needed["sequential"] == memory.HEADROOM


def test_a_mode_asked_for_runs_or_is_refused_in_one_line():
    assert memory.choose("offload", CUDA, 100 * GIB, None, False).reason == "asked for"
    assert memory.choose("full", CUDA, 1 * GIB, None, False).mode == "full"  # asked: no second guessing
    assert memory.choose("auto", CPU, None, None, False).mode == "full"
    with pytest.raises(InputError, match="memory=nf4 needs a CUDA GPU and bitsandbytes"):
        memory.choose("nf4", CPU, None, None, nf4_available=False)
    with pytest.raises(InputError, match="memory=sequential streams weights to a GPU"):
        memory.choose("sequential", CPU, None, None, False)
    with pytest.raises(InputError, match="choose auto, full, offload, nf4, sequential"):
        memory.choose("half", CUDA, None, None, False)
    assert RULES["memory"].choices == memory.MEMORY_MODES  # the settings table offers the same modes


def test_nf4_is_refused_for_a_base_without_a_transformer(tiny_bases):
    with pytest.raises(InputError, match="base instructpix2pix has none"):
        plan_memory(ModelSet.create(tiny_bases, device="cpu"), "instructpix2pix", "nf4")


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_the_parts_are_counted_from_their_configs_as_loaded(tiny_bases, dtype):
    from diffusers import FluxKontextPipeline

    folder = tiny_bases.parent / "kontext"
    sizes = memory.part_sizes(str(folder), "FluxKontextPipeline", dtype)
    pipe = FluxKontextPipeline.from_pretrained(folder, dtype=dtype)
    loaded = {name: sum(p.numel() * p.element_size() for p in getattr(pipe, name).parameters())
              for name in ("transformer", "text_encoder", "text_encoder_2", "vae")}
    assert {name: s["bytes"] for name, s in sizes.items()} == loaded
    linear = sum(m.weight.numel() for m in pipe.transformer.modules() if isinstance(m, torch.nn.Linear))
    other = loaded["transformer"] // dtype.itemsize - linear
    assert sizes["transformer"]["nf4_bytes"] == int(linear * memory.NF4_BYTES_PER_WEIGHT + other * dtype.itemsize)


def test_the_offloaded_pipeline_paints_the_same_picture(make_expert, tiny_bases, tmp_path):
    make_expert(tmp_path, "pixel-art", 1)
    photo = Image.fromarray(np.random.default_rng(2).integers(0, 255, (48, 64, 3), dtype=np.uint8))
    results = {}
    for mode in ("full", "offload"):
        options = RunOptions(method="regionroute", adapters=str(tmp_path), text_length=32, memory=mode, steps=2,
                             resolution=64, seed=5, record_attention=True)
        editor = RegionRoute(tiny_bases, options)
        hooked = [n for n in ("text_encoder", "text_encoder_2", "transformer", "vae")
                  if hasattr(getattr(editor.base.pipe, n), "_hf_hook")]  # accelerate's offload hook on each part
        assert hooked == ([] if mode == "full" else ["text_encoder", "text_encoder_2", "transformer", "vae"])
        results[mode] = editor(photo, "make the cat in pixel-art style", options)
        settings = results[mode].record["settings"]
        assert (settings["memory"], settings["memory_reason"]) == (mode, "asked for")
    assert np.array_equal(np.asarray(results["full"].image), np.asarray(results["offload"].image))
    assert np.array_equal(results["full"].attention, results["offload"].attention)


def test_auto_on_a_cpu_is_full_and_the_record_says_so(make_expert, tiny_bases, tmp_path):
    make_expert(tmp_path, "pixel-art", 1)
    options = RunOptions(method="regionroute", adapters=str(tmp_path), text_length=32, steps=1, resolution=64)
    result = RegionRoute(tiny_bases, options)(Image.new("RGB", (32, 32)), "make the cat in pixel-art style", options)
    settings = result.record["settings"]
    assert settings["memory"] == "full" and "device cpu" in settings["memory_reason"]


@pytest.mark.parametrize("value, words", [("nf4", "memory=nf4 needs a CUDA GPU and bitsandbytes"),
                                          ("sequential", "memory=sequential streams weights to a GPU"),
                                          ("half", "memory must be one of auto, full, offload, nf4, sequential")])
def test_the_cli_refuses_a_memory_mode_this_machine_cannot_run(make_expert, tiny_bases, tmp_path, capsys,
                                                               value, words):
    make_expert(tmp_path, "pixel-art", 1)
    photo, out = tmp_path / "photo.png", tmp_path / "out.png"
    Image.new("RGB", (32, 32)).save(photo)
    code = main(["stylize", str(photo), "make the cat in pixel-art style", "--method", "regionroute", "--adapters",
                 str(tmp_path), "--models", str(tiny_bases), "--device", "cpu", "--set", f"memory={value}",
                 "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1 and words in err, err
    assert not out.exists()
