"""Style experts: one LoRA per style on one frozen base, and the routing that picks or mixes them.

A style named exactly (case, spaces and punctuation aside) uses its expert alone. Any other style text is
routed to a mixture: softmax(cos(E(style), E(expert)) / temperature) over the experts' CLIP text
embeddings, optionally keeping the top k (renormalised); a style picture, by its CLIP image embedding
against the same experts' texts (`route_picture`). The weights go to `set_adapters`, which mixes the
adapters linearly (every wrapped layer adds sum_i w_i * delta_i), and into the run's record.

An adapter is any `<name>.safetensors` of the folder: localstyle's own (with `<name>.json`) or a bare LoRA
file as the authors release theirs. Its adapter name is `style_key(name)` ("Pixel Art.safetensors",
"pixel.art.safetensors" and "pixel-art.safetensors" are all "pixel-art": peft refuses dots in adapter
names, and routing compares keys), and every file is checked before any model loads.
"""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path

import torch
from safetensors import SafetensorError, safe_open

from localstyle.errors import FieldError, InputError, one_line
from localstyle.regionroute.bases import LORA_TARGETS, Base
from localstyle.version import __version__


def style_key(style: str) -> str:
    """What counts as the same style name: lowercase words joined by '-' ("Pixel Art" -> "pixel-art")."""
    return "-".join(re.findall(r"[^\W_]+", style.lower()))


def add_style_lora(base: Base, name: str = "style", rank: int = 4, alpha: int = 4) -> list:
    """Wrap the base's to_q/to_k/to_v/to_out.0 with a new trainable LoRA; see `add_lora`."""
    return add_lora(base.denoiser, name, rank, alpha)


def add_lora(denoiser, name: str = "style", rank: int = 4, alpha: int = 4) -> list:
    """Wrap to_q/to_k/to_v/to_out.0 with a new trainable LoRA (gaussian init); returns its parameters,
    in fp32 whatever the base's dtype: a bf16 weight near 0.5 cannot take an Adam step of 1e-5 (its
    spacing there is ~2e-3), so bf16 adapters would stall silently. peft casts each LoRA input to the
    adapter's dtype, and training runs under autocast (flow.autocast_for) as the diffusers scripts do."""
    from peft import LoraConfig

    config = LoraConfig(r=rank, lora_alpha=alpha, init_lora_weights="gaussian", target_modules=LORA_TARGETS)
    denoiser.add_adapter(config, adapter_name=name)
    params = [p for n, p in denoiser.named_parameters() if "lora_" in n and f".{name}." in n]
    for param in params:
        param.data = param.data.float()
        param.requires_grad_(True)
    return params


def lora_state(base: Base, name: str = "style") -> dict:
    from peft.utils import get_peft_model_state_dict

    return get_peft_model_state_dict(base.denoiser, adapter_name=name)


def save_expert(base: Base, folder: Path, style: str, name: str = "style", info: dict | None = None) -> Path:
    """`<style>.safetensors` in the pipeline's own LoRA format (load_lora_weights reads it, with the LoRA
    config in its metadata so lora_alpha survives), and `<style>.json`: style, base, rank, lora_alpha,
    target modules, T5 length, localstyle version, plus `info` (training preset, settings, steps)."""
    folder.mkdir(parents=True, exist_ok=True)
    key = style_key(style)
    config = base.denoiser.peft_config[name]
    part = "transformer" if base.name == "kontext" else "unet"
    metadata = {k: sorted(v) if isinstance(v, set) else v for k, v in config.to_dict().items()}
    type(base.pipe).save_lora_weights(str(folder), weight_name=f"{key}.safetensors",
                                      **{f"{part}_lora_layers": lora_state(base, name),
                                         f"{part}_lora_adapter_metadata": metadata})
    description = {"style": style, "base": base.name, "rank": config.r, "lora_alpha": config.lora_alpha,
                   "target_modules": sorted(config.target_modules), "max_sequence_length": base.max_sequence_length,
                   "localstyle_version": __version__, **(info or {})}
    (folder / f"{key}.json").write_text(json.dumps(description, indent=2) + "\n")
    return folder / f"{key}.safetensors"


