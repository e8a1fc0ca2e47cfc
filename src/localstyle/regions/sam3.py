"""SAM 3 as the grounding backend (`--detector sam3`): a text phrase in, every instance that matches it out,
each with its box, score and its own mask (transformers `Sam3Model`, promptable concept segmentation).

The detections then go through the same selection as a detector's (`grounding.choose_region`: duplicates
merged, spatial words, "all the X"), and their masks are used as they are, without SAM.
"""

from __future__ import annotations

import torch
from PIL import Image

from localstyle.errors import InputError
from localstyle.models import ModelSet
from localstyle.regions.grounding import Detection, Grounding, choose_region, object_phrase, score_threshold

MASK_THRESHOLD = 0.5  # SAM 3's own: a pixel is in an instance where its mask probability exceeds this


def sam3_detections(image: Image.Image, phrase: str, models: ModelSet, threshold: float) -> list[Detection]:
    """Every query's box and score (best first, boxes clamped to the image); those scoring above
    `threshold` also carry their mask (H x W bool at the image's size). Masks are made only for those: a
    query's mask at a photo's full size is a megapixel-sized array, and the real model has 200 queries."""
    model, processor = models.sam3()
    image = image.convert("RGB")
    width, height = image.size
    inputs = processor(images=image, text=phrase, return_tensors="pt").to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    sizes = [(height, width)]
    every = processor.post_process_object_detection(outputs, threshold=-1.0, target_sizes=sizes)[0]
    kept = processor.post_process_instance_segmentation(outputs, threshold=threshold, mask_threshold=MASK_THRESHOLD,
                                                        target_sizes=sizes)[0]
    masks = iter(kept["masks"].cpu().numpy().astype(bool))  # in query order, as `every` is
    detections = []
    for box, score in zip(every["boxes"].float().cpu().tolist(), every["scores"].float().cpu().tolist()):
        mask = next(masks) if score > threshold else None
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), phrase, mask))
    return sorted(detections, key=lambda d: -d.score)


def ground_sam3(image: Image.Image, region: str, models: ModelSet, box_threshold: float | None = None) -> Grounding:
    """Region phrase -> its instances with SAM 3: the object words prompt SAM 3, its detections go through
    `choose_region` (a plural phrase keeps every instance, as "all the X" does), each keeping its mask."""
    phrase, _, _ = object_phrase(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    threshold = score_threshold("sam3", box_threshold)
    raw = sam3_detections(image, phrase, models, threshold)
    return choose_region(raw, region, threshold, image.size, plural_means_every=True)
