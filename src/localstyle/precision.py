"""Which precision the CLIP image tower runs in, chosen at run time from what the hardware does natively.

bf16 autocast makes CLIP ViT-B/32 forward + backward several times faster on CPUs with native bf16
(Intel AMX or AVX512-BF16) and many times SLOWER on CPUs without it (bf16 is emulated there; figures in
docs/speed.md), so the choice cannot be a fixed default. Only the CLIP image tower runs under autocast:
its embeddings feed cosine losses that bf16 barely moves (docs/speed.md gives the stated tolerance and
the measured differences). VGG (the content loss compares raw feature values), the U-Net and the text
tower (encoded once) run in fp32. For VGG and the U-Net that was measured with real VGG19 weights
(docs/speed.md: bf16 turned the content gradient's cosine to 0.997-0.998 and ended 50 `fast` steps
32-34 dB PSNR from fp32, below the 40 dB rule).

The `mixed_precision` setting takes three values:

* ``"auto"`` (default): bf16 on a CUDA GPU that supports it and on a CPU with native bf16; fp32 elsewhere.
* ``True``: bf16 on any CUDA GPU or CPU, even where it is emulated and slow (for measuring and testing).
* ``False``: fp32 everywhere; on the CPU, runs are then bit-identical for a seed.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterable

import torch

from localstyle.settings import check_setting

# CPU feature flags (as /proc/cpuinfo and torch.cpu.get_capabilities() name them) that do bf16 in hardware.
NATIVE_BF16_FLAGS = ("amx_bf16", "avx512_bf16")


def check_mixed_precision(value) -> str | bool:
    """The setting as "auto", True or False (settings.py's rule: also "true"/"false" text); else InputError."""
    return check_setting("mixed_precision", value)


def cpu_flags() -> set[str]:
    """The CPU's feature flags: torch's cpuinfo view where torch has one, else /proc/cpuinfo."""
    get_capabilities = getattr(torch.cpu, "get_capabilities", None)
    if get_capabilities is not None:
        try:
            return {name for name, present in get_capabilities().items() if present is True}
        except RuntimeError:  # pragma: no cover - a torch build without cpuinfo
            pass
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("flags"):
                    return set(line.partition(":")[2].split())
    except OSError:  # pragma: no cover - not Linux
        pass
    return set()


def native_bf16(flags: Iterable[str], capability: str) -> tuple[str, ...]:
    """The native-bf16 flags that torch's kernels can use: empty when the CPU has none, or when torch's
    kernels are held below AVX512 (``ATEN_CPU_CAPABILITY=avx2``, which is also how to emulate an
    AVX2-only machine here, together with ``ONEDNN_MAX_CPU_ISA=AVX2``)."""
    if capability != "AVX512":
        return ()
    return tuple(flag for flag in NATIVE_BF16_FLAGS if flag in set(flags))


@functools.lru_cache(maxsize=1)
def cpu_native_bf16() -> tuple[str, ...]:
    """This CPU's usable native-bf16 flags (empty tuple: none)."""
    return native_bf16(cpu_flags(), torch.backends.cpu.get_cpu_capability())


def clip_uses_bf16(setting, device: torch.device) -> bool:
    """Whether the CLIP image tower runs under bf16 autocast for this setting on this device."""
    setting = check_mixed_precision(setting)
    if setting is False:
        return False
    if device.type == "cuda":
        return torch.cuda.is_bf16_supported()
    if device.type == "cpu":
        return setting is True or bool(cpu_native_bf16())
    return False  # MPS and others: fp32


# Whether VGG and the U-Net may follow the CLIP image tower into bf16 under "auto" / True. Decided by a
# measurement with real VGG19 weights (benchmarks/vgg_precision.py; figures in docs/speed.md): bf16 only
# if the content-loss gradient's cosine to fp32 is >= 0.999 and 50 `fast` steps end >= 40 dB PSNR
# (inside the mask) from the fp32 result.
VGG_BF16 = False
UNET_BF16 = False


def vgg_uses_bf16(setting, device: torch.device) -> bool:
    """Whether VGG (the content loss) runs under bf16 autocast: where CLIP does and the measurement allowed."""
    return VGG_BF16 and clip_uses_bf16(setting, device)


def unet_uses_bf16(setting, device: torch.device) -> bool:
    """Whether the U-Net being optimised runs under bf16 autocast: as `vgg_uses_bf16`."""
    return UNET_BF16 and clip_uses_bf16(setting, device)


def precision_record(setting, device: torch.device) -> dict:
    """What a run record says about precision: the setting, the effective choice and why."""
    bf16 = clip_uses_bf16(setting, device)
    if device.type == "cpu":
        native = cpu_native_bf16()
        hardware = f"native bf16 CPU ({', '.join(native)})" if native else "CPU without native bf16"
    else:
        hardware = device.type
    return {"mixed_precision": check_mixed_precision(setting), "clip_image": "bf16" if bf16 else "fp32",
            "clip_text": "fp32", "vgg": "bf16" if vgg_uses_bf16(setting, device) else "fp32",
            "unet": "bf16" if unet_uses_bf16(setting, device) else "fp32", "hardware": hardware}


def autocast_if(enabled: bool, device: torch.device):
    """bf16 autocast on ``device`` when enabled, else a no-op context."""
    if not enabled:
        return contextlib.nullcontext()
    return torch.autocast(device.type, dtype=torch.bfloat16)


def in_precision(fn: Callable[[torch.Tensor], torch.Tensor], enabled: bool,
                 device: torch.device) -> Callable[[torch.Tensor], torch.Tensor]:
    """``fn`` run under bf16 autocast when enabled; its output is returned as fp32."""
    if not enabled:
        return fn

    def wrapped(images: torch.Tensor) -> torch.Tensor:
        with autocast_if(True, device):
            return fn(images).float()

    return wrapped
