"""The optimiser's wiring, one step at a time on the tiny real models: which image each loss sees, which
source embedding each CLIP loss measures from, where the crops come from, that the warp is applied, that
the settings reach the losses, and that the learning rate follows the schedule.

The CLIP encoder is the real tiny CLIP behind a recorder that keeps every batch it is given; the VGG and
the U-Net are watched with forward hooks. Every expected number is recomputed here from the recorded
inputs with the real models and the published formulas, so a loss fed the wrong image, the wrong source
or a setting's default instead of its value gives a different number.
"""

import pytest
import torch
import torch.nn.functional as F

from localstyle.least.losses import (cut_crops, directional_loss, pad_to_square, random_perspective_batch,
                                     sample_crop_boxes)
from localstyle.least.optimise import MaskedStyleOptimizer, settings_with

H, W = 40, 64  # not square, so the global input's padding shows
BOX = (20, 8, 52, 32)  # the mask's box in working pixels
PATCH = (14, 12)  # patch (width, height) in working pixels
CROPS = 3
RESIZE = 32


class RecordingClip:
    """The real ClipEncoder, keeping a copy of every image batch it encodes."""

    def __init__(self, clip):
        self.clip, self.images = clip, []

    def encode_image(self, images):
        self.images.append(images.detach().clone())
        return self.clip.encode_image(images)

    def encode_text(self, texts):
        return self.clip.encode_text(texts)


@pytest.fixture(scope="module")
def inputs():
    g = torch.Generator().manual_seed(5)
    content = torch.rand(1, 3, H, W, generator=g)
    photo = torch.rand(1, 3, 48, 48, generator=g)  # the whole photo as the reference frame shows it
    mask = torch.zeros(1, 1, H, W)
    mask[..., 8:32, 20:52] = 1.0
    mask[..., 8:12, 20:26] = 0.0  # not a rectangle: the box is (20, 8, 52, 32) all the same
    return content, photo, mask


def one_step(tiny_model_set, inputs, seed=0, **overrides):
    """One optimiser step; returns (optimizer, logged losses, recorded CLIP batches, the stylised image the
    losses got, the VGG inputs, the crop generator's state before the step)."""
    content, photo, mask = inputs
    # fp32 CLIP: the expected numbers below are recomputed in fp32 ("auto" picks bf16 on a native-bf16 CPU)
    values = dict(num_crops=CROPS, crop_resize=RESIZE, distortion=0.5, threshold=0.0, mixed_precision=False)
    settings = settings_with("paper", **{**values, **overrides})
    clip, vgg = RecordingClip(tiny_model_set.clip()), tiny_model_set.vgg()  # loaded before seeding: loading
    torch.manual_seed(seed)  # draws random numbers (the weights' initialisation) the first time
    optimizer = MaskedStyleOptimizer(content, mask, BOX, "cubism", clip, vgg, settings,
                                     torch.Generator().manual_seed(seed), photo=photo, patch_size=PATCH)
    seen = {"stylized": [], "vgg": []}
    optimizer.net.register_forward_hook(lambda module, args, out: seen["stylized"].append(out.detach().clone()))
    optimizer.vgg.register_forward_pre_hook(lambda module, args: seen["vgg"].append(args[0].detach().clone()))
    generator_state = optimizer.generator.get_state()
    clip.images.clear()  # the set-up calls (sources) are checked separately
    losses = optimizer.step()
    (stylized,) = seen["stylized"]
    return optimizer, losses, clip, stylized, seen["vgg"], generator_state


@pytest.fixture(scope="module")
def step(tiny_model_set, inputs):
    return one_step(tiny_model_set, inputs)


def expected_crops(stylized, generator_state, distortion=0.5):
    """The patch loss's input rebuilt from the same random draws: boxes over BOX, cut, warped, resized."""
    generator = torch.Generator()
    generator.set_state(generator_state)
    boxes = sample_crop_boxes(BOX, (W, H), CROPS, PATCH, generator)
    crops = cut_crops(stylized, boxes)
    if distortion > 0:
        crops = random_perspective_batch(crops, distortion, generator, fill=0.0)
    resized = F.interpolate(crops, size=(RESIZE, RESIZE), mode="bilinear", align_corners=False, antialias=True)
    return boxes, resized


def box_crop(image):
    """The content loss's view: BOX resized to a square of the long side (bilinear, antialiased)."""
    x0, y0, x1, y1 = BOX
    return F.interpolate(image[:, :, y0:y1, x0:x1], size=(W, W), mode="bilinear", align_corners=False,
                         antialias=True)


