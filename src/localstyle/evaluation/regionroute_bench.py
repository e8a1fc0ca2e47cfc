"""Seconds per RegionRoute training step and peak memory of the real-size FLUX.1-Kontext transformer.

    python -m localstyle.evaluation.regionroute_bench --device cuda [--size 1024] [--dtype bf16] [--steps 3] [--nf4]
        [--memory-cap-gib 24]

Random weights of the real architecture (19 double- + 38 single-stream blocks, 24 heads of 128: no
download), LoRA r4 on to_q/k/v/out.0 (fp32 on the bf16 base, under autocast, as training runs), the
recording processors, gradient checkpointing, one sample at
SIZE x SIZE with its context image and a 512-token prompt, flow-matching + Focus + Cover, AdamW. The text
encoders and the VAE are left out (their outputs are random tensors of the real shapes): training computes
them once before the steps (regionroute.cache) and drops them. `--layers/--single-layers` shrink the depth
for a smoke run. `--nf4` quantises the transformer's linear layers to NF4 (bitsandbytes, CUDA), as the
release trains it; `--memory-cap-gib` limits this process's CUDA memory
(torch.cuda.set_per_process_memory_fraction), as a smaller card would: an out-of-memory step is reported.
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import sys
import time

import torch
from torch.nn.attention import SDPBackend, sdpa_kernel
from torch.profiler import ProfilerActivity, profile

from localstyle.evaluation.report import print_json
from localstyle.models import resolve_device
from localstyle.regionroute.attention import StyleAttentionRecorder, install_flux, keep_one_gradient_layout
from localstyle.regionroute.experts import add_lora
from localstyle.regionroute.flow import autocast_for, flux_transformer_loss
from localstyle.regionroute.losses import region_losses

REAL_FLUX = {"patch_size": 1, "in_channels": 64, "num_layers": 19, "num_single_layers": 38,
             "attention_head_dim": 128, "num_attention_heads": 24, "joint_attention_dim": 4096,
             "pooled_projection_dim": 768, "guidance_embeds": True, "axes_dims_rope": (16, 56, 56)}
# FLUX.1-Kontext-dev's other parts: T5 v1.1 XXL's encoder, CLIP ViT-L/14's text tower, the 16-channel VAE
REAL_T5 = {"d_model": 4096, "d_ff": 10240, "d_kv": 64, "num_heads": 64, "num_layers": 24, "vocab_size": 32128,
           "feed_forward_proj": "gated-gelu", "is_encoder_decoder": False}
REAL_CLIP_TEXT = {"hidden_size": 768, "intermediate_size": 3072, "num_hidden_layers": 12, "num_attention_heads": 12,
                  "vocab_size": 49408, "max_position_embeddings": 77}
REAL_VAE = {"in_channels": 3, "out_channels": 3, "down_block_types": ["DownEncoderBlock2D"] * 4,
            "up_block_types": ["UpDecoderBlock2D"] * 4, "block_out_channels": [128, 256, 512, 512],
            "layers_per_block": 2, "latent_channels": 16, "norm_num_groups": 32, "use_quant_conv": False,
            "use_post_quant_conv": False, "shift_factor": 0.1159, "scaling_factor": 0.3611}


def peak_allocated(step) -> tuple[int, object]:
    """(peak bytes of live tensors above the start while `step()` ran, its result) on a CPU, where there is
    no max_memory_allocated and a process's max RSS never falls (so two runs in one process cannot be
    compared). From the profiler's allocation records: each op's own (self) allocations net of its frees,
    in start order; scratch memory an op allocates and frees inside itself is not seen."""
    with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
        result = step()
    live = peak = 0
    for event in sorted(prof.events(), key=lambda e: e.time_range.start):
        live += event.self_cpu_memory_usage
        peak = max(peak, live)
    return peak, result


def build(config: dict, device: torch.device, dtype: torch.dtype):
    from diffusers import FluxTransformer2DModel

    default = torch.get_default_dtype()
    torch.set_default_dtype(dtype)  # build in the target dtype: 12 B parameters never exist in fp32
    try:
        with torch.device(device):
            return FluxTransformer2DModel(**config).requires_grad_(False)
    finally:
        torch.set_default_dtype(default)


def bench(size: int = 1024, steps: int = 3, warmup: int = 1, device: str = "auto", dtype: str = "bf16",
          layers: int | None = None, single_layers: int | None = None, text_length: int = 512,
          checkpointing: bool = True, config: dict | None = None, recorder_on: bool = True,
          attention: str = "auto", nf4: bool = False, memory_cap_gib: float | None = None) -> dict:
    """The measurement; `config` overrides fields of the real transformer config (tests use a tiny one).
    `recorder_on=False` trains on the denoising loss alone with diffusers' own processors, and `attention`
    limits torch's fused attention to one backend ("math", "efficient", "flash", "cudnn"; "auto": torch's
    choice): both to find out what fails where a step does not run (docs/regionroute.md)."""
    with _attention_backend(attention):
        return _bench(size, steps, warmup, device, dtype, layers, single_layers, text_length, checkpointing, config,
                      recorder_on, nf4, memory_cap_gib)


def _attention_backend(name: str):
    backends = {"math": SDPBackend.MATH, "efficient": SDPBackend.EFFICIENT_ATTENTION,
                "flash": SDPBackend.FLASH_ATTENTION, "cudnn": SDPBackend.CUDNN_ATTENTION}
    return contextlib.nullcontext() if name == "auto" else sdpa_kernel([backends[name]])


def quantize_nf4(model: torch.nn.Module, device: torch.device) -> int:
    """Every nn.Linear of `model` as a bitsandbytes NF4 layer (bf16 compute) on `device`, as the release
    loads its transformer; returns how many. Needs bitsandbytes and CUDA."""
    import bitsandbytes as bnb

    count = 0
    for parent in list(model.modules()):
        for name, child in list(parent.named_children()):
            if type(child) is torch.nn.Linear:
                layer = bnb.nn.Linear4bit(child.in_features, child.out_features, bias=child.bias is not None,
                                          compute_dtype=torch.bfloat16, quant_type="nf4")
                layer.weight = bnb.nn.Params4bit(child.weight.data.to("cpu"), requires_grad=False, quant_type="nf4")
                if child.bias is not None:
                    layer.bias = torch.nn.Parameter(child.bias.data, requires_grad=False)
                setattr(parent, name, layer.to(device))  # quantised as it moves to the GPU
                count += 1
    return count


def _bench(size, steps, warmup, device, dtype, layers, single_layers, text_length, checkpointing, config,
           recorder_on, nf4=False, memory_cap_gib=None) -> dict:
    where = resolve_device(device)
    torch_dtype = {"bf16": torch.bfloat16, "fp32": torch.float32}[dtype]
    config = {**REAL_FLUX, **(config or {}), **({"num_layers": layers} if layers is not None else {}),
              **({"num_single_layers": single_layers} if single_layers is not None else {})}
    if memory_cap_gib is not None and where.type == "cuda":
        torch.cuda.set_per_process_memory_fraction(
            min(1.0, memory_cap_gib * 2**30 / torch.cuda.get_device_properties(where).total_memory), where)
    transformer = build(config, torch.device("cpu") if nf4 else where, torch_dtype)
    quantized = quantize_nf4(transformer, where) if nf4 else 0
    transformer.to(where)
    params = add_lora(transformer)  # fp32 adapters on the bf16 base, under autocast: as training runs
    recorder = StyleAttentionRecorder()
    if recorder_on:
        install_flux(transformer, recorder)
    keep_one_gradient_layout(transformer)  # as training does
    if checkpointing:
        transformer.enable_gradient_checkpointing()
    transformer.train()
    optimizer = torch.optim.AdamW(params, lr=1e-5, weight_decay=1e-4)
    generator = torch.Generator().manual_seed(0)
    latent = size // 8
    channels = config["in_channels"] // 4  # VAE latent channels before 2 x 2 packing
    clean, context = (torch.randn(1, channels, latent, latent, device=where, dtype=torch_dtype) for _ in range(2))
    text = torch.randn(1, text_length, config["joint_attention_dim"], device=where, dtype=torch_dtype)
    pooled = torch.randn(1, config["pooled_projection_dim"], device=where, dtype=torch_dtype)
    text_ids = torch.zeros(text_length, 3, device=where, dtype=torch_dtype)
    mask = torch.zeros(size, size, device=where)
    mask[size // 4: 3 * size // 4, size // 4: 3 * size // 4] = 1
    fractions = torch.linspace(1.0, 0.001, 1000)
    times, error = [], None
    if where.type == "cuda":
        torch.cuda.reset_peak_memory_stats()
    try:
        _steps(warmup + steps, warmup, times, transformer, optimizer, clean, context, text, pooled, text_ids,
               fractions, recorder, recorder_on, mask, generator, where)
    except torch.cuda.OutOfMemoryError as exc:  # the answer under a memory cap: it does not fit
        error = f"out of memory: {str(exc).splitlines()[0][:200]}"
    peak = (torch.cuda.max_memory_allocated() if where.type == "cuda"
            else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    return {"device": str(where), "gpu": torch.cuda.get_device_name() if where.type == "cuda" else None,
            "dtype": dtype, "nf4_linears": quantized, "memory_cap_gib": memory_cap_gib, "error": error,
            "size": size, "text_length": text_length, "layers": config["num_layers"],
            "single_layers": config["num_single_layers"], "lora_parameters": sum(p.numel() for p in params),
            "wrapped_linears": len(params) // 2, "recorder": recorder_on, "checkpointing": checkpointing,
            "seconds_per_step": times, "median_seconds_per_step": sorted(times)[len(times) // 2] if times else None,
            "peak_memory_gib": round(peak / 2 ** 30, 3),
            "peak_memory_kind": "torch.cuda.max_memory_allocated" if where.type == "cuda" else "process max RSS"}


def _steps(count, warmup, times, transformer, optimizer, clean, context, text, pooled, text_ids, fractions, recorder,
           recorder_on, mask, generator, where) -> None:
    for step in range(count):
        started = time.perf_counter()
        optimizer.zero_grad(set_to_none=True)
        with autocast_for(transformer):
            denoise = flux_transformer_loss(transformer, clean, context, text, pooled, text_ids, fractions,
                                            recorder, [[5, 6, 7]], generator)
        total = denoise
        if recorder_on:
            focus, cover = region_losses(recorder.layers, [mask])
            recorder.layers = {}
            total = denoise + 0.1 * focus + 5e-5 * cover
        total.backward()
        optimizer.step()
        if where.type == "cuda":
            torch.cuda.synchronize()
        if step >= warmup:
            times.append(time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m localstyle.evaluation.regionroute_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1024)
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--device", default="auto")
    parser.add_argument("--dtype", default="bf16", choices=["bf16", "fp32"])
    parser.add_argument("--layers", type=int, help="double-stream blocks (real: 19)")
    parser.add_argument("--single-layers", type=int, help="single-stream blocks (real: 38)")
    parser.add_argument("--text-length", type=int, default=512)
    parser.add_argument("--no-checkpointing", action="store_true")
    parser.add_argument("--recorder", choices=["on", "off"], default="on",
                        help="off: the denoising loss alone, diffusers' own attention processors")
    parser.add_argument("--attention", default="auto", choices=["auto", "math", "efficient", "flash", "cudnn"],
                        help="limit torch's fused attention to one backend (default: torch's choice)")
    parser.add_argument("--nf4", action="store_true", help="the transformer in NF4 (bitsandbytes, CUDA)")
    parser.add_argument("--memory-cap-gib", type=float, help="limit this process's CUDA memory, e.g. 24")
    parser.add_argument("--json", help="also write the result here")
    args = parser.parse_args(argv)
    result = bench(args.size, args.steps, args.warmup, args.device, args.dtype, args.layers, args.single_layers,
                   args.text_length, not args.no_checkpointing, recorder_on=args.recorder == "on",
                   attention=args.attention, nf4=args.nf4, memory_cap_gib=args.memory_cap_gib)
    print_json(result, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
