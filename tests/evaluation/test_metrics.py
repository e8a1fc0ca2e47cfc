"""Metrics against hand-computed cases, stub CLIP encoders and the tiny real models."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PIL import Image

from localstyle.evaluation import metrics
from localstyle.errors import InputError


class StubClip:
    """ClipEncoder look-alike returning fixed unit vectors and recording what it was given."""

    def __init__(self, image_vec, text_vec):
        self.image_vec = F.normalize(torch.tensor(image_vec, dtype=torch.float32).view(1, -1), dim=-1)
        self.text_vec = F.normalize(torch.tensor(text_vec, dtype=torch.float32).view(1, -1), dim=-1)
        self.device = torch.device("cpu")
        self.images: list[torch.Tensor] = []
        self.texts: list[list[str]] = []

    def encode_photo(self, images):
        self.images.append(images.clone())
        return self.image_vec.expand(images.shape[0], -1)

    def encode_text(self, texts):
        self.texts.append(list(texts))
        return self.text_vec.expand(len(texts), -1)


def _cos_stub(cos: float) -> StubClip:
    return StubClip([cos, math.sqrt(1.0 - cos * cos)], [1.0, 0.0])


def _image(seed=0, h=48, w=64):
    g = torch.Generator().manual_seed(seed)
    return torch.rand(1, 3, h, w, generator=g)


def _mask(h=48, w=64, box=(10, 8, 30, 40)):
    m = np.zeros((h, w), dtype=bool)
    x0, y0, x1, y1 = box
    m[y0:y1, x0:x1] = True
    return m


# --------------------------------------------------------------------------- CLIP score / RSM


def test_clip_score_known_cosine():
    img, m = _image(), _mask()
    assert metrics.least_clip_score(_cos_stub(0.3), img, m, "ink") == pytest.approx(30.0, abs=1e-4)
    assert metrics.least_clip_score(_cos_stub(-0.4), img, m, "ink") == 0.0


def test_clip_score_crops_mask_bbox_and_masks_pixels():
    img = _image()
    m = np.zeros((48, 64), dtype=bool)
    m[10:20, 5:9] = True  # an L shape: box is x 5..29, y 10..29
    m[20:30, 5:30] = True
    stub = _cos_stub(0.5)
    metrics.least_clip_score(stub, img, m, "watercolor")
    seen = stub.images[-1]
    assert tuple(seen.shape) == (1, 3, 20, 25)
    assert stub.texts[-1] == ["watercolor"]  # plain text, no templates
    crop_mask = torch.from_numpy(m[10:30, 5:30])
    assert torch.all(seen[0][:, ~crop_mask] == 0)  # outside the mask: black
    assert torch.equal(seen[0][:, crop_mask], img[0, :, 10:30, 5:30][:, crop_mask])


def test_rsm_padding_and_range():
    img, m = _image(), _mask(box=(10, 8, 30, 40))  # box 20 wide, 32 tall
    stub = _cos_stub(0.3)
    assert metrics.region_style_match(stub, img, m, "ink") == pytest.approx(0.65, abs=1e-6)
    # 5 % of 20 = 1 px left/right, 5 % of 32 = 1.6 -> 2 px top/bottom
    assert tuple(stub.images[-1].shape) == (1, 3, 36, 22)
    assert torch.equal(stub.images[-1], img[..., 6:42, 9:31])  # not masked
    assert metrics.region_style_match(_cos_stub(-1.0), img, m, "ink") == pytest.approx(0.0, abs=1e-6)
    # padding clamped at the border
    full = np.ones((48, 64), dtype=bool)
    stub2 = _cos_stub(0.0)
    assert metrics.region_style_match(stub2, img, full, "ink") == pytest.approx(0.5, abs=1e-6)
    assert tuple(stub2.images[-1].shape) == (1, 3, 48, 64)


def test_foreground_metrics_empty_mask_nan():
    img = _image()
    empty = np.zeros((48, 64), dtype=bool)
    assert math.isnan(metrics.least_clip_score(_cos_stub(0.3), img, empty, "ink"))
    assert math.isnan(metrics.region_style_match(_cos_stub(0.3), img, empty, "ink"))


def test_clip_score_and_rsm_preprocess_with_the_clip_image_processor(tiny_model_set):
    """As torchmetrics' CLIPScore: the processor's own pixel values (shortest side to 224 with
    antialiasing, centre crop 224) go into the image tower; checked against the processor's output."""
    clip = tiny_model_set.clip()
    img, m = _image(h=48, w=96), _mask(h=48, w=96, box=(10, 8, 90, 40))  # a wide box: the crop matters

    def by_hand(crop):
        pixels = clip.image_processor(images=crop[0], do_rescale=False, return_tensors="pt")["pixel_values"]
        assert tuple(pixels.shape) == (1, 3, 224, 224)
        image = clip.model.get_image_features(pixel_values=pixels)
        image = F.normalize(getattr(image, "pooler_output", image).float(), dim=-1)
        raw_text = clip.encode_text(["oil painting"])
        return float((image * F.normalize(raw_text, dim=-1)).sum())

    masked = img * torch.from_numpy(m)[None, None]
    with torch.no_grad():
        expected_clip = max(100 * by_hand(masked[..., 8:40, 10:90]), 0.0)
        expected_rsm = 0.5 * (1 + by_hand(img[..., 6:42, 6:94]))
    assert metrics.least_clip_score(clip, img, m, "oil painting") == pytest.approx(expected_clip, abs=1e-4)
    assert metrics.region_style_match(clip, img, m, "oil painting") == pytest.approx(expected_rsm, abs=1e-6)
    # The processor itself: resize the short side to 224 (antialiased bicubic), then the central 224 columns.
    crop = img[..., 8:40, 10:90]
    resized = F.interpolate(crop, size=(224, 560), mode="bicubic", antialias=True, align_corners=False)
    mean = torch.tensor(clip.image_processor.image_mean).view(1, 3, 1, 1)
    std = torch.tensor(clip.image_processor.image_std).view(1, 3, 1, 1)
    pixels = clip.image_processor(images=crop[0], do_rescale=False, return_tensors="pt")["pixel_values"]
    torch.testing.assert_close(pixels, (resized[..., :, 168:392] - mean) / std, atol=1e-5, rtol=0)


