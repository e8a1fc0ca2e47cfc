"""Focus and Cover: the attention supervision of RegionRoute.

For a map A (one value per target token, for one layer and one style token) and the object's mask M on
the same token grid:
    Focus = KL(M / sum M || softmax(A / tau))      (uniform target when the mask is empty)
    Cover = BCE-with-logits(alpha * A, M), mean over positions
with tau = 0.1 and alpha = 2.0 as released. Reductions:
- `released` (default): a loss per layer, sample and token, averaged over tokens, then samples, then layers;
- `map`: the maps averaged over layers (resized to the finest grid) and tokens first, one loss per sample.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

from localstyle.errors import InputError

REDUCTIONS = ("released", "map")
TAU, ALPHA = 0.1, 2.0


def mask_to_grid(mask: torch.Tensor, grid: tuple[int, int]) -> torch.Tensor:
    """A pixel mask (H, W) -> (grid_h * grid_w,) of 0/1: area-average, then >= 0.5 (keeps thin parts
    better than nearest-neighbour sampling)."""
    cells = F.adaptive_avg_pool2d(mask.float()[None, None], grid)[0, 0]
    return (cells >= 0.5).float().flatten()


def focus_loss(attention: torch.Tensor, mask: torch.Tensor, tau: float = TAU) -> torch.Tensor:
    """KL(M / sum M || softmax(A / tau)) over positions; 0 log 0 counts as 0."""
    total = mask.sum()
    target = mask / total if total > 0 else torch.full_like(mask, 1.0 / mask.numel())
    log_predicted = F.log_softmax(attention / tau, dim=-1)
    inside = target > 0
    return (target[inside] * (target[inside].log() - log_predicted[inside])).sum()


def cover_loss(attention: torch.Tensor, mask: torch.Tensor, alpha: float = ALPHA) -> torch.Tensor:
    return F.binary_cross_entropy_with_logits(alpha * attention, mask.to(attention.dtype))


def check_map_mode(mode: str, reduction: str, positions: list) -> None:
    """Refuse the configurations whose loss has no gradient (the released code's degenerate map)."""
    if reduction not in REDUCTIONS:
        raise InputError(f"unknown loss reduction {reduction!r}: choose from {', '.join(REDUCTIONS)}")
    if mode != "selected":
        return
    if reduction == "map":
        raise InputError("map mode 'selected' with reduction 'map' is degenerate: the softmax over the style "
                         "tokens averaged over them is exactly 1/K everywhere; use mode 'joint'")
    single = [i for i, p in enumerate(positions) if p is not None and len(p) == 1]
    if single:
        raise InputError(f"map mode 'selected' is degenerate for a one-token style (sample {single[0]}): the "
                         "softmax over one key is exactly 1 everywhere and the losses have no gradient; "
                         "use mode 'joint'")


def region_losses(layers: dict, masks: list[torch.Tensor], reduction: str = "released", tau: float = TAU,
                  alpha: float = ALPHA) -> tuple[torch.Tensor, torch.Tensor]:
    """(focus, cover) from the recorder's layers (name -> LayerMap) and one pixel mask per sample."""
    if not layers:
        raise InputError("no attention map was recorded: are the recording processors installed?")
    if reduction == "map":
        return _losses_of_averaged_maps(layers, masks, tau, alpha)
    focus_layers, cover_layers = [], []
    for layer in layers.values():
        focus_samples, cover_samples = [], []
        for sample, attention in enumerate(layer.maps):
            if attention is None:
                continue
            attention = attention.float()  # bf16 maps under autocast: the losses in fp32
            target = mask_to_grid(masks[sample].to(attention.device), layer.grid)
            focus_samples.append(torch.stack([focus_loss(a, target, tau) for a in attention.T]).mean())
            cover_samples.append(torch.stack([cover_loss(a, target, alpha) for a in attention.T]).mean())
        focus_layers.append(torch.stack(focus_samples).mean())
        cover_layers.append(torch.stack(cover_samples).mean())
    return torch.stack(focus_layers).mean(), torch.stack(cover_layers).mean()


def _losses_of_averaged_maps(layers: dict, masks: list, tau: float, alpha: float):
    grid = max((layer.grid for layer in layers.values()), key=lambda g: g[0] * g[1])
    focus, cover = [], []
    for sample in range(len(masks)):
        per_layer = [_on_grid(layer.maps[sample].float().mean(dim=1), layer.grid, grid) for layer in layers.values()
                     if layer.maps[sample] is not None]
        if not per_layer:
            continue
        attention = torch.stack(per_layer).mean(dim=0)
        target = mask_to_grid(masks[sample].to(attention.device), grid)
        focus.append(focus_loss(attention, target, tau))
        cover.append(cover_loss(attention, target, alpha))
    return torch.stack(focus).mean(), torch.stack(cover).mean()


def _on_grid(values: torch.Tensor, grid: tuple[int, int], target: tuple[int, int]) -> torch.Tensor:
    if tuple(grid) == tuple(target):
        return values
    return F.interpolate(values.view(1, 1, *grid), size=target, mode="bilinear", align_corners=False).flatten()
