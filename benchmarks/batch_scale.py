"""How `localstyle batch` scales: the same manifest of tiny-model items run sequentially and on a local Ray
instance with 1 and 2 workers; items/s, seconds per region and the runner's overhead per item.

    HF_HUB_OFFLINE=1 python benchmarks/batch_scale.py --items 32 --json runs/batch_scale.json

Not a test: it takes minutes and its numbers depend on the machine. Every mode writes its own folder, and
the script checks that all modes wrote the same bits. Overhead per item = (wall seconds of the items
phase x workers / items) - mean seconds an item spent in `stylize`: what scheduling, transfers and
record writing add. Start-up (Ray, and each worker importing torch and loading its models) is reported
apart: it is paid once per run, not per item.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

from localstyle.batch import run_batch
from localstyle.raypool import PoolOptions

TINY_SETTINGS = {"resolution": 64, "num_crops": 2, "crop_size": 32, "crop_resize": 64}  # as the tests'
STYLES = ("cubism", "watercolor", "pixel art", "fire", "starry night by van gogh", "pencil sketch")


def write_inputs(folder: Path, items: int) -> Path:
    """A 96 x 96 astronaut and a 120 x 80 cat; `items` lines with varied boxes, styles and seeds."""
    import skimage.data

    Image.fromarray(skimage.data.astronaut()).resize((96, 96), Image.LANCZOS).save(folder / "astronaut.png")
    Image.fromarray(skimage.data.chelsea()).resize((120, 80), Image.LANCZOS).save(folder / "cat.png")
    lines = []
    for k in range(items):
        image, box = ("astronaut.png", [10 + k % 20, 10, 80, 86]) if k % 2 else ("cat.png", [30, 15, 90, 60 + k % 15])
        lines.append({"id": f"item{k:03d}", "image": image, "instruction": STYLES[k % len(STYLES)], "box": box,
                      "seed": k})
    manifest = folder / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return manifest


def run_mode(name: str, manifest: Path, out: Path, models: str, steps: int, pool: PoolOptions) -> dict:
    ready = []
    started = time.perf_counter()
    summary = run_batch(manifest, out, models=models, device="cpu", steps=steps, settings=dict(TINY_SETTINGS),
                        segment_box=False, pool=pool, quiet=True,
                        progress=lambda e: ready.append(time.perf_counter()) if e["event"] == "ready" else None)
    wall = time.perf_counter() - started
    if summary["failed"] or len(summary["done"]) != summary["items"]:
        raise SystemExit(f"{name}: not every item was done: {summary['failed']}")
    items = summary["items"]
    records = [json.loads(p.read_text()) for p in sorted((out / "records").glob("*.json"))]
    per_region = statistics.mean(r["run"]["seconds"]["stylize"] for r in records)  # one region per item here
    per_item = statistics.mean(r["seconds"] for r in records)
    phase = wall - (ready[0] - started)
    workers = pool.workers or 1
    return {"mode": name, "workers": workers, "items": items, "wall_s": round(wall, 2),
            "startup_s": round(ready[0] - started, 2), "items_phase_s": round(phase, 2),
            "items_per_s": round(items / phase, 3), "items_per_s_with_startup": round(items / wall, 3),
            "item_s_mean": round(per_item, 3), "region_s_mean": round(per_region, 3),
            "overhead_per_item_s": round(phase * workers / items - per_item, 3)}


def same_bits(folders: list[Path]) -> bool:
    first = sorted((folders[0] / "images").glob("*.png"))
    return all(np.array_equal(np.asarray(Image.open(p)), np.asarray(Image.open(folder / "images" / p.name)))
               for folder in folders[1:] for p in first)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=32)
    parser.add_argument("--steps", type=int, default=2, help="optimisation steps per item (default 2)")
    parser.add_argument("--models", help="models.toml (default: tiny random models written to a temp folder)")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()

    import ray

    from localstyle.testing import write_tiny_models

    with tempfile.TemporaryDirectory(prefix="batch-scale-") as temp:
        temp = Path(temp)
        models = args.models or str(write_tiny_models(temp / "tiny"))
        manifest = write_inputs(temp, args.items)
        results = [run_mode("sequential", manifest, temp / "seq", models, args.steps, PoolOptions())]
        clock = time.perf_counter()
        ray.init(num_cpus=2, object_store_memory=100 * 1024 * 1024, include_dashboard=False, log_to_driver=False)
        ray_init_s = round(time.perf_counter() - clock, 2)
        try:
            for workers in (1, 2):
                results.append(run_mode(f"ray-{workers}", manifest, temp / f"ray{workers}", models, args.steps,
                                        PoolOptions(ray="local", workers=workers)))
        finally:
            ray.shutdown()
        identical = same_bits([temp / "seq", temp / "ray1", temp / "ray2"])
    print(f"ray.init (local, 2 CPUs): {ray_init_s} s; outputs identical across modes: {identical}")
    head = ("mode", "workers", "items", "wall_s", "startup_s", "items_phase_s", "items_per_s", "item_s_mean",
            "region_s_mean", "overhead_per_item_s")
    print("| " + " | ".join(head) + " |\n|" + "---|" * len(head))
    for row in results:
        print("| " + " | ".join(str(row[k]) for k in head) + " |")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps({"ray_init_s": ray_init_s, "identical": identical,
                                               "results": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