def read_descriptions(folder: str | Path) -> dict[str, dict]:
    """Adapter name (the style key of the file's stem) -> its `<stem>.json` with `file` (the file name) and
    `style` (the json's, else the stem's words: "line_art" -> "line art"). Two files of one key are refused."""
    descriptions = {}
    for path in sorted(adapters_folder(folder).glob("*.safetensors")):
        name = style_key(path.stem)
        if not name:
            raise InputError(f"adapter file {path} has no letter or digit in its name: rename it after its style")
        if name in descriptions:
            raise InputError(f"adapters {descriptions[name]['file']} and {path.name} in {folder} are one style "
                             f"({name!r}): keep one of them")
        info_path = path.with_suffix(".json")
        try:
            info = json.loads(info_path.read_text()) if info_path.exists() else {}
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"adapter description {info_path} is unreadable: {exc}") from None
        if not isinstance(info, dict):
            raise InputError(f"adapter description {info_path} is not a JSON object")
        descriptions[name] = {"style": " ".join(re.findall(r"[^\W_]+", path.stem)), **info, "file": path.name}
    return descriptions


# the first part of a LoRA weight's name in diffusers' format, per base
KEY_PREFIXES = {"kontext": "transformer.", "instructpix2pix": "unet."}


def check_adapter_file(path: Path, base: str) -> None:
    """One InputError naming `path` unless it is a readable safetensors file of LoRA weights that are not
    plainly another base's (diffusers' prefixes); reads the header only, no tensor."""
    try:
        with safe_open(str(path), "pt") as handle:
            keys = list(handle.keys())
    except (OSError, SafetensorError) as exc:
        raise InputError(f"adapter {path} is not a readable .safetensors file (empty, or cut short by a download?): "
                         f"{one_line(exc)}") from None
    if not any("lora" in key.lower() for key in keys):
        raise InputError(f"adapter {path} holds no LoRA weights ({len(keys)} tensor(s), none named lora): "
                         "is it a LoRA adapter?")
    other = [name for name, prefix in KEY_PREFIXES.items() if name != base and keys[0].startswith(prefix)]
    if other and not any(key.startswith(KEY_PREFIXES.get(base, "?")) for key in keys):
        raise FieldError("base", f"adapter {path} is a LoRA for base {other[0]}, not {base}: use {{field}} {other[0]}")


def check_adapters(folder: str | Path, base: str) -> dict[str, dict]:
    """`read_descriptions`, with every file checked (`check_adapter_file`) and its recorded base compared:
    what can go wrong with a folder, found before minutes of model loading."""
    descriptions = read_descriptions(folder)
    if not descriptions:
        raise InputError(f"no <style>.safetensors adapter in {folder}: train one with `localstyle regionroute train`")
    for info in descriptions.values():
        path = Path(folder) / info["file"]
        if info.get("base", base) != base:
            raise InputError(f"adapter {path} was trained for base {info['base']!r}, not {base!r}")
        check_adapter_file(path, base)
    return descriptions


def adapter_styles(folder: str | Path, base: str = "kontext") -> list[str]:
    """The styles of a folder's adapters, every file checked (`check_adapters`; no model is loaded): what a
    face offers."""
    return [info["style"] for info in check_adapters(folder, base).values()]


def adapters_text_length(folder: str | Path, asked: int | None = None) -> int | None:
    """The T5 length the adapters of `folder` were trained with (one for all of them), checked against
    `asked` (a user's text_length); None when no adapter records one and none was asked."""
    lengths = {name: info["max_sequence_length"] for name, info in read_descriptions(folder).items()
               if info.get("max_sequence_length") is not None}
    if len(set(lengths.values())) > 1:
        listing = ", ".join(f"{name} {length}" for name, length in lengths.items())
        raise InputError(f"the adapters in {folder} were trained with different T5 lengths ({listing}): an "
                         "editor runs one length; keep adapters of one length per folder")
    trained = next(iter(lengths.values()), None)
    if asked is not None and trained is not None and asked != trained:
        raise InputError(f"text_length {asked} differs from the T5 length {trained} the adapters in {folder} "
                         "were trained with; leave text_length unset to use theirs")
    return trained if trained is not None else asked


