"""The one place that knows model ids, devices, dtypes, caching and offline errors.

Every model has a *role* (clip, vgg, sam, detector, owlv2, lpips). A role's *source* is a Hugging Face hub
id (downloaded once into the hub cache), a local folder written by `save_pretrained` (or by
`python -m localstyle.testing tiny-models`), or, for the two torchvision backbones, `torchvision:NAME`.
`--models FILE` (TOML) overrides sources role by role; relative folders are resolved against the file.
A `ModelSet` owns the models it loads: each is loaded once, on first use, and kept by that ModelSet
(nowhere else), so a stylizer that holds one ModelSet loads each model once, and dropping it frees them.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import urllib.error
import urllib.request
import warnings
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import lpips
import torch
import torch.nn.functional as F
from huggingface_hub import constants, try_to_load_from_cache
from safetensors.torch import load_file
from torchvision import models as tv
from torchvision.models.vgg import make_layers
from transformers import (
    AutoModelForZeroShotObjectDetection,
    AutoProcessor,
    AutoTokenizer,
    CLIPImageProcessor,
    CLIPModel,
    Sam2VideoModel,
    Sam2VideoProcessor,
    SamModel,
    SamProcessor,
)
from transformers.utils import logging as transformers_logging

from localstyle import resample, storage
from localstyle.clip_tower import ImageTower
from localstyle.errors import FieldError, InputError, ModelError, one_line

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULT_SOURCES = {
    "clip": "openai/clip-vit-base-patch32",
    "vgg": "torchvision:vgg19",
    "sam": "facebook/sam-vit-base",
    "detector": "IDEA-Research/grounding-dino-tiny",
    "owlv2": "google/owlv2-base-patch16-ensemble",
    "lpips": "torchvision:alexnet",
    "sam2_video": "facebook/sam2.1-hiera-tiny",  # tracks a region through a video (localstyle.video)
}
# Roles fetched by `localstyle models download` unless named explicitly: every default, so that
# `--detector owlv2` works offline too.
DOWNLOAD_ROLES = tuple(DEFAULT_SOURCES)
# Roles a models file may also name, with no default here: eval's diffusion editors and RegionRoute's
# bases (regionroute.bases.BASES). A new role is added here.
EXTRA_ROLES = ("instructpix2pix", "sd_inpaint", "kontext")
KNOWN_ROLES = (*DEFAULT_SOURCES, *EXTRA_ROLES)

CLIP_MEAN = (0.48145466, 0.4578275, 0.40821073)
CLIP_STD = (0.26862954, 0.26130258, 0.27577711)
# torchvision's VGG19 layer layout ("E"): numbers are conv widths, "M" a 2x2 max-pool.
VGG19_LAYOUT = [64, 64, "M", 128, 128, "M", 256, 256, 256, 256, "M", 512, 512, 512, 512, "M",
                512, 512, 512, 512, "M"]

def resolve_device(name: str = "auto") -> torch.device:
    """`auto` picks CUDA, then Apple's MPS, then the CPU; an unavailable explicit choice is an error."""
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
            return torch.device("mps")
        return torch.device("cpu")
    if name == "cuda" and not torch.cuda.is_available():
        raise FieldError("device", "{field} cuda was asked for but no CUDA GPU is available")
    if name == "mps" and not (getattr(torch.backends, "mps", None) and torch.backends.mps.is_available()):
        raise FieldError("device", "{field} mps was asked for but Apple MPS is not available")
    if name not in ("cpu", "cuda", "mps") and not name.startswith("cuda:"):
        raise InputError(f"unknown device {name!r}: use auto, cpu, cuda or mps")
    return torch.device(name)


def flush_denormals(device: torch.device) -> None:
    """Called where localstyle owns the process (the CLI, the web server, batch and Ray workers), never by
    the library for its caller: the flag is process-wide. On a CPU, compute with denormal floats (below
    1.2e-38) flushed to zero, as GPUs do: x86 cores handle them far slower (docs/speed.md gives a measured
    example with SAM ViT-B). Results differ only where values that tiny occur, and a seed still repeats
    to the bit."""
    if device.type == "cpu":
        torch.set_flush_denormal(True)


