"""One LEAST `paper` step taken apart, for a GPU: the time of each part (on the host and on the device), the
kernels a step launches, its FLOPs and the TFLOP/s achieved, the calls that made the host wait, and each
`capture` setting's seconds per step and change of the output against `capture=off`.

    HF_HUB_OFFLINE=1 python benchmarks/step_profile.py --device cuda [--size 512 --crops 64] [--steps 20]
        [--capture off graph compile] [--nondeterministic] [--json step_profile.json]

Real-size random CLIP ViT-B/32 and VGG19 (`evaluation.bench.build_random_models`), the bench's random image,
elliptical mask and box, the `paper` preset at `--size`. For each capture setting, from the same seed:
`--warmup` untimed steps (the first ones set up kernels, a CUDA graph is captured after
`least.capture.GraphStep.WARMUP`, torch.compile compiles), then `--steps` steps timed one by one with a
device synchronisation around each (as the loop runs: it reads each step's losses), then the same number
again with one synchronisation at the end (what the device does when the host never waits). The output
after all of them is compared with `off`'s: largest and mean absolute difference, PSNR.

For `off` one more step is taken apart: each part's host time and its device time between CUDA events
recorded around it (device time counts the kernels and any wait for their launch, so a part whose two
times are close is bound by launching), the kernels and copies the profiler saw on the device, and the
step's FLOPs (torch's FlopCounterMode: matrix products and convolutions only). With `--device cuda` the
step also runs under `torch.cuda.set_sync_debug_mode("warn")`, which names every call that synchronised.
On a CPU the script runs too (small `--size`, for checking it), without the device-only parts.
"""

from __future__ import annotations

import argparse
import math
import statistics
import time
import warnings
from contextlib import contextmanager

import torch
from torch.profiler import ProfilerActivity, profile
from torch.utils.flop_counter import FlopCounterMode

from localstyle.evaluation.bench import BENCH_STYLE, bench_image, build_random_models
from localstyle.evaluation.report import print_json
from localstyle.least import optimise
from localstyle.least.capture import CAPTURES
from localstyle.least.optimise import MaskedStyleOptimizer, read_losses, settings_with
from localstyle.models import flush_denormals
from localstyle.resample import repeatable


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def make_optimizer(models, device, args, capture: str) -> MaskedStyleOptimizer:
    settings = settings_with("paper", resolution=args.size, num_crops=args.crops, capture=capture,
                             deterministic=not args.nondeterministic)
    content, mask, box = bench_image(args.size, device, args.seed)
    torch.manual_seed(args.seed)
    return MaskedStyleOptimizer(content, mask, box, BENCH_STYLE, *models, settings,
                                torch.Generator().manual_seed(args.seed))


def timed_steps(optimizer: MaskedStyleOptimizer, device, args) -> dict:
    """Warm-up, then per-step timings with a sync around each, then an unsynchronised run."""
    first = []
    for _ in range(args.warmup):
        sync(device)
        started = time.perf_counter()
        read_losses(optimizer.step_on_device())
        first.append(time.perf_counter() - started)
    each = []
    for _ in range(args.steps):
        sync(device)
        started = time.perf_counter()
        losses = read_losses(optimizer.step_on_device())
        each.append(time.perf_counter() - started)
    sync(device)
    started = time.perf_counter()
    for _ in range(args.steps):
        optimizer.step_on_device()
    sync(device)
    unsynchronised = (time.perf_counter() - started) / args.steps
    return {"warmup_s": [round(t, 4) for t in first], "seconds_per_step": statistics.median(each),
            "step_s": [round(t, 4) for t in each], "unsynchronised_seconds_per_step": unsynchronised,
            "last_losses": losses}


class Parts:
    """Host and device time of labelled parts of one step (CUDA events around each on the device)."""

    def __init__(self, device):
        self.device, self.spans = device, []

    @contextmanager
    def part(self, name: str):
        events = None
        if self.device.type == "cuda":
            events = (torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True))
            events[0].record()
        started = time.perf_counter()
        try:
            yield
        finally:
            host = time.perf_counter() - started
            if events is not None:
                events[1].record()
            self.spans.append((name, host, events))

    def labelled(self, name: str, function):
        def wrapper(*args, **kwargs):
            with self.part(name):
                return function(*args, **kwargs)
        return wrapper

    def summary(self) -> dict:
        sync(self.device)
        totals: dict[str, dict] = {}
        for name, host, events in self.spans:
            entry = totals.setdefault(name, {"calls": 0, "host_ms": 0.0, "device_ms": 0.0 if events else None})
            entry["calls"] += 1
            entry["host_ms"] += host * 1e3
            if events:
                entry["device_ms"] += events[0].elapsed_time(events[1])
        return {name: {k: (round(v, 3) if isinstance(v, float) else v) for k, v in entry.items()}
                for name, entry in totals.items()}


