"""Run-time choice of the CLIP image tower's precision, and what bf16 does to the losses."""

import json
import os
import subprocess
import sys

import pytest
import torch

from localstyle.errors import InputError
from localstyle.precision import (
    check_mixed_precision,
    clip_uses_bf16,
    cpu_native_bf16,
    precision_record,
    native_bf16,
)

CPU = torch.device("cpu")


def proc_cpuinfo_flags() -> set[str]:
    """Read independently of the product: the first `flags` line of /proc/cpuinfo."""
    with open("/proc/cpuinfo", encoding="ascii", errors="replace") as handle:
        return next(set(line.split(":", 1)[1].split()) for line in handle if line.startswith("flags"))


def test_native_bf16_needs_a_bf16_flag_and_avx512_kernels():
    assert native_bf16({"avx2", "avx512f", "amx_bf16", "avx512_bf16"}, "AVX512") == ("amx_bf16", "avx512_bf16")
    assert native_bf16({"avx2", "avx512_bf16"}, "AVX512") == ("avx512_bf16",)
    assert native_bf16({"avx2", "fma"}, "AVX2") == ()  # an AVX2-only AMD EPYC
    assert native_bf16({"avx2", "avx512f", "avx512bw"}, "AVX512") == ()  # AVX512 without bf16: emulated
    assert native_bf16({"amx_bf16", "avx512_bf16"}, "AVX2") == ()  # torch held to AVX2 kernels


@pytest.mark.skipif(not os.path.exists("/proc/cpuinfo"), reason="reads /proc/cpuinfo (Linux)")
def test_this_cpu_is_detected_from_its_flags():
    flags = proc_cpuinfo_flags()
    expected = tuple(f for f in ("amx_bf16", "avx512_bf16") if f in flags)
    if torch.backends.cpu.get_cpu_capability() != "AVX512":
        expected = ()
    assert cpu_native_bf16() == expected
    assert clip_uses_bf16("auto", CPU) is bool(expected)
    assert precision_record("auto", CPU)["clip_image"] == ("bf16" if expected else "fp32")


def test_false_is_fp32_everywhere_true_forces_bf16_and_vgg_and_text_stay_fp32():
    assert clip_uses_bf16(False, CPU) is False
    assert clip_uses_bf16(True, CPU) is True
    assert clip_uses_bf16("auto", torch.device("meta")) is False
    record = precision_record(False, CPU)
    assert record["clip_image"] == "fp32" and record["vgg"] == "fp32" and record["clip_text"] == "fp32"
    assert precision_record(True, CPU)["vgg"] == "fp32"


@pytest.mark.parametrize("value, expected", [("auto", "auto"), ("AUTO", "auto"), (True, True), ("true", True),
                                             (False, False), ("False", False)])
def test_mixed_precision_values(value, expected):
    assert check_mixed_precision(value) == expected


@pytest.mark.parametrize("value", ["maybe", 1, 0, 0.5, None])
def test_other_mixed_precision_values_are_errors(value):
    with pytest.raises(InputError, match="mixed_precision must be auto, true or false"):
        check_mixed_precision(value)


