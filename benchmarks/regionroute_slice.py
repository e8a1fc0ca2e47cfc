"""One RegionRoute training step (or one inference forward) on a REAL-WIDTH SLICE of FLUX.1-Kontext's
transformer: 1 double- + 1 single-stream block (--double N --single M for more) at the real width (3072 = 24
heads x 128), real embedders,
random weights, LoRA r4 on to_q/k/v/out.0 in fp32 on a bf16 base under autocast (as training runs),
gradient checkpointing, one sample: SIZE x SIZE target tokens + as many context tokens + TEXT text tokens.

    python benchmarks/regionroute_slice.py --size 1024 --recorder on  --mode train --json out.json
    python benchmarks/regionroute_slice.py --size 1024 --recorder off --mode train
    python benchmarks/regionroute_slice.py --size 512  --recorder on  --mode infer
    python benchmarks/regionroute_slice.py --size 512  --double 2 --single 2 --json slice_2_2.json

The training step also takes an AdamW step and reports the bytes of the LoRA parameters, their gradients
and the optimiser's state (benchmarks/regionroute_memory.py extrapolates these to the 57-block model).

Run one configuration per process (one at a time: the machine is shared). Reports seconds, the peak of
live tensor bytes during the step (torch profiler allocation records, localstyle.evaluation.regionroute_bench.
peak_allocated), the process's max-RSS growth over the step, and, for training, the four losses. Text
encoders and VAE are left out (random tensors of their outputs' shapes): they run without gradients.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time

import torch

from localstyle.evaluation.report import print_json


def rss_bytes() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize()


def main(argv=None) -> int:
    from peft import LoraConfig

    from localstyle.regionroute.attention import StyleAttentionRecorder, install_flux, keep_one_gradient_layout
    from localstyle.regionroute.bases import LORA_TARGETS
    from localstyle.evaluation.regionroute_bench import REAL_FLUX, build, peak_allocated
    from localstyle.regionroute.flow import autocast_for, flux_transformer_loss
    from localstyle.regionroute.losses import region_losses

    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1024)
    parser.add_argument("--text-length", type=int, default=512)
    parser.add_argument("--recorder", choices=["on", "off"], default="on")
    parser.add_argument("--mode", choices=["train", "infer"], default="train")
    parser.add_argument("--dtype", choices=["bf16", "fp32"], default="bf16")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--double", type=int, default=1, help="double-stream blocks (real: 19)")
    parser.add_argument("--single", type=int, default=1, help="single-stream blocks (real: 38)")
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    dtype = {"bf16": torch.bfloat16, "fp32": torch.float32}[args.dtype]
    torch.manual_seed(0)
    transformer = build({**REAL_FLUX, "num_layers": args.double, "num_single_layers": args.single},
                        torch.device("cpu"), dtype)
    transformer.add_adapter(LoraConfig(r=4, lora_alpha=4, init_lora_weights="gaussian", target_modules=LORA_TARGETS))
    params = [p for n, p in transformer.named_parameters() if "lora_" in n]
    for param in params:
        param.data = param.data.float()
        param.requires_grad_(True)
    recorder = StyleAttentionRecorder()
    if args.recorder == "on":
        install_flux(transformer, recorder)
    keep_one_gradient_layout(transformer)  # as training runs
    transformer.enable_gradient_checkpointing()
    transformer.train(args.mode == "train")
    generator = torch.Generator().manual_seed(0)
    latent = args.size // 8
    clean, context = (torch.randn(1, 16, latent, latent) for _ in range(2))
    text = torch.randn(1, args.text_length, REAL_FLUX["joint_attention_dim"])
    pooled = torch.randn(1, REAL_FLUX["pooled_projection_dim"])
    text_ids = torch.zeros(args.text_length, 3)
    mask = torch.zeros(args.size, args.size)
    mask[args.size // 4: 3 * args.size // 4, args.size // 4: 3 * args.size // 4] = 1  # a quarter of the image
    fractions = torch.linspace(1.0, 0.001, 1000)
    positions = [[5, 6, 7]]  # a three-token style phrase
    losses = {}

    def train_step():
        with autocast_for(transformer):
            denoise = flux_transformer_loss(transformer, clean, context, text, pooled, text_ids, fractions, recorder,
                                            positions, generator)
        total = denoise
        losses["denoise"] = denoise.item()
        if args.recorder == "on":
            focus, cover = region_losses(recorder.layers, [mask])
            recorder.layers = {}
            losses.update(focus=focus.item(), cover=cover.item())
            total = denoise + 0.1 * focus + 5e-5 * cover
        losses["total"] = total.item()
        total.backward()

    def infer_step():
        recorder.start(positions, (latent // 2, latent // 2), text_len=args.text_length)
        with torch.no_grad(), autocast_for(transformer):
            flux_transformer_loss(transformer, clean, context, text, pooled, text_ids, fractions, recorder,
                                  positions, generator)
        recorder.stop()
        recorder.layers = {}

    before = rss_bytes()
    started = time.perf_counter()
    peak, _ = peak_allocated(train_step if args.mode == "train" else infer_step)
    seconds = time.perf_counter() - started
    optimiser = {}
    if args.mode == "train":
        adam = torch.optim.AdamW(params, lr=1e-5, weight_decay=1e-4)
        adam.step()
        optimiser = {"lora_bytes": sum(p.numel() * p.element_size() for p in params),
                     "gradient_bytes": sum(p.grad.numel() * p.grad.element_size() for p in params),
                     "adamw_state_bytes": sum(t.numel() * t.element_size() for state in adam.state.values()
                                              for t in state.values() if torch.is_tensor(t) and t.dim() > 0)}
    result = {"mode": args.mode, "recorder": args.recorder, "size": args.size, "dtype": args.dtype,
              "double_blocks": args.double, "single_blocks": args.single,
              "tokens": {"target": (latent // 2) ** 2, "context": (latent // 2) ** 2, "text": args.text_length},
              "threads": args.threads, "seconds": round(seconds, 2),
              "peak_live_tensors_gib": round(peak / 2**30, 3), "peak_live_tensors_bytes": peak,
              "max_rss_growth_gib": round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - before)
                                          / 2**30, 3),
              "rss_before_step_gib": round(before / 2**30, 3),
              "parameters_millions": round(sum(p.numel() for p in transformer.parameters()) / 1e6, 1),
              "lora_parameters": sum(p.numel() for p in params), "losses": losses, **optimiser}
    print_json(result, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
