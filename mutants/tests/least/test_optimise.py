"""The optimisation's settings, text side and loop, checked against the LEAST specification."""

import pytest
import torch
import torch.nn.functional as F

from localstyle.least.optimise import PRESETS, MaskedStyleOptimizer, settings_with, text_direction, widen_box
from localstyle.errors import InputError
from localstyle.least.prompts import PROMPT_TEMPLATES, SOURCE_TEXT


def test_paper_preset_is_the_published_method():
    paper = PRESETS["paper"]
    assert (paper.lambda_direction, paper.lambda_patch, paper.lambda_content, paper.lambda_tv) == (500, 1e4, 150, 2e-3)
    assert (paper.num_crops, paper.crop_size, paper.crop_resize, paper.distortion, paper.threshold) == (64, 100, 224, 0.5, 0.7)
    assert (paper.lr, paper.lr_step, paper.lr_gamma, paper.steps, paper.resolution) == (5e-4, 100, 0.5, 200, 512)
    assert paper.source_text == "a Photo"
    clipstyler = PRESETS["clipstyler"]
    assert (clipstyler.crop_size, clipstyler.lambda_patch) == (128, 9000)


def test_settings_overrides_and_errors():
    assert settings_with("paper", steps=3, feather=None).steps == 3
    assert settings_with("paper", feather=None).feather == PRESETS["paper"].feather
    with pytest.raises(InputError, match="unknown preset"):
        settings_with("slow")
    with pytest.raises(InputError, match="unknown setting"):
        settings_with("paper", lambda_style=1)
    with pytest.raises(InputError, match="steps must be"):
        settings_with("paper", steps=0)


def test_79_templates_without_a_photo_of_many():
    assert len(PROMPT_TEMPLATES) == 79 and len(set(PROMPT_TEMPLATES)) == 79
    assert "a photo of many {}." not in PROMPT_TEMPLATES and "a bad photo of a {}." in PROMPT_TEMPLATES


class BagOfLettersText:
    """A text encoder whose embedding is the unit-normalised letter histogram: easy to compute by hand."""

    def encode_text(self, texts):
        rows = torch.zeros(len(texts), 26)
        for i, text in enumerate(texts):
            for ch in text.lower():
                if "a" <= ch <= "z":
                    rows[i, ord(ch) - 97] += 1
        return F.normalize(rows, dim=-1)


def test_text_direction_is_the_normalised_difference_of_template_means():
    encoder = BagOfLettersText()

    def embed(text):
        return F.normalize(encoder.encode_text([t.format(text) for t in PROMPT_TEMPLATES]).mean(0, keepdim=True), dim=-1)

    expected = F.normalize(embed("cubism") - embed(SOURCE_TEXT), dim=-1)
    torch.testing.assert_close(text_direction(encoder, "cubism"), expected)
    assert text_direction(encoder, "cubism").norm().item() == pytest.approx(1.0)


def test_widen_box_reaches_the_minimum_inside_the_image():
    assert widen_box((10, 10, 50, 60), 32, 100, 100) == (10, 10, 50, 60)  # already wide enough
    assert widen_box((40, 0, 44, 80), 32, 64, 80) == (26, 0, 58, 80)  # centred
    assert widen_box((0, 5, 3, 9), 32, 64, 20) == (0, 0, 32, 20)  # clamped at the edges and the height


def test_one_step_updates_the_net_and_logs_the_weighted_losses(tiny_model_set):
    torch.manual_seed(0)
    content = torch.rand(1, 3, 64, 64)
    mask = torch.zeros(1, 1, 64, 64)
    mask[..., 16:48, 8:40] = 1
    settings = settings_with("paper", num_crops=2, crop_size=16, crop_resize=32)
    optimizer = MaskedStyleOptimizer(content, mask, (8, 16, 40, 48), "cubism", tiny_model_set.clip(),
                                     tiny_model_set.vgg(), settings, torch.Generator().manual_seed(0))
    before = [p.detach().clone() for p in optimizer.net.parameters()]
    losses = optimizer.step()
    assert set(losses) == {"total", "direction", "patch", "content", "tv"}
    weighted = 500 * losses["direction"] + 1e4 * losses["patch"] + 150 * losses["content"] + 2e-3 * losses["tv"]
    assert losses["total"] == pytest.approx(weighted, rel=1e-5)
    assert any(not torch.equal(a, b) for a, b in zip(before, optimizer.net.parameters()))
    assert optimizer.output().shape == content.shape
