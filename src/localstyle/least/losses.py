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
from torchvision.ops import roi_align

from localstyle.errors import InputError

__all__ = [
    "CLIP_MEAN",
    "CLIP_STD",
    "IMAGENET_MEAN",
    "IMAGENET_STD",
    "directional_loss",
    "masked_global_directional_loss",
    "sample_crop_boxes",
    "random_perspective_batch",
    "extract_crops",
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


def masked_global_directional_loss(
    encode_image: EncodeImage,
    stylized: torch.Tensor,
    mask: torch.Tensor,
    source_emb: torch.Tensor,
    text_direction: torch.Tensor,
) -> torch.Tensor:
    """Directional loss of ``encode_image(stylized * mask)`` against ``source_emb``.

    ``source_emb`` is ``encode_image(content * mask)``, computed once by the
    caller. ``mask`` broadcasts against ``stylized`` (e.g. ``1 x 1 x H x W``).
    Returns the mean over the batch (a scalar).
    """
    return directional_loss(encode_image(stylized * mask), source_emb, text_direction).mean()


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


def sample_crop_boxes(
    box: torch.Tensor | Sequence[float],
    image_size: tuple[int, int] | Sequence[int],
    num_crops: int,
    crop_size: int,
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    """Random square crop boxes inside a region box and always inside the image.

    Args:
        box: region box ``(x0, y0, x1, y1)`` in pixels, half-open (``x1``/``y1``
            exclusive). Fractional values are widened to whole pixels; the box
            is clipped to the image.
        image_size: ``(width, height)`` of the image, in pixels (x first, like
            the box and ``PIL.Image.size``).
        num_crops: number of crops ``C``.
        crop_size: side of the square crop, in pixels.
        generator: torch generator (the result is on its device); ``None`` uses
            the global RNG.

    Returns:
        ``C x 4`` ``int64`` tensor of half-open boxes ``(x0, y0, x1, y1)``.

    Per axis, with ``c = min(crop_size, image side)``:

    * region side ``>= c``: the crop start is uniform over the integer
      positions that keep the crop inside the region box (both ends
      inclusive);
    * region side ``< c``: the crop is centred on the region and shifted to
      stay inside the image (it then contains the region);
    * image side ``< crop_size``: the crop is clamped to the whole image side,
      so it is smaller than ``crop_size`` (and not square if only one side is
      short). Callers resize crops anyway.
    """
    if len(image_size) != 2:
        raise InputError(f"image_size must be (width, height), got {tuple(image_size)!r}")
    width, height = int(image_size[0]), int(image_size[1])
    if height < 1 or width < 1:
        raise InputError(f"image size must be positive, got {height} x {width}")
    if int(num_crops) < 0:
        raise InputError(f"num_crops must be >= 0, got {num_crops}")
    if int(crop_size) < 1:
        raise InputError(f"crop_size must be >= 1, got {crop_size}")
    num_crops, crop_size = int(num_crops), int(crop_size)

    bx0, by0, bx1, by1 = _box_ints(box)
    bx0, bx1 = max(bx0, 0), min(bx1, width)
    by0, by1 = max(by0, 0), min(by1, height)
    if bx1 <= bx0 or by1 <= by0:
        raise InputError(
            f"region box {tuple(_box_ints(box))} has no area inside the {width} x {height} image"
        )

    device = generator.device if generator is not None else torch.device("cpu")

    # Per axis (x then y): lowest start, number of admissible starts.
    lows, counts, sizes = [], [], []
    for lo, hi, side in ((bx0, bx1, width), (by0, by1, height)):
        c = min(crop_size, side)
        if hi - lo >= c:
            lows.append(lo)
            counts.append(hi - lo - c + 1)
        else:
            start = int(round((lo + hi) / 2.0 - c / 2.0))
            start = min(max(start, 0), side - c)
            lows.append(start)
            counts.append(1)
        sizes.append(c)

    # Python scalars only (no host-to-device copies); one random draw for all crops.
    u = torch.rand((num_crops, 2), generator=generator, device=device, dtype=torch.float64)
    columns = []
    for axis in range(2):
        offset = (u[:, axis] * counts[axis]).floor().to(torch.int64).clamp_max(counts[axis] - 1)
        columns.append(offset + lows[axis])
    start = torch.stack(columns, dim=1)
    end = start + torch.stack([start.new_full((num_crops,), sizes[0]),
                               start.new_full((num_crops,), sizes[1])], dim=1)
    return torch.cat([start, end], dim=1)


def extract_crops(image: torch.Tensor, boxes: torch.Tensor, out_size: int) -> torch.Tensor:
    """Crop ``image`` (``1 x C x H x W``) at ``boxes`` and resize to ``out_size``.

    ``boxes`` is ``K x 4`` half-open pixel boxes ``(x0, y0, x1, y1)`` (the output
    of :func:`sample_crop_boxes`). Uses ``torchvision.ops.roi_align`` with
    ``aligned=True``: a box ``(x0, .., x1, ..)`` covers exactly pixels
    ``x0 .. x1 - 1``; enlarging is bilinear (pixel-centre sampling, as
    ``interpolate(align_corners=False)``) and shrinking averages several
    bilinear samples per output pixel (anti-aliased). Differentiable w.r.t.
    ``image``. Returns ``K x C x out_size x out_size``.
    """
    if image.ndim != 4 or image.shape[0] != 1:
        raise ValueError(f"extract_crops expects a 1 x C x H x W image, got {tuple(image.shape)}")
    if boxes.ndim != 2 or boxes.shape[-1] != 4:
        raise ValueError(f"boxes must be K x 4, got {tuple(boxes.shape)}")
    out_size = int(out_size)
    boxes_f = boxes.to(device=image.device, dtype=image.dtype, non_blocking=True)
    rois = torch.cat([boxes_f.new_zeros((boxes_f.shape[0], 1)), boxes_f], dim=1)
    return roi_align(
        image, rois, output_size=(out_size, out_size), spatial_scale=1.0,
        sampling_ratio=-1, aligned=True,
    )


# --------------------------------------------------------------------------- perspective


def _perspective_grid(
    batch: int, height: int, width: int, distortion: float,
    generator: torch.Generator | None, device: torch.device, dtype: torch.dtype,
) -> torch.Tensor:
    """Sampling grid (``B x H x W x 2``, normalised, ``align_corners=True``)."""
    gen_device = generator.device if generator is not None else torch.device("cpu")
    # Inward displacement of each corner, as a fraction of the half side:
    # uniform in [0, distortion] for x and y of each of the 4 corners.
    disp = torch.rand((batch, 4, 2), generator=generator, device=gen_device, dtype=torch.float32)
    disp = (disp * distortion).to(device=device, dtype=torch.float32, non_blocking=True)
    # Normalised coordinates with align_corners=True: the corner pixel centres are +-1.
    # Corners in the order tl, tr, br, bl, built on the device (no host copy).
    k = torch.arange(4, device=device)
    sign_x = ((k == 1) | (k == 2)).to(torch.float32) * 2.0 - 1.0
    sign_y = (k >= 2).to(torch.float32) * 2.0 - 1.0
    corners = torch.stack([sign_x, sign_y], dim=1)
    inward = -corners  # direction toward the centre, per axis
    src = corners.expand(batch, 4, 2)  # where the output samples the input ...
    dst = corners + inward * disp  # ... for output points at the displaced corners
    # Homography p with input = H(output):
    #   X = (p0 x + p1 y + p2) / (p6 x + p7 y + 1), Y = (p3 x + p4 y + p5) / (...)
    x, y = dst[..., 0], dst[..., 1]
    big_x, big_y = src[..., 0], src[..., 1]
    one, zero = torch.ones_like(x), torch.zeros_like(x)
    rows_x = torch.stack([x, y, one, zero, zero, zero, -big_x * x, -big_x * y], dim=-1)
    rows_y = torch.stack([zero, zero, zero, x, y, one, -big_y * x, -big_y * y], dim=-1)
    a = torch.stack([rows_x, rows_y], dim=2).reshape(batch, 8, 8)
    b = torch.stack([big_x, big_y], dim=2).reshape(batch, 8, 1)
    # solve_ex: same solver as linalg.solve, without the error check that syncs with the host.
    p, _ = torch.linalg.solve_ex(a, b)
    hom = torch.cat([p.reshape(batch, 8), torch.ones((batch, 1), device=device)], dim=1)
    hom = hom.reshape(batch, 3, 3)

    ys = torch.linspace(-1.0, 1.0, height, device=device) if height > 1 else torch.zeros(1, device=device)
    xs = torch.linspace(-1.0, 1.0, width, device=device) if width > 1 else torch.zeros(1, device=device)
    gy, gx = torch.meshgrid(ys, xs, indexing="ij")
    pts = torch.stack([gx, gy, torch.ones_like(gx)], dim=-1).reshape(1, -1, 3)
    mapped = pts @ hom.transpose(1, 2)  # B x HW x 3
    w = mapped[..., 2:3]
    # Points on or beyond the homography's horizon have no valid preimage: send them outside.
    valid = w > 1e-6
    grid = torch.where(valid, mapped[..., :2] / torch.where(valid, w, torch.ones_like(w)),
                       torch.full_like(mapped[..., :2], 4.0))
    return grid.reshape(batch, height, width, 2).to(dtype)


def random_perspective_batch(
    images: torch.Tensor,
    distortion: float,
    generator: torch.Generator | None = None,
    fill: float = 0.0,
) -> torch.Tensor:
    """Random perspective warp of each image of a ``B x C x H x W`` batch, in one op.

    Like ``torchvision.transforms.RandomPerspective(distortion_scale=distortion,
    p=1, fill=fill)``: each image's four corners are moved inward by independent
    random amounts, uniform in ``[0, distortion * half side]`` per axis; the
    image content at the original corners lands on the moved corners and the
    uncovered border is ``fill``. Differences from torchvision: the
    displacements are continuous (not whole pixels) and sampling is bilinear
    with ``align_corners=True`` in normalised coordinates.

    The per-image homographies come from one batched 8 x 8 solve
    (``torch.linalg.solve_ex``, which unlike ``torch.linalg.solve`` does not
    synchronise with the host), and the warp is one ``F.grid_sample``.
    Differentiable w.r.t. ``images``. ``generator`` may be on the CPU for images
    on an accelerator (the random numbers are then copied over, non-blocking);
    a generator on the images' device avoids the copy.
    """
    if images.ndim != 4:
        raise ValueError(f"random_perspective_batch expects B x C x H x W, got {tuple(images.shape)}")
    distortion = float(distortion)
    if not 0.0 <= distortion < 1.0:
        raise ValueError(f"distortion must be in [0, 1), got {distortion}")
    batch, _, height, width = images.shape
    if batch == 0:
        return images
    grid = _perspective_grid(batch, height, width, distortion, generator, images.device, images.dtype)
    out = F.grid_sample(images, grid, mode="bilinear", padding_mode="zeros", align_corners=True)
    if fill != 0.0:
        coverage = F.grid_sample(
            torch.ones_like(images[:, :1]), grid, mode="bilinear",
            padding_mode="zeros", align_corners=True,
        )
        out = out + float(fill) * (1.0 - coverage)
    return out


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
    """LEAST masked patch loss (a scalar).

    Crops of ``stylized`` (``1 x 3 x H x W``) at ``crop_boxes`` (``C x 4``, from
    :func:`sample_crop_boxes`, inside the mask's bounding box; the pixels are
    not masked) are extracted and resized to ``crop_resize`` in one
    ``roi_align``, warped by one batched random perspective (fill 0), encoded
    as one batch, and scored with the directional loss against ``source_emb``
    (the content image's embedding). Crop losses below ``threshold`` are set to
    0 (``torch.where``, graph kept) and the mean is over all ``C`` crops.

    Note the order: crop+resize then warp (the reference warps at crop size and
    then resizes). The perspective warp is defined in normalised coordinates,
    so this is the same transform with one resampling step fewer, and crops of
    unequal size (clamped at a small image) still batch.
    """
    crops = extract_crops(stylized, crop_boxes, crop_resize)
    crops = random_perspective_batch(crops, distortion, generator, fill=0.0)
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
    """VGG19 conv4_2 and conv5_2 features of an image in ``[0, 1]``.

    ``features`` is a torchvision-style VGG ``features`` ``nn.Sequential``
    (``torchvision.models.vgg19().features`` or one built with
    ``torchvision.models.vgg.make_layers``). Layer names are found by walking
    it: blocks are separated by max-pooling layers and convolutions are
    counted within a block (``conv4_2`` is index 21 and ``conv5_2`` index 30 in
    ``vgg19().features``). Only the layers up to the last requested one are
    kept and run.

    The returned features are the convolution OUTPUTS, before the ReLU (as
    CLIPstyler, which reads the ``features`` output at those indices). ReLUs in
    the kept layers are replaced by non-in-place ones so that an in-place ReLU
    cannot overwrite a captured tensor; the caller's modules are not changed.
    ImageNet normalisation is applied here, once; pass unnormalised images.
    The parameters are shared with ``features``; freezing them and ``eval()``
    are the caller's business.
    """

    LAYERS: tuple[str, ...] = ("conv4_2", "conv5_2")

    def __init__(self, features: nn.Sequential, layers: Sequence[str] = LAYERS) -> None:
        super().__init__()
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
        """Map the index of each conv in ``features`` to its name ``conv{block}_{n}``."""
        names: dict[int, str] = {}
        block, conv = 1, 0
        for i, module in enumerate(features):
            if isinstance(module, nn.Conv2d):
                conv += 1
                names[i] = f"conv{block}_{conv}"
            elif isinstance(module, (nn.MaxPool2d, nn.AvgPool2d)):
                block, conv = block + 1, 0
        return names

    def forward(self, image: torch.Tensor) -> dict[str, torch.Tensor]:
        x = (image - self.mean.to(image.dtype)) / self.std.to(image.dtype)
        out: dict[str, torch.Tensor] = {}
        for i, module in enumerate(self.layers):
            x = module(x)
            if i in self.capture:
                out[self.capture[i]] = x
        return out
