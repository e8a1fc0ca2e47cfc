"""Evaluation metrics for local (masked) style transfer.

Two foreground metrics say how well the region matches the style text, and four background metrics
say how much of the rest of the picture was left alone:

==============  =======================================================================================
``clip_score``  LEAST (paper, Table 1): ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``. Up is better.
``rsm``         RegionRoute "region style match": ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, B' the
                mask's box padded by 5 % of its side on each side. In [0, 1]; up is better.
``mse_bg``      mean squared error between original and output over background pixels and channels.
``psnr_bg``     ``10 * log10(1 / mse_bg)`` (data range 1); ``inf`` for identical backgrounds.
``ssim_bg``     scikit-image's SSIM map averaged over background pixels and channels.
``lpips_bg``    LPIPS (AlexNet, v0.1) spatial map averaged over background pixels.
==============  =======================================================================================

Conventions shared by every function:

* Images are float tensors ``1 x 3 x H x W`` (or ``3 x H x W``) in [0, 1], ``uint8`` tensors or
  arrays (divided by 255), ``H x W x 3`` numpy arrays, or PIL images (converted to RGB).
* Masks are ``H x W`` boolean (or 0/1, or 0..255) numpy arrays, tensors (leading size-1 dimensions
  are dropped) or PIL images. A non-boolean mask is foreground where it is above half of its
  dtype's range (0.5 for floats, 127 for ``uint8``). The mask must have the image's size.
* The *background* is ``not mask``. A background metric of an all-foreground mask is NaN (there is
  no pixel to average over); a foreground metric of an empty mask is NaN (there is no region, so no
  bounding box to crop). NaN is returned, not raised, so that a batch evaluation keeps going and
  ``numpy.nanmean`` can summarise it.
* The bounding box ``B`` of a mask is the smallest half-open pixel box ``(x0, y0, x1, y1)`` holding
  every foreground pixel (``x1``/``y1`` exclusive).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image
from skimage.metrics import structural_similarity

from localstyle.errors import InputError
from localstyle.least.prompts import text_embedding
from localstyle.masks import mask_bbox

if TYPE_CHECKING:  # pragma: no cover
    from localstyle.models import ClipEncoder, ModelSet

__all__ = [
    "RSM_PADDING",
    "as_image_tensor",
    "as_mask",
    "padded_box",
    "least_clip_score",
    "region_style_match",
    "background_mse",
    "background_psnr",
    "background_ssim",
    "background_lpips",
    "score_all",
    "score_output",
    "METRIC_KEYS",
]

#: Padding of the RSM crop: this fraction of the box's width (height) is added on the left and on
#: the right (top and bottom), so the padded box is 10 % wider and taller, then clamped to the image.
RSM_PADDING = 0.05

METRIC_KEYS = ("clip_score", "rsm", "mse_bg", "psnr_bg", "ssim_bg", "lpips_bg")


# --------------------------------------------------------------------------- input helpers


def as_image_tensor(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    if isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 or array.shape[2] != 3:
            raise InputError(f"an image array must be H x W x 3, got shape {array.shape}")
        scale = 255.0 if array.dtype == np.uint8 else 1.0
        tensor = torch.from_numpy(np.ascontiguousarray(array).astype(np.float32) / scale)
        return tensor.permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, torch.Tensor):
        tensor = image.detach()
        if tensor.ndim == 3:
            tensor = tensor.unsqueeze(0)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


def as_mask(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    if isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("L"))
    elif isinstance(mask, torch.Tensor):
        array = mask.detach().cpu().numpy()
    elif isinstance(mask, np.ndarray):
        array = mask
    else:
        raise InputError(f"unsupported mask type {type(mask).__name__}: use a numpy array, tensor or PIL image")
    while array.ndim > 2 and array.shape[0] == 1:
        array = array[0]
    if array.ndim != 2:
        raise InputError(f"a mask must be H x W, got shape {tuple(np.shape(mask))}")
    if array.dtype == np.bool_:
        out = array.copy()
    elif array.dtype == np.uint8:
        out = array > 127
    else:
        out = array.astype(np.float64) > 0.5
    if size is not None and tuple(out.shape) != tuple(size):
        raise InputError(f"mask is {out.shape[0]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def padded_box(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def _pair(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(mask, tuple(ta.shape[-2:]))


def _clip_cosine(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]), preprocessed by the CLIP
    image processor as torchmetrics' CLIPScore (``ClipEncoder.encode_photo``), and of the plain text ``style``."""
    with torch.no_grad():
        image_emb = clip.encode_photo(image)
        text_emb = text_embedding(clip, [style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = text_emb.float().reshape(1, -1).to(image_emb.device)
    return float((image_emb * text_emb).sum())


# --------------------------------------------------------------------------- foreground metrics


def least_clip_score(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_photo`` of that crop, as torchmetrics' ``CLIPScore`` (which the authors'
       evaluation used) preprocesses it: the CLIP image processor resizes the shortest side to 224
       (bicubic, antialiased), centre-crops 224 x 224 and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``text_embedding(clip, [style])`` of the plain style text, **no prompt templates** (the
       optimisation uses 79 ImageNet templates; the score does not, as torchmetrics' CLIPScore);
    5. 100 x the cosine of the two unit vectors, floored at 0 as torchmetrics' ``CLIPScore``.

    The CLIP model is whichever ``ClipEncoder`` is passed: the product default is ViT-B/32
    (``openai/clip-vit-base-patch32``); the LEAST authors evaluated with ViT-B/16 (load
    ``openai/clip-vit-base-patch16`` as the ``clip`` role to reproduce their setting). Scores from
    different CLIP models are not comparable. Returns NaN for an empty mask (no box to crop).
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = mask_bbox(m)
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


def region_style_match(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (the CLIP image processor's shortest side to 224 and
    centre crop; plain style text, no templates). NaN for an empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


# --------------------------------------------------------------------------- background metrics


def background_mse(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


def background_psnr(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, mask)
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float("inf")
    return 10.0 * math.log10(1.0 / mse)


def background_ssim(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def background_lpips(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
    """LPIPS restricted to the background.

    ``lpips_net`` is an ``lpips.LPIPS`` module (``ModelSet.lpips()``: AlexNet, v0.1, linear layers
    on). Both images are mapped from [0, 1] to [-1, 1] and passed through it with its ``spatial``
    flag switched on for the call (lpips 0.1.4 reads the flag in ``forward`` only, so a module built
    without ``spatial=True`` works; the flag is restored afterwards). The spatial map is the sum over
    the five layers of the per-layer distance maps, each upsampled (bilinear) to the image size; it
    is averaged over background pixels. The whole image goes through the network, so background
    pixels next to the region see some of it through AlexNet's receptive field. Images must be at
    least ~32 px a side. NaN with no background pixel.
    """
    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if not hasattr(lpips_net, "spatial"):
        raise TypeError("background_lpips needs an lpips.LPIPS module (it has no `spatial` flag)")
    try:
        device = next(lpips_net.parameters()).device
    except StopIteration:  # pragma: no cover
        device = torch.device("cpu")
    previous = lpips_net.spatial
    lpips_net.spatial = True
    try:
        with torch.no_grad():
            distance = lpips_net(ta.to(device) * 2.0 - 1.0, tb.to(device) * 2.0 - 1.0)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    # lpips' spatial map is already upsampled to the input's size (pinned by the tests)
    return float(distance.float().reshape(ta.shape[-2:]).cpu()[torch.from_numpy(background)].double().mean())


# --------------------------------------------------------------------------- all at once


def score_all(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
              clip: "ClipEncoder | None" = None, lpips_net: torch.nn.Module | None = None,
              rsm_padding: float = RSM_PADDING) -> dict[str, float]:
    """Every metric for one (original, output, mask, style): keys :data:`METRIC_KEYS`.

    ``clip_score`` and ``rsm`` score ``output`` against ``style``; the four ``*_bg`` metrics compare
    ``original`` and ``output`` outside ``mask``. CLIP and LPIPS come from ``models`` (roles ``clip``
    and ``lpips``) unless passed as ``clip`` / ``lpips_net`` (e.g. a ViT-B/16 encoder).
    """
    original_t, output_t, m = _pair(original, output, mask)
    clip = clip if clip is not None else models.clip()
    lpips_net = lpips_net if lpips_net is not None else models.lpips()
    return {
        "clip_score": least_clip_score(clip, output_t, m, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


#: Alias of :func:`score_all`.
score_output = score_all
