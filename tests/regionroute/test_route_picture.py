"""RegionRoute with a style picture: routed to its adapters by CLIP image-text similarity, the weights
recomputed here by hand from the tiny CLIP (softmax of the cosines over the temperature), recorded, and the
prompt naming the style of the adapter weighed most."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PIL import Image

from localstyle import RunOptions
from localstyle.errors import FieldError
from localstyle.regionroute import experts
from localstyle.regionroute.editor import RegionRoute
from localstyle.style_picture import StylePicture, picture_embedding


@pytest.fixture(scope="module")
def models_with_clip(tiny_bases, tiny_models, tmp_path_factory):
    """The tiny Kontext and the tiny CLIP (the router's image and text towers) in one models file."""
    path = tmp_path_factory.mktemp("route-picture") / "models.toml"
    path.write_text(f'kontext = "{tiny_bases.parent / "kontext"}"\nclip = "{tiny_models.parent / "clip"}"\n')
    return path


@pytest.fixture(scope="module")
def picture():
    rng = np.random.default_rng(4)
    return StylePicture(rng.integers(0, 256, (40, 56, 3), dtype=np.uint8), "painting.png")


def by_hand_weights(clip, picture, styles, temperature):
    image = picture_embedding(clip, picture)
    texts = F.normalize(clip.encode_text(styles).float(), dim=-1)
    cosines = (image @ texts.T)[0]
    return (cosines / temperature).softmax(dim=0), cosines


def test_route_picture_is_the_softmax_of_image_text_cosines(tiny_model_set, picture):
    clip, styles = tiny_model_set.clip(), {"pixel-art": "pixel art", "cubism": "cubism", "ink": "ink wash"}
    expected, cosines = by_hand_weights(clip, picture, list(styles.values()), 0.05)
    weights, similarity = experts.route_picture(clip, picture_embedding(clip, picture), styles, 0.05)
    torch.testing.assert_close(torch.tensor(list(weights.values())), expected, atol=1e-6, rtol=1e-5)
    torch.testing.assert_close(torch.tensor(list(similarity.values())), cosines, atol=1e-6, rtol=1e-5)
    kept, _ = experts.route_picture(clip, picture_embedding(clip, picture), styles, 0.05, top_k=1)
    assert sorted(kept.values()) == [0.0, 0.0, 1.0] and max(kept, key=kept.get) == list(styles)[int(expected.argmax())]


def test_an_edit_with_a_picture_is_routed_by_it_and_records_it(make_expert, models_with_clip, picture, tmp_path):
    make_expert(tmp_path, "pixel-art", 1)
    make_expert(tmp_path, "cubism", 2)
    editor = RegionRoute(models_with_clip, RunOptions(method="regionroute", adapters=str(tmp_path)), device="cpu")
    photo = Image.new("RGB", (32, 32), (120, 60, 30))
    options = RunOptions(method="regionroute", steps=2, resolution=64, temperature=0.02, style_image=picture)
    result = editor(photo, "the man", options)
    [edit] = result.record["edits"]
    expected, cosines = by_hand_weights(editor.models.clip(), picture, list(editor.experts.values()), 0.02)
    assert list(edit["routing"]) == list(editor.experts)
    torch.testing.assert_close(torch.tensor(list(edit["routing"].values())), expected, atol=1e-6, rtol=1e-5)
    heaviest = editor.experts[list(editor.experts)[int(expected.argmax())]]
    assert (edit["region"], edit["style"], edit["routed_by"]) == ("man", "", "style_image")
    assert edit["prompt"] == f"make the man in {heaviest} style, keep other area unchanged"
    assert edit["style_image"] == {"source": "painting.png", "size": [56, 40]}
    assert edit["similarity"] == pytest.approx(dict(zip(editor.experts, cosines.tolist())), abs=1e-6)
    by_text = editor(photo, "make the man in cubism style", options.replace(style_image=None))
    assert "routed_by" not in by_text.record["edits"][0]


def test_a_weight_is_leasts_and_refused_here(picture, tmp_path):
    with pytest.raises(FieldError, match="routes by the style picture alone"):
        RegionRoute.check(RunOptions(method="regionroute", adapters=str(tmp_path), style_image=picture,
                                     style_image_weight=0.5).checked(), None, "the man")
