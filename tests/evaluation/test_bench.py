"""The bench and the reference-loop re-creation, with the tiny models at tiny sizes."""

from __future__ import annotations

import math

import pytest
import torch

from localstyle.errors import InputError


class CountingClip:
    """Passes through to a ClipEncoder, counting the images the published loop's re-creation encodes
    (through transformers' own image tower, `encode_image_stock`)."""

    def __init__(self, clip):
        self.clip, self.device, self.images = clip, clip.device, 0

    def encode_image_stock(self, images):
        self.images += images.shape[0]
        return self.clip.encode_image_stock(images)

    def encode_text(self, texts):
        return self.clip.encode_text(texts)


def test_run_bench_tiny(tiny_model_set):
    from localstyle.evaluation.bench import format_bench, run_bench

    result = run_bench(tiny_model_set, size=64, crops=4, steps=1, warmup=0, device="cpu", threads=1)
    ours, ref = result["localstyle"], result["reference"]
    assert ours["seconds_per_step"] > 0 and ref["seconds_per_step"] > 0
    assert result["ratio"] == pytest.approx(ref["seconds_per_step"] / ours["seconds_per_step"])
    assert set(result["split"]) == {"clip", "vgg", "unet", "rest"}
    parts = result["split"]
    assert all(parts[name] > 0 for name in ("clip", "vgg", "unet"))
    # "rest" is the step's median less the three timed parts, floored at 0 (the parts are timed apart).
    assert parts["rest"] == max(ours["seconds_per_step"] - parts["clip"] - parts["vgg"] - parts["unet"], 0.0)
    assert math.isfinite(ours["loss"]) and math.isfinite(ref["loss"])
    assert result["memory_method"].startswith("process peak RSS")  # Linux: VmHWM reset through clear_refs
    assert ours["peak_memory_mib"] > 0 and ref["peak_memory_mib"] > 0
    assert result["settings"]["size"] == 64 and result["settings"]["crops"] == 4
    assert result["ratios"] == [ref["step_times"][0] / ours["step_times"][0]]
    assert result["warning"].startswith("warning: one timed step")
    table = format_bench(result)
    assert "| localstyle |" in table and "ratio" in table and "CLIP" in table and "A B A B" in table
    timed_apart = parts["clip"] + parts["vgg"] + parts["unet"]
    assert ("add up to" in table) is (timed_apart > ours["seconds_per_step"])


def test_a_captured_step_is_refused_off_cuda(tiny_model_set):
    from localstyle.evaluation.bench import run_bench

    with pytest.raises(InputError, match="capture=graph needs a CUDA device"):
        run_bench(tiny_model_set, size=64, crops=4, steps=1, warmup=0, device="cpu", capture="graph")


def test_the_split_says_when_its_parts_outgrew_the_step():
    from localstyle.evaluation.bench import format_bench

    loop = {"seconds_per_step": 5.0, "step_times": [5.0], "peak_memory_mib": 1.0, "loss": 1.0}
    result = {"settings": {"size": 64, "crops": 4, "crop_size": 32, "preset": "paper", "device": "cpu",
                           "precision": {"hardware": "cpu", "clip_image": "fp32"}, "random_weights": True,
                           "threads": 1, "cpus": 2, "load_average": [None, None], "steps": 1, "warmup": 1},
              "localstyle": loop, "reference": dict(loop), "ratio": 1.0, "ratios": [1.0], "ratio_spread": 0.0,
              "ratio_of_medians": 1.0, "memory_method": "x", "warning": None,
              "split": {"clip": 3.0, "vgg": 2.0, "unet": 1.5, "rest": 0.0}}
    assert "add up to 6.500 s, more than the step" in format_bench(result)
    result["split"] = {"clip": 2.0, "vgg": 1.0, "unet": 1.0, "rest": 1.0}
    assert "add up to" not in format_bench(result)


class RecordingLoop:
    """A loop whose step notes its name in a shared log (for the order of the timed steps)."""

    def __init__(self, name, log):
        self.name, self.log = name, log

    def step(self):
        self.log.append(self.name)
        return {"total": 1.0}


def test_timed_steps_alternate_a_b_a_b():
    from localstyle.evaluation.bench import _alternate

    log = []
    runs = _alternate({"localstyle": RecordingLoop("A", log), "reference": RecordingLoop("B", log)},
                      torch.device("cpu"), steps=3)
    assert log == ["A", "B", "A", "B", "A", "B"]
    assert [len(run["step_times"]) for run in runs.values()] == [3, 3]


def test_ratio_median_spread_and_busy_warning():
    from localstyle.evaluation.bench import _busy_warning, _ratio_summary

    summary = _ratio_summary([1.0, 2.0, 4.0], [2.0, 3.0, 4.0])  # per-pair ratios 2, 1.5, 1
    assert summary["ratios"] == [2.0, 1.5, 1.0] and summary["ratio"] == 1.5
    assert summary["ratio_spread"] == pytest.approx((2.0 - 1.0) / 1.5)
    assert summary["ratio_of_medians"] == 3.0 / 2.0
    assert "varied by 67% of its median (1.00x to 2.00x)" in _busy_warning(summary)
    steady = _ratio_summary([10.0, 10.0, 10.0], [15.0, 16.0, 15.5])  # 1.5, 1.6, 1.55: spread 6.5%
    assert steady["ratio"] == 1.55 and _busy_warning(steady) is None


def test_reference_loop_work_per_step(tiny_model_set):
    from localstyle.evaluation.bench import bench_image
    from localstyle.evaluation.reference_loop import ReferenceLoop

    clip, vgg = CountingClip(tiny_model_set.clip()), tiny_model_set.vgg()
    content, mask, _ = bench_image(32, torch.device("cpu"))
    loop = ReferenceLoop(content, mask, clip, vgg, num_crops=3, crop_size=16)
    vgg_calls = []
    handle = vgg[0].register_forward_hook(lambda *args: vgg_calls.append(1))
    try:
        before = clip.images
        losses = loop.step()
    finally:
        handle.remove()
    assert clip.images - before == 3 + 2  # crops + masked target + the unused box crop
    assert len(vgg_calls) == 3  # full, masked, box crop: one used
    assert all(math.isfinite(v) for v in losses.values())
    # the step trained the U-Net
    assert any(p.grad is not None and torch.isfinite(p.grad).all() for p in loop.net.parameters())


def test_bench_rejects_bad_settings(tiny_model_set):
    from localstyle.evaluation.bench import run_bench

    with pytest.raises(InputError):
        run_bench(tiny_model_set, size=60, crops=4, steps=1, warmup=0)
    with pytest.raises(InputError):
        run_bench(tiny_model_set, size=64, crops=4, steps=0, warmup=0)
