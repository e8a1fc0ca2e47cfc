"""The recording processors: the model's output is bit-identical, and every map mode equals the attention
computed by brute force (the whole softmax matrix) from the same queries and keys."""

import math

import pytest
import torch

from localstyle.errors import InputError
from localstyle.regionroute import attention
from localstyle.regionroute.flow import position_ids
from localstyle.regionroute.losses import check_map_mode, focus_loss

TEXT, GRID = 12, (4, 6)  # 12 text tokens; a 4 x 6 target grid plus a 4 x 6 context grid
STYLE = [3, 4, 5]


class KeepingRecorder(attention.StyleAttentionRecorder):
    """Also keeps the raw queries and keys each layer saw, for the brute-force reference."""

    def record(self, name, query, key, text_len, target, grid=None):
        self.raw = getattr(self, "raw", {})
        self.raw[name] = (query.detach().clone(), key.detach().clone(), text_len, target)
        super().record(name, query, key, text_len, target, grid)


def brute_force(query, key, text_len, target, positions, mode):
    logits = query[:, :, target] @ key.transpose(-1, -2) / math.sqrt(query.shape[-1])
    if mode == "joint":
        probs = logits.softmax(-1)[..., positions]
    elif mode == "text":
        probs = logits[..., :text_len].softmax(-1)[..., positions]
    else:
        probs = logits[..., positions].softmax(-1)
    return probs.mean(dim=1)  # heads


def flux_inputs(transformer, batch=2):
    torch.manual_seed(1)
    n = GRID[0] * GRID[1]
    ids = torch.cat([position_ids(*GRID, 0, "cpu", torch.float32), position_ids(*GRID, 1, "cpu", torch.float32)])
    return {"hidden_states": torch.randn(batch, 2 * n, 16), "encoder_hidden_states": torch.randn(batch, TEXT, 32),
            "pooled_projections": torch.randn(batch, 32), "timestep": torch.tensor([0.3] * batch),
            "guidance": torch.ones(batch), "txt_ids": torch.zeros(TEXT, 3), "img_ids": ids, "return_dict": False}


def unet_inputs(batch=2):
    torch.manual_seed(1)
    return {"sample": torch.randn(batch, 8, 2 * GRID[0], 2 * GRID[1]), "timestep": torch.tensor(500),
            "encoder_hidden_states": torch.randn(batch, 77, 32), "return_dict": False}


def run(base, recorder=None, grid=GRID, text_len=TEXT):
    model = base.denoiser
    inputs = flux_inputs(model) if base.name == "kontext" else unet_inputs()
    if recorder is not None:
        recorder.start([STYLE, [7]], grid, text_len=text_len)
    with torch.no_grad():
        return model(**inputs)[0]


@pytest.mark.parametrize("base_name", ["kontext", "instructpix2pix"])
@pytest.mark.parametrize("mode", ["joint", "text", "selected"])
def test_output_is_bit_identical_and_maps_equal_brute_force(load, base_name, mode):
    base = load(base_name)
    stock = run(base)
    recorder = KeepingRecorder(mode=mode)
    installed = base.install(recorder)
    grid = GRID if base_name == "kontext" else (2 * GRID[0], 2 * GRID[1])
    recorded = run(base, recorder, grid)
    assert (recorded - stock).abs().max().item() == 0.0
    expected_layers = 2 if base_name == "kontext" else 4  # 1 double + 1 single; 4 attn2 layers
    assert len(recorder.layers) == len(installed) == expected_layers
    for name, layer in recorder.layers.items():
        query, key, text_len, target = recorder.raw[name]
        for sample, positions in enumerate([STYLE, [7]]):
            reference = brute_force(query[sample:sample + 1], key[sample:sample + 1], text_len, target,
                                    positions, mode)[0]
            assert layer.maps[sample].shape == (layer.grid[0] * layer.grid[1], len(positions))
            torch.testing.assert_close(layer.maps[sample], reference, rtol=1e-5, atol=1e-6)
    attention.uninstall(base.denoiser, installed)
    assert (run(base) - stock).abs().max().item() == 0.0


def test_flux_records_every_block_and_the_target_tokens_only(load):
    base = load("kontext")
    recorder = KeepingRecorder()
    installed = base.install(recorder)
    assert sorted(installed) == ["single_transformer_blocks.0.attn", "transformer_blocks.0.attn"]
    run(base, recorder)
    for query, key, text_len, target in recorder.raw.values():
        assert key.shape[2] == TEXT + 2 * GRID[0] * GRID[1]  # text, target, context
        assert target == slice(TEXT, TEXT + GRID[0] * GRID[1])


def test_unet_levels_get_their_own_grids(load):
    base = load("instructpix2pix")
    recorder = attention.StyleAttentionRecorder()
    base.install(recorder)
    run(base, recorder, grid=(8, 12))
    assert {layer.grid for layer in recorder.layers.values()} == {(4, 6), (8, 12)}


def test_the_released_selected_map_is_degenerate_and_refused():
    query, key = torch.randn(1, 2, 5, 16), torch.randn(1, 2, 9, 16)
    one_token = attention.style_attention(query, key, torch.tensor([4]), 3, "selected")
    assert torch.equal(one_token, torch.ones(5, 1))  # exactly 1: no gradient can come from it
    tokens = attention.style_attention(query, key, torch.tensor([1, 2]), 3, "selected")
    torch.testing.assert_close(tokens.mean(dim=1), torch.full((5,), 0.5))
    mask = (torch.arange(5) < 2).float()
    for mode, zero in (("selected", True), ("joint", False), ("text", False)):
        q = query.clone().requires_grad_(True)
        focus_loss(attention.style_attention(q, key, torch.tensor([1]), 3, mode)[:, 0], mask).backward()
        assert (q.grad.abs().max().item() == 0) is zero, mode  # the released map gives exactly no gradient
    with pytest.raises(InputError, match="one-token style"):
        check_map_mode("selected", "released", [[1, 2], [4]])
    with pytest.raises(InputError, match="1/K"):
        check_map_mode("selected", "map", [[1, 2]])
    check_map_mode("selected", "released", [[1, 2]])
    check_map_mode("joint", "map", [[4]])
    with pytest.raises(InputError, match="unknown attention map mode"):
        attention.StyleAttentionRecorder(mode="softmax")


def test_joint_map_memory_is_one_sdpa_not_the_full_matrix():
    # the one-hot values are as wide as the head dim even for one style token (fused kernels need it)
    query, key = torch.randn(1, 2, 5, 16), torch.randn(1, 2, 9, 16)
    joint = attention.style_attention(query, key, torch.tensor([2]), 3, "joint")
    text = attention.style_attention(query, key, torch.tensor([2]), 3, "text")
    assert joint.shape == text.shape == (5, 1)
    assert (joint < text).all()  # the same logit shares its mass with 6 more keys in the joint softmax
