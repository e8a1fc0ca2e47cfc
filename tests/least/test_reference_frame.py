"""`--set frame=reference` reproduces the published step: localstyle's four losses at step 0 against a
direct transcription of the authors' notebook (silky1708/local-style-transfer), on the tiny random
models, the same photo, mask, seed, crops and warps.

The transcription below is written from the notebook's per-step formulas, in its order and with its
library calls (torchvision crop / perspective / Resize / resized_crop, F.interpolate bicubic to the
CLIP input, VGG `features` walked with its in-place ReLUs, keeping indices 21 and 31). It shares no
helper with localstyle. It leaves out the defects the spec lists (the content image normalised twice,
crops that may leave the image: the crops here are localstyle's, inside the image) and includes the
box's last row and column in the content crop (the notebook's `bottom - top` drops them).
"""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch
import torch.nn.functional as F
import torchvision.transforms.functional as TF
from PIL import Image
from torchvision import transforms
from torchvision.transforms import InterpolationMode

from localstyle.least.losses import perspective_endpoints, sample_crop_boxes
from localstyle.least.optimise import MaskedStyleOptimizer, settings_with
from localstyle.least.prompts import PROMPT_TEMPLATES
from localstyle.least.region import working_image

SIDE, CROP, CROPS, SEED, STYLE = 128, 25, 6, 3, "cubism"


def _photo_and_mask():
    import skimage.data

    rgb = np.asarray(Image.fromarray(skimage.data.astronaut()).resize((SIDE, SIDE), Image.BICUBIC))
    ys, xs = np.mgrid[0:SIDE, 0:SIDE]
    mask = ((xs - 70) / 30.0) ** 2 + ((ys - 50) / 22.0) ** 2 <= 1.0
    return rgb, mask


# ----------------------------------------------------------------------------- the transcription


def reference_losses(content, mask, target, clip_model, tokenizer, vgg, crops, endpoints, thresh):
    """The notebook's loss terms for one iteration, for `target = style_net(content)`."""
    clip_size = clip_model.config.vision_config.image_size

    def clip_normalize(image):
        image = F.interpolate(image, size=clip_size, mode="bicubic")
        mean = torch.tensor([0.48145466, 0.4578275, 0.40821073]).view(1, -1, 1, 1)
        std = torch.tensor([0.26862954, 0.26130258, 0.27577711]).view(1, -1, 1, 1)
        return (image - mean) / std

    def encode_image(pixels):
        features = clip_model.get_image_features(pixel_values=pixels)
        features = getattr(features, "pooler_output", features)
        return features / features.norm(dim=-1, keepdim=True)

    def text_features(text):
        tokens = tokenizer([t.format(text) for t in PROMPT_TEMPLATES], padding="max_length", max_length=77,
                           return_tensors="pt")
        features = clip_model.get_text_features(input_ids=tokens["input_ids"], attention_mask=tokens["attention_mask"])
        features = getattr(features, "pooler_output", features)
        features = features.mean(axis=0, keepdim=True)
        return features / features.norm(dim=-1, keepdim=True)

    def img_normalize(image):
        mean = torch.tensor([0.485, 0.456, 0.406]).view(1, -1, 1, 1)
        std = torch.tensor([0.229, 0.224, 0.225]).view(1, -1, 1, 1)
        return (image - mean) / std

    def get_features(image):
        layers = {"21": "conv4_2", "31": "conv5_2"}
        features, x = {}, image
        for name, layer in vgg._modules.items():
            x = layer(x)
            if name in layers:
                features[layers[name]] = x
        return features

    # Setup before the loop.
    text_source, text_style = text_features("a Photo"), text_features(STYLE)
    source_features = encode_image(clip_normalize(content))
    masked_source_features = encode_image(clip_normalize(content * mask))
    ones = torch.where(mask == 1.0)
    left, right = max(0, torch.min(ones[3]).item()), torch.max(ones[3]).item()
    top, bottom = max(0, torch.min(ones[2]).item()), torch.max(ones[2]).item()
    height, width = content.shape[-2:]
    cropped_content = TF.resized_crop(content, top, left, bottom - top + 1, right - left + 1, [height, width])
    cropped_content_features = get_features(img_normalize(cropped_content))

    # The iteration.
    target_cropped = TF.resized_crop(target, top, left, bottom - top + 1, right - left + 1, [height, width])
    cropped_target_features = get_features(img_normalize(target_cropped))
    content_loss = 0
    content_loss += torch.mean((cropped_target_features["conv4_2"] - cropped_content_features["conv4_2"]) ** 2)
    content_loss += torch.mean((cropped_target_features["conv5_2"] - cropped_content_features["conv5_2"]) ** 2)

    augment_resize = transforms.Resize(224)
    img_proc = []
    for (x0, y0, x1, y1), end in zip(crops.tolist(), endpoints.int().tolist()):
        h, w = y1 - y0, x1 - x0
        target_crop = TF.crop(target, y0, x0, h, w)
        start = [[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]]
        target_crop = TF.perspective(target_crop, start, end, interpolation=InterpolationMode.BILINEAR, fill=0)
        img_proc.append(augment_resize(target_crop))
    image_features = encode_image(clip_normalize(torch.cat(img_proc, dim=0)))
    img_direction = image_features - source_features
    img_direction /= img_direction.clone().norm(dim=-1, keepdim=True)
    text_direction = (text_style - text_source).repeat(image_features.size(0), 1)
    text_direction /= text_direction.norm(dim=-1, keepdim=True)
    loss_temp = 1.0 - torch.cosine_similarity(img_direction, text_direction, dim=1)
    loss_temp[loss_temp < thresh] = 0
    loss_patch = loss_temp.mean()

    masked_glob_features = encode_image(clip_normalize(target * mask))
    glob_direction = masked_glob_features - masked_source_features
    glob_direction /= glob_direction.clone().norm(dim=-1, keepdim=True)
    loss_glob = (1 - torch.cosine_similarity(glob_direction, text_direction, dim=1)).mean()

    x = target * mask
    diff1 = x[:, :, :, :-1] - x[:, :, :, 1:]
    diff2 = x[:, :, :-1, :] - x[:, :, 1:, :]
    diff3 = x[:, :, 1:, :-1] - x[:, :, :-1, 1:]
    diff4 = x[:, :, :-1, :-1] - x[:, :, 1:, 1:]
    tv = torch.norm(diff1) + torch.norm(diff2) + torch.norm(diff3) + torch.norm(diff4)
    return {"direction": loss_glob, "patch": loss_patch, "content": content_loss, "tv": tv}


