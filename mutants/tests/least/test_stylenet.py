"""Tests for localstyle.least.stylenet.StyleNet (tiny inputs only)."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from localstyle.least.stylenet import StyleNet


def _param_count(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


@pytest.mark.parametrize("shape", [(1, 3, 32, 32), (2, 3, 16, 24), (1, 3, 8, 16)])
def test_output_shape_and_range(shape):
    torch.manual_seed(0)
    net = StyleNet()
    x = torch.rand(shape)
    y = net(x)
    assert y.shape == x.shape
    assert y.min() >= 0.0 and y.max() <= 1.0


@pytest.mark.parametrize("shape", [(1, 3, 30, 32), (1, 3, 32, 12), (1, 3, 8, 8), (1, 4, 16, 16), (3, 16, 16)])
def test_bad_input_shape_raises(shape):
    net = StyleNet()
    with pytest.raises(ValueError):
        net(torch.rand(shape))


def test_not_multiple_of_8_message():
    with pytest.raises(ValueError, match="multiples of 8"):
        StyleNet()(torch.rand(1, 3, 20, 16))


def test_parameter_count():
    n = _param_count(StyleNet())
    # Hand count for base width 16 (ResBlock(i, o) = 9io + o + 9o^2 + o + io + o):
    def res(i, o):
        return 9 * i * o + o + 9 * o * o + o + i * o + o

    def down(i, o):
        return 16 * i * o + o + res(o, o)

    expected = (
        (3 * 16 + 16)  # stem 1x1
        + res(16, 16)
        + down(16, 16) + down(16, 32) + down(32, 64)
        + res(64, 128)  # bottleneck
        + res(128 + 32, 64) + res(64 + 16, 32) + res(32 + 16, 16)  # up stages
        + res(32, 16)  # final block on [features, stem]
        + (16 * 3 + 3)  # head 1x1
    )
    assert n == expected
    assert 100_000 < n < 1_000_000
    # Width scales the network.
    assert _param_count(StyleNet(base_width=8)) < n
    # No affine InstanceNorm parameters.
    for m in StyleNet().modules():
        if isinstance(m, nn.InstanceNorm2d):
            assert not m.affine


def test_deterministic_given_seed():
    x = torch.rand(1, 3, 16, 16)
    torch.manual_seed(42)
    a = StyleNet()
    torch.manual_seed(42)
    b = StyleNet()
    for pa, pb in zip(a.parameters(), b.parameters()):
        assert torch.equal(pa, pb)
    assert torch.equal(a(x), b(x))
    torch.manual_seed(43)
    c = StyleNet()
    assert not torch.equal(a(x), c(x))


def test_gradients_reach_all_parameters():
    torch.manual_seed(0)
    net = StyleNet()
    net(torch.rand(1, 3, 16, 16)).mean().backward()
    for name, p in net.named_parameters():
        assert p.grad is not None, name
        assert torch.isfinite(p.grad).all(), name


def test_bad_base_width():
    with pytest.raises(ValueError):
        StyleNet(base_width=0)

