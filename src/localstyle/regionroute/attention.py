"""Recording attention processors: how much attention the target image pays to the style's tokens.

One processor class per base: `FluxRecordingProcessor` for the double- and single-stream blocks of
FLUX.1-Kontext, `CrossAttentionRecordingProcessor` for the `attn2` layers of an SD 1.5 U-Net
(InstructPix2Pix). Each computes the block's output with exactly the stock operations (the output is
bit-identical), and, while a `StyleAttentionRecorder` is armed, stores one map per layer and sample:
(target positions, style tokens), averaged over heads.

Map modes (`recorder.mode`):
- `joint` (default): the probability mass on each style token under the full softmax over ALL keys (text +
  image), as the model really attends. Computed as SDPA(q_target, K_all, V) with V the one-hot columns of
  the style keys padded to the head dim, so no N x S matrix is ever built.
- `text`: the same, with the softmax over the text keys only (the same one-hot trick on the text keys).
- `selected`: the released code's map, softmax over the style keys only. Degenerate for one style token
  (exactly 1 everywhere, zero gradient), so `check_mode` refuses it there.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import torch
import torch.nn.functional as F

from localstyle.errors import InputError

MAP_MODES = ("joint", "text", "selected")


@dataclass
class LayerMap:
    """One layer's maps: per sample a (height * width, tokens) tensor, or None for a sample not recorded."""

    maps: list
    grid: tuple[int, int]


@dataclass
class StyleAttentionRecorder:
    """What to record and where it goes. `positions[b]` are sample b's style-token indices in its text
    sequence (None: do not record that sample); `grid` is the target's (height, width) in tokens."""

    mode: str = "joint"
    positions: list = field(default_factory=list)
    grid: tuple[int, int] = (0, 0)
    text_len: int = 0
    armed: bool = False
    keep: bool = True
    layers: dict = field(default_factory=dict)

    def __post_init__(self):
        if self.mode not in MAP_MODES:
            raise InputError(f"unknown attention map mode {self.mode!r}: choose from {', '.join(MAP_MODES)}")

    def start(self, positions: list, grid: tuple[int, int], text_len: int = 0) -> None:
        """Record from now on; `text_len` is the joint sequence's text length (Flux), `grid` the target's."""
        self.positions, self.grid, self.text_len = list(positions), tuple(grid), text_len
        self.layers, self.armed, self.keep = {}, True, True

    def replay(self) -> None:
        """After the training forward: still compute the maps (non-reentrant gradient checkpointing
        re-runs each block during backward and needs the same saved tensors, the maps' included) but
        keep none. A kept recomputed map would hold a second autograd graph per layer until the next
        step: ~8 activation-sized tensors per layer."""
        self.keep = False

    def stop(self) -> None:
        self.armed = False

    def held_bytes(self) -> int:
        """Bytes of the maps held now (in training each keeps its autograd graph alive with it)."""
        return sum(m.numel() * m.element_size() for layer in self.layers.values() for m in layer.maps
                   if m is not None)

    def record(self, name: str, query: torch.Tensor, key: torch.Tensor, text_len: int, target: slice,
               grid: tuple[int, int] | None = None) -> None:
        """query: (B, H, S_q, D) with the target positions at `target`; key: (B, H, S_k, D), text first."""
        maps = []
        for sample, positions in enumerate(self.positions):
            if positions is None:
                maps.append(None)
                continue
            q = query[sample:sample + 1, :, target]
            k = key[sample:sample + 1]
            maps.append(style_attention(q, k, torch.as_tensor(positions, device=k.device), text_len, self.mode))
        if self.keep:
            self.layers[name] = LayerMap(maps, grid or self.grid)


def style_attention(query: torch.Tensor, key: torch.Tensor, positions: torch.Tensor, text_len: int,
                    mode: str) -> torch.Tensor:
    """(1, H, N, D) queries, (1, H, S, D) keys -> (N, K) attention on the K style keys, mean over heads."""
    if mode == "selected":
        logits = query @ key[:, :, positions].transpose(-1, -2) / math.sqrt(query.shape[-1])
        return logits.softmax(dim=-1).mean(dim=1)[0]
    keys = key[:, :, :text_len] if mode == "text" else key
    count = positions.numel()
    width = max(count, query.shape[-1])  # as wide as the head dim, so fused SDPA kernels accept it
    onehot = torch.zeros(keys.shape[2], width, dtype=query.dtype, device=query.device)
    onehot[positions, torch.arange(count, device=query.device)] = 1
    values = onehot.expand(1, keys.shape[1], -1, -1)
    return F.scaled_dot_product_attention(query, keys, values)[..., :count].mean(dim=1)[0]


