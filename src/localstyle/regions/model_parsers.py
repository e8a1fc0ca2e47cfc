"""Instruction parsers that use a model: a chat language model asked for JSON, and the paper's LLaVA
prompt (one box and a quoted style). Both return the same `Edit`s, cleaned like the rule parser's."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

import torch
import transformers

from localstyle.errors import InstructionError, ModelError
from localstyle.regions.instruction import (
    FORMS_THAT_WORK,
    Edit,
    _mask_quoted,
    _normalise_quotes_and_spaces,
    clean_region,
    clean_style,
    parse_instruction,
)

if TYPE_CHECKING:  # PIL is only needed by callers of the LLaVA path
    from PIL import Image

# ---------------------------------------------------------------------------------------------
# Language-model parser
# ---------------------------------------------------------------------------------------------

LANGUAGE_MODEL_PROMPT = (
    "Read the image-editing instruction below and list the edits it asks for. Reply with only a "
    'JSON array, one object per edit, like [{{"region": "building", "style": "cubism"}}]. '
    '"region" is the object or area of the photo to change; "style" is the look to give it.\n'
    "Instruction: {instruction}"
)
_MAX_NEW_TOKENS = 200


def _one_line_start(reply: str, length: int = 80) -> str:
    return " ".join(reply.split())[:length]


def _first_json_array_of_objects(reply: str) -> list[dict] | None:
    """The first non-empty JSON array of objects anywhere in the reply.

    Prose, code fences and other arrays around it ("see [1]") are skipped.
    """
    decoder = json.JSONDecoder()
    for position in (m.start() for m in re.finditer(r"\[", reply)):
        try:
            value, _ = decoder.raw_decode(reply, position)
        except json.JSONDecodeError:
            continue
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            return value
    return None


def edits_from_json_reply(reply: str) -> list[Edit]:
    """Validate a language model's reply: a JSON array of {"region": ..., "style": ...} objects.

    Each string gets the same cleaning as the rule parser. Raises `InstructionError` otherwise.
    """
    unusable = InstructionError(
        f"language model reply was not usable JSON edits: {_one_line_start(reply)!r}"
    )
    items = _first_json_array_of_objects(reply)
    if items is None:
        raise unusable
    edits = []
    for item in items:
        fields = {str(key).lower(): value for key, value in item.items()}
        region, style = fields.get("region"), fields.get("style")
        if not isinstance(region, str) or not isinstance(style, str):
            raise unusable
        region, style = clean_region(region), clean_style(style)
        if not region or not style:
            raise unusable
        edits.append(Edit(region, style))
    return edits


def _model_dtype(device: str):
    # Half precision halves the memory of a 7B model on a GPU; CPUs are slow or unsupported in it.
    return torch.float32 if str(device).startswith("cpu") else "auto"


def _load_pretrained(kind: str, label: str, model_id_or_path: str, device: str, model_class: str,
                     processor_class: str, loaded: dict | None = None):
    """(processor or tokenizer, model), loaded once into `loaded` (the caller's ModelSet.loaded: the models
    live as long as their owner, not the process); any failure is a one-line ModelError."""
    loaded = {} if loaded is None else loaded
    key = (kind, str(model_id_or_path), str(device))
    if key not in loaded:
        try:
            processor = getattr(transformers, processor_class).from_pretrained(model_id_or_path)
            model = getattr(transformers, model_class).from_pretrained(model_id_or_path,
                                                                       dtype=_model_dtype(device))
            model = model.to(device).eval()
        except Exception as error:  # hub, file-system and format errors all mean "no usable model"
            reason = _one_line_start(str(error), 160)
            raise ModelError(f"could not load {label} {str(model_id_or_path)!r}: {reason}") from error
        loaded[key] = (processor, model)
    return loaded[key]


def _load_language_model(model_id_or_path: str, device: str, loaded: dict | None = None):
    return _load_pretrained("causal-lm", "language model", model_id_or_path, device, "AutoModelForCausalLM",
                            "AutoTokenizer", loaded)


def _pad_token_id(tokenizer) -> int | None:
    return tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id


def _generate_new_tokens(model, inputs, pad_token_id):
    """Greedy continuation of `inputs`: the ids of the new tokens only."""
    output = model.generate(
        **inputs, max_new_tokens=_MAX_NEW_TOKENS, do_sample=False, pad_token_id=pad_token_id
    )
    return output[0, inputs["input_ids"].shape[1] :]


def parse_with_language_model(
    text: str, model_id_or_path: str, device: str = "cpu", loaded: dict | None = None
) -> list[Edit]:
    """Ask a chat language model (hub id or local folder) for the edits, as validated JSON. `loaded` keeps
    the model once loaded (a ModelSet's `loaded`: each stylizer loads it once).

    Raises `ModelError` when the model cannot be loaded and `InstructionError` when its reply
    is not a usable JSON list of edits.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    tokenizer, model = _load_language_model(model_id_or_path, device, loaded)
    prompt = LANGUAGE_MODEL_PROMPT.format(instruction=" ".join(text.split()))
    if getattr(tokenizer, "chat_template", None):
        prompt = tokenizer.apply_chat_template(
            [{"role": "user", "content": prompt}], tokenize=False, add_generation_prompt=True
        )
        # The template already wrote any special tokens the model expects.
        inputs = tokenizer(prompt, return_tensors="pt", add_special_tokens=False)
    else:
        inputs = tokenizer(prompt + "\nJSON:", return_tensors="pt")
    new_tokens = _generate_new_tokens(model, inputs.to(device), _pad_token_id(tokenizer))
    return edits_from_json_reply(tokenizer.decode(new_tokens, skip_special_tokens=True))


# ---------------------------------------------------------------------------------------------
# LLaVA parser (the paper's path): one box and one quoted style
# ---------------------------------------------------------------------------------------------

LLAVA_PROMPT = (
    "For a given user prompt: '{text}', give the bounding box coordinates of the object that "
    "should be stylized. Also return the corresponding style in quotes."
)
LLAVA_REMINDER = ' Answer as: [x0, y0, x1, y1] "style"'
_NUMBER = r"-?\d+(?:\.\d+)?"
_BRACKETED_BOX = re.compile(
    rf"[\[(]\s*({_NUMBER})\s*[,\s]\s*({_NUMBER})\s*[,\s]\s*({_NUMBER})\s*[,\s]\s*({_NUMBER})\s*[\])]"
)
_LOOSE_NUMBER = re.compile(rf"(?<![\w.]){_NUMBER}")  # not the 0 of "x0"
_QUOTED_STYLE = re.compile(r"\"([^\"]+)\"|(?<!\w)'([^']+)'(?!\w)")
BOX_CONVENTIONS = ("auto", "padded-square", "original")


def _box_numbers(reply: str) -> list[float] | None:
    masked = _mask_quoted(reply)  # a style such as "1920s poster" must not give coordinates
    bracketed = _BRACKETED_BOX.search(masked)
    if bracketed:
        return [float(number) for number in bracketed.groups()]
    loose = _LOOSE_NUMBER.findall(masked)
    return [float(number) for number in loose[:4]] if len(loose) >= 4 else None


def _box_in_original_pixels(
    numbers: list[float], image_size: tuple[int, int], convention: str
) -> tuple[float, float, float, float]:
    """Map the reply's numbers to (x0, y0, x1, y1) pixels of the original image.

    LLaVA-1.5 pads the image to a square (short side centred, as its `expand2square` does)
    before the vision tower sees it, so its normalised boxes live in that square: "auto" reads
    normalised numbers that way and pixel numbers as pixels of the original image.
    """
    width, height = image_size
    normalised = all(abs(number) <= 1.0 for number in numbers)
    if convention == "padded-square" or (convention == "auto" and normalised):
        side = max(width, height)
        scale_x = scale_y = side if normalised else 1.0
        pad_x, pad_y = (side - width) // 2, (side - height) // 2
    else:
        scale_x, scale_y = (width, height) if normalised else (1.0, 1.0)
        pad_x = pad_y = 0
    x0, y0, x1, y1 = numbers
    xs = sorted(min(max(x * scale_x - pad_x, 0.0), width) for x in (x0, x1))
    ys = sorted(min(max(y * scale_y - pad_y, 0.0), height) for y in (y0, y1))
    return (xs[0], ys[0], xs[1], ys[1])


def parse_llava_reply(
    reply: str,
    image_size: tuple[int, int],
    convention: str = "auto",
    region: str = "object",
) -> Edit:
    """Read LLaVA's answer into an `Edit` with a pixel box of the original image.

    The box is the first four numbers in brackets or parentheses (else the first four numbers);
    all within [-1, 1] means normalised. `convention` says what they are relative to:
    "padded-square" (the image centred in a square of side max(w, h), as LLaVA-1.5 sees it),
    "original" (the image itself), or "auto" (padded square for normalised numbers, original
    for pixels). The box is clamped to the image with its corners ordered; the style is the
    first quoted string. `image_size` is (width, height). Raises `InstructionError`.
    """
    if convention not in BOX_CONVENTIONS:
        raise ValueError(f"convention must be one of {BOX_CONVENTIONS}, not {convention!r}")
    reply = _normalise_quotes_and_spaces(reply)
    numbers = _box_numbers(reply)
    if numbers is None:
        raise InstructionError(f"LLaVA reply has no box of four numbers: {_one_line_start(reply)!r}")
    box = _box_in_original_pixels(numbers, image_size, convention)
    if box[2] <= box[0] or box[3] <= box[1]:
        raise InstructionError(f"LLaVA box has no area inside the image: {_one_line_start(reply)!r}")
    quoted = _QUOTED_STYLE.search(reply)
    style = clean_style(quoted.group(1) or quoted.group(2)) if quoted else None
    if not style:
        raise InstructionError(f"LLaVA reply has no quoted style: {_one_line_start(reply)!r}")
    return Edit(region=region, style=style, box=box)


def _load_llava(model_id_or_path: str, device: str, loaded: dict | None = None):
    return _load_pretrained("llava", "LLaVA model", model_id_or_path, device, "AutoModelForImageTextToText",
                            "AutoProcessor", loaded)


def _ask_llava(processor, model, image: Image.Image, question: str, device: str) -> str:
    if getattr(processor, "chat_template", None):
        conversation = [
            {"role": "user", "content": [{"type": "image"}, {"type": "text", "text": question}]}
        ]
        prompt = processor.apply_chat_template(conversation, add_generation_prompt=True)
    else:  # the LLaVA-1.5 conversation format
        prompt = f"USER: <image>\n{question} ASSISTANT:"
    inputs = processor(images=image, text=prompt, return_tensors="pt")
    inputs = inputs.to(device, dtype=model.dtype)  # casts only the floating pixel values
    tokenizer = getattr(processor, "tokenizer", processor)
    new_tokens = _generate_new_tokens(model, inputs, _pad_token_id(tokenizer))
    return tokenizer.decode(new_tokens, skip_special_tokens=True)


def _rule_region(text: str, style: str) -> str:
    """LLaVA names no region; borrow the rule parser's, matched by style when it found several."""
    try:
        edits = parse_instruction(text)
    except InstructionError:
        return "object"
    same_style = [edit.region for edit in edits if edit.style.lower() == style.lower()]
    return (same_style or [edits[0].region])[0]


def llava_box_frame(model_id_or_path: str, model_type: str = "") -> str:
    """The frame a LLaVA model's normalised boxes are read in, for `--llava-box-frame auto`.

    The paper's llava-v1.6 (LLaVA-NeXT) boxes are multiplied by the original image's width and height,
    as the authors' code does: "original". LLaVA-1.5 sees the image padded to a square
    (`expand2square`), so its boxes live in that square: "padded-square". v1.6 is recognised by
    "1.6" or "next" in the id or folder name, or by the loaded model's type `llava_next`."""
    name = str(model_id_or_path).lower()
    if "1.6" in name or "next" in name or model_type == "llava_next":
        return "original"
    return "padded-square"


def parse_with_llava(
    image: Image.Image,
    text: str,
    model_id_or_path: str,
    device: str = "cpu",
    convention: str = "auto",
    loaded: dict | None = None,
) -> list[Edit]:
    """The paper's path: LLaVA reads the image and instruction, and returns one box and style.

    Greedy decoding with the paper's prompt; one retry with a reminder of the answer format
    when the first reply cannot be read. Returns a one-element list whose `box` is set.
    `convention` "auto" picks the model's box frame (`llava_box_frame`); "original" or
    "padded-square" force one. `loaded` keeps the model once loaded, as for `parse_with_language_model`.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    text = " ".join(text.split())
    processor, model = _load_llava(model_id_or_path, device, loaded)
    if convention == "auto":
        convention = llava_box_frame(model_id_or_path, getattr(model.config, "model_type", ""))
    question = LLAVA_PROMPT.format(text=text)
    image = image.convert("RGB")
    reply = _ask_llava(processor, model, image, question, device)
    try:
        edit = parse_llava_reply(reply, image.size, convention)
    except InstructionError:
        reply = _ask_llava(processor, model, image, question + LLAVA_REMINDER, device)
        try:
            edit = parse_llava_reply(reply, image.size, convention)
        except InstructionError as error:
            raise InstructionError(
                f"LLaVA reply could not be read as a box and a quoted style: {_one_line_start(reply)!r}"
            ) from error
    return [Edit(_rule_region(text, edit.style), edit.style, edit.box)]
