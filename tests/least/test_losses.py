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
    cut_crops,
    directional_loss,
    masked_global_directional_loss,
    masked_patch_loss,
    masked_total_variation,
    pad_to_square,
    perspective_endpoints,
    random_perspective_batch,
    sample_crop_boxes,
    vgg_content_loss,
    warp_perspective,
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


def test_crop_boxes_small_box_start_is_random_among_covering_positions():
    """As the reference's get_crop_coordinates: a box narrower than the crop gets crops at random
    positions that still contain it (not always centred), here limited to the image."""
    g = torch.Generator().manual_seed(0)
    boxes = sample_crop_boxes((20, 30, 24, 34), (64, 64), 500, 10, g)
    # x: starts 24 - 10 = 14 .. 20 contain columns 20..23; y: 34 - 10 = 24 .. 30.
    assert set(boxes[:, 0].tolist()) == set(range(14, 21))
    assert set(boxes[:, 1].tolist()) == set(range(24, 31))
    # At the image edge only the starts inside the image are left.
    boxes = sample_crop_boxes((0, 60, 2, 64), (64, 64), 20, 10, g)
    assert boxes.tolist() == [[0, 54, 10, 64]] * 20
    boxes = sample_crop_boxes((3, 58, 5, 62), (64, 64), 300, 10, g)
    assert set(boxes[:, 0].tolist()) == set(range(4)) and set(boxes[:, 1].tolist()) == set(range(52, 55))


def test_crop_boxes_are_one_float64_draw_scaled_to_the_admissible_starts():
    """Transcription: u ~ U[0, 1) (float64, C x 2, one draw), start = low + floor(u * count) per axis."""
    boxes = sample_crop_boxes((10, 20, 50, 40), (64, 48), 6, (16, 8), torch.Generator().manual_seed(9))
    u = torch.rand((6, 2), generator=torch.Generator().manual_seed(9), dtype=torch.float64)
    # x: starts 10 .. 50 - 16 = 34 (25 of them); y: 20 .. 40 - 8 = 32 (13)
    x0 = [10 + math.floor(v * 25) for v in u[:, 0].tolist()]
    y0 = [20 + math.floor(v * 13) for v in u[:, 1].tolist()]
    assert boxes.tolist() == [[x, y, x + 16, y + 8] for x, y in zip(x0, y0)]


def test_crop_boxes_rectangular_crop_size_is_width_height():
    g = torch.Generator().manual_seed(0)
    boxes = sample_crop_boxes((0, 0, 60, 40), (64, 48), 50, (30, 12), g)
    assert ((boxes[:, 2] - boxes[:, 0]) == 30).all() and ((boxes[:, 3] - boxes[:, 1]) == 12).all()
    assert boxes[:, 0].max() <= 30 and boxes[:, 1].max() <= 28


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


# --------------------------------------------------------------------------- cut_crops


def _coordinate_image(height: int, width: int) -> torch.Tensor:
    ys = torch.arange(height, dtype=torch.float32).view(height, 1)
    xs = torch.arange(width, dtype=torch.float32).view(1, width)
    plane_x = xs.expand(height, width)
    plane_y = ys.expand(height, width)
    return torch.stack([plane_x, plane_y, plane_x + 100 * plane_y]).unsqueeze(0)


def test_cut_crops_are_the_exact_pixels():
    image = _coordinate_image(20, 24)
    boxes = torch.tensor([[3, 5, 9, 11], [0, 0, 6, 6], [18, 14, 24, 20]])
    crops = cut_crops(image, boxes)
    assert crops.shape == (3, 3, 6, 6)
    for crop, (x0, y0, x1, y1) in zip(crops, boxes.tolist()):
        assert torch.equal(crop, image[0, :, y0:y1, x0:x1])
    rect = cut_crops(image, torch.tensor([[2, 1, 9, 4]]))
    assert torch.equal(rect[0], image[0, :, 1:4, 2:9])


def test_cut_crops_is_differentiable():
    image = torch.rand(1, 3, 16, 16, requires_grad=True)
    crops = cut_crops(image, torch.tensor([[0, 0, 8, 8], [4, 4, 12, 12]]))
    crops.sum().backward()
    # Pixels in both crops get gradient 2, in one crop 1, in none 0.
    assert image.grad[0, 0, 5, 5] == 2 and image.grad[0, 0, 1, 1] == 1 and image.grad[0, 0, 14, 14] == 0


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
    # Whole-pixel draws in 0..14 (as torchvision's) leave a corner in place now and then; most move.
    assert (corners[..., 0] < 0.5).float().mean() > 0.8
    # The centre is always inside the warped image.
    assert torch.allclose(out[..., 16, 16], torch.ones(8, 3), atol=1e-5)
    # Each image gets its own warp.
    assert not torch.allclose(out[0], out[1])


def test_perspective_keeps_the_images_dtype():
    images = torch.rand(2, 3, 16, 16, dtype=torch.float64)
    out = random_perspective_batch(images, 0.5, torch.Generator().manual_seed(0))
    assert out.dtype == torch.float64 and out.shape == images.shape