def test_the_sources_are_the_masked_content_and_the_whole_photo(step, tiny_model_set, inputs):
    content, photo, mask = inputs
    optimizer = step[0]
    clip = tiny_model_set.clip()
    torch.testing.assert_close(optimizer.masked_source_emb, clip.encode_image(pad_to_square(content * mask)))
    torch.testing.assert_close(optimizer.photo_emb, clip.encode_image(photo))
    assert not torch.allclose(optimizer.masked_source_emb, optimizer.photo_emb, atol=1e-3)


def test_the_global_loss_sees_the_masked_stylised_output_padded_square(step, inputs):
    _, _, clip, stylized, _, _ = step
    content, _, mask = inputs
    assert len(clip.images) == 2  # one global batch, one batch of crops
    seen = clip.images[0]
    assert tuple(seen.shape) == (1, 3, W, W)
    torch.testing.assert_close(seen, pad_to_square(stylized * mask), rtol=0, atol=0)
    assert seen[..., :12, :].abs().max() == 0 and seen[..., 52:, :].abs().max() == 0  # the black padding
    assert not torch.allclose(seen, pad_to_square(content * mask))  # the output, not the content


def test_the_global_loss_measures_from_the_masked_content(step, tiny_model_set):
    optimizer, losses, clip, _, _, _ = step
    real = tiny_model_set.clip()
    expected = directional_loss(real.encode_image(clip.images[0]), optimizer.masked_source_emb,
                                optimizer.text_direction).mean()
    assert losses["direction"] == pytest.approx(float(expected), rel=1e-5)
    from_photo = directional_loss(real.encode_image(clip.images[0]), optimizer.photo_emb, optimizer.text_direction)
    assert abs(float(from_photo.mean()) - losses["direction"]) > 1e-4  # the other source gives another number


def test_the_crops_come_from_inside_the_masks_box_and_are_warped(step):
    _, _, clip, stylized, _, generator_state = step
    boxes, expected = expected_crops(stylized, generator_state)
    x0, y0, x1, y1 = BOX
    assert (boxes[:, 0] >= x0).all() and (boxes[:, 1] >= y0).all()
    assert (boxes[:, 2] <= x1).all() and (boxes[:, 3] <= y1).all()
    assert ((boxes[:, 2] - boxes[:, 0]) == PATCH[0]).all() and ((boxes[:, 3] - boxes[:, 1]) == PATCH[1]).all()
    seen = clip.images[1]
    assert tuple(seen.shape) == (CROPS, 3, RESIZE, RESIZE)
    torch.testing.assert_close(seen, expected, rtol=0, atol=1e-6)
    _, unwarped = expected_crops(stylized, generator_state, distortion=0.0)
    assert (seen - unwarped).abs().amax(dim=(1, 2, 3)).min() > 0.05  # every crop was warped


def test_crops_contain_a_box_smaller_than_the_patch(tiny_model_set, inputs):
    content, photo, mask = inputs
    small_box = (30, 16, 36, 22)  # 6 x 6, the patch is 14 x 12
    small = torch.zeros_like(mask)
    small[..., 16:22, 30:36] = 1.0
    clip = RecordingClip(tiny_model_set.clip())
    settings = settings_with("paper", num_crops=CROPS, crop_resize=RESIZE, distortion=0.0, threshold=0.0,
                             mixed_precision=False)
    torch.manual_seed(0)
    optimizer = MaskedStyleOptimizer(content, small, small_box, "cubism", clip, tiny_model_set.vgg(), settings,
                                     torch.Generator().manual_seed(0), photo=photo, patch_size=PATCH)
    stylized = []
    optimizer.net.register_forward_hook(lambda module, args, out: stylized.append(out.detach().clone()))
    state = optimizer.generator.get_state()
    clip.images.clear()
    optimizer.step()
    generator = torch.Generator()
    generator.set_state(state)
    boxes = sample_crop_boxes(small_box, (W, H), CROPS, PATCH, generator)
    assert (boxes[:, 0] <= 30).all() and (boxes[:, 1] <= 16).all() and (boxes[:, 2] >= 36).all()
    assert (boxes[:, 3] >= 22).all()
    crops = F.interpolate(cut_crops(stylized[0], boxes), size=(RESIZE, RESIZE), mode="bilinear",
                          align_corners=False, antialias=True)
    torch.testing.assert_close(clip.images[1], crops, rtol=0, atol=1e-6)


def test_the_patch_loss_measures_from_the_whole_photo(step, tiny_model_set):
    optimizer, losses, clip, _, _, _ = step
    real = tiny_model_set.clip()
    per_crop = directional_loss(real.encode_image(clip.images[1]), optimizer.photo_emb, optimizer.text_direction)
    assert losses["patch"] == pytest.approx(float(per_crop.mean()), rel=1e-5)  # threshold 0: every crop counts
    masked = directional_loss(real.encode_image(clip.images[1]), optimizer.masked_source_emb,
                              optimizer.text_direction)
    assert abs(float(masked.mean()) - losses["patch"]) > 1e-4