# --------------------------------------------------------------------------- background metrics


def test_identical_images(tiny_model_set):
    img, m = _image(), _mask()
    assert metrics.background_mse(img, img, m) == 0.0
    assert metrics.background_psnr(img, img, m) == float("inf")
    assert metrics.background_ssim(img, img, m) == pytest.approx(1.0, abs=1e-9)
    assert metrics.background_lpips(tiny_model_set.lpips(), img, img, m) == pytest.approx(0.0, abs=1e-7)


# A real photo (not noise, so SSIM and LPIPS see structure): 96 x 64, mask = the left half.
H, W = 64, 96
HALF = (0, 0, 48, 64)


@pytest.fixture(scope="module")
def photo_tensor():
    import skimage.data

    rgb = np.array(Image.fromarray(skimage.data.astronaut()).resize((W, H), Image.LANCZOS))
    return torch.from_numpy(rgb).permute(2, 0, 1)[None].float() / 255.0


def _inverted(image, where):
    out = image.clone()
    region = torch.from_numpy(where)
    out[..., region] = 1.0 - out[..., region]
    return out


def test_difference_inside_mask_only(photo_tensor):
    a, m = photo_tensor, _mask(H, W, HALF)
    b = _inverted(a, m)
    assert metrics.background_mse(a, b, m) == 0.0
    assert metrics.background_psnr(a, b, m) == float("inf")


def test_ssim_bg_is_one_when_only_the_mask_interior_differs(photo_tensor):
    """SSIM compares 7 x 7 windows: a background pixel within 3 px of the mask sees mask pixels. A change
    kept 3 px inside the mask's edge is seen by no background window, so SSIM_bg is exactly 1; over all
    pixels (the mask included) it would be far lower."""
    a, m = photo_tensor, _mask(H, W, HALF)
    interior = _mask(H, W, (3, 3, 45, 61)) & m
    b = _inverted(a, interior)
    assert metrics.background_ssim(a, b, m) == pytest.approx(1.0, abs=1e-9)
    assert metrics.background_ssim(a, b, np.zeros((H, W), bool)) < 0.5  # the same pair over every pixel
    assert metrics.background_mse(a, b, m) == 0.0


