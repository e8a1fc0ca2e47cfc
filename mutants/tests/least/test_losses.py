"""Tests for localstyle.least.losses: hand-computed values and properties, tiny tensors only."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st
from torch import nn
from torchvision.models.vgg import make_layers

from localstyle.errors import InputError
from localstyle.least.losses import (
    CLIP_MEAN,
    CLIP_STD,
    IMAGENET_MEAN,
    IMAGENET_STD,
    VGGContentFeatures,
    directional_loss,
    extract_crops,
    masked_global_directional_loss,
    masked_patch_loss,
    masked_total_variation,
    random_perspective_batch,
    sample_crop_boxes,
    vgg_content_loss,
)


class FakeEncoder:
    """Deterministic stand-in for CLIP: pooled image -> fixed projection -> L2 norm."""

    def __init__(self, dim: int = 8, seed: int = 0) -> None:
        g = torch.Generator().manual_seed(seed)
        self.weight = torch.randn(3 * 4 * 4, dim, generator=g)
        self.calls: list[tuple[int, ...]] = []

    def __call__(self, images: torch.Tensor) -> torch.Tensor:
        self.calls.append(tuple(images.shape))
        pooled = F.adaptive_avg_pool2d(images, 4).flatten(1)
        return F.normalize(pooled @ self.weight, dim=-1)


# --------------------------------------------------------------------------- constants


def test_constants():
    assert CLIP_MEAN == pytest.approx((0.48145466, 0.4578275, 0.40821073))
    assert CLIP_STD == pytest.approx((0.26862954, 0.26130258, 0.27577711))
    assert IMAGENET_MEAN == pytest.approx((0.485, 0.456, 0.406))
    assert IMAGENET_STD == pytest.approx((0.229, 0.224, 0.225))


# --------------------------------------------------------------------------- directional


def test_directional_loss_aligned_opposite_orthogonal():
    text = torch.tensor([[1.0, 0.0, 0.0]])
    source = torch.tensor([[0.0, 0.0, 1.0]])
    image = torch.tensor(
        [
            [0.6, 0.0, 0.8],  # direction (0.6, 0, -0.2): not aligned; checked below
            [1.0, 0.0, 1.0],  # direction +x: aligned
            [-1.0, 0.0, 1.0],  # direction -x: opposite
            [0.0, 1.0, 1.0],  # direction +y: orthogonal
        ]
    )
    loss = directional_loss(image, source, text)
    assert loss.shape == (4,)
    expected_first = 1 - 0.6 / math.sqrt(0.6**2 + 0.2**2)
    assert loss[0].item() == pytest.approx(expected_first, abs=1e-6)
    assert loss[1].item() == pytest.approx(0.0, abs=1e-6)
    assert loss[2].item() == pytest.approx(2.0, abs=1e-6)
    assert loss[3].item() == pytest.approx(1.0, abs=1e-6)


def test_directional_loss_per_row_source():
    text = torch.tensor([[0.0, 1.0]])
    source = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
    image = torch.tensor([[1.0, 1.0], [0.0, 0.0]])
    loss = directional_loss(image, source, text)
    assert loss.tolist() == pytest.approx([0.0, 2.0], abs=1e-6)


def test_directional_loss_zero_difference_is_finite():
    emb = F.normalize(torch.randn(3, 5), dim=-1).requires_grad_(True)
    loss = directional_loss(emb, emb.detach(), F.normalize(torch.randn(1, 5), dim=-1))
    assert torch.isfinite(loss).all()
    assert loss.tolist() == pytest.approx([1.0, 1.0, 1.0])
    loss.sum().backward()
    assert torch.isfinite(emb.grad).all()


def test_directional_loss_half_precision_inputs():
    emb = torch.zeros(2, 4, dtype=torch.float16)
    loss = directional_loss(emb, emb, torch.tensor([[1.0, 0, 0, 0]], dtype=torch.float16))
    assert loss.dtype == torch.float32
    assert torch.isfinite(loss).all()


def test_masked_global_directional_loss_matches_manual():
    enc = FakeEncoder()
    g = torch.Generator().manual_seed(1)
    content = torch.rand(1, 3, 16, 16, generator=g)
    stylized = torch.rand(1, 3, 16, 16, generator=g, requires_grad=True)
    mask = torch.zeros(1, 1, 16, 16)
    mask[..., 4:12, 2:10] = 1
    source = enc(content * mask)
    text = F.normalize(torch.randn(1, 8, generator=g), dim=-1)
    loss = masked_global_directional_loss(enc, stylized, mask, source, text)
    assert loss.ndim == 0
    expected = directional_loss(enc(stylized * mask), source, text).mean()
    assert loss.item() == pytest.approx(expected.item(), abs=1e-6)
    loss.backward()
    # The encoder sees the masked image only: no gradient outside the mask.
    assert stylized.grad[..., mask[0, 0] == 0].abs().max().item() == 0.0
    assert stylized.grad.abs().sum().item() > 0


# --------------------------------------------------------------------------- crop boxes


@st.composite
def _crop_case(draw):
    height = draw(st.integers(1, 48))
    width = draw(st.integers(1, 48))
    x0 = draw(st.integers(0, width - 1))
    x1 = draw(st.integers(x0 + 1, width))
    y0 = draw(st.integers(0, height - 1))
    y1 = draw(st.integers(y0 + 1, height))
    crop = draw(st.integers(1, 64))
    seed = draw(st.integers(0, 2**31 - 1))
    return height, width, (x0, y0, x1, y1), crop, seed


@settings(max_examples=150, deadline=None)
@given(_crop_case())
def test_crop_boxes_inside_box_and_image(case):
    height, width, box, crop, seed = case
    g = torch.Generator().manual_seed(seed)
    boxes = sample_crop_boxes(box, (width, height), 7, crop, g)
    assert boxes.shape == (7, 4) and boxes.dtype == torch.int64
    bx0, by0, bx1, by1 = box
    x0, y0, x1, y1 = boxes.unbind(1)
    # Always inside the image, with side min(crop, image side).
    assert (x0 >= 0).all() and (y0 >= 0).all()
    assert (x1 <= width).all() and (y1 <= height).all()
    assert ((x1 - x0) == min(crop, width)).all()
    assert ((y1 - y0) == min(crop, height)).all()
    for lo, hi, start, end, side in ((bx0, bx1, x0, x1, width), (by0, by1, y0, y1, height)):
        c = min(crop, side)
        if hi - lo >= c:  # inside the region box
            assert (start >= lo).all() and (end <= hi).all()
        else:  # the crop covers the (smaller) region box
            assert (start <= lo).all() and (end >= hi).all()
            assert (start == start[0]).all()


def test_crop_boxes_small_box_is_centred():
    g = torch.Generator().manual_seed(0)
    boxes = sample_crop_boxes((20, 30, 24, 34), (64, 64), 3, 10, g)
    # Box centre (22, 32), crop 10 -> start (17, 27).
    assert boxes.tolist() == [[17, 27, 27, 37]] * 3
    # At the image edge the centred crop is shifted back inside.
    boxes = sample_crop_boxes((0, 60, 2, 64), (64, 64), 2, 10, g)
    assert boxes.tolist() == [[0, 54, 10, 64]] * 2


def test_crop_boxes_image_smaller_than_crop_is_clamped():
    g = torch.Generator().manual_seed(0)
    # image_size is (width, height) = (6, 8)
    boxes = sample_crop_boxes((1, 1, 5, 7), (6, 8), 4, 100, g)
    assert boxes.tolist() == [[0, 0, 6, 8]] * 4


def test_crop_boxes_cover_all_positions_uniformly():
    g = torch.Generator().manual_seed(0)
    boxes = sample_crop_boxes((10, 5, 20, 9), (32, 32), 2000, 4, g)
    starts_x = boxes[:, 0]
    starts_y = boxes[:, 1]
    assert set(starts_x.tolist()) == set(range(10, 17))  # 10 .. 20-4
    assert set(starts_y.tolist()) == {5}
    counts = torch.bincount(starts_x - 10).float()
    assert counts.min() > 0.6 * counts.mean()


def test_crop_boxes_image_size_is_width_height():
    g = torch.Generator().manual_seed(0)
    # A wide image (width 40, height 10) and a box along its full width.
    boxes = sample_crop_boxes((0, 0, 40, 10), (40, 10), 200, 8, g)
    assert boxes[:, 2].max() <= 40 and boxes[:, 3].max() <= 10
    assert boxes[:, 0].max() > 10  # x can go beyond the height
    assert boxes[:, 1].max() <= 2


def test_crop_boxes_reproducible_and_fractional_box():
    a = sample_crop_boxes(torch.tensor([3.0, 4.0, 40.0, 50.0]), (64, 64), 16, 8,
                          torch.Generator().manual_seed(123))
    b = sample_crop_boxes([3, 4, 40, 50], (64, 64), 16, 8, torch.Generator().manual_seed(123))
    c = sample_crop_boxes([3, 4, 40, 50], (64, 64), 16, 8, torch.Generator().manual_seed(124))
    assert torch.equal(a, b)
    assert not torch.equal(a, c)
    # Fractional boxes are widened to whole pixels (floor start, ceil end).
    d = sample_crop_boxes([2.5, 3.5, 6.2, 7.9], (64, 64), 50, 4, torch.Generator().manual_seed(0))
    assert d[:, 0].min() >= 2 and d[:, 2].max() <= 7
    assert d[:, 1].min() >= 3 and d[:, 3].max() <= 8


def test_crop_boxes_empty_box_raises():
    with pytest.raises(InputError):
        sample_crop_boxes((70, 70, 80, 80), (64, 64), 4, 8, torch.Generator())
    with pytest.raises(ValueError):
        sample_crop_boxes((5, 5, 5, 9), (64, 64), 4, 8, torch.Generator())


# --------------------------------------------------------------------------- extract_crops


def _coordinate_image(height: int, width: int) -> torch.Tensor:
    ys = torch.arange(height, dtype=torch.float32).view(height, 1)
    xs = torch.arange(width, dtype=torch.float32).view(1, width)
    plane_x = xs.expand(height, width)
    plane_y = ys.expand(height, width)
    return torch.stack([plane_x, plane_y, plane_x + 100 * plane_y]).unsqueeze(0)


def test_extract_crops_native_size_is_exact_region():
    image = _coordinate_image(20, 24)
    boxes = torch.tensor([[3, 5, 9, 11], [0, 0, 6, 6], [18, 14, 24, 20]])
    crops = extract_crops(image, boxes, 6)
    assert crops.shape == (3, 3, 6, 6)
    for crop, (x0, y0, x1, y1) in zip(crops, boxes.tolist()):
        assert torch.allclose(crop, image[0, :, y0:y1, x0:x1], atol=1e-5)


def test_extract_crops_downsample_averages_blocks():
    image = _coordinate_image(16, 16)
    crops = extract_crops(image, torch.tensor([[4, 2, 12, 10]]), 4)
    # Each output pixel averages a 2 x 2 block; the image is linear, so the value
    # is the block centre: x = 4 + 2 j + 0.5, y = 2 + 2 i + 0.5.
    j = torch.arange(4, dtype=torch.float32)
    expected_x = (4 + 2 * j + 0.5).view(1, 4).expand(4, 4)
    expected_y = (2 + 2 * j + 0.5).view(4, 1).expand(4, 4)
    assert torch.allclose(crops[0, 0], expected_x, atol=1e-4)
    assert torch.allclose(crops[0, 1], expected_y, atol=1e-4)


def test_extract_crops_upsample_is_bilinear_resize():
    g = torch.Generator().manual_seed(0)
    image = torch.rand(1, 3, 12, 12, generator=g)
    crops = extract_crops(image, torch.tensor([[2, 3, 7, 8]]), 11)
    expected = F.interpolate(image[..., 3:8, 2:7], size=(11, 11), mode="bilinear", align_corners=False)
    # Inside (away from the border, where roi_align reads the neighbouring pixels).
    assert torch.allclose(crops[..., 2:-2, 2:-2], expected[..., 2:-2, 2:-2], atol=1e-5)


def test_extract_crops_is_differentiable():
    image = torch.rand(1, 3, 16, 16, requires_grad=True)
    crops = extract_crops(image, torch.tensor([[0, 0, 8, 8], [8, 8, 16, 16]]), 5)
    crops.sum().backward()
    assert image.grad is not None and image.grad.abs().sum() > 0


# --------------------------------------------------------------------------- perspective


def test_perspective_zero_distortion_is_identity():
    images = torch.rand(3, 3, 10, 14)
    out = random_perspective_batch(images, 0.0, torch.Generator().manual_seed(0))
    assert out.shape == images.shape
    assert torch.allclose(out, images, atol=1e-5)


def test_perspective_large_distortion_fills_corners():
    images = torch.ones(8, 3, 32, 32)
    out = random_perspective_batch(images, 0.9, torch.Generator().manual_seed(0))
    corners = torch.stack([out[..., 0, 0], out[..., 0, -1], out[..., -1, 0], out[..., -1, -1]])
    assert corners.max() < 0.5
    # The centre is always inside the warped image.
    assert torch.allclose(out[..., 16, 16], torch.ones(8, 3), atol=1e-5)
    assert out.min() >= 0.0 and out.max() <= 1.0 + 1e-5
    # Each image gets its own warp.
    assert not torch.allclose(out[0], out[1])


def test_perspective_fill_value():
    out = random_perspective_batch(torch.zeros(4, 3, 32, 32), 0.9, torch.Generator().manual_seed(0), fill=1.0)
    assert out[..., 0, 0].min() > 0.5
    assert out[..., 16, 16].abs().max() < 1e-5


def test_perspective_reproducible_and_differentiable():
    images = torch.rand(4, 3, 16, 16, requires_grad=True)
    a = random_perspective_batch(images, 0.5, torch.Generator().manual_seed(7))
    b = random_perspective_batch(images, 0.5, torch.Generator().manual_seed(7))
    assert torch.equal(a, b)
    a.sum().backward()
    assert torch.isfinite(images.grad).all() and images.grad.abs().sum() > 0


def test_perspective_rejects_bad_distortion():
    with pytest.raises(ValueError):
        random_perspective_batch(torch.rand(1, 3, 8, 8), 1.5, None)


# --------------------------------------------------------------------------- patch loss


class FixedEmbeddings:
    """Encoder returning preset 2-D embeddings, kept in the graph of its input."""

    def __init__(self, embeddings: torch.Tensor) -> None:
        self.embeddings = embeddings

    def __call__(self, images: torch.Tensor) -> torch.Tensor:
        assert images.shape[0] == self.embeddings.shape[0]
        return self.embeddings + 0.0 * images.sum(dim=(1, 2, 3)).unsqueeze(1)


def test_patch_loss_threshold_and_mean_over_all_crops():
    s3 = math.sqrt(3) / 2
    # Crop losses (text direction +x, source at the origin):
    # 60 deg -> 1 - 0.5 = 0.5; orthogonal -> 1; opposite -> 2; aligned -> 0.
    emb = torch.tensor([[0.5, s3], [0.0, 1.0], [-1.0, 0.0], [1.0, 0.0]])
    stylized = torch.rand(1, 3, 16, 16, requires_grad=True)
    boxes = torch.tensor([[0, 0, 8, 8]] * 4)
    kwargs = dict(crop_resize=8, generator=torch.Generator().manual_seed(0))
    loss = masked_patch_loss(FixedEmbeddings(emb), stylized, boxes, torch.zeros(1, 2),
                             torch.tensor([[1.0, 0.0]]), threshold=0.7, **kwargs)
    # 0.5 is below 0.7 -> 0; the mean divides by all 4 crops.
    assert loss.item() == pytest.approx((0 + 1 + 2 + 0) / 4, abs=1e-6)
    no_threshold = masked_patch_loss(FixedEmbeddings(emb), stylized, boxes, torch.zeros(1, 2),
                                     torch.tensor([[1.0, 0.0]]), threshold=0.0, **kwargs)
    assert no_threshold.item() == pytest.approx((0.5 + 1 + 2 + 0) / 4, abs=1e-6)


def test_patch_loss_gradient_reaches_stylized_image():
    enc = FakeEncoder()
    g = torch.Generator().manual_seed(3)
    stylized = torch.rand(1, 3, 32, 32, generator=g, requires_grad=True)
    content = torch.rand(1, 3, 32, 32, generator=g)
    boxes = sample_crop_boxes((4, 4, 28, 28), (32, 32), 6, 12, g)
    source = enc(content)
    text = F.normalize(torch.randn(1, 8, generator=g), dim=-1)
    loss = masked_patch_loss(enc, stylized, boxes, source, text, crop_resize=16,
                             threshold=-1.0, generator=g)
    assert loss.ndim == 0 and torch.isfinite(loss)
    loss.backward()
    assert torch.isfinite(stylized.grad).all()
    assert stylized.grad.abs().sum() > 0
    # One batched encoder call with all crops at the requested size.
    assert enc.calls[-1] == (6, 3, 16, 16)


def test_patch_loss_all_below_threshold_gives_zero_grad():
    emb = torch.tensor([[1.0, 0.0], [1.0, 0.1]])
    stylized = torch.rand(1, 3, 16, 16, requires_grad=True)
    loss = masked_patch_loss(FixedEmbeddings(emb), stylized, torch.tensor([[0, 0, 8, 8]] * 2),
                             torch.zeros(1, 2), torch.tensor([[1.0, 0.0]]), crop_resize=8)
    assert loss.item() == 0.0
    loss.backward()
    assert stylized.grad.abs().sum() == 0


# --------------------------------------------------------------------------- content and TV


def test_content_loss_identical_is_zero():
    feats = {"conv4_2": torch.rand(1, 4, 3, 3), "conv5_2": torch.rand(1, 4, 2, 2)}
    assert vgg_content_loss(feats, {k: v.clone() for k, v in feats.items()}).item() == 0.0


def test_content_loss_hand_value():
    content = {"conv4_2": torch.tensor([[1.0, 2.0, 3.0, 4.0]]), "conv5_2": torch.tensor([[0.0, 0.0]])}
    stylized = {"conv4_2": torch.tensor([[1.0, 0.0, 3.0, 8.0]]), "conv5_2": torch.tensor([[3.0, 1.0]])}
    # conv4_2: (0 + 4 + 0 + 16) / 4 = 5; conv5_2: (9 + 1) / 2 = 5; summed 10.
    expected = (0 + 2**2 + 0 + 4**2) / 4 + (3**2 + 1**2) / 2
    assert vgg_content_loss(content, stylized).item() == pytest.approx(expected)
    # Lists work too.
    assert vgg_content_loss(list(content.values()), list(stylized.values())).item() == pytest.approx(expected)
    with pytest.raises(ValueError):
        vgg_content_loss(content, {"conv4_2": stylized["conv4_2"]})


def test_total_variation_hand_value_3x3():
    image = torch.tensor([[1.0, 2.0, 4.0], [0.0, 3.0, 3.0], [5.0, 1.0, 2.0]]).view(1, 1, 3, 3)
    mask = torch.ones(1, 1, 3, 3)
    # horizontal: (2-1, 4-2, 3-0, 3-3, 1-5, 2-1) = (1, 2, 3, 0, -4, 1)
    horizontal = math.sqrt(1 + 4 + 9 + 0 + 16 + 1)
    # vertical: (0-1, 3-2, 3-4, 5-0, 1-3, 2-3) = (-1, 1, -1, 5, -2, -1)
    vertical = math.sqrt(1 + 1 + 1 + 25 + 4 + 1)
    # diagonal \: x[i+1, j+1] - x[i, j]: (3-1, 3-2, 1-0, 2-3) = (2, 1, 1, -1)
    diagonal = math.sqrt(4 + 1 + 1 + 1)
    # anti-diagonal /: x[i+1, j] - x[i, j+1]: (0-2, 3-4, 5-3, 1-3) = (-2, -1, 2, -2)
    anti_diagonal = math.sqrt(4 + 1 + 4 + 4)
    expected = horizontal + vertical + diagonal + anti_diagonal
    assert masked_total_variation(image, mask).item() == pytest.approx(expected, rel=1e-6)


def test_total_variation_mask_applied_2x2():
    image = torch.tensor([[1.0, 5.0], [2.0, 7.0]]).view(1, 1, 2, 2)
    mask = torch.tensor([[1.0, 0.0], [1.0, 1.0]]).view(1, 1, 2, 2)
    # x = [[1, 0], [2, 7]]
    expected = math.sqrt((0 - 1) ** 2 + (7 - 2) ** 2) + math.sqrt((2 - 1) ** 2 + (7 - 0) ** 2) \
        + abs(7 - 1) + abs(2 - 0)
    assert masked_total_variation(image, mask).item() == pytest.approx(expected, rel=1e-6)


def test_total_variation_zero_mask_is_zero_with_finite_grad():
    image = torch.rand(2, 3, 8, 8, requires_grad=True)
    tv = masked_total_variation(image, torch.zeros(2, 1, 8, 8))
    assert tv.item() == 0.0
    tv.backward()
    assert torch.isfinite(image.grad).all()


# --------------------------------------------------------------------------- VGG


TINY_VGG19_CFG = [4, 4, "M", 8, 8, "M", 16, 16, 16, 16, "M", 32, 32, 32, 32, "M", 32, 32, 32, 32, "M"]


class _Explode(nn.Module):
    def forward(self, x):  # pragma: no cover - must never run
        raise AssertionError("layer after conv5_2 was run")


def test_vgg_layer_names_match_torchvision_indices():
    names = VGGContentFeatures.layer_names(make_layers(TINY_VGG19_CFG))
    assert names[21] == "conv4_2"
    assert names[30] == "conv5_2"
    assert names[0] == "conv1_1" and names[34] == "conv5_4"


def test_vgg_content_features_tiny():
    torch.manual_seed(0)
    features = make_layers(TINY_VGG19_CFG)
    # Anything after conv5_2 (index 30) must not run.
    features[31] = _Explode()
    features[32] = _Explode()
    model = VGGContentFeatures(features)
    assert len(model.layers) == 31
    image = torch.rand(2, 3, 32, 32)
    out = model(image)
    assert set(out) == {"conv4_2", "conv5_2"}
    assert out["conv4_2"].shape == (2, 32, 4, 4)
    assert out["conv5_2"].shape == (2, 32, 2, 2)
    # Conv outputs before ReLU: negative values survive (in-place ReLU did not clobber them).
    assert (out["conv4_2"] < 0).any()
    # ImageNet normalisation applied once inside: matches a manual run of the layers.
    x = (image - torch.tensor(IMAGENET_MEAN).view(1, 3, 1, 1)) / torch.tensor(IMAGENET_STD).view(1, 3, 1, 1)
    for i in range(31):
        x = features[i](x.clone()) if not isinstance(features[i], nn.ReLU) else F.relu(x)
        if i == 21:
            assert torch.allclose(out["conv4_2"], x, atol=1e-5)
    assert torch.allclose(out["conv5_2"], x, atol=1e-5)
    # The caller's modules are not changed.
    assert features[22].inplace is True


def test_vgg_content_features_missing_layer():
    with pytest.raises(ValueError):
        VGGContentFeatures(make_layers([4, "M", 8, "M"]))


def test_perspective_geometry_matches_torchvision():
    """Same corners as torchvision's perspective -> same warp up to its half-pixel convention."""
    import torchvision.transforms.functional as TF
    from torchvision.transforms import InterpolationMode

    size = 33
    ys, xs = torch.meshgrid(torch.arange(size).float(), torch.arange(size).float(), indexing="ij")
    image = torch.stack([xs, ys, xs * 0]).unsqueeze(0)
    ours = random_perspective_batch(image, 0.5, torch.Generator().manual_seed(5))
    # The implementation draws (B, 4 corners [tl, tr, br, bl], 2 [x, y]) uniforms times distortion.
    disp = torch.rand((1, 4, 2), generator=torch.Generator().manual_seed(5)) * 0.5
    corners = torch.tensor([[-1.0, -1.0], [1.0, -1.0], [1.0, 1.0], [-1.0, 1.0]])
    end = ((corners - corners * disp[0] + 1) / 2 * (size - 1)).tolist()
    start = [[0, 0], [size - 1, 0], [size - 1, size - 1], [0, size - 1]]
    ref = TF.perspective(image, start, end, interpolation=InterpolationMode.BILINEAR, fill=0)
    inner = (ours - ref)[..., 8:-8, 8:-8].abs()
    assert inner.max() < 0.6  # pixels (channels hold coordinates)