def _rotate(x: torch.Tensor, rotary: tuple[torch.Tensor, torch.Tensor]) -> torch.Tensor:
    """Flux's rotary embedding on (B, S, H, D): pairs (x0, x1) -> (x0 cos - x1 sin, x1 cos + x0 sin)."""
    cos, sin = (t[None, :, None, :].to(x.device) for t in rotary)
    even, odd = x.reshape(*x.shape[:-1], -1, 2).unbind(-1)
    turned = torch.stack([-odd, even], dim=-1).flatten(3)
    return (x.float() * cos + turned.float() * sin).to(x.dtype)


class FluxRecordingProcessor:
    """Flux attention (double-stream: separate text and image projections; single-stream: one joint
    sequence), the same operations as diffusers' FluxAttnProcessor, plus the style-attention record.
    Text tokens come first in the joint sequence; then the noisy target tokens, then the context tokens."""

    def __init__(self, recorder: StyleAttentionRecorder, name: str):
        self.recorder, self.name = recorder, name

    def __call__(self, attn, hidden_states, encoder_hidden_states=None, attention_mask=None,
                 image_rotary_emb=None):
        if getattr(attn, "fused_projections", False):
            raise InputError("fused QKV projections are not supported by the recording processor")
        heads = (-1, attn.head_dim)
        query = attn.norm_q(attn.to_q(hidden_states).unflatten(-1, heads))
        key = attn.norm_k(attn.to_k(hidden_states).unflatten(-1, heads))
        value = attn.to_v(hidden_states).unflatten(-1, heads)
        double = encoder_hidden_states is not None and attn.added_kv_proj_dim is not None
        if double:
            text_q = attn.norm_added_q(attn.add_q_proj(encoder_hidden_states).unflatten(-1, heads))
            text_k = attn.norm_added_k(attn.add_k_proj(encoder_hidden_states).unflatten(-1, heads))
            text_v = attn.add_v_proj(encoder_hidden_states).unflatten(-1, heads)
            query, key = torch.cat([text_q, query], dim=1), torch.cat([text_k, key], dim=1)
            value = torch.cat([text_v, value], dim=1)
        if image_rotary_emb is not None:
            query, key = _rotate(query, image_rotary_emb), _rotate(key, image_rotary_emb)
        query, key, value = (t.transpose(1, 2) for t in (query, key, value))  # (B, H, S, D)
        if attention_mask is not None and attention_mask.ndim == 2:
            attention_mask = attention_mask[:, None, None, :]
        out = F.scaled_dot_product_attention(query, key, value, attn_mask=attention_mask)
        out = out.transpose(1, 2).flatten(2, 3).to(query.dtype)
        if self.recorder.armed:
            text_len = self.recorder.text_len
            height, width = self.recorder.grid
            self.recorder.record(self.name, query, key, text_len, slice(text_len, text_len + height * width))
        if not double:
            return out
        text_out, image_out = out.split_with_sizes([encoder_hidden_states.shape[1],
                                                    out.shape[1] - encoder_hidden_states.shape[1]], dim=1)
        image_out = attn.to_out[1](attn.to_out[0](image_out.contiguous()))
        return image_out, attn.to_add_out(text_out.contiguous())


class CrossAttentionRecordingProcessor:
    """SD U-Net cross-attention (`attn2`), the same operations as diffusers' AttnProcessor2_0 for the
    plain case (no group norm, no spatial norm, 3-d input), plus the record. Every query is a target
    position; the keys are the text tokens only, so `joint` and `text` coincide."""

    def __init__(self, recorder: StyleAttentionRecorder, name: str):
        self.recorder, self.name = recorder, name

    def __call__(self, attn, hidden_states, encoder_hidden_states=None, attention_mask=None, temb=None,
                 *args, **kwargs):
        if hidden_states.ndim != 3 or attn.group_norm is not None or attn.spatial_norm is not None:
            raise InputError("the recording processor handles plain 3-d cross-attention only")
        batch, length, _ = hidden_states.shape
        context = hidden_states if encoder_hidden_states is None else encoder_hidden_states
        if attention_mask is not None:
            attention_mask = attn.prepare_attention_mask(attention_mask, context.shape[1], batch)
            attention_mask = attention_mask.view(batch, attn.heads, -1, attention_mask.shape[-1])
        if attn.norm_cross and encoder_hidden_states is not None:
            context = attn.norm_encoder_hidden_states(context)
        query, key, value = attn.to_q(hidden_states), attn.to_k(context), attn.to_v(context)
        head_dim = key.shape[-1] // attn.heads
        query, key, value = (t.view(batch, -1, attn.heads, head_dim).transpose(1, 2) for t in (query, key, value))
        if attn.norm_q is not None:
            query = attn.norm_q(query)
        if attn.norm_k is not None:
            key = attn.norm_k(key)
        out = F.scaled_dot_product_attention(query, key, value, attn_mask=attention_mask)
        out = out.transpose(1, 2).reshape(batch, -1, attn.heads * head_dim).to(query.dtype)
        if self.recorder.armed:
            self.recorder.record(self.name, query, key, key.shape[2], slice(0, length),
                                 grid=_grid_of(length, self.recorder.grid))
        out = attn.to_out[1](attn.to_out[0](out))
        if attn.residual_connection:
            out = out + hidden_states
        return out / attn.rescale_output_factor


