"""Tiny random FLUX.1-Kontext and InstructPix2Pix pipelines, saved like the real ones.

They load through `from_pretrained` exactly as the hub checkpoints do, so tests exercise the product's real
loading, training and inference code offline in seconds. Their pictures are meaningless.
Configs: /work/shared/notes/OFFLINE-MODELS.md ("Working with diffusers offline").
"""

from __future__ import annotations

import string
from pathlib import Path

import torch

SEED = 0
# Words of the prompts the tests and examples use; everything else falls back to single characters.
TINY_WORDS = ("make", "the", "man", "woman", "cat", "dog", "in", "style", "keep", "other", "area", "unchanged",
              "pixel", "art", "line", "cyberpunk", "expressionism", "cubism", "watercolor", "of", "a", "photo")


def _t5_tokenizer():
    """A Unigram T5 tokenizer from a small piece list: whole words score higher than letters."""
    from transformers import T5TokenizerFast

    pieces = [("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("\u2581", -2.0)]
    pieces += [("\u2581" + word, -1.0) for word in TINY_WORDS] + [(word, -1.5) for word in TINY_WORDS]
    symbols = string.ascii_letters + string.digits + string.punctuation
    pieces += [(c, -5.0) for c in symbols] + [("\u2581" + c, -5.5) for c in symbols]
    return T5TokenizerFast(vocab=pieces, extra_ids=0)


def _clip_text(folder: Path):
    """A tiny CLIP text encoder and the byte-level tokenizer of localstyle.testing."""
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

    from localstyle.testing import _clip_text_config, write_clip_tokenizer

    write_clip_tokenizer(folder / "tokenizer")
    config = _clip_text_config()
    config.pop("projection_dim")
    torch.manual_seed(SEED)
    return CLIPTextModel(CLIPTextConfig(**config)), CLIPTokenizer.from_pretrained(folder / "tokenizer")


def _vae(latent_channels: int, **extra):
    from diffusers import AutoencoderKL

    torch.manual_seed(SEED)
    return AutoencoderKL(in_channels=3, out_channels=3, latent_channels=latent_channels, norm_num_groups=4,
                         down_block_types=("DownEncoderBlock2D",) * 4, up_block_types=("UpDecoderBlock2D",) * 4,
                         block_out_channels=(8, 8, 8, 8), layers_per_block=1, **extra)


def write_tiny_kontext(folder: str | Path) -> Path:
    """FluxKontextPipeline: 1 double- and 1 single-stream block, 2 heads of 16, VAE with 4 latent channels."""
    import diffusers
    from transformers import T5Config, T5EncoderModel

    folder = Path(folder)
    text_encoder, tokenizer = _clip_text(folder)
    torch.manual_seed(SEED)
    t5 = T5EncoderModel(T5Config(vocab_size=256, d_model=32, d_kv=16, d_ff=64, num_layers=1, num_heads=2,
                                 feed_forward_proj="gated-gelu"))
    torch.manual_seed(SEED)
    transformer = diffusers.FluxTransformer2DModel(
        patch_size=1, in_channels=16, num_layers=1, num_single_layers=1, attention_head_dim=16, num_attention_heads=2,
        joint_attention_dim=32, pooled_projection_dim=32, guidance_embeds=True, axes_dims_rope=(4, 6, 6))
    vae = _vae(4, use_quant_conv=False, use_post_quant_conv=False, shift_factor=0.1159, scaling_factor=0.3611)
    scheduler = diffusers.FlowMatchEulerDiscreteScheduler(shift=3.0, use_dynamic_shifting=True, base_shift=0.5,
                                                          max_shift=1.15, base_image_seq_len=256,
                                                          max_image_seq_len=4096)
    pipe = diffusers.FluxKontextPipeline(scheduler=scheduler, vae=vae, text_encoder=text_encoder, tokenizer=tokenizer,
                                         text_encoder_2=t5, tokenizer_2=_t5_tokenizer(), transformer=transformer)
    pipe.save_pretrained(folder)
    return folder


def write_tiny_instructpix2pix(folder: str | Path) -> Path:
    """StableDiffusionInstructPix2PixPipeline: a 2-level U-Net (8 input channels) with cross-attention."""
    import diffusers

    folder = Path(folder)
    text_encoder, tokenizer = _clip_text(folder)
    torch.manual_seed(SEED)
    unet = diffusers.UNet2DConditionModel(sample_size=8, in_channels=8, out_channels=4, layers_per_block=1,
                                          block_out_channels=(16, 32), norm_num_groups=8, cross_attention_dim=32,
                                          attention_head_dim=8, down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
                                          up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"))
    pipe = diffusers.StableDiffusionInstructPix2PixPipeline(
        vae=_vae(4), text_encoder=text_encoder, tokenizer=tokenizer, unet=unet,
        scheduler=diffusers.EulerAncestralDiscreteScheduler(), safety_checker=None, feature_extractor=None,
        requires_safety_checker=False)
    pipe.save_pretrained(folder)
    return folder


WRITERS = {"kontext": write_tiny_kontext, "instructpix2pix": write_tiny_instructpix2pix}


def main(argv: list[str] | None = None) -> int:
    """python -m localstyle.regionroute.testing DIR: both tiny bases and DIR/models.toml (roles kontext,
    instructpix2pix). `python -m localstyle.testing tiny-models DIR` writes them too, with every other role."""
    import argparse

    from localstyle.models import quiet_transformers

    parser = argparse.ArgumentParser(prog="python -m localstyle.regionroute.testing")
    parser.add_argument("directory")
    args = parser.parse_args(argv)
    quiet_transformers()
    directory = Path(args.directory)
    lines = ["# Tiny random diffusion bases written by `python -m localstyle.regionroute.testing`.", "[models]"]
    for role, writer in WRITERS.items():
        writer(directory / role)
        lines.append(f'{role} = "{role}"')
    (directory / "models.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(directory / "models.toml")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
