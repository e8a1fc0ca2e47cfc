"""A style picture's target direction, recomputed here from the tiny CLIP with the formula of
docs/how-it-works.md written out by hand: the fixed views (whole square, four corners and the centre at 3/4
of the side, each mirrored), the mean of their unit image embeddings, the picture against the photo, and the
weighted mix with the text direction."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PIL import Image

from localstyle.errors import FieldError
from localstyle.least.optimise import MaskedStyleOptimizer, settings_with
from localstyle.least.prompts import PROMPT_TEMPLATES
from localstyle.least.targets import PictureStyle, check_mix, picture_direction, style_target
from localstyle.regions.instruction import Edit
from localstyle.style_picture import StylePicture

SIDE = 48  # the photo's square side (the reference frame); crops of 36 at offsets 0, 12 and 6


@pytest.fixture(scope="module")
def picture_and_photo():
    rng = np.random.default_rng(3)
    picture = StylePicture(rng.integers(0, 256, (30, 50, 3), dtype=np.uint8), "painting.png")
    photo = torch.from_numpy(rng.random((1, 3, SIDE, SIDE), dtype=np.float32))
    return picture, photo


def view_mean(clip, square):
    """The mean over the 12 views of E_I(view) (unit embeddings), the views cut by hand."""
    crop, far = 36, 12
    views = [square] + [square[..., y:y + crop, x:x + crop] for y, x in ((0, 0), (0, far), (far, 0), (far, far),
                                                                         (6, 6))]
    views += [view.flip(-1) for view in views]
    return torch.cat([clip.encode_image(view) for view in views]).mean(dim=0, keepdim=True)


def by_hand_embedding(clip, square):
    return F.normalize(view_mean(clip, square), dim=-1)


def by_hand_square(rgb, side):
    """The picture squashed to side x side: Pillow's bicubic per channel in float, clipped to [0, 1]."""
    unit = rgb.astype(np.float32) / 255.0
    channels = [np.asarray(Image.fromarray(np.ascontiguousarray(unit[..., c])).resize((side, side), Image.BICUBIC))
                for c in range(3)]
    return torch.from_numpy(np.clip(np.stack(channels), 0, 1))[None]


def by_hand_text_direction(clip, style):
    def embedding(text):
        raw = clip.encode_text([template.format(text) for template in PROMPT_TEMPLATES])
        return F.normalize(raw.mean(dim=0, keepdim=True), dim=-1)

    return F.normalize(embedding(style) - embedding("a Photo"), dim=-1)


def test_the_picture_direction_is_the_hand_computed_one(tiny_model_set, picture_and_photo):
    clip, (picture, photo) = tiny_model_set.clip(), picture_and_photo
    expected = F.normalize(by_hand_embedding(clip, by_hand_square(picture.rgb, SIDE))
                           - by_hand_embedding(clip, photo), dim=-1)
    got = picture_direction(clip, picture, photo)
    torch.testing.assert_close(got, expected, atol=1e-5, rtol=1e-5)
    target, record = style_target(clip, "cubism", "a Photo", photo, PictureStyle(picture, 1.0))
    torch.testing.assert_close(target, expected, atol=1e-5, rtol=1e-5)
    assert record == {"source": "painting.png", "size": [50, 30], "weight": 1.0, "views": 12, "view_scale": 0.75}


def test_a_weight_below_one_mixes_the_text_direction_in(tiny_model_set, picture_and_photo):
    clip, (picture, photo) = tiny_model_set.clip(), picture_and_photo
    text = by_hand_text_direction(clip, "cubism")
    image = F.normalize(by_hand_embedding(clip, by_hand_square(picture.rgb, SIDE))
                        - by_hand_embedding(clip, photo), dim=-1)
    target, record = style_target(clip, "cubism", "a Photo", photo, PictureStyle(picture, 0.25))
    torch.testing.assert_close(target, F.normalize(0.75 * text + 0.25 * image, dim=-1), atol=1e-5, rtol=1e-5)
    assert record["weight"] == 0.25 and record["text_cosine"] == pytest.approx(float((text * image).sum()), abs=1e-5)


def test_keyframes_share_one_source_the_mean_of_every_views_embedding(tiny_model_set, picture_and_photo):
    clip, (picture, photo) = tiny_model_set.clip(), picture_and_photo
    other = photo.flip(-2)
    # the mean of all 24 unit embeddings: each photo has 12 views, so it is the mean of the two means
    source = F.normalize((view_mean(clip, photo) + view_mean(clip, other)) / 2, dim=-1)
    style = by_hand_embedding(clip, by_hand_square(picture.rgb, SIDE))
    got = picture_direction(clip, picture, torch.cat([photo, other]))
    torch.testing.assert_close(got, F.normalize(style - source, dim=-1), atol=1e-5, rtol=1e-5)


def test_without_a_picture_the_optimiser_gets_the_style_text_and_with_one_the_direction(tiny_model_set,
                                                                                        picture_and_photo):
    clip, (picture, photo) = tiny_model_set.clip(), picture_and_photo
    assert style_target(clip, "cubism", "a Photo", photo, None) == ("cubism", {})
    direction, _ = style_target(clip, "cubism", "a Photo", photo, PictureStyle(picture))
    content, mask = torch.rand(1, 3, 32, 32), torch.ones(1, 1, 32, 32)
    settings = settings_with("fast", num_crops=1, crop_resize=32, mixed_precision=False)
    optimizer = MaskedStyleOptimizer(content, mask, (0, 0, 32, 32), direction, clip, tiny_model_set.vgg(), settings,
                                     torch.Generator().manual_seed(0))
    assert torch.equal(optimizer.text_direction, direction)  # both losses steer along it


def test_a_mix_needs_style_words_in_every_edit():
    picture = StylePicture(np.zeros((16, 16, 3), np.uint8), "p.png")
    check_mix([Edit("cat", "")], PictureStyle(picture, 1.0))  # the picture alone: no words needed
    check_mix([Edit("cat", "cubism")], PictureStyle(picture, 0.5))
    with pytest.raises(FieldError, match='"cat" has none') as caught:
        check_mix([Edit("sky", "cubism"), Edit("cat", "")], PictureStyle(picture, 0.5))
    assert caught.value.field == "style_image_weight"
