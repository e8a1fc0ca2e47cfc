"""RegionRoute as a stylizer: an instruction in, the base editor with the routed style adapters out, mask-free
(localstyle.methods.METHODS["regionroute"]).

    localstyle stylize photo.jpg "make the man in pixel-art style" --method regionroute --adapters DIR

The instruction is read into (object, style) by the same parser as LEAST and sent to the base in the
released prompt pattern. No mask is used by the model: the adapter learned where the style goes. The
output has the input's size (Kontext's own ~1 MP resize and preferred aspect ratios are turned off; the
work size is `resolution` on the long side, then the result is resized back). Beyond the paper,
`keep_background` grounds the object (detector + SAM) and composites through its mask, so every pixel
outside it is the input's own. Only when asked (`record_attention`: the CLI's --save-dir, the web page) is
the style's attention recorded (joint mode, averaged over layers and steps) and returned; otherwise the
base's stock attention processors run untouched (no extra work, and whatever attention backend the user
set in diffusers).
"""

from __future__ import annotations

import os
import time

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from localstyle.errors import FieldError, InputError
from localstyle.imageio import load_photo
from localstyle.masks import composite, feather_weights
from localstyle.models import ModelSet, resolve_models
from localstyle.options import RegionRouteOptions, Regions, RunOptions
from localstyle.progress import Progress
from localstyle.regionroute import experts
from localstyle.regionroute.attention import StyleAttentionRecorder, uninstall
from localstyle.regionroute.bases import DEFAULT_GUIDANCE, load_base, plan_memory
from localstyle.regionroute.data import PROMPT_PATTERN
from localstyle.regionroute.memory import place
from localstyle.regionroute.train import check_resolution
from localstyle.regions.instruction import Edit, parse_instruction, parse_with_picture
from localstyle.regions.plan import plan_record, plan_regions
from localstyle.result import Result, Stopwatch, versions
from localstyle.style_picture import StylePicture, load_style_picture, picture_embedding

TEXT_LENGTH = 512  # T5 length for adapters that do not record theirs (the released training's)


