"""localstyle's CLIP image path (patch embedding as one matmul, plain attention on CPU) against
transformers' own `get_image_features`, which the published loop's re-creation uses."""

import pytest
import torch


def _images(batch=5, side=37):
    return torch.rand(batch, 3, side, side, generator=torch.Generator().manual_seed(3))


def test_the_cpu_encoder_uses_the_plain_matmul_softmax_attention(tiny_model_set):
    clip = tiny_model_set.clip()
    layer = clip.model.vision_model.encoder.layers[0].self_attn
    assert clip.model.config._attn_implementation == "eager" and layer.config._attn_implementation == "eager"


def test_fast_image_path_equals_transformers_get_image_features_with_its_gradients(tiny_model_set):
    clip = tiny_model_set.clip()
    images = _images().requires_grad_(True)
    fast = clip.encode_image(images)
    (fast_grad,) = torch.autograd.grad(fast[:, 0].sum() + fast[:, 1].square().sum(), images)
    stock = clip.encode_image_stock(images)
    (stock_grad,) = torch.autograd.grad(stock[:, 0].sum() + stock[:, 1].square().sum(), images)
    assert fast.shape == (5, clip.model.config.projection_dim)
    assert torch.allclose(fast, stock, atol=1e-6, rtol=0)
    assert torch.allclose(fast_grad, stock_grad, atol=1e-7, rtol=1e-4)
    assert fast_grad.abs().max() > 1e-4  # the gradient reaches the pixels


def test_fast_image_path_repeats_to_the_bit(tiny_model_set):
    clip = tiny_model_set.clip()
    assert torch.equal(clip.encode_image(_images()), clip.encode_image(_images()))


def test_patch_tokens_are_the_convolutions_output_in_row_major_order(tiny_model_set):
    clip = tiny_model_set.clip()
    pixels = clip._pixels(_images())
    conv = clip.model.vision_model.embeddings.patch_embedding(pixels)  # B x D x rows x cols
    tokens = clip._patch_tokens(pixels)
    assert tokens.shape == (5, conv.shape[2] * conv.shape[3], conv.shape[1])
    assert torch.allclose(tokens, conv.flatten(2).transpose(1, 2), atol=2e-5, rtol=0)  # float sums, in another order
