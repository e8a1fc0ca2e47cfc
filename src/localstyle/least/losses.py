"""The four masked LEAST losses and their helpers, as pure tensor functions.

Models enter only as callables:

* ``encode_image(images) -> embeddings``: takes ``N x 3 x H x W`` images in
  ``[0, 1]`` and returns ``N x D`` L2-normalised CLIP image embeddings. Resizing
  to the CLIP input size and CLIP normalisation are the callable's job.
* :class:`VGGContentFeatures` wraps a torchvision-style VGG19 ``features``
  ``nn.Sequential`` and applies ImageNet normalisation itself (once).

Nothing here synchronises with the host: no ``.item()``, no data-dependent Python
branching, no copies from the host, no shapes that depend on values (the patch
loss zeroes the crops below its threshold rather than dropping them), so a step
can be captured once as a CUDA graph and replayed. The crops themselves (where
they lie, how they are warped and cut) are in `localstyle.least.crops`; its
functions that the losses used to hold are still importable from here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import torch
import torch.nn.functional as F
from torch import nn

from localstyle import resample
from localstyle.least.crops import (cut_crops, perspective_endpoints, random_perspective_batch, sample_crop_boxes,
                                    warp_perspective)

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
    "patch_loss",
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
    torchvision's ``Resize``), encoded as one batch, and scored by :func:`patch_loss`. Same order and
    resampling steps as the reference: cut, warp at crop size, resize. (The optimiser draws its crops
    and warps on the host and calls `crops.crop_batch` and :func:`patch_loss`: the same numbers.)
    """
    crops = cut_crops(stylized, crop_boxes)
    if distortion > 0:
        crops = random_perspective_batch(crops, distortion, generator, fill=0.0)
    crops = resample.interpolate(crops, size=(int(crop_resize), int(crop_resize)), mode="bilinear", antialias=True)
    return patch_loss(encode_image, crops, source_emb, text_direction, threshold)


def patch_loss(encode_image: EncodeImage, crops: torch.Tensor, source_emb: torch.Tensor,
               text_direction: torch.Tensor, threshold: float = 0.7) -> torch.Tensor:
    """The patch loss of crops already cut, warped and resized (``C x 3 x S x S``): each crop's directional
    loss against ``source_emb`` (the embedding of the whole unmasked photo, as in the reference), those
    below ``threshold`` set to 0 (``torch.where``: no crop is dropped, so the shapes never change and
    the graph is kept), and the mean over all ``C`` crops."""
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
