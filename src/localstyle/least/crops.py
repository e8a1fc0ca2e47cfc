"""The patch loss's crops: where they lie, how each is warped, and how a step cuts them.

A step draws its random numbers on the host, from the run's CPU generator, in the published order (the
crops' corners, then their perspective corners: `draw_crops`), and solves each warp's homography there
(64 systems of 8 x 8, in float64 as torchvision does). The compute device gets the results as tensors
(`CropDraws`), and `crop_batch` cuts, warps and resizes all the crops in three batched operations: one
`gather`, one `grid_sample` and one `interpolate`. Nothing on that path reads a value back to the host,
and its kernels and their arguments are the same at every step; only the tensors' contents change. That
is what capturing the step once as a CUDA graph needs (`least.capture`), and what keeps a GPU from
waiting on the host in an ordinary run.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import torch

from localstyle import resample
from localstyle.errors import InputError

__all__ = ["CropDraws", "crop_batch", "crop_shape", "crops_at", "cut_crops", "draw_crops", "perspective_coefficients",
           "perspective_endpoints", "perspective_grid", "random_perspective_batch", "sample_crop_boxes",
           "warp_by_coefficients", "warp_perspective"]


# --------------------------------------------------------------------------- where the crops lie


def _box_ints(box: torch.Tensor | Sequence[float]) -> tuple[int, int, int, int]:
    if isinstance(box, torch.Tensor):
        values = [float(v) for v in box.detach().reshape(-1).cpu().tolist()]
    else:
        values = [float(v) for v in box]
    if len(values) != 4:
        raise InputError(f"a box needs four numbers (x0, y0, x1, y1), got {len(values)}")
    x0, y0, x1, y1 = values
    # Integer pixel box covering the given one: floor the start, ceil the end.
    return math.floor(x0), math.floor(y0), math.ceil(x1), math.ceil(y1)


def _checked_crop_arguments(image_size, num_crops, crop_size) -> tuple[int, int, int, int, int]:
    """(width, height, crop width, crop height, number of crops) as ints, or InputError."""
    if len(image_size) != 2:
        raise InputError(f"image_size must be (width, height), got {tuple(image_size)!r}")
    width, height = int(image_size[0]), int(image_size[1])
    if height < 1 or width < 1:
        raise InputError(f"image size must be positive, got {height} x {width}")
    if int(num_crops) < 0:
        raise InputError(f"num_crops must be >= 0, got {num_crops}")
    crop_w, crop_h = (crop_size, crop_size) if isinstance(crop_size, (int, float)) else crop_size
    if int(crop_w) < 1 or int(crop_h) < 1:
        raise InputError(f"crop_size must be >= 1, got {crop_size}")
    return width, height, int(crop_w), int(crop_h), int(num_crops)


def crop_shape(image_size: Sequence[int], crop_size: int | tuple[int, int]) -> tuple[int, int]:
    """``(height, width)`` of every crop `sample_crop_boxes` draws: the crop size, at most the image's."""
    width, height, crop_w, crop_h, _ = _checked_crop_arguments(image_size, 0, crop_size)
    return min(crop_h, height), min(crop_w, width)


def _admissible_starts(lo: int, hi: int, side: int, crop: int) -> tuple[int, int, int]:
    """On one axis: the lowest crop start, the number of admissible starts, and the crop side (see
    `sample_crop_boxes`)."""
    c = min(crop, side)
    if hi - lo >= c:
        first, last = lo, hi - c
    else:
        first, last = max(hi - c, 0), min(lo, side - c)
    return first, last - first + 1, c


