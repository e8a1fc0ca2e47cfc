"""The four masked LEAST losses and their helpers, as pure tensor functions.

Models enter only as callables:

* ``encode_image(images) -> embeddings``: takes ``N x 3 x H x W`` images in
  ``[0, 1]`` and returns ``N x D`` L2-normalised CLIP image embeddings. Resizing
  to the CLIP input size and CLIP normalisation are the callable's job.
* :class:`VGGContentFeatures` wraps a torchvision-style VGG19 ``features``
  ``nn.Sequential`` and applies ImageNet normalisation itself (once).

Nothing here is meant to synchronise with the host inside the per-iteration
path (crop extraction, perspective warp, encoding, losses): no ``.item()``, no
data-dependent Python branching, no blocking host-to-device copies. The only
place that works with Python numbers is :func:`sample_crop_boxes`, whose box
is known on the host anyway; give it a generator on the compute device to get
the boxes there directly.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

import torch
import torch.nn.functional as F
from torch import nn

from localstyle import resample
from localstyle.errors import InputError

__all__ = [
    "CLIP_MEAN",
    "CLIP_STD",
    "IMAGENET_MEAN",
    "IMAGENET_STD",
    "directional_loss",
    "pad_to_square",
    "masked_global_directional_loss",
    "sample_crop_boxes",
    "cut_crops",
    "perspective_endpoints",
    "warp_perspective",
    "random_perspective_batch",
    "masked_patch_loss",
    "vgg_content_loss",
    "masked_total_variation",
    "VGGContentFeatures",
]

CLIP_MEAN: tuple[float, float, float] = (0.48145466, 0.4578275, 0.40821073)
CLIP_STD: tuple[float, float, float] = (0.26862954, 0.26130258, 0.27577711)
IMAGENET_MEAN: tuple[float, float, float] = (0.485, 0.456, 0.406)
IMAGENET_STD: tuple[float, float, float] = (0.229, 0.224, 0.225)

EncodeImage = Callable[[torch.Tensor], torch.Tensor]

_EPS = 1e-8


def _safe_normalize(x: torch.Tensor, eps: float = _EPS) -> torch.Tensor:
    """L2-normalise the last dimension; finite value and gradient even at ``x == 0``.

    ``sqrt(|x|^2 + eps^2)`` is smooth everywhere, unlike ``max(|x|, eps)`` whose
    norm has an undefined derivative at zero. A zero row stays a zero row.
    """
    return x / torch.sqrt((x * x).sum(dim=-1, keepdim=True) + eps * eps)


# --------------------------------------------------------------------------- CLIP losses


def directional_loss(
    image_emb: torch.Tensor, source_emb: torch.Tensor, text_direction: torch.Tensor
) -> torch.Tensor:
    """Per-row ``1 - cos(normalize(image_emb - source_emb), text_direction)``.

    ``image_emb`` is ``N x D``; ``source_emb`` is ``1 x D`` or ``N x D``;
    ``text_direction`` is ``1 x D`` (or ``D``). Returns a tensor of shape ``N``
    (float32) with values in ``[0, 2]``. A zero image direction gives loss 1
    (cosine 0) and a finite gradient, never NaN.
    """
    # Computed in float32 (half-precision embeddings would underflow eps**2).
    image_emb = image_emb.float()
    source_emb = source_emb.to(device=image_emb.device, dtype=torch.float32)
    text_direction = text_direction.to(device=image_emb.device, dtype=torch.float32)
    if image_emb.ndim == 1:
        image_emb = image_emb.unsqueeze(0)
    if source_emb.ndim == 1:
        source_emb = source_emb.unsqueeze(0)
    if text_direction.ndim == 1:
        text_direction = text_direction.unsqueeze(0)
    direction = _safe_normalize(image_emb - source_emb)
    text = _safe_normalize(text_direction)
    return 1.0 - (direction * text).sum(dim=-1)


def pad_to_square(images: torch.Tensor) -> torch.Tensor:
    """Pad ``N x C x H x W`` with zeros (black) to a centred square of side ``max(H, W)``.

    The global CLIP input of a region-first working crop goes through this before CLIP squashes it to
    224 x 224: the reference squashes the photo's own aspect only, and a non-square working crop
    squashed to a square would distort a thin or tall region far more. Black is what the masked image
    already has outside the mask, so the padding adds nothing CLIP could read. Square input: unchanged.
    """
    height, width = int(images.shape[-2]), int(images.shape[-1])
    side = max(height, width)
    left, top = (side - width) // 2, (side - height) // 2
    if side == height == width:
        return images
    return F.pad(images, (left, side - width - left, top, side - height - top))


def masked_global_directional_loss(
    encode_image: EncodeImage,
    stylized: torch.Tensor,
    mask: torch.Tensor,
    source_emb: torch.Tensor,
    text_direction: torch.Tensor,
) -> torch.Tensor:
    """Directional loss of ``encode_image(pad_to_square(stylized * mask))`` against ``source_emb``.

    ``source_emb`` is ``encode_image(pad_to_square(content * mask))``, computed once by the caller
    (the same padding on both sides). ``mask`` broadcasts against ``stylized`` (e.g.
    ``1 x 1 x H x W``). Returns the mean over the batch (a scalar).
    """
    return directional_loss(encode_image(pad_to_square(stylized * mask)), source_emb, text_direction).mean()


# --------------------------------------------------------------------------- crops


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
        ``C x 4`` ``int64`` tensor of half-open boxes ``(x0, y0, x1, y1)``, all of one size.

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


def cut_crops(image: torch.Tensor, boxes: torch.Tensor) -> torch.Tensor:
    """The pixels of ``image`` (``1 x C x H x W``) inside each box, exactly (no resampling), as a batch.

    ``boxes`` is ``K x 4`` half-open pixel boxes ``(x0, y0, x1, y1)`` of one size, inside the
    image (the output of :func:`sample_crop_boxes`). Differentiable w.r.t. ``image``. Returns
    ``K x C x h x w``. Keep the boxes on the CPU (as the optimiser does): they are read as Python
    numbers, which would wait for an accelerator.

    The crops are slices stacked, not one advanced-indexing gather: the gather's backward is
    ``index_put_(accumulate=True)``, which PyTorch runs with parallel atomic adds on a multi-threaded
    CPU once it has 32,768 elements or more, so overlapping crops summed their gradients in a different
    order in every run and a seed did not repeat to the bit. Slices' gradients are added one after the
    other in a fixed order. Same forward values; 22 ms instead of 16 ms forward + backward for 64 crops
    of 100 px on a 512 px image, 2 threads (a paper step takes seconds).
    """
    if image.ndim != 4 or image.shape[0] != 1:
        raise ValueError(f"cut_crops expects a 1 x C x H x W image, got {tuple(image.shape)}")
    if boxes.ndim != 2 or boxes.shape[-1] != 4:
        raise ValueError(f"boxes must be K x 4, got {tuple(boxes.shape)}")
    if boxes.shape[0] == 0:
        return image.new_zeros((0, image.shape[1], 1, 1))
    boxes = [[int(v) for v in box] for box in boxes.tolist()]
    height, width = boxes[0][3] - boxes[0][1], boxes[0][2] - boxes[0][0]
    for x0, y0, x1, y1 in boxes:
        if (y1 - y0, x1 - x0) != (height, width) or x0 < 0 or y0 < 0 or x1 > image.shape[-1] or y1 > image.shape[-2]:
            raise ValueError(f"crop box {(x0, y0, x1, y1)} is not {width} x {height} inside the "
                             f"{image.shape[-1]} x {image.shape[-2]} image")
    return torch.stack([image[0, :, y0:y1, x0:x1] for x0, y0, x1, y1 in boxes])


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


def _perspective_grid(endpoints: torch.Tensor, height: int, width: int, dtype: torch.dtype) -> torch.Tensor:
    """Sampling grids (``B x H x W x 2``, ``align_corners=False``) of torchvision's ``perspective``
    for each row of ``endpoints``: the output point ``endpoints[i]`` samples the input corner
    ``startpoints[i]``. The coefficients come from one batched 8 x 8 solve in float64 (torchvision
    solves the same square system by least squares in float64); ``solve_ex`` does not wait on the host."""
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
    coeffs, _ = torch.linalg.solve_ex(a, b)
    coeffs = coeffs.reshape(batch, 8).to(torch.float32)
    # Output pixel centres (x + 0.5, y + 0.5) mapped by the homography, then to [-1, 1].
    xs = torch.arange(width, device=device, dtype=torch.float32) + 0.5
    ys = torch.arange(height, device=device, dtype=torch.float32) + 0.5
    gy, gx = torch.meshgrid(ys, xs, indexing="ij")
    base = torch.stack([gx, gy, torch.ones_like(gx)], dim=-1).reshape(1, -1, 3)
    numerators = base @ coeffs[:, :6].reshape(batch, 2, 3).transpose(1, 2)  # B x HW x 2
    denominator = base @ torch.cat([coeffs[:, 6:], torch.ones_like(coeffs[:, :1])], dim=1).unsqueeze(-1)
    scale = torch.tensor([0.5 * width, 0.5 * height], device=device)
    grid = numerators / scale / denominator - 1.0
    # A pixel centre on the horizon line (denominator exactly 0, which small integer corners can hit)
    # maps to infinity, and grid_sample turns an infinite position into NaN that poisons the whole loss.
    # That point lies outside the source image: send it to a finite position outside (fill).
    grid = torch.where(torch.isfinite(grid), grid, torch.full_like(grid, -2.0))
    return grid.reshape(batch, height, width, 2).to(dtype)


def warp_perspective(images: torch.Tensor, endpoints: torch.Tensor, fill: float = 0.0) -> torch.Tensor:
    """torchvision's ``perspective(image, startpoints, endpoints, BILINEAR, fill)`` for a batch, in one
    ``grid_sample``: image ``i``'s corners land on ``endpoints[i]`` (``B x 4 x 2``, from
    :func:`perspective_endpoints`). As torchvision, a coverage channel is warped with the image and
    the result is ``warped * coverage + (1 - coverage) * fill``. Differentiable w.r.t. ``images``."""
    _, channels, height, width = images.shape
    grid = _perspective_grid(endpoints.to(images.device), height, width, images.dtype)
    ones = torch.ones_like(images[:, :1])
    warped = resample.grid_sample(torch.cat([images, ones], dim=1), grid)
    coverage = warped[:, channels:]
    return warped[:, :channels] * coverage + (1.0 - coverage) * float(fill)


def random_perspective_batch(
    images: torch.Tensor,
    distortion: float,
    generator: torch.Generator | None = None,
    fill: float = 0.0,
) -> torch.Tensor:
    """``torchvision.transforms.RandomPerspective(distortion_scale=distortion, p=1, fill=fill)`` applied
    to each image of a ``B x C x H x W`` batch with its own random corners, in one warp (the
    reference calls it once per crop in a Python loop). ``generator`` may be on the CPU for images
    on an accelerator (the corners are then copied over)."""
    if images.ndim != 4:
        raise ValueError(f"random_perspective_batch expects B x C x H x W, got {tuple(images.shape)}")
    distortion = float(distortion)
    if not 0.0 <= distortion <= 1.0:
        raise ValueError(f"distortion must be in [0, 1], got {distortion}")
    batch, _, height, width = images.shape
    if batch == 0:
        return images
    return warp_perspective(images, perspective_endpoints(batch, width, height, distortion, generator), fill)


# --------------------------------------------------------------------------- patch loss


def masked_patch_loss(
    encode_image: EncodeImage,
    stylized: torch.Tensor,
    crop_boxes: torch.Tensor,
    source_emb: torch.Tensor,
    text_direction: torch.Tensor,
    crop_resize: int = 224,
    distortion: float = 0.5,
    threshold: float = 0.7,
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    """LEAST masked patch loss (a scalar), the reference's per-crop work done as one batch.

    The crops of ``stylized`` (``1 x 3 x H x W``) at ``crop_boxes`` (``C x 4``, from
    :func:`sample_crop_boxes`, over the mask's bounding box; the pixels are not masked) are cut
    exactly, warped by a random perspective each (torchvision's ``RandomPerspective``, fill 0;
    skipped when ``distortion`` is 0), resized to ``crop_resize`` square (bilinear, antialiased, as
    torchvision's ``Resize``), encoded as one batch, and scored with the directional loss against
    ``source_emb``: the embedding of the whole unmasked photo, as in the reference. Crop losses
    below ``threshold`` are set to 0 (``torch.where``, graph kept) and the mean is over all ``C``
    crops. Same order and resampling steps as the reference: cut, warp at crop size, resize.
    """
    crops = cut_crops(stylized, crop_boxes)
    if distortion > 0:
        crops = random_perspective_batch(crops, distortion, generator, fill=0.0)
    crops = resample.interpolate(crops, size=(int(crop_resize), int(crop_resize)), mode="bilinear", antialias=True)
    losses = directional_loss(encode_image(crops), source_emb, text_direction)
    losses = torch.where(losses < threshold, torch.zeros_like(losses), losses)
    return losses.sum() / max(int(crops.shape[0]), 1)


# --------------------------------------------------------------------------- content and TV


def vgg_content_loss(
    features_content: Mapping[str, torch.Tensor] | Sequence[torch.Tensor],
    features_stylized: Mapping[str, torch.Tensor] | Sequence[torch.Tensor],
) -> torch.Tensor:
    """Sum over layers of the per-layer mean squared error.

    Both arguments are dicts with the same keys (as returned by
    :class:`VGGContentFeatures`) or sequences of the same length.
    """
    if isinstance(features_content, Mapping):
        if not isinstance(features_stylized, Mapping) or set(features_content) != set(features_stylized):
            raise ValueError("content and stylised features must have the same layer names")
        pairs = [(features_content[k], features_stylized[k]) for k in features_content]
    else:
        content, stylized = list(features_content), list(features_stylized)
        if len(content) != len(stylized):
            raise ValueError(
                f"content and stylised features differ in length: {len(content)} vs {len(stylized)}"
            )
        pairs = list(zip(content, stylized))
    if not pairs:
        raise ValueError("no features given")
    total = F.mse_loss(pairs[0][1], pairs[0][0])
    for content_t, stylized_t in pairs[1:]:
        total = total + F.mse_loss(stylized_t, content_t)
    return total


def masked_total_variation(image: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Total variation of ``x = image * mask``: the sum of four (unsquared) L2 norms.

    The norms are those of the horizontal ``x[.., :, 1:] - x[.., :, :-1]``,
    vertical ``x[.., 1:, :] - x[.., :-1, :]``, and the two diagonal differences
    ``x[.., 1:, 1:] - x[.., :-1, :-1]`` and ``x[.., 1:, :-1] - x[.., :-1, 1:]``,
    each taken over all elements (batch and channels included).
    """
    x = image * mask
    diffs = (
        x[..., :, 1:] - x[..., :, :-1],
        x[..., 1:, :] - x[..., :-1, :],
        x[..., 1:, 1:] - x[..., :-1, :-1],
        x[..., 1:, :-1] - x[..., :-1, 1:],
    )
    total = torch.linalg.vector_norm(diffs[0])
    for d in diffs[1:]:
        total = total + torch.linalg.vector_norm(d)
    return total


# --------------------------------------------------------------------------- VGG


class VGGContentFeatures(nn.Module):
    """VGG19 relu4_2 and relu5_2 features of an image in ``[0, 1]``, always in float32.

    ``features`` is a torchvision-style VGG ``features`` ``nn.Sequential``
    (``torchvision.models.vgg19().features`` or one built with
    ``torchvision.models.vgg.make_layers``). Layer names are found by walking
    it: blocks are separated by max-pooling layers, convolutions are counted
    within a block and each ReLU takes the name of the convolution before it
    (``relu4_2`` is index 22 and ``relu5_2`` index 31 in ``vgg19().features``).
    Only the layers up to the last requested one are kept and run.

    The features are read AFTER the ReLU, as the reference: its ``get_features``
    stores the tensors at indices 21 (conv4_2) and 31 (relu5_2), and torchvision's
    in-place ReLU at index 22 overwrites the first one with relu4_2. Here the
    ReLUs are replaced by non-in-place ones so that nothing is overwritten
    behind our back; the caller's modules are not changed.
    ImageNet normalisation is applied here, once; pass unnormalised images. The
    network runs in float32 with autocast switched off, also under a caller's
    CUDA autocast (the reference runs VGG in fp32; the content loss is a small
    difference of large activations); ``bf16=True`` runs it under bf16 autocast
    instead (features still returned as float32), for where precision.py allows it. The parameters are shared with
    ``features``; freezing them and ``eval()`` are the caller's business.
    """

    LAYERS: tuple[str, ...] = ("relu4_2", "relu5_2")

    def __init__(self, features: nn.Sequential, layers: Sequence[str] = LAYERS, bf16: bool = False) -> None:
        super().__init__()
        self.bf16 = bool(bf16)
        names = self.layer_names(features)
        wanted = list(layers)
        missing = [n for n in wanted if n not in names.values()]
        if missing:
            raise ValueError(f"VGG features have no layer(s) {missing}; found {sorted(set(names.values()))}")
        index_of = {name: i for i, name in names.items()}
        self.capture: dict[int, str] = {index_of[n]: n for n in wanted}
        last = max(self.capture)
        kept = [nn.ReLU(inplace=False) if isinstance(m, nn.ReLU) else m for m in list(features)[: last + 1]]
        self.layers = nn.Sequential(*kept)
        self.register_buffer("mean", torch.tensor(IMAGENET_MEAN).view(1, 3, 1, 1), persistent=False)
        self.register_buffer("std", torch.tensor(IMAGENET_STD).view(1, 3, 1, 1), persistent=False)

    @staticmethod
    def layer_names(features: nn.Sequential) -> dict[int, str]:
        """Map the index of each conv and ReLU in ``features`` to ``conv{block}_{n}`` / ``relu{block}_{n}``."""
        names: dict[int, str] = {}
        block, conv = 1, 0
        for i, module in enumerate(features):
            if isinstance(module, nn.Conv2d):
                conv += 1
                names[i] = f"conv{block}_{conv}"
            elif isinstance(module, nn.ReLU) and conv:
                names[i] = f"relu{block}_{conv}"
            elif isinstance(module, (nn.MaxPool2d, nn.AvgPool2d)):
                block, conv = block + 1, 0
        return names

    def forward(self, image: torch.Tensor) -> dict[str, torch.Tensor]:
        # fp32 unless `self.bf16` is set (precision.py decides; the features come back as fp32 either way).
        with torch.autocast(device_type=image.device.type, dtype=torch.bfloat16, enabled=self.bf16):
            # Channels-last: oneDNN's native layout, 12% less CPU time for VGG fwd+bwd at 512 px here.
            x = ((image.float() - self.mean) / self.std).contiguous(memory_format=torch.channels_last)
            out: dict[str, torch.Tensor] = {}
            for i, module in enumerate(self.layers):
                x = module(x)
                if i in self.capture:
                    out[self.capture[i]] = x.float()
        return out
