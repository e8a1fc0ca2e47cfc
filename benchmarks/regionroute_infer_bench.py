"""RegionRoute inference of the real-size FLUX.1-Kontext pipeline (random weights: no download) in one memory
mode (localstyle.regionroute.memory), with and without the style-attention recording: seconds per edit and
peak GPU memory. The transformer (19 + 38 blocks), T5-XXL, CLIP-L and the VAE are built at their real sizes
on the device, one part at a time (each moved to the CPU at once for the offloading modes, so a capped
process never holds more than one part); the tokenizers are localstyle.testing's small ones.

    python benchmarks/regionroute_infer_bench.py --device cuda --size 1024 --steps 28 --memory full --json full.json
    python benchmarks/regionroute_infer_bench.py --device cuda --memory nf4 --memory-cap-gib 24   # a 24 GB card
    python benchmarks/regionroute_infer_bench.py --device cpu --dtype fp32 --size 64 --steps 2 --layers 1 \\
        --single-layers 1 --t5-layers 1 --clip-layers 1 --memory offload        # a smoke run of the script

Each mode runs in its own process (a mode's hooks and quantisation are not undone). One short warm-up edit
(2 steps) comes first; then the edit with the recording off and with it on, each timed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from localstyle.evaluation.report import print_json

PROMPT, STYLE = "make the cat in pixel-art style, keep other area unchanged", "pixel-art"


def build_part(make, device: torch.device, dtype: torch.dtype, home: torch.device):
    """`make()` run with `dtype` as the default on `device` (random init there, fast on a GPU), then moved
    to `home`."""
    default = torch.get_default_dtype()
    torch.set_default_dtype(dtype)
    try:
        with torch.device(device):
            part = make().requires_grad_(False)
    finally:
        torch.set_default_dtype(default)
    return part.to(home)


def build_pipeline(args, device: torch.device, dtype: torch.dtype, home: torch.device):
    from diffusers import AutoencoderKL, FlowMatchEulerDiscreteScheduler, FluxKontextPipeline, FluxTransformer2DModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer, T5Config, T5EncoderModel

    from localstyle import testing
    from localstyle.evaluation.regionroute_bench import REAL_CLIP_TEXT, REAL_FLUX, REAL_T5, REAL_VAE

    flux = {**REAL_FLUX, "num_layers": args.layers, "num_single_layers": args.single_layers}
    ids = {"bos_token_id": testing.TINY_BOS_ID, "eos_token_id": testing.TINY_EOS_ID, "pad_token_id": testing.TINY_EOS_ID}
    with tempfile.TemporaryDirectory() as folder:
        testing.write_clip_tokenizer(Path(folder))
        clip_tokenizer = CLIPTokenizer.from_pretrained(folder)
    parts = {
        "text_encoder": lambda: CLIPTextModel(CLIPTextConfig(**{**REAL_CLIP_TEXT, **ids,
                                                                 "num_hidden_layers": args.clip_layers})),
        "text_encoder_2": lambda: T5EncoderModel(T5Config(**{**REAL_T5, "num_layers": args.t5_layers})),
        "vae": lambda: AutoencoderKL(**REAL_VAE),
        "transformer": lambda: FluxTransformer2DModel(**flux),
    }
    built = {name: build_part(make, device, dtype, home) for name, make in parts.items()}
    scheduler = FlowMatchEulerDiscreteScheduler(shift=3.0, use_dynamic_shifting=True, base_shift=0.5, max_shift=1.15,
                                                base_image_seq_len=256, max_image_seq_len=4096)
    return FluxKontextPipeline(scheduler=scheduler, tokenizer=clip_tokenizer, tokenizer_2=testing._t5_tokenizer(),
                               **built)


def timed_edit(base, image: Image.Image, steps: int, record: bool) -> float:
    """One edit as RegionRouteEditor runs it (recording processors in place for the call when `record`)."""
    from localstyle.regionroute.attention import StyleAttentionRecorder, uninstall

    recorder, stock = StyleAttentionRecorder(mode="joint"), None
    if record:
        stock = base.install(recorder)
        positions = base.style_positions([PROMPT], [STYLE])[0]
        recorder.start(base.batch_positions(positions), base.grid(image.size), text_len=base.text_len())
    synchronise(base.device)
    started = time.perf_counter()
    try:
        with torch.no_grad():
            base.edit(image, PROMPT, steps, 3.5, torch.Generator("cpu").manual_seed(42))
        synchronise(base.device)
    finally:
        if stock is not None:
            recorder.stop()
            uninstall(base.denoiser, stock)
    return time.perf_counter() - started


def synchronise(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()


def main(argv: list[str] | None = None) -> int:
    from localstyle.models import resolve_device
    from localstyle.regionroute.bases import KontextBase
    from localstyle.evaluation.regionroute_bench import quantize_nf4
    from localstyle.regionroute.memory import place

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--memory", default="full", choices=["full", "offload", "nf4", "sequential"])
    parser.add_argument("--size", type=int, default=1024)
    parser.add_argument("--steps", type=int, default=28)
    parser.add_argument("--device", default="cuda")
    parser.add_argument("--dtype", default="bf16", choices=["bf16", "fp32"])
    parser.add_argument("--layers", type=int, default=19)
    parser.add_argument("--single-layers", type=int, default=38)
    parser.add_argument("--t5-layers", type=int, default=24)
    parser.add_argument("--clip-layers", type=int, default=12)
    parser.add_argument("--memory-cap-gib", type=float, help="limit this process's CUDA memory, e.g. 24")
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    device = resolve_device(args.device)
    dtype = {"bf16": torch.bfloat16, "fp32": torch.float32}[args.dtype]
    if args.memory_cap_gib and device.type == "cuda":
        torch.cuda.set_per_process_memory_fraction(
            min(1.0, args.memory_cap_gib * 2**30 / torch.cuda.get_device_properties(device).total_memory), device)
    started = time.perf_counter()
    pipe = build_pipeline(args, device, dtype, device if args.memory == "full" else torch.device("cpu"))
    if args.memory == "nf4":
        quantize_nf4(pipe.transformer, device)
    place(pipe, args.memory, device)
    pipe.set_progress_bar_config(disable=True)
    base = KontextBase("kontext", pipe, device)
    image = Image.fromarray(np.random.default_rng(0).integers(0, 255, (args.size, args.size, 3), dtype=np.uint8))
    result = {"memory": args.memory, "device": str(device), "memory_cap_gib": args.memory_cap_gib,
              "gpu": torch.cuda.get_device_name(device) if device.type == "cuda" else None, "size": args.size,
              "steps": args.steps, "build_seconds": round(time.perf_counter() - started, 1)}
    timed_edit(base, image, min(2, args.steps), record=False)  # warm-up: kernels chosen, hooks run once
    for record in (False, True):
        if device.type == "cuda":
            torch.cuda.reset_peak_memory_stats(device)
        try:
            seconds = round(timed_edit(base, image, args.steps, record), 2)
        except torch.cuda.OutOfMemoryError as exc:
            seconds = f"out of memory: {str(exc).splitlines()[0][:160]}"
        peak = round(torch.cuda.max_memory_allocated(device) / 2**30, 2) if device.type == "cuda" else None
        result["recording_on" if record else "recording_off"] = {"seconds": seconds, "peak_gib": peak}
    print_json(result, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
