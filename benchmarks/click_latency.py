"""Mask-click latency of `localstyle serve`: upload a photo, then ask for SAM masks for a box plus points
over HTTP on loopback, as the page does on each click. The first request loads SAM and embeds the photo;
every later one runs only SAM's prompt decoder on the cached embedding.

    HF_HUB_OFFLINE=1 python benchmarks/click_latency.py                 # SAM ViT-B, random weights
    HF_HUB_OFFLINE=1 python benchmarks/click_latency.py --sam facebook/sam-vit-base   # real weights, cached

Random weights give meaningless masks (some requests may answer "no region"); the time is what is measured.
Not a test: it takes a minute or two and its numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from pathlib import Path

import httpx
import skimage.data
from PIL import Image

from localstyle.serve.app import make_server
from localstyle.testing import write_tiny_models


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sam", help="SAM folder or hub id (default: SAM ViT-B with random weights)")
    parser.add_argument("--clicks", type=int, default=6, help="requests after the first (default: 6)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        if args.sam:
            models = Path(scratch) / "models.toml"
            models.write_text(f'[models]\nsam = "{args.sam}"\n', encoding="utf-8")
        else:  # SAM ViT-B's architecture with random weights
            models = write_tiny_models(scratch, roles=("sam",), real_size=True)
        photo = io.BytesIO()
        Image.fromarray(skimage.data.chelsea()).save(photo, format="PNG")
        server = make_server(port=0, models=str(models), device="cpu").start()
        try:
            times = clicks(server.url, photo.getvalue(), args.clicks)
        finally:
            server.stop()
    later = times[1:]
    print(f"first request (loads SAM, embeds the photo): {times[0]:.2f} s; each later click: median "
          f"{statistics.median(later):.3f} s, {min(later):.3f} to {max(later):.3f} s")


def clicks(url: str, photo: bytes, count: int) -> list[float]:
    times = []
    with httpx.Client(base_url=url, timeout=900) as client:
        photo_id = client.post("/api/photos", files={"image": ("cat.png", photo)}).json()["id"]
        for i in range(count + 1):
            start = time.perf_counter()
            answer = client.post(f"/api/photos/{photo_id}/mask",
                                 json={"box": [60, 40, 260, 220], "points": [[150, 120, 0], [100 + i, 100, 1]]})
            times.append(time.perf_counter() - start)
            print(f"request {i}: {times[-1]:.3f} s, HTTP {answer.status_code}")
    return times


if __name__ == "__main__":
    main()
