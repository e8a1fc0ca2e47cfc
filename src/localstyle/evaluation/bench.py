"""`localstyle bench`: seconds per optimisation step and peak memory, localstyle vs the published loop.

    localstyle bench --size 512 --crops 64 --steps 3 --warmup 1 [--random-weights] [--device cuda]

One run times, on the same random ``size x size`` image, elliptical mask and box, and the same models:

* **localstyle**: ``least.optimise.MaskedStyleOptimizer.step()`` at the preset's settings with
  ``resolution = size`` and ``num_crops = crops`` (CLIP image tower in bf16 where ``precision`` picks it);
* **reference**: ``reference_loop.ReferenceLoop.step()``, a re-creation of the work the authors'
  public loop does per iteration (three VGG passes, ``crops + 2`` CLIP encodings, per-crop warps in
  Python, host syncs; see that module), in fp32 as published.

Each loop is built and warmed up (``warmup`` untimed steps, at least one) on its own, under the memory
meter; then the ``steps`` timed steps ALTERNATE, one localstyle step then one reference step (A B A B
...), so that load from other processes on a shared machine falls on both sides of each pair. The
report gives each loop's median seconds per step, the median of the per-pair ratios reference /
localstyle (the headline ratio), their spread ((max - min) / median; above ``SPREAD_WARNING`` a warning
says the machine was busy), the ratio of the medians, each loop's peak memory, the 1-minute load
average before and after, and localstyle's step split into CLIP, VGG, U-Net and the rest. The split
times each component's forward + backward *in isolation* at the shapes the step uses (CLIP: the
``1 x 3 x size x size`` masked image and the ``crops x 3 x 224 x 224`` batch, in the precision the step
uses; VGG: the box crop resized to a ``size`` square, up to relu5_2; U-Net: ``1 x 3 x size x size``),
each the median of ``steps`` runs; ``rest = step - (clip + vgg + unet)``, floored at 0 (crop extraction,
warps, losses, Adam, and anything the isolated runs do not share with the step).

Both loops see the same pixels; localstyle's real pipeline runs on a working crop around the region
(``resolution`` on its long side) while the reference squashes the whole photo to 512 x 512, so at
equal ``size`` this compares equal pixel counts.

Peak memory (over building the loop and its warm-up steps): on CUDA,
``torch.cuda.max_memory_allocated`` (reset before each loop) minus what was allocated before the loop
was built (so it counts the U-Net, Adam state, cached features and the step's activations; not the
shared models). On the CPU, the process's resident set: on Linux the peak (``VmHWM``) is reset
through ``/proc/self/clear_refs`` before each loop and the peak minus the RSS before the loop is
reported; elsewhere ``getrusage(RUSAGE_SELF).ru_maxrss`` before/after is used,
which is a lower bound (0 unless the loop raised the process's lifetime peak). CPU figures count
allocator caches and are approximate.

``random_weights=True`` builds the real architectures with random weights (CLIP ViT-B/32 at
``transformers.CLIPConfig()``'s sizes, ``testing.real_size_clip_config``; torchvision
``vgg19(weights=None).features``) so the bench runs offline; the timings are those of the real
networks, the losses are meaningless.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import gc
import json
import math
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

import numpy as np
import torch
from torchvision.models import vgg19
from transformers import CLIPModel, CLIPTokenizer

from localstyle.errors import InputError
from localstyle.evaluation.reference_loop import ReferenceLoop
from localstyle.least.capture import GraphStep
from localstyle.least.optimise import MaskedStyleOptimizer, settings_with
from localstyle.least.stylenet import StyleNet
from localstyle.masks import mask_bbox
from localstyle.models import ClipEncoder, ModelSet, flush_denormals, resolve_device
from localstyle.precision import precision_record
from localstyle.resample import repeatable
from localstyle.testing import real_size_clip_config, write_clip_tokenizer

__all__ = ["run_bench", "format_bench", "bench_image", "build_random_models", "run_from_args"]

BENCH_STYLE = "oil painting"
# A per-step ratio spread ((max - min) / median) above this is reported as a busy machine.
SPREAD_WARNING = 0.2


# --------------------------------------------------------------------------- inputs and models


def bench_image(size: int, device: torch.device, seed: int = 0):
    """Random ``1 x 3 x size x size`` image, ``1 x 1 x size x size`` elliptical 0/1 mask (centre
    (0.5, 0.55) of the image, semi-axes 0.3 and 0.35 of its side) and the mask's half-open box."""
    generator = torch.Generator().manual_seed(seed)
    content = torch.rand(1, 3, size, size, generator=generator)
    ys, xs = np.mgrid[0:size, 0:size]
    centre = (np.array([0.5, 0.55]) * size) - 0.5
    inside = ((xs - centre[0]) / (0.3 * size)) ** 2 + ((ys - centre[1]) / (0.35 * size)) ** 2 <= 1.0
    box = mask_bbox(inside)
    mask = torch.from_numpy(inside.astype(np.float32))[None, None]
    return content.to(device), mask.to(device), box


