"""The small U-Net ("StyleNet") that LEAST optimises per image: ``I_cs = f(I_c)``.

Layout for ``base_width = w`` (16 in the method), with spatial size relative to
the input ``H x W``::

    stem   = Conv1x1(3 -> w)                                  H
    s0     = ResBlock(w -> w)(stem)                           H
    d1     = Down(w -> w)(s0)                                 H/2
    d2     = Down(w -> 2w)(d1)                                H/4
    d3     = Down(2w -> 4w)(d2)                               H/8
    b      = ResBlock(4w -> 8w)(d3)           (bottleneck)    H/8
    u1     = Up(8w + 2w -> 4w)(b, skip=d2)                    H/4
    u2     = Up(4w + w -> 2w)(u1, skip=d1)                    H/2
    u3     = Up(2w + w -> w)(u2, skip=s0)                     H
    f      = ResBlock(w + w -> w)(cat[u3, stem])   (final)    H
    out    = sigmoid(Conv1x1(w -> 3)(f))                      H

* ``ResBlock(cin -> cout)``: main path
  ``Conv3x3 -> InstanceNorm -> ReLU -> Conv3x3 -> InstanceNorm -> ReLU``,
  skip path ``Conv1x1(cin -> cout)``; the block returns ``main + skip``
  (the sum is not followed by another activation, so the skip is a plain linear
  shortcut). InstanceNorm has no affine parameters.
* ``Down(cin -> cout)``: ``Conv4x4(stride 2, padding 1) -> InstanceNorm -> ReLU``
  followed by ``ResBlock(cout -> cout)``.
* ``Up(cin -> cout)``: bilinear x2 upsampling (``align_corners=False``),
  concatenation with the encoder skip, ``ResBlock(cin -> cout)``.

Input and output are ``B x 3 x H x W`` in ``[0, 1]``; ``H`` and ``W`` must be
multiples of 8 (three halvings) and the bottleneck must have more than one
spatial element (InstanceNorm needs at least two), i.e. not ``8 x 8``.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

__all__ = ["StyleNet"]


def _norm_relu(channels: int) -> list[nn.Module]:
    return [nn.InstanceNorm2d(channels, affine=False), nn.ReLU(inplace=True)]


class _ResBlock(nn.Module):
    """Two 3x3 conv + InstanceNorm + ReLU, plus a 1x1 conv shortcut, summed."""

    def __init__(self, in_channels: int, out_channels: int) -> None:
        super().__init__()
        self.main = nn.Sequential(
            nn.Conv2d(in_channels, out_channels, 3, padding=1),
            *_norm_relu(out_channels),
            nn.Conv2d(out_channels, out_channels, 3, padding=1),
            *_norm_relu(out_channels),
        )
        self.skip = nn.Conv2d(in_channels, out_channels, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.main(x) + self.skip(x)


class _Down(nn.Module):
    """4x4 stride-2 conv (+ InstanceNorm + ReLU), then a residual block."""

    def __init__(self, in_channels: int, out_channels: int) -> None:
        super().__init__()
        self.down = nn.Sequential(
            nn.Conv2d(in_channels, out_channels, 4, stride=2, padding=1),
            *_norm_relu(out_channels),
        )
        self.block = _ResBlock(out_channels, out_channels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.block(self.down(x))


class _Up(nn.Module):
    """Bilinear x2 upsampling, concatenation with the skip, residual block."""

    def __init__(self, in_channels: int, skip_channels: int, out_channels: int) -> None:
        super().__init__()
        self.block = _ResBlock(in_channels + skip_channels, out_channels)

    def forward(self, x: torch.Tensor, skip: torch.Tensor) -> torch.Tensor:
        x = F.interpolate(x, scale_factor=2.0, mode="bilinear", align_corners=False)
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
        self.stem_block = _ResBlock(w, w)
        self.down1 = _Down(w, w)
        self.down2 = _Down(w, 2 * w)
        self.down3 = _Down(2 * w, 4 * w)
        self.bottleneck = _ResBlock(4 * w, 8 * w)
        self.up1 = _Up(8 * w, 2 * w, 4 * w)
        self.up2 = _Up(4 * w, w, 2 * w)
        self.up3 = _Up(2 * w, w, w)
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
        stem = self.stem(x)
        s0 = self.stem_block(stem)
        d1 = self.down1(s0)
        d2 = self.down2(d1)
        d3 = self.down3(d2)
        b = self.bottleneck(d3)
        u = self.up1(b, d2)
        u = self.up2(u, d1)
        u = self.up3(u, s0)
        f = self.final(torch.cat([u, stem], dim=1))
        return torch.sigmoid(self.head(f))
