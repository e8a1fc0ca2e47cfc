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
    logits = []
    net.head.register_forward_hook(lambda module, args, out: logits.append(out))
    y = net(x)
    assert y.shape == x.shape
    torch.testing.assert_close(y, torch.sigmoid(logits[0]), rtol=0, atol=0)  # the head's output, squashed


@pytest.mark.parametrize("shape", [(1, 3, 30, 32), (1, 3, 32, 12), (1, 3, 8, 8), (1, 4, 16, 16), (3, 16, 16)])
def test_bad_input_shape_raises(shape):
    net = StyleNet()
    with pytest.raises(ValueError):
        net(torch.rand(shape))


def test_not_multiple_of_8_message():
    with pytest.raises(ValueError, match="multiples of 8"):
        StyleNet()(torch.rand(1, 3, 20, 16))


def test_parameter_count_is_clipstylers_unet():
    n = _param_count(StyleNet())
    # CLIPstyler's StyleNet.UNet(ngf=16, input_channel=3) has 615,267 parameters.
    assert n == 615_267

    # Hand count for base width 16 (ResBlock(i, o) = 9io + o + 9o^2 + o + io + o):
    def res(i, o):
        return 9 * i * o + o + 9 * o * o + o + i * o + o

    def down(i, o):  # residual block at the stage's resolution, then a plain 4x4 stride-2 conv
        return res(i, o) + 16 * o * o + o

    expected = (
        (3 * 16 + 16)  # stem 1x1
        + res(16, 16)  # init block
        + down(16, 16) + down(16, 32) + down(32, 64)
        + res(64, 128)  # bottleneck
        + res(128 + 64, 64) + res(64 + 32, 32) + res(32 + 16, 16)  # up stages: input widths 192, 96, 48
        + res(32, 16)  # final block on [features, init block]
        + (16 * 3 + 3)  # head 1x1
    )
    assert n == expected
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



def test_layout_skips_and_final_concatenation():
    """Down stages keep the residual block's output (before the stride-2 conv) as the skip; the last
    block sees the init block's output; the stride-2 convs have no norm or ReLU after them."""
    torch.manual_seed(0)
    net = StyleNet()
    shapes = {}
    for name in ("init_block", "down1", "down2", "down3", "bottleneck", "final"):
        getattr(net, name).register_forward_hook(
            lambda module, args, out, name=name: shapes.update({name: [tuple(t.shape) for t in (out if isinstance(out, tuple) else (out,))],
                                                              name + "_in": tuple(args[0].shape)}))
    net(torch.rand(1, 3, 32, 48))
    assert shapes["init_block"] == [(1, 16, 32, 48)]
    assert shapes["down1"] == [(1, 16, 16, 24), (1, 16, 32, 48)]  # (downsampled, skip)
    assert shapes["down2"] == [(1, 32, 8, 12), (1, 32, 16, 24)]
    assert shapes["down3"] == [(1, 64, 4, 6), (1, 64, 8, 12)]
    assert shapes["bottleneck"] == [(1, 128, 4, 6)]
    assert shapes["final_in"] == (1, 32, 32, 48)
    assert isinstance(net.down1.down, nn.Conv2d) and net.down1.down.stride == (2, 2)
    assert net.up3.block.skip.in_channels == 192 and net.up2.block.skip.in_channels == 96
    assert net.up1.block.skip.in_channels == 48
