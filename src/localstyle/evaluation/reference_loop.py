"""A timing re-creation of the published LEAST / CLIPstyler optimisation step. NOT for making images.

`localstyle bench` runs this beside localstyle's own step, on the same image, mask and models, so the
two can be compared on one machine. It re-does, per step, the *work* the authors' public notebook
(silky1708/local-style-transfer, which extends cyclomon/CLIPstyler) does per iteration, in the same
order and with the same shapes, written afresh here. What it does per step, and why each item is here:

1. **Full-frame U-Net**: the StyleNet runs on the whole ``size x size`` image (the reference squashes
   every photo to 512 x 512), not on a working crop around the region.
2. **Box crop of the output, resized back to the full size** (``resized_crop`` to ``size x size``)
   for the content loss, so VGG always sees ``size x size`` whatever the box.
3. **Three VGG19 passes, one used**: the whole ``features`` stack (every layer, as CLIPstyler's
   ``get_features`` walks all modules) on the output, on ``output * mask`` and on the resized box
   crop. Only the third enters the loss; the other two build autograd graphs that are thrown away.
   (The content image's features are computed once before the loop, as in the reference.)
4. **Crops one at a time with host syncs**: for each of the ``num_crops`` crops the mask's bounding
   box is recomputed from the mask (``torch.where`` = a nonzero, plus four ``.item()`` calls: four host
   syncs per crop, ~256 per step at 64 crops), a start is drawn with NumPy as the reference does (a
   crop may leave the image: ``crop`` pads with zeros), the crop is cut with
   ``torchvision.transforms.functional.crop``.
5. **One perspective warp per crop, in Python**: ``transforms.RandomPerspective(fill=0, p=1,
   distortion_scale=0.5)`` then ``transforms.Resize(224)`` on each ``1 x 3 x p x p`` crop, in the loop.
6. **``num_crops + 2`` CLIP image encodings** (66 at 64 crops): the crop batch, ``output * mask`` (the
   masked global directional loss) and the resized box crop, whose embedding is never used.
7. **Losses as the reference forms them**: per-crop directional loss against the content image's
   (unmasked) embedding, thresholded with a boolean-index assignment (another sync on a GPU),
   mean; global directional loss; content MSE at relu4_2 + relu5_2; TV of ``output * mask``;
   weighted sum (500, 1e4, 150, 2e-3), ``zero_grad``, ``backward``, Adam step, StepLR step.

Left out, because they are one-off setup rather than per-step work: the 79-template text encoding
(plain ``encode_text`` of the style and of "a Photo" is used; pass ``text_direction`` to override),
the content-side CLIP and VGG features (computed once, as in the reference), the double ImageNet
normalisation of the content image (changes values, not cost), the periodic preview/contrast work.
The models are whatever is passed (random weights are fine: only the cost is of interest); images go
through ``ClipEncoder.encode_image_stock`` (it resizes to 224 and normalises, as ``clip_normalize``,
then runs transformers' own image tower, with its convolution patch embedding as OpenAI's CLIP), not
localstyle's faster ``encode_image``.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from torchvision import transforms
from torchvision.transforms import functional as TF

from localstyle.least.losses import VGGContentFeatures, masked_total_variation
from localstyle.least.prompts import text_embedding
from localstyle.least.stylenet import StyleNet

__all__ = ["ReferenceLoop", "REFERENCE_WEIGHTS"]

#: lambda_d, lambda_p, lambda_c, lambda_tv of the reference notebook.
REFERENCE_WEIGHTS = {"direction": 500.0, "patch": 1e4, "content": 150.0, "tv": 2e-3}


class ReferenceLoop:
    """The reference's per-iteration work on ``content`` (``1 x 3 x S x S`` in [0, 1]) and ``mask``
    (``1 x 1 x S x S``, values 0/1), both on the device the models are on. ``step()`` runs one iteration
    and returns its losses as Python floats (after the step, outside what the reference syncs)."""

    def __init__(self, content: torch.Tensor, mask: torch.Tensor, clip, vgg: torch.nn.Sequential,
                 style: str = "oil painting", num_crops: int = 64, crop_size: int = 100,
                 crop_resize: int = 224, distortion: float = 0.5, threshold: float = 0.7,
                 lr: float = 5e-4, lr_step: int = 100, lr_gamma: float = 0.5, seed: int = 0,
                 text_direction: torch.Tensor | None = None, source_text: str = "a Photo"):
        if content.ndim != 4 or content.shape[0] != 1 or mask.shape[-2:] != content.shape[-2:]:
            raise ValueError("ReferenceLoop needs a 1 x 3 x H x W content image and a mask of the same size")
        self.content = content
        self.mask = mask.to(content.dtype).reshape(1, 1, *content.shape[-2:])
        self.clip, self.vgg = clip, vgg
        self.num_crops, self.crop_size, self.threshold = int(num_crops), int(crop_size), float(threshold)
        self.height, self.width = int(content.shape[-2]), int(content.shape[-1])
        self.rng = np.random.RandomState(seed)  # the reference draws crop starts with np.random
        torch.manual_seed(seed)
        self.net = StyleNet().to(content.device)
        self.optimizer = torch.optim.Adam(self.net.parameters(), lr=lr)
        self.scheduler = torch.optim.lr_scheduler.StepLR(self.optimizer, lr_step, lr_gamma)
        self.augment = transforms.Compose([
            transforms.RandomPerspective(fill=0, p=1, distortion_scale=distortion),
            transforms.Resize(crop_resize),
        ])
        names = VGGContentFeatures.layer_names(vgg)
        # The reference's get_features keeps indices 21 (conv4_2, overwritten in place by relu4_2) and 31.
        self.capture = {i: n for i, n in names.items() if n in ("conv4_2", "relu5_2")}
        self.mean = torch.tensor((0.485, 0.456, 0.406), device=content.device).view(1, 3, 1, 1)
        self.std = torch.tensor((0.229, 0.224, 0.225), device=content.device).view(1, 3, 1, 1)

        # Setup the reference also does once, before its loop.
        with torch.no_grad():
            if text_direction is None:
                text_direction = F.normalize(text_embedding(clip, [style]) - text_embedding(clip, [source_text]),
                                             dim=-1)
            self.text_direction = text_direction.reshape(1, -1).float()
            self.box = self._bbox()
            self.source_features = clip.encode_image_stock(content)
            self.masked_source_features = clip.encode_image_stock(content * self.mask)
            self.cropped_content_features = self._vgg_features(self._resized_box_crop(content))

    # ----------------------------------------------------------------- pieces, as the reference does them

    def _bbox(self) -> tuple[int, int, int, int]:
        """left, top, right, bottom (inclusive) from the mask: a nonzero and four host syncs."""
        ones = torch.where(self.mask == 1.0)
        left, right = max(0, torch.min(ones[3]).item()), torch.max(ones[3]).item()
        top, bottom = max(0, torch.min(ones[2]).item()), torch.max(ones[2]).item()
        return left, top, right, bottom

    def _crop_start(self) -> tuple[int, int]:
        """Crop start from a freshly recomputed box, drawn as the reference draws it (may leave the image)."""
        left, top, right, bottom = self._bbox()
        p = self.crop_size
        right_limit, bottom_limit = max(right - p + 1, 0), max(bottom - p + 1, 0)
        x = self.rng.randint(right_limit, left) if right_limit < left else self.rng.randint(left, right_limit + 1)
        y = self.rng.randint(bottom_limit, top) if bottom_limit < top else self.rng.randint(top, bottom_limit + 1)
        return y, x

    def _resized_box_crop(self, image: torch.Tensor) -> torch.Tensor:
        left, top, right, bottom = self.box
        return TF.resized_crop(image, top, left, bottom - top, right - left, [self.height, self.width])

    def _vgg_features(self, image: torch.Tensor) -> dict[str, torch.Tensor]:
        """The whole features stack on an ImageNet-normalised image, keeping indices 21 and 31 (post-ReLU)."""
        x = (image - self.mean) / self.std
        out = {}
        for i, layer in enumerate(self.vgg):
            x = layer(x)
            if i in self.capture:
                # Kept without a copy, as the reference keeps it: the in-place ReLU that follows
                # conv4_2 overwrites it, so both features are post-ReLU there and here alike.
                out[self.capture[i]] = x
        return out

    def _encode(self, images: torch.Tensor) -> torch.Tensor:
        features = self.clip.encode_image_stock(images)
        return features / features.norm(dim=-1, keepdim=True)

    def _direction_loss(self, features: torch.Tensor, source: torch.Tensor) -> torch.Tensor:
        direction = features - source
        direction = direction / direction.norm(dim=-1, keepdim=True)
        text = self.text_direction.repeat(features.shape[0], 1)
        return 1.0 - torch.cosine_similarity(direction, text, dim=1)

    # ----------------------------------------------------------------- one iteration

    def step(self) -> dict[str, float]:
        target = self.net(self.content)
        target_cropped = self._resized_box_crop(target)

        # Three VGG19 passes; only the third is used.
        _unused_full = self._vgg_features(target)
        _unused_masked = self._vgg_features(target * self.mask)
        cropped_target_features = self._vgg_features(target_cropped)
        content_loss = 0.0
        for name in ("conv4_2", "relu5_2"):
            content_loss = content_loss + torch.mean(
                (cropped_target_features[name] - self.cropped_content_features[name]) ** 2)

        # Crops one at a time: box recomputed with host syncs, one perspective warp each.
        crops = []
        for _ in range(self.num_crops):
            top, left = self._crop_start()
            crop = TF.crop(target, top, left, self.crop_size, self.crop_size)
            crops.append(self.augment(crop))
        patch_loss = torch.zeros((), device=target.device)
        if crops:
            image_features = self._encode(torch.cat(crops, dim=0))
            per_crop = self._direction_loss(image_features, self.source_features)
            per_crop[per_crop < self.threshold] = 0
            patch_loss = per_crop.mean()

        masked_glob = self._encode(target * self.mask)
        _unused_cropped_glob = self._encode(target_cropped)  # the 66th encoding, never used
        glob_loss = self._direction_loss(masked_glob, self.masked_source_features).mean()

        tv = masked_total_variation(target, self.mask)
        w = REFERENCE_WEIGHTS
        total = (w["patch"] * patch_loss + w["content"] * content_loss + w["tv"] * tv
                 + w["direction"] * glob_loss)
        self.optimizer.zero_grad()
        total.backward()
        self.optimizer.step()
        self.scheduler.step()
        return {"total": float(total.detach()), "patch": float(patch_loss.detach()),
                "content": float(content_loss.detach()), "direction": float(glob_loss.detach()),
                "tv": float(tv.detach())}