# ----------------------------------------------------------------------------- the comparison


# 0.7 is the paper's; with random tiny models every crop's loss is below it, so 0 checks the crops' values.
@pytest.mark.parametrize("threshold", [0.7, 0.0])
def test_step0_losses_equal_the_reference_transcription(tiny_model_set, threshold):
    rgb, mask = _photo_and_mask()
    # fp32 CLIP as the reference runs it (on a native-bf16 CPU "auto" would pick bf16; see test_precision).
    settings = settings_with("paper", frame="reference", resolution=SIDE, crop_size=CROP, num_crops=CROPS,
                             threshold=threshold, mixed_precision=False)
    work = working_image(rgb, mask, settings, torch.device("cpu"))
    # The reference frame: the whole photo squashed to SIDE x SIDE (here already that size) and its mask.
    assert work.content.shape == (1, 3, SIDE, SIDE) and work.patch_size == (CROP, CROP)
    assert torch.equal(work.content, torch.from_numpy(rgb.copy()).permute(2, 0, 1)[None].float() / 255)
    assert torch.equal(work.mask[0, 0] > 0.5, torch.from_numpy(mask)) and torch.equal(work.photo, work.content)

    clip, vgg = tiny_model_set.clip(), tiny_model_set.vgg()
    torch.manual_seed(SEED)
    generator = torch.Generator().manual_seed(SEED)
    optimizer = MaskedStyleOptimizer(work.content, work.mask, work.box, STYLE, clip, vgg, settings, generator,
                                     work.photo, work.patch_size)
    style_net, draws = copy.deepcopy(optimizer.net), torch.Generator().set_state(generator.get_state())
    ours = optimizer.step()

    # The same crops and warps, drawn again from the same generator state.
    crops = sample_crop_boxes(work.box, (SIDE, SIDE), CROPS, (CROP, CROP), draws)
    endpoints = perspective_endpoints(CROPS, CROP, CROP, 0.5, draws)
    with torch.no_grad():
        target = style_net(work.content)
        reference = reference_losses(work.content, work.mask, target, clip.model, clip.tokenizer, vgg, crops,
                                     endpoints, threshold)
    for name, value in reference.items():
        assert ours[name] == pytest.approx(float(value), rel=1e-5, abs=1e-5), name
    assert reference["content"] > 0 and reference["direction"] > 0 and reference["tv"] > 0
    assert (reference["patch"] > 0) == (threshold == 0.0)
    weighted = 1e4 * reference["patch"] + 150 * reference["content"] + 2e-3 * reference["tv"] + 500 * reference["direction"]
    assert ours["total"] == pytest.approx(float(weighted), rel=1e-5)
