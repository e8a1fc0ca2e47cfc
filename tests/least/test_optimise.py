"""The optimisation's settings, text side and loop, checked against the LEAST specification."""

import pytest
import torch
import torch.nn.functional as F

from localstyle.errors import InputError
from localstyle.least.optimise import (PRESETS, MaskedStyleOptimizer, adjust_contrast_masked, settings_with,
                                       text_direction)
from localstyle.least.prompts import PROMPT_TEMPLATES, SOURCE_TEXT, text_embedding


def test_paper_preset_is_the_published_method():
    paper = PRESETS["paper"]
    assert (paper.lambda_direction, paper.lambda_patch, paper.lambda_content, paper.lambda_tv) == (500, 1e4, 150, 2e-3)
    assert (paper.num_crops, paper.crop_size, paper.crop_resize, paper.distortion, paper.threshold) == (64, 100, 224, 0.5, 0.7)
    assert (paper.lr, paper.lr_step, paper.lr_gamma, paper.steps, paper.resolution) == (5e-4, 100, 0.5, 200, 512)
    assert paper.source_text == "a Photo"
    assert paper.contrast == 1.5  # the reference's adjust_contrast(output, 1.5)
    clipstyler = PRESETS["clipstyler"]
    assert (clipstyler.crop_size, clipstyler.lambda_patch) == (128, 9000)


def test_settings_overrides_and_errors():
    assert settings_with("paper", steps=3, feather=None).steps == 3
    assert settings_with("paper", feather=None).feather == PRESETS["paper"].feather
    with pytest.raises(InputError, match="unknown preset"):
        settings_with("slow")
    with pytest.raises(InputError, match="unknown setting"):
        settings_with("paper", lambda_style=1)
    with pytest.raises(InputError, match=r"^unknown setting\(s\) diffusion_steps; known: "):
        settings_with("paper", diffusion_steps=10)  # a valid setting of eval, not of the optimisation
    with pytest.raises(InputError, match="steps must be"):
        settings_with("paper", steps=0)


def test_79_templates_without_a_photo_of_many():
    assert len(PROMPT_TEMPLATES) == 79 and len(set(PROMPT_TEMPLATES)) == 79
    assert "a photo of many {}." not in PROMPT_TEMPLATES and "a bad photo of a {}." in PROMPT_TEMPLATES


class BagOfLettersText:
    """A text encoder whose RAW embedding is the letter histogram (not normalised, as CLIP's raw text
    features are not): easy to compute by hand."""

    def encode_text(self, texts):
        rows = torch.zeros(len(texts), 26)
        for i, text in enumerate(texts):
            for ch in text.lower():
                if "a" <= ch <= "z":
                    rows[i, ord(ch) - 97] += 1
        return rows


def test_text_direction_averages_raw_template_embeddings_then_normalises():
    encoder = BagOfLettersText()

    def embed(text):  # CLIPstyler: mean of the raw embeddings, then L2-normalised
        rows = encoder.encode_text([t.format(text) for t in PROMPT_TEMPLATES])
        return rows.mean(0, keepdim=True) / rows.mean(0, keepdim=True).norm()

    expected = F.normalize(embed("cubism") - embed(SOURCE_TEXT), dim=-1)
    torch.testing.assert_close(text_direction(encoder, "cubism"), expected)
    assert text_direction(encoder, "cubism").norm().item() == pytest.approx(1.0)
    # Normalising each template first (the earlier, wrong order) gives a different direction here:
    # long templates have more letters and so weigh more in the raw mean.
    def embed_each(text):
        return F.normalize(F.normalize(encoder.encode_text([t.format(text) for t in PROMPT_TEMPLATES]), dim=-1)
                           .mean(0, keepdim=True), dim=-1)

    wrong = F.normalize(embed_each("cubism") - embed_each(SOURCE_TEXT), dim=-1)
    assert (wrong - expected).abs().max() > 1e-3
    # One text: its normalised embedding (what the metrics use for the plain style text).
    torch.testing.assert_close(text_embedding(encoder, ["ink"]), F.normalize(encoder.encode_text(["ink"]), dim=-1))


def test_contrast_blends_with_the_mean_grey_of_the_mask_only():
    from torchvision.transforms.functional import adjust_contrast

    g = torch.Generator().manual_seed(0)
    image = torch.rand(1, 3, 6, 8, generator=g)
    # Whole-image mask: exactly torchvision's adjust_contrast.
    torch.testing.assert_close(adjust_contrast_masked(image, torch.ones(1, 1, 6, 8), 1.5), adjust_contrast(image, 1.5))
    # A region: the grey mean over the region's pixels only, by hand.
    mask = torch.zeros(1, 1, 6, 8)
    mask[..., 1:4, 2:6] = 1
    r, gr, b = image[0, 0, 1:4, 2:6], image[0, 1, 1:4, 2:6], image[0, 2, 1:4, 2:6]
    mean = (0.2989 * r + 0.587 * gr + 0.114 * b).mean()
    expected = (1.5 * image - 0.5 * mean).clamp(0, 1)
    torch.testing.assert_close(adjust_contrast_masked(image, mask, 1.5), expected)
    assert adjust_contrast_masked(image, mask, 1.0) is image


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


