"""RegionRoute training memory per part, at 512 and 1024 px, for the whole FLUX.1-Kontext-dev (19 + 38 blocks):
weights counted on the meta device from the real configs (no download), the LoRA, its gradients and the
optimiser's state from the slice's measured bytes per parameter times the real model's LoRA parameters,
and activations extrapolated from real-width slices of 1 + 1 and 2 + 2 blocks measured on a CPU
(benchmarks/regionroute_slice.py): per extra pair of blocks the step's live peak grows by what each block
keeps for backward under gradient checkpointing, so 57 blocks = the 1 + 1 peak + 55 x that growth / 2.

    for s in "512 1 1" "512 2 2" "1024 1 1" "1024 2 2"; do set -- $s
        python benchmarks/regionroute_slice.py --size $1 --double $2 --single $3 --json slice_$1_$2_$3.json; done
    python benchmarks/regionroute_memory.py slice_512_1_1.json slice_512_2_2.json slice_1024_1_1.json \\
        slice_1024_2_2.json [--json memory.json]

Prints a markdown table (GiB). Estimates, not measurements: NF4 = 4 bits + an fp32 scale per 64 weights for
every linear layer (the rest bf16); 8-bit T5 and 8-bit AdamW = 1 and 2 bytes per parameter.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import torch

GIB = 2**30
BLOCKS = 19 + 38


def counted() -> dict:
    """Parameters of each part (and of its linear weights, which NF4 / int8 quantise), on the meta device."""
    from diffusers import AutoencoderKL, FluxTransformer2DModel
    from transformers import CLIPTextConfig, CLIPTextModel, T5Config, T5EncoderModel

    from localstyle.evaluation.regionroute_bench import REAL_CLIP_TEXT, REAL_FLUX, REAL_T5, REAL_VAE
    from localstyle.regionroute.experts import add_lora

    with torch.device("meta"):
        transformer = FluxTransformer2DModel(**REAL_FLUX)
        parts = {"transformer": transformer, "t5": T5EncoderModel(T5Config(**REAL_T5)),
                 "clip": CLIPTextModel(CLIPTextConfig(**REAL_CLIP_TEXT)), "vae": AutoencoderKL(**REAL_VAE)}
        sizes = {name: {"parameters": sum(p.numel() for p in model.parameters()),
                        "linear": sum(m.weight.numel() for m in model.modules() if isinstance(m, torch.nn.Linear))}
                 for name, model in parts.items()}
        sizes["vae_encoder"] = {"parameters": sum(p.numel() for p in parts["vae"].encoder.parameters()), "linear": 0}
        sizes["lora"] = {"parameters": sum(p.numel() for p in add_lora(transformer)), "linear": 0}
    return sizes


def live_peak_gib(run: dict) -> float:
    """The slice's live peak, from its bytes where the run wrote them (older runs: GiB to 3 decimals)."""
    return run["peak_live_tensors_bytes"] / GIB if "peak_live_tensors_bytes" in run else run["peak_live_tensors_gib"]


def activations(slices: list[dict]) -> dict[int, dict]:
    """Per image size: the live peaks of the 1 + 1 and 2 + 2 slices, the growth per block, and 57 blocks."""
    by_size = {}
    for run in slices:
        by_size.setdefault(run["size"], {})[(run["double_blocks"], run["single_blocks"])] = run
    found = {}
    for size, runs in sorted(by_size.items()):
        if not {(1, 1), (2, 2)} <= set(runs):
            raise SystemExit(f"size {size}: need the 1 + 1 and the 2 + 2 slice, got {sorted(runs)}")
        small, large = (live_peak_gib(runs[blocks]) for blocks in ((1, 1), (2, 2)))
        per_block = (large - small) / 2
        found[size] = {"slice_1_1_gib": small, "slice_2_2_gib": large, "per_block_gib": per_block,
                       "full_gib": small + (BLOCKS - 2) * per_block, "tokens": runs[(1, 1)]["tokens"],
                       "optimiser": {k: runs[(1, 1)][k] / runs[(1, 1)]["lora_parameters"]
                                     for k in ("lora_bytes", "gradient_bytes", "adamw_state_bytes")},
                       "seconds": {f"{d}+{s}": r["seconds"] for (d, s), r in sorted(runs.items())}}
    return found


def table(sizes: dict, found: dict) -> tuple[str, dict]:
    bf16 = lambda name: sizes[name]["parameters"] * 2 / GIB  # noqa: E731
    nf4 = (sizes["transformer"]["linear"] * (0.5 + 4 / 64)
           + (sizes["transformer"]["parameters"] - sizes["transformer"]["linear"]) * 2) / GIB
    lora = sizes["lora"]["parameters"]
    rows = [("transformer weights, bf16", bf16("transformer")), ("transformer weights, NF4 (estimate)", nf4),
            ("T5-XXL encoder, bf16 (before the steps only)", bf16("t5")),
            ("T5-XXL encoder, 8-bit (estimate; before the steps only)", sizes["t5"]["parameters"] / GIB),
            ("CLIP-L text encoder, bf16 (before the steps only)", bf16("clip")),
            ("VAE encoder, bf16 (before the steps only, with cached latents)", bf16("vae_encoder"))]
    lines = ["| part | " + " | ".join(f"{s} px" for s in found) + " |", "|---|" + "---|" * len(found)]
    lines += [f"| {name} | " + " | ".join(f"{value:.2f}" for _ in found) + " |" for name, value in rows]
    per = next(iter(found.values()))["optimiser"]
    optimiser = lora * (per["lora_bytes"] + per["gradient_bytes"] + per["adamw_state_bytes"]) / GIB
    lines.append(f"| LoRA ({lora:,} fp32 parameters) + gradients + AdamW state | "
                 + " | ".join(f"{optimiser:.3f}" for _ in found) + " |")
    lines.append("| activations, 1 + 1 block slice (measured) | "
                 + " | ".join(f"{f['slice_1_1_gib']:.3f}" for f in found.values()) + " |")
    lines.append("| activations, 2 + 2 block slice (measured) | "
                 + " | ".join(f"{f['slice_2_2_gib']:.3f}" for f in found.values()) + " |")
    lines.append("| activations, per further block | "
                 + " | ".join(f"{f['per_block_gib'] * 1024:.0f} MiB" for f in found.values()) + " |")
    lines.append(f"| activations, {BLOCKS} blocks (extrapolated) | "
                 + " | ".join(f"{f['full_gib']:.2f}" for f in found.values()) + " |")
    totals = {size: {"bf16": bf16("transformer") + optimiser + f["full_gib"], "nf4": nf4 + optimiser + f["full_gib"]}
              for size, f in found.items()}
    lines.append("| **on the GPU during the steps, bf16 transformer** | "
                 + " | ".join(f"**{t['bf16']:.1f}**" for t in totals.values()) + " |")
    lines.append("| **on the GPU during the steps, NF4 transformer** | "
                 + " | ".join(f"**{t['nf4']:.1f}**" for t in totals.values()) + " |")
    return "\n".join(lines), {"parts": sizes, "activations": found, "totals_gib": totals}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("slices", nargs="+", help="JSON files of benchmarks/regionroute_slice.py --mode train")
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args(argv)
    slices = [json.loads(Path(p).read_text()) for p in args.slices]
    markdown, figures = table(counted(), activations(slices))
    print(markdown)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
