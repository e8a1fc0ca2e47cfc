"""CLIP's image tower computed for the style losses: transformers' arithmetic, arranged for speed.

The losses call the tower on 65 images a step and need only the class token's embedding and the
gradient back to the pixels. This forward computes what `CLIPModel.get_image_features` computes (equal
to float rounding, pinned by tests/test_clip_tower.py) with less work:

* the patch embedding (a convolution whose stride is its kernel) is one matrix product: on CPU the
  convolution's input gradient (oneDNN's convolution backward) was a large share of the tower's time;
* q, k and v come from one matrix product (one cast of its input under autocast, not three);
* `quick_gelu(h) = h * sigmoid(1.702 h)` is `silu(1.702 h) / 1.702`, with both factors folded into the
  two MLP matrix products (addmm's alpha and beta): one fused activation and its backward instead of
  three elementwise passes over the widest tensor;
* the last layer runs its query, attention output and MLP for the class token only (the other tokens'
  outputs are never read), keys and values for all tokens;
* on CPU, attention is the plain matmul-softmax (torch's CPU SDPA backward is slow at 50 tokens);
  elsewhere SDPA.

The time each of these saves, measured, is in docs/speed.md ("What localstyle does about CPU time").
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

QUICK_GELU_SCALE = 1.702  # quick_gelu(h) = h * sigmoid(1.702 h)


class ImageTower:
    """`tower(pixels)`: B x 3 x S x S normalised pixels -> B x projection_dim image features (not normalised)."""

    def __init__(self, model):
        self.vision = model.vision_model
        self.projection = model.visual_projection
        config = model.config.vision_config
        self.heads = config.num_attention_heads
        self.quick_gelu = config.hidden_act == "quick_gelu"
        # torch's SDPA where its backward is fast (CUDA); the plain matmul-softmax on the CPU
        self.plain_attention = next(model.parameters()).device.type == "cpu"
        # one q|k|v matrix per layer: a copy (ViT-B/32: 85 MB in fp32) so transformers' modules stay as loaded
        self.qkv = [(torch.cat([a.q_proj.weight, a.k_proj.weight, a.v_proj.weight]),
                     torch.cat([a.q_proj.bias, a.k_proj.bias, a.v_proj.bias]))
                    for a in (layer.self_attn for layer in self.vision.encoder.layers)]
        self.matrices = {None: self._matrices()}

    def _matrices(self, dtype: torch.dtype | None = None) -> dict:
        """Every weight the tower multiplies by, in `dtype` (None: as loaded). Autocast casts a weight that
        needs no gradient again at every use (twice a step for ViT-B/32's 85 M, about 0.2 s a time on a
        2-core CPU); a copy made once in the autocast dtype gives the same bits (autocast's cast is
        `.to(dtype)`) without that. Layer norms are not here: autocast runs them in fp32 anyway."""
        cast = (lambda t: t) if dtype is None else (lambda t: t.detach().to(dtype))
        layers = self.vision.encoder.layers
        return {"patch": cast(self.vision.embeddings.patch_embedding.weight),
                "projection": cast(self.projection.weight),
                "qkv": [(cast(w), cast(b)) for w, b in self.qkv],
                "out": [(cast(layer.self_attn.out_proj.weight), cast(layer.self_attn.out_proj.bias)) for layer in layers],
                "fc1": [(cast(layer.mlp.fc1.weight), cast(layer.mlp.fc1.bias)) for layer in layers],
                "fc2": [(cast(layer.mlp.fc2.weight), cast(layer.mlp.fc2.bias)) for layer in layers]}

    def _weights(self, device: torch.device) -> dict:
        """The weights in the dtype autocast would cast them to here (made on first use), else as loaded."""
        dtype = torch.get_autocast_dtype(device.type) if torch.is_autocast_enabled(device.type) else None
        if dtype not in self.matrices:
            self.matrices[dtype] = self._matrices(dtype)
        return self.matrices[dtype]

    def __call__(self, pixels: torch.Tensor) -> torch.Tensor:
        embeddings = self.vision.embeddings
        weights = self._weights(pixels.device)
        tokens = patch_tokens(pixels, weights["patch"])
        hidden = torch.cat([embeddings.class_embedding.expand(pixels.shape[0], 1, -1), tokens], dim=1)
        hidden = self.vision.pre_layrnorm(hidden + embeddings.position_embedding(embeddings.position_ids))
        last = len(self.qkv) - 1
        for index in range(last + 1):
            hidden = self._layer(index, hidden, weights, class_token_only=index == last)
        return F.linear(self.vision.post_layernorm(hidden[:, 0, :]), weights["projection"])

    def _layer(self, index: int, hidden: torch.Tensor, weights: dict, class_token_only: bool) -> torch.Tensor:
        """Layer `index` (a pre-norm CLIPEncoderLayer); with `class_token_only` it returns B x 1 x D."""
        layer = self.vision.encoder.layers[index]
        attended = self._attention(index, layer.layer_norm1(hidden), weights, class_token_only)
        hidden = (hidden[:, :1] if class_token_only else hidden) + attended
        return hidden + self._mlp(index, layer.mlp, layer.layer_norm2(hidden), weights)

    def _attention(self, index: int, normed: torch.Tensor, weights: dict, class_token_only: bool) -> torch.Tensor:
        batch, _, width = normed.shape
        weight, bias = weights["qkv"][index]
        split = lambda x: x.view(batch, x.shape[1], self.heads, -1).transpose(1, 2)  # B x heads x T x d
        if class_token_only:
            query = split(F.linear(normed[:, :1], weight[:width], bias[:width]))
            key, value = F.linear(normed, weight[width:], bias[width:]).split(width, dim=-1)
        else:
            query, key, value = F.linear(normed, weight, bias).split(width, dim=-1)
            query = split(query)
        key, value = split(key), split(value)
        attention = self.vision.encoder.layers[index].self_attn
        if self.plain_attention:
            scores = torch.matmul(query, key.transpose(-1, -2)) * attention.scale
            scores = F.softmax(scores, dim=-1, dtype=torch.float32).to(query.dtype)
            mixed = torch.matmul(scores, value)
        else:
            mixed = F.scaled_dot_product_attention(query, key, value, scale=attention.scale)
        return F.linear(mixed.transpose(1, 2).reshape(batch, query.shape[2], width), *weights["out"][index])

    def _mlp(self, index: int, mlp, normed: torch.Tensor, weights: dict) -> torch.Tensor:
        if not self.quick_gelu:
            return mlp(normed)
        flat = normed.reshape(-1, normed.shape[-1])
        (w1, b1), (w2, b2) = weights["fc1"][index], weights["fc2"][index]
        # fc2(quick_gelu(fc1(x))) = (W2 / 1.702) silu(1.702 W1 x + 1.702 b1) + b2
        hidden = torch.addmm(b1, flat, w1.t(), beta=QUICK_GELU_SCALE, alpha=QUICK_GELU_SCALE)
        out = torch.addmm(b2, F.silu(hidden), w2.t(), alpha=1 / QUICK_GELU_SCALE)
        return out.view(*normed.shape[:-1], -1)


def patch_tokens(pixels: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
    """B x 3 x H x W -> B x (H/p * W/p) x D: each p x p patch, row by row, times the patch convolution's
    D x 3 x p x p weights (no bias: CLIP's patch embedding has none)."""
    batch, channels, height, width = pixels.shape
    side = weight.shape[-1]
    rows, cols = height // side, width // side
    patches = pixels.reshape(batch, channels, rows, side, cols, side).permute(0, 2, 4, 1, 3, 5)
    return F.linear(patches.reshape(batch, rows * cols, -1), weight.reshape(weight.shape[0], -1))