def build_random_models(device: torch.device) -> tuple[ClipEncoder, torch.nn.Sequential]:
    """Full-size CLIP ViT-B/32 (``CLIPConfig()`` sizes) and VGG19 ``features`` with random weights.

    The tokenizer is the byte-level one of ``testing.write_clip_tokenizer`` (no merges): text is only
    encoded once at setup, so its cost does not enter the per-step figures."""
    torch.manual_seed(0)
    model = CLIPModel(real_size_clip_config())
    with tempfile.TemporaryDirectory() as folder:
        write_clip_tokenizer(Path(folder))
        tokenizer = CLIPTokenizer.from_pretrained(folder)
    clip = ClipEncoder(model, tokenizer, device)
    vgg = vgg19(weights=None).features.eval().requires_grad_(False).to(device)
    return clip, vgg


# --------------------------------------------------------------------------- timing and memory


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    elif device.type == "mps":  # pragma: no cover
        torch.mps.synchronize()


def _timed(fn: Callable[[], Any], device: torch.device, repeats: int, warmup: int) -> list[float]:
    for _ in range(warmup):
        fn()
    _sync(device)
    times = []
    for _ in range(repeats):
        _sync(device)
        start = time.perf_counter()
        fn()
        _sync(device)
        times.append(time.perf_counter() - start)
    return times


