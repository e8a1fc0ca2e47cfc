"""Objects with masks from a COCO-format instances file (polygons or RLE), for RegionRoute training data.

    localstyle regionroute coco-data instances.json --images DIR --style pixel-art -o DATA [--count 150]

The paper trained on 150 objects with masks from COCO (Grounded-COCO). Selection is deterministic: images
in id order, at most one object per image (its largest annotation that passes the filters: a wanted
category, not a crowd region, an area between `min_area` and `max_area` of the image), until `count`
objects. Each object's mask is written as a PNG; the records are then made as by make-data.
"""

from __future__ import annotations

import contextlib
import io
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from localstyle.errors import InputError


@dataclass
class CocoObject:
    image: Path
    annotation_id: int
    category: str
    mask: np.ndarray  # (H, W) bool
    area_fraction: float


def load_instances(path: str | Path):
    """A pycocotools COCO index of `path`; a clear error for a missing or malformed file."""
    try:
        from pycocotools.coco import COCO
    except ImportError:
        raise InputError("reading COCO files needs pycocotools: pip install 'localstyle[regionroute]'") from None

    path = Path(path)
    if not path.is_file():
        raise InputError(f"COCO instances file not found: {path}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path} is not a readable JSON file: {exc}") from None
    missing = [k for k in ("images", "annotations", "categories") if k not in data]
    if not isinstance(data, dict) or missing:
        raise InputError(f"{path} is not a COCO instances file: missing {', '.join(missing) or 'an object'}")
    coco = COCO()
    coco.dataset = data
    with contextlib.redirect_stdout(io.StringIO()):  # pycocotools prints progress
        coco.createIndex()
    return coco


def select_objects(instances: str | Path, images_dir: str | Path, categories: list[str] | None = None,
                   min_area: float = 0.02, max_area: float = 0.8, count: int = 150) -> list[CocoObject]:
    """At most `count` objects, one per image, as described in the module docstring."""
    if not 0 <= min_area <= max_area <= 1:
        raise InputError(f"need 0 <= min_area <= max_area <= 1, got {min_area} and {max_area}")
    if count < 1:
        raise InputError(f"count must be at least 1, got {count}")
    coco = load_instances(instances)
    names = {c["id"]: c["name"] for c in coco.dataset["categories"]}
    if categories:
        unknown = sorted(set(categories) - set(names.values()))
        if unknown:
            raise InputError(f"unknown COCO categor{'y' if len(unknown) == 1 else 'ies'} {', '.join(unknown)}: "
                             f"the file has {', '.join(sorted(set(names.values())))}")
    wanted = {i for i, n in names.items() if not categories or n in categories}
    chosen = []
    for image_id in sorted(coco.imgs):
        info = coco.imgs[image_id]
        total = info["height"] * info["width"]
        candidates = [a for a in coco.imgToAnns.get(image_id, []) if a["category_id"] in wanted
                      and not a.get("iscrowd", 0)]
        best = None
        for annotation in candidates:
            mask = coco.annToMask(annotation).astype(bool)  # polygons and RLE alike
            fraction = mask.sum() / total
            if min_area <= fraction <= max_area and (best is None or fraction > best.area_fraction):
                best = CocoObject(Path(images_dir) / info["file_name"], annotation["id"],
                                  names[annotation["category_id"]], mask, float(fraction))
        if best is not None:
            if not best.image.is_file():
                raise InputError(f"image {info['file_name']} of the COCO file is not in {images_dir}")
            chosen.append(best)
            if len(chosen) == count:
                break
    if not chosen:
        raise InputError("no COCO object passes the filters (categories, min_area, max_area)")
    return chosen
