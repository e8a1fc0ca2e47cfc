"""Resizing and warping that stay repeatable on CUDA: a seed gives the same bytes there too.

PyTorch has no deterministic CUDA kernel for the backward of `interpolate` (bilinear, bicubic) or of
`grid_sample`: both add gradients with atomic adds, in an order that changes from run to run. Under
`torch.use_deterministic_algorithms(True)` (`repeatable()`, the `deterministic` setting) they raise or
warn. The optimisation differentiates through both (the crops' warp and resize, the CLIP input resize,
the U-Net's upsampling), so here each has a second way of computing the same numbers whose backward is
deterministic:

* a separable resize is two matrix products, ``R_y @ image @ R_x^T``, with the matrices made by PyTorch's
  own `interpolate` applied to an identity (so the weights, antialiasing included, are PyTorch's);
  the backward is two more matrix products;
* bilinear `grid_sample` is four `gather`s of the corner pixels, weighted; `gather`'s backward is
  deterministic on CUDA in that mode.

They are used only where they matter: on CUDA, for a tensor that needs a gradient, with deterministic
algorithms on. Everywhere else (the CPU, whose kernels are already repeatable) PyTorch's own kernels run,
so CPU results do not change. The two ways agree to float rounding (tests/test_resample.py).
"""

from __future__ import annotations

import contextlib
import os
import warnings
from functools import lru_cache

import torch
import torch.nn.functional as F

__all__ = ["grid_sample", "grid_sample_by_gather", "interpolate", "interpolate_by_matrices", "repeatable",
           "use_exact_backward"]


def use_exact_backward(images: torch.Tensor) -> bool:
    """True where PyTorch's own resampling backward would not repeat: CUDA, a gradient, determinism on."""
    return images.is_cuda and images.requires_grad and torch.are_deterministic_algorithms_enabled()


def interpolate(images: torch.Tensor, size: tuple[int, int] | None = None, scale_factor: float | None = None,
                mode: str = "bilinear", antialias: bool = False) -> torch.Tensor:
    """`F.interpolate(images, size or scale_factor, mode, align_corners=False, antialias)`, for
    ``N x C x H x W``; as two matrix products where `use_exact_backward` says so."""
    if not use_exact_backward(images):
        return F.interpolate(images, size=size, scale_factor=scale_factor, mode=mode, align_corners=False,
                             antialias=antialias)
    return interpolate_by_matrices(images, size, scale_factor, mode, antialias)


def interpolate_by_matrices(images: torch.Tensor, size: tuple[int, int] | None = None,
                            scale_factor: float | None = None, mode: str = "bilinear",
                            antialias: bool = False) -> torch.Tensor:
    """`interpolate` as ``R_y @ images @ R_x^T`` (any device; its backward is two matrix products)."""
    height, width = images.shape[-2:]
    if size is None:
        size = (int(height * scale_factor), int(width * scale_factor))
    rows = _resize_matrix(height, size[0], mode, antialias, images.device).to(images.dtype)
    cols = _resize_matrix(width, size[1], mode, antialias, images.device).to(images.dtype)
    # In the images' own precision, as F.interpolate: autocast would turn these products into bf16.
    with torch.autocast(images.device.type, enabled=False):
        return rows @ images @ cols.T


@lru_cache(maxsize=64)
def _resize_matrix(size_in: int, size_out: int, mode: str, antialias: bool, device: torch.device) -> torch.Tensor:
    """The ``size_out x size_in`` matrix of a 1-D resize: PyTorch's `interpolate` of each unit vector, as
    a 1 x size_in image (the other axis is 1 -> 1, which every mode leaves exactly as it is)."""
    with torch.no_grad():
        unit = torch.eye(size_in, dtype=torch.float32).reshape(size_in, 1, 1, size_in)
        resized = F.interpolate(unit, size=(1, size_out), mode=mode, align_corners=False, antialias=antialias)
    return resized.reshape(size_in, size_out).T.to(device).contiguous()


def grid_sample(images: torch.Tensor, grid: torch.Tensor) -> torch.Tensor:
    """`F.grid_sample(images, grid, mode="bilinear", padding_mode="zeros", align_corners=False)`; as
    weighted `gather`s of the four corner pixels where `use_exact_backward` says so. No gradient flows
    to ``grid`` on that path (the warps here are random, not learnt)."""
    if not use_exact_backward(images):
        return F.grid_sample(images, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    return grid_sample_by_gather(images, grid)


def grid_sample_by_gather(images: torch.Tensor, grid: torch.Tensor) -> torch.Tensor:
    """`grid_sample` (bilinear, zeros, align_corners=False) as four weighted `gather`s (any device)."""
    batch, channels, height, width = images.shape
    grid = grid.detach()
    # As PyTorch's grid_sampler_compute_source_index with align_corners=False.
    x = ((grid[..., 0] + 1) * width - 1) / 2
    y = ((grid[..., 1] + 1) * height - 1) / 2
    x0, y0 = torch.floor(x), torch.floor(y)
    # The corner weights as PyTorch writes them: nw = (x1 - x)(y1 - y), ne = (x - x0)(y1 - y), ...
    east, west, south, north = x - x0, x0 + 1 - x, y - y0, y0 + 1 - y
    flat = images.reshape(batch, channels, height * width)
    out = None
    for dx, dy, weight in ((0, 0, west * north), (1, 0, east * north), (0, 1, west * south), (1, 1, east * south)):
        xs, ys = x0 + dx, y0 + dy
        inside = (xs >= 0) & (xs <= width - 1) & (ys >= 0) & (ys <= height - 1)
        index = (ys.clamp(0, height - 1) * width + xs.clamp(0, width - 1)).long().reshape(batch, 1, -1)
        corner = torch.gather(flat, 2, index.expand(batch, channels, index.shape[-1]))
        term = corner * (weight * inside).reshape(batch, 1, -1).to(images.dtype)
        out = term if out is None else out + term
    return out.reshape(batch, channels, *grid.shape[1:3])


NOT_DETERMINISTIC = "does not have a deterministic implementation"


@contextlib.contextmanager
def repeatable(enabled: bool, device: torch.device):
    """Deterministic algorithms on CUDA for the duration (with cuDNN's deterministic choices and a fixed
    cuBLAS workspace), restored afterwards; the CPU needs nothing. Yields a list that receives the name of
    every operation that still ran a nondeterministic kernel (warned, not refused: a run never fails for
    this), so a run can say whether it repeats."""
    alerts: list[str] = []
    if not enabled or device.type != "cuda":
        yield alerts
        return
    # cuBLAS reads this when it makes a handle's workspace; set before the first matrix product of a
    # process it makes cuBLAS repeatable (PyTorch asks for it in deterministic mode).
    os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
    before = (torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled(),
              torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark)
    torch.use_deterministic_algorithms(True, warn_only=True)
    torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark = True, False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield alerts
        for warning in caught:
            text = str(warning.message)
            if NOT_DETERMINISTIC in text:
                name = text.split(NOT_DETERMINISTIC)[0].strip()
                if name not in alerts:
                    alerts.append(name)
            else:
                warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    finally:
        torch.use_deterministic_algorithms(before[0], warn_only=before[1])
        torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark = before[2], before[3]