def test_torch_held_to_avx2_kernels_means_fp32_at_run_time():
    """How an AVX2-only machine is emulated here: the same code picks fp32 there."""
    env = dict(os.environ, ATEN_CPU_CAPABILITY="avx2", ONEDNN_MAX_CPU_ISA="AVX2")
    code = ("import json, torch; from localstyle.precision import precision_record; "
            "print(json.dumps([torch.backends.cpu.get_cpu_capability(), precision_record('auto', torch.device('cpu'))]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    capability, record = json.loads(done.stdout)
    assert capability == "AVX2" and record["clip_image"] == "fp32"
    assert record["hardware"] == "CPU without native bf16"


# bf16 vs fp32 on the same seed, with the real ViT-B/32 image tower (random weights: the tiny test CLIP's
# 16-wide projection rounds far more than the real one). The stated tolerance, also in docs/speed.md
# ("Precision, chosen at run time"): 0.01 absolute on the directional losses (values in [0, 2]); VGG and TV run in fp32 either way.
BF16_TOLERANCE = {"direction": 0.01, "patch": 0.01}


@pytest.fixture(scope="module")
def real_size_image_tower(tmp_path_factory):
    """ClipEncoder with CLIPConfig()'s ViT-B/32 image tower and a tiny text tower (text stays fp32 and is
    encoded once, so only its size, not its precision, would change here)."""
    from transformers import CLIPConfig, CLIPModel, CLIPTokenizer

    from localstyle.models import ClipEncoder
    from localstyle.testing import TINY_BOS_ID, TINY_EOS_ID, write_clip_tokenizer

    torch.manual_seed(0)
    text = dict(hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=4,
                bos_token_id=TINY_BOS_ID, eos_token_id=TINY_EOS_ID, pad_token_id=TINY_EOS_ID)
    folder = tmp_path_factory.mktemp("tokenizer")
    write_clip_tokenizer(folder)
    return ClipEncoder(CLIPModel(CLIPConfig(text_config=text)), CLIPTokenizer.from_pretrained(folder), CPU)


def test_bf16_losses_stay_within_the_tolerance_of_fp32(real_size_image_tower, tiny_model_set):
    from localstyle.evaluation.bench import bench_image
    from localstyle.least.optimise import MaskedStyleOptimizer, settings_with

    clip, vgg = real_size_image_tower, tiny_model_set.vgg()
    content, mask, box = bench_image(64, CPU)
    losses = {}
    for mixed in (False, True):
        torch.manual_seed(0)
        settings = settings_with("paper", resolution=64, num_crops=4, crop_size=32, threshold=0.0,
                                 mixed_precision=mixed)
        optimizer = MaskedStyleOptimizer(content, mask, box, "cubism", clip, vgg, settings,
                                         torch.Generator().manual_seed(0))
        assert optimizer.clip_bf16 is mixed
        losses[mixed] = [optimizer.step()]
    for fp32, bf16 in zip(losses[False], losses[True]):
        assert fp32["direction"] != bf16["direction"]  # bf16 really ran
        for name, tolerance in BF16_TOLERANCE.items():
            assert abs(fp32[name] - bf16[name]) <= tolerance, (name, fp32[name], bf16[name])
    assert losses[False][0]["content"] == losses[True][0]["content"]  # same U-Net, fp32 VGG


def test_the_record_shows_the_effective_precision(cat_path, tiny_models):
    from conftest import TINY_SETTINGS

    import localstyle

    off = localstyle.stylize(cat_path, "cubism", box=(60, 40, 260, 220), segment_box=False, models=tiny_models,
                             device="cpu", steps=1, settings=dict(TINY_SETTINGS, mixed_precision="false")).record
    assert off["settings"]["mixed_precision"] is False
    assert off["precision"] == {"mixed_precision": False, "clip_image": "fp32", "clip_text": "fp32", "vgg": "fp32",
                                "unet": "fp32", "hardware": precision_record("auto", CPU)["hardware"]}
    auto = localstyle.stylize(cat_path, "cubism", box=(60, 40, 260, 220), segment_box=False, models=tiny_models,
                              device="cpu", steps=1, settings=TINY_SETTINGS).record
    assert auto["precision"]["clip_image"] == ("bf16" if cpu_native_bf16() else "fp32")


def test_vgg_and_the_unet_stay_fp32_as_measured_and_vgg_can_be_switched_to_bf16(tiny_model_set):
    from localstyle.least.losses import VGGContentFeatures
    from localstyle.precision import unet_uses_bf16, vgg_uses_bf16

    # docs/speed.md: real VGG19 in bf16 moved the content gradient's cosine to 0.997-0.998 (< 0.999).
    for setting in ("auto", True, False):
        assert vgg_uses_bf16(setting, CPU) is False and unet_uses_bf16(setting, CPU) is False
    image = torch.rand(1, 3, 32, 32, generator=torch.Generator().manual_seed(0))
    fp32 = VGGContentFeatures(tiny_model_set.vgg())(image)
    bf16 = VGGContentFeatures(tiny_model_set.vgg(), bf16=True)(image)
    for name in VGGContentFeatures.LAYERS:
        assert fp32[name].dtype == bf16[name].dtype == torch.float32
        assert not torch.equal(fp32[name], bf16[name])  # really computed in bf16
        torch.testing.assert_close(bf16[name], fp32[name], rtol=0.05, atol=0.05 * float(fp32[name].abs().max()))
