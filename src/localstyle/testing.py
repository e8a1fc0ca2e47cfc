"""Tiny random models of every default architecture, for tests and smoke runs.

    python -m localstyle.testing tiny-models DIR
    python -m localstyle.testing real-size-models DIR   # CLIP ViT-B/32 + VGG19, real size, for timing

writes one folder per role and DIR/models.toml. The folders load through exactly the code that loads
real weights (`from_pretrained`, safetensors), so a run with `--models DIR/models.toml` exercises the
whole product offline in seconds. The outputs are meaningless: the weights are random.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import string
import sys
from pathlib import Path

import torch
from safetensors.torch import save_file
from torchvision.models import alexnet
from transformers import (
    BertTokenizer,
    CLIPConfig,
    CLIPImageProcessor,
    CLIPModel,
    CLIPTextConfig,
    CLIPTextModel,
    CLIPTokenizer,
    GroundingDinoConfig,
    GroundingDinoForObjectDetection,
    GroundingDinoImageProcessor,
    GroundingDinoProcessor,
    Owlv2Config,
    Owlv2ForObjectDetection,
    Owlv2ImageProcessor,
    Owlv2Processor,
    Sam2ImageProcessor,
    Sam2VideoConfig,
    Sam2VideoMaskDecoderConfig,
    Sam2VideoModel,
    Sam2VideoProcessor,
    Sam2VideoPromptEncoderConfig,
    Sam2VideoVideoProcessor,
    Sam3ImageProcessor,
    Sam3Processor,
    Sam3VideoConfig,
    Sam3VideoModel,
    SamConfig,
    SamImageProcessor,
    SamModel,
    SamProcessor,
    SwinConfig,
    T5Config,
    T5EncoderModel,
    T5TokenizerFast,
)

from localstyle.models import VGG19_LAYOUT, build_vgg_features, quiet_transformers

SEED = 0


def _byte_symbols() -> list[str]:
    """The 256 printable stand-ins byte-level BPE uses for raw bytes (GPT-2 / CLIP convention)."""
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + \
        list(range(ord("®"), ord("ÿ") + 1))
    symbols, extra = {}, 0
    for byte in range(256):
        if byte in printable:
            symbols[byte] = chr(byte)
        else:
            symbols[byte] = chr(256 + extra)
            extra += 1
    return [symbols[b] for b in range(256)]


def write_clip_tokenizer(folder: Path, model_max_length: int = 77) -> None:
    """A CLIP BPE tokenizer with the byte alphabet and no merges: every character is a token.

    Real CLIP checkpoints carry their own 49k-merge tokenizer; the tiny one only has to be loadable by
    AutoTokenizer through the same files (vocab.json + merges.txt)."""
    symbols = _byte_symbols()
    vocab = {s: i for i, s in enumerate(symbols)}
    vocab.update({s + "</w>": i + 256 for i, s in enumerate(symbols)})
    vocab["<|startoftext|>"] = len(vocab)
    vocab["<|endoftext|>"] = len(vocab)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    (folder / "merges.txt").write_text("#version: 0.2\n", encoding="utf-8")

    tokenizer = CLIPTokenizer(str(folder / "vocab.json"), str(folder / "merges.txt"),
                              model_max_length=model_max_length)
    tokenizer.save_pretrained(folder)


# Ids of <|startoftext|> and <|endoftext|> in the tiny tokenizer (256 bytes, 256 word-final bytes, then these).
TINY_BOS_ID, TINY_EOS_ID = 512, 513


def _clip_text_config(max_positions: int = 77) -> dict:
    # CLIP pools the text at the end-of-text token, found by id: it must match the tiny tokenizer's.
    return dict(vocab_size=49408, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                num_attention_heads=4, max_position_embeddings=max_positions, projection_dim=16,
                bos_token_id=TINY_BOS_ID, eos_token_id=TINY_EOS_ID, pad_token_id=TINY_EOS_ID)


def write_clip(folder: Path, real_size: bool = False) -> None:
    if real_size:
        config = real_size_clip_config()
    else:
        config = CLIPConfig(text_config=_clip_text_config(),
                            vision_config=dict(image_size=224, patch_size=32, hidden_size=32, intermediate_size=64,
                                               num_hidden_layers=2, num_attention_heads=4, projection_dim=16),
                            projection_dim=16)
    torch.manual_seed(SEED)
    CLIPModel(config).save_pretrained(folder)
    write_clip_tokenizer(folder)
    CLIPImageProcessor().save_pretrained(folder)  # OpenAI's: shortest side 224, centre crop 224


def real_size_clip_config():
    """CLIP ViT-B/32 as `CLIPConfig()` builds it, with the byte tokenizer's special ids: the text tower
    pools at the end-of-text token, found by id, so with the defaults' ids every text would pool its
    first token and the style direction would be zero."""
    return CLIPConfig(text_config={"bos_token_id": TINY_BOS_ID, "eos_token_id": TINY_EOS_ID,
                                   "pad_token_id": TINY_EOS_ID})


# Narrow VGG19: the same layer pattern (so conv4_2 / conv5_2 sit where they do in the real net) at 1/16 width.
TINY_VGG_LAYOUT = [c // 16 if isinstance(c, int) else c for c in VGG19_LAYOUT]


def write_vgg(folder: Path, real_size: bool = False) -> None:
    layout = VGG19_LAYOUT if real_size else TINY_VGG_LAYOUT
    torch.manual_seed(SEED)
    features = build_vgg_features(layout)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps({"architecture": "vgg19", "layout": layout}))
    save_file({k: v.contiguous() for k, v in features.state_dict().items()}, str(folder / "model.safetensors"))


def write_sam(folder: Path, real_size: bool = False) -> None:
    """Tiny SAM, or with `real_size` SAM ViT-B as `SamConfig()` builds it (random weights, for timing)."""
    torch.manual_seed(SEED)
    if real_size:
        SamModel(SamConfig()).save_pretrained(folder)
        SamProcessor(SamImageProcessor()).save_pretrained(folder)
        return
    config = SamConfig(
        vision_config=dict(hidden_size=32, output_channels=32, num_hidden_layers=2, num_attention_heads=4,
                           image_size=128, patch_size=16, window_size=4, global_attn_indexes=[1],
                           num_pos_feats=16, mlp_dim=64),
        prompt_encoder_config=dict(hidden_size=32, image_size=128, patch_size=16, mask_input_channels=8),
        mask_decoder_config=dict(hidden_size=32, mlp_dim=64, num_hidden_layers=2, num_attention_heads=4,
                                 iou_head_hidden_dim=32),
    )
    SamModel(config).save_pretrained(folder)
    processor = SamProcessor(SamImageProcessor(size={"longest_edge": 128}, pad_size={"height": 128, "width": 128},
                                               mask_size={"longest_edge": 32},
                                               mask_pad_size={"height": 32, "width": 32}))
    processor.save_pretrained(folder)


def write_sam2_video(folder: Path) -> None:
    """Tiny SAM 2 video model (Hiera of 4 stages at widths 16-128, 128 px input). Widths the code fixes:
    the memory encoder's output is 64 channels, and the mask decoder's width must be a multiple of it
    (object pointers are split into 64-wide tokens)."""
    width = 128
    config = Sam2VideoConfig(
        vision_config=dict(
            model_type="sam2_vision_model",
            backbone_config=dict(model_type="sam2_hiera_det_model", hidden_size=16, num_attention_heads=1,
                                 image_size=[128, 128], blocks_per_stage=[1, 1, 2, 1],
                                 embed_dim_per_stage=[16, 32, 64, 128], num_attention_heads_per_stage=[1, 1, 1, 1],
                                 window_size_per_stage=[4, 4, 4, 4], global_attention_blocks=[3],
                                 window_positional_embedding_background_size=[4, 4]),
            backbone_channel_list=[128, 64, 32, 16], backbone_feature_sizes=[[32, 32], [16, 16], [8, 8]],
            fpn_hidden_size=width),
        # Config objects, not dicts: transformers 5.17 builds a dict here as the wrong sub-config class.
        prompt_encoder_config=Sam2VideoPromptEncoderConfig(hidden_size=width, image_size=128, patch_size=16,
                                                           mask_input_channels=8),
        mask_decoder_config=Sam2VideoMaskDecoderConfig(hidden_size=width, mlp_dim=64, num_attention_heads=2,
                                                       iou_head_hidden_dim=width),
        image_size=128, num_maskmem=3, max_object_pointers_in_encoder=4, memory_attention_hidden_size=width,
        memory_attention_num_layers=1, memory_attention_feed_forward_hidden_size=64,
        memory_attention_rope_feat_sizes=[8, 8], memory_encoder_hidden_size=width, memory_encoder_output_channels=64,
        mask_downsampler_embed_dim=width, memory_fuser_embed_dim=width, memory_fuser_intermediate_dim=64,
        memory_fuser_num_layers=1)
    torch.manual_seed(SEED)
    Sam2VideoModel(config).save_pretrained(folder)
    Sam2VideoProcessor(image_processor=Sam2ImageProcessor(size={"height": 128, "width": 128},
                                                              mask_size={"height": 32, "width": 32}),
                       video_processor=Sam2VideoVideoProcessor(size={"height": 128, "width": 128}),
                       target_size=128).save_pretrained(folder)


def write_sam3(folder: Path) -> None:
    """Tiny SAM 3, saved as the real checkpoint is (a Sam3VideoModel: the detector and the tracker, which
    share the ViT backbone), so `Sam3Model` and `Sam3TrackerVideoModel` both load from the one folder. A
    112 px ViT of 14 px patches (8 x 8 tokens), 8 queries. Widths the code fixes, as for SAM 2: the memory
    encoder's output is 64 channels and the tracker's width must be a larger multiple of it."""
    width = 128
    vision = dict(model_type="sam3_vision_model", fpn_hidden_size=width, backbone_feature_sizes=[[32, 32], [16, 16],
                                                                                                [8, 8]],
                  backbone_config=dict(model_type="sam3_vit_model", hidden_size=32, intermediate_size=64,
                                       num_hidden_layers=2, num_attention_heads=2, image_size=112, patch_size=14,
                                       window_size=4, global_attn_indexes=[1], pretrain_image_size=112))
    small = dict(hidden_size=width, num_layers=1, num_attention_heads=2, intermediate_size=64)
    detector = dict(model_type="sam3", vision_config=vision, text_config={**_clip_text_config(32), "projection_dim": 32},
                    geometry_encoder_config=small, detr_encoder_config=small,
                    detr_decoder_config={**small, "num_queries": 8},
                    mask_decoder_config=dict(hidden_size=width, num_attention_heads=2))
    tracker = dict(model_type="sam3_tracker_video", vision_config=vision, image_size=112,
                   prompt_encoder_config=dict(hidden_size=width, image_size=112, patch_size=14, mask_input_channels=8),
                   mask_decoder_config=dict(hidden_size=width, mlp_dim=64, num_attention_heads=2,
                                            iou_head_hidden_dim=width),
                   num_maskmem=3, max_object_pointers_in_encoder=4, memory_attention_hidden_size=width,
                   memory_attention_num_layers=1, memory_attention_feed_forward_hidden_size=64,
                   memory_attention_rope_feat_sizes=[8, 8], memory_encoder_hidden_size=width,
                   memory_encoder_output_channels=64, mask_downsampler_embed_dim=width, memory_fuser_embed_dim=width,
                   memory_fuser_intermediate_dim=64, memory_fuser_num_layers=1)
    torch.manual_seed(SEED)
    Sam3VideoModel(Sam3VideoConfig(detector_config=detector, tracker_config=tracker)).save_pretrained(folder)
    write_clip_tokenizer(folder, model_max_length=32)  # SAM 3 pads its prompts to 32 tokens
    Sam3Processor(Sam3ImageProcessor(size={"height": 112, "width": 112}, mask_size={"height": 32, "width": 32}),
                  CLIPTokenizer.from_pretrained(folder)).save_pretrained(folder)
    Sam2VideoVideoProcessor(size={"height": 112, "width": 112}).save_pretrained(folder)  # the tracker's frames


def _bert_vocab() -> dict[str, int]:
    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ".", ",", "the", "a", "of", "on", "in", "left",
             "right", "dog", "cat", "car", "sky", "building", "person", "tree", "house", "road", "boat",
             "bird", "horse", "cup", "chair", "table", "rocket", "astronaut", "coffee", "face", "flower"]
    words += [chr(c) for c in range(ord("a"), ord("z") + 1) if chr(c) not in words]
    words += ["##" + chr(c) for c in range(ord("a"), ord("z") + 1)]
    return {w: i for i, w in enumerate(words)}


def write_grounding_dino(folder: Path) -> None:
    config = GroundingDinoConfig(
        d_model=32, encoder_layers=1, decoder_layers=2, encoder_attention_heads=4, decoder_attention_heads=4,
        encoder_ffn_dim=32, decoder_ffn_dim=32, num_queries=10, num_feature_levels=4, encoder_n_points=2,
        decoder_n_points=2, max_text_len=32,
        backbone_config=SwinConfig(window_size=7, embed_dim=8, depths=[1, 1, 1, 1], num_heads=[1, 1, 1, 1],
                                   image_size=224, out_indices=[2, 3, 4]),
        text_config=dict(model_type="bert", vocab_size=100, hidden_size=16, num_hidden_layers=1,
                         num_attention_heads=2, intermediate_size=16, max_position_embeddings=64),
    )
    torch.manual_seed(SEED)
    GroundingDinoForObjectDetection(config).save_pretrained(folder)
    vocab_file = folder / "vocab.txt"
    vocab_file.write_text("\n".join(_bert_vocab()) + "\n", encoding="utf-8")
    tokenizer = BertTokenizer(str(vocab_file), model_max_length=32)
    processor = GroundingDinoProcessor(GroundingDinoImageProcessor(size={"shortest_edge": 224, "longest_edge": 320}),
                                       tokenizer)
    processor.save_pretrained(folder)


def write_owlv2(folder: Path) -> None:
    config = Owlv2Config(text_config=_clip_text_config(max_positions=16),
                         vision_config=dict(image_size=96, patch_size=16, hidden_size=32, intermediate_size=64,
                                            num_hidden_layers=2, num_attention_heads=4),
                         projection_dim=32)
    torch.manual_seed(SEED)
    Owlv2ForObjectDetection(config).save_pretrained(folder)
    write_clip_tokenizer(folder, model_max_length=16)
    tokenizer = CLIPTokenizer.from_pretrained(folder)
    Owlv2Processor(Owlv2ImageProcessor(size={"height": 96, "width": 96}), tokenizer).save_pretrained(folder)


def write_lpips_backbone(folder: Path) -> None:
    """Random AlexNet `features` at full width: LPIPS's shipped linear layers expect its channel counts."""
    torch.manual_seed(SEED)
    features = alexnet(weights=None).features
    folder.mkdir(parents=True, exist_ok=True)
    save_file({k: v.contiguous() for k, v in features.state_dict().items()}, str(folder / "model.safetensors"))


