"""One training step of RegionRoute: the base model's own denoising loss plus Focus and Cover.

FLUX.1-Kontext (flow matching, as the pipeline runs it at inference):
    x_t = (1 - s) x0 + s eps, target eps - x0, s uniform over the scheduler's training timesteps;
    the context image's latents are appended after the noisy target tokens, with position ids whose first
    axis is 1 (as FluxKontextPipeline sets them); guidance embedding 1.0; the loss on target tokens only.
InstructPix2Pix (DDPM noise prediction): the context latents are concatenated on the channels.
Every sample keeps its own mask and its own style-token positions; one T5 length serves training and
inference (`max_sequence_length`). A batch may bring its text encodings and latents computed beforehand
(regionroute.cache: once per manifest); otherwise they are computed here, every step.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import torch
import torch.nn.functional as F

from localstyle.regionroute.attention import StyleAttentionRecorder
from localstyle.regionroute.losses import check_map_mode, region_losses


@dataclass
class TrainingBatch:
    """Images in [-1, 1], (B, 3, H, W); masks (B, H, W) of 0/1; one prompt and style phrase per sample.
    `text` (the base's text encodings, e.g. {"prompt_embeds", "pooled"}) and `latents` ((clean, context)
    VAE latents), when given, are used instead of encoding prompts and images; then the images may be None."""

    context: torch.Tensor | None
    target: torch.Tensor | None
    masks: torch.Tensor
    prompts: list
    styles: list
    text: dict | None = None
    latents: tuple | None = None


@dataclass
class LossWeights:
    lambda_focus: float = 0.1
    lambda_cover: float = 5e-5
    tau: float = 0.1
    alpha: float = 2.0
    reduction: str = "released"


def pack_latents(latents: torch.Tensor) -> torch.Tensor:
    """(B, C, h, w) -> (B, h/2 * w/2, 4C): Flux's 2 x 2 patches as tokens, row by row."""
    b, c, h, w = latents.shape
    patches = latents.view(b, c, h // 2, 2, w // 2, 2).permute(0, 2, 4, 1, 3, 5)
    return patches.reshape(b, (h // 2) * (w // 2), c * 4)


def unpack_latents(tokens: torch.Tensor, height: int, width: int) -> torch.Tensor:
    """The inverse of pack_latents for a (h, w) latent grid."""
    b, _, channels = tokens.shape
    patches = tokens.view(b, height // 2, width // 2, channels // 4, 2, 2).permute(0, 3, 1, 4, 2, 5)
    return patches.reshape(b, channels // 4, height, width)


def position_ids(rows: int, columns: int, first: float, device, dtype) -> torch.Tensor:
    """(rows * columns, 3) Flux position ids: (first, row, column); first = 0 target, 1 context image."""
    grid = torch.zeros(rows, columns, 3, device=device, dtype=dtype)
    grid[..., 0] = first
    grid[..., 1] = torch.arange(rows, device=device, dtype=dtype)[:, None]
    grid[..., 2] = torch.arange(columns, device=device, dtype=dtype)[None, :]
    return grid.reshape(rows * columns, 3)


def compute_dtype(model) -> torch.dtype:
    """The dtype the frozen base computes in (its first floating non-LoRA parameter): the adapters are
    fp32 on a bf16 base, so `model.dtype` could name either."""
    for name, param in model.named_parameters():
        if param.is_floating_point() and "lora_" not in name:
            return param.dtype
    return torch.float32


def autocast_for(model):
    """Autocast to the base's dtype when it is below fp32 (the fp32 adapters then compute in bf16 like
    the base, keeping fp32 master weights); nothing for an fp32 base."""
    dtype = compute_dtype(model)
    if dtype == torch.float32:
        return contextlib.nullcontext()
    return torch.autocast(next(model.parameters()).device.type, dtype=dtype)


def flux_latents(vae, images: torch.Tensor) -> torch.Tensor:
    """Normalised VAE latents (the distribution's mode, as the Kontext pipeline encodes its image)."""
    latents = vae.encode(images.to(vae.dtype)).latent_dist.mode()
    return (latents - vae.config.shift_factor) * vae.config.scaling_factor


@torch.no_grad()
def flux_text(pipe, prompts: list[str], device, max_sequence_length: int) -> dict:
    """T5 embeddings (B, L, 4096) and CLIP's pooled embedding (B, 768) of the prompts."""
    prompt_embeds, pooled, _ = pipe.encode_prompt(prompt=prompts, prompt_2=None, device=device,
                                                  max_sequence_length=max_sequence_length)
    return {"prompt_embeds": prompt_embeds, "pooled": pooled}


@torch.no_grad()
def flux_image_latents(vae, target: torch.Tensor, context: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    return flux_latents(vae, target), flux_latents(vae, context)


def flux_flow_loss(pipe, batch: TrainingBatch, recorder: StyleAttentionRecorder, positions: list,
                   max_sequence_length: int, generator: torch.Generator) -> torch.Tensor:
    """Flow-matching MSE on the target tokens; records the style attention of every block on the way."""
    device = batch.masks.device
    text = batch.text if batch.text is not None else flux_text(pipe, batch.prompts, device, max_sequence_length)
    clean, context = batch.latents if batch.latents is not None else \
        flux_image_latents(pipe.vae, batch.target, batch.context)
    prompt_embeds = text["prompt_embeds"]
    text_ids = torch.zeros(prompt_embeds.shape[1], 3, device=device, dtype=prompt_embeds.dtype)  # as encode_prompt
    fractions = pipe.scheduler.timesteps / pipe.scheduler.config.num_train_timesteps
    return flux_transformer_loss(pipe.transformer, clean, context, prompt_embeds, text["pooled"], text_ids, fractions,
                                 recorder, positions, generator)


def flux_transformer_loss(transformer, clean, context, prompt_embeds, pooled, text_ids, fractions, recorder,
                          positions, generator) -> torch.Tensor:
    """The transformer part of the flow-matching step, from latents and text embeddings; `fractions` are
    the noise levels s to draw from (the scheduler's training timesteps / 1000)."""
    device = clean.device
    b, _, h, w = clean.shape
    pick = torch.randint(0, len(fractions), (b,), generator=generator)
    s = fractions[pick].to(device, clean.dtype)
    noise = torch.randn(clean.shape, generator=generator).to(device, clean.dtype)
    noisy = (1 - s.view(b, 1, 1, 1)) * clean + s.view(b, 1, 1, 1) * noise
    dtype = compute_dtype(transformer)
    target_ids = position_ids(h // 2, w // 2, 0, device, dtype)
    context_ids = position_ids(context.shape[2] // 2, context.shape[3] // 2, 1, device, dtype)
    tokens = pack_latents(noisy)
    guidance = torch.ones(b, device=device) if transformer.config.guidance_embeds else None
    recorder.start(positions, (h // 2, w // 2), text_len=prompt_embeds.shape[1])
    predicted = transformer(hidden_states=torch.cat([tokens, pack_latents(context)], dim=1).to(dtype),
                            timestep=s.to(dtype), guidance=guidance, pooled_projections=pooled.to(dtype),
                            encoder_hidden_states=prompt_embeds.to(dtype), txt_ids=text_ids,
                            img_ids=torch.cat([target_ids, context_ids], dim=0), return_dict=False)[0]
    recorder.replay()  # checkpoint recomputation in backward redoes the maps' work but keeps none
    return F.mse_loss(predicted[:, :tokens.shape[1]].float(), pack_latents(noise - clean).float())


@torch.no_grad()
def pix2pix_text(pipe, prompts: list[str], device, max_sequence_length: int) -> dict:
    """CLIP's last hidden states (B, 77, 768) of the prompts."""
    tokens = pipe.tokenizer(prompts, padding="max_length", truncation=True,
                            max_length=min(max_sequence_length, pipe.tokenizer.model_max_length), return_tensors="pt")
    return {"prompt_embeds": pipe.text_encoder(tokens.input_ids.to(device))[0]}


@torch.no_grad()
def pix2pix_latents(vae, images: torch.Tensor, role: str) -> torch.Tensor:
    """The VAE's mode: scaled for the target, unscaled for the context image (as the pipeline takes it)."""
    latents = vae.encode(images.to(vae.dtype)).latent_dist.mode()
    return latents * vae.config.scaling_factor if role == "target" else latents


def pix2pix_image_latents(vae, target: torch.Tensor, context: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    return pix2pix_latents(vae, target, "target"), pix2pix_latents(vae, context, "context")


def pix2pix_noise_loss(pipe, batch: TrainingBatch, recorder: StyleAttentionRecorder, positions: list,
                       max_sequence_length: int, generator: torch.Generator) -> torch.Tensor:
    """InstructPix2Pix's noise-prediction MSE; records the style attention of every `attn2` layer."""
    from diffusers import DDPMScheduler

    unet, device = pipe.unet, batch.masks.device
    scheduler = DDPMScheduler.from_config(pipe.scheduler.config)
    text = batch.text if batch.text is not None else pix2pix_text(pipe, batch.prompts, device, max_sequence_length)
    prompt_embeds = text["prompt_embeds"]
    clean, context = batch.latents if batch.latents is not None else \
        pix2pix_image_latents(pipe.vae, batch.target, batch.context)
    b, _, h, w = clean.shape
    steps = torch.randint(0, scheduler.config.num_train_timesteps, (b,), generator=generator).to(device)
    noise = torch.randn(clean.shape, generator=generator).to(device, clean.dtype)
    noisy = scheduler.add_noise(clean, noise, steps)
    target = noise if scheduler.config.prediction_type == "epsilon" else scheduler.get_velocity(clean, noise, steps)
    recorder.start(positions, (h, w))
    dtype = compute_dtype(unet)
    predicted = unet(torch.cat([noisy, context], dim=1).to(dtype), steps,
                     encoder_hidden_states=prompt_embeds.to(dtype), return_dict=False)[0]
    recorder.replay()  # as above
    return F.mse_loss(predicted.float(), target.float())


def training_step(base, batch: TrainingBatch, recorder: StyleAttentionRecorder, weights: LossWeights,
                  generator: torch.Generator) -> dict:
    """The four losses of one step (tensors): `total` = `denoise` + lambda_f `focus` + lambda_c `cover`.
    `base` is a loaded base (localstyle.regionroute.bases) whose recording processors are installed."""
    positions = base.style_positions(batch.prompts, batch.styles)
    check_map_mode(recorder.mode, weights.reduction, positions)
    with autocast_for(base.denoiser):
        denoise = base.denoise_loss(batch, recorder, positions, generator)
    focus, cover = region_losses(recorder.layers, list(batch.masks), weights.reduction, weights.tau, weights.alpha)
    recorder.layers = {}  # the maps live on in the loss's graph only; nothing here outlives the step
    total = denoise + weights.lambda_focus * focus + weights.lambda_cover * cover
    return {"total": total, "denoise": denoise, "focus": focus, "cover": cover}