def test_patch_source_is_the_whole_photo_and_the_global_source_the_masked_crop(tiny_model_set):
    clip = tiny_model_set.clip()
    g = torch.Generator().manual_seed(0)
    content, photo = torch.rand(1, 3, 32, 64, generator=g), torch.rand(1, 3, 80, 80, generator=g)
    mask = torch.zeros(1, 1, 32, 64)
    mask[..., 8:24, 8:40] = 1
    settings = settings_with("paper", num_crops=2, crop_size=16, crop_resize=32)
    optimizer = MaskedStyleOptimizer(content, mask, (8, 8, 40, 24), "cubism", clip, tiny_model_set.vgg(),
                                     settings, torch.Generator().manual_seed(0), photo=photo, patch_size=(12, 10))
    torch.testing.assert_close(optimizer.photo_emb, optimizer.encode_image(photo))  # in the step's precision
    padded = torch.zeros(1, 3, 64, 64)
    padded[..., 16:48, :] = content * mask
    torch.testing.assert_close(optimizer.masked_source_emb, optimizer.encode_image(padded))
    # The content loss sees the box resized to a square of the working image's long side.
    assert optimizer.content_features["relu4_2"].shape[-2:] == (8, 8)
    assert optimizer.patch_size == (12, 10)


def test_output_is_clamped_then_contrast_boosted_over_the_mask(tiny_model_set):
    content = torch.rand(1, 3, 32, 32, generator=torch.Generator().manual_seed(1))
    mask = torch.zeros(1, 1, 32, 32)
    mask[..., 4:20, 4:28] = 1
    for contrast in (1.0, 1.5):
        settings = settings_with("paper", num_crops=0, contrast=contrast)
        torch.manual_seed(0)
        optimizer = MaskedStyleOptimizer(content, mask, (4, 4, 28, 20), "ink", tiny_model_set.clip(),
                                         tiny_model_set.vgg(), settings, torch.Generator().manual_seed(0))
        raw = optimizer.net(content).detach().clamp(0, 1)
        torch.testing.assert_close(optimizer.output(), adjust_contrast_masked(raw, mask, contrast))


def test_a_non_finite_loss_stops_the_run_at_that_step(tiny_model_set):
    import dataclasses
    import math

    from localstyle.errors import OptimisationDiverged
    from localstyle.least.optimise import optimise

    content, mask = torch.rand(1, 3, 64, 64), torch.ones(1, 1, 64, 64)
    poisoned = dataclasses.replace(settings_with("paper", num_crops=2, crop_size=16, crop_resize=32, steps=5),
                                   lambda_tv=float("nan"))  # past the checks, as a bug or an overflow would be
    steps_seen = []
    with pytest.raises(OptimisationDiverged, match=r"diverged at step 1 \(loss nan\); lower lr") as caught:
        optimise(content, mask, (0, 0, 64, 64), "cubism", tiny_model_set.clip(), tiny_model_set.vgg(), poisoned,
                 seed=0, progress=steps_seen.append)
    assert caught.value.step == 1 and math.isnan(caught.value.loss) and steps_seen == []


@pytest.mark.parametrize("mixed_precision", [False, True])
def test_a_seed_repeats_to_the_bit_in_fp32_and_in_bf16(tiny_model_set, mixed_precision):
    """fp32 (`mixed_precision=false`) is bit-identical for a seed on a CPU; bf16 autocast repeats too."""
    from localstyle.least.optimise import optimise

    generator = torch.Generator().manual_seed(5)
    content, mask = torch.rand(1, 3, 64, 48, generator=generator), torch.zeros(1, 1, 64, 48)
    mask[..., 8:56, 6:40] = 1
    settings = settings_with("paper", num_crops=3, crop_size=16, crop_resize=32, steps=3,
                             mixed_precision=mixed_precision)

    def run(seed):
        return optimise(content, mask, (6, 8, 40, 56), "cubism", tiny_model_set.clip(), tiny_model_set.vgg(),
                        settings, seed=seed)

    (first, first_log), (again, again_log), (other, _) = run(11), run(11), run(12)
    assert torch.equal(first, again) and first_log == again_log
    assert not torch.equal(first, other)


def test_progress_gets_every_step_and_a_preview_every_n_steps_and_at_the_last(tiny_model_set):
    from localstyle.least.optimise import optimise

    class Recorder(list):
        def __call__(self, event):
            self.append(event)

    content, mask = torch.rand(1, 3, 32, 32, generator=torch.Generator().manual_seed(2)), torch.ones(1, 1, 32, 32)
    settings = settings_with("paper", num_crops=2, crop_size=16, crop_resize=32, steps=3, mixed_precision=False)
    progress = Recorder()
    output, history = optimise(content, mask, (0, 0, 32, 32), "cubism", tiny_model_set.clip(), tiny_model_set.vgg(),
                               settings, seed=0, progress=progress, preview_every=2)
    steps = [event for event in progress if event["event"] == "step"]
    previews = [event for event in progress if event["event"] == "preview"]
    assert len(steps) + len(previews) == len(progress)
    expected = [(i + 1, 3, h["total"]) for i, h in enumerate(history)]
    assert [(e["step"], e["steps"], e["loss"]) for e in steps] == expected
    assert [e["step"] for e in previews] == [2, 3]
    assert all(e["image"].shape == content.shape for e in previews)
    assert torch.equal(previews[-1]["image"], content + (output - content) * mask)  # the last preview is the result


def test_the_style_reaches_the_optimisation(tiny_model_set):
    from localstyle.least.optimise import optimise

    content, mask = torch.rand(1, 3, 32, 32, generator=torch.Generator().manual_seed(4)), torch.ones(1, 1, 32, 32)
    settings = settings_with("paper", num_crops=2, crop_size=16, crop_resize=32, steps=2, mixed_precision=False)
    cubism, _ = optimise(content, mask, (0, 0, 32, 32), "cubism", tiny_model_set.clip(), tiny_model_set.vgg(),
                         settings, seed=0)
    fire, _ = optimise(content, mask, (0, 0, 32, 32), "fire", tiny_model_set.clip(), tiny_model_set.vgg(),
                       settings, seed=0)
    assert not torch.equal(cubism, fire)
