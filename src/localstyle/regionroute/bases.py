"""The two base editors RegionRoute trains adapters for, behind one small interface.

- `kontext`: FLUX.1-Kontext-dev (the paper's), FluxKontextPipeline; all 19 + 38 attention blocks recorded.
- `instructpix2pix`: InstructPix2Pix (an SD 1.5 U-Net, for 12-24 GB GPUs); the `attn2` cross-attention
  layers recorded, whose keys are the 77 CLIP text tokens.
Each is a model role of `--models` (hub id or a folder written by save_pretrained).
"""

from __future__ import annotations

import os

import numpy as np
import torch
from PIL import Image
from transformers import BitsAndBytesConfig as Int8Config
from transformers import T5EncoderModel

from localstyle.errors import InputError, ModelError, one_line
from localstyle.models import quiet_transformers
from localstyle.regionroute import attention, flow, memory
from localstyle.regionroute.memory import MemoryPlan, nf4_available, place
from localstyle.regionroute.tokens import batch_positions

# base -> (model role, default hub id, diffusers pipeline class)
BASES = {
    "kontext": ("kontext", "black-forest-labs/FLUX.1-Kontext-dev", "FluxKontextPipeline"),
    "instructpix2pix": ("instructpix2pix", "timbrooks/instruct-pix2pix", "StableDiffusionInstructPix2PixPipeline"),
}
DEFAULT_GUIDANCE = {"kontext": 3.5, "instructpix2pix": 7.5}  # the released inference settings
LORA_TARGETS = ["to_q", "to_k", "to_v", "to_out.0"]  # single-stream Flux blocks have no to_out: q/k/v there


def load_base(models, base: str = "kontext", dtype: torch.dtype | None = None, quantize: bool = False,
              memory: str | None = "full", quantize_text: bool = False) -> Base:
    """Load a base pipeline for `models` (a localstyle.models.ModelSet), frozen, placed by `memory` (a
    mode of localstyle.regionroute.memory: "full" on the device; None: left on the CPU for the caller).
    Where bitsandbytes and CUDA are present, as released: `quantize` (or memory "nf4") loads the Flux
    transformer in NF4 (bf16 compute), `quantize_text` its T5 encoder in 8 bits (training encodes each
    prompt once with it)."""
    if base not in BASES:
        raise InputError(f"unknown base {base!r}: choose from {', '.join(BASES)}")
    import diffusers

    diffusers.utils.logging.set_verbosity_error()  # the CLI draws its own progress; no per-load bars
    diffusers.utils.logging.disable_progress_bar()
    quiet_transformers()  # the text encoders load through transformers, with bars of their own
    role, default, class_name = BASES[base]
    source = models.sources.get(role, default)
    dtype = dtype or default_dtype(models.device)
    extra = {"safety_checker": None, "requires_safety_checker": False} if base == "instructpix2pix" else {}
    try:
        if (quantize or memory == "nf4") and base == "kontext" and nf4_available(models.device):
            extra["transformer"] = _nf4_transformer(source)
        if quantize_text and base == "kontext" and nf4_available(models.device):
            extra["text_encoder_2"] = T5EncoderModel.from_pretrained(
                source, subfolder="text_encoder_2", quantization_config=Int8Config(load_in_8bit=True),
                dtype=torch.bfloat16)
        pipe = getattr(diffusers, class_name).from_pretrained(source, dtype=dtype, **extra)
    except (OSError, ValueError, RuntimeError) as exc:
        raise ModelError(_unloadable(role, source, exc)) from None
    if memory is not None:
        place(pipe, memory, models.device)
    pipe.set_progress_bar_config(disable=True)
    for part in ("vae", "text_encoder", "text_encoder_2", "transformer", "unet"):
        if getattr(pipe, part, None) is not None:
            getattr(pipe, part).requires_grad_(False)
    return (KontextBase if base == "kontext" else Pix2PixBase)(base, pipe, models.device)


def default_dtype(device: torch.device) -> torch.dtype:
    return torch.bfloat16 if device.type == "cuda" else torch.float32


def _unloadable(role: str, source: str, exc: Exception) -> str:
    where = "offline and not in the cache" if os.environ.get("HF_HUB_OFFLINE") == "1" else "not loadable"
    return f"model for role '{role}' ({source}) is {where}: {one_line(exc)}; point --models at a local folder"


def plan_memory(models, base: str, asked: str = "auto") -> MemoryPlan:
    """The memory mode an editor of `base` runs in on `models.device` (localstyle.regionroute.memory)."""
    if base not in BASES:
        raise InputError(f"unknown base {base!r}: choose from {', '.join(BASES)}")
    role, default, class_name = BASES[base]
    denoiser = "transformer" if base == "kontext" else "unet"
    if asked == "nf4" and base != "kontext":
        raise InputError(f"memory=nf4 quantises FLUX.1-Kontext's transformer; base {base} has none (it fits "
                         "12-24 GB cards in full)")
    try:
        return memory.plan(asked, models.device, models.sources.get(role, default), class_name, denoiser,
                           default_dtype(models.device), nf4=base == "kontext")
    except (OSError, ValueError) as exc:
        raise ModelError(_unloadable(role, models.sources.get(role, default), exc)) from None


def _nf4_transformer(source: str):
    from diffusers import BitsAndBytesConfig, FluxTransformer2DModel

    config = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=torch.bfloat16)
    return FluxTransformer2DModel.from_pretrained(source, subfolder="transformer", quantization_config=config,
                                                  dtype=torch.bfloat16)


