"""The CLIPstyler text side: prompt templates, text embeddings and the text direction.

CLIPstyler (and so LEAST) embeds a style text through CLIP's 80 ImageNet prompt templates less
"a photo of many {}." (79 in all), averages the RAW embeddings and L2-normalises the mean.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import torch
import torch.nn.functional as F

from localstyle.least.presets import SOURCE_TEXT

if TYPE_CHECKING:  # pragma: no cover
    from localstyle.models import ClipEncoder


PROMPT_TEMPLATES = (
    "a bad photo of a {}.",
    "a sculpture of a {}.",
    "a photo of the hard to see {}.",
    "a low resolution photo of the {}.",
    "a rendering of a {}.",
    "graffiti of a {}.",
    "a bad photo of the {}.",
    "a cropped photo of the {}.",
    "a tattoo of a {}.",
    "the embroidered {}.",
    "a photo of a hard to see {}.",
    "a bright photo of a {}.",
    "a photo of a clean {}.",
    "a photo of a dirty {}.",
    "a dark photo of the {}.",
    "a drawing of a {}.",
    "a photo of my {}.",
    "the plastic {}.",
    "a photo of the cool {}.",
    "a close-up photo of a {}.",
    "a black and white photo of the {}.",
    "a painting of the {}.",
    "a painting of a {}.",
    "a pixelated photo of the {}.",
    "a sculpture of the {}.",
    "a bright photo of the {}.",
    "a cropped photo of a {}.",
    "a plastic {}.",
    "a photo of the dirty {}.",
    "a jpeg corrupted photo of a {}.",
    "a blurry photo of the {}.",
    "a photo of the {}.",
    "a good photo of the {}.",
    "a rendering of the {}.",
    "a {} in a video game.",
    "a photo of one {}.",
    "a doodle of a {}.",
    "a close-up photo of the {}.",
    "a photo of a {}.",
    "the origami {}.",
    "the {} in a video game.",
    "a sketch of a {}.",
    "a doodle of the {}.",
    "a origami {}.",
    "a low resolution photo of a {}.",
    "the toy {}.",
    "a rendition of the {}.",
    "a photo of the clean {}.",
    "a photo of a large {}.",
    "a rendition of a {}.",
    "a photo of a nice {}.",
    "a photo of a weird {}.",
    "a blurry photo of a {}.",
    "a cartoon {}.",
    "art of a {}.",
    "a sketch of the {}.",
    "a embroidered {}.",
    "a pixelated photo of a {}.",
    "itap of the {}.",
    "a jpeg corrupted photo of the {}.",
    "a good photo of a {}.",
    "a plushie {}.",
    "a photo of the nice {}.",
    "a photo of the small {}.",
    "a photo of the weird {}.",
    "the cartoon {}.",
    "art of the {}.",
    "a drawing of the {}.",
    "a photo of the large {}.",
    "a black and white photo of a {}.",
    "the plushie {}.",
    "a dark photo of a {}.",
    "itap of a {}.",
    "graffiti of the {}.",
    "a toy {}.",
    "itap of my {}.",
    "a photo of a cool {}.",
    "a photo of a small {}.",
    "a tattoo of the {}.",
)


def templated(text: str) -> list[str]:
    """The style (or source) text put into every template."""
    return [template.format(text) for template in PROMPT_TEMPLATES]


def text_embedding(clip: ClipEncoder, texts: list[str]) -> torch.Tensor:
    """``1 x D``: the raw CLIP text embeddings of ``texts`` averaged, then L2-normalised (CLIPstyler's
    order; normalising each before averaging would weigh the templates differently). With one text
    this is simply its normalised embedding. The losses and the metrics all embed text through here."""
    raw = clip.encode_text(list(texts)).float()
    return F.normalize(raw.mean(dim=0, keepdim=True), dim=-1)


def text_direction(clip: ClipEncoder, style: str, source: str = SOURCE_TEXT) -> torch.Tensor:
    """``t = normalize(E_T(style) - E_T(source))``, each side :func:`text_embedding` of the 79 templates."""
    difference = text_embedding(clip, templated(style)) - text_embedding(clip, templated(source))
    return F.normalize(difference, dim=-1)