def sample_crop_boxes(
    box: torch.Tensor | Sequence[float],
    image_size: tuple[int, int] | Sequence[int],
    num_crops: int,
    crop_size: int | tuple[int, int],
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    """Random crop boxes over a region box, always inside the image (the reference's
    ``get_crop_coordinates``, without its crops that leave the image).

    Args:
        box: region box ``(x0, y0, x1, y1)`` in pixels, half-open (``x1``/``y1``
            exclusive). Fractional values are widened to whole pixels; the box
            is clipped to the image.
        image_size: ``(width, height)`` of the image, in pixels (x first, like
            the box and ``PIL.Image.size``).
        num_crops: number of crops ``C``.
        crop_size: crop side in pixels, one number (square) or ``(width, height)``.
        generator: torch generator (the result is on its device); ``None`` uses
            the global RNG.

    Returns:
        ``C x 4`` ``int64`` tensor of half-open boxes ``(x0, y0, x1, y1)``, all of one size (`crop_shape`).

    Per axis, with ``c = min(crop side, image side)``, the start is uniform over whole pixels:

    * region side ``>= c``: over the starts that keep the crop inside the region box;
    * region side ``< c``: over the starts whose crop CONTAINS the region on that axis (the
      reference draws them at random too, not centred), limited to those inside the image;
    * image side ``< crop side``: the crop is the whole image side.
    """
    width, height, crop_w, crop_h, num_crops = _checked_crop_arguments(image_size, num_crops, crop_size)
    bx0, by0, bx1, by1 = _box_ints(box)
    bx0, bx1 = max(bx0, 0), min(bx1, width)
    by0, by1 = max(by0, 0), min(by1, height)
    if bx1 <= bx0 or by1 <= by0:
        raise InputError(
            f"region box {tuple(_box_ints(box))} has no area inside the {width} x {height} image"
        )
    device = generator.device if generator is not None else torch.device("cpu")
    lows, counts, sizes = zip(*(_admissible_starts(lo, hi, side, crop) for lo, hi, side, crop in
                                ((bx0, bx1, width, crop_w), (by0, by1, height, crop_h))))

    # Python scalars only (no host-to-device copies); one random draw for all crops.
    u = torch.rand((num_crops, 2), generator=generator, device=device, dtype=torch.float64)
    columns = []
    for axis in range(2):
        offset = (u[:, axis] * counts[axis]).floor().to(torch.int64).clamp_max(counts[axis] - 1)
        columns.append(offset + lows[axis])
    start = torch.stack(columns, dim=1)
    end = start + torch.tensor(sizes, dtype=torch.int64, device=device)
    return torch.cat([start, end], dim=1)


# --------------------------------------------------------------------------- cutting them


def crops_at(image: torch.Tensor, starts: torch.Tensor, size: tuple[int, int]) -> torch.Tensor:
    """The pixels of ``image`` (``1 x C x H x W``) in each crop of ``size`` ``(height, width)`` whose
    top-left pixel is a row of ``starts`` (``K x 2`` int64, ``(x, y)``), exactly, as one ``gather``;
    returns ``K x C x height x width``. Nothing is read back to the host, so the crops are NOT checked:
    each must lie inside the image (those of `sample_crop_boxes` do; `cut_crops` checks).

    The gather's backward adds the crops' gradients with ``scatter_add_``, which the CPU runs one crop
    after the other in a fixed order (so a seed repeats to the bit) and CUDA runs deterministically
    under ``torch.use_deterministic_algorithms`` (the ``deterministic`` setting). An advanced-indexing
    gather would not do: its backward, ``index_put_(accumulate=True)``, adds with parallel atomics on a
    multi-threaded CPU, in an order that changes from run to run."""
    _, channels, height, width = image.shape
    crop_h, crop_w = size
    starts = starts.to(image.device)
    rows = starts[:, 1:2] + torch.arange(crop_h, device=image.device)  # K x h
    cols = starts[:, 0:1] + torch.arange(crop_w, device=image.device)  # K x w
    index = (rows[:, :, None] * width + cols[:, None, :]).reshape(1, 1, -1)
    pixels = image.reshape(1, channels, height * width).gather(2, index.expand(1, channels, index.shape[-1]))
    return pixels.reshape(channels, -1, crop_h, crop_w).transpose(0, 1).contiguous()


def cut_crops(image: torch.Tensor, boxes: torch.Tensor) -> torch.Tensor:
    """The pixels of ``image`` (``1 x C x H x W``) inside each box, exactly (no resampling), as a batch.

    ``boxes`` is ``K x 4`` half-open pixel boxes ``(x0, y0, x1, y1)`` of one size, inside the image
    (the output of :func:`sample_crop_boxes`); they are read back and checked here, so keep them on the
    host. Differentiable w.r.t. ``image``. Returns ``K x C x h x w``. The step itself uses `crops_at`,
    which checks nothing and so reads nothing back."""
    if image.ndim != 4 or image.shape[0] != 1:
        raise ValueError(f"cut_crops expects a 1 x C x H x W image, got {tuple(image.shape)}")
    if boxes.ndim != 2 or boxes.shape[-1] != 4:
        raise ValueError(f"boxes must be K x 4, got {tuple(boxes.shape)}")
    if boxes.shape[0] == 0:
        return image.new_zeros((0, image.shape[1], 1, 1))
    rows = [[int(v) for v in box] for box in boxes.tolist()]
    height, width = rows[0][3] - rows[0][1], rows[0][2] - rows[0][0]
    for x0, y0, x1, y1 in rows:
        if (y1 - y0, x1 - x0) != (height, width) or x0 < 0 or y0 < 0 or x1 > image.shape[-1] or y1 > image.shape[-2]:
            raise ValueError(f"crop box {(x0, y0, x1, y1)} is not {width} x {height} inside the "
                             f"{image.shape[-1]} x {image.shape[-2]} image")
    return crops_at(image, boxes[:, :2], (height, width))


# --------------------------------------------------------------------------- perspective


def perspective_endpoints(batch: int, width: int, height: int, distortion: float,
                          generator: torch.Generator | None = None) -> torch.Tensor:
    """Random corner targets of ``torchvision.transforms.RandomPerspective`` for a batch, in one draw.

    As torchvision's ``RandomPerspective.get_params(width, height, distortion)``: each of the four
    corners ``[top-left, top-right, bottom-right, bottom-left]`` of ``[0, width-1] x [0, height-1]``
    moves inward by a whole number of pixels, uniform in ``0 .. int(distortion * (side // 2))`` per
    axis. Returns ``batch x 4 x 2`` float32 ``(x, y)`` pixel positions on the generator's device.
    """
    device = generator.device if generator is not None else torch.device("cpu")
    reach_x, reach_y = int(distortion * (width // 2)), int(distortion * (height // 2))
    steps_x = torch.randint(0, reach_x + 1, (batch, 4), generator=generator, device=device)
    steps_y = torch.randint(0, reach_y + 1, (batch, 4), generator=generator, device=device)
    corners = torch.tensor([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]],
                           dtype=torch.float32, device=device)
    inward = torch.tensor([[1, 1], [-1, 1], [-1, -1], [1, -1]], dtype=torch.float32, device=device)
    return corners + inward * torch.stack([steps_x, steps_y], dim=-1).to(torch.float32)


def perspective_coefficients(endpoints: torch.Tensor, height: int, width: int) -> torch.Tensor:
    """The 8 coefficients (``B x 8`` float32) of torchvision's ``perspective`` homography for each row of
    ``endpoints`` (``B x 4 x 2``): the output point ``endpoints[i]`` samples the input corner
    ``startpoints[i]``. One batched 8 x 8 solve in float64 on the endpoints' device (the host in a run;
    torchvision solves the same square system by least squares in float64)."""
    batch, device = endpoints.shape[0], endpoints.device
    start = torch.tensor([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]],
                         dtype=torch.float64, device=device).expand(batch, 4, 2)
    end = endpoints.to(torch.float64)
    x, y, big_x, big_y = end[..., 0], end[..., 1], start[..., 0], start[..., 1]
    one, zero = torch.ones_like(x), torch.zeros_like(x)
    rows_x = torch.stack([x, y, one, zero, zero, zero, -big_x * x, -big_x * y], dim=-1)
    rows_y = torch.stack([zero, zero, zero, x, y, one, -big_y * x, -big_y * y], dim=-1)
    a = torch.stack([rows_x, rows_y], dim=2).reshape(batch, 8, 8)
    b = torch.stack([big_x, big_y], dim=2).reshape(batch, 8, 1)
    coeffs, _ = torch.linalg.solve_ex(a, b)  # `solve_ex` raises nothing, so it waits on nothing
    return coeffs.reshape(batch, 8).to(torch.float32)


@lru_cache(maxsize=16)
def _pixel_centres(height: int, width: int, device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
    """(output pixel centres ``(x + 0.5, y + 0.5, 1)`` as ``1 x HW x 3``, the ``[0.5 W, 0.5 H]`` that maps
    them to [-1, 1]): the same at every step, so made once, not copied from the host each time."""
    xs = torch.arange(width, device=device, dtype=torch.float32) + 0.5
    ys = torch.arange(height, device=device, dtype=torch.float32) + 0.5
    gy, gx = torch.meshgrid(ys, xs, indexing="ij")
    base = torch.stack([gx, gy, torch.ones_like(gx)], dim=-1).reshape(1, -1, 3)
    return base, torch.tensor([0.5 * width, 0.5 * height], device=device)


def perspective_grid(coefficients: torch.Tensor, height: int, width: int, dtype: torch.dtype) -> torch.Tensor:
    """Sampling grids (``B x H x W x 2``, ``align_corners=False``) of the homographies ``coefficients``
    (`perspective_coefficients`), computed on the coefficients' device."""
    batch = coefficients.shape[0]
    base, scale = _pixel_centres(height, width, coefficients.device)
    # Output pixel centres mapped by the homography, then to [-1, 1].
    numerators = base @ coefficients[:, :6].reshape(batch, 2, 3).transpose(1, 2)  # B x HW x 2
    denominator = base @ torch.cat([coefficients[:, 6:], torch.ones_like(coefficients[:, :1])], dim=1).unsqueeze(-1)
    grid = numerators / scale / denominator - 1.0
    # A pixel centre on the horizon line (denominator exactly 0, which small integer corners can hit)
    # maps to infinity, and grid_sample turns an infinite position into NaN that poisons the whole loss.
    # That point lies outside the source image: send it to a finite position outside (fill).
    grid = torch.where(torch.isfinite(grid), grid, torch.full_like(grid, -2.0))
    return grid.reshape(batch, height, width, 2).to(dtype)


def warp_by_coefficients(images: torch.Tensor, coefficients: torch.Tensor, fill: float = 0.0) -> torch.Tensor:
    """torchvision's ``perspective(image, startpoints, endpoints, BILINEAR, fill)`` for a batch, in one
    ``grid_sample``, image ``i`` by the homography ``coefficients[i]`` (`perspective_coefficients`). As
    torchvision, a coverage channel is warped with the image and the result is ``warped * coverage +
    (1 - coverage) * fill``. Differentiable w.r.t. ``images``."""
    _, channels, height, width = images.shape
    grid = perspective_grid(coefficients.to(images.device), height, width, images.dtype)
    ones = torch.ones_like(images[:, :1])
    warped = resample.grid_sample(torch.cat([images, ones], dim=1), grid)
    coverage = warped[:, channels:]
    return warped[:, :channels] * coverage + (1.0 - coverage) * float(fill)


def warp_perspective(images: torch.Tensor, endpoints: torch.Tensor, fill: float = 0.0) -> torch.Tensor:
    """`warp_by_coefficients` for corner targets: image ``i``'s corners land on ``endpoints[i]``
    (``B x 4 x 2``, from :func:`perspective_endpoints`)."""
    height, width = images.shape[-2:]
    return warp_by_coefficients(images, perspective_coefficients(endpoints, height, width), fill)


def random_perspective_batch(
    images: torch.Tensor,
    distortion: float,
    generator: torch.Generator | None = None,
    fill: float = 0.0,
) -> torch.Tensor:
    """``torchvision.transforms.RandomPerspective(distortion_scale=distortion, p=1, fill=fill)`` applied
    to each image of a ``B x C x H x W`` batch with its own random corners, in one warp (the
    reference calls it once per crop in a Python loop). ``generator`` may be on the CPU for images
    on an accelerator (the coefficients are then copied over)."""
    if images.ndim != 4:
        raise ValueError(f"random_perspective_batch expects B x C x H x W, got {tuple(images.shape)}")
    distortion = float(distortion)
    if not 0.0 <= distortion <= 1.0:
        raise ValueError(f"distortion must be in [0, 1], got {distortion}")
    batch, _, height, width = images.shape
    if batch == 0:
        return images
    return warp_perspective(images, perspective_endpoints(batch, width, height, distortion, generator), fill)


# --------------------------------------------------------------------------- one step's crops


def _host_side(tensor: torch.Tensor, device: torch.device) -> torch.Tensor:
    """``tensor`` where a copy to ``device`` can start from without waiting: pinned memory for CUDA (a
    copy from pageable memory waits for everything queued on the GPU before it), else itself."""
    if device.type == "cuda" and tensor.device.type == "cpu" and not tensor.is_pinned():
        return tensor.pin_memory()
    return tensor


@dataclass
class CropDraws:
    """One step's random crops: each crop's top-left pixel (``starts``, ``K x 2`` int64, ``(x, y)``),
    their common ``size`` ``(height, width)``, and each crop's perspective warp as homography
    coefficients (``warps``, ``K x 8`` float32; None when the warp is off)."""

    starts: torch.Tensor
    size: tuple[int, int]
    warps: torch.Tensor | None = None

    def to(self, device: torch.device) -> CropDraws:
        """The same draws on ``device`` (the host's tensors themselves where they already are there)."""
        def moved(tensor):
            return _host_side(tensor, device).to(device, non_blocking=True)

        return CropDraws(moved(self.starts), self.size, None if self.warps is None else moved(self.warps))

    def copy_(self, other: CropDraws) -> None:
        """Take ``other``'s numbers into these tensors, in place (a captured step reads these very tensors)."""
        if other.size != self.size or (other.warps is None) != (self.warps is None):
            raise ValueError(f"crops of {other.size} cannot replace crops of {self.size}")
        self.starts.copy_(_host_side(other.starts, self.starts.device), non_blocking=True)
        if self.warps is not None:
            self.warps.copy_(_host_side(other.warps, self.warps.device), non_blocking=True)


def draw_crops(box: Sequence[int], image_size: tuple[int, int], num_crops: int, crop_size: int | tuple[int, int],
               distortion: float, generator: torch.Generator | None) -> CropDraws:
    """A step's crops over ``box`` in an image of ``image_size`` ``(width, height)``, and their warps when
    ``distortion`` > 0, drawn from ``generator`` in the published order (the crops, then the corners of
    their warps: what `sample_crop_boxes` then `random_perspective_batch` draw)."""
    boxes = sample_crop_boxes(box, image_size, num_crops, crop_size, generator)
    height, width = crop_shape(image_size, crop_size)
    warps = None
    if distortion > 0:
        endpoints = perspective_endpoints(num_crops, width, height, distortion, generator)
        warps = perspective_coefficients(endpoints, height, width)
    return CropDraws(boxes[:, :2].contiguous(), (height, width), warps)


def crop_batch(image: torch.Tensor, draws: CropDraws, crop_resize: int) -> torch.Tensor:
    """The patch loss's input from ``image`` (``1 x 3 x H x W``): every crop of ``draws`` cut exactly,
    warped (when ``draws`` has warps) and resized to ``crop_resize`` square (bilinear, antialiased, as
    torchvision's ``Resize``), in that order, as the reference does; each step batched over the crops."""
    crops = crops_at(image, draws.starts, draws.size)
    if draws.warps is not None:
        crops = warp_by_coefficients(crops, draws.warps, fill=0.0)
    return resample.interpolate(crops, size=(int(crop_resize), int(crop_resize)), mode="bilinear", antialias=True)