def read_models_file(path: str | os.PathLike) -> dict[str, str]:
    """Role -> source from a TOML file: top-level `role = "id or folder"` keys or a `[models]` table.

    A value that looks like a path (starts with /, ./, ../ or ~, or has more than one /) or names
    something that exists next to the file is a local folder, and must exist; `name` or `owner/name`
    that does not exist locally is a hub id. The file and its folders may be URLs (s3://...): a relative
    folder in a file at a URL is relative to that URL; each worker downloads a folder once (storage)."""
    if storage.is_url(path):
        return _read_models_url(path)
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"models file not found: {path}") from None
    except IsADirectoryError:
        raise InputError(f"models file {path} is a folder; give the TOML file inside it") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"models file {path} is not valid TOML: {one_line(exc)}") from None
    table = data.get("models", data)
    if not isinstance(table, dict) or not table:
        raise InputError(f"models file {path} names no role: write lines such as clip = \"openai/clip-vit-base-patch32\"")
    sources = {}
    for role, source in table.items():
        if role not in KNOWN_ROLES:
            raise InputError(f"models file {path}: unknown role {role!r}; known roles: {', '.join(KNOWN_ROLES)}")
        if not isinstance(source, str) or not source.strip():
            raise InputError(f"models file {path}: role {role!r} must map to a hub id or a folder")
        sources[role] = _resolve_relative(source.strip(), path.parent)
        if _looks_like_path(sources[role]) and not Path(sources[role]).expanduser().exists():
            raise InputError(f"models file {path}: the folder for role '{role}' does not exist: {sources[role]}")
    return sources


def _read_models_url(url: str) -> dict[str, str]:
    shown = storage.display(url)
    try:
        data = tomllib.loads(storage.read_bytes(url, "models file").decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"models file {shown} is not valid TOML: {one_line(exc)}") from None
    table = data.get("models", data)
    if not isinstance(table, dict) or not table:
        raise InputError(f"models file {shown} names no role")
    sources, beside = {}, storage.list_names(storage.parent(url), folders=True)
    for role, source in table.items():
        if role not in KNOWN_ROLES or not isinstance(source, str) or not source.strip():
            raise InputError(f"models file {shown}: role {role!r} must be one of {', '.join(KNOWN_ROLES)} and map "
                             "to a hub id or a folder")
        source = source.strip()
        local_path = source.startswith(("/", "~")) or storage.is_url(source) or source.startswith("torchvision:")
        relative = _looks_like_path(source) or source.split("/")[0] in beside  # as for a local file
        sources[role] = source if local_path or not relative else str(storage.resolve(storage.parent(url), source))
    return sources


def _resolve_relative(source: str, base: Path) -> str:
    """A relative folder in a models file means relative to that file, not to the working directory."""
    if source.startswith("torchvision:") or Path(source).expanduser().is_absolute() or source.startswith("~"):
        return source
    candidate = base / source
    return str(candidate) if candidate.exists() or _looks_like_path(source) else source


def _looks_like_path(source: str) -> bool:
    """Hub ids are `name` or `owner/name`; anything else with a slash, or a path prefix, is a folder."""
    if source.startswith("torchvision:"):
        return False
    return source.startswith(("/", "./", "../", "~", ".")) or source.count("/") > 1 or "\\" in source


def _missing_message(role: str, source: str) -> str:
    if os.environ.get("HF_HUB_OFFLINE") == "1" or os.environ.get("TRANSFORMERS_OFFLINE") == "1":
        hint = "offline and not in the cache"
    else:
        hint = "could not be downloaded"
    return (f"model for role '{role}' ({source}) {hint}; fetch it with "
            f"`localstyle models download --role {role}` or point --models at a local folder")


def _unloadable_message(role: str, folder: Path, exc: Exception) -> str:
    weights = sorted(p.name for p in folder.glob("*") if p.suffix in (".safetensors", ".bin", ".pt", ".pth"))
    files = f"{', '.join(weights)} in {folder}" if weights else f"{folder} (no weights file found)"
    return (f"could not load model for role '{role}' from {files}: corrupt, truncated or not a {role} model "
            f"({one_line(exc)})")


