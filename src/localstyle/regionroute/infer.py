"""Mask-free RegionRoute inference: an instruction in, the base editor with the routed style adapters out.

    localstyle stylize photo.jpg "make the man in pixel-art style" --method regionroute --adapters DIR

The instruction is read into (object, style) by the same parser as LEAST and sent to the base in the
released prompt pattern. No mask is used by the model: the adapter learned where the style goes. The
output has the input's size (Kontext's own ~1 MP resize and preferred aspect ratios are turned off; the
work size is `resolution` on the long side, then the result is resized back). Beyond the paper,
`keep_background` grounds the object (detector + SAM) and composites through its mask, so every pixel
outside it is the input's own. Only when asked (`record_attention`, the CLI's --save-dir) is the style's
attention recorded (joint mode, averaged over layers and steps) and kept as a picture; otherwise the
base's stock attention processors run untouched (no extra work, and whatever attention backend the
user set in diffusers).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from localstyle.errors import InputError
from localstyle.imageio import load_photo
from localstyle.masks import composite, feather_weights
from localstyle.options import Regions, RunOptions
from localstyle.pipeline import plan_regions, resolve_models
from localstyle.regionroute import experts
from localstyle.regionroute.attention import StyleAttentionRecorder, uninstall
from localstyle.regionroute.bases import DEFAULT_GUIDANCE, load_base, plan_memory
from localstyle.regionroute.memory import place
from localstyle.regionroute.data import PROMPT_PATTERN
from localstyle.regionroute.train import check_resolution
from localstyle.regions.instruction import parse_instruction
from localstyle.settings import check_settings


@dataclass
class RegionRouteResult:
    image: Image.Image
    record: dict
    attention: np.ndarray | None = None  # H x W in [0, 1], the input's size
    mask: np.ndarray | None = None  # the grounded mask when keep_background
    extras: dict = field(default_factory=dict)


class RegionRouteEditor:
    """A base with every adapter of `adapters` loaded once; call it per image."""

    def __init__(self, adapters: str | os.PathLike, base: str = "kontext", models=None, device: str = "auto",
                 text_length: int | None = None, memory: str = "auto"):
        """`text_length`: the T5 length; by default the one the adapters were trained with (512 for
        adapters that do not say); a different one is refused. `memory`: a mode of
        localstyle.regionroute.memory (auto: what the free GPU memory allows)."""
        experts.check_adapters(adapters, base)  # every file, before minutes of model loading
        length = experts.adapters_text_length(adapters, text_length)
        self.models = resolve_models(models, device)
        self.memory = plan_memory(self.models, base, memory)
        # on the CPU until the adapters are in (diffusers re-offloads after a LoRA load only to a GPU)
        self.base = load_base(self.models, base, quantize=self.memory.mode == "nf4", memory=None)
        self.base.set_text_length(512 if length is None else length)
        self.experts = experts.load_experts(self.base, adapters)
        place(self.base.pipe, self.memory.mode, self.models.device)
        self.adapters = str(adapters)
        self.recorder = StyleAttentionRecorder(mode="joint")

    @classmethod
    def for_options(cls, options: RunOptions, models=None, device: str = "auto") -> "RegionRouteEditor":
        """The editor a run's options name (adapters, base, the T5 length in settings)."""
        if not options.adapters:
            raise InputError("--method regionroute needs --adapters DIR (train one with `localstyle regionroute "
                             "train`)")
        return cls(options.adapters, options.base, models, device, text_length=options.settings.get("text_length"),
                   memory=options.settings.get("memory", "auto"))

    def route(self, style: str, temperature: float = 0.1, top_k: int | None = None) -> dict[str, float]:
        return experts.route(self.base, style, self.experts, temperature, top_k)

    def __call__(self, image, instruction: str, options: RunOptions | None = None, *, regions: Regions | None = None,
                 progress=None, **settings) -> RegionRouteResult:
        """The stylizers' one call: `options` as for LEAST (steps, seed, resolution, feather, keep_background,
        detector and thresholds; guidance, temperature and top_k in `settings`), or those by name."""
        refuse_regions(regions)
        if options is not None:
            settings = {**run_settings(options), **settings}
        return self.edit(image, instruction, progress=progress, **settings)

    def edit(self, image, instruction: str, *, steps: int = 28, guidance: float | None = None, seed: int = 42,
                 resolution: int | None = None, temperature: float = 0.1, top_k: int | None = None,
                 keep_background: bool = False, feather: int = 3, detector: str = "detector",
                 box_threshold: float | None = None, text_threshold: float = 0.25, record_attention: bool = False,
                 progress=None) -> RegionRouteResult:
        """`progress`, if given, receives the pipeline's stage and step events (the web page shows them;
        an exception raised from it stops the edit, as a cancel does). `record_attention` keeps the style's
        attention picture (`result.attention`); otherwise the stock attention processors run."""
        started = time.perf_counter()
        photo = load_photo(image)
        edits = parse_instruction(instruction)
        if len(edits) != 1:
            raise InputError(f"regionroute edits one object per run; the instruction has {len(edits)} edits")
        edit = edits[0]
        if steps < 1:
            raise InputError(f"steps must be at least 1, got {steps}")
        prompt = PROMPT_PATTERN.format(object=edit.region, style=edit.style)
        weights = self.route(edit.style, temperature, top_k)
        experts.activate(self.base, weights)
        work = self.base.work_size(photo.size, resolution)
        guidance = DEFAULT_GUIDANCE[self.base.name] if guidance is None else guidance
        if progress is not None:
            progress({"event": "stage", "stage": "stylize", "edit": 0, "edits": 1, "steps": steps})
        edited, attention = self._edit(Image.fromarray(photo.rgb).resize(work, Image.LANCZOS), prompt, edit.style,
                                       steps, guidance, seed, record_attention, progress)
        rgb = np.asarray(edited.convert("RGB").resize(photo.size, Image.LANCZOS))
        attention_map = None if attention is None else \
            np.asarray(Image.fromarray(attention).resize(photo.size, Image.BILINEAR)) / 255.0
        mask = None
        if keep_background:
            rgb, mask = self._keep_background(photo, edit, rgb, feather, detector, box_threshold, text_threshold)
        record = {"method": "regionroute", "instruction": instruction, "region": edit.region, "style": edit.style,
                  "prompt": prompt, "routing": weights, "base": self.base.name, "adapters": self.adapters,
                  "steps": steps, "guidance": guidance, "seed": seed, "text_length": self.base.max_sequence_length,
                  "work_size": list(work),
                  "model_output_size": list(edited.size),
                  "image_size": list(photo.size), "keep_background": keep_background,
                  "attention_recorded": record_attention, **self.memory.record(),
                  "mask_area": None if mask is None else int(mask.sum()), "device": str(self.models.device),
                  "models": dict(self.models.sources), "seconds": round(time.perf_counter() - started, 3)}
        return RegionRouteResult(photo.to_image(rgb), record, attention_map, mask)

    def _edit(self, image: Image.Image, prompt: str, style: str, steps: int, guidance: float, seed: int,
              record: bool, progress=None):
        """The edited picture and, when `record`, the style's attention (uint8 on the token grid) averaged
        over steps; the recording processors are in place for this call only. `progress` gets a step event
        after each denoising step."""
        generator = torch.Generator("cpu").manual_seed(seed)
        grid, sums, started = self.base.grid(image.size), [], time.perf_counter()

        def each_step(pipe, step, timestep, kwargs):
            if record:
                sums.append(layer_average(self.recorder.layers, grid))
            if progress is not None:
                elapsed = time.perf_counter() - started
                progress({"event": "step", "step": step + 1, "steps": steps, "loss": None, "elapsed": elapsed,
                          "eta": elapsed / (step + 1) * (steps - step - 1)})
            return kwargs

        if not record:
            with torch.no_grad():
                return self.base.edit(image, prompt, steps, guidance, generator, callback=each_step), None
        positions = self.base.style_positions([prompt], [style])[0]
        stock = self.base.install(self.recorder)
        self.recorder.start(self.base.batch_positions(positions), grid, text_len=self.base.text_len())
        try:
            with torch.no_grad():
                edited = self.base.edit(image, prompt, steps, guidance, generator, callback=each_step)
        finally:
            self.recorder.stop()
            self.recorder.layers = {}
            uninstall(self.base.denoiser, stock)
        heat = torch.stack(sums).mean(dim=0)
        heat = (heat - heat.min()) / (heat.max() - heat.min()).clamp_min(1e-12)
        return edited, (heat.view(grid).numpy() * 255).round().astype(np.uint8)

    def _keep_background(self, photo, edit, rgb, feather, detector, box_threshold, text_threshold):
        options = RunOptions(detector=detector, box_threshold=box_threshold, text_threshold=text_threshold)
        plan = plan_regions(photo, [edit], self.models, options=options)[0]
        return composite(photo.rgb, rgb, feather_weights(plan.mask, feather)), plan.mask


