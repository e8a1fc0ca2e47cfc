"""Video figures: the apply stage's seconds per frame, and how much a shared network flickers compared
with optimising every frame separately.

    HF_HUB_OFFLINE=1 python benchmarks/video_flicker.py apply --frames 10          # 1280 x 720, CPU
    HF_HUB_OFFLINE=1 python benchmarks/video_flicker.py apply --frames 64 --batch 8 --device cuda
    HF_HUB_OFFLINE=1 python benchmarks/video_flicker.py flicker --steps 20         # tiny models, 8 frames
    HF_HUB_OFFLINE=1 python benchmarks/video_flicker.py track --frames 5           # SAM 2 at 1280 x 720, CPU

`apply`: a StyleNet (the real architecture, random weights: the time does not depend on the weights)
applied to a 1280 x 720 frame through a 480 x 300 px region with the paper's settings (working crop of
long side 512), as `VideoStylizer` does per frame: crop, resize, network, resize back, feathered
composite. `--batch B` runs B frames' working crops through the network at once (`RegionStyle.apply_many`,
`--set frame_batch=B`); seconds per frame are each batch's time over its frames. `--device cuda`
synchronises before and after each batch and also reports the peak GPU memory. A first batch is a
warm-up and is not counted. Random weights, nothing downloaded: it needs torch, numpy, Pillow and
localstyle's own dependencies, no model files.

`track`: SAM 2's video model at its default size (`Sam2VideoConfig()`, the Hiera-tiny layout of
facebook/sam2.1-hiera-tiny; random weights) following one mask through 1280 x 720 frames, as
`MaskTracker` does; the keyframe is not counted.

`flicker`: a synthetic clip (a textured square drifting right over a gradient, 8 frames at 64 x 48) and
tiny random models. Flicker = mean over consecutive frame pairs of the mean absolute change (0-255)
inside the region, minus the input's own change there: 0 means the output changes exactly as much as
the input does. "shared" trains one network on frame 0 and applies it to every frame (`VideoStylizer`);
"per frame" runs the photo pipeline on each frame separately (same seed, same settings).
Not a test: numbers depend on the machine; with tiny random models the absolute values mean little, the
comparison is the point.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from localstyle.evaluation.report import print_json
from localstyle.least.presets import settings_with
from localstyle.least.stylenet import StyleNet
from localstyle.least.region import RegionStyle

BOX = (4, 8, 48, 40)
TINY = {"resolution": 64, "num_crops": 2, "crop_size": 32, "crop_resize": 64}


def time_apply(frames: int, threads: int | None, device: str = "cpu", batch: int = 1) -> dict:
    if threads:
        torch.set_num_threads(threads)
    where = torch.device(device)
    synchronize = torch.cuda.synchronize if where.type == "cuda" else (lambda: None)
    torch.manual_seed(0)
    style = RegionStyle(StyleNet().to(where).eval(), settings_with("paper"))
    rng = np.random.default_rng(0)
    rgb = rng.integers(0, 256, (720, 1280, 3), dtype=np.uint8)
    mask = np.zeros((720, 1280), bool)
    mask[200:500, 400:880] = True

    def inputs(first: int, count: int):  # frames moving right, made before the clock starts
        return ([np.roll(rgb, 4 * i, axis=1) for i in range(first, first + count)],
                [np.roll(mask, 4 * i, axis=1) for i in range(first, first + count)])

    style.apply_many(*inputs(0, batch), where)  # a warm-up batch (allocator, kernels, cuDNN's choice): not counted
    synchronize()
    if where.type == "cuda":
        torch.cuda.reset_peak_memory_stats()
    per_frame, done = [], 0
    while done < frames:
        count = min(batch, frames - done)
        rgbs, masks = inputs(batch + done, count)
        synchronize()
        started = time.perf_counter()
        style.apply_many(rgbs, masks, where)
        synchronize()
        per_frame += [(time.perf_counter() - started) / count] * count
        done += count
    result = {"frame": "1280x720", "region": "480x300", "working_crop_long_side": 512, "device": str(where),
              "batch": batch, "frames": frames, "threads": torch.get_num_threads(),
              "seconds_per_frame_median": round(statistics.median(per_frame), 4),
              "seconds_per_frame_mean": round(statistics.mean(per_frame), 4)}
    if where.type == "cuda":
        result["gpu"] = torch.cuda.get_device_name(where)
        result["peak_gpu_memory_mib"] = round(torch.cuda.max_memory_allocated(where) / 2**20, 1)
    return result


def time_tracking(frames: int, threads: int | None) -> dict:
    from transformers import (
        Sam2ImageProcessor,
        Sam2VideoConfig,
        Sam2VideoModel,
        Sam2VideoProcessor,
        Sam2VideoVideoProcessor,
    )

    from localstyle.models import ModelSet
    from localstyle.regions.tracking import MaskTracker

    if threads:
        torch.set_num_threads(threads)
    torch.manual_seed(0)
    with tempfile.TemporaryDirectory() as folder:
        Sam2VideoModel(Sam2VideoConfig()).save_pretrained(folder)
        Sam2VideoProcessor(image_processor=Sam2ImageProcessor(),
                           video_processor=Sam2VideoVideoProcessor()).save_pretrained(folder)
        models = ModelSet.create(None, device="cpu", overrides={"sam2_video": folder})
        rng = np.random.default_rng(0)
        rgb = rng.integers(0, 256, (720, 1280, 3), dtype=np.uint8)
        mask = np.zeros((720, 1280), bool)
        mask[200:500, 400:880] = True
        tracker = MaskTracker(models, rgb, [mask], 0)
        seconds = []
        for index in range(1, frames + 1):
            started = time.perf_counter()
            tracker(index, np.roll(rgb, 4 * index, axis=1))
            seconds.append(time.perf_counter() - started)
    return {"frame": "1280x720", "model": "Sam2VideoConfig() (hiera-tiny layout, random weights)", "frames": frames,
            "threads": torch.get_num_threads(), "seconds_per_frame_median": round(statistics.median(seconds), 3)}


def synthetic_clip(path: Path, frames: int = 8) -> list[np.ndarray]:
    import av

    rng = np.random.default_rng(1)
    texture = rng.integers(0, 256, (16, 16, 3), dtype=np.uint8)
    ramp = np.linspace(40, 200, 64, dtype=np.float32)
    with av.open(str(path), "w") as container:
        stream = container.add_stream("ffv1", rate=25)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "bgr0"
        for index in range(frames):
            rgb = np.repeat(np.repeat(ramp[None, :, None], 48, 0), 3, 2).astype(np.uint8)
            rgb[16:32, 8 + 3 * index:24 + 3 * index] = texture
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24")
            frame.pts, frame.time_base = index, Fraction(1, 25)
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    with av.open(str(path)) as container:
        return [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]


def flicker(frames: list[np.ndarray], mask: np.ndarray) -> float:
    changes = [np.abs(b.astype(np.float64) - a.astype(np.float64))[mask].mean() for a, b in zip(frames, frames[1:])]
    return float(np.mean(changes))


def measure_flicker(steps: int) -> dict:
    import av

    from localstyle.models import ModelSet
    from localstyle.options import Regions, RunOptions
    from localstyle.least.stylizer import LeastStylizer
    from localstyle.testing import write_tiny_models
    from localstyle.video import VideoStylizer

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        models = ModelSet.create(write_tiny_models(folder / "models", ("clip", "vgg")), device="cpu")
        inputs = synthetic_clip(folder / "clip.mkv")
        options = RunOptions(steps=steps, settings=TINY, segment_box=False)
        regions = Regions.of(BOX)
        started = time.perf_counter()
        VideoStylizer(models)(folder / "clip.mkv", "cubism", folder / "out.mkv", options, regions=regions)
        shared_seconds = time.perf_counter() - started
        with av.open(str(folder / "out.mkv")) as container:
            shared = [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]
        started = time.perf_counter()
        stylizer = LeastStylizer(models)
        separate = [np.asarray(stylizer(Image.fromarray(rgb), "cubism", options, regions=regions).image)
                    for rgb in inputs]
        separate_seconds = time.perf_counter() - started
    mask = np.zeros(inputs[0].shape[:2], bool)
    mask[BOX[1]:BOX[3], BOX[0]:BOX[2]] = True
    own = flicker(inputs, mask)
    return {"frames": len(inputs), "steps": steps, "input_change": round(own, 3),
            "flicker_shared": round(flicker(shared, mask) - own, 3),
            "flicker_per_frame": round(flicker(separate, mask) - own, 3),
            "seconds_shared": round(shared_seconds, 1), "seconds_per_frame_optimisation": round(separate_seconds, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    apply = sub.add_parser("apply", help="seconds per frame of the apply stage at 1280 x 720")
    apply.add_argument("--frames", type=int, default=10, help="frames timed, after one warm-up batch")
    apply.add_argument("--threads", type=int, default=None)
    apply.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    apply.add_argument("--batch", type=int, default=1, help="frames per StyleNet batch (--set frame_batch)")
    track = sub.add_parser("track", help="seconds per frame of SAM 2 tracking at 1280 x 720")
    track.add_argument("--frames", type=int, default=5)
    track.add_argument("--threads", type=int, default=None)
    measure = sub.add_parser("flicker", help="flicker of a shared network vs per-frame optimisation")
    measure.add_argument("--steps", type=int, default=20)
    for command in (apply, track, measure):
        command.add_argument("--json", help="also write the result here")
    args = parser.parse_args()
    if args.command == "apply":
        if args.frames < 1 or args.batch < 1 or (args.device == "cuda" and not torch.cuda.is_available()):
            print("error: --frames and --batch must be at least 1" if args.frames < 1 or args.batch < 1 else
                  "error: --device cuda: PyTorch sees no CUDA device here", file=sys.stderr)
            sys.exit(2)
        result = time_apply(args.frames, args.threads, args.device, args.batch)
    elif args.command == "track":
        result = time_tracking(args.frames, args.threads)
    else:
        result = measure_flicker(args.steps)
    print_json(result, args.json)


if __name__ == "__main__":
    main()