# RegionRoute's base editors, FluxKontextPipeline and InstructPix2Pix (configs: the spec's "Working with
# diffusers offline"); they need diffusers, the regionroute extra.
# Words of the prompts the tests and examples use; everything else falls back to single characters.
TINY_WORDS = ("make", "the", "man", "woman", "cat", "dog", "in", "style", "keep", "other", "area", "unchanged",
              "pixel", "art", "line", "cyberpunk", "expressionism", "cubism", "watercolor", "of", "a", "photo")


def _t5_tokenizer():
    """A Unigram T5 tokenizer from a small piece list: whole words score higher than letters."""
    pieces = [("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("\u2581", -2.0)]
    pieces += [("\u2581" + word, -1.0) for word in TINY_WORDS] + [(word, -1.5) for word in TINY_WORDS]
    symbols = string.ascii_letters + string.digits + string.punctuation
    pieces += [(c, -5.0) for c in symbols] + [("\u2581" + c, -5.5) for c in symbols]
    return T5TokenizerFast(vocab=pieces, extra_ids=0)


def _clip_text_pair(folder: Path):
    """A tiny CLIP text encoder and the byte-level tokenizer of localstyle.testing."""
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

    folder = Path(folder)
    text_encoder, tokenizer = _clip_text_pair(folder)
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
    text_encoder, tokenizer = _clip_text_pair(folder)
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


WRITERS = {
    "clip": write_clip,
    "vgg": write_vgg,
    "sam": write_sam,
    "detector": write_grounding_dino,
    "owlv2": write_owlv2,
    "lpips": write_lpips_backbone,
    "sam2_video": write_sam2_video,
    "sam3": write_sam3,
    # RegionRoute's base editors (FluxKontextPipeline, InstructPix2Pix); need diffusers: the regionroute extra
    "kontext": write_tiny_kontext,
    "instructpix2pix": write_tiny_instructpix2pix,
}
DIFFUSION_ROLES = ("kontext", "instructpix2pix")


def default_roles() -> tuple[str, ...]:
    """Every role; the diffusion bases only where diffusers is installed (a LEAST-only install still works)."""
    if importlib.util.find_spec("diffusers") is None:
        return tuple(r for r in WRITERS if r not in DIFFUSION_ROLES)
    return tuple(WRITERS)


# The roles a timing run needs, at their real sizes (`real-size-models`).
REAL_SIZE_WRITERS = {"clip": write_clip, "vgg": write_vgg, "sam": write_sam}


def write_tiny_models(directory: str | Path, roles: tuple[str, ...] | None = None,
                      real_size: bool = False) -> Path:
    """Write tiny random models for `roles` (all by default) and DIR/models.toml; returns the TOML path.
    `real_size`: CLIP ViT-B/32 and VGG19 (by default; SAM ViT-B on request) at their real sizes (random
    weights), for timing runs."""
    quiet_transformers()
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    lines = [f"# {'Real-size' if real_size else 'Tiny'} random models written by `python -m localstyle.testing`.",
             "# Outputs made with them are meaningless; they exist to run the real code offline.", "[models]"]
    for role in roles or (("clip", "vgg") if real_size else default_roles()):
        if real_size:
            REAL_SIZE_WRITERS[role](directory / role, real_size=True)
        else:
            WRITERS[role](directory / role)
        lines.append(f'{role} = "{role}"')
    toml_path = directory / "models.toml"
    toml_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return toml_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m localstyle.testing")
    sub = parser.add_subparsers(dest="command", required=True)
    tiny = sub.add_parser("tiny-models", help="write tiny random models of every default architecture")
    tiny.add_argument("directory")
    tiny.add_argument("--roles", help="comma-separated roles (default: all; kontext and instructpix2pix "
                      "when diffusers is installed)")
    real = sub.add_parser("real-size-models", help="write CLIP ViT-B/32 and VGG19 at real size, random "
                          "weights (about 700 MB), to time end-to-end runs offline")
    real.add_argument("directory")
    args = parser.parse_args(argv)
    if args.command == "real-size-models":
        print(write_tiny_models(args.directory, real_size=True))
        return 0
    roles = tuple(r.strip() for r in (args.roles or ",".join(default_roles())).split(",") if r.strip())
    unknown = [r for r in roles if r not in WRITERS]
    if unknown:
        print(f"error: unknown role(s) {', '.join(unknown)}; choose from {', '.join(WRITERS)}", file=sys.stderr)
        return 2
    print(write_tiny_models(args.directory, roles))
    return 0


if __name__ == "__main__":
    sys.exit(main())