def refuse_regions(regions: Regions | None) -> None:
    if regions is not None and regions.count:
        raise InputError("--method regionroute is mask-free: --box, --mask and --points do not apply "
                         "(--keep-background composites through a grounded mask)")


RUN_SETTINGS = ("guidance", "temperature", "top_k", "text_length", "memory")  # --set names of a regionroute run
EDITOR_SETTINGS = ("text_length", "memory")  # of those, the editor's own: set when it loads


def run_settings(options: RunOptions) -> dict:
    """`edit`'s keyword arguments from a run's options, each checked by settings.RULES (EDITOR_SETTINGS are
    the editor's: set at load); the resolution must suit the base."""
    unknown = sorted(set(options.settings) - set(RUN_SETTINGS))
    if unknown:
        raise InputError(f"unknown regionroute setting(s) {', '.join(unknown)}: choose from "
                         f"{', '.join(RUN_SETTINGS)}")
    settings = check_settings(options.settings)
    if options.resolution is not None:
        check_resolution(options.resolution, options.base)
    extra = {k: v for k, v in settings.items() if k not in EDITOR_SETTINGS}
    return {"steps": options.steps or 28, "seed": options.seed, "resolution": options.resolution,
            "keep_background": options.keep_background, "feather": 3 if options.feather is None else options.feather,
            "detector": options.detector, "box_threshold": options.box_threshold,
            "text_threshold": options.text_threshold, **extra}


