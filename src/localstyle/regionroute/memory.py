"""How a RegionRoute editor sits in GPU memory: the whole pipeline, or a low-memory mode for smaller cards.

Modes (`--set memory=MODE`; the run's record says which ran and why):
- `full`: every part on the device (the fastest; FLUX.1-Kontext in bf16 needs ~31 GiB of weights: the
  12 B transformer ~22 GiB, T5-XXL ~9 GiB).
- `offload`: diffusers' `enable_model_cpu_offload`: each part (text encoders, transformer, VAE) moves to
  the device when it runs and back after, so the largest part alone must fit (~22 GiB + activations).
- `nf4`: the transformer in 4 bits (bitsandbytes NF4, bf16 compute: ~6.7 GiB), the other parts offloaded
  as above: fits a 24 GB card. Needs CUDA and bitsandbytes.
- `sequential`: diffusers' `enable_sequential_cpu_offload`: weights stream in layer by layer; fits almost
  any GPU, slowly. Needs a GPU (accelerate's streaming does not run with a CPU as the device).
- `auto` (default): the first of full, offload, nf4 (where possible), sequential whose need is below the
  free GPU memory; `full` on a CPU.
A part's need is its parameter bytes counted on the meta device from its config (no weight is read), plus
HEADROOM for activations and the VAE decode at 1024 px (an estimate, to be measured on a GPU:
docs/regionroute.md).
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

import torch
import transformers

from localstyle.errors import InputError

MEMORY_MODES = ("auto", "full", "offload", "nf4", "sequential")  # auto tries them in this order
GIB = 2**30
HEADROOM = 4 * GIB
NF4_BYTES_PER_WEIGHT = 0.5 + 4 / 64  # 4 bits, and an fp32 scale per block of 64


@dataclass(frozen=True)
class MemoryPlan:
    mode: str
    reason: str

    def record(self) -> dict:
        return {"memory": self.mode, "memory_reason": self.reason}


def part_sizes(source: str, pipeline_class: str, dtype: torch.dtype) -> dict[str, dict]:
    """Each model part of the pipeline at `source` -> {"bytes": parameters in `dtype`, "nf4_bytes": with
    its linear weights in NF4}, built from its config on the meta device (seconds, no weights read)."""
    import diffusers

    sizes = {}
    for name, spec in getattr(diffusers, pipeline_class).load_config(source).items():
        if name.startswith("_") or not isinstance(spec, (list, tuple)) or spec[0] not in ("diffusers", "transformers"):
            continue
        library = diffusers if spec[0] == "diffusers" else transformers
        model_class = getattr(library, spec[1], None)
        if model_class is None or not issubclass(model_class, torch.nn.Module):
            continue  # tokenizers, schedulers
        with torch.device("meta"):
            if library is diffusers:
                model = model_class.from_config(model_class.load_config(source, subfolder=name))
            else:
                model = model_class(transformers.AutoConfig.from_pretrained(source, subfolder=name))
        linear = sum(m.weight.numel() for m in model.modules() if isinstance(m, torch.nn.Linear))
        total = sum(p.numel() for p in model.parameters())
        sizes[name] = {"bytes": total * dtype.itemsize,
                       "nf4_bytes": int(linear * NF4_BYTES_PER_WEIGHT + (total - linear) * dtype.itemsize)}
    return sizes


def needs(sizes: dict[str, dict], denoiser: str) -> dict[str, int]:
    """Bytes of GPU memory each mode needs for these parts (`denoiser`: the part NF4 quantises)."""
    whole = [s["bytes"] for s in sizes.values()]
    others = [s["bytes"] for name, s in sizes.items() if name != denoiser]
    return {"full": sum(whole) + HEADROOM, "offload": max(whole) + HEADROOM,
            "nf4": max([sizes[denoiser]["nf4_bytes"], *others]) + HEADROOM, "sequential": HEADROOM}


def choose(asked: str, device: torch.device, free: int | None, needed: dict[str, int] | None,
           nf4_available: bool) -> MemoryPlan:
    """The mode to run (`asked`, or the first that fits `free` bytes for `auto`), with the reason."""
    if asked not in MEMORY_MODES:
        raise InputError(f"memory {asked!r} is not allowed: choose {', '.join(MEMORY_MODES)}")
    gib = (lambda n: f"{n / GIB:.1f} GiB")
    if asked == "nf4" and not nf4_available:
        raise InputError("memory=nf4 needs a CUDA GPU and bitsandbytes (pip install bitsandbytes)")
    if asked == "sequential" and device.type == "cpu":
        raise InputError("memory=sequential streams weights to a GPU: there is none here (device cpu)")
    if asked != "auto":
        return MemoryPlan(asked, "asked for")
    if device.type != "cuda" or free is None or needed is None:
        return MemoryPlan("full", f"device {device.type}: the whole pipeline in its memory")
    for mode in MEMORY_MODES[1:]:
        if mode == "nf4" and not nf4_available:
            continue
        if needed[mode] <= free or mode == "sequential":
            fits = "fits" if needed[mode] <= free else "may not fit"
            return MemoryPlan(mode, f"{gib(free)} free on the GPU; {mode} needs about {gib(needed[mode])} ({fits}; "
                                    f"full needs {gib(needed['full'])})")
    raise AssertionError("sequential always ends the search")


def nf4_available(device: torch.device) -> bool:
    return device.type == "cuda" and importlib.util.find_spec("bitsandbytes") is not None


def free_bytes(device: torch.device) -> int | None:
    """Free memory of a CUDA device (None elsewhere)."""
    if device.type != "cuda":
        return None
    return torch.cuda.mem_get_info(device)[0]


def plan(asked: str, device: torch.device, source: str, pipeline_class: str, denoiser: str,
         dtype: torch.dtype, nf4: bool = True) -> MemoryPlan:
    """`choose` with what this machine has (`nf4`: the base can be quantised); the parts' sizes are
    counted only where auto must compare."""
    free = free_bytes(device)
    needed = needs(part_sizes(source, pipeline_class, dtype), denoiser) if asked == "auto" and free is not None \
        else None
    return choose(asked, device, free, needed, nf4 and nf4_available(device))


def place(pipe, mode: str, device: torch.device) -> None:
    """Put a pipeline loaded on the CPU where `mode` wants it (nf4: the quantised transformer is loaded
    already; the rest is offloaded)."""
    if mode == "full":
        pipe.to(device)
    elif mode in ("offload", "nf4"):
        pipe.enable_model_cpu_offload(device=device)
    elif mode == "sequential":
        pipe.enable_sequential_cpu_offload(device=device)
    else:
        raise InputError(f"no memory mode {mode!r} to place a pipeline in")
