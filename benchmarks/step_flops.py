"""Where a `paper` step's time goes, in FLOPs: counts the floating-point work of one LEAST step (real-size
random CLIP ViT-B/32 and VGG19, 512 px, 64 crops) with torch's FlopCounterMode, times an uncounted step,
and compares the achieved rate with this CPU's own matrix-multiply peaks in fp32 and bf16 (measured here
with large matmuls, the best a kernel reaches on this machine, not a datasheet figure).

    HF_HUB_OFFLINE=1 python benchmarks/step_flops.py [--steps 3] [--json out.json]

The counts are per part (the U-Net, VGG, and the rest: CLIP's image tower and the losses); elementwise work (losses, warps,
resizes) is not counted by FlopCounterMode, so the achieved rate is an upper bound of the counted share.
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch
from torch.utils.flop_counter import FlopCounterMode

from localstyle.evaluation.bench import BENCH_STYLE, bench_image, build_random_models
from localstyle.evaluation.report import print_json
from localstyle.least.optimise import MaskedStyleOptimizer
from localstyle.least.presets import settings_with


def matmul_peak(dtype: torch.dtype, size: int = 2048, repeats: int = 5) -> float:
    """FLOP/s of the best of `repeats` size x size matrix products in `dtype`."""
    a, b = torch.randn(size, size, dtype=dtype), torch.randn(size, size, dtype=dtype)
    torch.mm(a, b)
    best = min(_seconds(lambda: torch.mm(a, b)) for _ in range(repeats))
    return 2 * size ** 3 / best


def _seconds(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=3, help="timed steps (median)")
    parser.add_argument("--json", help="also write the result here")
    args = parser.parse_args()
    torch.set_flush_denormal(True)
    device = torch.device("cpu")
    clip, vgg = build_random_models(device)
    settings = settings_with("paper", resolution=512, num_crops=64)
    content, mask, box = bench_image(512, device, 0)
    torch.manual_seed(0)
    optimizer = MaskedStyleOptimizer(content, mask, box, BENCH_STYLE, clip, vgg, settings,
                                     torch.Generator().manual_seed(0))
    optimizer.step()  # warm-up
    counter = FlopCounterMode(display=False)
    with counter:
        optimizer.step()
    counts = {name: sum(ops.values()) for name, ops in counter.get_flop_counts().items()}
    total = counter.get_total_flops()
    # VGG and the U-Net are modules; CLIP's image tower runs its own matrix products (clip_tower.py), so
    # its work is what the step counts beyond the two.
    parts = {"unet": counts.get("StyleNet", 0), "vgg": counts.get("VGGContentFeatures", 0)}
    parts["clip_and_rest"] = total - sum(parts.values())
    seconds = statistics.median(_seconds(optimizer.step) for _ in range(args.steps))
    peaks = {"fp32": matmul_peak(torch.float32), "bf16": matmul_peak(torch.bfloat16)}
    result = {"gflop_per_step": round(total / 1e9, 1), "gflop_by_part": {k: round(v / 1e9, 1) for k, v in parts.items()},
              "seconds_per_step": round(seconds, 3), "achieved_gflops": round(total / seconds / 1e9, 1),
              "matmul_peak_gflops": {k: round(v / 1e9, 1) for k, v in peaks.items()},
              "threads": torch.get_num_threads()}
    print_json(result, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
