"""The training step hands every scaled-dot-product-attention call its output gradient in one layout per
q/k/v layout: PyTorch's cuDNN attention caches its backward plan under the q/k/v sizes and strides alone
and reads the output gradient with the strides it first saw (docs/regionroute.md, "Training on a GPU").
Recorded for every SDPA call of a tiny-Kontext training step, with gradient checkpointing, once with the
recording processors (the Trainer's own step) and once with diffusers' stock processors (the bench with
the recorder off). The fix changes no LoRA gradient by a bit."""

import pytest
import torch
import torch.nn.functional as F
from torch.overrides import TorchFunctionMode

from localstyle.models import ModelSet
from localstyle.regionroute.attention import StyleAttentionRecorder, keep_one_gradient_layout
from localstyle.regionroute.bases import load_base
from localstyle.evaluation.regionroute_bench import bench
from localstyle.regionroute.experts import add_style_lora
from localstyle.regionroute.flow import TrainingBatch, LossWeights, training_step
from localstyle.regionroute.train import Trainer, train_settings

TINY_FLUX = {"in_channels": 16, "num_layers": 1, "num_single_layers": 1, "attention_head_dim": 16,
             "num_attention_heads": 2, "joint_attention_dim": 32, "pooled_projection_dim": 32,
             "axes_dims_rope": (4, 6, 6)}


class AttentionCalls(TorchFunctionMode):
    """Every F.scaled_dot_product_attention call made while active that builds a graph: the sizes and
    strides of q, k and v, and (filled in during backward, by a hook on the call's own backward node, so it
    is what SDPA's backward receives) the size and strides of the gradient of its output."""

    def __init__(self):
        super().__init__()
        self.calls = []

    def __torch_function__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        out = func(*args, **kwargs)
        if func is F.scaled_dot_product_attention and out.grad_fn is not None:
            given = dict(zip(("query", "key", "value"), args), **kwargs)
            call = {"qkv": tuple((tuple(given[n].shape), given[n].stride()) for n in ("query", "key", "value")),
                    "gradient": None}
            out.grad_fn.register_prehook(lambda grads, call=call: call.update(
                gradient=(tuple(grads[0].shape), grads[0].stride())))
            self.calls.append(call)
        return out


def layouts_by_qkv(calls: list) -> dict:
    """q/k/v layout -> the set of output-gradient layouts its calls received."""
    assert calls and all(c["gradient"] is not None for c in calls), "a call's backward was not seen"
    found = {}
    for call in calls:
        found.setdefault(call["qkv"], set()).add(call["gradient"])
    return found


def assert_one_gradient_layout(calls: list) -> None:
    per_layout = layouts_by_qkv(calls)
    shared = [key for key in per_layout if sum(c["qkv"] == key for c in calls) > 1]
    assert shared, "no two calls share a q/k/v layout: the check would prove nothing"
    mixed = {key: sorted(grads) for key, grads in per_layout.items() if len(grads) > 1}
    assert mixed == {}, f"one q/k/v layout, several output-gradient layouts: {mixed}"


def test_the_trainers_step_gives_every_attention_call_one_gradient_layout(tiny_bases, pixel_art_manifest,
                                                                           tmp_path):
    base = load_base(ModelSet.create(tiny_bases, device="cpu"), "kontext")
    settings = train_settings(steps=1, batch_size=2, accumulation=1, resolution=64, max_sequence_length=32)
    trainer = Trainer(base, pixel_art_manifest, "pixel-art", tmp_path / "adapters", settings)
    assert trainer.settings.gradient_checkpointing
    with AttentionCalls() as log:
        trainer.optimiser_step()
    # per block the model's attention and the recorder's two style maps (one per sample)
    assert len(log.calls) == 2 * 3
    assert_one_gradient_layout(log.calls)


def test_the_stock_processors_step_gives_every_attention_call_one_gradient_layout():
    with AttentionCalls() as log:
        bench(size=64, steps=1, warmup=0, device="cpu", dtype="fp32", config=TINY_FLUX, text_length=16,
              recorder_on=False)
    assert len(log.calls) == 2  # one double- and one single-stream block, recomputation aside
    assert_one_gradient_layout(log.calls)


def lora_gradients(tiny_bases, recorder_on: bool, fixed: bool) -> list:
    """The LoRA gradients of one checkpointed training step on a fixed batch, with or without the fix."""
    base = load_base(ModelSet.create(tiny_bases, device="cpu"), "kontext")
    base.set_text_length(32)
    recorder = StyleAttentionRecorder()
    if recorder_on:
        base.install(recorder)
    handles = keep_one_gradient_layout(base.denoiser)
    if not fixed:
        for handle in handles:
            handle.remove()
    params = add_style_lora(base)
    with torch.no_grad():  # lora_B starts at 0, which would leave lora_A without a gradient
        torch.manual_seed(0)
        for param in params:
            param.normal_(0, 0.5)
    base.denoiser.enable_gradient_checkpointing()
    base.denoiser.train()
    torch.manual_seed(3)
    masks = torch.zeros(2, 64, 64)
    masks[0, :32], masks[1, :, 32:] = 1, 1
    batch = TrainingBatch(context=torch.rand(2, 3, 64, 64) * 2 - 1, target=torch.rand(2, 3, 64, 64) * 2 - 1, masks=masks,
                  prompts=["make the man in pixel-art style", "make the cat in cubism style"],
                  styles=["pixel-art", "cubism"])
    generator = torch.Generator().manual_seed(0)
    if recorder_on:
        loss = training_step(base, batch, recorder, LossWeights(), generator)["total"]
    else:  # the denoising loss alone: no map to take Focus and Cover from
        loss = base.denoise_loss(batch, recorder, base.style_positions(batch.prompts, batch.styles), generator)
    loss.backward()
    return [p.grad for p in params]


@pytest.mark.parametrize("recorder_on", [True, False])
def test_the_fix_leaves_every_lora_gradient_bit_identical(tiny_bases, recorder_on):
    fixed, plain = lora_gradients(tiny_bases, recorder_on, True), lora_gradients(tiny_bases, recorder_on, False)
    assert len(fixed) == len(plain) > 0
    assert all(torch.equal(a, b) for a, b in zip(fixed, plain))
    assert sum(int((g != 0).sum()) for g in fixed) > 0.9 * sum(g.numel() for g in fixed)