def _grid_of(length: int, full: tuple[int, int]) -> tuple[int, int]:
    """A U-Net level's (height, width) from its token count and the top level's grid (halved per level)."""
    height, width = full
    while height * width > length and height > 1:
        height, width = (height + 1) // 2, (width + 1) // 2
    if height * width != length:
        raise InputError(f"cannot place {length} attention positions on a grid under {full}")
    return height, width


def _is_flux_attention(name: str) -> bool:
    """The attention module of a double- (`transformer_blocks.N.attn`) or single-stream block
    (`single_transformer_blocks.N.attn`): all 19 + 38 in FLUX.1-Kontext."""
    return name.endswith(".attn") and "transformer_blocks" in name


def install_flux(transformer, recorder: StyleAttentionRecorder) -> dict:
    """Recording processors on every double- and single-stream block; returns the stock ones."""
    return _install(transformer, recorder, FluxRecordingProcessor, _is_flux_attention)


def keep_one_gradient_layout(transformer) -> list:
    """Make the gradient of every Flux attention block's output contiguous before it flows back into the
    block, whatever processor runs there (stock or recording); returns the hook handles (`.remove()`).

    Why: the gradient reaching scaled_dot_product_attention's output is otherwise laid out in two ways for
    one q/k/v layout. In a single-stream block the attention output is concatenated with the MLP branch
    before `proj_out`, so its gradient is a slice of a 5x wider one (row stride 5 H D); in a double-stream
    block it comes from `to_out` and is contiguous (row stride H D). PyTorch's cuDNN attention caches its
    backward plan under the q/k/v sizes and strides only, with the output gradient's strides built in:
    backward runs the single blocks first, so the double blocks would replay a plan that reads 5x too far
    (the illegal memory access on Hopper GPUs; docs/regionroute.md). Everything between the module's output
    and SDPA's is a view, so a contiguous gradient here arrives there as the (B, S, H, D)-contiguous layout
    the double blocks have anyway: one copy per single-stream block, the same values, the same LoRA
    gradients. A model without Flux blocks (an SD U-Net) gets no hook: there every attention output goes
    through `to_out` first."""
    return [module.register_forward_hook(_contiguous_output_gradients)
            for name, module in transformer.named_modules() if _is_flux_attention(name)
            and hasattr(module, "set_processor")]


def _contiguous_output_gradients(module, args, output) -> None:
    for tensor in output if isinstance(output, tuple) else (output,):
        if isinstance(tensor, torch.Tensor) and tensor.requires_grad:
            tensor.register_hook(torch.Tensor.contiguous)


def install_unet(unet, recorder: StyleAttentionRecorder) -> dict:
    """Recording processors on every cross-attention (`attn2`) layer of a U-Net; returns the stock ones."""
    return _install(unet, recorder, CrossAttentionRecordingProcessor, lambda name: name.endswith(".attn2"))


def _install(model, recorder, processor_class, wanted) -> dict:
    stock = {}
    for name, module in model.named_modules():
        if wanted(name) and hasattr(module, "set_processor"):
            stock[name] = module.processor
            module.set_processor(processor_class(recorder, name))
    if not stock:
        raise InputError(f"no attention layer to record in {type(model).__name__}")
    return stock


def uninstall(model, stock: dict) -> None:
    """Put the stock processors back."""
    modules = dict(model.named_modules())
    for name, processor in stock.items():
        modules[name].set_processor(processor)
