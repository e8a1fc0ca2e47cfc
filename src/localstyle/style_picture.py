"""A style given by a picture (a painting, a photo of a texture) instead of words, for both methods: read
once (`load_style_picture`), and embedded by CLIP's image tower averaged over fixed views of it
(`view_embedding`), as the text path embeds a style averaged over its 79 prompt templates.

LEAST steers along the picture's image direction (`least/targets.py`), RegionRoute routes the picture to its
adapters by image-text similarity (`regionroute.experts.route_picture`). docs/how-it-works.md has the formulas.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image, ImageOps

from localstyle import storage
from localstyle.errors import FieldError, InputError
from localstyle.imageio import open_image
from localstyle.photo import as_float_rgb, resize_float_rgb

MIN_SIDE = 16  # smaller shows no style to speak of
# The views a picture is embedded through: the whole square, its four corners and its centre at this share
# of the side, and each of those mirrored left to right (12 views). Fixed, like the text path's templates, so
# the same picture always gives the same embedding, and the content photo gets exactly the same views.
VIEW_SCALE = 0.75


@dataclass(frozen=True)
class StylePicture:
    """A style picture as read: `rgb` H x W x 3 uint8 and where it came from (a path, URL or "picture")."""

    rgb: np.ndarray
    source: str

    def square(self, side: int, device: torch.device | str = "cpu") -> torch.Tensor:
        """1 x 3 x side x side in [0, 1]: the picture squashed to a square (bicubic, antialiased), as the
        content photo is squashed for the patches' direction source."""
        unit = resize_float_rgb(as_float_rgb(self.rgb), (side, side), Image.BICUBIC)
        return torch.from_numpy(np.ascontiguousarray(unit)).permute(2, 0, 1)[None].to(device)

    def record(self) -> dict:
        height, width = self.rgb.shape[:2]
        return {"source": self.source, "size": [width, height]}


def load_style_picture(source: str | os.PathLike | Image.Image | StylePicture, name: str | None = None) -> StylePicture:
    """A path, URL or PIL image read as RGB (EXIF orientation applied, transparency dropped), recorded as
    `name` (default: the path or URL, "picture" for an image); every problem is one `FieldError` naming
    `style_image` (the CLI says --style-image)."""
    if isinstance(source, StylePicture):
        return source
    try:
        image = open_image(source, what="style picture")
        image = ImageOps.exif_transpose(image).convert("RGB")
    except InputError as exc:
        raise FieldError("style_image", "{field}: " + str(exc).replace("{", "{{").replace("}", "}}")) from None
    except (OSError, ValueError) as exc:  # EXIF or mode conversion of a broken file
        raise FieldError("style_image", f"{{field}}: the style picture could not be read ({type(exc).__name__})") \
            from None
    if min(image.size) < MIN_SIDE:
        raise FieldError("style_image", f"{{field}}: the style picture is {image.width}x{image.height}; give one of "
                         f"at least {MIN_SIDE}x{MIN_SIDE} pixels")
    shown = name or ("picture" if isinstance(source, Image.Image) else storage.display(source))
    return StylePicture(np.asarray(image).copy(), str(shown))


def views(images: torch.Tensor) -> list[torch.Tensor]:
    """The fixed views of N x 3 x S x S images, as two batches: the whole images (N) and their corner and
    centre crops at `VIEW_SCALE` of the side (5N), each followed by its mirror image."""
    side = images.shape[-1]
    crop = max(1, round(side * VIEW_SCALE))
    far = side - crop
    starts = [(0, 0), (0, far), (far, 0), (far, far), (far // 2, far // 2)]  # (y, x)
    crops = torch.cat([images[..., y:y + crop, x:x + crop] for y, x in starts])
    return [torch.cat([batch, batch.flip(-1)]) for batch in (images, crops)]


@torch.no_grad()
def view_embedding(clip, images: torch.Tensor) -> torch.Tensor:
    """1 x D: the mean of CLIP's unit image embeddings (`ClipEncoder.encode_image`) over every view of
    every image in `images` (N x 3 x S x S in [0, 1]), L2-normalised."""
    embeddings = torch.cat([clip.encode_image(batch.float()) for batch in views(images)])
    return F.normalize(embeddings.float().mean(dim=0, keepdim=True), dim=-1)


def picture_embedding(clip, picture: StylePicture) -> torch.Tensor:
    """1 x D: `view_embedding` of the picture alone, squashed to the side whose crops are CLIP's input size
    (RegionRoute's routing; LEAST squashes it to its photo's side instead, see least/targets.py)."""
    side = round(clip.image_size / VIEW_SCALE)
    return view_embedding(clip, picture.square(side, clip.device))
