"""Region phrase -> box: an open-vocabulary detector plus spatial words resolved over its detections.

`ground(image, "the second dog from the left", models)` splits the phrase into the object ("dog") and
one spatial cue (2nd from the left), runs the detector (Grounding DINO, or OWLv2 with role "owlv2") for
the object, and picks one detection with the cue. "all the dogs" / "every dog" / "both dogs" keep every
detection (those in one part of the image with "on the left"; a cue that picks one still picks one): the
region is then their union (`Grounding.instances`). SAM 3 (regions/sam3.py) gives its detections through the
same selection, a plural phrase ("the dogs") counting as "all". Boxes are (x0, y0, x1, y1) in pixels of the
image. Nothing above the threshold is an error that says what was seen; the whole image is never a fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import torch
from PIL import Image
from torchvision.ops import nms

from localstyle.errors import InputError, ModelError, RegionNotFoundError
from localstyle.models import ModelSet

# Detection scores mean different things per backend: OWLv2's good detections often score 0.1-0.4.
DEFAULT_BOX_THRESHOLD = {"grounding-dino": 0.3, "owlv2": 0.1, "owlvit": 0.1, "sam3": 0.5}  # SAM 3's: its own demos
NMS_IOU = 0.5  # duplicates of one object would otherwise count twice in "second from the left"
STEER_HINT = "give --box, --mask or --points"

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Detection:
    box: Box  # x0, y0, x1, y1 in pixels
    score: float
    label: str
    mask: np.ndarray | None = field(default=None, compare=False, repr=False)  # SAM 3's own (H x W bool)

    @property
    def center(self) -> tuple[float, float]:
        return (self.box[0] + self.box[2]) / 2, (self.box[1] + self.box[3]) / 2

    @property
    def area(self) -> float:
        return max(0.0, self.box[2] - self.box[0]) * max(0.0, self.box[3] - self.box[1])


@dataclass(frozen=True)
class Spatial:
    """One spatial cue. kind:
    - "rank":   the n-th detection counted from a side (`where` left/right/top/bottom); n=1 is "leftmost".
    - "side":   a detection in that part of the image (`where` left/right/top/bottom or a corner "top-left").
    - "center": the detection closest to the image centre.
    - "size":   the n-th largest / smallest (`where` largest/smallest) by box area.
    """

    kind: str
    where: str = ""
    n: int = 1
    text: str = ""  # the words as written, for messages and records


@dataclass(frozen=True)
class Grounding:
    box: Box
    score: float
    label: str
    phrase: str  # the object phrase given to the detector
    spatial: str | None  # the spatial words, as written
    candidates: tuple[Detection, ...]  # every detection above the threshold, best score first
    threshold: float = 0.0  # the score threshold used (the backend's own unless the user gave one)
    instances: tuple[Detection, ...] = ()  # the chosen ones: one, or every one ("all the X"); box is their union


# ---------------------------------------------------------------- spatial words

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "fifth": 5, "5th": 5}
_ORD = r"(?P<ord>" + "|".join(_ORDINALS) + r")"
_SIDE = r"(?P<side>left|right|top|bottom)"
_VERT = {"top": "top", "upper": "top", "bottom": "bottom", "lower": "bottom"}
_EXTREMES = {"leftmost": "left", "rightmost": "right", "topmost": "top", "uppermost": "top", "highest": "top",
             "bottommost": "bottom", "lowermost": "bottom", "lowest": "bottom"}
_PICTURE = r"(?:\s+(?:of|in)\s+the\s+(?:image|photo|picture|frame|scene))?"

# (pattern, builder) in priority order; the first match is the cue, its words are removed from the phrase.
_CUES: list[tuple[re.Pattern, Callable[[re.Match, int], "Spatial"]]] = [
    (re.compile(rf"\bfrom\s+the\s+{_SIDE}(?:\s+side|\s+edge)?{_PICTURE}\b"),
     lambda m, n: Spatial("rank", m["side"], n)),
    (re.compile(r"\b(?P<ext>(?:left|right|top|upper|bottom|lower)[\s-]?most|highest|lowest)\b"),
     lambda m, n: Spatial("rank", _EXTREMES[re.sub(r"[\s-]", "", m["ext"])], n)),
    (re.compile(r"\b(?:on|at|in|to)\s+the\s+far\s+(?P<side>left|right)\b"),
     lambda m, n: Spatial("rank", m["side"], n)),
    (re.compile(r"\b(?P<size>largest|biggest|smallest|tiniest)\b"),
     lambda m, n: Spatial("size", "largest" if m["size"] in ("largest", "biggest") else "smallest", n)),
    (re.compile(rf"\b(?:on|at|in|to)\s+the\s+(?P<v>top|upper|bottom|lower)[\s-](?P<h>left|right)"
                rf"(?:\s+(?:side|corner|part|half))?{_PICTURE}\b"),
     lambda m, n: Spatial("side", f"{_VERT[m['v']]}-{m['h']}")),
    (re.compile(rf"\b(?:on|at|in|to)\s+the\s+(?P<side>left|right|top|bottom)"
                rf"(?:\s+(?:side|corner|part|half|edge))?{_PICTURE}\b"),
     lambda m, n: Spatial("side", m["side"])),
    (re.compile(rf"\b(?:in|at)\s+the\s+(?:middle|center|centre){_PICTURE}\b|^(?:central|middle|centre|center)\b"),
     lambda m, n: Spatial("center")),
    (re.compile(r"^(?P<v>top|upper|bottom|lower)[\s-](?P<h>left|right)\b"),
     lambda m, n: Spatial("side", f"{_VERT[m['v']]}-{m['h']}")),
    (re.compile(r"^(?P<side>left|right|top|upper|bottom|lower)\b"),
     lambda m, n: Spatial("side", _VERT.get(m["side"], m["side"]))),
]
_ORD_RE = re.compile(rf"\b{_ORD}\b(?:\s+one\b)?")
_ARTICLES = re.compile(r"^(?:the|a|an)\s+|\s+(?:in|of)\s+the\s+(?:image|photo|picture)$")


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-")
    previous = None
    while previous != text:
        previous, text = text, _ARTICLES.sub("", text).strip(" ,.;:-")
    return text


def split_spatial(region: str) -> tuple[str, Spatial | None]:
    """"the second dog from the left" -> ("dog", Spatial("rank", "left", 2, "second from the left")).

    One cue per region. A lone ordinal ("the second dog") counts from the left. If removing the spatial
    words would leave no object, the whole phrase is the object and there is no cue."""
    text = _tidy(region.lower())
    ordinal = _ORD_RE.search(text)
    rest = _tidy(text[:ordinal.start()] + " " + text[ordinal.end():]) if ordinal else text
    n = _ORDINALS[ordinal["ord"]] if ordinal else 1
    for pattern, build in _CUES:
        match = pattern.search(rest)
        if match is None:
            continue
        spatial = build(match, n)
        if ordinal and spatial.kind == "side" and "-" not in spatial.where:
            spatial = Spatial("rank", spatial.where, n)  # "the second dog on the left" counts from the left
        elif ordinal and spatial.kind not in ("rank", "size"):
            continue  # "second ... in the middle" means nothing we can count; try another reading
        phrase = _tidy(rest[:match.start()] + " " + rest[match.end():])
        if not phrase:
            return text, None
        words = (ordinal.group(0) + " " if ordinal else "") + match.group(0).strip()
        return phrase, Spatial(spatial.kind, spatial.where, spatial.n, re.sub(r"\s+", " ", words))
    if ordinal and rest:
        return rest, Spatial("rank", "left", n, ordinal.group(0))
    return text, None


_EVERY = re.compile(r"^(?:all|every|each|both)(?:\s+of)?(?:\s+(?:the|these|those))?\s+(?P<rest>.+)$")
# Words after which a noun phrase's head has ended ("windows of the house", "man in a red shirt").
_AFTER_HEAD = {"of", "in", "on", "at", "with", "by", "near", "behind", "under", "above", "below", "beside", "next",
               "from", "for", "to", "inside", "outside", "along", "across", "over", "around", "between", "that",
               "which", "who", "wearing", "holding"}
_PLURALS = {"people", "men", "women", "children", "mice", "geese", "teeth", "feet", "leaves", "knives", "wolves",
            "cattle"}
_SINGULAR_S = {"canvas", "atlas", "gas", "lens", "chaos", "news", "series", "species", "bias", "christmas"}


def split_every(phrase: str) -> tuple[str, bool]:
    """"all the windows" -> ("windows", True); "every car" -> ("car", True); "the car" -> ("the car", False)."""
    match = _EVERY.match(phrase.strip().lower())
    return (match["rest"], True) if match else (phrase, False)


def is_plural(phrase: str) -> bool:
    """Whether the phrase's head noun is plural, by English spelling ("cars", "windows of the house",
    "people"; not "glass", "bus", "canvas"): what SAM 3 reads as "every instance"."""
    words = re.findall(r"[a-z']+", phrase.lower())
    head = next((i for i, word in enumerate(words) if word in _AFTER_HEAD and i > 0), len(words))
    noun = words[head - 1] if head else ""
    if noun in _PLURALS:
        return True
    return len(noun) > 2 and noun.endswith("s") and not noun.endswith(("ss", "us", "is", "'s")) and \
        noun not in _SINGULAR_S


def object_phrase(region: str) -> tuple[str, Spatial | None, bool]:
    """The region's object words for the detector, its spatial cue, and whether it asks for every instance
    ("all the dogs on the left" -> ("dogs", side left, True))."""
    phrase, spatial = split_spatial(region)
    phrase, every = split_every(phrase)
    return phrase, spatial, every


# ---------------------------------------------------------------- selection

_ORDINAL_NAMES = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def _position_key(where: str):
    """Sort key putting the detection nearest that side first (ties: higher score first)."""
    axis, sign = {"left": (0, 1), "right": (0, -1), "top": (1, 1), "bottom": (1, -1)}[where]
    return lambda d: (sign * d.center[axis], -d.score)


def _in_part(detection: Detection, where: str, image_size: tuple[int, int]) -> bool:
    (cx, cy), (width, height) = detection.center, image_size
    tests = {"left": cx < width / 2, "right": cx > width / 2, "top": cy < height / 2, "bottom": cy > height / 2}
    return all(tests[part] for part in where.split("-"))


def _nth(ranked: list[Detection], spatial: Spatial, what: str) -> Detection:
    if len(ranked) < spatial.n:
        found = f"only {len(ranked)} detection{'s' if len(ranked) != 1 else ''} found"
        raise RegionNotFoundError(f"asked for the {_ORDINAL_NAMES.get(spatial.n, spatial.n)} {what} but "
                                  f"{found}; {STEER_HINT}")
    return ranked[spatial.n - 1]


def select_detection(detections: list[Detection], spatial: Spatial | None,
                     image_size: tuple[int, int]) -> Detection:
    """Pick one detection. `image_size` is (width, height), as PIL's `Image.size`.

    - no cue: the highest score.
    - rank: sort by box centre along that side's axis, take the n-th (error if fewer than n).
    - side: the best-scoring detection whose centre lies in that half (both halves for a corner);
      if none does, the one nearest that side (or corner).
    - center: the box centre nearest the image centre.
    - size: sort by box area, take the n-th.
    Ties go to the higher score, then to the earlier detection in the list."""
    if not detections:
        raise RegionNotFoundError(f"no detections to choose from; {STEER_HINT}")
    by_score = sorted(detections, key=lambda d: -d.score)  # stable: equal scores keep list order
    if spatial is None:
        return by_score[0]
    if spatial.kind == "rank":
        return _nth(sorted(by_score, key=_position_key(spatial.where)), spatial, f"from the {spatial.where}")
    if spatial.kind == "size":
        sign = -1 if spatial.where == "largest" else 1
        return _nth(sorted(by_score, key=lambda d: sign * d.area), spatial, spatial.where)
    if spatial.kind == "center":
        cx, cy = image_size[0] / 2, image_size[1] / 2
        return min(by_score, key=lambda d: (d.center[0] - cx) ** 2 + (d.center[1] - cy) ** 2)
    if spatial.kind == "side":
        inside = [d for d in by_score if _in_part(d, spatial.where, image_size)]
        if inside:
            return inside[0]
        corner_x = 0.0 if "left" in spatial.where else image_size[0] if "right" in spatial.where else None
        corner_y = 0.0 if "top" in spatial.where else image_size[1] if "bottom" in spatial.where else None
        return min(by_score, key=lambda d: (abs(d.center[0] - corner_x) if corner_x is not None else 0.0)
                   + (abs(d.center[1] - corner_y) if corner_y is not None else 0.0))
    raise ValueError(f"unknown spatial kind {spatial.kind!r}")


def select_instances(detections: list[Detection], spatial: Spatial | None, every: bool,
                     image_size: tuple[int, int]) -> list[Detection]:
    """The detections a region takes: with `every`, all of them (best score first), or with a side cue
    those whose centre lies in that part ("all the cars on the left"); otherwise, or with a cue that picks
    one ("the leftmost cars"), the one `select_detection` picks."""
    if not every or (spatial is not None and spatial.kind != "side"):
        return [select_detection(detections, spatial, image_size)]
    chosen = sorted(detections, key=lambda d: -d.score)
    if spatial is not None:
        chosen = [d for d in chosen if _in_part(d, spatial.where, image_size)]
    if not chosen:
        raise RegionNotFoundError(f"none of the {len(detections)} detection(s) lies {spatial.text}; {STEER_HINT}")
    return chosen


# ---------------------------------------------------------------- detection

def _backend(model) -> str:
    model_type = getattr(model.config, "model_type", "")
    if model_type not in DEFAULT_BOX_THRESHOLD:
        raise ModelError(f"unsupported detector {type(model).__name__} ({model_type!r}): "
                         "use a Grounding DINO or OWLv2 checkpoint")
    return model_type


def _clean_label(label: str, phrase: str) -> str:
    label = re.sub(r"\[(?:SEP|CLS|PAD)\]", " ", label).replace(" .", "").strip(" .")
    return re.sub(r"\s+", " ", label) or phrase


def _raw_detections(image: Image.Image, phrase: str, models: ModelSet, role: str,
                    text_threshold: float) -> tuple[list[Detection], str]:
    """Every box the detector proposes for `phrase` (no score threshold), clamped to the image."""
    model, processor = models.detector(role)
    backend = _backend(model)
    image = image.convert("RGB")
    width, height = image.size
    if backend == "grounding-dino":
        text = phrase.lower().strip().rstrip(".") + "."  # Grounding DINO's convention for a query
        inputs = processor(images=image, text=text, return_tensors="pt").to(models.device)
    else:
        text = [[f"a photo of a {phrase}"]]
        max_length = model.config.text_config.max_position_embeddings
        inputs = processor(images=image, text=text, return_tensors="pt", padding="max_length",
                           truncation=True, max_length=max_length).to(models.device)
    with torch.no_grad():
        outputs = model(**inputs)
    if backend == "grounding-dino":
        result = processor.post_process_grounded_object_detection(
            outputs, inputs["input_ids"], threshold=0.0, text_threshold=text_threshold,
            target_sizes=[(height, width)])[0]
        labels = [_clean_label(label, phrase) for label in result["text_labels"]]
    else:
        result = processor.post_process_grounded_object_detection(
            outputs, threshold=0.0, target_sizes=[(height, width)], text_labels=[[phrase]])[0]
        labels = list(result["text_labels"])
    detections = []
    for box, score, label in zip(result["boxes"].float().cpu().tolist(), result["scores"].float().cpu().tolist(),
                                 labels):
        x0, x1 = (min(max(v, 0.0), float(width)) for v in (box[0], box[2]))
        y0, y1 = (min(max(v, 0.0), float(height)) for v in (box[1], box[3]))
        if x1 > x0 and y1 > y0:
            detections.append(Detection((x0, y0, x1, y1), float(score), label))
    detections.sort(key=lambda d: -d.score)
    return detections, backend


def _suppress_duplicates(detections: list[Detection]) -> list[Detection]:
    if len(detections) < 2:
        return detections

    boxes = torch.tensor([d.box for d in detections], dtype=torch.float32)
    scores = torch.tensor([d.score for d in detections], dtype=torch.float32)
    keep = nms(boxes, scores, NMS_IOU).tolist()
    return [detections[i] for i in sorted(keep)]


def _above(detections: list[Detection], threshold: float) -> list[Detection]:
    return _suppress_duplicates([d for d in detections if d.score > threshold])


def score_threshold(backend: str, box_threshold: float | None) -> float:
    """The score threshold a backend uses: the user's, else its own default (DEFAULT_BOX_THRESHOLD)."""
    threshold = DEFAULT_BOX_THRESHOLD[backend] if box_threshold is None else float(box_threshold)
    if not 0.0 <= threshold <= 1.0:
        raise InputError(f"box threshold must lie between 0 and 1, got {threshold:g}")
    return threshold


