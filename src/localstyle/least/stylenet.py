"""The small U-Net ("StyleNet") that LEAST optimises per image: ``I_cs = f(I_c)``.

The layout is CLIPstyler's ``StyleNet.UNet`` (which LEAST uses unchanged), written afresh. For
``base_width = w`` (16 in the method; 615,267 parameters), with spatial size relative to the input::

    init  = ResBlock(w -> w)(Conv1x1(3 -> w)(x))                  H      (kept for the last block)
    s1    = ResBlock(w -> w)(init);    d1 = Conv4x4/2(s1)          H, H/2
    s2    = ResBlock(w -> 2w)(d1);     d2 = Conv4x4/2(s2)          H/2, H/4
    s3    = ResBlock(2w -> 4w)(d2);    d3 = Conv4x4/2(s3)          H/4, H/8
    b     = ResBlock(4w -> 8w)(d3)                   (bottleneck)  H/8
    u3    = ResBlock(8w + 4w -> 4w)(cat[up(b), s3])                H/4
    u2    = ResBlock(4w + 2w -> 2w)(cat[up(u3), s2])               H/2
    u1    = ResBlock(2w + w -> w)(cat[up(u2), s1])                 H
    out   = sigmoid(Conv1x1(w -> 3)(ResBlock(2w -> w)(cat[u1, init])))

* ``ResBlock(cin -> cout)``: ``Conv3x3 -> InstanceNorm -> ReLU -> Conv3x3 -> InstanceNorm -> ReLU``
  plus a ``Conv1x1(cin -> cout)`` shortcut, summed (no activation after the sum). InstanceNorm has
  no affine parameters.
* Each down stage's residual block runs at the stage's input resolution and its output is the skip;
  the downsampling is a plain ``Conv4x4(stride 2, padding 1)``, with no norm and no ReLU.
* ``up``: bilinear x2 (``align_corners=False``).

Input and output are ``B x 3 x H x W`` in ``[0, 1]``; ``H`` and ``W`` must be multiples of 8 (three
halvings) and the bottleneck must have more than one spatial element (InstanceNorm needs at least
two), i.e. not ``8 x 8``.
"""

from __future__ import annotations

import torch
from torch import nn

from localstyle import resample

__all__ = ["StyleNet"]


class _ResBlock(nn.Module):
    """Two 3x3 conv + InstanceNorm + ReLU, plus a 1x1 conv shortcut, summed."""

    def __init__(self, in_channels: int, out_channels: int) -> None:
        super().__init__()
        self.main = nn.Sequential(
            nn.Conv2d(in_channels, out_channels, 3, padding=1),
            nn.InstanceNorm2d(out_channels, affine=False),
            nn.ReLU(),
            nn.Conv2d(out_channels, out_channels, 3, padding=1),
            nn.InstanceNorm2d(out_channels, affine=False),
            nn.ReLU(),
        )
        self.skip = nn.Conv2d(in_channels, out_channels, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.main(x) + self.skip(x)


class _Down(nn.Module):
    """A residual block at the current resolution (its output is the skip), then a 4x4 stride-2 conv."""

    def __init__(self, in_channels: int, out_channels: int) -> None:
        super().__init__()
        self.block = _ResBlock(in_channels, out_channels)
        self.down = nn.Conv2d(out_channels, out_channels, 4, stride=2, padding=1)

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        skip = self.block(x)
        return self.down(skip), skip


class _Up(nn.Module):
    """Bilinear x2 upsampling, concatenation with the skip, residual block."""

    def __init__(self, in_channels: int, skip_channels: int, out_channels: int) -> None:
        super().__init__()
        self.block = _ResBlock(in_channels + skip_channels, out_channels)

    def forward(self, x: torch.Tensor, skip: torch.Tensor) -> torch.Tensor:
        x = resample.interpolate(x, scale_factor=2.0, mode="bilinear")
        return self.block(torch.cat([x, skip], dim=1))


class StyleNet(nn.Module):
    """U-Net mapping a ``B x 3 x H x W`` image in [0, 1] to one of the same shape in [0, 1]."""

    def __init__(self, base_width: int = 16) -> None:
        super().__init__()
        if isinstance(base_width, bool) or not isinstance(base_width, int) or base_width < 1:
            raise ValueError(f"base_width must be a positive integer, got {base_width!r}")
        w = base_width
        self.base_width = w
        self.stem = nn.Conv2d(3, w, 1)
        self.init_block = _ResBlock(w, w)
        self.down1 = _Down(w, w)
        self.down2 = _Down(w, 2 * w)
        self.down3 = _Down(2 * w, 4 * w)
        self.bottleneck = _ResBlock(4 * w, 8 * w)
        self.up3 = _Up(8 * w, 4 * w, 4 * w)
        self.up2 = _Up(4 * w, 2 * w, 2 * w)
        self.up1 = _Up(2 * w, w, w)
        self.final = _ResBlock(2 * w, w)
        self.head = nn.Conv2d(w, 3, 1)

    @staticmethod
    def check_input(x: torch.Tensor) -> None:
        """Raise ``ValueError`` unless ``x`` is a ``B x 3 x H x W`` tensor the net accepts."""
        if not isinstance(x, torch.Tensor) or x.ndim != 4 or x.shape[1] != 3:
            shape = tuple(x.shape) if isinstance(x, torch.Tensor) else type(x).__name__
            raise ValueError(f"StyleNet expects a B x 3 x H x W tensor, got {shape}")
        h, w = int(x.shape[-2]), int(x.shape[-1])
        if h % 8 or w % 8 or h == 0 or w == 0:
            raise ValueError(
                f"StyleNet needs height and width that are positive multiples of 8 "
                f"(three stride-2 stages), got {h} x {w}"
            )
        if (h // 8) * (w // 8) < 2:
            raise ValueError(
                f"StyleNet input {h} x {w} is too small: the 1/8-scale bottleneck must have "
                f"at least two pixels for instance normalisation (use at least 8 x 16)"
            )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.check_input(x)
        init = self.init_block(self.stem(x))
        d1, s1 = self.down1(init)
        d2, s2 = self.down2(d1)
        d3, s3 = self.down3(d2)
        u = self.up3(self.bottleneck(d3), s3)
        u = self.up2(u, s2)
        u = self.up1(u, s1)
        return torch.sigmoid(self.head(self.final(torch.cat([u, init], dim=1))))