class RegionRoute:
    """A base editor with every adapter of `options.regionroute.adapters` loaded once; call it per image.

        stylizer = RegionRoute("models.toml", RunOptions(method="regionroute", adapters="adapters/"))
        result = stylizer("cat.jpg", "make the cat in pixel-art style")
    """

    name = "regionroute"
    groups = ("regionroute",)  # the options it reads besides the shared ones
    supports_video = False  # an edit is one diffusion run per image; nothing is trained once for a clip

    def __init__(self, models: ModelSet | str | os.PathLike | None = None, options: RunOptions | None = None,
                 device: str = "auto"):
        """The base `options.regionroute.base` and every adapter of `options.regionroute.adapters`, at the T5
        length the adapters were trained with (`text_length` must agree; 512 when neither says)."""
        setup = (options or RunOptions(method=self.name)).checked().regionroute
        _check_adapters(setup)
        experts.check_adapters(setup.adapters, setup.base)  # every file, before minutes of model loading
        length = experts.adapters_text_length(setup.adapters, setup.text_length)
        self.models = resolve_models(models, device)
        self.memory = plan_memory(self.models, setup.base, setup.memory)
        # on the CPU until the adapters are in (diffusers re-offloads after a LoRA load only to a GPU)
        self.base = load_base(self.models, setup.base, quantize=self.memory.mode == "nf4", memory=None)
        self.base.set_text_length(TEXT_LENGTH if length is None else length)
        self.experts = experts.load_experts(self.base, setup.adapters)
        place(self.base.pipe, self.memory.mode, self.models.device)
        self.setup = setup
        self.recorder = StyleAttentionRecorder(mode="joint")

    @staticmethod
    def setup_key(options: RunOptions) -> tuple:
        """What must match for one loaded editor to serve a run: its adapters, base, T5 length, memory mode."""
        setup = options.regionroute
        return setup.adapters, setup.base, setup.text_length, setup.memory

    @staticmethod
    def planned_steps(options: RunOptions) -> int:
        """The diffusion steps of a run."""
        return options.steps or RegionRouteOptions.STEPS

    @staticmethod
    def check(options: RunOptions, regions: Regions | None, instruction) -> None:
        """What a face checks before minutes of loading: no regions (mask-free), one edit, a resolution
        the base takes, and no LEAST setting (which would be ignored)."""
        given = [name for name, value in (("box", regions and regions.boxes), ("mask", regions and regions.masks),
                                          ("points", regions and regions.points)) if value]
        if given:
            raise InputError(f"RegionRoute is mask-free: {', '.join(given)} {'does' if len(given) == 1 else 'do'} "
                             "not apply (keep_background composites through a grounded mask)")
        if options.dry_run:
            raise InputError("RegionRoute is mask-free: dry_run (find the regions only) does not apply")
        _check_adapters(options.regionroute)
        if options.least.settings:
            raise InputError(f"unknown regionroute setting(s) {', '.join(sorted(options.least.settings))} (LEAST's): "
                             "regionroute takes guidance, temperature, top_k and text_length")
        if options.resolution is not None:
            check_resolution(options.resolution, options.regionroute.base)
        if options.least.style_image_weight != 1.0:
            raise FieldError("style_image_weight", "{field} mixes LEAST's target directions; regionroute routes "
                             "by the style picture alone")
        if options.style_image is not None:
            load_style_picture(options.style_image)
        _one_edit(instruction, options)

    def route(self, style: str, temperature: float = 0.1, top_k: int | None = None) -> dict[str, float]:
        return experts.route(self.base, style, self.experts, temperature, top_k)

    def __call__(self, image, instruction: str | list[Edit], options: RunOptions | None = None, *,
                 regions: Regions | None = None, progress: Progress | None = None) -> Result:
        """Edit the object an instruction names into its style. `progress` receives the stage and step
        events (an exception raised from it stops the edit, as a cancel does)."""
        options = self._with_setup((options or RunOptions(method=self.name)).checked())
        self.check(options, regions, instruction)
        setup, notify, clock = options.regionroute, progress or (lambda event: None), Stopwatch()
        # 1. read the photo (and a style picture) and understand the instruction
        photo = load_photo(image)
        edit = _one_edit(instruction, options)
        picture = None if options.style_image is None else load_style_picture(options.style_image)
        clock.lap("parse")
        # 2. route the style (or the style picture) to the adapters
        weights, style, routed = self._route(edit.style, picture, setup)
        prompt = PROMPT_PATTERN.format(object=edit.region, style=style)
        experts.activate(self.base, weights)
        clock.lap("route")
        # 3. edit at the work size (recording the style's attention when asked)
        steps, work = self.planned_steps(options), self.base.work_size(photo.size, options.resolution)
        guidance = DEFAULT_GUIDANCE[self.base.name] if setup.guidance is None else setup.guidance
        notify({"event": "stage", "stage": "stylize", "edit": 0, "edits": 1, "style": style, "steps": steps})
        edited, attention = self._edit(Image.fromarray(photo.rgb).resize(work, Image.LANCZOS), prompt, style,
                                       steps, guidance, options.seed, setup.record_attention, notify)
        clock.lap("stylize")
        # 4. back at the photo's size; with keep_background, composited through the grounded object's mask
        rgb = np.asarray(edited.convert("RGB").resize(photo.size, Image.LANCZOS))
        plans = []
        if setup.keep_background:
            plans = plan_regions(photo, [edit], self.models, options=options, progress=notify)
            feather = RegionRouteOptions.FEATHER if options.feather is None else options.feather
            rgb = composite(photo.rgb, rgb, feather_weights(plans[0].mask, feather))
            clock.lap("regions")
        # 5. the record
        edit_record = {**(plan_record(plans[0]) if plans else {"region": edit.region, "style": edit.style}),
                       "prompt": prompt, "routing": weights, **routed}
        record = {"method": self.name, "instruction": instruction if isinstance(instruction, str) else prompt,
                  "steps": steps, "settings": self._settings(setup, guidance, work, edited.size),
                  "seed": options.seed, "device": str(self.models.device), "edits": [edit_record],
                  "image_size": list(photo.size), "models": dict(self.models.sources), "versions": versions(),
                  "seconds": clock.record(), "dry_run": False}
        return Result(photo.to_image(rgb), record, plans, photo.notes, _resized(attention, photo.size))

    def _route(self, style: str, picture: StylePicture | None, setup: RegionRouteOptions) -> tuple[dict, str, dict]:
        """The adapters' weights, the style words of the prompt and what the record adds. A style text is
        routed by its words; a style picture by CLIP image-text similarity (`experts.route_picture`), the
        prompt then naming the style of the adapter it weighs most."""
        if picture is None:
            return self.route(style, setup.temperature, setup.top_k), style, {}
        clip = self.models.clip()
        weights, similarity = experts.route_picture(clip, picture_embedding(clip, picture), self.experts,
                                                    setup.temperature, setup.top_k)
        heaviest = max(weights, key=weights.get)
        return weights, self.experts[heaviest], {"routed_by": "style_image", "style_image": picture.record(),
                                                 "similarity": similarity}

    def _with_setup(self, options: RunOptions) -> RunOptions:
        """A run's options with this editor's adapters and base where the run names none; a run that names
        others is refused (build an editor for them: they are minutes of loading)."""
        given = options.regionroute
        if given.adapters is None:
            return options.replace(adapters=self.setup.adapters, base=self.setup.base,
                                   text_length=given.text_length or self.setup.text_length, memory=self.setup.memory)
        if self.setup_key(options) != self.setup_key(RunOptions(regionroute=self.setup)):
            raise InputError(f"this editor has the adapters of {self.setup.adapters} on {self.setup.base} loaded, "
                             f"not {given.adapters} on {given.base}: build a RegionRoute for those")
        return options

    def _settings(self, setup: RegionRouteOptions, guidance: float, work, output_size) -> dict:
        """The settings as the edit used them, for its record."""
        return {"base": self.base.name, "adapters": str(setup.adapters), "guidance": guidance,
                "temperature": setup.temperature, "top_k": setup.top_k, "text_length": self.base.max_sequence_length,
                "work_size": list(work), "model_output_size": list(output_size),
                "keep_background": setup.keep_background, "attention_recorded": setup.record_attention,
                **self.memory.record()}

    def _edit(self, image: Image.Image, prompt: str, style: str, steps: int, guidance: float, seed: int,
              record: bool, notify: Progress):
        """The edited picture and, when `record`, the style's attention (uint8 on the token grid) averaged
        over steps; the recording processors are in place for this call only. `notify` gets a step event
        after each denoising step."""
        generator = torch.Generator("cpu").manual_seed(seed)
        grid, sums, started = self.base.grid(image.size), [], time.perf_counter()

        def each_step(pipe, step, timestep, kwargs):
            if record:
                sums.append(layer_average(self.recorder.layers, grid))
            elapsed = time.perf_counter() - started
            notify({"event": "step", "step": step + 1, "steps": steps, "loss": None, "elapsed": elapsed,
                    "seconds_per_step": elapsed / (step + 1), "eta": elapsed / (step + 1) * (steps - step - 1)})
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