def test_perspective_fill_value():
    out = random_perspective_batch(torch.zeros(4, 3, 32, 32), 0.9, torch.Generator().manual_seed(0), fill=1.0)
    # torchvision's bilinear fill: warped * coverage + (1 - coverage) * fill, so a white image with
    # fill 0 comes out as coverage squared, and a black one on a white fill as 1 - coverage.
    coverage = random_perspective_batch(torch.ones(4, 3, 32, 32), 0.9, torch.Generator().manual_seed(0)).sqrt()
    torch.testing.assert_close(out, 1.0 - coverage)
    assert (out == 1).any() and (out == 0).any()


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
    feats = {"relu4_2": torch.rand(1, 4, 3, 3), "relu5_2": torch.rand(1, 4, 2, 2)}
    assert vgg_content_loss(feats, {k: v.clone() for k, v in feats.items()}).item() == 0.0


def test_content_loss_hand_value():
    content = {"conv4_2": torch.tensor([[1.0, 2.0, 3.0, 4.0]]), "conv5_2": torch.tensor([[0.0, 0.0]])}
    stylized = {"conv4_2": torch.tensor([[1.0, 0.0, 3.0, 8.0]]), "conv5_2": torch.tensor([[3.0, 1.0]])}
    # conv4_2: (0 + 4 + 0 + 16) / 4 = 5; conv5_2: (9 + 1) / 2 = 5; summed 10.
    expected = (0 + 2**2 + 0 + 4**2) / 4 + (3**2 + 1**2) / 2
    assert vgg_content_loss(content, stylized).item() == pytest.approx(expected)
    # Lists work too.
    assert vgg_content_loss(list(content.values()), list(stylized.values())).item() == pytest.approx(expected)
    with pytest.raises(ValueError, match="^content and stylised features must have the same layer names$"):
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
        raise AssertionError("layer after relu5_2 was run")


def test_vgg_layer_names_match_torchvision_indices():
    names = VGGContentFeatures.layer_names(make_layers(TINY_VGG19_CFG))
    assert names[21] == "conv4_2" and names[22] == "relu4_2"
    assert names[30] == "conv5_2" and names[31] == "relu5_2"
    assert names[0] == "conv1_1" and names[1] == "relu1_1" and names[34] == "conv5_4"


def test_vgg_content_features_tiny():
    torch.manual_seed(0)
    features = make_layers(TINY_VGG19_CFG)
    # Anything after relu5_2 (index 31) must not run.
    features[32] = _Explode()
    features[33] = _Explode()
    model = VGGContentFeatures(features)
    assert len(model.layers) == 32
    image = torch.rand(2, 3, 32, 32)
    out = model(image)
    assert set(out) == {"relu4_2", "relu5_2"}
    assert out["relu4_2"].shape == (2, 32, 4, 4)
    assert out["relu5_2"].shape == (2, 32, 2, 2)
    # After the ReLU: nothing negative, some zeros.
    assert (out["relu4_2"] >= 0).all() and (out["relu4_2"] == 0).any()
    # ImageNet normalisation applied once inside: matches a manual run of the layers.
    x = (image - torch.tensor(IMAGENET_MEAN).view(1, 3, 1, 1)) / torch.tensor(IMAGENET_STD).view(1, 3, 1, 1)
    for i in range(32):
        x = features[i](x.clone()) if not isinstance(features[i], nn.ReLU) else F.relu(x)
        if i == 22:
            assert torch.allclose(out["relu4_2"], x, atol=1e-5)
    assert torch.allclose(out["relu5_2"], x, atol=1e-5)
    # The caller's modules are not changed.
    assert features[22].inplace is True


def test_vgg_features_equal_what_torchvision_vgg19_leaves_at_21_and_31():
    """The reference reads torchvision VGG19's `features` outputs at indices 21 and 31 while running
    every layer with its in-place ReLUs: index 21's tensor is overwritten by relu4_2, 31 is relu5_2.
    Ours must equal exactly that (the real VGG19 layout, random weights, one small image)."""
    from torchvision.models import vgg19

    torch.manual_seed(0)
    features = vgg19(weights=None).features.eval()
    assert features[22].inplace and features[31].inplace
    image = torch.rand(1, 3, 48, 64)
    kept = {}
    x = (image - torch.tensor(IMAGENET_MEAN).view(1, 3, 1, 1)) / torch.tensor(IMAGENET_STD).view(1, 3, 1, 1)
    x = x.contiguous(memory_format=torch.channels_last)  # as ours runs it: the same kernels, same sums
    with torch.no_grad():
        for index, layer in enumerate(features):
            x = layer(x)
            if index in (21, 31):
                kept[index] = x
        ours = VGGContentFeatures(features)(image)
    assert (kept[21] >= 0).all()  # overwritten in place: post-ReLU
    torch.testing.assert_close(ours["relu4_2"], kept[21], atol=1e-6, rtol=1e-5)
    torch.testing.assert_close(ours["relu5_2"], kept[31], atol=1e-6, rtol=1e-5)


