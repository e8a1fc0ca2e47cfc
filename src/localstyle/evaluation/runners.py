"""The methods `localstyle eval` compares, by name (`RUNNERS`, as segment-anything's model registry): each
runner makes one method's output for one item, `runner(item, photo, region) -> (RGB uint8, seconds)`.

A runner is built once per eval (or per Ray worker) from the run's `EvalContext`; it loads what it needs
on first use and raises `MethodSkipped` when it cannot run here (a missing package or weights), which
the row reports instead of a number. To add a method: write a runner and add it to `RUNNERS`.
"""

from __future__ import annotations

import importlib.util
import os
import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
import torch
from PIL import Image

from localstyle.errors import InputError, one_line
from localstyle.imageio import load_photo
from localstyle.least.region import stylize_region
from localstyle.manifest import ManifestItem
from localstyle.masks import composite, feather_weights
from localstyle.methods import METHODS, for_method
from localstyle.models import ModelSet
from localstyle.options import Regions, RunOptions

# Model roles of the optional diffusion editors, and the hub ids used when the models file names none.
DIFFUSION_DEFAULTS = {
    "instructpix2pix": ("instructpix2pix", "timbrooks/instruct-pix2pix"),
    "sd-inpaint": ("sd_inpaint", "stable-diffusion-v1-5/stable-diffusion-inpainting"),
}
# `--set` names read by the diffusion editors rather than by StyleSettings, with their defaults.
DIFFUSION_SETTINGS = {"diffusion_steps": 50, "guidance_scale": 7.5, "image_guidance_scale": 1.5,
                      "diffusion_resolution": 512}


class MethodSkipped(Exception):
    """A method that cannot run here (missing package or weights): the row says so, no number is made."""


@dataclass
class EvalContext:
    """What every runner of one eval shares: the models, the run's options (LEAST's, and the CLIPstyler
    baselines' with the same overrides), the diffusion editors' settings, and where to report."""

    models: ModelSet
    options: RunOptions
    diffusion: dict
    warn: Callable[[str], None] = print
    forward: Callable[[ManifestItem, str], Callable] = lambda item, method: None
    global_runs: dict = field(default_factory=dict)  # CLIPstyler runs shared by clipstyler and -paste

    @property
    def least_settings(self):
        return self.options.style_settings()

    @property
    def clipstyler_settings(self):
        return self.options.style_settings("clipstyler")


class LeastRunner:
    """Ours: the LEAST stylizer on the item's region (the masks every method is scored on)."""

    def __init__(self, context: EvalContext):
        self.context, self.stylizer = context, METHODS["least"](context.models)

    def __call__(self, item: ManifestItem, photo, region) -> tuple[np.ndarray, float]:
        started = time.perf_counter()
        result = self.stylizer(photo, item.instruction, self.context.options,
                               regions=Regions(masks=tuple(p.mask for p in region.plans)),
                               progress=self.context.forward(item, "least"))
        return load_photo(result.image).rgb, time.perf_counter() - started


class ClipstylerRunner:
    """CLIPstyler on the whole image, its own settings (preset clipstyler), no mask. Several edits: each
    style over the whole of the previous output, as eq. 7 without masks."""

    def __init__(self, context: EvalContext):
        self.context = context

    def __call__(self, item: ManifestItem, photo, region) -> tuple[np.ndarray, float]:
        chain = tuple((style, self.context.options.seed + k) for k, style in enumerate(region.styles))
        return self.global_run(item, photo.rgb, chain)

    def global_run(self, item, rgb: np.ndarray, chain: tuple) -> tuple[np.ndarray, float]:
        """The styles in `chain` ((style, seed), ...) applied in turn to the whole photo; cached per item so
        `clipstyler` and `clipstyler-paste` share runs."""
        key = (item.id, chain)
        if key not in self.context.global_runs:
            rgb, before = self.global_run(item, rgb, chain[:-1]) if len(chain) > 1 else (rgb, 0.0)
            style, seed = chain[-1]
            started = time.perf_counter()
            whole = np.ones(rgb.shape[:2], dtype=bool)
            output, _ = stylize_region(rgb, whole, style, self.context.models, self.context.clipstyler_settings,
                                       seed, self.context.forward(item, "clipstyler"))
            self.context.global_runs[key] = (output, before + time.perf_counter() - started)
        return self.context.global_runs[key]


class ClipstylerPasteRunner(ClipstylerRunner):
    """The global CLIPstyler output pasted through each edit's region mask (feathered as LEAST's)."""

    def __call__(self, item: ManifestItem, photo, region) -> tuple[np.ndarray, float]:
        output, seconds = photo.rgb, 0.0
        for k, plan in enumerate(region.plans):
            stylised, took = self.global_run(item, photo.rgb, ((plan.edit.style, self.context.options.seed + k),))
            started = time.perf_counter()
            output = composite(output, stylised, feather_weights(plan.mask, self.context.least_settings.feather))
            seconds += took + time.perf_counter() - started
        return output, seconds