class Base:
    """What training and inference need to know about one base editor."""

    resolution = 512
    multiple = 8

    def __init__(self, name: str, pipe, device: torch.device, max_sequence_length: int = 512):
        self.name, self.pipe, self.device = name, pipe, device
        self.max_sequence_length = max_sequence_length

    @property
    def denoiser(self):
        raise NotImplementedError

    def install(self, recorder: attention.StyleAttentionRecorder) -> dict:
        raise NotImplementedError

    def set_text_length(self, tokens: int) -> None:
        """The text encoder's sequence length, the same for training and inference."""
        self.max_sequence_length = tokens

    def denoise_loss(self, batch, recorder, positions, generator) -> torch.Tensor:
        raise NotImplementedError

    text_parts: tuple[str, ...] = ()  # the pipeline's parts `encode_text` runs

    def encode_text(self, prompts: list[str]) -> dict[str, torch.Tensor]:
        """The prompts' text encodings, per sample on the first dimension (what a TrainingBatch's `text` holds)."""
        raise NotImplementedError

    def encode_image(self, images: torch.Tensor, role: str) -> torch.Tensor:
        """VAE latents of (B, 3, H, W) images in [-1, 1] as the `target` or the `context` of a TrainingBatch."""
        raise NotImplementedError

    def edit(self, image: Image.Image, prompt: str, steps: int, guidance: float, generator, callback=None):
        raise NotImplementedError

    @property
    def text_tokenizer(self):
        """The tokenizer whose sequence the attention keys follow."""
        return self.pipe.tokenizer

    def style_positions(self, prompts: list[str], styles: list[str]) -> list:
        return batch_positions(self.text_tokenizer, prompts, styles, self.max_sequence_length)

    @torch.no_grad()
    def text_embedding(self, texts: list[str]) -> torch.Tensor:
        """Unit CLIP text embeddings (the pooled output), for routing styles to experts."""
        tokens = self.pipe.tokenizer(texts, padding="max_length", truncation=True,
                                     max_length=self.pipe.tokenizer.model_max_length, return_tensors="pt")
        pooled = self.pipe.text_encoder(tokens.input_ids.to(self.device)).pooler_output
        return torch.nn.functional.normalize(pooled.float(), dim=-1)

    def work_size(self, size: tuple[int, int], resolution: int | None = None) -> tuple[int, int]:
        """Long side `resolution`, aspect kept, sides multiples of what the base needs."""
        scale = (resolution or self.resolution) / max(size)
        return tuple(max(self.multiple, round(side * scale / self.multiple) * self.multiple) for side in size)


class KontextBase(Base):
    resolution = 1024
    multiple = 16  # VAE factor 8 x 2 x 2 patches

    @property
    def denoiser(self):
        return self.pipe.transformer

    @property
    def text_tokenizer(self):
        return self.pipe.tokenizer_2  # T5: the text tokens of the joint sequence

    def install(self, recorder):
        return attention.install_flux(self.pipe.transformer, recorder)

    def denoise_loss(self, batch, recorder, positions, generator):
        return flow.flux_flow_loss(self.pipe, batch, recorder, positions, self.max_sequence_length, generator)

    text_parts = ("text_encoder", "text_encoder_2")  # CLIP (pooled) and T5

    def encode_text(self, prompts):
        return flow.flux_text(self.pipe, prompts, self.device, self.max_sequence_length)

    def encode_image(self, images, role):
        with torch.no_grad():
            return flow.flux_latents(self.pipe.vae, images)  # target and context alike

    def grid(self, size: tuple[int, int]) -> tuple[int, int]:
        return size[1] // 16, size[0] // 16

    def edit(self, image, prompt, steps, guidance, generator, callback=None):
        width, height = image.size
        # Kontext would resize to ~1 MP and a preferred aspect otherwise, changing the output size.
        return self.pipe(image=image, prompt=prompt, height=height, width=width, max_area=width * height,
                         _auto_resize=False, num_inference_steps=steps, guidance_scale=guidance,
                         generator=generator, max_sequence_length=self.max_sequence_length,
                         callback_on_step_end=callback).images[0]

    def batch_positions(self, positions: list) -> list:
        return [positions]

    def text_len(self) -> int:
        return self.max_sequence_length


class Pix2PixBase(Base):
    def __init__(self, name, pipe, device, max_sequence_length: int = 77):
        super().__init__(name, pipe, device)
        self.set_text_length(max_sequence_length)

    def set_text_length(self, tokens: int) -> None:
        self.max_sequence_length = min(tokens, self.pipe.tokenizer.model_max_length)  # CLIP: 77

    @property
    def denoiser(self):
        return self.pipe.unet

    def install(self, recorder):
        return attention.install_unet(self.pipe.unet, recorder)

    def denoise_loss(self, batch, recorder, positions, generator):
        return flow.pix2pix_noise_loss(self.pipe, batch, recorder, positions, self.max_sequence_length, generator)

    text_parts = ("text_encoder",)

    def encode_text(self, prompts):
        return flow.pix2pix_text(self.pipe, prompts, self.device, self.max_sequence_length)

    def encode_image(self, images, role):
        return flow.pix2pix_latents(self.pipe.vae, images, role)

    def grid(self, size: tuple[int, int]) -> tuple[int, int]:
        return size[1] // 8, size[0] // 8

    def edit(self, image, prompt, steps, guidance, generator, callback=None):
        return self.pipe(prompt=prompt, image=image, num_inference_steps=steps, guidance_scale=guidance,
                         generator=generator, callback_on_step_end=callback).images[0]

    def batch_positions(self, positions: list) -> list:
        return [positions, None, None]  # classifier-free guidance: only the text-conditioned sample counts

    def text_len(self) -> int:
        return self.max_sequence_length


def to_model_image(image: Image.Image) -> torch.Tensor:
    """PIL RGB -> (3, H, W) in [-1, 1]."""
    return torch.from_numpy(np.asarray(image.convert("RGB"), dtype=np.float32) / 127.5 - 1).permute(2, 0, 1)