def test_ssim_bg_with_the_whole_mask_changed_only_dips_in_the_window_band(photo_tensor):
    """Every pixel of the mask changed: only the background pixels within 3 px of the mask (here a band
    3 px wide along x = 48..50, 3 * 64 of the 48 * 64 background pixels) can have SSIM below 1 (and
    above -1), so SSIM_bg >= 1 - 2 * 3 / 48."""
    a, m = photo_tensor, _mask(H, W, HALF)
    value = metrics.background_ssim(a, b := _inverted(a, m), m)
    assert 1.0 - 2.0 * 3 / 48 <= value < 1.0
    changed_outside = _inverted(a, ~m)
    assert metrics.background_ssim(a, changed_outside, m) < 0.0  # inverted structure: negative correlation
    assert metrics.background_ssim(a, b, m) > metrics.background_ssim(a, changed_outside, m) + 0.9


def test_lpips_bg_is_the_spatial_map_averaged_over_the_background(tiny_model_set, photo_tensor):
    """Transcription of the definition: LPIPS's own spatial map (lpips.LPIPS(spatial=True), inputs in
    [-1, 1]) averaged over the pixels outside the mask, not over the whole image."""
    net = tiny_model_set.lpips()
    a, m = photo_tensor, _mask(H, W, HALF)
    b = _inverted(a, m)
    before = net.spatial
    net.spatial = True
    try:
        with torch.no_grad():
            spatial = net(a * 2 - 1, b * 2 - 1)[0, 0]
    finally:
        net.spatial = before
    assert tuple(spatial.shape) == (H, W)
    expected = float(spatial[torch.from_numpy(~m)].double().mean())
    assert metrics.background_lpips(net, a, b, m) == pytest.approx(expected, rel=1e-5)
    assert float(spatial.double().mean()) > 2 * expected  # averaging over every pixel would differ


def test_lpips_bg_near_zero_for_a_change_inside_and_clearly_worse_outside(tiny_model_set, photo_tensor):
    """LPIPS_bg ~ 0 for a pair that differs only inside the mask, within the receptive-field caveat: the
    whole image goes through AlexNet, so background pixels near the mask see the change through the
    deeper layers' receptive fields (and their coarse maps upsampled), and LPIPS_bg is small but not 0.
    Measured with the tiny random AlexNet: 0.036 for the inside change vs 0.176 for the same change
    outside the mask; the bound below allows 0.3 of the outside value."""
    net = tiny_model_set.lpips()
    a, m = photo_tensor, _mask(H, W, HALF)
    inside = metrics.background_lpips(net, a, _inverted(a, m), m)
    outside = metrics.background_lpips(net, a, _inverted(a, ~m), m)
    assert 0.0 < inside < 0.3 * outside
    assert metrics.background_lpips(net, a, a.clone(), m) == pytest.approx(0.0, abs=1e-7)


def test_constant_difference_outside():
    a = torch.full((1, 3, 48, 64), 0.5)
    m = _mask()
    b = a.clone()
    b[..., ~torch.from_numpy(m)] += 0.1
    b[..., torch.from_numpy(m)] = 0.0  # inside: irrelevant
    assert metrics.background_mse(a, b, m) == pytest.approx(0.01, rel=1e-6)
    assert metrics.background_psnr(a, b, m) == pytest.approx(20.0, abs=1e-4)


def test_background_empty_is_nan(tiny_model_set):
    a, b = _image(0), _image(1)
    full = np.ones((48, 64), dtype=bool)
    assert math.isnan(metrics.background_mse(a, b, full))
    assert math.isnan(metrics.background_psnr(a, b, full))
    assert math.isnan(metrics.background_ssim(a, b, full))
    assert math.isnan(metrics.background_lpips(tiny_model_set.lpips(), a, b, full))


def test_lpips_positive_and_flag_restored(tiny_model_set):
    net = tiny_model_set.lpips()
    a, b, m = _image(0), _image(1), _mask()
    before = net.spatial
    value = metrics.background_lpips(net, a, b, m)
    assert math.isfinite(value) and value > 0.0
    assert net.spatial == before