def load_experts(base: Base, folder: str | Path) -> dict[str, str]:
    """Load every `<style>.safetensors` of `folder` as an adapter named by its style key; returns
    key -> style text. Adapters trained for another base are refused; each acts at its own scale
    lora_alpha / rank (from the file's LoRA metadata, or from `<style>.json` for files without it)."""
    folder = adapters_folder(folder)
    experts = {}
    for name, info in check_adapters(folder, base.name).items():
        path = folder / info["file"]
        try:
            with _diffusers_silent():  # its "Loading X was unsuccessful" line would come before ours
                base.pipe.load_lora_weights(str(folder), weight_name=info["file"], adapter_name=name)
        except (OSError, ValueError, KeyError, RuntimeError, SafetensorError) as exc:
            raise InputError(f"adapter {path} does not load on base {base.name}: {one_line(exc)}") from None
        if name not in (getattr(base.denoiser, "peft_config", None) or {}):  # diffusers skips foreign keys quietly
            raise InputError(f"adapter {path} has no layer of base {base.name}: is it a LoRA of another model?")
        if info.get("lora_alpha"):
            _set_alpha(base.denoiser, name, info["lora_alpha"])
        experts[name] = info["style"]
    return experts


@contextlib.contextmanager
def _diffusers_silent():
    from diffusers.utils import logging

    level = logging.get_verbosity()
    logging.set_verbosity(logging.CRITICAL)
    try:
        yield
    finally:
        logging.set_verbosity(level)


def _set_alpha(model, adapter: str, alpha: float) -> None:
    """Every LoRA layer of `adapter` with this lora_alpha (peft keeps it per layer; set_adapters
    recomputes `scaling` from it, so both are set)."""
    for module in model.modules():
        alphas = getattr(module, "lora_alpha", None)
        if isinstance(alphas, dict) and adapter in alphas:
            alphas[adapter] = alpha
            module.scaling[adapter] = alpha / module.r[adapter]


def adapters_folder(folder: str | Path) -> Path:
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"adapters folder not found: {folder}")
    return folder


def route(base: Base, style: str, experts: dict[str, str], temperature: float = 0.1,
          top_k: int | None = None) -> dict[str, float]:
    """Expert name -> weight (summing to 1) for a style text."""
    _check_routing(temperature, top_k)
    names = list(experts)
    exact = [n for n in names if style_key(style) in (n, style_key(experts[n]))]
    if exact:
        return {n: float(n == exact[0]) for n in names}
    query = base.text_embedding([style])
    keys = base.text_embedding([experts[n] for n in names])
    return mixture(names, (query @ keys.T)[0], temperature, top_k)


def route_picture(clip, picture_embedding: torch.Tensor, experts: dict[str, str], temperature: float = 0.1,
                  top_k: int | None = None) -> tuple[dict[str, float], dict[str, float]]:
    """(expert name -> weight, expert name -> cosine) for a style picture: softmax(cos(P, E_T(style_n)) /
    temperature) over the experts' style texts, P the picture's unit CLIP image embedding
    (style_picture.view_embedding) and E_T the same CLIP's unit text embedding (one joint space; the
    base's own text encoder has no image tower), top k as for `route`."""
    _check_routing(temperature, top_k)
    names = list(experts)
    keys = torch.nn.functional.normalize(clip.encode_text([experts[n] for n in names]).float(), dim=-1)
    similarity = (picture_embedding.float().to(keys.device) @ keys.T)[0]
    return mixture(names, similarity, temperature, top_k), {n: float(c) for n, c in zip(names, similarity)}


def _check_routing(temperature: float, top_k: int | None) -> None:
    if temperature <= 0:
        raise InputError(f"routing temperature must be > 0, got {temperature}")
    if top_k is not None and top_k < 1:
        raise InputError(f"routing top_k must be at least 1, got {top_k}")


def mixture(names: list[str], similarity: torch.Tensor, temperature: float, top_k: int | None) -> dict[str, float]:
    """softmax(similarity / temperature) over the experts, only the top k kept (renormalised)."""
    weights = (similarity / temperature).softmax(dim=0)
    if top_k is not None and top_k < len(names):
        kept = torch.zeros_like(weights)
        top = weights.topk(top_k).indices
        kept[top] = weights[top]
        weights = kept / kept.sum()
    return {n: float(w) for n, w in zip(names, weights)}


def activate(base: Base, weights: dict[str, float]) -> None:
    """Set the mixture on the pipeline (after load_lora_weights only the last adapter would be active)."""
    names = [n for n, w in weights.items() if w > 0]
    base.pipe.set_adapters(names, [weights[n] for n in names])
