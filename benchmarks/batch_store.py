"""What an object store costs `localstyle batch`, and the scaling formula checked on two Ray nodes.

    HF_HUB_OFFLINE=1 python benchmarks/batch_store.py --items 16 --json runs/batch_store.json

The same manifest of tiny-model items, run (1) sequentially from local files, (2) sequentially with the
manifest, photos and results in an S3 bucket served by moto's standalone server (`moto_server`, its own
process) on loopback, and (3) on a two-node Ray cluster on this machine (ray.cluster_utils.Cluster: a head
and a second node of 1 CPU each, each its own raylet) with the bucket. It also times the storage calls of
one item alone (read the photo, write the PNG, write the record), local vs S3.

Not a test: it takes minutes and its numbers depend on the machine. Overhead per item = (items-phase
seconds x workers / items) - mean seconds of an item's `run` (stylize + writing its image); the formula
of README "How it scales" predicts items/s = W / (R x s + o) with R = 1 region per item.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from batch_scale import TINY_SETTINGS, write_inputs

from localstyle import storage
from localstyle.batch import run_batch
from localstyle.raypool import PoolOptions

KEY, SECRET = "AKIABENCH", "bench-secret"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_moto() -> tuple[subprocess.Popen, str]:
    port = free_port()
    server = subprocess.Popen([str(Path(sys.executable).parent / "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server, endpoint
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("moto_server did not start")


def run_mode(name, manifest, out, models, steps, pool, read_records, options=None) -> dict:
    ready = []
    started = time.perf_counter()
    summary = run_batch(manifest, out, models=models, device="cpu", steps=steps, settings=dict(TINY_SETTINGS),
                        segment_box=False, pool=pool, quiet=True, storage_options=options,
                        progress=lambda e: ready.append(time.perf_counter()) if e["event"] == "ready" else None)
    wall = time.perf_counter() - started
    if summary["failed"] or len(summary["done"]) != summary["items"]:
        raise SystemExit(f"{name}: not every item was done: {summary['failed']}")
    items, records = summary["items"], read_records(out)
    per_item = statistics.mean(r["seconds"] for r in records)
    phase = wall - (ready[0] - started)
    workers = len({r["worker"] for r in records})
    return {"mode": name, "workers": workers, "nodes": len({r["node"] for r in records}), "items": items,
            "wall_s": round(wall, 2), "startup_s": round(ready[0] - started, 2), "items_phase_s": round(phase, 2),
            "items_per_s": round(items / phase, 3), "item_s_mean": round(per_item, 3),
            "overhead_per_item_s": round(phase * workers / items - per_item, 3)}


def io_per_item(photo: Path, target, repeats: int) -> float:
    """Mean seconds of one item's storage calls: read the photo, write a PNG, write a record."""
    from PIL import Image

    from localstyle.batch import write_json
    from localstyle.imageio import load_photo, save_image

    image = Image.open(photo).convert("RGB")
    clock = time.perf_counter()
    for k in range(repeats):
        load_photo(storage.join(target, "in.png"))
        save_image(image, storage.join(target, f"out{k}.png"))
        write_json(storage.join(target, f"rec{k}.json"), {"id": k, "status": "ok", "request": {"x": [1] * 50}})
    return (time.perf_counter() - clock) / repeats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=16)
    parser.add_argument("--steps", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=30, help="repeats of the storage-calls timing")
    parser.add_argument("--json")
    args = parser.parse_args()

    import s3fs
    from ray.cluster_utils import Cluster

    from localstyle.testing import write_tiny_models

    server, endpoint = start_moto()
    options = {"key": KEY, "secret": SECRET, "endpoint_url": endpoint}
    fs = s3fs.S3FileSystem(**options)
    temp = Path(tempfile.mkdtemp(prefix="batch-store-"))
    try:
        models = str(write_tiny_models(temp / "tiny"))
        manifest = write_inputs(temp, args.items)
        fs.mkdir("bench")
        for name in ("manifest.jsonl", "astronaut.png", "cat.png"):
            fs.put_file(str(temp / name), f"bench/in/{name}")

        def local_records(out):
            return [json.loads(p.read_text()) for p in sorted(Path(out, "records").glob("*.json"))]

        def s3_records(out):
            fs.invalidate_cache()
            return [json.loads(fs.cat_file(p)) for p in fs.find(out[len("s3://"):] + "/records")]

        io = {}
        (temp / "io").mkdir()
        shutil.copy(temp / "cat.png", temp / "io" / "in.png")
        io["local_ms"] = round(1000 * io_per_item(temp / "cat.png", temp / "io", args.repeats), 2)
        storage.configure(options)
        fs.put_file(str(temp / "cat.png"), "bench/io/in.png")
        io["s3_ms"] = round(1000 * io_per_item(temp / "cat.png", "s3://bench/io", args.repeats), 2)
        results = [run_mode("sequential, local files", manifest, temp / "seq", models, args.steps, PoolOptions(),
                            local_records)]
        results.append(run_mode("sequential, S3 (moto, loopback)", "s3://bench/in/manifest.jsonl",
                                "s3://bench/seq", models, args.steps, PoolOptions(), s3_records, options))
        config = {"health_check_period_ms": 500, "health_check_failure_threshold": 4}
        memory = {"object_store_memory": 80 * 1024 * 1024}
        cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 1, "include_dashboard": False,
                                                                "_system_config": config, **memory})
        try:
            cluster.add_node(num_cpus=1, **memory)
            cluster.wait_for_nodes()
            for key, value in {"AWS_ENDPOINT_URL": endpoint, "AWS_ACCESS_KEY_ID": KEY,
                               "AWS_SECRET_ACCESS_KEY": SECRET}.items():
                os.environ[key] = value  # workers take the driver's provider variables
            import ray

            ray.init(address=cluster.address, log_to_driver=False)
            results.append(run_mode("two Ray nodes, S3", "s3://bench/in/manifest.jsonl", "s3://bench/ray2",
                                    models, args.steps, PoolOptions(ray=cluster.address), s3_records))
            ray.shutdown()
        finally:
            cluster.shutdown()
        first = {p.name: p.read_bytes() for p in (temp / "seq" / "images").glob("*.png")}
        identical = all(fs.cat_file(f"bench/{mode}/images/{n}") == data for mode in ("seq", "ray2")
                        for n, data in first.items())
    finally:
        server.kill()
        server.wait()
        shutil.rmtree(temp, ignore_errors=True)
    seq_s3, two = results[1], results[2]
    predicted = two["workers"] / (seq_s3["item_s_mean"] + seq_s3["overhead_per_item_s"])
    check = {"W": two["workers"], "s_from_sequential_s3": seq_s3["item_s_mean"],
             "o_from_sequential_s3": seq_s3["overhead_per_item_s"], "predicted_items_per_s": round(predicted, 3),
             "measured_items_per_s": two["items_per_s"],
             "predicted_with_cluster_s_o": round(two["workers"] / (two["item_s_mean"] + two["overhead_per_item_s"]),
                                                 3)}
    print(f"storage calls per item (read photo, write PNG, write record): local {io['local_ms']} ms, "
          f"S3 on loopback {io['s3_ms']} ms; outputs identical across modes: {identical}")
    head = ("mode", "workers", "nodes", "items", "wall_s", "startup_s", "items_phase_s", "items_per_s",
            "item_s_mean", "overhead_per_item_s")
    print("| " + " | ".join(head) + " |\n|" + "---|" * len(head))
    for row in results:
        print("| " + " | ".join(str(row[k]) for k in head) + " |")
    print("formula check:", json.dumps(check))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps({"io": io, "identical": identical, "results": results,
                                               "formula": check}, indent=2) + "\n")


if __name__ == "__main__":
    main()