def test_vgg_features_are_float32_under_autocast():
    torch.manual_seed(0)
    model = VGGContentFeatures(make_layers(TINY_VGG19_CFG))
    image = torch.rand(1, 3, 32, 32)
    plain = model(image)
    with torch.autocast("cpu", dtype=torch.bfloat16):
        inside = model(image.bfloat16())
    for name in plain:
        assert inside[name].dtype == torch.float32
        torch.testing.assert_close(inside[name], model(image.bfloat16().float())[name])
    assert plain["relu5_2"].dtype == torch.float32


def test_vgg_content_features_missing_layer():
    with pytest.raises(ValueError):
        VGGContentFeatures(make_layers([4, "M", 8, "M"]))


def test_perspective_matches_torchvision_exactly():
    """Our batched warp is torchvision's RandomPerspective: corners drawn as its get_params draws them
    (whole pixels, inward, up to int(0.5 * side // 2)), and for the same corners the same pixels as
    torchvision's own perspective(..., BILINEAR, fill=0), crop by crop."""
    import torchvision.transforms.functional as TF
    from torchvision.transforms import InterpolationMode

    g = torch.Generator().manual_seed(5)
    images = torch.rand(6, 3, 20, 27, generator=g)
    ends = perspective_endpoints(6, 27, 20, 0.5, torch.Generator().manual_seed(5))
    # The corner ranges of get_params(27, 20, 0.5): x moves 0..6 (int(0.5 * 13)), y 0..5.
    start = torch.tensor([[0, 0], [26, 0], [26, 19], [0, 19]], dtype=torch.float32)
    moved = (ends - start).abs()
    assert (moved[..., 0] <= 6).all() and (moved[..., 1] <= 5).all() and moved.sum() > 0
    assert torch.equal(ends, ends.round())
    ours = warp_perspective(images, ends)
    for image, end, warped in zip(images, ends, ours):
        ref = TF.perspective(image[None], start.int().tolist(), end.int().tolist(),
                             interpolation=InterpolationMode.BILINEAR, fill=0)
        torch.testing.assert_close(warped[None], ref, atol=1e-5, rtol=0)
    # And random_perspective_batch draws its corners exactly so.
    torch.testing.assert_close(random_perspective_batch(images, 0.5, torch.Generator().manual_seed(5)), ours)


def test_pad_to_square_centres_the_image_on_black():
    image = torch.rand(1, 3, 4, 10)
    padded = pad_to_square(image)
    assert padded.shape == (1, 3, 10, 10)
    assert torch.equal(padded[..., 3:7, :], image)
    assert padded[..., :3, :].abs().sum() == 0 and padded[..., 7:, :].abs().sum() == 0
    tall = torch.rand(1, 3, 9, 4)
    assert torch.equal(pad_to_square(tall)[..., :, 2:6], tall) and pad_to_square(tall).shape[-1] == 9
    square = torch.rand(1, 3, 5, 5)
    assert pad_to_square(square) is square


def test_global_loss_pads_a_non_square_crop_to_a_square_before_encoding():
    enc = FakeEncoder()
    g = torch.Generator().manual_seed(2)
    stylized = torch.rand(1, 3, 8, 24, generator=g)
    mask = torch.zeros(1, 1, 8, 24)
    mask[..., 2:6, 4:20] = 1
    source, text = F.normalize(torch.randn(1, 8, generator=g), dim=-1), F.normalize(torch.randn(1, 8, generator=g), dim=-1)
    loss = masked_global_directional_loss(enc, stylized, mask, source, text)
    assert enc.calls[-1] == (1, 3, 24, 24)
    square = torch.zeros(1, 3, 24, 24)
    square[..., 8:16, :] = stylized * mask
    assert loss.item() == pytest.approx(directional_loss(enc(square), source, text).item(), abs=1e-6)


def test_patch_loss_cuts_then_resizes_as_torchvision_resize():
    """With the warp off, each encoded crop is torchvision's Resize(224)-style bilinear antialiased resize
    of the crop's exact pixels (the reference's crop -> perspective -> Resize order)."""
    from torchvision.transforms import Resize

    seen = []

    def encode(images):
        seen.append(images.detach().clone())
        return F.normalize(images.mean(dim=(2, 3)), dim=-1)

    g = torch.Generator().manual_seed(4)
    stylized = torch.rand(1, 3, 40, 40, generator=g)
    boxes = torch.tensor([[2, 3, 12, 13], [20, 0, 40, 20]])[:1]
    masked_patch_loss(encode, stylized, boxes, torch.zeros(1, 3), torch.tensor([[1.0, 0, 0]]),
                      crop_resize=24, distortion=0.0)
    torch.testing.assert_close(seen[0], Resize(24)(stylized[..., 3:13, 2:12]))
    # Downsizing a big crop is antialiased too (a 20 px crop to 8 px).
    seen.clear()
    masked_patch_loss(encode, stylized, torch.tensor([[20, 0, 40, 20]]), torch.zeros(1, 3),
                      torch.tensor([[1.0, 0, 0]]), crop_resize=8, distortion=0.0)
    torch.testing.assert_close(seen[0], Resize(8)(stylized[..., 0:20, 20:40]))
