"""The Kontext training step rebuilt by hand from the method's formulas and compared with what the code
feeds the transformer and the loss it returns:
    x_t = (1 - s) x0 + s eps;  target eps - x0;  tokens [noisy target, context] after the text;
    position ids (0, row, col) for the target and (1, row, col) for the context (as the pipeline sets them
    at inference); guidance 1.0; timestep s (not 1000 s); the loss on the target tokens only."""

import pytest
import torch
import torch.nn.functional as F

from localstyle.regionroute.attention import StyleAttentionRecorder, install_flux
from localstyle.regionroute.flow import flux_transformer_loss


def by_hand_tokens(latents):
    """(B, C, h, w) -> (B, h/2 * w/2, 4C): token (i, j) is the 2 x 2 patch at rows 2i.., columns 2j..,
    channel by channel, row-major inside the patch (Flux's packing), written out as loops."""
    _, c, h, w = latents.shape
    tokens = []
    for i in range(h // 2):
        for j in range(w // 2):
            tokens.append(torch.stack([latents[:, ch, 2 * i + dy, 2 * j + dx]
                                       for ch in range(c) for dy in range(2) for dx in range(2)], dim=-1))
    return torch.stack(tokens, dim=1)


def by_hand_ids(rows, columns, first):
    return torch.tensor([[first, r, c] for r in range(rows) for c in range(columns)], dtype=torch.float32)


@pytest.fixture
def transformer():
    from diffusers import FluxTransformer2DModel

    torch.manual_seed(0)
    model = FluxTransformer2DModel(patch_size=1, in_channels=16, num_layers=1, num_single_layers=1,
                                   attention_head_dim=16, num_attention_heads=2, joint_attention_dim=32,
                                   pooled_projection_dim=32, guidance_embeds=True, axes_dims_rope=(4, 6, 6))
    return model.requires_grad_(False)


def test_the_training_step_is_the_one_the_method_describes(transformer):
    seen = {}
    transformer.register_forward_pre_hook(lambda module, args, kwargs: seen.update(kwargs), with_kwargs=True)
    transformer.register_forward_hook(lambda module, args, output: seen.update(output=output[0]))
    recorder = StyleAttentionRecorder()
    install_flux(transformer, recorder)
    torch.manual_seed(1)
    clean, context = torch.randn(2, 4, 8, 6), torch.randn(2, 4, 8, 6)  # latents: 4 x 3 tokens each
    text, pooled, text_ids = torch.randn(2, 5, 32), torch.randn(2, 32), torch.zeros(5, 3)
    fractions = torch.linspace(1.0, 0.001, 1000)
    loss = flux_transformer_loss(transformer, clean, context, text, pooled, text_ids, fractions, recorder,
                                 [[1], [2]], torch.Generator().manual_seed(7))

    # the same draws, in the same order, from the same seed: s per sample, then eps
    generator = torch.Generator().manual_seed(7)
    s = fractions[torch.randint(0, len(fractions), (2,), generator=generator)]
    noise = torch.randn(clean.shape, generator=generator)
    assert not torch.equal(s[0], s[1])  # two samples, two noise levels: a mix-up would show
    noisy = (1 - s.view(2, 1, 1, 1)) * clean + s.view(2, 1, 1, 1) * noise
    expected_tokens = torch.cat([by_hand_tokens(noisy), by_hand_tokens(context)], dim=1)
    assert seen["hidden_states"].shape == (2, 24, 16)
    assert torch.allclose(seen["hidden_states"], expected_tokens, atol=1e-6)
    assert torch.equal(seen["img_ids"], torch.cat([by_hand_ids(4, 3, 0), by_hand_ids(4, 3, 1)]))
    assert torch.allclose(seen["timestep"], s) and seen["timestep"].max() <= 1
    assert torch.equal(seen["guidance"], torch.ones(2))
    assert torch.equal(seen["encoder_hidden_states"], text) and torch.equal(seen["txt_ids"], text_ids)
    assert torch.equal(seen["pooled_projections"], pooled)
    expected_loss = F.mse_loss(seen["output"][:, :12], by_hand_tokens(noise - clean))
    assert loss.item() == pytest.approx(expected_loss.item(), rel=1e-6)
    # the context tokens' prediction is not part of it
    assert loss.item() != pytest.approx(F.mse_loss(seen["output"][:, 12:], by_hand_tokens(noise - clean)).item())
