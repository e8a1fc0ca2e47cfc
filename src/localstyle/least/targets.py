"""The direction LEAST's global and patch losses steer along, computed once before the loop: the style's
text direction (the paper's, computed by the optimiser from the style text as ever), or, with a style
picture (localstyle's extension, not in the paper), the picture's CLIP image direction, alone or mixed
with the text direction:

    P(x)   = normalize(mean over the 12 fixed views v of E_I(v(x)))         (style_picture.view_embedding)
    d_I    = normalize(P(style picture) - P(photo))                         (the photo: the whole, unmasked
                                                                             photo squashed to a square, the
                                                                             patches' direction source)
    t      = normalize(E_T(style) - E_T("a Photo"))                         (least.prompts.text_direction)
    target = d_I                                      when w = 1
             normalize((1 - w) * t + w * d_I)         when w < 1 (w: style_image_weight)

"a Photo" is the text side's description of the content; its image-side counterpart is the photo itself,
seen through the same views as the picture (as "a Photo" goes through the same templates as the style).
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F

from localstyle.errors import FieldError
from localstyle.least.prompts import text_direction
from localstyle.options import RunOptions
from localstyle.regions.instruction import Edit
from localstyle.style_picture import VIEW_SCALE, StylePicture, load_style_picture, view_embedding, views


@dataclass(frozen=True)
class PictureStyle:
    """A style picture and its share `weight` of the target direction (options.least.style_image_weight)."""

    picture: StylePicture
    weight: float = 1.0


def picture_style(options: RunOptions) -> PictureStyle | None:
    """The run's style picture (`style_image`, read now: a bad one fails before any model loads) and weight."""
    if options.style_image is None:
        return None
    return PictureStyle(load_style_picture(options.style_image), options.least.style_image_weight)


def picture_direction(clip, picture: StylePicture, photos: torch.Tensor) -> torch.Tensor:
    """1 x D: d_I = normalize(P(picture) - P(photos)); `photos` N x 3 x S x S (a clip's keyframes: their views
    averaged together), the picture squashed to the same S x S."""
    source = view_embedding(clip, photos)
    style = view_embedding(clip, picture.square(photos.shape[-1], photos.device))
    return F.normalize(style - source, dim=-1)


def style_target(clip, style: str, source_text: str, photos: torch.Tensor,
                 picture: PictureStyle | None) -> tuple[str | torch.Tensor, dict]:
    """What `least.optimise` steers toward: the style text itself when there is no picture (the optimiser
    then computes its text direction, exactly as without this module), else the target direction above;
    and what the record says of it."""
    if picture is None:
        return style, {}
    direction = picture_direction(clip, picture.picture, photos)
    record = {**picture.picture.record(), "weight": picture.weight, "views": sum(len(v) for v in views(photos[:1])),
              "view_scale": VIEW_SCALE}
    if picture.weight < 1.0:
        text = text_direction(clip, style, source_text)
        record["text_cosine"] = round(float((text * direction).sum()), 6)
        direction = F.normalize((1.0 - picture.weight) * text + picture.weight * direction, dim=-1)
    return direction, record


def check_mix(edits: list[Edit], picture: PictureStyle | None) -> None:
    """A weight below 1 mixes the picture with each edit's style words: every edit must have some."""
    if picture is None or picture.weight >= 1.0:
        return
    bare = [edit.region.replace("{", "{{").replace("}", "}}") for edit in edits if not edit.style]
    if bare:
        raise FieldError("style_image_weight", f"{{field}} {picture.weight:g} mixes the style picture with the "
                         f"instruction's style words, but \"{bare[0]}\" has none: name a style too (\"apply "
                         "cubism style to ...\"), or leave {field} at 1")