@dataclass
class ModelSet:
    """Which source each role uses, and the device models are placed on."""

    sources: dict[str, str] = field(default_factory=dict)
    device: torch.device = field(default_factory=lambda: torch.device("cpu"))
    loaded: dict[str, object] = field(default_factory=dict, repr=False, compare=False)  # role -> model

    @classmethod
    def create(cls, models_file: str | os.PathLike | None = None, device: str = "auto",
               overrides: dict[str, str] | None = None) -> "ModelSet":
        sources = dict(DEFAULT_SOURCES)
        if models_file is not None:
            sources.update(read_models_file(models_file))
        sources.update(overrides or {})
        return cls(sources=sources, device=resolve_device(device))

    def source(self, role: str) -> str:
        if role not in self.sources:
            raise ModelError(f"no model configured for role '{role}'")
        return self.sources[role]

    def _cached(self, role: str, loader: Callable[[str, torch.device], object]):
        source = self.source(role)
        if role not in self.loaded and storage.is_url(source):  # a folder in a bucket: loaded from a local copy
            self.loaded[role] = loader(str(storage.local_copy(source, f"model folder for role '{role}'")),
                                       self.device)
        if role not in self.loaded:
            source_path = Path(source).expanduser()
            if _looks_like_path(source) and not source_path.exists():
                raise ModelError(f"model folder for role '{role}' not found: {source}")
            try:
                self.loaded[role] = loader(str(source_path) if source_path.exists() else source, self.device)
            except ModelError:
                raise
            except Exception as exc:  # a local folder: whatever broke (a truncated file, a wrong model) is named
                if source_path.exists():
                    raise ModelError(_unloadable_message(role, source_path, exc)) from exc
                if isinstance(exc, (OSError, RuntimeError, ValueError)):
                    raise ModelError(_missing_message(role, source)) from exc
                raise
        return self.loaded[role]

    def clip(self) -> "ClipEncoder":
        return self._cached("clip", _load_clip)

    def vgg(self) -> torch.nn.Sequential:
        return self._cached("vgg", _load_vgg)

    def sam(self):
        """(SamModel, SamProcessor)."""
        return self._cached("sam", _load_sam)

    def detector(self, role: str = "detector"):
        """(zero-shot detection model, processor) for Grounding DINO or OWLv2."""
        return self._cached(role, _load_detector)

    def lpips(self):
        return self._cached("lpips", _load_lpips)

    def sam2_video(self):
        """(Sam2VideoModel, Sam2VideoProcessor): SAM 2's video model, for tracking a mask through a clip."""
        return self._cached("sam2_video", _load_sam2_video)


# ---------------------------------------------------------------- CLIP

def resolve_models(models: "ModelSet | str | os.PathLike | None", device: str = "auto") -> "ModelSet":
    """A ModelSet as given, or one made from a models file (None: the default sources) on `device`."""
    if isinstance(models, ModelSet):
        return models
    return ModelSet.create(models, device=device)


class ClipEncoder:
    """CLIP image and text towers with the CLIPstyler conventions (images in [0, 1], unit-norm image embeddings)."""

    def __init__(self, model, tokenizer, device: torch.device, image_processor=None):
        self.model = model.eval().requires_grad_(False).to(device)
        self.tower = ImageTower(self.model)
        self.tokenizer = tokenizer
        self.image_processor = image_processor
        self.device = device
        self.image_size = model.config.vision_config.image_size
        self._mean = torch.tensor(CLIP_MEAN, device=device).view(1, 3, 1, 1)
        self._std = torch.tensor(CLIP_STD, device=device).view(1, 3, 1, 1)
        # Text embeddings by text list, most recent last: every edit embeds 79 templates of its style and of
        # "a Photo" (2.6 s on a 2-core CPU), the same ones again for each photo of a batch or web session.
        self._texts: OrderedDict[tuple[str, ...], torch.Tensor] = OrderedDict()
        self._texts_lock = threading.Lock()

    def encode_image(self, images: torch.Tensor) -> torch.Tensor:
        """B x 3 x H x W in [0, 1] -> B x D unit vectors; resized (bicubic) to the tower's input size.
        Computed by `clip_tower.ImageTower` (transformers' arithmetic with less work)."""
        return F.normalize(self.tower(self._pixels(images)).float(), dim=-1)

    def encode_image_stock(self, images: torch.Tensor) -> torch.Tensor:
        """`encode_image` through transformers' own `get_image_features` (a convolution for the patch
        embedding, SDPA attention, every token through every layer), as OpenAI's CLIP computes it on
        current torch: the bench's re-creation of the published loop uses this."""
        features = self.model.get_image_features(pixel_values=self._pixels(images))
        return F.normalize(getattr(features, "pooler_output", features).float(), dim=-1)

    def _pixels(self, images: torch.Tensor) -> torch.Tensor:
        if images.shape[-2:] != (self.image_size, self.image_size):
            images = resample.interpolate(images, size=(self.image_size, self.image_size), mode="bicubic")
        return (images - self._mean) / self._std

    @torch.no_grad()
    def encode_photo(self, image: torch.Tensor) -> torch.Tensor:
        """1 x 3 x h x w in [0, 1] -> 1 x D unit vector, preprocessed by the model's CLIP image processor as
        torchmetrics' CLIPScore does (shortest side to 224, bicubic with antialiasing, centre crop 224,
        CLIP mean/std), for scores comparable with the paper's. The losses use `encode_image` instead."""
        pixels = self.image_processor(images=image[0].float().cpu(), do_rescale=False,
                                      return_tensors="pt")["pixel_values"]
        features = self.model.get_image_features(pixel_values=pixels.to(self.device))
        features = getattr(features, "pooler_output", features)
        return F.normalize(features.float(), dim=-1)

    TEXTS_KEPT = 64  # text lists (of up to 79 templates, 160 KB each for ViT-B/32)

    @torch.no_grad()
    def encode_text(self, texts: list[str]) -> torch.Tensor:
        """N texts -> N x D RAW (not normalised) embeddings: CLIPstyler averages raw template embeddings
        and normalises the mean, so use `least.prompts.text_embedding`, which does that, not this. The
        same list again returns the kept tensor (the same numbers; do not change it in place)."""
        key = tuple(texts)
        with self._texts_lock:
            if key in self._texts:
                self._texts.move_to_end(key)
                return self._texts[key]
        tokens = self.tokenizer(list(texts), padding=True, truncation=True, max_length=77, return_tensors="pt")
        tokens = {k: v.to(self.device) for k, v in tokens.items() if k in ("input_ids", "attention_mask")}
        features = self.model.get_text_features(**tokens)
        features = getattr(features, "pooler_output", features).float()
        with self._texts_lock:
            self._texts[key] = features
            while len(self._texts) > self.TEXTS_KEPT:
                self._texts.popitem(last=False)
        return features


