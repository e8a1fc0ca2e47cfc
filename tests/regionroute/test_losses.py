"""Focus and Cover against values computed by hand from their formulas (tau 0.1, alpha 2)."""

import math

import pytest
import torch

from localstyle.regionroute.attention import LayerMap
from localstyle.regionroute.losses import (
    cover_loss,
    focus_loss,
    mask_to_grid,
    region_losses,
)

A = torch.tensor([0.0, 0.1, 0.2, 0.3])
M = torch.tensor([0.0, 1.0, 1.0, 0.0])
LOG_SUM = math.log(1 + math.e + math.e ** 2 + math.e ** 3)  # softmax(A / 0.1) = e^k / sum, k = 0..3


def test_focus_by_hand():
    # target (0, 1/2, 1/2, 0): KL = 1/2 (log 1/2 - (1 - L)) + 1/2 (log 1/2 - (2 - L)), L = log sum e^k
    expected = math.log(0.5) - 1.5 + LOG_SUM
    assert focus_loss(A, M).item() == pytest.approx(expected, rel=1e-6)
    assert expected == pytest.approx(1.247042, abs=1e-6)


def test_focus_of_an_empty_mask_has_a_uniform_target():
    expected = math.log(0.25) - (0 + 1 + 2 + 3) / 4 + LOG_SUM
    assert focus_loss(A, torch.zeros(4)).item() == pytest.approx(expected, rel=1e-6)
    assert focus_loss(torch.zeros(4), torch.zeros(4)).item() == pytest.approx(0.0, abs=1e-7)


def test_cover_by_hand():
    softplus = lambda x: math.log(1 + math.exp(x))
    expected = (softplus(0.0) + softplus(-0.2) + softplus(-0.4) + softplus(0.6)) / 4
    assert cover_loss(A, M).item() == pytest.approx(expected, rel=1e-6)
    empty = (softplus(0.0) + softplus(0.2) + softplus(0.4) + softplus(0.6)) / 4
    assert cover_loss(A, torch.zeros(4)).item() == pytest.approx(empty, rel=1e-6)
    assert (expected, empty) == pytest.approx((0.710447, 0.860447), abs=1e-6)


def test_mask_to_grid_area_average_then_half():
    mask = torch.zeros(4, 4)
    mask[0, 0] = mask[0, 1] = 1  # top-left cell half covered -> 1
    mask[0, 2] = 1  # top-right cell a quarter covered -> 0
    mask[2:, 2:] = 1  # bottom-right cell full -> 1
    assert mask_to_grid(mask, (2, 2)).tolist() == [1.0, 0.0, 0.0, 1.0]
    assert mask_to_grid(mask.bool(), (4, 4)).tolist() == mask.flatten().tolist()


def test_released_reduction_is_per_layer_sample_and_token_then_averaged():
    torch.manual_seed(0)
    masks = [torch.tensor([[1.0, 1.0], [0.0, 0.0]]), torch.zeros(2, 2)]
    layers = {name: LayerMap([torch.rand(4, 2), torch.rand(4, 1)], (2, 2)) for name in ("a", "b")}
    focus, cover = region_losses(layers, masks)
    grids = [mask_to_grid(m, (2, 2)) for m in masks]

    def mean(values):
        return sum(values) / len(values)

    expected_focus = mean([mean([mean([focus_loss(a, grids[s]) for a in layer.maps[s].T]) for s in range(2)])
                           for layer in layers.values()])
    expected_cover = mean([mean([mean([cover_loss(a, grids[s]) for a in layer.maps[s].T]) for s in range(2)])
                           for layer in layers.values()])
    assert focus.item() == pytest.approx(expected_focus.item(), rel=1e-6)
    assert cover.item() == pytest.approx(expected_cover.item(), rel=1e-6)
    flat = mean([focus_loss(a, grids[s]) for layer in layers.values() for s in range(2) for a in layer.maps[s].T])
    assert focus.item() != pytest.approx(flat.item(), rel=1e-4)  # the order of the means matters


def test_map_reduction_averages_the_maps_first():
    torch.manual_seed(0)
    mask = torch.tensor([[1.0, 0.0], [0.0, 0.0]])
    fine, coarse = torch.rand(4, 2), torch.rand(1, 2)
    layers = {"fine": LayerMap([fine], (2, 2)), "coarse": LayerMap([coarse], (1, 1))}
    focus, cover = region_losses(layers, [mask], reduction="map")
    averaged = (fine.mean(dim=1) + coarse.mean(dim=1).expand(4)) / 2  # a 1 x 1 map resizes to a constant
    assert focus.item() == pytest.approx(focus_loss(averaged, mask.flatten()).item(), rel=1e-6)
    assert cover.item() == pytest.approx(cover_loss(averaged, mask.flatten()).item(), rel=1e-6)


def test_samples_without_a_map_are_skipped():
    layers = {"a": LayerMap([A[:, None], None], (2, 2))}
    focus, _ = region_losses(layers, [M.view(2, 2), torch.ones(2, 2)])
    assert focus.item() == pytest.approx(focus_loss(A, M).item())
