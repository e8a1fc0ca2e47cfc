"""Training data: a JSON-lines manifest of (context photo, styled target, object mask, prompt) records,
and `make-data`, which builds such records (pseudo ground truth) from a photo, a region and a style.

One manifest line:
    {"context": "photo.png", "target": "photo_pixel-art.png", "mask": "photo_mask.png",
     "prompt": "make the man in pixel-art style, keep other area unchanged", "object": "man", "style": "pixel-art"}
Paths are relative to the manifest's folder. Every line is checked before training starts; an error names
the file and the line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from localstyle import storage
from localstyle.errors import FieldError, InputError
from localstyle.imageio import load_mask, load_photo, open_image, save_image
from localstyle.options import Regions, RunOptions
from localstyle.regionroute.bases import DEFAULT_GUIDANCE, to_model_image
from localstyle.regionroute.experts import style_key
from localstyle.regionroute.tokens import phrase_span

FIELDS = ("context", "target", "mask", "prompt", "object", "style")
IMAGE_FIELDS = ("context", "target", "mask")
PROMPT_PATTERN = "make the {object} in {style} style, keep other area unchanged"  # the released pattern
GLOBAL_PROMPT = "turn the whole image into {style} style"  # make-data --target global: the base edits the photo
TARGETS = ("least", "global")


@dataclass
class Record:
    context: Path
    target: Path
    mask: Path
    prompt: str
    object: str
    style: str
    line: int


def read_records(path: str | Path, style: str | None = None) -> list[Record]:
    """All records (only `style`'s when given); the first bad line is an InputError naming its number."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"training manifest not found: {path}")
    records = []
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text.strip():
            records.append(_parse_line(path, number, text))
    if not records:
        raise InputError(f"{path} has no record")
    if style is not None:
        records = [r for r in records if style_key(r.style) == style_key(style)]
        if not records:
            raise InputError(f"{path} has no record with style {style!r}")
    return records


def _parse_line(path: Path, number: int, text: str) -> Record:
    where = f"{path} line {number}"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object with {', '.join(FIELDS)}")
    missing = [f for f in FIELDS if f not in data]
    if missing:
        raise InputError(f"{where}: missing {', '.join(missing)}")
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise InputError(f"{where}: unknown field(s) {', '.join(unknown)}")
    for field in FIELDS:
        if not isinstance(data[field], str) or not data[field].strip():
            raise InputError(f"{where}: {field} must be a non-empty string")
    files = {f: (path.parent / data[f]).resolve() for f in IMAGE_FIELDS}
    for field, file in files.items():
        if not file.is_file():
            raise InputError(f"{where}: {field} file not found: {data[field]}")
    try:
        phrase_span(data["prompt"], data["style"])
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    return Record(line=number, prompt=data["prompt"], object=data["object"], style=data["style"], **files)


def load_record(record: Record, size: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(context, target) in [-1, 1] as (3, size, size), and the mask (size, size) of 0/1."""
    where = f"line {record.line}"
    context = open_image(record.context, f"{where} context").convert("RGB")
    target = open_image(record.target, f"{where} target").convert("RGB")
    mask = open_image(record.mask, f"{where} mask").convert("L")
    if context.size != target.size or context.size != mask.size:
        raise InputError(f"{where}: context, target and mask must have one size, got {context.size}, "
                         f"{target.size}, {mask.size}")
    square = (size, size)
    return (to_model_image(context.resize(square, Image.LANCZOS)),
            to_model_image(target.resize(square, Image.LANCZOS)), _mask_tensor(mask, size))


def load_record_mask(record: Record, size: int) -> torch.Tensor:
    """The record's mask alone, (size, size) of 0/1 (its images' latents are cached: regionroute.cache)."""
    return _mask_tensor(open_image(record.mask, f"line {record.line} mask").convert("L"), size)


def _mask_tensor(mask: Image.Image, size: int) -> torch.Tensor:
    return torch.from_numpy(np.asarray(mask.resize((size, size), Image.NEAREST)) > 127).float()


def blend_through_mask(photo: np.ndarray, stylised: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The paper's pseudo ground truth: a globally stylised image pasted into the photo through the mask."""
    return np.where(mask[..., None], stylised, photo)


def global_stylise(editor, image: Image.Image, style: str, size: int, steps: int = 28, seed: int = 0,
                   guidance: float | None = None) -> np.ndarray:
    """The whole photo stylised by a base editor (a loaded regionroute.bases.Base) with GLOBAL_PROMPT, at
    long side `size` (rounded to the base's multiple), back at the photo's size; RGB uint8."""
    work = editor.work_size(image.size, size)
    generator = torch.Generator("cpu").manual_seed(seed)
    with torch.no_grad():
        edited = editor.edit(image.convert("RGB").resize(work, Image.LANCZOS), GLOBAL_PROMPT.format(style=style),
                             steps, DEFAULT_GUIDANCE[editor.name] if guidance is None else guidance, generator)
    return np.asarray(edited.convert("RGB").resize(image.size, Image.LANCZOS))


def make_record(photo_path: str | Path, style: str, object_phrase: str, output_dir: str | Path, *,
                stylizer, mask=None, global_stylised=None, size: int = 512, preset: str = "fast",
                steps: int | None = None, seed: int = 0, settings: dict | None = None, progress=None,
                append: bool = True, target: str = "least", editor=None) -> dict:
    """Build one training record and append it to OUTPUT_DIR/data.jsonl (unless `append` is False: a Ray
    worker leaves that to the command, the file's one writer); returns the record.

    `stylizer` grounds and stylises through a mask (the face passes LEAST's: no method imports another).
    The region is `mask` (a path or a boolean array) or else `object_phrase` grounded and segmented. The
    styled target is, by `target`: `least`, the stylizer run on that region (every pixel
    outside the mask exact); `global`, the paper's pseudo ground truth: the whole photo stylised by the
    base editor `editor` (GLOBAL_PROMPT, `steps` steps, default 28) and blended through the mask. An
    explicit `global_stylised` image is blended the same way. Context, target and mask are brought to
    size x size."""
    photo = load_photo(photo_path)
    if not object_phrase.strip() or not style.strip():
        raise InputError("a training record needs a non-empty object and style")
    if target not in TARGETS:
        raise InputError(f"unknown target {target!r}: choose from {', '.join(TARGETS)}")
    region = _object_mask(photo, mask, f"apply {style} style to the {object_phrase}", stylizer)
    if not region.any():
        raise InputError(f"the mask of {object_phrase!r} is empty")
    if global_stylised is not None:
        stylised = np.asarray(open_image(global_stylised, "global stylised image").convert("RGB")
                              .resize(photo.size, Image.LANCZOS))
        styled = blend_through_mask(photo.rgb, stylised, region)
    elif target == "global":
        if editor is None:
            raise FieldError("target", "{field} global needs the base editor loaded")
        stylised = global_stylise(editor, photo.to_image(), style, size, 28 if steps is None else steps, seed)
        styled = blend_through_mask(photo.rgb, stylised, region)
    else:
        options = RunOptions(preset=preset, steps=steps, seed=seed, settings=dict(settings or {}))
        result = stylizer(photo, style, options, regions=Regions(masks=(region,)), progress=progress)
        styled = np.asarray(result.image.convert("RGB"))
    folder = output_dir if storage.is_url(output_dir) else Path(output_dir)
    name = stem = f"{Path(storage.name(photo_path)).stem}_{style_key(style)}"
    taken = storage.list_names(storage.join(folder, "images"))  # one listing, for a bucket as for a folder
    for number in range(2, 10_000):  # a second record of the same photo and style must not overwrite the first
        if f"{name}_context.png" not in taken:
            break
        name = f"{stem}_{number}"
    square = (size, size)
    files = {"context": f"images/{name}_context.png", "target": f"images/{name}_target.png",
             "mask": f"images/{name}_mask.png"}
    images = {"context": Image.fromarray(photo.rgb).resize(square, Image.LANCZOS),
              "target": Image.fromarray(styled).resize(square, Image.LANCZOS),
              "mask": Image.fromarray(region.astype(np.uint8) * 255, "L").resize(square, Image.NEAREST)}
    if not storage.is_url(folder):
        (folder / "images").mkdir(parents=True, exist_ok=True)
    for field, image in images.items():
        save_image(image, storage.join(folder, files[field]))
    record = {**files, "prompt": PROMPT_PATTERN.format(object=object_phrase, style=style),
              "object": object_phrase, "style": style}
    if append:
        append_record(folder, record)
    return record


def _object_mask(photo, mask, instruction: str, stylizer) -> np.ndarray:
    """The object's region: `mask` (a boolean array or a path) or else the instruction's object grounded
    and segmented by the stylizer (a dry run)."""
    if isinstance(mask, np.ndarray):
        if mask.shape != photo.rgb.shape[:2]:
            raise InputError(f"mask of shape {mask.shape} does not match the photo's {photo.rgb.shape[:2]}")
        return mask.astype(bool)
    if mask is not None:
        return load_mask(mask, photo.size)
    return stylizer(photo, instruction, RunOptions(dry_run=True)).masks[0]


def append_record(folder, record: dict) -> None:
    if storage.is_url(folder):  # an object cannot be appended to: the whole manifest is written again
        path = storage.join(folder, "data.jsonl")
        old = storage.read_many([path]).get(path, b"")
        storage.write_bytes(path, old + (json.dumps(record) + "\n").encode("utf-8"), retry=True)
        return
    with open(Path(folder) / "data.jsonl", "a", encoding="utf-8") as manifest:
        manifest.write(json.dumps(record) + "\n")