def quiet_transformers() -> None:
    """Our progress output is the CLI's own; transformers' per-load bars and notices would interleave."""
    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()


def _load_clip(source: str, device: torch.device) -> ClipEncoder:
    quiet_transformers()
    model = CLIPModel.from_pretrained(source)
    tokenizer = AutoTokenizer.from_pretrained(source)
    return ClipEncoder(model, tokenizer, device, _clip_image_processor(source, model.config.vision_config.image_size))


def _clip_image_processor(source: str, image_size: int):
    """The checkpoint's own image processor (for the CLIP score); a folder without one gets OpenAI CLIP's
    (shortest side and centre crop at the tower's input size, bicubic, CLIP mean/std)."""
    try:
        return CLIPImageProcessor.from_pretrained(source)
    except OSError:
        return CLIPImageProcessor(size={"shortest_edge": image_size},
                                  crop_size={"height": image_size, "width": image_size})


# ---------------------------------------------------------------- VGG19

def build_vgg_features(layout: list) -> torch.nn.Sequential:
    return make_layers(layout, batch_norm=False)


def _load_vgg(source: str, device: torch.device) -> torch.nn.Sequential:
    """VGG19 `features` (conv layers only): torchvision's ImageNet weights, or a folder with
    config.json (`{"layout": [...]}`) and model.safetensors (the `features` state dict)."""
    if source.startswith("torchvision:"):
        name = source.split(":", 1)[1]
        if name != "vgg19":
            raise ModelError(f"unsupported torchvision VGG {name!r}: only vgg19")
        features = tv.vgg19(weights=tv.VGG19_Weights.IMAGENET1K_V1).features
    else:
        features = build_vgg_features(_read_config(source).get("layout", VGG19_LAYOUT))
        features.load_state_dict(_read_safetensors(source))
    return features.eval().requires_grad_(False).to(device)


def _read_config(folder: str) -> dict:
    path = Path(folder) / "config.json"
    if not path.exists():
        raise ModelError(f"{folder} has no config.json")
    return json.loads(path.read_text())


def _read_safetensors(folder: str) -> dict:
    path = Path(folder) / "model.safetensors"
    if not path.exists():
        raise ModelError(f"{folder} has no model.safetensors")
    return load_file(str(path))


# ---------------------------------------------------------------- SAM and detectors

def _load_sam(source: str, device: torch.device):
    quiet_transformers()
    model = SamModel.from_pretrained(source).eval().to(device)
    return model, SamProcessor.from_pretrained(source)


