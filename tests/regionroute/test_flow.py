"""One training step on the tiny bases: only LoRA parameters get gradients, the joint map gives Focus a
gradient where the released map gives none, and Focus alone falls when trained."""

import pytest
import torch

from localstyle.regionroute.attention import StyleAttentionRecorder
from localstyle.regionroute.experts import add_style_lora
from localstyle.regionroute.flow import (
    TrainingBatch,
    LossWeights,
    pack_latents,
    position_ids,
    training_step,
    unpack_latents,
)

PROMPTS = ["make the man in pixel-art style, keep other area unchanged", "make the cat in cubism style"]


def tiny_batch(size=64):
    torch.manual_seed(3)
    masks = torch.zeros(2, size, size)
    masks[0, : size // 2, : size // 2] = 1  # a different region per sample
    masks[1, size // 2:, :] = 1
    return TrainingBatch(context=torch.rand(2, 3, size, size) * 2 - 1, target=torch.rand(2, 3, size, size) * 2 - 1,
                 masks=masks, prompts=PROMPTS, styles=["pixel-art", "cubism"])


def prepared(load, base_name, mode="joint"):
    base = load(base_name)
    base.set_text_length(32)
    recorder = StyleAttentionRecorder(mode=mode)
    base.install(recorder)
    params = add_style_lora(base)
    return base, recorder, params


def test_packing_round_trips_and_position_ids():
    latents = torch.randn(2, 4, 6, 8)
    tokens = pack_latents(latents)
    assert tokens.shape == (2, 12, 16)
    assert torch.equal(unpack_latents(tokens, 6, 8), latents)
    assert torch.equal(tokens[0, 1], latents[0, :, 0:2, 2:4].reshape(4, 4).reshape(-1))  # row-major patches
    ids = position_ids(3, 4, 1, "cpu", torch.float32)
    assert ids.shape == (12, 3) and (ids[:, 0] == 1).all()
    assert ids[5].tolist() == [1, 1, 1]  # row 1, column 1


@pytest.mark.parametrize("base_name, checkpointing", [("kontext", True), ("instructpix2pix", False)])
def test_gradients_reach_lora_parameters_only(load, base_name, checkpointing):
    base, recorder, params = prepared(load, base_name)
    if checkpointing:  # the blocks re-run during backward, recording processors included
        base.denoiser.enable_gradient_checkpointing()
        base.denoiser.train()
    losses = training_step(base, tiny_batch(), recorder, LossWeights(), torch.Generator().manual_seed(0))
    assert set(losses) == {"total", "denoise", "focus", "cover"}
    assert all(torch.isfinite(v) for v in losses.values())
    losses["total"].backward()
    lora_ids = {id(p) for p in params}
    for module in (base.denoiser, base.pipe.vae, base.pipe.text_encoder):
        for name, param in module.named_parameters():
            if id(param) not in lora_ids:
                assert param.grad is None, name
    assert len(params) == (2 * (4 + 3) if base_name == "kontext" else 2 * 4 * 8)  # A and B per wrapped linear
    assert all(p.grad is not None for p in params)
    assert sum(p.grad.abs().sum().item() for p in params) > 0


def focus_gradient(load, mode, styles):
    base, recorder, params = prepared(load, "kontext", mode)
    batch = tiny_batch()
    batch.styles = styles
    batch.prompts = [f"make the man in {styles[0]} style", f"make the cat in {styles[1]} style"]
    losses = training_step(base, batch, recorder, LossWeights(), torch.Generator().manual_seed(0))
    losses["focus"].backward()
    return sum(p.grad.abs().sum().item() for p in params if p.grad is not None)


def test_focus_reaches_the_lora_through_the_joint_map_and_a_two_token_selected_map(load):
    assert focus_gradient(load, "joint", ["cubism", "cubism"]) > 0  # "cubism" is one token of the tiny T5
    # the released map on a two-token style does train: the softmax over 2 keys is not constant
    assert focus_gradient(load, "selected", ["line art", "line art"]) > 0


def test_focus_alone_falls_when_trained(load):
    base, recorder, params = prepared(load, "kontext")
    optimizer = torch.optim.Adam(params, lr=3e-2)
    batch, history = tiny_batch(), []
    for _ in range(20):
        optimizer.zero_grad()
        losses = training_step(base, batch, recorder, LossWeights(), torch.Generator().manual_seed(0))
        losses["focus"].backward()
        optimizer.step()
        history.append(losses["focus"].item())
    assert history[-1] < 0.8 * history[0], history


def test_the_real_size_bench_runs_on_a_tiny_config():
    from localstyle.evaluation.regionroute_bench import bench

    tiny = {"in_channels": 16, "attention_head_dim": 16, "num_attention_heads": 2, "joint_attention_dim": 32,
            "pooled_projection_dim": 32, "axes_dims_rope": (4, 6, 6)}
    result = bench(size=64, steps=1, warmup=0, device="cpu", dtype="fp32", layers=1, single_layers=1,
                   text_length=16, config=tiny)
    assert result["wrapped_linears"] == 7 and result["lora_parameters"] == 7 * 4 * (32 + 32)
    assert len(result["seconds_per_step"]) == 1 and result["peak_memory_gib"] > 0
    # The diagnosis switches: the denoising loss alone with diffusers' processors, one attention backend.
    plain = bench(size=64, steps=1, warmup=0, device="cpu", dtype="fp32", layers=1, single_layers=1,
                  text_length=16, config=tiny, recorder_on=False, attention="math")
    assert plain["recorder"] is False and plain["wrapped_linears"] == 7
