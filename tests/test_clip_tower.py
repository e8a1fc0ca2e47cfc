"""localstyle's CLIP image tower (`clip_tower.ImageTower`) against transformers' own `get_image_features`,
which the published loop's re-creation uses: same features and pixel gradients to float rounding."""

import torch

from localstyle.clip_tower import QUICK_GELU_SCALE, ImageTower, patch_tokens
from localstyle.testing import write_clip


def _images(batch=5, side=37):
    return torch.rand(batch, 3, side, side, generator=torch.Generator().manual_seed(3))


def _features_and_gradient(encode, images):
    images = images.clone().requires_grad_(True)
    features = encode(images)
    (gradient,) = torch.autograd.grad(features[:, 0].sum() + features[:, 1].square().sum(), images)
    return features, gradient


def _assert_tower_matches_transformers(clip):
    fast, fast_grad = _features_and_gradient(clip.encode_image, _images())
    stock, stock_grad = _features_and_gradient(clip.encode_image_stock, _images())
    assert fast.shape == (5, clip.model.config.projection_dim)
    assert torch.allclose(fast, stock, atol=1e-6, rtol=0)
    assert torch.allclose(fast_grad, stock_grad, atol=1e-7, rtol=1e-4)
    assert fast_grad.abs().max() > 1e-4  # the gradient reaches the pixels


def test_tower_equals_transformers_get_image_features_with_its_gradients(tiny_model_set):
    clip = tiny_model_set.clip()
    assert clip.tower.quick_gelu  # CLIP's own activation: the folded silu path is the one compared
    _assert_tower_matches_transformers(clip)


def test_the_sdpa_attention_used_off_the_cpu_gives_the_same_features(tiny_model_set):
    clip = tiny_model_set.clip()
    assert clip.tower.plain_attention  # on the CPU
    plain = clip.encode_image(_images())
    clip.tower.plain_attention = False
    try:
        sdpa = clip.encode_image(_images())
    finally:
        clip.tower.plain_attention = True
    assert torch.allclose(plain, sdpa, atol=1e-6, rtol=0)


def test_tower_with_another_activation_runs_the_models_own_mlp(tmp_path):
    """A checkpoint with GELU (not quick_gelu) must not get the quick_gelu folding."""
    from localstyle.models import _load_clip

    write_clip(tmp_path)
    config = (tmp_path / "config.json").read_text().replace('"quick_gelu"', '"gelu"')
    (tmp_path / "config.json").write_text(config)
    clip = _load_clip(str(tmp_path), torch.device("cpu"))
    assert clip.model.config.vision_config.hidden_act == "gelu" and not clip.tower.quick_gelu
    _assert_tower_matches_transformers(clip)


def test_the_folded_mlp_is_quick_gelu():
    """fc2(quick_gelu(fc1(x))) against the formula written out, the way the tower folds it."""
    torch.manual_seed(0)
    fc1, fc2 = torch.nn.Linear(6, 12), torch.nn.Linear(12, 6)
    mlp = torch.nn.Module()
    mlp.fc1, mlp.fc2 = fc1, fc2
    x = torch.randn(2, 3, 6)
    hidden = fc1(x)
    expected = fc2(hidden * torch.sigmoid(QUICK_GELU_SCALE * hidden))
    tower = ImageTower.__new__(ImageTower)
    tower.quick_gelu = True
    assert QUICK_GELU_SCALE == 1.702
    weights = {"fc1": [(fc1.weight, fc1.bias)], "fc2": [(fc2.weight, fc2.bias)]}
    assert torch.allclose(tower._mlp(0, mlp, x, weights), expected, atol=1e-6, rtol=0)


def test_the_last_layer_computes_the_class_token_as_every_token_would(tiny_model_set):
    clip = tiny_model_set.clip()
    tower = clip.tower
    hidden = torch.randn(3, 50, clip.model.config.vision_config.hidden_size)
    last = len(tower.qkv) - 1
    every = tower._layer(last, hidden, tower.matrices[None], class_token_only=False)
    first = tower._layer(last, hidden, tower.matrices[None], class_token_only=True)
    assert every.shape == hidden.shape and first.shape == (3, 1, hidden.shape[-1])
    assert torch.allclose(first[:, 0], every[:, 0], atol=1e-5, rtol=0)
    assert not torch.allclose(every[:, 1], every[:, 0], atol=1e-3)  # other tokens differ: the test can fail


def test_tower_repeats_to_the_bit(tiny_model_set):
    clip = tiny_model_set.clip()
    assert torch.equal(clip.encode_image(_images()), clip.encode_image(_images()))


def test_tower_leaves_the_transformers_modules_as_loaded(tiny_model_set):
    """The q|k|v matrices are copies: transformers' own forward (CLIP score, the reference loop) is unchanged."""
    clip = tiny_model_set.clip()
    attention = clip.model.vision_model.encoder.layers[0].self_attn
    weight, bias = clip.tower.qkv[0]
    width = attention.q_proj.weight.shape[0]
    assert torch.equal(weight[width:2 * width], attention.k_proj.weight)
    assert weight.data_ptr() != attention.q_proj.weight.data_ptr()
    assert torch.equal(bias[2 * width:], attention.v_proj.bias)


def test_patch_tokens_are_the_convolutions_output_in_row_major_order(tiny_model_set):
    clip = tiny_model_set.clip()
    pixels = clip._pixels(_images())
    embedding = clip.model.vision_model.embeddings.patch_embedding
    conv = embedding(pixels)  # B x D x rows x cols
    tokens = patch_tokens(pixels, embedding.weight)
    assert tokens.shape == (5, conv.shape[2] * conv.shape[3], conv.shape[1])
    assert torch.allclose(tokens, conv.flatten(2).transpose(1, 2), atol=2e-5, rtol=0)  # float sums, in another order


def test_weights_cast_once_give_autocasts_own_bits(tiny_model_set):
    """Under bf16 autocast the tower multiplies by bf16 copies made once; autocast casting the fp32
    weights at every use (what it did before) gives the same output and pixel gradient, bit for bit."""
    clip = tiny_model_set.clip()
    tower = clip.tower

    def run():
        pixels = clip._pixels(_images()).detach().requires_grad_(True)
        with torch.autocast("cpu", dtype=torch.bfloat16):
            out = tower(pixels)
        (grad,) = torch.autograd.grad(out.float().sum(), pixels)
        return out, grad

    out, grad = run()
    assert torch.bfloat16 in tower.matrices and tower.matrices[torch.bfloat16]["patch"].dtype == torch.bfloat16
    copies = tower.matrices.pop(torch.bfloat16)
    try:
        tower.matrices[torch.bfloat16] = tower.matrices[None]  # fp32: autocast casts each use
        out_cast, grad_cast = run()
    finally:
        tower.matrices[torch.bfloat16] = copies
    assert out.dtype == torch.bfloat16 and torch.equal(out, out_cast) and torch.equal(grad, grad_cast)