def test_the_threshold_setting_reaches_the_patch_loss(step, tiny_model_set, inputs):
    """Same seed, same crops; a threshold between the crops' losses zeroes the ones below it."""
    optimizer, _, clip, _, _, _ = step
    per_crop = directional_loss(tiny_model_set.clip().encode_image(clip.images[1]), optimizer.photo_emb,
                                optimizer.text_direction)
    ordered = per_crop.sort().values
    threshold = float((ordered[0] + ordered[1]) / 2)  # the lowest crop falls below it, the others do not
    _, losses, _, _, _, _ = one_step(tiny_model_set, inputs, threshold=threshold)
    expected = float(torch.where(per_crop < threshold, torch.zeros_like(per_crop), per_crop).mean())
    assert losses["patch"] == pytest.approx(expected, rel=1e-5)
    assert expected < float(per_crop.mean()) - 1e-4


def test_the_content_loss_compares_the_box_of_output_and_content(step, inputs):
    optimizer, losses, _, stylized, vgg_inputs, _ = step
    content = inputs[0]
    assert len(vgg_inputs) == 1  # the content's features were computed once, at set-up
    torch.testing.assert_close(vgg_inputs[0], box_crop(stylized), rtol=0, atol=1e-6)
    with torch.no_grad():
        ours, theirs = optimizer.vgg(box_crop(stylized)), optimizer.vgg(box_crop(content))
    expected = sum(F.mse_loss(ours[name], theirs[name]) for name in ("relu4_2", "relu5_2"))
    assert losses["content"] == pytest.approx(float(expected), rel=1e-5)
    assert losses["content"] > 0.0  # the untrained output is not the content (tiny random VGG: ~1e-9)


def test_the_tv_loss_is_on_the_masked_output(step, inputs):
    _, losses, _, stylized, _, _ = step
    x = stylized * inputs[2]
    diffs = (x[..., :, 1:] - x[..., :, :-1], x[..., 1:, :] - x[..., :-1, :], x[..., 1:, 1:] - x[..., :-1, :-1],
             x[..., 1:, :-1] - x[..., :-1, 1:])
    assert losses["tv"] == pytest.approx(sum(float(d.pow(2).sum().sqrt()) for d in diffs), rel=1e-5)


def test_the_weights_come_from_the_settings_and_drive_the_update(tiny_model_set, inputs):
    # Weights far from every preset's, each term of the total of order 1 or more (the tiny random VGG's
    # content loss is ~1e-9, hence its large weight), so a default used instead of a setting shows.
    weights = dict(lambda_direction=3.0, lambda_patch=7.0, lambda_content=1e9, lambda_tv=0.5)
    optimizer, losses, _, _, _, _ = one_step(tiny_model_set, inputs, **weights)
    terms = [3.0 * losses["direction"], 7.0 * losses["patch"], 1e9 * losses["content"], 0.5 * losses["tv"]]
    assert min(terms) > 0.1
    assert losses["total"] == pytest.approx(sum(terms), rel=1e-5)
    # Only the TV weight on: the step follows the TV gradient alone, so the TV loss goes down.
    only_tv = dict(lambda_direction=0.0, lambda_patch=0.0, lambda_content=0.0, lambda_tv=1.0, lr=1e-2)
    optimizer, first, _, _, _, _ = one_step(tiny_model_set, inputs, **only_tv)
    assert first["total"] == pytest.approx(first["tv"], rel=1e-6)
    assert optimizer.step()["tv"] < first["tv"]


def test_the_learning_rate_follows_the_step_schedule(tiny_model_set, inputs):
    content, photo, mask = inputs
    settings = settings_with("paper", num_crops=0, lr=0.01, lr_step=2, lr_gamma=0.1)
    optimizer = MaskedStyleOptimizer(content, mask, BOX, "cubism", tiny_model_set.clip(), tiny_model_set.vgg(),
                                     settings, torch.Generator().manual_seed(0), photo=photo)
    rates = [optimizer.optimizer.param_groups[0]["lr"]]
    for _ in range(5):
        optimizer.step()
        rates.append(optimizer.optimizer.param_groups[0]["lr"])
    # lr * gamma ** (steps // lr_step), read before each of steps 1..5 and after the last.
    assert rates == pytest.approx([0.01, 0.01, 0.001, 0.001, 1e-4, 1e-4])


def test_one_crop_is_enough_for_the_patch_loss(tiny_model_set, inputs):
    _, losses, clip, _, _, _ = one_step(tiny_model_set, inputs, num_crops=1)
    assert "patch" in losses and [batch.shape[0] for batch in clip.images] == [1, 1]  # global, then the crop