def _proc_status(key: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _release_cpu_memory() -> None:
    gc.collect()
    try:  # hand freed heap pages back to the OS so that the next RSS baseline is honest
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


class _PeakMemory:
    """Peak memory of one block of work, in MiB (see the module docstring for the method)."""

    def __init__(self, device: torch.device):
        self.device = device
        self.method = self._choose_method()
        self.base = 0

    def _choose_method(self) -> str:
        if self.device.type == "cuda":
            return "torch.cuda.max_memory_allocated"
        if self.device.type != "cpu":
            return "unavailable"
        if _proc_status("VmHWM") is not None and self._reset_hwm():
            return "process peak RSS (VmHWM, reset via /proc/self/clear_refs)"
        return "ru_maxrss delta (lower bound)"

    @staticmethod
    def _reset_hwm() -> bool:
        try:
            with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
                handle.write("5")
            return True
        except OSError:
            return False

    def start(self) -> None:
        if self.device.type == "cuda":
            gc.collect()
            torch.cuda.empty_cache()
            torch.cuda.reset_peak_memory_stats(self.device)
            self.base = torch.cuda.memory_allocated(self.device)
        elif self.method.startswith("process peak"):
            _release_cpu_memory()
            self._reset_hwm()
            self.base = _proc_status("VmRSS") or 0
        elif self.method.startswith("ru_maxrss"):
            _release_cpu_memory()
            self.base = _maxrss_bytes()

    def stop(self) -> float | None:
        if self.device.type == "cuda":
            peak = torch.cuda.max_memory_allocated(self.device) - self.base
        elif self.method.startswith("process peak"):
            peak = (_proc_status("VmHWM") or 0) - self.base
        elif self.method.startswith("ru_maxrss"):
            peak = _maxrss_bytes() - self.base
        else:
            return None
        return max(peak, 0) / 2 ** 20


def _maxrss_bytes() -> int:
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return value if sys.platform == "darwin" else value * 1024  # bytes on macOS, KiB on Linux


def _median(values: list[float]) -> float:
    return float(statistics.median(values)) if values else float("nan")


# --------------------------------------------------------------------------- the loops


class RepeatableSteps:
    """localstyle's optimiser whose steps run as `least.optimise.train` runs them: under
    `resample.repeatable` (deterministic CUDA kernels when the setting asks), entered per step so that the
    interleaved reference steps keep PyTorch's defaults."""

    def __init__(self, optimizer: MaskedStyleOptimizer):
        self.optimizer = optimizer

    def step(self) -> dict[str, float]:
        settings = self.optimizer.settings
        with repeatable(settings.deterministic, self.optimizer.content.device):
            return self.optimizer.step()


def _prepare_loop(make: Callable[[], Any], device: torch.device, warmup: int, memory: _PeakMemory):
    """Build one loop and run its untimed warm-up steps (at least one) under the memory meter:
    the first steps allocate everything a step needs, so their peak is the loop's peak."""
    memory.start()
    loop = make()
    for _ in range(max(warmup, 1)):
        loop.step()
    _sync(device)
    return loop, memory.stop()


def _alternate(loops: dict[str, Any], device: torch.device, steps: int) -> dict[str, dict]:
    """Time the loops' steps interleaved, A B A B ...: a burst of load from another process then
    slows both sides of a pair, and the per-pair ratio stays close to the truth."""
    runs = {name: {"step_times": [], "losses": {}} for name in loops}
    for _ in range(steps):
        for name, loop in loops.items():
            _sync(device)
            start = time.perf_counter()
            runs[name]["losses"] = loop.step()
            _sync(device)
            runs[name]["step_times"].append(time.perf_counter() - start)
    return runs


def _ratio_summary(ours: list[float], reference: list[float]) -> dict:
    """Per-step ratios reference / localstyle of each A B pair, their median and spread
    ((max - min) / median)."""
    ratios = [r / o for o, r in zip(ours, reference) if o > 0]
    median = _median(ratios)
    spread = (max(ratios) - min(ratios)) / median if ratios and median > 0 else math.nan
    return {"ratio": median, "ratios": ratios, "ratio_spread": spread,
            "ratio_of_medians": _median(reference) / _median(ours) if _median(ours) > 0 else math.nan}


def _busy_warning(result: dict) -> str | None:
    spread, ratios = result["ratio_spread"], result["ratios"]
    if len(ratios) >= 2 and not spread <= SPREAD_WARNING:
        return (f"warning: the per-step ratio varied by {spread:.0%} of its median ({min(ratios):.2f}x to "
                f"{max(ratios):.2f}x): the machine was probably busy; rerun with more --steps or when it is quiet")
    if len(ratios) < 2:
        return "warning: one timed step per loop: no spread to judge noise by; use --steps 3 or more"
    return None


def _component_split(optimizer, content: torch.Tensor, box: tuple[int, int, int, int], settings,
                     device: torch.device, steps: int, warmup: int) -> dict[str, float]:
    """Forward + backward of CLIP, VGG and the U-Net alone, at the shapes ``optimizer.step`` uses."""
    size = content.shape[-1]
    vgg = optimizer.vgg
    generator = torch.Generator().manual_seed(1)

    def leaf(*shape):
        return torch.rand(*shape, generator=generator).to(device).requires_grad_(True)

    masked = leaf(1, 3, content.shape[-2], size)
    crops = leaf(settings.num_crops, 3, settings.crop_resize, settings.crop_resize) if settings.num_crops else None
    side = max(content.shape[-2:])  # the content loss resizes the box crop to this square
    box_crop = leaf(1, 3, side, side)

    def clip_fb():
        total = optimizer.encode_image(masked).sum()
        if crops is not None:
            total = total + optimizer.encode_image(crops).sum()
        total.backward()
        masked.grad = None
        if crops is not None:
            crops.grad = None

    def vgg_fb():
        sum(v.mean() for v in vgg(box_crop).values()).backward()
        box_crop.grad = None

    torch.manual_seed(0)
    net = StyleNet().to(device)

    def unet_fb():
        net.zero_grad(set_to_none=True)
        net(content).mean().backward()

    split = {}
    for name, fn in (("clip", clip_fb), ("vgg", vgg_fb), ("unet", unet_fb)):
        split[name] = _median(_timed(fn, device, max(steps, 1), warmup))
    return split


def run_bench(models: ModelSet | None = None, size: int = 512, crops: int = 64, steps: int = 3,
              warmup: int = 1, device: str | torch.device | None = None, random_weights: bool = False,
              preset: str = "paper", seed: int = 0, mixed_precision: str | bool | None = None,
              split: bool = True, threads: int | None = None, deterministic: bool = True,
              capture: str = "off") -> dict:
    """Time localstyle's step and the reference re-creation at the same settings; see the module doc.

    ``models`` supplies the ``clip`` and ``vgg`` roles (on ``device`` if given, else on
    ``models.device``); with ``random_weights=True`` it may be None and the full-size architectures
    are built with random weights. Returns a dict with ``settings``, ``localstyle`` and ``reference``
    (``seconds_per_step``, ``step_times``, ``peak_memory_mib``, ``loss``), ``ratio`` (median of the
    per-step ratios reference / localstyle), ``ratios``, ``ratio_spread``, ``ratio_of_medians``,
    ``split`` (``clip``, ``vgg``, ``unet``, ``rest`` seconds), ``memory_method`` and ``warning`` (a
    busy-machine warning or None). ``deterministic``: localstyle's steps run as a run's do (repeatable
    kernels on CUDA, `resample.repeatable`); the reference's with PyTorch's defaults, as published.
    ``capture``: the step's `capture` setting (`least.capture`; the warm-up then covers the capture or the
    compilation). ``threads`` sets ``torch.set_num_threads`` for the run (restored afterwards); on a
    shared CPU, fewer threads than busy cores avoids OpenMP oversubscription skewing the times.
    """
    steps, size, crops = int(steps), int(size), int(crops)
    warmup = int(warmup) if capture == "off" else max(int(warmup), GraphStep.WARMUP + 1)  # capture untimed
    if steps < 1 or warmup < 0 or crops < 0:
        raise InputError("bench needs steps >= 1, warmup >= 0 and crops >= 0")
    if size < 16 or size % 8:
        raise InputError(f"bench size must be a multiple of 8 and at least 16 (the U-Net's limits), got {size}")
    device = _bench_device(device, models)
    flush_denormals(device)  # as the CLI does: the bench owns its process
    clip, vgg, model_names = _bench_models(models, device, random_weights)
    overrides = {"resolution": size, "num_crops": crops, "deterministic": deterministic, "capture": capture}
    if mixed_precision is not None:
        overrides["mixed_precision"] = mixed_precision
    settings = settings_with(preset, **overrides)
    content, mask, box = bench_image(size, device, seed)
    memory = _PeakMemory(device)

    def make_ours():
        torch.manual_seed(seed)
        generator = torch.Generator(device="cpu").manual_seed(seed)
        return RepeatableSteps(MaskedStyleOptimizer(content, mask, box, BENCH_STYLE, clip, vgg, settings, generator))

    def make_reference():
        return ReferenceLoop(content, mask, clip, vgg, style=BENCH_STYLE, num_crops=crops,
                             crop_size=settings.crop_size, crop_resize=settings.crop_resize,
                             distortion=settings.distortion, threshold=settings.threshold, lr=settings.lr,
                             lr_step=settings.lr_step, lr_gamma=settings.lr_gamma, seed=seed)

    load_before = _load_average()
    with _threads(threads) as used_threads, torch.inference_mode(False):
        loops, peaks = {}, {}
        for name, make in (("localstyle", make_ours), ("reference", make_reference)):
            loops[name], peaks[name] = _prepare_loop(make, device, warmup, memory)
        runs = _alternate(loops, device, steps)
        del loops
        parts: dict[str, float] = {}
        if split:
            parts = _component_split(make_ours().optimizer, content, box, settings, device, steps, warmup)
            parts["rest"] = max(_median(runs["localstyle"]["step_times"]) - sum(parts.values()), 0.0)

    setup = {"size": size, "crops": crops, "crop_size": settings.crop_size, "steps": steps,
             "warmup": max(warmup, 1), "preset": preset, "device": str(device), "seed": seed,
             "precision": precision_record(settings.mixed_precision, device), "box": list(box),
             "deterministic": settings.deterministic, "capture": settings.capture,
             "random_weights": bool(random_weights), **model_names, "torch": torch.__version__,
             "threads": used_threads[0], "cpus": os.cpu_count(), "load_average": [load_before, _load_average()]}
    return _bench_result(setup, runs, peaks, parts, memory.method)


def _bench_result(setup: dict, runs: dict, peaks: dict, parts: dict, memory_method: str) -> dict:
    loop_results = {name: {"seconds_per_step": _median(run["step_times"]), "step_times": run["step_times"],
                           "peak_memory_mib": peaks[name], "loss": float(run["losses"].get("total", math.nan))}
                    for name, run in runs.items()}
    result = {"settings": setup, **loop_results,
              **_ratio_summary(loop_results["localstyle"]["step_times"], loop_results["reference"]["step_times"]),
              "split": parts, "memory_method": memory_method}
    result["warning"] = _busy_warning(result)
    return result


def _bench_device(device, models: ModelSet | None) -> torch.device:
    """The device asked for, else the models' own, else the best available."""
    if device is not None:
        return resolve_device(device) if isinstance(device, str) else torch.device(device)
    return models.device if models is not None else resolve_device("auto")


def _bench_models(models: ModelSet | None, device: torch.device, random_weights: bool):
    """(clip, vgg, their names for the record): real-size random ones, or the ModelSet's on `device`."""
    if random_weights:
        clip, vgg = build_random_models(device)
        return clip, vgg, {"clip": "random ViT-B/32 (CLIPConfig defaults)", "vgg": "random torchvision vgg19"}
    if models is None:
        raise InputError("run_bench needs a ModelSet unless random_weights=True")
    if models.device != device:
        models = ModelSet(sources=dict(models.sources), device=device)
    return models.clip(), models.vgg(), {"clip": models.source("clip"), "vgg": models.source("vgg")}


@contextlib.contextmanager
def _threads(threads: int | None):
    """torch's CPU threads set for the run and restored afterwards; yields [the count used]."""
    previous = torch.get_num_threads()
    if threads is not None:
        torch.set_num_threads(max(int(threads), 1))
    used = [torch.get_num_threads()]
    try:
        yield used
    finally:
        torch.set_num_threads(previous)


def _load_average() -> float | None:
    """The 1-minute load average (None where the OS has none): shows whether others shared the CPU."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return None


# --------------------------------------------------------------------------- report


def _fmt_mib(value: float | None) -> str:
    return "n/a" if value is None else f"{value:,.0f} MiB"


def _settings_line(s: dict) -> str:
    precision = s["precision"]
    threads = f", {s['threads']} thread{'' if s['threads'] == 1 else 's'}" if s["device"] == "cpu" else ""
    load = s.get("load_average") or [None, None]
    load_text = "" if load[0] is None else f", load average {load[0]} -> {load[1]} on {s['cpus']} CPUs"
    capture = f", localstyle's step capture={s['capture']}" if s.get("capture", "off") != "off" else ""
    return (f"Bench: {s['size']}x{s['size']}, {s['crops']} crops of {s['crop_size']} px, preset {s['preset']}, "
            f"device {s['device']} ({precision['hardware']}; localstyle's CLIP image tower in "
            f"{precision['clip_image']}){threads}{load_text}{capture}, "
            f"{'random weights' if s.get('random_weights') else 'clip ' + str(s.get('clip'))}; "
            f"{s['steps']} timed step(s) per loop, alternated A B A B, after {s['warmup']} warm-up.")


def format_bench(result: dict) -> str:
    """The bench result as a short markdown report (settings line, loop table, ratio, split table)."""
    ours, reference, ratios = result["localstyle"], result["reference"], result["ratios"]
    lines = [
        _settings_line(result["settings"]), "",
        "| loop | median s / step | peak memory |",
        "|---|---:|---:|",
        f"| localstyle | {ours['seconds_per_step']:.3f} | {_fmt_mib(ours['peak_memory_mib'])} |",
        f"| published loop (re-creation) | {reference['seconds_per_step']:.3f} | "
        f"{_fmt_mib(reference['peak_memory_mib'])} |",
        f"| ratio (published / localstyle), median per step | {result['ratio']:.2f}x | |",
        "",
        f"Per-step ratios: {', '.join(f'{r:.2f}' for r in ratios)} (spread (max - min) / median "
        f"{result['ratio_spread']:.0%}; ratio of the medians {result['ratio_of_medians']:.2f}x).",
    ]
    if result.get("split"):
        step = ours["seconds_per_step"]
        lines += ["", "| localstyle step part | s | share |", "|---|---:|---:|"]
        labels = {"clip": "CLIP fwd+bwd", "vgg": "VGG fwd+bwd", "unet": "U-Net fwd+bwd", "rest": "rest"}
        for key in ("clip", "vgg", "unet", "rest"):
            value = result["split"].get(key, float("nan"))
            share = value / step * 100 if step > 0 else float("nan")
            lines.append(f"| {labels[key]} | {value:.3f} | {share:.0f}% |")
        timed = sum(result["split"].get(key, 0.0) for key in ("clip", "vgg", "unet"))
        if timed > step:  # "rest" is floored at 0: say why rather than show a silent 0
            lines.append(f"(The parts, each timed alone after the loops, add up to {timed:.3f} s, more than the "
                         "step: the machine ran at another speed then.)")
    lines += ["", f"Memory: {result.get('memory_method', 'n/a')}; peak memory excludes the model weights (CLIP, "
              "VGG), which are loaded before each loop is measured."]
    if result.get("warning"):
        lines += ["", result["warning"]]
    return "\n".join(lines)


# --------------------------------------------------------------------------- command line


def run_from_args(args: argparse.Namespace) -> int:
    models = None if args.random_weights and not args.models else ModelSet.create(args.models, args.device)
    result = run_bench(models, size=args.size, crops=args.crops, steps=args.steps, warmup=args.warmup,
                       device=args.device, random_weights=args.random_weights, preset=args.preset,
                       seed=args.seed, mixed_precision=False if args.fp32 else None, split=not args.no_split,
                       threads=args.threads, deterministic=not args.nondeterministic, capture=args.capture)
    print(format_bench(result))
    if result["warning"] and not sys.stdout.isatty():  # the report ends with it: shown once on a terminal
        print(result["warning"], file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0
