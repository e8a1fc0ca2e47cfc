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

from localstyle.errors import InputError
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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_as_image_tensor__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- input helpers


@_mutmut_mutated(mutants_x_as_image_tensor__mutmut)
def as_image_tensor(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_orig(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_1(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = ""
    if Image is not None and isinstance(image, Image.Image):
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_2(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None or isinstance(image, Image.Image):
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_3(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is None and isinstance(image, Image.Image):
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_4(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = None
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_5(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) * 255.0
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_6(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(None, dtype=np.float32) / 255.0
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_7(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=None) / 255.0
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_8(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(dtype=np.float32) / 255.0
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_9(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), ) / 255.0
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_10(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert(None), dtype=np.float32) / 255.0
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_11(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("XXRGBXX"), dtype=np.float32) / 255.0
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_12(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("rgb"), dtype=np.float32) / 255.0
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_13(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 256.0
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_14(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(None).contiguous()
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_15(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(None, 0, 1).unsqueeze(0).contiguous()
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_16(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, None, 1).unsqueeze(0).contiguous()
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_17(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, None).unsqueeze(0).contiguous()
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_18(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(0, 1).unsqueeze(0).contiguous()
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_19(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 1).unsqueeze(0).contiguous()
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_20(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, ).unsqueeze(0).contiguous()
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_21(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(None).permute(2, 0, 1).unsqueeze(0).contiguous()
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_22(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(3, 0, 1).unsqueeze(0).contiguous()
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_23(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 1, 1).unsqueeze(0).contiguous()
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_24(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 2).unsqueeze(0).contiguous()
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_25(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(1).contiguous()
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_26(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = None
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_27(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim != 2:
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_28(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 3:
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_29(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = None
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_30(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(None, 3, axis=2)
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_31(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], None, axis=2)
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_32(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=None)
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_33(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(3, axis=2)
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_34(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], axis=2)
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_35(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, )
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_36(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 4, axis=2)
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_37(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=3)
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_38(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 and array.shape[2] != 3:
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_39(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim == 3 or array.shape[2] != 3:
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_40(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 4 or array.shape[2] != 3:
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_41(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 or array.shape[3] != 3:
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_42(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 or array.shape[2] == 3:
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_43(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 or array.shape[2] != 4:
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_44(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 or array.shape[2] != 3:
            raise InputError(None)
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_45(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 or array.shape[2] != 3:
            raise InputError(f"an image array must be H x W x 3, got shape {array.shape}")
        scale = None
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_46(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 or array.shape[2] != 3:
            raise InputError(f"an image array must be H x W x 3, got shape {array.shape}")
        scale = 255.0 if (array.dtype == np.uint8) and False else 1.0
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_47(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 or array.shape[2] != 3:
            raise InputError(f"an image array must be H x W x 3, got shape {array.shape}")
        scale = 255.0 if (array.dtype == np.uint8) or True else 1.0
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_48(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 or array.shape[2] != 3:
            raise InputError(f"an image array must be H x W x 3, got shape {array.shape}")
        scale = 256.0 if array.dtype == np.uint8 else 1.0
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_49(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 or array.shape[2] != 3:
            raise InputError(f"an image array must be H x W x 3, got shape {array.shape}")
        scale = 255.0 if array.dtype != np.uint8 else 1.0
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_50(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 or array.shape[2] != 3:
            raise InputError(f"an image array must be H x W x 3, got shape {array.shape}")
        scale = 255.0 if array.dtype == np.uint8 else 2.0
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_51(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 or array.shape[2] != 3:
            raise InputError(f"an image array must be H x W x 3, got shape {array.shape}")
        scale = 255.0 if array.dtype == np.uint8 else 1.0
        tensor = None
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_52(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 or array.shape[2] != 3:
            raise InputError(f"an image array must be H x W x 3, got shape {array.shape}")
        scale = 255.0 if array.dtype == np.uint8 else 1.0
        tensor = torch.from_numpy(None)
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_53(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 or array.shape[2] != 3:
            raise InputError(f"an image array must be H x W x 3, got shape {array.shape}")
        scale = 255.0 if array.dtype == np.uint8 else 1.0
        tensor = torch.from_numpy(np.ascontiguousarray(array).astype(np.float32) * scale)
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_54(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 or array.shape[2] != 3:
            raise InputError(f"an image array must be H x W x 3, got shape {array.shape}")
        scale = 255.0 if array.dtype == np.uint8 else 1.0
        tensor = torch.from_numpy(np.ascontiguousarray(array).astype(None) / scale)
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_55(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0
        return torch.from_numpy(array).permute(2, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 2:
            array = np.repeat(array[:, :, None], 3, axis=2)
        if array.ndim != 3 or array.shape[2] != 3:
            raise InputError(f"an image array must be H x W x 3, got shape {array.shape}")
        scale = 255.0 if array.dtype == np.uint8 else 1.0
        tensor = torch.from_numpy(np.ascontiguousarray(None).astype(np.float32) / scale)
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


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_56(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return tensor.permute(2, 0, 1).unsqueeze(None).contiguous()
    if isinstance(image, torch.Tensor):
        tensor = image.detach()
        if tensor.ndim == 3:
            tensor = tensor.unsqueeze(0)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_57(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return tensor.permute(None, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, torch.Tensor):
        tensor = image.detach()
        if tensor.ndim == 3:
            tensor = tensor.unsqueeze(0)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_58(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return tensor.permute(2, None, 1).unsqueeze(0).contiguous()
    if isinstance(image, torch.Tensor):
        tensor = image.detach()
        if tensor.ndim == 3:
            tensor = tensor.unsqueeze(0)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_59(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return tensor.permute(2, 0, None).unsqueeze(0).contiguous()
    if isinstance(image, torch.Tensor):
        tensor = image.detach()
        if tensor.ndim == 3:
            tensor = tensor.unsqueeze(0)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_60(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return tensor.permute(0, 1).unsqueeze(0).contiguous()
    if isinstance(image, torch.Tensor):
        tensor = image.detach()
        if tensor.ndim == 3:
            tensor = tensor.unsqueeze(0)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_61(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return tensor.permute(2, 1).unsqueeze(0).contiguous()
    if isinstance(image, torch.Tensor):
        tensor = image.detach()
        if tensor.ndim == 3:
            tensor = tensor.unsqueeze(0)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_62(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return tensor.permute(2, 0, ).unsqueeze(0).contiguous()
    if isinstance(image, torch.Tensor):
        tensor = image.detach()
        if tensor.ndim == 3:
            tensor = tensor.unsqueeze(0)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_63(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return tensor.permute(3, 0, 1).unsqueeze(0).contiguous()
    if isinstance(image, torch.Tensor):
        tensor = image.detach()
        if tensor.ndim == 3:
            tensor = tensor.unsqueeze(0)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_64(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return tensor.permute(2, 1, 1).unsqueeze(0).contiguous()
    if isinstance(image, torch.Tensor):
        tensor = image.detach()
        if tensor.ndim == 3:
            tensor = tensor.unsqueeze(0)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_65(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return tensor.permute(2, 0, 2).unsqueeze(0).contiguous()
    if isinstance(image, torch.Tensor):
        tensor = image.detach()
        if tensor.ndim == 3:
            tensor = tensor.unsqueeze(0)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_66(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return tensor.permute(2, 0, 1).unsqueeze(1).contiguous()
    if isinstance(image, torch.Tensor):
        tensor = image.detach()
        if tensor.ndim == 3:
            tensor = tensor.unsqueeze(0)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_67(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        tensor = None
        if tensor.ndim == 3:
            tensor = tensor.unsqueeze(0)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_68(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        if tensor.ndim != 3:
            tensor = tensor.unsqueeze(0)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_69(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        if tensor.ndim == 4:
            tensor = tensor.unsqueeze(0)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_70(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
            tensor = None
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_71(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
            tensor = tensor.unsqueeze(None)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_72(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
            tensor = tensor.unsqueeze(1)
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_73(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        if tensor.ndim != 4 or tensor.shape[0] != 1 and tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_74(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        if tensor.ndim != 4 and tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_75(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        if tensor.ndim == 4 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_76(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        if tensor.ndim != 5 or tensor.shape[0] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_77(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        if tensor.ndim != 4 or tensor.shape[1] != 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_78(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        if tensor.ndim != 4 or tensor.shape[0] == 1 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_79(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        if tensor.ndim != 4 or tensor.shape[0] != 2 or tensor.shape[1] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_80(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[2] != 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_81(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] == 3:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_82(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        if tensor.ndim != 4 or tensor.shape[0] != 1 or tensor.shape[1] != 4:
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(image.shape)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_83(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
            raise InputError(None)
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_84(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
            raise InputError(f"an image tensor must be 1 x 3 x H x W or 3 x H x W, got {tuple(None)}")
        scale = 255.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_85(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        scale = None
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_86(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        scale = 255.0 if (tensor.dtype == torch.uint8) and False else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_87(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        scale = 255.0 if (tensor.dtype == torch.uint8) or True else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_88(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        scale = 256.0 if tensor.dtype == torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_89(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        scale = 255.0 if tensor.dtype != torch.uint8 else 1.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_90(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        scale = 255.0 if tensor.dtype == torch.uint8 else 2.0
        return (tensor.to(device="cpu", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_91(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return (tensor.to(device="cpu", dtype=torch.float32) * scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_92(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return (tensor.to(device=None, dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_93(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return (tensor.to(device="cpu", dtype=None) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_94(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return (tensor.to(dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_95(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return (tensor.to(device="cpu", ) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_96(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return (tensor.to(device="XXcpuXX", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_97(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
        return (tensor.to(device="CPU", dtype=torch.float32) / scale).contiguous()
    raise InputError(f"unsupported image type {type(image).__name__}: use a tensor, numpy array or PIL image")


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_98(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
    raise InputError(None)


# --------------------------------------------------------------------------- input helpers


def x_as_image_tensor__mutmut_99(image: Any) -> torch.Tensor:
    """Any accepted image -> a ``1 x 3 x H x W`` float32 CPU tensor in [0, 1] (detached).

    PIL images are converted to RGB; ``uint8`` data is divided by 255; float data is taken as
    already in [0, 1] (not clamped, not rescaled). Accepted layouts: ``1 x 3 x H x W`` and
    ``3 x H x W`` tensors, ``H x W x 3`` (or ``H x W``, grey) numpy arrays.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(image, Image.Image):
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
    raise InputError(f"unsupported image type {type(None).__name__}: use a tensor, numpy array or PIL image")

mutants_x_as_image_tensor__mutmut['_mutmut_orig'] = x_as_image_tensor__mutmut_orig # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_1'] = x_as_image_tensor__mutmut_1 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_2'] = x_as_image_tensor__mutmut_2 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_3'] = x_as_image_tensor__mutmut_3 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_4'] = x_as_image_tensor__mutmut_4 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_5'] = x_as_image_tensor__mutmut_5 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_6'] = x_as_image_tensor__mutmut_6 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_7'] = x_as_image_tensor__mutmut_7 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_8'] = x_as_image_tensor__mutmut_8 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_9'] = x_as_image_tensor__mutmut_9 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_10'] = x_as_image_tensor__mutmut_10 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_11'] = x_as_image_tensor__mutmut_11 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_12'] = x_as_image_tensor__mutmut_12 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_13'] = x_as_image_tensor__mutmut_13 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_14'] = x_as_image_tensor__mutmut_14 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_15'] = x_as_image_tensor__mutmut_15 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_16'] = x_as_image_tensor__mutmut_16 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_17'] = x_as_image_tensor__mutmut_17 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_18'] = x_as_image_tensor__mutmut_18 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_19'] = x_as_image_tensor__mutmut_19 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_20'] = x_as_image_tensor__mutmut_20 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_21'] = x_as_image_tensor__mutmut_21 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_22'] = x_as_image_tensor__mutmut_22 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_23'] = x_as_image_tensor__mutmut_23 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_24'] = x_as_image_tensor__mutmut_24 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_25'] = x_as_image_tensor__mutmut_25 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_26'] = x_as_image_tensor__mutmut_26 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_27'] = x_as_image_tensor__mutmut_27 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_28'] = x_as_image_tensor__mutmut_28 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_29'] = x_as_image_tensor__mutmut_29 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_30'] = x_as_image_tensor__mutmut_30 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_31'] = x_as_image_tensor__mutmut_31 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_32'] = x_as_image_tensor__mutmut_32 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_33'] = x_as_image_tensor__mutmut_33 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_34'] = x_as_image_tensor__mutmut_34 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_35'] = x_as_image_tensor__mutmut_35 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_36'] = x_as_image_tensor__mutmut_36 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_37'] = x_as_image_tensor__mutmut_37 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_38'] = x_as_image_tensor__mutmut_38 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_39'] = x_as_image_tensor__mutmut_39 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_40'] = x_as_image_tensor__mutmut_40 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_41'] = x_as_image_tensor__mutmut_41 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_42'] = x_as_image_tensor__mutmut_42 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_43'] = x_as_image_tensor__mutmut_43 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_44'] = x_as_image_tensor__mutmut_44 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_45'] = x_as_image_tensor__mutmut_45 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_46'] = x_as_image_tensor__mutmut_46 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_47'] = x_as_image_tensor__mutmut_47 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_48'] = x_as_image_tensor__mutmut_48 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_49'] = x_as_image_tensor__mutmut_49 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_50'] = x_as_image_tensor__mutmut_50 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_51'] = x_as_image_tensor__mutmut_51 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_52'] = x_as_image_tensor__mutmut_52 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_53'] = x_as_image_tensor__mutmut_53 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_54'] = x_as_image_tensor__mutmut_54 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_55'] = x_as_image_tensor__mutmut_55 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_56'] = x_as_image_tensor__mutmut_56 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_57'] = x_as_image_tensor__mutmut_57 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_58'] = x_as_image_tensor__mutmut_58 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_59'] = x_as_image_tensor__mutmut_59 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_60'] = x_as_image_tensor__mutmut_60 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_61'] = x_as_image_tensor__mutmut_61 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_62'] = x_as_image_tensor__mutmut_62 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_63'] = x_as_image_tensor__mutmut_63 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_64'] = x_as_image_tensor__mutmut_64 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_65'] = x_as_image_tensor__mutmut_65 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_66'] = x_as_image_tensor__mutmut_66 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_67'] = x_as_image_tensor__mutmut_67 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_68'] = x_as_image_tensor__mutmut_68 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_69'] = x_as_image_tensor__mutmut_69 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_70'] = x_as_image_tensor__mutmut_70 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_71'] = x_as_image_tensor__mutmut_71 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_72'] = x_as_image_tensor__mutmut_72 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_73'] = x_as_image_tensor__mutmut_73 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_74'] = x_as_image_tensor__mutmut_74 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_75'] = x_as_image_tensor__mutmut_75 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_76'] = x_as_image_tensor__mutmut_76 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_77'] = x_as_image_tensor__mutmut_77 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_78'] = x_as_image_tensor__mutmut_78 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_79'] = x_as_image_tensor__mutmut_79 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_80'] = x_as_image_tensor__mutmut_80 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_81'] = x_as_image_tensor__mutmut_81 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_82'] = x_as_image_tensor__mutmut_82 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_83'] = x_as_image_tensor__mutmut_83 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_84'] = x_as_image_tensor__mutmut_84 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_85'] = x_as_image_tensor__mutmut_85 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_86'] = x_as_image_tensor__mutmut_86 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_87'] = x_as_image_tensor__mutmut_87 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_88'] = x_as_image_tensor__mutmut_88 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_89'] = x_as_image_tensor__mutmut_89 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_90'] = x_as_image_tensor__mutmut_90 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_91'] = x_as_image_tensor__mutmut_91 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_92'] = x_as_image_tensor__mutmut_92 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_93'] = x_as_image_tensor__mutmut_93 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_94'] = x_as_image_tensor__mutmut_94 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_95'] = x_as_image_tensor__mutmut_95 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_96'] = x_as_image_tensor__mutmut_96 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_97'] = x_as_image_tensor__mutmut_97 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_98'] = x_as_image_tensor__mutmut_98 # type: ignore # mutmut generated
mutants_x_as_image_tensor__mutmut['x_as_image_tensor__mutmut_99'] = x_as_image_tensor__mutmut_99 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_as_mask__mutmut)
def as_mask(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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


def x_as_mask__mutmut_orig(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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


def x_as_mask__mutmut_1(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = ""
    if Image is not None and isinstance(mask, Image.Image):
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


def x_as_mask__mutmut_2(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None or isinstance(mask, Image.Image):
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


def x_as_mask__mutmut_3(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is None and isinstance(mask, Image.Image):
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


def x_as_mask__mutmut_4(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = None
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


def x_as_mask__mutmut_5(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(None)
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


def x_as_mask__mutmut_6(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert(None))
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


def x_as_mask__mutmut_7(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("XXLXX"))
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


def x_as_mask__mutmut_8(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("l"))
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


def x_as_mask__mutmut_9(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("L"))
    elif isinstance(mask, torch.Tensor):
        array = None
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


def x_as_mask__mutmut_10(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("L"))
    elif isinstance(mask, torch.Tensor):
        array = mask.detach().cpu().numpy()
    elif isinstance(mask, np.ndarray):
        array = None
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


def x_as_mask__mutmut_11(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("L"))
    elif isinstance(mask, torch.Tensor):
        array = mask.detach().cpu().numpy()
    elif isinstance(mask, np.ndarray):
        array = mask
    else:
        raise InputError(None)
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


def x_as_mask__mutmut_12(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("L"))
    elif isinstance(mask, torch.Tensor):
        array = mask.detach().cpu().numpy()
    elif isinstance(mask, np.ndarray):
        array = mask
    else:
        raise InputError(f"unsupported mask type {type(None).__name__}: use a numpy array, tensor or PIL image")
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


def x_as_mask__mutmut_13(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("L"))
    elif isinstance(mask, torch.Tensor):
        array = mask.detach().cpu().numpy()
    elif isinstance(mask, np.ndarray):
        array = mask
    else:
        raise InputError(f"unsupported mask type {type(mask).__name__}: use a numpy array, tensor or PIL image")
    while array.ndim > 2 or array.shape[0] == 1:
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


def x_as_mask__mutmut_14(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("L"))
    elif isinstance(mask, torch.Tensor):
        array = mask.detach().cpu().numpy()
    elif isinstance(mask, np.ndarray):
        array = mask
    else:
        raise InputError(f"unsupported mask type {type(mask).__name__}: use a numpy array, tensor or PIL image")
    while array.ndim >= 2 and array.shape[0] == 1:
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


def x_as_mask__mutmut_15(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("L"))
    elif isinstance(mask, torch.Tensor):
        array = mask.detach().cpu().numpy()
    elif isinstance(mask, np.ndarray):
        array = mask
    else:
        raise InputError(f"unsupported mask type {type(mask).__name__}: use a numpy array, tensor or PIL image")
    while array.ndim > 3 and array.shape[0] == 1:
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


def x_as_mask__mutmut_16(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("L"))
    elif isinstance(mask, torch.Tensor):
        array = mask.detach().cpu().numpy()
    elif isinstance(mask, np.ndarray):
        array = mask
    else:
        raise InputError(f"unsupported mask type {type(mask).__name__}: use a numpy array, tensor or PIL image")
    while array.ndim > 2 and array.shape[1] == 1:
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


def x_as_mask__mutmut_17(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("L"))
    elif isinstance(mask, torch.Tensor):
        array = mask.detach().cpu().numpy()
    elif isinstance(mask, np.ndarray):
        array = mask
    else:
        raise InputError(f"unsupported mask type {type(mask).__name__}: use a numpy array, tensor or PIL image")
    while array.ndim > 2 and array.shape[0] != 1:
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


def x_as_mask__mutmut_18(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("L"))
    elif isinstance(mask, torch.Tensor):
        array = mask.detach().cpu().numpy()
    elif isinstance(mask, np.ndarray):
        array = mask
    else:
        raise InputError(f"unsupported mask type {type(mask).__name__}: use a numpy array, tensor or PIL image")
    while array.ndim > 2 and array.shape[0] == 2:
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


def x_as_mask__mutmut_19(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("L"))
    elif isinstance(mask, torch.Tensor):
        array = mask.detach().cpu().numpy()
    elif isinstance(mask, np.ndarray):
        array = mask
    else:
        raise InputError(f"unsupported mask type {type(mask).__name__}: use a numpy array, tensor or PIL image")
    while array.ndim > 2 and array.shape[0] == 1:
        array = None
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


def x_as_mask__mutmut_20(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("L"))
    elif isinstance(mask, torch.Tensor):
        array = mask.detach().cpu().numpy()
    elif isinstance(mask, np.ndarray):
        array = mask
    else:
        raise InputError(f"unsupported mask type {type(mask).__name__}: use a numpy array, tensor or PIL image")
    while array.ndim > 2 and array.shape[0] == 1:
        array = array[1]
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


def x_as_mask__mutmut_21(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("L"))
    elif isinstance(mask, torch.Tensor):
        array = mask.detach().cpu().numpy()
    elif isinstance(mask, np.ndarray):
        array = mask
    else:
        raise InputError(f"unsupported mask type {type(mask).__name__}: use a numpy array, tensor or PIL image")
    while array.ndim > 2 and array.shape[0] == 1:
        array = array[0]
    if array.ndim == 2:
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


def x_as_mask__mutmut_22(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
        array = np.asarray(mask.convert("L"))
    elif isinstance(mask, torch.Tensor):
        array = mask.detach().cpu().numpy()
    elif isinstance(mask, np.ndarray):
        array = mask
    else:
        raise InputError(f"unsupported mask type {type(mask).__name__}: use a numpy array, tensor or PIL image")
    while array.ndim > 2 and array.shape[0] == 1:
        array = array[0]
    if array.ndim != 3:
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


def x_as_mask__mutmut_23(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
        raise InputError(None)
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


def x_as_mask__mutmut_24(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
        raise InputError(f"a mask must be H x W, got shape {tuple(None)}")
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


def x_as_mask__mutmut_25(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
        raise InputError(f"a mask must be H x W, got shape {tuple(np.shape(None))}")
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


def x_as_mask__mutmut_26(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
    if array.dtype != np.bool_:
        out = array.copy()
    elif array.dtype == np.uint8:
        out = array > 127
    else:
        out = array.astype(np.float64) > 0.5
    if size is not None and tuple(out.shape) != tuple(size):
        raise InputError(f"mask is {out.shape[0]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_27(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
        out = None
    elif array.dtype == np.uint8:
        out = array > 127
    else:
        out = array.astype(np.float64) > 0.5
    if size is not None and tuple(out.shape) != tuple(size):
        raise InputError(f"mask is {out.shape[0]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_28(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
    elif array.dtype != np.uint8:
        out = array > 127
    else:
        out = array.astype(np.float64) > 0.5
    if size is not None and tuple(out.shape) != tuple(size):
        raise InputError(f"mask is {out.shape[0]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_29(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
        out = None
    else:
        out = array.astype(np.float64) > 0.5
    if size is not None and tuple(out.shape) != tuple(size):
        raise InputError(f"mask is {out.shape[0]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_30(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
        out = array >= 127
    else:
        out = array.astype(np.float64) > 0.5
    if size is not None and tuple(out.shape) != tuple(size):
        raise InputError(f"mask is {out.shape[0]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_31(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
        out = array > 128
    else:
        out = array.astype(np.float64) > 0.5
    if size is not None and tuple(out.shape) != tuple(size):
        raise InputError(f"mask is {out.shape[0]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_32(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
        out = None
    if size is not None and tuple(out.shape) != tuple(size):
        raise InputError(f"mask is {out.shape[0]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_33(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
        out = array.astype(None) > 0.5
    if size is not None and tuple(out.shape) != tuple(size):
        raise InputError(f"mask is {out.shape[0]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_34(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
        out = array.astype(np.float64) >= 0.5
    if size is not None and tuple(out.shape) != tuple(size):
        raise InputError(f"mask is {out.shape[0]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_35(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
        out = array.astype(np.float64) > 1.5
    if size is not None and tuple(out.shape) != tuple(size):
        raise InputError(f"mask is {out.shape[0]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_36(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
    if size is not None or tuple(out.shape) != tuple(size):
        raise InputError(f"mask is {out.shape[0]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_37(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
    if size is None and tuple(out.shape) != tuple(size):
        raise InputError(f"mask is {out.shape[0]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_38(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
    if size is not None and tuple(None) != tuple(size):
        raise InputError(f"mask is {out.shape[0]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_39(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
    if size is not None and tuple(out.shape) == tuple(size):
        raise InputError(f"mask is {out.shape[0]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_40(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
    if size is not None and tuple(out.shape) != tuple(None):
        raise InputError(f"mask is {out.shape[0]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_41(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
        raise InputError(None)
    return out


def x_as_mask__mutmut_42(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
        raise InputError(f"mask is {out.shape[1]} x {out.shape[1]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_43(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
        raise InputError(f"mask is {out.shape[0]} x {out.shape[2]} (H x W) but the image is "
                         f"{size[0]} x {size[1]}")
    return out


def x_as_mask__mutmut_44(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
                         f"{size[1]} x {size[1]}")
    return out


def x_as_mask__mutmut_45(mask: Any, size: tuple[int, int] | None = None) -> np.ndarray:
    """Any accepted mask -> an ``H x W`` boolean numpy array; ``size`` = ``(H, W)`` it must have.

    Boolean data is used as is; ``uint8`` data is foreground above 127; other numbers above 0.5.
    Leading dimensions of size 1 (``1 x H x W``, ``1 x 1 x H x W``) are dropped.
    """
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover
        Image = None
    if Image is not None and isinstance(mask, Image.Image):
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
                         f"{size[0]} x {size[2]}")
    return out

mutants_x_as_mask__mutmut['_mutmut_orig'] = x_as_mask__mutmut_orig # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_1'] = x_as_mask__mutmut_1 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_2'] = x_as_mask__mutmut_2 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_3'] = x_as_mask__mutmut_3 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_4'] = x_as_mask__mutmut_4 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_5'] = x_as_mask__mutmut_5 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_6'] = x_as_mask__mutmut_6 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_7'] = x_as_mask__mutmut_7 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_8'] = x_as_mask__mutmut_8 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_9'] = x_as_mask__mutmut_9 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_10'] = x_as_mask__mutmut_10 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_11'] = x_as_mask__mutmut_11 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_12'] = x_as_mask__mutmut_12 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_13'] = x_as_mask__mutmut_13 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_14'] = x_as_mask__mutmut_14 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_15'] = x_as_mask__mutmut_15 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_16'] = x_as_mask__mutmut_16 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_17'] = x_as_mask__mutmut_17 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_18'] = x_as_mask__mutmut_18 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_19'] = x_as_mask__mutmut_19 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_20'] = x_as_mask__mutmut_20 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_21'] = x_as_mask__mutmut_21 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_22'] = x_as_mask__mutmut_22 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_23'] = x_as_mask__mutmut_23 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_24'] = x_as_mask__mutmut_24 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_25'] = x_as_mask__mutmut_25 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_26'] = x_as_mask__mutmut_26 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_27'] = x_as_mask__mutmut_27 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_28'] = x_as_mask__mutmut_28 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_29'] = x_as_mask__mutmut_29 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_30'] = x_as_mask__mutmut_30 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_31'] = x_as_mask__mutmut_31 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_32'] = x_as_mask__mutmut_32 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_33'] = x_as_mask__mutmut_33 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_34'] = x_as_mask__mutmut_34 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_35'] = x_as_mask__mutmut_35 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_36'] = x_as_mask__mutmut_36 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_37'] = x_as_mask__mutmut_37 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_38'] = x_as_mask__mutmut_38 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_39'] = x_as_mask__mutmut_39 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_40'] = x_as_mask__mutmut_40 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_41'] = x_as_mask__mutmut_41 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_42'] = x_as_mask__mutmut_42 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_43'] = x_as_mask__mutmut_43 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_44'] = x_as_mask__mutmut_44 # type: ignore # mutmut generated
mutants_x_as_mask__mutmut['x_as_mask__mutmut_45'] = x_as_mask__mutmut_45 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_padded_box__mutmut)
def padded_box(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_orig(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_1(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = None
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_2(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = None
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_3(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = None
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_4(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(None)
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_5(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(None))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_6(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding / (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_7(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 + x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_8(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = None
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_9(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(None)
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_10(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(None))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_11(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding / (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_12(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 + y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_13(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(None, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_14(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, None), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_15(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_16(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, ), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_17(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(1, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_18(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 + pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_19(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(None, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_20(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, None), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_21(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_22(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, ), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_23(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(1, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_24(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 + pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_25(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(None, x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_26(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, None), min(height, y1 + pad_y)


def x_padded_box__mutmut_27(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(x1 + pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_28(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, ), min(height, y1 + pad_y)


def x_padded_box__mutmut_29(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 - pad_x), min(height, y1 + pad_y)


def x_padded_box__mutmut_30(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(None, y1 + pad_y)


def x_padded_box__mutmut_31(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, None)


def x_padded_box__mutmut_32(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(y1 + pad_y)


def x_padded_box__mutmut_33(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, )


def x_padded_box__mutmut_34(box: tuple[int, int, int, int], size: tuple[int, int],
               padding: float = RSM_PADDING) -> tuple[int, int, int, int]:
    """Grow a half-open box by ``round(padding * side)`` pixels on each side, clamped to ``size`` (H, W)."""
    x0, y0, x1, y1 = box
    height, width = size
    pad_x = int(round(padding * (x1 - x0)))
    pad_y = int(round(padding * (y1 - y0)))
    return max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 - pad_y)

mutants_x_padded_box__mutmut['_mutmut_orig'] = x_padded_box__mutmut_orig # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_1'] = x_padded_box__mutmut_1 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_2'] = x_padded_box__mutmut_2 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_3'] = x_padded_box__mutmut_3 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_4'] = x_padded_box__mutmut_4 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_5'] = x_padded_box__mutmut_5 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_6'] = x_padded_box__mutmut_6 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_7'] = x_padded_box__mutmut_7 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_8'] = x_padded_box__mutmut_8 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_9'] = x_padded_box__mutmut_9 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_10'] = x_padded_box__mutmut_10 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_11'] = x_padded_box__mutmut_11 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_12'] = x_padded_box__mutmut_12 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_13'] = x_padded_box__mutmut_13 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_14'] = x_padded_box__mutmut_14 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_15'] = x_padded_box__mutmut_15 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_16'] = x_padded_box__mutmut_16 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_17'] = x_padded_box__mutmut_17 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_18'] = x_padded_box__mutmut_18 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_19'] = x_padded_box__mutmut_19 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_20'] = x_padded_box__mutmut_20 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_21'] = x_padded_box__mutmut_21 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_22'] = x_padded_box__mutmut_22 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_23'] = x_padded_box__mutmut_23 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_24'] = x_padded_box__mutmut_24 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_25'] = x_padded_box__mutmut_25 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_26'] = x_padded_box__mutmut_26 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_27'] = x_padded_box__mutmut_27 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_28'] = x_padded_box__mutmut_28 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_29'] = x_padded_box__mutmut_29 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_30'] = x_padded_box__mutmut_30 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_31'] = x_padded_box__mutmut_31 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_32'] = x_padded_box__mutmut_32 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_33'] = x_padded_box__mutmut_33 # type: ignore # mutmut generated
mutants_x_padded_box__mutmut['x_padded_box__mutmut_34'] = x_padded_box__mutmut_34 # type: ignore # mutmut generated
mutants_x__pair__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__pair__mutmut)
def _pair(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(mask, tuple(ta.shape[-2:]))


def x__pair__mutmut_orig(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(mask, tuple(ta.shape[-2:]))


def x__pair__mutmut_1(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = None
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(mask, tuple(ta.shape[-2:]))


def x__pair__mutmut_2(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(None), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(mask, tuple(ta.shape[-2:]))


def x__pair__mutmut_3(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(None)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(mask, tuple(ta.shape[-2:]))


def x__pair__mutmut_4(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape == tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(mask, tuple(ta.shape[-2:]))


def x__pair__mutmut_5(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(None)
    return ta, tb, as_mask(mask, tuple(ta.shape[-2:]))


def x__pair__mutmut_6(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(None)} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(mask, tuple(ta.shape[-2:]))


def x__pair__mutmut_7(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[+2:])} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(mask, tuple(ta.shape[-2:]))


def x__pair__mutmut_8(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-3:])} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(mask, tuple(ta.shape[-2:]))


def x__pair__mutmut_9(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(None)} (H x W)")
    return ta, tb, as_mask(mask, tuple(ta.shape[-2:]))


def x__pair__mutmut_10(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(tb.shape[+2:])} (H x W)")
    return ta, tb, as_mask(mask, tuple(ta.shape[-2:]))


def x__pair__mutmut_11(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(tb.shape[-3:])} (H x W)")
    return ta, tb, as_mask(mask, tuple(ta.shape[-2:]))


def x__pair__mutmut_12(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(None, tuple(ta.shape[-2:]))


def x__pair__mutmut_13(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(mask, None)


def x__pair__mutmut_14(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(tuple(ta.shape[-2:]))


def x__pair__mutmut_15(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(mask, )


def x__pair__mutmut_16(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(mask, tuple(None))


def x__pair__mutmut_17(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(mask, tuple(ta.shape[+2:]))


def x__pair__mutmut_18(a: Any, b: Any, mask: Any) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    ta, tb = as_image_tensor(a), as_image_tensor(b)
    if ta.shape != tb.shape:
        raise InputError(f"images differ in size: {tuple(ta.shape[-2:])} vs {tuple(tb.shape[-2:])} (H x W)")
    return ta, tb, as_mask(mask, tuple(ta.shape[-3:]))

mutants_x__pair__mutmut['_mutmut_orig'] = x__pair__mutmut_orig # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_1'] = x__pair__mutmut_1 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_2'] = x__pair__mutmut_2 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_3'] = x__pair__mutmut_3 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_4'] = x__pair__mutmut_4 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_5'] = x__pair__mutmut_5 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_6'] = x__pair__mutmut_6 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_7'] = x__pair__mutmut_7 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_8'] = x__pair__mutmut_8 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_9'] = x__pair__mutmut_9 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_10'] = x__pair__mutmut_10 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_11'] = x__pair__mutmut_11 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_12'] = x__pair__mutmut_12 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_13'] = x__pair__mutmut_13 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_14'] = x__pair__mutmut_14 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_15'] = x__pair__mutmut_15 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_16'] = x__pair__mutmut_16 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_17'] = x__pair__mutmut_17 # type: ignore # mutmut generated
mutants_x__pair__mutmut['x__pair__mutmut_18'] = x__pair__mutmut_18 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__clip_cosine__mutmut)
def _clip_cosine(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_orig(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_1(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = None
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_2(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(None, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_3(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, None, torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_4(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", None)
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_5(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr("device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_6(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_7(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", )
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_8(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "XXdeviceXX", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_9(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "DEVICE", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_10(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device(None))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_11(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("XXcpuXX"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_12(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("CPU"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_13(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = None
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_14(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(None)
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_15(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(None))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_16(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = None
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_17(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text(None)
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_18(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = None
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_19(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(None, dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_20(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=None)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_21(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_22(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), )
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_23(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(None, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_24(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, None), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_25(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(-1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_26(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, ), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_27(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(2, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_28(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, +1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_29(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -2), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_30(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=+1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_31(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-2)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_32(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = None
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_33(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(None, dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_34(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=None)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_35(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_36(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), )
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_37(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(None), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_38(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(None, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_39(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, None).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_40(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(-1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_41(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, ).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_42(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(2, -1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_43(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, +1).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_44(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -2).to(image_emb.device), dim=-1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_45(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=+1)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_46(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-2)
    return float((image_emb * text_emb).sum())


def x__clip_cosine__mutmut_47(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float(None)


def x__clip_cosine__mutmut_48(clip: "ClipEncoder", image: torch.Tensor, style: str) -> float:
    """Cosine between CLIP's embedding of ``image`` (1 x 3 x h x w, [0, 1]) and of the plain text ``style``."""
    device = getattr(clip, "device", torch.device("cpu"))
    with torch.no_grad():
        image_emb = clip.encode_image(image.to(device))
        text_emb = clip.encode_text([style])
    image_emb = F.normalize(image_emb.float().reshape(1, -1), dim=-1)
    text_emb = F.normalize(text_emb.float().reshape(1, -1).to(image_emb.device), dim=-1)
    return float((image_emb / text_emb).sum())

mutants_x__clip_cosine__mutmut['_mutmut_orig'] = x__clip_cosine__mutmut_orig # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_1'] = x__clip_cosine__mutmut_1 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_2'] = x__clip_cosine__mutmut_2 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_3'] = x__clip_cosine__mutmut_3 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_4'] = x__clip_cosine__mutmut_4 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_5'] = x__clip_cosine__mutmut_5 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_6'] = x__clip_cosine__mutmut_6 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_7'] = x__clip_cosine__mutmut_7 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_8'] = x__clip_cosine__mutmut_8 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_9'] = x__clip_cosine__mutmut_9 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_10'] = x__clip_cosine__mutmut_10 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_11'] = x__clip_cosine__mutmut_11 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_12'] = x__clip_cosine__mutmut_12 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_13'] = x__clip_cosine__mutmut_13 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_14'] = x__clip_cosine__mutmut_14 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_15'] = x__clip_cosine__mutmut_15 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_16'] = x__clip_cosine__mutmut_16 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_17'] = x__clip_cosine__mutmut_17 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_18'] = x__clip_cosine__mutmut_18 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_19'] = x__clip_cosine__mutmut_19 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_20'] = x__clip_cosine__mutmut_20 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_21'] = x__clip_cosine__mutmut_21 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_22'] = x__clip_cosine__mutmut_22 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_23'] = x__clip_cosine__mutmut_23 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_24'] = x__clip_cosine__mutmut_24 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_25'] = x__clip_cosine__mutmut_25 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_26'] = x__clip_cosine__mutmut_26 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_27'] = x__clip_cosine__mutmut_27 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_28'] = x__clip_cosine__mutmut_28 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_29'] = x__clip_cosine__mutmut_29 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_30'] = x__clip_cosine__mutmut_30 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_31'] = x__clip_cosine__mutmut_31 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_32'] = x__clip_cosine__mutmut_32 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_33'] = x__clip_cosine__mutmut_33 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_34'] = x__clip_cosine__mutmut_34 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_35'] = x__clip_cosine__mutmut_35 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_36'] = x__clip_cosine__mutmut_36 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_37'] = x__clip_cosine__mutmut_37 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_38'] = x__clip_cosine__mutmut_38 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_39'] = x__clip_cosine__mutmut_39 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_40'] = x__clip_cosine__mutmut_40 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_41'] = x__clip_cosine__mutmut_41 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_42'] = x__clip_cosine__mutmut_42 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_43'] = x__clip_cosine__mutmut_43 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_44'] = x__clip_cosine__mutmut_44 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_45'] = x__clip_cosine__mutmut_45 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_46'] = x__clip_cosine__mutmut_46 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_47'] = x__clip_cosine__mutmut_47 # type: ignore # mutmut generated
mutants_x__clip_cosine__mutmut['x__clip_cosine__mutmut_48'] = x__clip_cosine__mutmut_48 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- foreground metrics


@_mutmut_mutated(mutants_x_least_clip_score__mutmut)
def least_clip_score(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_orig(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_1(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
       optimisation uses 79 ImageNet templates; the score does not, as torchmetrics' CLIPScore);
    5. 100 x the cosine of the two unit vectors, floored at 0 as torchmetrics' ``CLIPScore``.

    The CLIP model is whichever ``ClipEncoder`` is passed: the product default is ViT-B/32
    (``openai/clip-vit-base-patch32``); the LEAST authors evaluated with ViT-B/16 (load
    ``openai/clip-vit-base-patch16`` as the ``clip`` role to reproduce their setting). Scores from
    different CLIP models are not comparable. Returns NaN for an empty mask (no box to crop).
    """
    img = None
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = mask_bbox(m)
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_2(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
       optimisation uses 79 ImageNet templates; the score does not, as torchmetrics' CLIPScore);
    5. 100 x the cosine of the two unit vectors, floored at 0 as torchmetrics' ``CLIPScore``.

    The CLIP model is whichever ``ClipEncoder`` is passed: the product default is ViT-B/32
    (``openai/clip-vit-base-patch32``); the LEAST authors evaluated with ViT-B/16 (load
    ``openai/clip-vit-base-patch16`` as the ``clip`` role to reproduce their setting). Scores from
    different CLIP models are not comparable. Returns NaN for an empty mask (no box to crop).
    """
    img = as_image_tensor(None)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = mask_bbox(m)
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_3(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
       optimisation uses 79 ImageNet templates; the score does not, as torchmetrics' CLIPScore);
    5. 100 x the cosine of the two unit vectors, floored at 0 as torchmetrics' ``CLIPScore``.

    The CLIP model is whichever ``ClipEncoder`` is passed: the product default is ViT-B/32
    (``openai/clip-vit-base-patch32``); the LEAST authors evaluated with ViT-B/16 (load
    ``openai/clip-vit-base-patch16`` as the ``clip`` role to reproduce their setting). Scores from
    different CLIP models are not comparable. Returns NaN for an empty mask (no box to crop).
    """
    img = as_image_tensor(image)
    m = None
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = mask_bbox(m)
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_4(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
       optimisation uses 79 ImageNet templates; the score does not, as torchmetrics' CLIPScore);
    5. 100 x the cosine of the two unit vectors, floored at 0 as torchmetrics' ``CLIPScore``.

    The CLIP model is whichever ``ClipEncoder`` is passed: the product default is ViT-B/32
    (``openai/clip-vit-base-patch32``); the LEAST authors evaluated with ViT-B/16 (load
    ``openai/clip-vit-base-patch16`` as the ``clip`` role to reproduce their setting). Scores from
    different CLIP models are not comparable. Returns NaN for an empty mask (no box to crop).
    """
    img = as_image_tensor(image)
    m = as_mask(None, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = mask_bbox(m)
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_5(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
       optimisation uses 79 ImageNet templates; the score does not, as torchmetrics' CLIPScore);
    5. 100 x the cosine of the two unit vectors, floored at 0 as torchmetrics' ``CLIPScore``.

    The CLIP model is whichever ``ClipEncoder`` is passed: the product default is ViT-B/32
    (``openai/clip-vit-base-patch32``); the LEAST authors evaluated with ViT-B/16 (load
    ``openai/clip-vit-base-patch16`` as the ``clip`` role to reproduce their setting). Scores from
    different CLIP models are not comparable. Returns NaN for an empty mask (no box to crop).
    """
    img = as_image_tensor(image)
    m = as_mask(mask, None)
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = mask_bbox(m)
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_6(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
       optimisation uses 79 ImageNet templates; the score does not, as torchmetrics' CLIPScore);
    5. 100 x the cosine of the two unit vectors, floored at 0 as torchmetrics' ``CLIPScore``.

    The CLIP model is whichever ``ClipEncoder`` is passed: the product default is ViT-B/32
    (``openai/clip-vit-base-patch32``); the LEAST authors evaluated with ViT-B/16 (load
    ``openai/clip-vit-base-patch16`` as the ``clip`` role to reproduce their setting). Scores from
    different CLIP models are not comparable. Returns NaN for an empty mask (no box to crop).
    """
    img = as_image_tensor(image)
    m = as_mask(tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = mask_bbox(m)
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_7(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
       optimisation uses 79 ImageNet templates; the score does not, as torchmetrics' CLIPScore);
    5. 100 x the cosine of the two unit vectors, floored at 0 as torchmetrics' ``CLIPScore``.

    The CLIP model is whichever ``ClipEncoder`` is passed: the product default is ViT-B/32
    (``openai/clip-vit-base-patch32``); the LEAST authors evaluated with ViT-B/16 (load
    ``openai/clip-vit-base-patch16`` as the ``clip`` role to reproduce their setting). Scores from
    different CLIP models are not comparable. Returns NaN for an empty mask (no box to crop).
    """
    img = as_image_tensor(image)
    m = as_mask(mask, )
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = mask_bbox(m)
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_8(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
       optimisation uses 79 ImageNet templates; the score does not, as torchmetrics' CLIPScore);
    5. 100 x the cosine of the two unit vectors, floored at 0 as torchmetrics' ``CLIPScore``.

    The CLIP model is whichever ``ClipEncoder`` is passed: the product default is ViT-B/32
    (``openai/clip-vit-base-patch32``); the LEAST authors evaluated with ViT-B/16 (load
    ``openai/clip-vit-base-patch16`` as the ``clip`` role to reproduce their setting). Scores from
    different CLIP models are not comparable. Returns NaN for an empty mask (no box to crop).
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(None))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = mask_bbox(m)
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_9(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
       optimisation uses 79 ImageNet templates; the score does not, as torchmetrics' CLIPScore);
    5. 100 x the cosine of the two unit vectors, floored at 0 as torchmetrics' ``CLIPScore``.

    The CLIP model is whichever ``ClipEncoder`` is passed: the product default is ViT-B/32
    (``openai/clip-vit-base-patch32``); the LEAST authors evaluated with ViT-B/16 (load
    ``openai/clip-vit-base-patch16`` as the ``clip`` role to reproduce their setting). Scores from
    different CLIP models are not comparable. Returns NaN for an empty mask (no box to crop).
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[+2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = mask_bbox(m)
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_10(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
       optimisation uses 79 ImageNet templates; the score does not, as torchmetrics' CLIPScore);
    5. 100 x the cosine of the two unit vectors, floored at 0 as torchmetrics' ``CLIPScore``.

    The CLIP model is whichever ``ClipEncoder`` is passed: the product default is ViT-B/32
    (``openai/clip-vit-base-patch32``); the LEAST authors evaluated with ViT-B/16 (load
    ``openai/clip-vit-base-patch16`` as the ``clip`` role to reproduce their setting). Scores from
    different CLIP models are not comparable. Returns NaN for an empty mask (no box to crop).
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-3:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = mask_bbox(m)
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_11(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
       optimisation uses 79 ImageNet templates; the score does not, as torchmetrics' CLIPScore);
    5. 100 x the cosine of the two unit vectors, floored at 0 as torchmetrics' ``CLIPScore``.

    The CLIP model is whichever ``ClipEncoder`` is passed: the product default is ViT-B/32
    (``openai/clip-vit-base-patch32``); the LEAST authors evaluated with ViT-B/16 (load
    ``openai/clip-vit-base-patch16`` as the ``clip`` role to reproduce their setting). Scores from
    different CLIP models are not comparable. Returns NaN for an empty mask (no box to crop).
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if m.any():
        return float("nan")
    x0, y0, x1, y1 = mask_bbox(m)
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_12(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
        return float(None)
    x0, y0, x1, y1 = mask_bbox(m)
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_13(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
        return float("XXnanXX")
    x0, y0, x1, y1 = mask_bbox(m)
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_14(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
        return float("NAN")
    x0, y0, x1, y1 = mask_bbox(m)
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_15(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    x0, y0, x1, y1 = None
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_16(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    x0, y0, x1, y1 = mask_bbox(None)
    masked = img * torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_17(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    masked = None
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_18(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    masked = img / torch.from_numpy(m).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_19(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    masked = img * torch.from_numpy(m).to(None)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_20(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    masked = img * torch.from_numpy(None).to(img.dtype)[None, None]
    crop = masked[..., y0:y1, x0:x1]
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_21(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    crop = None
    return max(100.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_22(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    return max(None, 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_23(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    return max(100.0 * _clip_cosine(clip, crop, style), None)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_24(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    return max(0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_25(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    return max(100.0 * _clip_cosine(clip, crop, style), )


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_26(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    return max(100.0 / _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_27(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    return max(101.0 * _clip_cosine(clip, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_28(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    return max(100.0 * _clip_cosine(None, crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_29(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    return max(100.0 * _clip_cosine(clip, None, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_30(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    return max(100.0 * _clip_cosine(clip, crop, None), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_31(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    return max(100.0 * _clip_cosine(crop, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_32(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    return max(100.0 * _clip_cosine(clip, style), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_33(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    return max(100.0 * _clip_cosine(clip, crop, ), 0.0)


# --------------------------------------------------------------------------- foreground metrics


def x_least_clip_score__mutmut_34(clip: "ClipEncoder", image: Any, mask: Any, style: str) -> float:
    """LEAST's CLIP score of a stylised image: ``max(100 * cos(E_I(crop_B(I * M)), E_T(S)), 0)``.

    1. ``I * M``: pixels outside the mask are set to 0 (black);
    2. ``crop_B``: cut to the mask's bounding box ``B`` (no padding, see :func:`mask_bbox`);
    3. ``E_I``: ``clip.encode_image`` of that crop at its own size: the encoder resizes it (bicubic,
       aspect ratio not kept) to its input size (224) and applies CLIP's mean/std; unit vector;
    4. ``E_T``: ``clip.encode_text([style])`` of the plain style text, **no prompt templates** (the
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
    return max(100.0 * _clip_cosine(clip, crop, style), 1.0)

mutants_x_least_clip_score__mutmut['_mutmut_orig'] = x_least_clip_score__mutmut_orig # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_1'] = x_least_clip_score__mutmut_1 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_2'] = x_least_clip_score__mutmut_2 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_3'] = x_least_clip_score__mutmut_3 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_4'] = x_least_clip_score__mutmut_4 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_5'] = x_least_clip_score__mutmut_5 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_6'] = x_least_clip_score__mutmut_6 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_7'] = x_least_clip_score__mutmut_7 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_8'] = x_least_clip_score__mutmut_8 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_9'] = x_least_clip_score__mutmut_9 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_10'] = x_least_clip_score__mutmut_10 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_11'] = x_least_clip_score__mutmut_11 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_12'] = x_least_clip_score__mutmut_12 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_13'] = x_least_clip_score__mutmut_13 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_14'] = x_least_clip_score__mutmut_14 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_15'] = x_least_clip_score__mutmut_15 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_16'] = x_least_clip_score__mutmut_16 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_17'] = x_least_clip_score__mutmut_17 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_18'] = x_least_clip_score__mutmut_18 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_19'] = x_least_clip_score__mutmut_19 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_20'] = x_least_clip_score__mutmut_20 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_21'] = x_least_clip_score__mutmut_21 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_22'] = x_least_clip_score__mutmut_22 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_23'] = x_least_clip_score__mutmut_23 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_24'] = x_least_clip_score__mutmut_24 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_25'] = x_least_clip_score__mutmut_25 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_26'] = x_least_clip_score__mutmut_26 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_27'] = x_least_clip_score__mutmut_27 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_28'] = x_least_clip_score__mutmut_28 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_29'] = x_least_clip_score__mutmut_29 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_30'] = x_least_clip_score__mutmut_30 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_31'] = x_least_clip_score__mutmut_31 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_32'] = x_least_clip_score__mutmut_32 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_33'] = x_least_clip_score__mutmut_33 # type: ignore # mutmut generated
mutants_x_least_clip_score__mutmut['x_least_clip_score__mutmut_34'] = x_least_clip_score__mutmut_34 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_region_style_match__mutmut)
def region_style_match(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_orig(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_1(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = None
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_2(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(None)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_3(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = None
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_4(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(None, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_5(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, None)
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_6(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_7(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, )
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_8(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(None))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_9(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[+2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_10(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-3:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_11(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_12(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float(None)
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_13(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("XXnanXX")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_14(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("NAN")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_15(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = None
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_16(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(None, tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_17(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), None, padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_18(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), None)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_19(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_20(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_21(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), )
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_22(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(None), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_23(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(None), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_24(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[+2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_25(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-3:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_26(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = None
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_27(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(None, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_28(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, None, style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_29(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], None)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_30(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_31(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_32(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], )
    return min(max(0.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_33(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(None, 1.0)


def x_region_style_match__mutmut_34(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), None)


def x_region_style_match__mutmut_35(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(1.0)


def x_region_style_match__mutmut_36(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), )


def x_region_style_match__mutmut_37(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(None, 0.0), 1.0)


def x_region_style_match__mutmut_38(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), None), 1.0)


def x_region_style_match__mutmut_39(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.0), 1.0)


def x_region_style_match__mutmut_40(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), ), 1.0)


def x_region_style_match__mutmut_41(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 / (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_42(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(1.5 * (1.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_43(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 - cosine), 0.0), 1.0)


def x_region_style_match__mutmut_44(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (2.0 + cosine), 0.0), 1.0)


def x_region_style_match__mutmut_45(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 1.0), 1.0)


def x_region_style_match__mutmut_46(clip: "ClipEncoder", image: Any, mask: Any, style: str,
                       padding: float = RSM_PADDING) -> float:
    """RegionRoute's RSM: ``0.5 * (1 + cos(E_I(crop_B'(I)), E_T(S)))``, in [0, 1].

    ``B'`` is the mask's bounding box grown by ``round(padding * box width)`` pixels left and right and
    ``round(padding * box height)`` pixels top and bottom (default ``padding = 0.05``: the box becomes
    10 % wider and taller), clamped to the image. Unlike the CLIP score, the crop is NOT masked: the
    padding and the rest of the box show the region's surroundings, as RegionRoute crops the image.
    ``E_I``/``E_T`` as in :func:`least_clip_score` (plain style text, no templates). NaN for an
    empty mask.
    """
    img = as_image_tensor(image)
    m = as_mask(mask, tuple(img.shape[-2:]))
    if not m.any():
        return float("nan")
    x0, y0, x1, y1 = padded_box(mask_bbox(m), tuple(img.shape[-2:]), padding)
    cosine = _clip_cosine(clip, img[..., y0:y1, x0:x1], style)
    return min(max(0.5 * (1.0 + cosine), 0.0), 2.0)

mutants_x_region_style_match__mutmut['_mutmut_orig'] = x_region_style_match__mutmut_orig # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_1'] = x_region_style_match__mutmut_1 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_2'] = x_region_style_match__mutmut_2 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_3'] = x_region_style_match__mutmut_3 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_4'] = x_region_style_match__mutmut_4 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_5'] = x_region_style_match__mutmut_5 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_6'] = x_region_style_match__mutmut_6 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_7'] = x_region_style_match__mutmut_7 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_8'] = x_region_style_match__mutmut_8 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_9'] = x_region_style_match__mutmut_9 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_10'] = x_region_style_match__mutmut_10 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_11'] = x_region_style_match__mutmut_11 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_12'] = x_region_style_match__mutmut_12 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_13'] = x_region_style_match__mutmut_13 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_14'] = x_region_style_match__mutmut_14 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_15'] = x_region_style_match__mutmut_15 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_16'] = x_region_style_match__mutmut_16 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_17'] = x_region_style_match__mutmut_17 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_18'] = x_region_style_match__mutmut_18 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_19'] = x_region_style_match__mutmut_19 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_20'] = x_region_style_match__mutmut_20 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_21'] = x_region_style_match__mutmut_21 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_22'] = x_region_style_match__mutmut_22 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_23'] = x_region_style_match__mutmut_23 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_24'] = x_region_style_match__mutmut_24 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_25'] = x_region_style_match__mutmut_25 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_26'] = x_region_style_match__mutmut_26 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_27'] = x_region_style_match__mutmut_27 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_28'] = x_region_style_match__mutmut_28 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_29'] = x_region_style_match__mutmut_29 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_30'] = x_region_style_match__mutmut_30 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_31'] = x_region_style_match__mutmut_31 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_32'] = x_region_style_match__mutmut_32 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_33'] = x_region_style_match__mutmut_33 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_34'] = x_region_style_match__mutmut_34 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_35'] = x_region_style_match__mutmut_35 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_36'] = x_region_style_match__mutmut_36 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_37'] = x_region_style_match__mutmut_37 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_38'] = x_region_style_match__mutmut_38 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_39'] = x_region_style_match__mutmut_39 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_40'] = x_region_style_match__mutmut_40 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_41'] = x_region_style_match__mutmut_41 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_42'] = x_region_style_match__mutmut_42 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_43'] = x_region_style_match__mutmut_43 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_44'] = x_region_style_match__mutmut_44 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_45'] = x_region_style_match__mutmut_45 # type: ignore # mutmut generated
mutants_x_region_style_match__mutmut['x_region_style_match__mutmut_46'] = x_region_style_match__mutmut_46 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- background metrics


@_mutmut_mutated(mutants_x_background_mse__mutmut)
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


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_orig(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_1(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = None
    background = ~m
    if not background.any():
        return float("nan")
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_2(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(None, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_3(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, None, mask)
    background = ~m
    if not background.any():
        return float("nan")
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_4(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, None)
    background = ~m
    if not background.any():
        return float("nan")
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_5(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_6(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, mask)
    background = ~m
    if not background.any():
        return float("nan")
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_7(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, )
    background = ~m
    if not background.any():
        return float("nan")
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_8(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, mask)
    background = None
    if not background.any():
        return float("nan")
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_9(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, mask)
    background = m
    if not background.any():
        return float("nan")
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_10(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if background.any():
        return float("nan")
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_11(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float(None)
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_12(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("XXnanXX")
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_13(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("NAN")
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_14(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    diff = None  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_15(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    diff = (ta[0].double() - tb[0].double()) * 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_16(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    diff = (ta[0].double() + tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_17(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    diff = (ta[1].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_18(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    diff = (ta[0].double() - tb[1].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_19(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    diff = (ta[0].double() - tb[0].double()) ** 3  # 3 x H x W
    return float(diff[:, torch.from_numpy(background)].mean())


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_20(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(None)


# --------------------------------------------------------------------------- background metrics


def x_background_mse__mutmut_21(a: Any, b: Any, mask: Any) -> float:
    """Mean of ``(a - b)^2`` over every background pixel (``not mask``) and all three channels.

    Images in [0, 1]. NaN if the mask covers the whole image (no background pixel).
    """
    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    diff = (ta[0].double() - tb[0].double()) ** 2  # 3 x H x W
    return float(diff[:, torch.from_numpy(None)].mean())

mutants_x_background_mse__mutmut['_mutmut_orig'] = x_background_mse__mutmut_orig # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_1'] = x_background_mse__mutmut_1 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_2'] = x_background_mse__mutmut_2 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_3'] = x_background_mse__mutmut_3 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_4'] = x_background_mse__mutmut_4 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_5'] = x_background_mse__mutmut_5 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_6'] = x_background_mse__mutmut_6 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_7'] = x_background_mse__mutmut_7 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_8'] = x_background_mse__mutmut_8 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_9'] = x_background_mse__mutmut_9 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_10'] = x_background_mse__mutmut_10 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_11'] = x_background_mse__mutmut_11 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_12'] = x_background_mse__mutmut_12 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_13'] = x_background_mse__mutmut_13 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_14'] = x_background_mse__mutmut_14 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_15'] = x_background_mse__mutmut_15 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_16'] = x_background_mse__mutmut_16 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_17'] = x_background_mse__mutmut_17 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_18'] = x_background_mse__mutmut_18 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_19'] = x_background_mse__mutmut_19 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_20'] = x_background_mse__mutmut_20 # type: ignore # mutmut generated
mutants_x_background_mse__mutmut['x_background_mse__mutmut_21'] = x_background_mse__mutmut_21 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_background_psnr__mutmut)
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


def x_background_psnr__mutmut_orig(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, mask)
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float("inf")
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_1(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = None
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float("inf")
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_2(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(None, b, mask)
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float("inf")
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_3(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, None, mask)
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float("inf")
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_4(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, None)
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float("inf")
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_5(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(b, mask)
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float("inf")
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_6(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, mask)
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float("inf")
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_7(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, )
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float("inf")
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_8(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, mask)
    if math.isnan(None):
        return float("nan")
    if mse == 0.0:
        return float("inf")
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_9(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, mask)
    if math.isnan(mse):
        return float(None)
    if mse == 0.0:
        return float("inf")
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_10(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, mask)
    if math.isnan(mse):
        return float("XXnanXX")
    if mse == 0.0:
        return float("inf")
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_11(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, mask)
    if math.isnan(mse):
        return float("NAN")
    if mse == 0.0:
        return float("inf")
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_12(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, mask)
    if math.isnan(mse):
        return float("nan")
    if mse != 0.0:
        return float("inf")
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_13(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, mask)
    if math.isnan(mse):
        return float("nan")
    if mse == 1.0:
        return float("inf")
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_14(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, mask)
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float(None)
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_15(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, mask)
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float("XXinfXX")
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_16(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, mask)
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float("INF")
    return 10.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_17(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, mask)
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float("inf")
    return 10.0 / math.log10(1.0 / mse)


def x_background_psnr__mutmut_18(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, mask)
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float("inf")
    return 11.0 * math.log10(1.0 / mse)


def x_background_psnr__mutmut_19(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, mask)
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float("inf")
    return 10.0 * math.log10(None)


def x_background_psnr__mutmut_20(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, mask)
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float("inf")
    return 10.0 * math.log10(1.0 * mse)


def x_background_psnr__mutmut_21(a: Any, b: Any, mask: Any) -> float:
    """``10 * log10(1 / mse_bg)`` in dB, data range 1 (images in [0, 1]).

    ``float("inf")`` when the background is identical (MSE 0); NaN with no background pixel.
    """
    mse = background_mse(a, b, mask)
    if math.isnan(mse):
        return float("nan")
    if mse == 0.0:
        return float("inf")
    return 10.0 * math.log10(2.0 / mse)

mutants_x_background_psnr__mutmut['_mutmut_orig'] = x_background_psnr__mutmut_orig # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_1'] = x_background_psnr__mutmut_1 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_2'] = x_background_psnr__mutmut_2 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_3'] = x_background_psnr__mutmut_3 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_4'] = x_background_psnr__mutmut_4 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_5'] = x_background_psnr__mutmut_5 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_6'] = x_background_psnr__mutmut_6 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_7'] = x_background_psnr__mutmut_7 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_8'] = x_background_psnr__mutmut_8 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_9'] = x_background_psnr__mutmut_9 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_10'] = x_background_psnr__mutmut_10 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_11'] = x_background_psnr__mutmut_11 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_12'] = x_background_psnr__mutmut_12 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_13'] = x_background_psnr__mutmut_13 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_14'] = x_background_psnr__mutmut_14 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_15'] = x_background_psnr__mutmut_15 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_16'] = x_background_psnr__mutmut_16 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_17'] = x_background_psnr__mutmut_17 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_18'] = x_background_psnr__mutmut_18 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_19'] = x_background_psnr__mutmut_19 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_20'] = x_background_psnr__mutmut_20 # type: ignore # mutmut generated
mutants_x_background_psnr__mutmut['x_background_psnr__mutmut_21'] = x_background_psnr__mutmut_21 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_background_ssim__mutmut)
def background_ssim(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

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


def x_background_ssim__mutmut_orig(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

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


def x_background_ssim__mutmut_1(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = None
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_2(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(None, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_3(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, None, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_4(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, None)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_5(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_6(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_7(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, )
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_8(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = None
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_9(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_10(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_11(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float(None)
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_12(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("XXnanXX")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_13(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("NAN")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_14(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(None) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_15(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[+2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_16(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-3:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_17(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) <= 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_18(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 8:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_19(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(None)
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_20(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(None)}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_21(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[+2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_22(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-3:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_23(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = None
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_24(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(None, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_25(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, None, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_26(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, None).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_27(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_28(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_29(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, ).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_30(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[1].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_31(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(2, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_32(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 3, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_33(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 1).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_34(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = None
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_35(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(None, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_36(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, None, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_37(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, None).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_38(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_39(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_40(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, ).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_41(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[1].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_42(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(2, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_43(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 3, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_44(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 1).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_45(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = None
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_46(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(None, nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_47(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, None, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_48(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=None, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_49(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=None, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_50(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=None)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_51(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(nb, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_52(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, channel_axis=2, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_53(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_54(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_55(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, )
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_56(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=3, data_range=1.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_57(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=2.0, full=True)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_58(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=False)
    return float(ssim_map[background].mean())


def x_background_ssim__mutmut_59(a: Any, b: Any, mask: Any) -> float:
    """SSIM restricted to the background.

    The per-pixel SSIM map of ``skimage.metrics.structural_similarity(a, b, channel_axis=2,
    data_range=1.0, full=True)`` (defaults: 7 x 7 uniform window, K1 = 0.01, K2 = 0.03, float64, one
    map per channel) is averaged over background pixels and the three channels. Every background
    pixel counts, including those within 3 px of the image border, which skimage's own mean leaves
    out. Images must be at least 7 x 7. NaN with no background pixel.
    """
    from skimage.metrics import structural_similarity

    ta, tb, m = _pair(a, b, mask)
    background = ~m
    if not background.any():
        return float("nan")
    if min(ta.shape[-2:]) < 7:
        raise InputError(f"SSIM needs images of at least 7 x 7 pixels, got {tuple(ta.shape[-2:])}")
    na = ta[0].permute(1, 2, 0).double().numpy()
    nb = tb[0].permute(1, 2, 0).double().numpy()
    _, ssim_map = structural_similarity(na, nb, channel_axis=2, data_range=1.0, full=True)
    return float(None)

mutants_x_background_ssim__mutmut['_mutmut_orig'] = x_background_ssim__mutmut_orig # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_1'] = x_background_ssim__mutmut_1 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_2'] = x_background_ssim__mutmut_2 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_3'] = x_background_ssim__mutmut_3 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_4'] = x_background_ssim__mutmut_4 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_5'] = x_background_ssim__mutmut_5 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_6'] = x_background_ssim__mutmut_6 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_7'] = x_background_ssim__mutmut_7 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_8'] = x_background_ssim__mutmut_8 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_9'] = x_background_ssim__mutmut_9 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_10'] = x_background_ssim__mutmut_10 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_11'] = x_background_ssim__mutmut_11 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_12'] = x_background_ssim__mutmut_12 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_13'] = x_background_ssim__mutmut_13 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_14'] = x_background_ssim__mutmut_14 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_15'] = x_background_ssim__mutmut_15 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_16'] = x_background_ssim__mutmut_16 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_17'] = x_background_ssim__mutmut_17 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_18'] = x_background_ssim__mutmut_18 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_19'] = x_background_ssim__mutmut_19 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_20'] = x_background_ssim__mutmut_20 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_21'] = x_background_ssim__mutmut_21 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_22'] = x_background_ssim__mutmut_22 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_23'] = x_background_ssim__mutmut_23 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_24'] = x_background_ssim__mutmut_24 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_25'] = x_background_ssim__mutmut_25 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_26'] = x_background_ssim__mutmut_26 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_27'] = x_background_ssim__mutmut_27 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_28'] = x_background_ssim__mutmut_28 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_29'] = x_background_ssim__mutmut_29 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_30'] = x_background_ssim__mutmut_30 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_31'] = x_background_ssim__mutmut_31 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_32'] = x_background_ssim__mutmut_32 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_33'] = x_background_ssim__mutmut_33 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_34'] = x_background_ssim__mutmut_34 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_35'] = x_background_ssim__mutmut_35 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_36'] = x_background_ssim__mutmut_36 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_37'] = x_background_ssim__mutmut_37 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_38'] = x_background_ssim__mutmut_38 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_39'] = x_background_ssim__mutmut_39 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_40'] = x_background_ssim__mutmut_40 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_41'] = x_background_ssim__mutmut_41 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_42'] = x_background_ssim__mutmut_42 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_43'] = x_background_ssim__mutmut_43 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_44'] = x_background_ssim__mutmut_44 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_45'] = x_background_ssim__mutmut_45 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_46'] = x_background_ssim__mutmut_46 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_47'] = x_background_ssim__mutmut_47 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_48'] = x_background_ssim__mutmut_48 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_49'] = x_background_ssim__mutmut_49 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_50'] = x_background_ssim__mutmut_50 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_51'] = x_background_ssim__mutmut_51 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_52'] = x_background_ssim__mutmut_52 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_53'] = x_background_ssim__mutmut_53 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_54'] = x_background_ssim__mutmut_54 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_55'] = x_background_ssim__mutmut_55 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_56'] = x_background_ssim__mutmut_56 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_57'] = x_background_ssim__mutmut_57 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_58'] = x_background_ssim__mutmut_58 # type: ignore # mutmut generated
mutants_x_background_ssim__mutmut['x_background_ssim__mutmut_59'] = x_background_ssim__mutmut_59 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_background_lpips__mutmut)
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_orig(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_1(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    ta, tb, m = None
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_2(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    ta, tb, m = _pair(None, b, mask)
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_3(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    ta, tb, m = _pair(a, None, mask)
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_4(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    ta, tb, m = _pair(a, b, None)
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_5(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    ta, tb, m = _pair(b, mask)
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_6(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    ta, tb, m = _pair(a, mask)
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_7(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    ta, tb, m = _pair(a, b, )
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_8(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    background = None
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_9(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    background = m
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_10(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    if background.any():
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_11(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        return float(None)
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_12(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        return float("XXnanXX")
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_13(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        return float("NAN")
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_14(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    if hasattr(lpips_net, "spatial"):
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_15(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    if not hasattr(None, "spatial"):
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_16(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    if not hasattr(lpips_net, None):
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_17(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    if not hasattr("spatial"):
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_18(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    if not hasattr(lpips_net, ):
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_19(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    if not hasattr(lpips_net, "XXspatialXX"):
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_20(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    if not hasattr(lpips_net, "SPATIAL"):
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_21(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        raise TypeError(None)
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_22(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        raise TypeError("XXbackground_lpips needs an lpips.LPIPS module (it has no `spatial` flag)XX")
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_23(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        raise TypeError("background_lpips needs an lpips.lpips module (it has no `spatial` flag)")
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_24(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        raise TypeError("BACKGROUND_LPIPS NEEDS AN LPIPS.LPIPS MODULE (IT HAS NO `SPATIAL` FLAG)")
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_25(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        device = None
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_26(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        device = next(None).device
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_27(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        device = None
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_28(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        device = torch.device(None)
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_29(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        device = torch.device("XXcpuXX")
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_30(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        device = torch.device("CPU")
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_31(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    previous = None
    lpips_net.spatial = True
    try:
        with torch.no_grad():
            distance = lpips_net(ta.to(device) * 2.0 - 1.0, tb.to(device) * 2.0 - 1.0)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_32(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    lpips_net.spatial = None
    try:
        with torch.no_grad():
            distance = lpips_net(ta.to(device) * 2.0 - 1.0, tb.to(device) * 2.0 - 1.0)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_33(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    lpips_net.spatial = False
    try:
        with torch.no_grad():
            distance = lpips_net(ta.to(device) * 2.0 - 1.0, tb.to(device) * 2.0 - 1.0)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_34(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
            distance = None
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_35(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
            distance = lpips_net(None, tb.to(device) * 2.0 - 1.0)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_36(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
            distance = lpips_net(ta.to(device) * 2.0 - 1.0, None)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_37(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
            distance = lpips_net(tb.to(device) * 2.0 - 1.0)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_38(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
            distance = lpips_net(ta.to(device) * 2.0 - 1.0, )
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_39(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
            distance = lpips_net(ta.to(device) * 2.0 + 1.0, tb.to(device) * 2.0 - 1.0)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_40(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
            distance = lpips_net(ta.to(device) / 2.0 - 1.0, tb.to(device) * 2.0 - 1.0)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_41(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
            distance = lpips_net(ta.to(None) * 2.0 - 1.0, tb.to(device) * 2.0 - 1.0)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_42(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
            distance = lpips_net(ta.to(device) * 3.0 - 1.0, tb.to(device) * 2.0 - 1.0)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_43(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
            distance = lpips_net(ta.to(device) * 2.0 - 2.0, tb.to(device) * 2.0 - 1.0)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_44(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
            distance = lpips_net(ta.to(device) * 2.0 - 1.0, tb.to(device) * 2.0 + 1.0)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_45(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
            distance = lpips_net(ta.to(device) * 2.0 - 1.0, tb.to(device) / 2.0 - 1.0)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_46(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
            distance = lpips_net(ta.to(device) * 2.0 - 1.0, tb.to(None) * 2.0 - 1.0)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_47(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
            distance = lpips_net(ta.to(device) * 2.0 - 1.0, tb.to(device) * 3.0 - 1.0)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_48(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
            distance = lpips_net(ta.to(device) * 2.0 - 1.0, tb.to(device) * 2.0 - 2.0)
    except RuntimeError as exc:
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_49(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        raise InputError(None) from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_50(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        raise InputError(f"LPIPS could not run on {tuple(None)} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_51(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[+2:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_52(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        raise InputError(f"LPIPS could not run on {tuple(ta.shape[-3:])} images (AlexNet needs about "
                         f"32 px a side or more): {str(exc).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_53(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
                         f"32 px a side or more): {str(None).splitlines()[0]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_54(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
                         f"32 px a side or more): {str(exc).splitlines()[1]}") from exc
    finally:
        lpips_net.spatial = previous
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_55(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
        lpips_net.spatial = None
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_56(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = None
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_57(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(None, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_58(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, None, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_59(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_60(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_61(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, )
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_62(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(2, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_63(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 2, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_64(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[+2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_65(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-3:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_66(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(None) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_67(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[+2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_68(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-3:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_69(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) == tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_70(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(None):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_71(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[+2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_72(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-3:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_73(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = None
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_74(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(None, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_75(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=None, mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_76(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode=None, align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_77(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=None)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_78(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_79(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_80(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_81(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", )
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_82(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(None), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_83(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[+2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_84(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-3:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_85(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="XXbilinearXX", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_86(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="BILINEAR", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_87(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=True)
    return float(distance[0, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_88(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(None)


def x_background_lpips__mutmut_89(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[1, 0].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_90(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 1].cpu()[torch.from_numpy(background)].double().mean())


def x_background_lpips__mutmut_91(lpips_net: torch.nn.Module, a: Any, b: Any, mask: Any) -> float:
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
    distance = distance.float().reshape(1, 1, *distance.shape[-2:])
    if tuple(distance.shape[-2:]) != tuple(ta.shape[-2:]):
        distance = F.interpolate(distance, size=tuple(ta.shape[-2:]), mode="bilinear", align_corners=False)
    return float(distance[0, 0].cpu()[torch.from_numpy(None)].double().mean())

mutants_x_background_lpips__mutmut['_mutmut_orig'] = x_background_lpips__mutmut_orig # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_1'] = x_background_lpips__mutmut_1 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_2'] = x_background_lpips__mutmut_2 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_3'] = x_background_lpips__mutmut_3 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_4'] = x_background_lpips__mutmut_4 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_5'] = x_background_lpips__mutmut_5 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_6'] = x_background_lpips__mutmut_6 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_7'] = x_background_lpips__mutmut_7 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_8'] = x_background_lpips__mutmut_8 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_9'] = x_background_lpips__mutmut_9 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_10'] = x_background_lpips__mutmut_10 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_11'] = x_background_lpips__mutmut_11 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_12'] = x_background_lpips__mutmut_12 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_13'] = x_background_lpips__mutmut_13 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_14'] = x_background_lpips__mutmut_14 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_15'] = x_background_lpips__mutmut_15 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_16'] = x_background_lpips__mutmut_16 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_17'] = x_background_lpips__mutmut_17 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_18'] = x_background_lpips__mutmut_18 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_19'] = x_background_lpips__mutmut_19 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_20'] = x_background_lpips__mutmut_20 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_21'] = x_background_lpips__mutmut_21 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_22'] = x_background_lpips__mutmut_22 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_23'] = x_background_lpips__mutmut_23 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_24'] = x_background_lpips__mutmut_24 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_25'] = x_background_lpips__mutmut_25 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_26'] = x_background_lpips__mutmut_26 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_27'] = x_background_lpips__mutmut_27 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_28'] = x_background_lpips__mutmut_28 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_29'] = x_background_lpips__mutmut_29 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_30'] = x_background_lpips__mutmut_30 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_31'] = x_background_lpips__mutmut_31 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_32'] = x_background_lpips__mutmut_32 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_33'] = x_background_lpips__mutmut_33 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_34'] = x_background_lpips__mutmut_34 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_35'] = x_background_lpips__mutmut_35 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_36'] = x_background_lpips__mutmut_36 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_37'] = x_background_lpips__mutmut_37 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_38'] = x_background_lpips__mutmut_38 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_39'] = x_background_lpips__mutmut_39 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_40'] = x_background_lpips__mutmut_40 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_41'] = x_background_lpips__mutmut_41 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_42'] = x_background_lpips__mutmut_42 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_43'] = x_background_lpips__mutmut_43 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_44'] = x_background_lpips__mutmut_44 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_45'] = x_background_lpips__mutmut_45 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_46'] = x_background_lpips__mutmut_46 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_47'] = x_background_lpips__mutmut_47 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_48'] = x_background_lpips__mutmut_48 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_49'] = x_background_lpips__mutmut_49 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_50'] = x_background_lpips__mutmut_50 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_51'] = x_background_lpips__mutmut_51 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_52'] = x_background_lpips__mutmut_52 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_53'] = x_background_lpips__mutmut_53 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_54'] = x_background_lpips__mutmut_54 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_55'] = x_background_lpips__mutmut_55 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_56'] = x_background_lpips__mutmut_56 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_57'] = x_background_lpips__mutmut_57 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_58'] = x_background_lpips__mutmut_58 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_59'] = x_background_lpips__mutmut_59 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_60'] = x_background_lpips__mutmut_60 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_61'] = x_background_lpips__mutmut_61 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_62'] = x_background_lpips__mutmut_62 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_63'] = x_background_lpips__mutmut_63 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_64'] = x_background_lpips__mutmut_64 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_65'] = x_background_lpips__mutmut_65 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_66'] = x_background_lpips__mutmut_66 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_67'] = x_background_lpips__mutmut_67 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_68'] = x_background_lpips__mutmut_68 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_69'] = x_background_lpips__mutmut_69 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_70'] = x_background_lpips__mutmut_70 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_71'] = x_background_lpips__mutmut_71 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_72'] = x_background_lpips__mutmut_72 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_73'] = x_background_lpips__mutmut_73 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_74'] = x_background_lpips__mutmut_74 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_75'] = x_background_lpips__mutmut_75 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_76'] = x_background_lpips__mutmut_76 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_77'] = x_background_lpips__mutmut_77 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_78'] = x_background_lpips__mutmut_78 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_79'] = x_background_lpips__mutmut_79 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_80'] = x_background_lpips__mutmut_80 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_81'] = x_background_lpips__mutmut_81 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_82'] = x_background_lpips__mutmut_82 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_83'] = x_background_lpips__mutmut_83 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_84'] = x_background_lpips__mutmut_84 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_85'] = x_background_lpips__mutmut_85 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_86'] = x_background_lpips__mutmut_86 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_87'] = x_background_lpips__mutmut_87 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_88'] = x_background_lpips__mutmut_88 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_89'] = x_background_lpips__mutmut_89 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_90'] = x_background_lpips__mutmut_90 # type: ignore # mutmut generated
mutants_x_background_lpips__mutmut['x_background_lpips__mutmut_91'] = x_background_lpips__mutmut_91 # type: ignore # mutmut generated
mutants_x_score_all__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- all at once


@_mutmut_mutated(mutants_x_score_all__mutmut)
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


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_orig(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_1(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
              clip: "ClipEncoder | None" = None, lpips_net: torch.nn.Module | None = None,
              rsm_padding: float = RSM_PADDING) -> dict[str, float]:
    """Every metric for one (original, output, mask, style): keys :data:`METRIC_KEYS`.

    ``clip_score`` and ``rsm`` score ``output`` against ``style``; the four ``*_bg`` metrics compare
    ``original`` and ``output`` outside ``mask``. CLIP and LPIPS come from ``models`` (roles ``clip``
    and ``lpips``) unless passed as ``clip`` / ``lpips_net`` (e.g. a ViT-B/16 encoder).
    """
    original_t, output_t, m = None
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


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_2(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
              clip: "ClipEncoder | None" = None, lpips_net: torch.nn.Module | None = None,
              rsm_padding: float = RSM_PADDING) -> dict[str, float]:
    """Every metric for one (original, output, mask, style): keys :data:`METRIC_KEYS`.

    ``clip_score`` and ``rsm`` score ``output`` against ``style``; the four ``*_bg`` metrics compare
    ``original`` and ``output`` outside ``mask``. CLIP and LPIPS come from ``models`` (roles ``clip``
    and ``lpips``) unless passed as ``clip`` / ``lpips_net`` (e.g. a ViT-B/16 encoder).
    """
    original_t, output_t, m = _pair(None, output, mask)
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


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_3(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
              clip: "ClipEncoder | None" = None, lpips_net: torch.nn.Module | None = None,
              rsm_padding: float = RSM_PADDING) -> dict[str, float]:
    """Every metric for one (original, output, mask, style): keys :data:`METRIC_KEYS`.

    ``clip_score`` and ``rsm`` score ``output`` against ``style``; the four ``*_bg`` metrics compare
    ``original`` and ``output`` outside ``mask``. CLIP and LPIPS come from ``models`` (roles ``clip``
    and ``lpips``) unless passed as ``clip`` / ``lpips_net`` (e.g. a ViT-B/16 encoder).
    """
    original_t, output_t, m = _pair(original, None, mask)
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


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_4(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
              clip: "ClipEncoder | None" = None, lpips_net: torch.nn.Module | None = None,
              rsm_padding: float = RSM_PADDING) -> dict[str, float]:
    """Every metric for one (original, output, mask, style): keys :data:`METRIC_KEYS`.

    ``clip_score`` and ``rsm`` score ``output`` against ``style``; the four ``*_bg`` metrics compare
    ``original`` and ``output`` outside ``mask``. CLIP and LPIPS come from ``models`` (roles ``clip``
    and ``lpips``) unless passed as ``clip`` / ``lpips_net`` (e.g. a ViT-B/16 encoder).
    """
    original_t, output_t, m = _pair(original, output, None)
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


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_5(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
              clip: "ClipEncoder | None" = None, lpips_net: torch.nn.Module | None = None,
              rsm_padding: float = RSM_PADDING) -> dict[str, float]:
    """Every metric for one (original, output, mask, style): keys :data:`METRIC_KEYS`.

    ``clip_score`` and ``rsm`` score ``output`` against ``style``; the four ``*_bg`` metrics compare
    ``original`` and ``output`` outside ``mask``. CLIP and LPIPS come from ``models`` (roles ``clip``
    and ``lpips``) unless passed as ``clip`` / ``lpips_net`` (e.g. a ViT-B/16 encoder).
    """
    original_t, output_t, m = _pair(output, mask)
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


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_6(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
              clip: "ClipEncoder | None" = None, lpips_net: torch.nn.Module | None = None,
              rsm_padding: float = RSM_PADDING) -> dict[str, float]:
    """Every metric for one (original, output, mask, style): keys :data:`METRIC_KEYS`.

    ``clip_score`` and ``rsm`` score ``output`` against ``style``; the four ``*_bg`` metrics compare
    ``original`` and ``output`` outside ``mask``. CLIP and LPIPS come from ``models`` (roles ``clip``
    and ``lpips``) unless passed as ``clip`` / ``lpips_net`` (e.g. a ViT-B/16 encoder).
    """
    original_t, output_t, m = _pair(original, mask)
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


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_7(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
              clip: "ClipEncoder | None" = None, lpips_net: torch.nn.Module | None = None,
              rsm_padding: float = RSM_PADDING) -> dict[str, float]:
    """Every metric for one (original, output, mask, style): keys :data:`METRIC_KEYS`.

    ``clip_score`` and ``rsm`` score ``output`` against ``style``; the four ``*_bg`` metrics compare
    ``original`` and ``output`` outside ``mask``. CLIP and LPIPS come from ``models`` (roles ``clip``
    and ``lpips``) unless passed as ``clip`` / ``lpips_net`` (e.g. a ViT-B/16 encoder).
    """
    original_t, output_t, m = _pair(original, output, )
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


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_8(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
              clip: "ClipEncoder | None" = None, lpips_net: torch.nn.Module | None = None,
              rsm_padding: float = RSM_PADDING) -> dict[str, float]:
    """Every metric for one (original, output, mask, style): keys :data:`METRIC_KEYS`.

    ``clip_score`` and ``rsm`` score ``output`` against ``style``; the four ``*_bg`` metrics compare
    ``original`` and ``output`` outside ``mask``. CLIP and LPIPS come from ``models`` (roles ``clip``
    and ``lpips``) unless passed as ``clip`` / ``lpips_net`` (e.g. a ViT-B/16 encoder).
    """
    original_t, output_t, m = _pair(original, output, mask)
    clip = None
    lpips_net = lpips_net if lpips_net is not None else models.lpips()
    return {
        "clip_score": least_clip_score(clip, output_t, m, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_9(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
              clip: "ClipEncoder | None" = None, lpips_net: torch.nn.Module | None = None,
              rsm_padding: float = RSM_PADDING) -> dict[str, float]:
    """Every metric for one (original, output, mask, style): keys :data:`METRIC_KEYS`.

    ``clip_score`` and ``rsm`` score ``output`` against ``style``; the four ``*_bg`` metrics compare
    ``original`` and ``output`` outside ``mask``. CLIP and LPIPS come from ``models`` (roles ``clip``
    and ``lpips``) unless passed as ``clip`` / ``lpips_net`` (e.g. a ViT-B/16 encoder).
    """
    original_t, output_t, m = _pair(original, output, mask)
    clip = clip if (clip is not None) and False else models.clip()
    lpips_net = lpips_net if lpips_net is not None else models.lpips()
    return {
        "clip_score": least_clip_score(clip, output_t, m, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_10(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
              clip: "ClipEncoder | None" = None, lpips_net: torch.nn.Module | None = None,
              rsm_padding: float = RSM_PADDING) -> dict[str, float]:
    """Every metric for one (original, output, mask, style): keys :data:`METRIC_KEYS`.

    ``clip_score`` and ``rsm`` score ``output`` against ``style``; the four ``*_bg`` metrics compare
    ``original`` and ``output`` outside ``mask``. CLIP and LPIPS come from ``models`` (roles ``clip``
    and ``lpips``) unless passed as ``clip`` / ``lpips_net`` (e.g. a ViT-B/16 encoder).
    """
    original_t, output_t, m = _pair(original, output, mask)
    clip = clip if (clip is not None) or True else models.clip()
    lpips_net = lpips_net if lpips_net is not None else models.lpips()
    return {
        "clip_score": least_clip_score(clip, output_t, m, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_11(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
              clip: "ClipEncoder | None" = None, lpips_net: torch.nn.Module | None = None,
              rsm_padding: float = RSM_PADDING) -> dict[str, float]:
    """Every metric for one (original, output, mask, style): keys :data:`METRIC_KEYS`.

    ``clip_score`` and ``rsm`` score ``output`` against ``style``; the four ``*_bg`` metrics compare
    ``original`` and ``output`` outside ``mask``. CLIP and LPIPS come from ``models`` (roles ``clip``
    and ``lpips``) unless passed as ``clip`` / ``lpips_net`` (e.g. a ViT-B/16 encoder).
    """
    original_t, output_t, m = _pair(original, output, mask)
    clip = clip if clip is None else models.clip()
    lpips_net = lpips_net if lpips_net is not None else models.lpips()
    return {
        "clip_score": least_clip_score(clip, output_t, m, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_12(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
              clip: "ClipEncoder | None" = None, lpips_net: torch.nn.Module | None = None,
              rsm_padding: float = RSM_PADDING) -> dict[str, float]:
    """Every metric for one (original, output, mask, style): keys :data:`METRIC_KEYS`.

    ``clip_score`` and ``rsm`` score ``output`` against ``style``; the four ``*_bg`` metrics compare
    ``original`` and ``output`` outside ``mask``. CLIP and LPIPS come from ``models`` (roles ``clip``
    and ``lpips``) unless passed as ``clip`` / ``lpips_net`` (e.g. a ViT-B/16 encoder).
    """
    original_t, output_t, m = _pair(original, output, mask)
    clip = clip if clip is not None else models.clip()
    lpips_net = None
    return {
        "clip_score": least_clip_score(clip, output_t, m, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_13(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
              clip: "ClipEncoder | None" = None, lpips_net: torch.nn.Module | None = None,
              rsm_padding: float = RSM_PADDING) -> dict[str, float]:
    """Every metric for one (original, output, mask, style): keys :data:`METRIC_KEYS`.

    ``clip_score`` and ``rsm`` score ``output`` against ``style``; the four ``*_bg`` metrics compare
    ``original`` and ``output`` outside ``mask``. CLIP and LPIPS come from ``models`` (roles ``clip``
    and ``lpips``) unless passed as ``clip`` / ``lpips_net`` (e.g. a ViT-B/16 encoder).
    """
    original_t, output_t, m = _pair(original, output, mask)
    clip = clip if clip is not None else models.clip()
    lpips_net = lpips_net if (lpips_net is not None) and False else models.lpips()
    return {
        "clip_score": least_clip_score(clip, output_t, m, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_14(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
              clip: "ClipEncoder | None" = None, lpips_net: torch.nn.Module | None = None,
              rsm_padding: float = RSM_PADDING) -> dict[str, float]:
    """Every metric for one (original, output, mask, style): keys :data:`METRIC_KEYS`.

    ``clip_score`` and ``rsm`` score ``output`` against ``style``; the four ``*_bg`` metrics compare
    ``original`` and ``output`` outside ``mask``. CLIP and LPIPS come from ``models`` (roles ``clip``
    and ``lpips``) unless passed as ``clip`` / ``lpips_net`` (e.g. a ViT-B/16 encoder).
    """
    original_t, output_t, m = _pair(original, output, mask)
    clip = clip if clip is not None else models.clip()
    lpips_net = lpips_net if (lpips_net is not None) or True else models.lpips()
    return {
        "clip_score": least_clip_score(clip, output_t, m, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_15(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
              clip: "ClipEncoder | None" = None, lpips_net: torch.nn.Module | None = None,
              rsm_padding: float = RSM_PADDING) -> dict[str, float]:
    """Every metric for one (original, output, mask, style): keys :data:`METRIC_KEYS`.

    ``clip_score`` and ``rsm`` score ``output`` against ``style``; the four ``*_bg`` metrics compare
    ``original`` and ``output`` outside ``mask``. CLIP and LPIPS come from ``models`` (roles ``clip``
    and ``lpips``) unless passed as ``clip`` / ``lpips_net`` (e.g. a ViT-B/16 encoder).
    """
    original_t, output_t, m = _pair(original, output, mask)
    clip = clip if clip is not None else models.clip()
    lpips_net = lpips_net if lpips_net is None else models.lpips()
    return {
        "clip_score": least_clip_score(clip, output_t, m, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_16(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "XXclip_scoreXX": least_clip_score(clip, output_t, m, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_17(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "CLIP_SCORE": least_clip_score(clip, output_t, m, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_18(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "clip_score": least_clip_score(None, output_t, m, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_19(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "clip_score": least_clip_score(clip, None, m, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_20(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "clip_score": least_clip_score(clip, output_t, None, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_21(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "clip_score": least_clip_score(clip, output_t, m, None),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_22(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "clip_score": least_clip_score(output_t, m, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_23(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "clip_score": least_clip_score(clip, m, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_24(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "clip_score": least_clip_score(clip, output_t, style),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_25(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "clip_score": least_clip_score(clip, output_t, m, ),
        "rsm": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_26(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "XXrsmXX": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_27(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "RSM": region_style_match(clip, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_28(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "rsm": region_style_match(None, output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_29(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "rsm": region_style_match(clip, None, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_30(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "rsm": region_style_match(clip, output_t, None, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_31(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "rsm": region_style_match(clip, output_t, m, None, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_32(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "rsm": region_style_match(clip, output_t, m, style, padding=None),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_33(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "rsm": region_style_match(output_t, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_34(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "rsm": region_style_match(clip, m, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_35(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "rsm": region_style_match(clip, output_t, style, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_36(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "rsm": region_style_match(clip, output_t, m, padding=rsm_padding),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_37(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "rsm": region_style_match(clip, output_t, m, style, ),
        "mse_bg": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_38(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "XXmse_bgXX": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_39(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "MSE_BG": background_mse(original_t, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_40(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "mse_bg": background_mse(None, output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_41(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "mse_bg": background_mse(original_t, None, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_42(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "mse_bg": background_mse(original_t, output_t, None),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_43(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "mse_bg": background_mse(output_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_44(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "mse_bg": background_mse(original_t, m),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_45(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "mse_bg": background_mse(original_t, output_t, ),
        "psnr_bg": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_46(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "XXpsnr_bgXX": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_47(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "PSNR_BG": background_psnr(original_t, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_48(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "psnr_bg": background_psnr(None, output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_49(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "psnr_bg": background_psnr(original_t, None, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_50(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "psnr_bg": background_psnr(original_t, output_t, None),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_51(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "psnr_bg": background_psnr(output_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_52(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "psnr_bg": background_psnr(original_t, m),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_53(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "psnr_bg": background_psnr(original_t, output_t, ),
        "ssim_bg": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_54(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "XXssim_bgXX": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_55(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "SSIM_BG": background_ssim(original_t, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_56(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "ssim_bg": background_ssim(None, output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_57(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "ssim_bg": background_ssim(original_t, None, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_58(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "ssim_bg": background_ssim(original_t, output_t, None),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_59(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "ssim_bg": background_ssim(output_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_60(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "ssim_bg": background_ssim(original_t, m),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_61(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "ssim_bg": background_ssim(original_t, output_t, ),
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_62(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "XXlpips_bgXX": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_63(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "LPIPS_BG": background_lpips(lpips_net, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_64(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "lpips_bg": background_lpips(None, original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_65(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "lpips_bg": background_lpips(lpips_net, None, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_66(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "lpips_bg": background_lpips(lpips_net, original_t, None, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_67(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, None),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_68(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "lpips_bg": background_lpips(original_t, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_69(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "lpips_bg": background_lpips(lpips_net, output_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_70(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "lpips_bg": background_lpips(lpips_net, original_t, m),
    }


# --------------------------------------------------------------------------- all at once


def x_score_all__mutmut_71(models: "ModelSet", original: Any, output: Any, mask: Any, style: str, *,
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
        "lpips_bg": background_lpips(lpips_net, original_t, output_t, ),
    }

mutants_x_score_all__mutmut['_mutmut_orig'] = x_score_all__mutmut_orig # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_1'] = x_score_all__mutmut_1 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_2'] = x_score_all__mutmut_2 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_3'] = x_score_all__mutmut_3 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_4'] = x_score_all__mutmut_4 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_5'] = x_score_all__mutmut_5 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_6'] = x_score_all__mutmut_6 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_7'] = x_score_all__mutmut_7 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_8'] = x_score_all__mutmut_8 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_9'] = x_score_all__mutmut_9 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_10'] = x_score_all__mutmut_10 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_11'] = x_score_all__mutmut_11 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_12'] = x_score_all__mutmut_12 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_13'] = x_score_all__mutmut_13 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_14'] = x_score_all__mutmut_14 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_15'] = x_score_all__mutmut_15 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_16'] = x_score_all__mutmut_16 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_17'] = x_score_all__mutmut_17 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_18'] = x_score_all__mutmut_18 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_19'] = x_score_all__mutmut_19 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_20'] = x_score_all__mutmut_20 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_21'] = x_score_all__mutmut_21 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_22'] = x_score_all__mutmut_22 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_23'] = x_score_all__mutmut_23 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_24'] = x_score_all__mutmut_24 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_25'] = x_score_all__mutmut_25 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_26'] = x_score_all__mutmut_26 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_27'] = x_score_all__mutmut_27 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_28'] = x_score_all__mutmut_28 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_29'] = x_score_all__mutmut_29 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_30'] = x_score_all__mutmut_30 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_31'] = x_score_all__mutmut_31 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_32'] = x_score_all__mutmut_32 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_33'] = x_score_all__mutmut_33 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_34'] = x_score_all__mutmut_34 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_35'] = x_score_all__mutmut_35 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_36'] = x_score_all__mutmut_36 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_37'] = x_score_all__mutmut_37 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_38'] = x_score_all__mutmut_38 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_39'] = x_score_all__mutmut_39 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_40'] = x_score_all__mutmut_40 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_41'] = x_score_all__mutmut_41 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_42'] = x_score_all__mutmut_42 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_43'] = x_score_all__mutmut_43 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_44'] = x_score_all__mutmut_44 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_45'] = x_score_all__mutmut_45 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_46'] = x_score_all__mutmut_46 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_47'] = x_score_all__mutmut_47 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_48'] = x_score_all__mutmut_48 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_49'] = x_score_all__mutmut_49 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_50'] = x_score_all__mutmut_50 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_51'] = x_score_all__mutmut_51 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_52'] = x_score_all__mutmut_52 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_53'] = x_score_all__mutmut_53 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_54'] = x_score_all__mutmut_54 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_55'] = x_score_all__mutmut_55 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_56'] = x_score_all__mutmut_56 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_57'] = x_score_all__mutmut_57 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_58'] = x_score_all__mutmut_58 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_59'] = x_score_all__mutmut_59 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_60'] = x_score_all__mutmut_60 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_61'] = x_score_all__mutmut_61 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_62'] = x_score_all__mutmut_62 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_63'] = x_score_all__mutmut_63 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_64'] = x_score_all__mutmut_64 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_65'] = x_score_all__mutmut_65 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_66'] = x_score_all__mutmut_66 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_67'] = x_score_all__mutmut_67 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_68'] = x_score_all__mutmut_68 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_69'] = x_score_all__mutmut_69 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_70'] = x_score_all__mutmut_70 # type: ignore # mutmut generated
mutants_x_score_all__mutmut['x_score_all__mutmut_71'] = x_score_all__mutmut_71 # type: ignore # mutmut generated


#: Alias of :func:`score_all`.
score_output = score_all