class DiffusionRunner:
    """A diffusers editor (InstructPix2Pix with the instruction, or SD inpainting of each region), loaded
    once on first use; skipped for every item when it cannot be loaded."""

    def __init__(self, context: EvalContext, method: str):
        self.context, self.method = context, method
        self.editor, self.unavailable = None, None

    def load(self):
        if self.unavailable is not None:
            raise MethodSkipped(self.unavailable)
        if self.editor is None:
            try:
                self.editor = self._load()
            except MethodSkipped as exc:
                self.unavailable = str(exc)
                self.context.warn(f"{self.method} skipped for every item: {exc}")
                raise
        return self.editor

    def _load(self):
        role, default = DIFFUSION_DEFAULTS[self.method]
        source = self.context.models.sources.get(role, default)
        if importlib.util.find_spec("diffusers") is None:
            raise MethodSkipped("diffusers is not installed (pip install 'localstyle[diffusion]')")
        try:
            import diffusers  # the optional extra
        except ImportError as exc:
            raise MethodSkipped(f"diffusers cannot be imported: {one_line(exc)}") from None
        name = ("StableDiffusionInstructPix2PixPipeline" if self.method == "instructpix2pix"
                else "StableDiffusionInpaintPipeline")
        device = self.context.models.device
        dtype = torch.float16 if device.type == "cuda" else torch.float32
        try:
            pipeline = getattr(diffusers, name).from_pretrained(source, torch_dtype=dtype, safety_checker=None,
                                                                requires_safety_checker=False)
        except (OSError, ValueError, RuntimeError, ImportError, AttributeError) as exc:
            offline = os.environ.get("HF_HUB_OFFLINE") == "1"
            raise MethodSkipped(f"weights for role '{role}' ({source}) are not available"
                                f"{' offline' if offline else ''}: {one_line(exc)}") from None
        pipeline = pipeline.to(device)
        pipeline.set_progress_bar_config(disable=True)
        if device.type == "cpu":
            self.context.warn(f"{self.method} runs on the CPU: expect minutes per image")
        return pipeline

    def __call__(self, item: ManifestItem, photo, region) -> tuple[np.ndarray, float]:
        editor = self.load()
        started = time.perf_counter()
        work = diffusion_size(photo.size, int(self.context.diffusion["diffusion_resolution"]))
        image = Image.fromarray(photo.rgb).resize(work, Image.LANCZOS)
        common = {"num_inference_steps": int(self.context.diffusion["diffusion_steps"]),
                  "guidance_scale": float(self.context.diffusion["guidance_scale"])}
        seed = self.context.options.seed
        if self.method == "instructpix2pix":
            image = editor(prompt=item.instruction, image=image, generator=self._generator(seed),
                           image_guidance_scale=float(self.context.diffusion["image_guidance_scale"]),
                           **common).images[0]
        else:  # one inpainting pass per edit, in order, each with its own mask and prompt
            for k, plan in enumerate(region.plans):
                mask = Image.fromarray(plan.mask.astype(np.uint8) * 255, "L").resize(work, Image.NEAREST)
                prompt = f"{plan.edit.region} in the style of {plan.edit.style}"
                image = editor(prompt=prompt, image=image, mask_image=mask, width=work[0], height=work[1],
                               generator=self._generator(seed + k), **common).images[0]
        output = np.asarray(image.convert("RGB").resize(photo.size, Image.LANCZOS))
        return output, time.perf_counter() - started

    def _generator(self, seed: int) -> torch.Generator:
        # diffusers draws its noise on the pipeline's device; MPS generators are not supported, the CPU's are.
        device = "cpu" if self.context.models.device.type == "mps" else self.context.models.device
        return torch.Generator(device=device).manual_seed(seed)


class RegionRouteRunner:
    """RegionRoute: the base editor with the style adapters of --adapters, mask-free (scored on the same
    region as the others), at the diffusion editors' steps and resolution."""

    def __init__(self, context: EvalContext):
        if not context.options.regionroute.adapters:
            raise InputError("eval --method regionroute needs --adapters DIR (train one with `localstyle "
                             "regionroute train`)")
        self.context, self.editor = context, None
        self.options = for_method(context.options.replace(
            method="regionroute", steps=int(context.diffusion["diffusion_steps"]),
            resolution=int(context.diffusion["diffusion_resolution"])))

    def __call__(self, item: ManifestItem, photo, region) -> tuple[np.ndarray, float]:
        if self.editor is None:
            self.editor = METHODS["regionroute"](self.context.models, self.options)
        started = time.perf_counter()
        result = self.editor(photo.to_image(), item.instruction, self.options)
        return np.asarray(result.image.convert("RGB")), time.perf_counter() - started


RUNNERS: dict[str, Callable[[EvalContext], Callable]] = {
    "least": LeastRunner,
    "clipstyler": ClipstylerRunner,
    "clipstyler-paste": ClipstylerPasteRunner,
    "instructpix2pix": lambda context: DiffusionRunner(context, "instructpix2pix"),
    "sd-inpaint": lambda context: DiffusionRunner(context, "sd-inpaint"),
    "regionroute": RegionRouteRunner,
}


def diffusion_size(size: tuple[int, int], resolution: int) -> tuple[int, int]:
    """Long side `resolution`, aspect kept, both sides multiples of 8 (the VAE's factor)."""
    scale = resolution / max(size)
    return tuple(max(8, int(round(side * scale / 8)) * 8) for side in size)