def _load_sam2_video(source: str, device: torch.device):
    quiet_transformers()
    model = Sam2VideoModel.from_pretrained(source).eval().to(device)
    return model, Sam2VideoProcessor.from_pretrained(source)


def _load_detector(source: str, device: torch.device):
    quiet_transformers()
    model = AutoModelForZeroShotObjectDetection.from_pretrained(source).eval().to(device)
    return model, AutoProcessor.from_pretrained(source)


# ---------------------------------------------------------------- LPIPS

def _load_lpips(source: str, device: torch.device):
    """LPIPS (AlexNet). Its linear layers ship inside the `lpips` package; the AlexNet backbone comes
    from torchvision's ImageNet weights or from a folder holding `model.safetensors` of alexnet.features."""
    with warnings.catch_warnings():  # lpips uses torchvision's deprecated `pretrained=` argument
        warnings.simplefilter("ignore", UserWarning)
        if source == "torchvision:alexnet":
            net = lpips.LPIPS(net="alex", verbose=False)
        else:
            net = lpips.LPIPS(net="alex", pnet_rand=True, verbose=False)
            _load_alexnet_slices(net.net, _read_safetensors(source))
    return net.eval().requires_grad_(False).to(device)


def _load_alexnet_slices(backbone, features_state: dict) -> None:
    """lpips splits alexnet.features into slices whose children keep their original indices."""
    modules = {name: module for slice_ in (backbone.slice1, backbone.slice2, backbone.slice3,
                                           backbone.slice4, backbone.slice5)
               for name, module in slice_.named_children()}
    for key, tensor in features_state.items():
        index, param = key.split(".", 1)
        getattr(modules[index], param).data.copy_(tensor)


# ---------------------------------------------------------------- fetching ahead of time

def hub_reachable(timeout: float = 3.0) -> tuple[bool, str]:
    """Whether the Hugging Face hub answers within `timeout` seconds (any HTTP answer counts), and why not."""
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on"):
        return False, "HF_HUB_OFFLINE is set"

    answer: list[str] = []

    def probe():  # in a thread: a stuck name lookup ignores urlopen's timeout
        try:
            urllib.request.urlopen(urllib.request.Request(constants.ENDPOINT, method="HEAD"), timeout=timeout)
            answer.append("")
        except urllib.error.HTTPError:
            answer.append("")
        except (OSError, ValueError) as exc:
            answer.append(one_line(getattr(exc, "reason", exc)) if not isinstance(exc, ValueError) else str(exc))

    thread = threading.Thread(target=probe, daemon=True)
    thread.start()
    thread.join(timeout + 1.0)
    if not answer:
        return False, f"no answer from {constants.ENDPOINT} in {timeout + 1.0:g} s"
    return (True, "") if answer[0] == "" else (False, f"{constants.ENDPOINT}: {answer[0]}")


TORCHVISION_FILES = {"torchvision:vgg19": "vgg19-dcbb9e9d.pth", "torchvision:alexnet": "alexnet-owt-7be5be79.pth"}


def role_status(models: ModelSet, role: str) -> str:
    """Where a role's model is, without loading it or touching the network: "local folder", "cached" or
    "missing"."""
    source = models.source(role)
    if source.startswith("torchvision:"):
        weights = Path(torch.hub.get_dir()) / "checkpoints" / TORCHVISION_FILES.get(source, "?")
        return "cached" if weights.exists() else "missing"
    if Path(source).expanduser().exists():
        return "local folder"

    try:
        found = try_to_load_from_cache(source, "config.json")
    except ValueError:  # not a valid hub id
        return "missing"
    return "cached" if isinstance(found, str) else "missing"


def check_roles(roles: tuple[str, ...]) -> None:
    unknown = [role for role in roles if role not in DEFAULT_SOURCES]
    if unknown:
        raise InputError(f"unknown model role {unknown[0]!r}: choose from {', '.join(DEFAULT_SOURCES)}")


def download(models: ModelSet, roles: tuple[str, ...] = DOWNLOAD_ROLES,
             report: Callable[[str], None] = print) -> None:
    """Load each role once, which fills the hub / torch caches, so later runs work offline."""
    check_roles(roles)
    for role in roles:
        {"clip": models.clip, "vgg": models.vgg, "sam": models.sam, "lpips": models.lpips,
         "detector": lambda: models.detector("detector"), "owlv2": lambda: models.detector("owlv2"),
         "sam2_video": models.sam2_video}[role]()
        report(f"{role}: {models.source(role)} ready")
