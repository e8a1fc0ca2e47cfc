"""Training inputs computed once per manifest and kept on disk beside it, as the authors' release does
(T5 embeddings precomputed, `--cache_latents`), so that the text encoders and the VAE need not sit on the
GPU while the transformer trains.

    data.jsonl.cache/text/<digest>.safetensors     a prompt's text encodings (T5 embeddings, CLIP pooled)
    data.jsonl.cache/latents/<digest>.safetensors  an image's VAE latents (as target or as context)

The digest is the SHA-256 of the entry's key, so an entry is found again only when every part of its key
is the same: for text, the prompt, the T5 length, the base and the encoders' identity; for latents, the
image's path, modification time and byte size, its role, the training size and the VAE's identity. A
model's identity is its class, config, dtype, quantisation and, for a local folder, its weight files'
names, sizes and modification times (a hub id is known by its id and config only). Entries are written to
a temporary file and renamed into place, so a crash never leaves half an entry; an unreadable entry is a
miss and is computed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path

import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file

from localstyle.errors import InputError
from localstyle.regionroute.data import Record, load_record

WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".gguf")
ENCODE_CHUNK = 8  # prompts per text-encoder call


def cache_folder(manifest: str | Path) -> Path:
    manifest = Path(manifest)
    return manifest.with_name(manifest.name + ".cache")


def digest(key: dict) -> str:
    return hashlib.sha256(json.dumps(key, sort_keys=True, default=str).encode("utf-8")).hexdigest()


def model_identity(module) -> dict:
    """What tells one model from another for the cache (see the module's docstring)."""
    config = module.config
    settings = config.to_dict() if hasattr(config, "to_dict") else dict(config)
    source = str(settings.get("_name_or_path", ""))
    files = []
    if source and Path(source).is_dir():
        for path in sorted(Path(source).iterdir()):
            if path.suffix in WEIGHT_SUFFIXES:
                stat = path.stat()
                files.append([path.name, stat.st_size, stat.st_mtime_ns])
    parameter = next(module.parameters())
    return {"class": type(module).__name__, "config": digest(settings), "dtype": str(parameter.dtype),
            "quantization": str(getattr(config, "quantization_config", None)), "files": files}


class TensorStore:
    """A folder of safetensors files, one per key; the key itself is kept in each file's metadata."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def path(self, key: dict) -> Path:
        return self.folder / f"{digest(key)}.safetensors"

    def get(self, key: dict) -> dict[str, torch.Tensor] | None:
        path = self.path(key)
        if not path.is_file():
            return None
        try:
            return load_file(str(path))
        except (OSError, SafetensorError):  # cut short by a crash of another writer, or damaged: compute again
            return None

    def put(self, key: dict, tensors: dict[str, torch.Tensor]) -> None:
        temporary = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".writing-", suffix=".safetensors")
            os.close(handle)
            save_file({name: t.detach().contiguous().cpu() for name, t in tensors.items()}, temporary,
                      metadata={"key": json.dumps(key, sort_keys=True, default=str)})
            os.replace(temporary, self.path(key))  # atomic: readers see the whole entry or none
        except OSError as exc:
            raise InputError(f"cannot write the training cache {self.folder.parent}: {exc.strerror or exc}; free "
                             "space there, or train with --set cache_embeddings=false --set cache_latents=false"
                             ) from None
        finally:
            if temporary is not None and os.path.exists(temporary):
                os.remove(temporary)


@contextlib.contextmanager
def on_device(modules: list, device: torch.device):
    """The modules on `device` for the block, back where they were after it (a quantised model stays put:
    bitsandbytes places it when it loads)."""
    homes = []
    for module in modules:
        homes.append(next(module.parameters()).device)
        if not is_quantized(module):
            module.to(device)
    try:
        yield
    finally:
        for module, home in zip(modules, homes):
            if not is_quantized(module):
                module.to(home)


def is_quantized(module) -> bool:
    return getattr(module, "hf_quantizer", None) is not None or bool(getattr(module, "is_quantized", False))


class TrainingInputs:
    """The text encodings of every distinct prompt and the latents of every distinct image of `records`,
    each computed at most once (and not at all when the cache holds it). `text` and `latents` say which of
    the two are prepared; a batch gets the rest computed per step (flow.py)."""

    def __init__(self, base, records: list[Record], size: int, folder: Path, text: bool = True,
                 latents: bool = True):
        self.base, self.size = base, size
        self.store = {"text": TensorStore(Path(folder) / "text"), "latents": TensorStore(Path(folder) / "latents")}
        self.encoders = [model_identity(getattr(base.pipe, name)) for name in base.text_parts] if text else None
        self.vae = model_identity(base.pipe.vae) if latents else None
        self.text = self._prepare_text(records) if text else None
        self.latents = self._prepare_latents(records) if latents else None

    # -------------------------------------------------------------- preparation

    def text_key(self, prompt: str) -> dict:
        return {"kind": "text", "base": self.base.name, "prompt": prompt,
                "text_length": self.base.max_sequence_length, "encoders": self.encoders}

    def _prepare_text(self, records: list[Record]) -> dict[str, dict]:
        found, missing = {}, []
        for prompt in dict.fromkeys(r.prompt for r in records):
            found[prompt] = self.store["text"].get(self.text_key(prompt))
            if found[prompt] is None:
                missing.append(prompt)
        if missing:
            encoders = [getattr(self.base.pipe, name) for name in self.base.text_parts]
            with on_device(encoders, self.base.device):
                for start in range(0, len(missing), ENCODE_CHUNK):
                    chunk = missing[start:start + ENCODE_CHUNK]
                    encoded = self.base.encode_text(chunk)
                    for index, prompt in enumerate(chunk):
                        found[prompt] = {name: t[index].cpu() for name, t in encoded.items()}
                        self.store["text"].put(self.text_key(prompt), found[prompt])
        return found

    def latent_key(self, path: Path, role: str) -> dict:
        stat = path.stat()
        return {"kind": "latents", "base": self.base.name, "role": role, "path": str(path),
                "mtime_ns": stat.st_mtime_ns, "bytes": stat.st_size, "size": self.size, "vae": self.vae}

    def _prepare_latents(self, records: list[Record]) -> dict[tuple[str, Path], torch.Tensor]:
        found, missing = {}, {}
        for record in records:
            for role in ("target", "context"):
                where = (role, getattr(record, role))
                if where not in found:
                    entry = self.store["latents"].get(self.latent_key(where[1], role))
                    found[where] = None if entry is None else entry["latents"]
                    if entry is None:
                        missing[where] = record
        if missing:
            with on_device([self.base.pipe.vae], self.base.device):
                for (role, path), record in missing.items():
                    context, target, _ = load_record(record, self.size)
                    image = (target if role == "target" else context)[None].to(self.base.device)
                    found[(role, path)] = self.base.encode_image(image, role)[0].cpu()
                    self.store["latents"].put(self.latent_key(path, role), {"latents": found[(role, path)]})
        return found

    # -------------------------------------------------------------- per batch

    def batch_text(self, records: list[Record]) -> dict | None:
        if self.text is None:
            return None
        names = self.text[records[0].prompt]
        return {name: torch.stack([self.text[r.prompt][name] for r in records]).to(self.base.device) for name in names}

    def batch_latents(self, records: list[Record]) -> tuple | None:
        if self.latents is None:
            return None
        return tuple(torch.stack([self.latents[(role, getattr(r, role))] for r in records]).to(self.base.device)
                     for role in ("target", "context"))