def test_input_types_pil_and_numpy():
    a = _image()
    arr = (a[0].permute(1, 2, 0).numpy() * 255).round().astype(np.uint8)
    pil = Image.fromarray(arr)
    m = _mask()
    mask_pil = Image.fromarray(m.astype(np.uint8) * 255)
    assert metrics.background_mse(pil, arr, mask_pil) == 0.0
    assert metrics.background_mse(pil, torch.from_numpy(arr).permute(2, 0, 1), torch.from_numpy(m)[None]) == 0.0
    with pytest.raises(InputError):
        metrics.background_mse(a, a, np.zeros((10, 10), dtype=bool))
    with pytest.raises(InputError):
        metrics.background_mse(a, _image(h=32), m)


def test_score_all_is_each_metric_on_the_same_inputs(tiny_model_set):
    a, m = _image(), _mask()
    b = a.clone()
    b[..., torch.from_numpy(m)] = 0.2
    b[..., 0:3, 40:60] = 0.9  # and a change outside, so the background numbers are not trivial
    clip, net = tiny_model_set.clip(), tiny_model_set.lpips()
    scores = metrics.score_all(tiny_model_set, a, b, m, "mosaic")
    assert set(scores) == set(metrics.METRIC_KEYS)
    expected = {
        "clip_score": metrics.least_clip_score(clip, b, m, "mosaic"),
        "rsm": metrics.region_style_match(clip, b, m, "mosaic"),
        "mse_bg": metrics.background_mse(a, b, m),
        "psnr_bg": metrics.background_psnr(a, b, m),
        "ssim_bg": metrics.background_ssim(a, b, m),
        "lpips_bg": metrics.background_lpips(net, a, b, m),
    }
    assert scores == pytest.approx(expected, rel=1e-6)
    changed = (a - b)[..., ~torch.from_numpy(m)]
    assert scores["mse_bg"] == pytest.approx(float((changed.double() ** 2).mean()), rel=1e-9)
    assert 0.0 < scores["mse_bg"] and scores["ssim_bg"] < 1.0 and scores["lpips_bg"] > 0.0


def test_a_grey_array_is_three_equal_channels():
    grey = np.array([[0, 51], [102, 255]], np.uint8)
    tensor = metrics.as_image_tensor(grey)
    assert tensor.shape == (1, 3, 2, 2)
    for channel in range(3):
        assert torch.equal(tensor[0, channel], torch.tensor([[0.0, 0.2], [0.4, 1.0]]))


@pytest.mark.parametrize("shape", [(2, 3, 4, 4), (1, 4, 4, 4), (1, 1, 3, 4, 4)])
def test_an_image_tensor_that_is_not_one_rgb_image_is_refused(shape):
    with pytest.raises(InputError, match=r"an image tensor must be 1 x 3 x H x W or 3 x H x W"):
        metrics.as_image_tensor(torch.zeros(shape))


def test_masks_drop_leading_ones_only():
    assert metrics.as_mask(np.ones((1, 5), bool)).shape == (1, 5)  # a one-row mask stays a row
    assert metrics.as_mask(np.ones((1, 1, 2, 5), bool)).shape == (2, 5)
    with pytest.raises(InputError, match=r"^a mask must be H x W, got shape \(2, 3, 4\)$"):
        metrics.as_mask(np.ones((2, 3, 4), bool))


def test_score_all_scores_with_the_clip_it_is_given(tiny_model_set):
    class CountingClip:
        def __init__(self, clip):
            self.clip, self.photos = clip, 0

        def __getattr__(self, name):
            return getattr(self.clip, name)

        def encode_photo(self, image):
            self.photos += 1
            return self.clip.encode_photo(image)

    clip = CountingClip(tiny_model_set.clip())
    metrics.score_all(tiny_model_set, _image(), _image(1), _mask(), "mosaic", clip=clip)
    assert clip.photos == 2  # clip_score and rsm each encode the output once


def test_ssim_names_the_image_size_it_cannot_score():
    with pytest.raises(InputError, match=r"^SSIM needs images of at least 7 x 7 pixels, got \(5, 6\)$"):
        metrics.background_ssim(torch.rand(1, 3, 5, 6), torch.rand(1, 3, 5, 6), np.zeros((5, 6), bool))
