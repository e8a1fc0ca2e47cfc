"""What recording the style attention costs at inference on the tiny Kontext base: the same edit
(28 steps) with `record_attention` off (stock processors) and on (recording processors), alternated,
median of REPEATS each. The real-width cost is measured by regionroute_slice.py --mode infer.

    HF_HUB_OFFLINE=1 python benchmarks/regionroute_infer_cost.py [--size 128] [--repeats 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch
from PIL import Image


def main(argv=None) -> int:
    from localstyle.models import ModelSet
    from localstyle.regionroute import experts
    from localstyle.regionroute.bases import load_base
    from localstyle.options import RunOptions
    from localstyle.regionroute.editor import RegionRoute
    from localstyle.testing import write_tiny_models

    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=128)
    parser.add_argument("--steps", type=int, default=28)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory() as folder:
        models = write_tiny_models(Path(folder) / "models", roles=("kontext",))
        base = load_base(ModelSet.create(models, device="cpu"), "kontext")
        base.set_text_length(32)
        params = experts.add_style_lora(base)
        with torch.no_grad():
            for param in params:
                param.normal_(0, 0.3)
        adapters = Path(folder) / "adapters"
        experts.save_expert(base, adapters, "pixel-art")
        options = RunOptions(method="regionroute", adapters=str(adapters), steps=args.steps, resolution=args.size)
        editor = RegionRoute(models, options, device="cpu")
        photo = Image.new("RGB", (args.size, args.size), (120, 60, 30))
        times = {False: [], True: []}
        for _ in range(args.repeats + 1):  # the first round warms up and is dropped
            for record in (False, True):
                started = time.perf_counter()
                editor(photo, "make the man in pixel-art style", options.replace(record_attention=record))
                times[record].append(time.perf_counter() - started)
    off, on = (statistics.median(times[r][1:]) for r in (False, True))
    print(json.dumps({"size": args.size, "steps": args.steps, "repeats": args.repeats, "threads": args.threads,
                      "seconds_off": round(off, 3), "seconds_on": round(on, 3),
                      "recording_overhead": f"{100 * (on / off - 1):+.1f}%"}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