def taken_apart(optimizer: MaskedStyleOptimizer, device) -> dict:
    """One step with each part of `step_parts` labelled (see the module docstring)."""
    parts = Parts(device)
    originals = []
    for owner, attribute, label in step_parts(optimizer):
        originals.append((owner, attribute, getattr(owner, attribute)))
        setattr(owner, attribute, parts.labelled(label, getattr(owner, attribute)))
    try:
        with parts.part("whole step"):
            optimizer.step_on_device()
        return parts.summary()
    finally:
        for owner, attribute, value in reversed(originals):
            setattr(owner, attribute, value)


def step_parts(optimizer):
    """(object, attribute, label) of the parts `taken_apart` times."""
    return [(optimizer, "draw", "draw crops and warps (host)"), (optimizer, "stylize", "U-Net forward"),
            (optimizer, "encode_image", "CLIP forward (masked image, then the crops)"),
            (optimizer, "vgg", "VGG forward"), (optimise, "crop_batch", "crops: cut, warp, resize"),
            (torch.autograd, "backward", "backward"), (optimizer.optimizer, "step", "Adam")]


def device_activity(optimizer: MaskedStyleOptimizer) -> dict:
    """Kernels and copies the profiler saw on the GPU in one step, and their summed time. (Device events
    are counted where the profiler lists them as events of their own, else as the CPU operations' kernels.)"""
    with profile(activities=[ProfilerActivity.CPU, ProfilerActivity.CUDA]) as prof:
        optimizer.step_on_device()
        torch.cuda.synchronize()
    events = prof.events()
    on_device = [e for e in events if str(getattr(e, "device_type", "")).endswith("CUDA")]
    if not on_device:
        on_device = [kernel for e in events for kernel in getattr(e, "kernels", [])]
    kernels = [e for e in on_device if not any(word in e.name.lower() for word in ("memcpy", "memset"))]
    time_of = lambda e: getattr(e, "device_time", None) or getattr(e, "duration", 0.0) or 0.0  # noqa: E731 (us)
    return {"device_events": len(on_device), "kernels": len(kernels),
            "kernel_ms": round(sum(time_of(e) for e in kernels) / 1e3, 3)}


def syncs_seen(optimizer: MaskedStyleOptimizer) -> list[str]:
    """The synchronising calls of one step, as torch names them (CUDA only)."""
    torch.cuda.set_sync_debug_mode("warn")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            optimizer.step_on_device()
    finally:
        torch.cuda.set_sync_debug_mode(0)
    return [str(w.message).splitlines()[0] for w in caught if "synchroniz" in str(w.message).lower()]


def flops(optimizer: MaskedStyleOptimizer) -> int:
    counter = FlopCounterMode(display=False)
    with counter:
        optimizer.step_on_device()
    return counter.get_total_flops()


def difference(ours: torch.Tensor, reference: torch.Tensor) -> dict:
    error = (ours.float() - reference.float()).abs()
    mse = float((error ** 2).mean())
    return {"max_abs": float(error.max()), "mean_abs": float(error.mean()),
            "psnr_db": math.inf if mse == 0 else 10 * math.log10(1.0 / mse)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cuda")
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--crops", type=int, default=64)
    parser.add_argument("--steps", type=int, default=20, help="timed steps per setting")
    parser.add_argument("--warmup", type=int, default=5, help="untimed steps first (>= the graph's warm-up + 1)")
    parser.add_argument("--capture", nargs="+", default=list(CAPTURES), choices=CAPTURES)
    parser.add_argument("--nondeterministic", action="store_true", help="deterministic=false")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json")
    args = parser.parse_args()
    device = torch.device(args.device)
    flush_denormals(device)
    models = build_random_models(device)
    result = {"device": torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu",
              "torch": torch.__version__, "size": args.size, "crops": args.crops,
              "deterministic": not args.nondeterministic, "date": time.strftime("%Y-%m-%d"), "captures": {}}
    outputs = {}
    for capture in args.capture:
        with repeatable(not args.nondeterministic, device):
            try:
                optimizer = make_optimizer(models, device, args, capture)
                run = timed_steps(optimizer, device, args)
            except Exception as error:  # a setting that fails here is reported, the others still run
                result["captures"][capture] = {"error": f"{type(error).__name__}: {str(error)[:500]}"}
                continue
            outputs[capture] = optimizer.output()
            if capture == "off":
                step_flops = flops(optimizer)
                run.update(parts=taken_apart(optimizer, device), gflop_per_step=round(step_flops / 1e9, 1))
                if device.type == "cuda":
                    run.update(device_activity(optimizer), syncs=syncs_seen(optimizer))
            result["captures"][capture] = run
    for capture, run in result["captures"].items():
        if "seconds_per_step" in run and "gflop_per_step" in result["captures"].get("off", {}):
            run["tflops"] = round(result["captures"]["off"]["gflop_per_step"] / run["seconds_per_step"] / 1e3, 2)
        if capture != "off" and capture in outputs and "off" in outputs:
            run["output_vs_off"] = difference(outputs[capture], outputs["off"])
    print_json(result, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