def detect(image: Image.Image, phrase: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> list[Detection]:
    """Detections of `phrase` scoring above `box_threshold` (default 0.3 for Grounding DINO, 0.1 for
    OWLv2), overlapping duplicates removed, best score first, boxes clamped to the image."""
    if not phrase.strip():
        raise InputError("empty region phrase: name the object to stylise")
    detections, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return _above(detections, score_threshold(backend, box_threshold))


def ground(image: Image.Image, region: str, models: ModelSet, role: str = "detector",
           box_threshold: float | None = None, text_threshold: float = 0.25) -> Grounding:
    """Region phrase -> its box: split the spatial (and "all the") words off, detect the object, select
    with the cue."""
    phrase, _, _ = object_phrase(region)
    if not phrase:
        raise InputError("empty region phrase: name the object to stylise")
    raw, backend = _raw_detections(image, phrase, models, role, text_threshold)
    return choose_region(raw, region, score_threshold(backend, box_threshold), image.size)


def choose_region(raw: list[Detection], region: str, threshold: float, image_size: tuple[int, int],
                  plural_means_every: bool = False) -> Grounding:
    """The region's box among the detector's raw detections of its object: those scoring above
    `threshold`, duplicates of one object merged (so they cannot count twice in an ordinal), then the
    spatial cue of `region` applied; "all the X" keeps every one (`select_instances`), as does a plural
    phrase when `plural_means_every` (SAM 3). `image_size` is (width, height)."""
    phrase, spatial, every = object_phrase(region)
    every = every or (plural_means_every and is_plural(phrase))
    candidates = _above(raw, threshold)
    if not candidates:
        best = f"best detection score {max(d.score for d in raw):.2f}" if raw else "no detections"
        raise RegionNotFoundError(f'no "{phrase}" found in the image ({best}, threshold {threshold:.2f}); '
                                  f'{STEER_HINT}')
    try:
        chosen = select_instances(candidates, spatial, every, image_size)
    except RegionNotFoundError as exc:
        raise RegionNotFoundError(f'"{region.strip()}": {exc}') from None
    box = (min(d.box[0] for d in chosen), min(d.box[1] for d in chosen), max(d.box[2] for d in chosen),
           max(d.box[3] for d in chosen))
    return Grounding(box=box, score=chosen[0].score, label=chosen[0].label, phrase=phrase,
                     spatial=spatial.text if spatial else None, candidates=tuple(candidates), threshold=threshold,
                     instances=tuple(chosen))
