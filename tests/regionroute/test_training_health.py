"""What would go wrong on the first real training run, pinned on the tiny bases: adapters that cannot
move on a bf16 base, maps that outlive the step, memory that grows faster than the tokens."""

import pytest
import torch

from localstyle.regionroute.attention import StyleAttentionRecorder, install_flux
from localstyle.evaluation.regionroute_bench import peak_allocated
from localstyle.regionroute.experts import add_style_lora
from localstyle.regionroute.flow import (
    TrainingBatch,
    LossWeights,
    flux_transformer_loss,
    training_step,
)


def tiny_batch(size=64):
    torch.manual_seed(3)
    masks = torch.zeros(2, size, size)
    masks[0, : size // 2] = 1
    masks[1, :, size // 2:] = 1
    return TrainingBatch(context=torch.rand(2, 3, size, size) * 2 - 1, target=torch.rand(2, 3, size, size) * 2 - 1,
                 masks=masks, prompts=["make the man in pixel-art style", "make the cat in cubism style"],
                 styles=["pixel-art", "cubism"])


def test_adapters_are_fp32_on_a_bf16_base_and_every_element_moves(tiny_bases):
    from localstyle.models import ModelSet
    from localstyle.regionroute.bases import load_base

    base = load_base(ModelSet.create(tiny_bases, device="cpu"), "kontext", dtype=torch.bfloat16)
    base.set_text_length(32)
    recorder = StyleAttentionRecorder()
    base.install(recorder)
    params = add_style_lora(base)
    assert base.denoiser.x_embedder.weight.dtype == torch.bfloat16  # the base stays bf16
    assert params and all(p.dtype == torch.float32 for p in params)
    with torch.no_grad():  # lora_B starts at 0, which leaves lora_A without a gradient: give both one
        torch.manual_seed(0)
        for param in params:
            param.normal_(0, 0.5)
    before = [p.detach().clone() for p in params]
    losses = training_step(base, tiny_batch(), recorder, LossWeights(), torch.Generator().manual_seed(0))
    losses["total"].backward()
    torch.optim.AdamW(params, lr=1e-5, weight_decay=1e-4).step()  # the released learning rate
    moving = changed = 0
    for param, old in zip(params, before):
        has_gradient = param.grad != 0
        moving += int(has_gradient.sum())
        changed += int((param.detach() != old)[has_gradient].sum())
    assert moving > 0.9 * sum(p.numel() for p in params)
    assert changed == moving


def tiny_transformer_step(transformer, recorder, params, latent, text_length=16):
    """One flow-matching + Focus + Cover step of the tiny transformer on (1, 4, *latent) latents."""
    from localstyle.regionroute.losses import region_losses

    generator = torch.Generator().manual_seed(0)
    clean, context = torch.randn(1, 4, *latent), torch.randn(1, 4, *latent)
    text, pooled = torch.randn(1, text_length, 32), torch.randn(1, 32)
    mask = torch.zeros(latent[0] * 8, latent[1] * 8)
    mask[: mask.shape[0] // 2] = 1
    denoise = flux_transformer_loss(transformer, clean, context, text, pooled, torch.zeros(text_length, 3),
                                    torch.linspace(1, 0.001, 1000), recorder, [[3, 4]], generator)
    focus, cover = region_losses(recorder.layers, [mask])
    recorder.layers = {}
    (denoise + 0.1 * focus + 5e-5 * cover).backward()
    for param in params:
        param.grad = None


@pytest.fixture
def checkpointed_transformer():
    from diffusers import FluxTransformer2DModel
    from peft import LoraConfig

    from localstyle.regionroute.bases import LORA_TARGETS

    torch.manual_seed(0)
    transformer = FluxTransformer2DModel(patch_size=1, in_channels=16, num_layers=2, num_single_layers=2,
                                         attention_head_dim=16, num_attention_heads=2, joint_attention_dim=32,
                                         pooled_projection_dim=32, guidance_embeds=True, axes_dims_rope=(4, 6, 6))
    transformer.requires_grad_(False)
    transformer.add_adapter(LoraConfig(r=4, lora_alpha=4, init_lora_weights="gaussian", target_modules=LORA_TARGETS))
    params = [p for n, p in transformer.named_parameters() if "lora_" in n]
    recorder = StyleAttentionRecorder()
    install_flux(transformer, recorder)
    transformer.enable_gradient_checkpointing()
    transformer.train()
    return transformer, recorder, params


def test_no_map_survives_backward_under_gradient_checkpointing(checkpointed_transformer):
    transformer, recorder, params = checkpointed_transformer
    tiny_transformer_step(transformer, recorder, params, (16, 16))
    # the blocks re-ran during backward, recording processors included; nothing of that is kept
    assert recorder.held_bytes() == 0 and recorder.layers == {}


def test_step_memory_grows_with_the_tokens_at_most_linearly(checkpointed_transformer):
    transformer, recorder, params = checkpointed_transformer
    tiny_transformer_step(transformer, recorder, params, (32, 32))  # warm-up: lazily built buffers
    peaks = {}
    for latent in ((32, 32), (32, 64)):  # 256 -> 512 target tokens (and as many context tokens)
        peaks[latent], _ = peak_allocated(
            lambda latent=latent: tiny_transformer_step(transformer, recorder, params, latent))
    assert peaks[(32, 64)] <= 2.1 * peaks[(32, 32)], peaks
    again, _ = peak_allocated(lambda: tiny_transformer_step(transformer, recorder, params, (32, 32)))
    assert again <= 1.02 * peaks[(32, 32)], (again, peaks)  # nothing left over from the steps before