def layer_average(layers: dict, grid: tuple[int, int]) -> torch.Tensor:
    """The recorded maps of the conditioned sample, mean over style tokens, on `grid`, mean over layers."""
    maps = []
    for layer in layers.values():
        values = next(m for m in layer.maps if m is not None).detach().float().mean(dim=1)
        if tuple(layer.grid) != tuple(grid):
            values = F.interpolate(values.view(1, 1, *layer.grid), size=grid, mode="bilinear").flatten()
        maps.append(values.cpu())
    return torch.stack(maps).mean(dim=0)


def attention_picture(rgb: np.ndarray, attention: np.ndarray) -> Image.Image:
    """The map as a red heat layer over a dimmed photo."""
    heat = attention[..., None]
    red = np.zeros_like(rgb, dtype=np.float32)
    red[..., 0] = 255
    mixed = rgb.astype(np.float32) * (1 - 0.6 * heat) * 0.7 + red * 0.6 * heat
    return Image.fromarray(mixed.clip(0, 255).astype(np.uint8))


def stylize(image, instruction: str, *, adapters: str | os.PathLike, base: str = "kontext", models=None,
            device: str = "auto", text_length: int | None = None, memory: str = "auto",
            **options) -> RegionRouteResult:
    """One-shot API: load the base and the adapters, edit one image. For many images keep a
    RegionRouteEditor. `options`: steps, guidance, seed, resolution, temperature, top_k, keep_background,
    feather, detector, box_threshold, text_threshold, record_attention."""
    return RegionRouteEditor(adapters, base, models, device, text_length, memory)(image, instruction, **options)
