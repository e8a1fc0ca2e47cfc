"""What an adapter carries with it (rank, alpha, targets, base, T5 length, preset, version) and how
loading honours it: the same output after a round trip, one T5 length per editor."""

import json

import pytest
import torch

from localstyle.errors import InputError
from localstyle.regionroute import experts
from localstyle.options import RunOptions
from localstyle.regionroute.editor import RegionRoute
from localstyle.version import __version__


def transformer_output(base):
    """The tiny transformer's output on fixed inputs (image tokens 16 + 16, 8 text tokens)."""
    generator = torch.Generator().manual_seed(0)
    tokens = torch.randn(1, 32, 16, generator=generator)
    text = torch.randn(1, 8, 32, generator=generator)
    ids = torch.zeros(32, 3)
    ids[:, 1] = torch.arange(32)
    with torch.no_grad():
        return base.denoiser(hidden_states=tokens, timestep=torch.tensor([0.5]), guidance=torch.tensor([1.0]),
                             pooled_projections=torch.randn(1, 32, generator=generator), encoder_hidden_states=text,
                             txt_ids=torch.zeros(8, 3), img_ids=ids, return_dict=False)[0]


def test_alpha_other_than_rank_round_trips_to_the_same_output(load, tmp_path):
    trained = load("kontext")
    params = experts.add_style_lora(trained, rank=4, alpha=8)
    torch.manual_seed(0)
    with torch.no_grad():
        for param in params:
            param.normal_(0, 0.3)
    expected = transformer_output(trained)
    experts.save_expert(trained, tmp_path, "pixel-art", info={"preset": "paper"})
    loaded = load("kontext")
    names = experts.load_experts(loaded, tmp_path)
    experts.activate(loaded, {name: 1.0 for name in names})
    plain = load("kontext")
    # the adapter matters (so the comparison could fail) and acts at its trained scale 8 / 4
    assert not torch.allclose(transformer_output(plain), expected, atol=1e-4)
    assert torch.allclose(transformer_output(loaded), expected, atol=1e-5)


def test_the_description_says_how_the_adapter_was_made(make_expert, tmp_path):
    make_expert(tmp_path, "pixel-art", 1, rank=2, alpha=6, text_length=24)
    info = json.loads((tmp_path / "pixel-art.json").read_text())
    assert {k: info[k] for k in ("style", "base", "rank", "lora_alpha", "max_sequence_length", "localstyle_version")} \
        == {"style": "pixel-art", "base": "kontext", "rank": 2, "lora_alpha": 6, "max_sequence_length": 24,
            "localstyle_version": __version__}
    assert info["target_modules"] == ["to_k", "to_out.0", "to_q", "to_v"]


def test_the_editor_runs_the_adapters_t5_length_and_refuses_a_mix(make_expert, tiny_bases, tmp_path):
    make_expert(tmp_path, "pixel-art", 1, text_length=24)
    options = RunOptions(method="regionroute", adapters=str(tmp_path))
    editor = RegionRoute(tiny_bases, options)
    assert editor.base.max_sequence_length == 24
    with pytest.raises(InputError, match="text_length 40 differs from the T5 length 24"):
        RegionRoute(tiny_bases, options.replace(text_length=40))
    make_expert(tmp_path, "cubism", 2, text_length=32)
    with pytest.raises(InputError, match=r"different T5 lengths \(cubism 32, pixel-art 24\)"):
        RegionRoute(tiny_bases, options)