def _check_adapters(setup: RegionRouteOptions) -> None:
    if not setup.adapters:
        raise FieldError("adapters", "regionroute needs {field} DIR, a folder of <style>.safetensors adapters (train "
                         "one with `localstyle regionroute train`)")


def _one_edit(instruction, options: RunOptions) -> Edit:
    """RegionRoute edits one object per run (with a style picture the instruction may name it alone)."""
    read = parse_with_picture if options.style_image is not None else parse_instruction
    edits = read(instruction) if isinstance(instruction, str) else list(instruction)
    if len(edits) != 1:
        raise InputError(f"regionroute edits one object per run; the instruction has {len(edits)} edits")
    return edits[0]


def _resized(attention: np.ndarray | None, size: tuple[int, int]) -> np.ndarray | None:
    """The token-grid attention picture at the photo's size, in [0, 1]."""
    if attention is None:
        return None
    return np.asarray(Image.fromarray(attention).resize(size, Image.BILINEAR)) / 255.0


def layer_average(layers: dict, grid: tuple[int, int]) -> torch.Tensor:
    """The recorded maps of the conditioned sample, mean over style tokens, on `grid`, mean over layers."""
    maps = []
    for layer in layers.values():
        values = next(m for m in layer.maps if m is not None).detach().float().mean(dim=1)
        if tuple(layer.grid) != tuple(grid):
            values = F.interpolate(values.view(1, 1, *layer.grid), size=grid, mode="bilinear").flatten()
        maps.append(values.cpu())
    return torch.stack(maps).mean(dim=0)
