"""Style adapters: saved in the pipeline's LoRA format, loaded together on one base, routed by name or by
text similarity, and mixed linearly."""

import json

import pytest
import torch

from localstyle.errors import InputError
from localstyle.regionroute import experts


@pytest.fixture
def adapters(make_expert, tmp_path):
    make_expert(tmp_path, "Pixel Art", 1)
    make_expert(tmp_path, "cubism", 2)
    return tmp_path


def test_saved_in_the_pipeline_lora_format(adapters):
    assert sorted(p.name for p in adapters.iterdir()) == ["cubism.json", "cubism.safetensors", "pixel-art.json",
                                                          "pixel-art.safetensors"]
    from safetensors.torch import load_file

    keys = list(load_file(adapters / "pixel-art.safetensors"))
    assert keys and all(k.startswith("transformer.") for k in keys)
    assert len(keys) == 14  # 7 wrapped linears (to_q/k/v/out.0 double; to_q/k/v single) x (A, B)
    assert json.loads((adapters / "pixel-art.json").read_text())["style"] == "Pixel Art"


def test_exact_names_route_one_hot_others_to_a_mixture(load, adapters):
    base = load("kontext")
    names = experts.load_experts(base, adapters)
    assert names == {"cubism": "cubism", "pixel-art": "Pixel Art"}
    assert experts.route(base, "pixel-art", names) == {"cubism": 0.0, "pixel-art": 1.0}
    assert experts.route(base, "PIXEL ART", names) == {"cubism": 0.0, "pixel-art": 1.0}
    mixed = experts.route(base, "mosaic", names, temperature=0.5)
    assert sum(mixed.values()) == pytest.approx(1.0, abs=1e-6)
    assert all(0 < w < 1 for w in mixed.values())
    query = base.text_embedding(["mosaic"])
    keys = base.text_embedding(["cubism", "Pixel Art"])
    expected = ((query @ keys.T)[0] / 0.5).softmax(0)
    assert mixed["cubism"] == pytest.approx(expected[0].item(), rel=1e-5)
    top = experts.route(base, "mosaic", names, temperature=0.5, top_k=1)
    assert sorted(top.values()) == [0.0, 1.0]
    with pytest.raises(InputError, match="temperature"):
        experts.route(base, "mosaic", names, temperature=0)


def test_half_half_mixture_is_the_linear_blend(load, adapters):
    base = load("kontext")
    experts.load_experts(base, adapters)
    layer = base.denoiser.transformer_blocks[0].attn.to_q
    x = torch.randn(3, layer.in_features)

    def output(weights):
        experts.activate(base, weights)
        with torch.no_grad():
            return layer(x)

    base.pipe.disable_lora()
    with torch.no_grad():
        plain = layer(x)
    base.pipe.enable_lora()
    only_a = output({"pixel-art": 1.0})
    only_b = output({"cubism": 1.0})
    mixed = output({"pixel-art": 0.5, "cubism": 0.5})
    assert not torch.allclose(only_a, plain) and not torch.allclose(only_a, only_b)
    torch.testing.assert_close(mixed, plain + 0.5 * (only_a - plain) + 0.5 * (only_b - plain), rtol=1e-5, atol=1e-5)


def test_adapters_of_another_base_or_none_are_refused(load, make_expert, tmp_path):
    make_expert(tmp_path, "cubism", 1, base_name="instructpix2pix")
    with pytest.raises(InputError, match="trained for base 'instructpix2pix'"):
        experts.load_experts(load("kontext"), tmp_path)
    with pytest.raises(InputError, match="no <style>.safetensors"):
        experts.load_experts(load("kontext"), tmp_path / "empty" if (tmp_path / "empty").mkdir() is None else None)
    with pytest.raises(InputError, match="not found"):
        experts.load_experts(load("kontext"), tmp_path / "missing")
