"""`localstyle eval`: run LEAST and the baselines over a manifest of photos and instructions, score
every output on the same region, and write a CSV, a markdown summary, a JSON summary and a picture grid.

    localstyle eval examples/manifest.jsonl --method least,clipstyler,clipstyler-paste -o runs/eval

One manifest line per item (JSON): `image` (path, relative to the manifest's folder), `instruction`,
optional `box` ([x0, y0, x1, y1] pixels, or a list of them, one per edit), optional `mask` (path, or a
list of paths), optional `id` (default: the line number). A broken line is reported and skipped.

Every method is scored on the region `least` uses (the manifest's mask, or the mask the pipeline makes
from the box or the words), found once per item and saved under DIR/masks so a resumed run reuses it.
results.csv is appended and flushed row by row; a rerun skips the item x method pairs already `ok`.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
from PIL import Image

from localstyle.errors import InputError, LocalStyleError, one_line
from localstyle.evaluation.manifest import ManifestItem, read_manifest
from localstyle.evaluation.report import (ResultsLog, make_output_dir, saved_masks, summarise, summary_markdown,
                                         write_grid)
from localstyle.raypool import add_pool_arguments, pool_options

METHODS = ("least", "clipstyler", "clipstyler-paste", "instructpix2pix", "sd-inpaint", "regionroute")
METHOD_HELP = {
    "least": "ours: masked CLIPstyler on the item's region (pipeline.stylize)",
    "clipstyler": "CLIPstyler on the whole image, its own settings (preset clipstyler), no mask",
    "clipstyler-paste": "the global CLIPstyler output pasted through the region mask",
    "instructpix2pix": "diffusers InstructPix2Pix with the instruction (needs localstyle[diffusion])",
    "sd-inpaint": "diffusers Stable Diffusion inpainting of the region (needs localstyle[diffusion])",
    "regionroute": "RegionRoute: the --base editor with the style adapters of --adapters, mask-free",
}
# Model roles of the optional diffusion editors, and the hub ids used when the models file names none.
DIFFUSION_DEFAULTS = {
    "instructpix2pix": ("instructpix2pix", "timbrooks/instruct-pix2pix"),
    "sd-inpaint": ("sd_inpaint", "stable-diffusion-v1-5/stable-diffusion-inpainting"),
}
# `--set` names read by the diffusion editors rather than by StyleSettings.
DIFFUSION_SETTINGS = {"diffusion_steps": 50, "guidance_scale": 7.5, "image_guidance_scale": 1.5,
                      "diffusion_resolution": 512}

Progress = Callable[[dict], None]


class MethodSkipped(Exception):
    """A method that cannot run here (missing package or weights): the row says so, no number is made."""


def parse_methods(text: str | list[str]) -> list[str]:
    names = text.split(",") if isinstance(text, str) else [n for part in text for n in part.split(",")]
    methods = []
    for name in (n.strip() for n in names):
        if not name:
            continue
        if name not in METHODS:
            raise InputError(f"unknown method {name!r}: choose from {', '.join(METHODS)}")
        if name not in methods:
            methods.append(name)
    if not methods:
        raise InputError(f"no method given: choose from {', '.join(METHODS)}")
    return methods


# ---------------------------------------------------------------------------------------------- the run


@dataclass
class Region:
    """The region of one item, as `least` uses it: one plan per edit."""

    plans: list
    seconds: float

    @property
    def union(self) -> np.ndarray:
        return np.logical_or.reduce([p.mask for p in self.plans])

    @property
    def styles(self) -> list[str]:
        return [p.edit.style for p in self.plans]


@dataclass
class Evaluation:
    """One eval run. `run()` does the work; the public entry point is `evaluate()`."""

    manifest: Path
    methods: list[str]
    output_dir: Path
    models: object = None
    device: str = "auto"
    preset: str = "paper"
    steps: int | None = None
    seed: int = 0
    settings: dict = field(default_factory=dict)
    segment_box: bool = True
    limit: int | None = None
    quiet: bool = False
    progress: Progress | None = None
    pool: object = None  # localstyle.raypool.PoolOptions: run on Ray workers
    adapters: str | None = None  # regionroute: folder of <style>.safetensors
    base: str = "kontext"  # regionroute: base editor

    def __post_init__(self):
        from localstyle.least.optimise import settings_with
        from localstyle.settings import check_settings, combine

        self.manifest = Path(self.manifest)
        self.output_dir = Path(self.output_dir)
        overrides = combine(self.settings, steps=self.steps)
        self.diffusion = check_settings({k: overrides.pop(k, v) for k, v in DIFFUSION_SETTINGS.items()})
        check_settings({"seed": self.seed})
        if "regionroute" in self.methods and not self.adapters:  # an error before any work, not a column of skips
            raise InputError("--method regionroute needs --adapters DIR (from `localstyle regionroute train`)")
        self.style_overrides = overrides
        # Validate both presets before any work: a typo in --set must not surface after an hour.
        self.least_settings = settings_with(self.preset, **overrides)
        self.clipstyler_settings = settings_with("clipstyler", **overrides)
        self._global_cache: dict = {}
        self._editors: dict = {}
        self._unavailable: dict[str, str] = {}

    # -------------------------------------------------------------- setup

    def _prepare_output(self) -> None:
        make_output_dir(self.output_dir, "images", "masks")

    def _config(self) -> dict:
        return {"preset": self.preset, "steps": self.steps, "seed": self.seed, "settings": self.settings,
                "segment_box": self.segment_box, "models": dict(self.model_set.sources)}

    def _effective(self) -> dict:
        """Every setting that shapes a row, flat (`least.lr`, `models.clip`), as the run uses it."""
        flat = {"preset": self.preset, "seed": self.seed, "segment_box": self.segment_box}
        for prefix, values in (("least", dataclasses.asdict(self.least_settings)),
                               ("clipstyler", dataclasses.asdict(self.clipstyler_settings)),
                               ("diffusion", self.diffusion), ("models", self.model_set.sources)):
            flat.update({f"{prefix}.{name}": value for name, value in values.items()})
        return json.loads(json.dumps(flat, default=str))

    def _check_config(self) -> None:
        """Resuming into DIR with other settings would mix rows made two ways under one summary: refused,
        naming what differs."""
        path = self.output_dir / "config.json"
        effective = self._effective()
        try:
            earlier = json.loads(path.read_text(encoding="utf-8")).get("effective") if path.exists() else None
        except (OSError, json.JSONDecodeError, AttributeError):
            earlier = None
        if earlier is not None and earlier != effective and (self.output_dir / "results.csv").exists():
            changed = [f"{name} {earlier.get(name)!r} -> {effective.get(name)!r}"
                       for name in sorted(set(earlier) | set(effective)) if earlier.get(name) != effective.get(name)]
            shown = "; ".join(changed[:4]) + (f"; and {len(changed) - 4} more" if len(changed) > 4 else "")
            raise InputError(f"{self.output_dir} holds results made with other settings ({shown}); rerun with "
                             "the earlier settings to resume, or use a new -o folder")
        config = json.loads(json.dumps({**self._config(), "effective": effective}, default=str))
        path.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")

    def _warn(self, message: str) -> None:
        line = f"warning: {message}"
        if getattr(self, "_bar", None) is not None:
            self._bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def _notify(self, event: dict) -> None:
        if self.progress is not None:
            self.progress(event)

    # -------------------------------------------------------------- main loop

    def run(self) -> dict:
        from tqdm import tqdm

        from localstyle.pipeline import resolve_models

        items, broken = read_manifest(self.manifest)
        for line in broken:
            self._warn(f"manifest {line}; skipped")
        if not items:
            raise InputError(f"manifest {self.manifest} has no usable line ({len(broken)} broken)")
        if self.limit is not None:
            if self.limit < 1:
                raise InputError(f"--limit must be at least 1, got {self.limit}")
            items = items[: self.limit]
        self._prepare_output()
        self.model_set = resolve_models(self.models, self.device)
        self._check_config()
        log = ResultsLog(self.output_dir / "results.csv")
        pending = [(item, [m for m in self.methods if not log.done(item.id, m)]) for item in items]
        total = len(items) * len(self.methods)
        todo = sum(len(methods) for _, methods in pending)
        self._bar = tqdm(total=total, initial=total - todo, desc="eval", unit="run", file=sys.stderr,
                         disable=self.quiet, dynamic_ncols=True)
        try:
            if todo and self.pool is not None:  # --ray: workers with their own models (evaluation/ray_eval.py)
                from localstyle.evaluation.ray_eval import run_on_pool

                run_on_pool(self, [(item, methods) for item, methods in pending if methods], log, self.pool)
            elif todo:
                self.load_scorers()
            for item, methods in pending if self.pool is None else []:
                if methods:
                    self._run_item(item, methods, log)
        finally:
            self._bar.close()
            self._bar = None
            log.close()
        rows = [log.rows[(item.id, m)] for item in items for m in self.methods if (item.id, m) in log.rows]
        summary = summarise(rows, self.methods, broken, self.manifest, self._config(), len(items))
        (self.output_dir / "summary.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
        (self.output_dir / "summary.md").write_text(summary_markdown(summary), encoding="utf-8")
        write_grid(self.output_dir, items, self.methods, log.rows)
        return summary

    def load_scorers(self) -> None:
        """Scoring models are loaded once, before the first item; a missing one stops the run here."""
        self.clip, self.lpips_net = self.model_set.clip(), self.model_set.lpips()
        if any(m in ("least", "clipstyler", "clipstyler-paste") for m in self.methods):
            self.model_set.vgg()

    def _run_item(self, item: ManifestItem, methods: list[str], log: ResultsLog) -> None:
        from localstyle.imageio import load_photo, save_image

        base = {"id": item.id, "line": item.line, "image": item.image_text, "instruction": item.instruction}
        self._global_cache.clear()
        try:
            photo = load_photo(item.image)
            region = self._region(item, photo)
        except KeyboardInterrupt:
            raise
        except Exception as exc:  # e.g. nothing found for the words: this item's rows say so, the run goes on
            if os.environ.get("LOCALSTYLE_DEBUG") and not isinstance(exc, LocalStyleError):
                raise
            reason = f"region: {one_line(exc, with_type=not isinstance(exc, LocalStyleError))}"
            self._warn(f"item {item.id} (line {item.line}): {reason}")
            for method in methods:
                log.add({**base, "method": method, "status": "error", "reason": reason})
                self._step(item, method, "error")
            return
        base.update({"style": "; ".join(region.styles), "region": "; ".join(p.edit.region for p in region.plans),
                     "box": json.dumps([list(p.box) for p in region.plans]),
                     "region_source": "; ".join(p.source for p in region.plans),
                     "mask_area": int(region.union.sum()), "seconds_region": round(region.seconds, 3)})
        for method in methods:
            self._bar.set_postfix_str(f"{item.id} {method}", refresh=True)
            row = {**base, "method": method}
            try:
                rgb, seconds = self._make_output(method, item, photo, region)
                output = Path("images") / f"{item.slug}__{method}.png"
                save_image(_output_image(photo, rgb), self.output_dir / output)
                row.update({"output": output.as_posix(), "seconds_stylize": round(seconds, 3)})
                started = time.perf_counter()
                row.update(self._score(photo.rgb, rgb, region))
                row.update({"status": "ok", "seconds_score": round(time.perf_counter() - started, 3)})
            except MethodSkipped as exc:
                row.update({"status": "skipped", "reason": str(exc)})
            except KeyboardInterrupt:
                raise
            except Exception as exc:  # one failed item x method must not end a long run
                if os.environ.get("LOCALSTYLE_DEBUG") and not isinstance(exc, LocalStyleError):
                    raise
                reason = one_line(exc, with_type=not isinstance(exc, LocalStyleError))
                row.update({"status": "error", "reason": reason})
                self._warn(f"item {item.id} (line {item.line}) {method}: {row['reason']}")
            log.add(row)
            self._step(item, method, row["status"])

    def _step(self, item: ManifestItem, method: str, status: str) -> None:
        self._bar.update(1)
        self._notify({"event": "pair", "id": item.id, "method": method, "status": status})

    # -------------------------------------------------------------- region

    def _region(self, item: ManifestItem, photo) -> Region:
        """Parse and find the region once per item (a dry run of the pipeline); keep it in DIR/masks so
        every method, in this run or a resumed one, is scored on exactly the same pixels."""
        from localstyle.imageio import load_mask, save_image
        from localstyle.pipeline import stylize

        def dry_run(region_args: dict):
            return stylize(photo, item.instruction, **region_args, models=self.model_set,
                           preset=self.preset, steps=self.steps, seed=self.seed, settings=self.style_overrides,
                           segment_box=self.segment_box, dry_run=True, progress=self._forward(item, "region"))

        started = time.perf_counter()
        result = None
        saved = saved_masks(self.output_dir, item.slug)
        if saved:
            try:
                result = dry_run({"mask": [load_mask(p, photo.size) for p in saved]})
            except LocalStyleError:  # a set cut short by a kill, or a manifest line changed since: find it again
                result = None
        if result is None:
            given = {k: v for k, v in (("box", item.box), ("mask", item.mask)) if v is not None}
            result = dry_run(given)
            for path in saved:
                path.unlink(missing_ok=True)
            for index, plan in enumerate(result.plans, start=1):
                save_image(Image.fromarray(plan.mask.astype(np.uint8) * 255, "L"),
                           self.output_dir / "masks" / f"{item.slug}__{index}.png")
        seconds = time.perf_counter() - started
        return Region(result.plans, seconds)

    def _forward(self, item: ManifestItem, method: str) -> Progress:
        return lambda event: self._notify({**event, "id": item.id, "method": method})

    # -------------------------------------------------------------- methods

    def _make_output(self, method: str, item: ManifestItem, photo, region: Region) -> tuple[np.ndarray, float]:
        """(RGB uint8 output, seconds it took to make) for one method."""
        if method == "least":
            return self._least(item, photo, region)
        if method == "clipstyler":
            return self._clipstyler_global(item, photo, region)
        if method == "clipstyler-paste":
            return self._clipstyler_paste(item, photo, region)
        if method == "regionroute":  # mask-free: scored on the same region as the others
            started = time.perf_counter()
            result = self._editor(method)(photo.to_image(), item.instruction, seed=self.seed,
                                          steps=int(self.diffusion["diffusion_steps"]),
                                          resolution=int(self.diffusion["diffusion_resolution"]))
            return np.asarray(result.image.convert("RGB")), time.perf_counter() - started
        return self._diffusion(method, item, photo, region)

    def _least(self, item, photo, region) -> tuple[np.ndarray, float]:
        from localstyle.imageio import load_photo
        from localstyle.pipeline import stylize

        started = time.perf_counter()
        result = stylize(photo, item.instruction, mask=[p.mask for p in region.plans],
                         models=self.model_set, preset=self.preset, steps=self.steps, seed=self.seed,
                         settings=self.style_overrides, progress=self._forward(item, "least"))
        return load_photo(result.image).rgb, time.perf_counter() - started

    def _global_run(self, item, rgb: np.ndarray, chain: tuple) -> tuple[np.ndarray, float]:
        """CLIPstyler on the whole image for the styles in `chain` ((style, seed), ...) applied in turn
        to the original photo; cached per item so `clipstyler` and `clipstyler-paste` share runs."""
        key = (item.id, chain)
        if key not in self._global_cache:
            from localstyle.pipeline import stylize_region

            if len(chain) > 1:
                rgb, before = self._global_run(item, rgb, chain[:-1])
            else:
                before = 0.0
            style, seed = chain[-1]
            started = time.perf_counter()
            whole = np.ones(rgb.shape[:2], dtype=bool)
            output, _ = stylize_region(rgb, whole, style, self.model_set, self.clipstyler_settings, seed,
                                       self._forward(item, "clipstyler"))
            self._global_cache[key] = (output, before + time.perf_counter() - started)
        return self._global_cache[key]

    def _clipstyler_global(self, item, photo, region) -> tuple[np.ndarray, float]:
        # Several edits: each style over the whole of the previous output, as eq. 7 without masks.
        chain = tuple((style, self.seed + k) for k, style in enumerate(region.styles))
        return self._global_run(item, photo.rgb, chain)

    def _clipstyler_paste(self, item, photo, region) -> tuple[np.ndarray, float]:
        from localstyle.masks import composite, feather_weights

        output, seconds = photo.rgb, 0.0
        for k, plan in enumerate(region.plans):
            stylised, took = self._global_run(item, photo.rgb, ((plan.edit.style, self.seed + k),))
            started = time.perf_counter()
            output = composite(output, stylised, feather_weights(plan.mask, self.least_settings.feather))
            seconds += took + time.perf_counter() - started
        return output, seconds

    def _editor(self, method: str):
        """The diffusers pipeline of a diffusion method, loaded once; MethodSkipped when it cannot be."""
        if method in self._unavailable:
            raise MethodSkipped(self._unavailable[method])
        if method not in self._editors:
            try:
                self._editors[method] = self._load_editor(method)
            except MethodSkipped as exc:
                self._unavailable[method] = str(exc)
                self._warn(f"{method} skipped for every item: {exc}")
                raise
        return self._editors[method]

    def _load_editor(self, method: str):
        if method == "regionroute":
            from localstyle.regionroute.infer import RegionRouteEditor

            return RegionRouteEditor(self.adapters, self.base, self.model_set)
        role, default = DIFFUSION_DEFAULTS[method]
        source = self.model_set.sources.get(role, default)
        if importlib.util.find_spec("diffusers") is None:
            raise MethodSkipped("diffusers is not installed (pip install 'localstyle[diffusion]')")
        try:
            import diffusers
            import torch
        except ImportError as exc:
            raise MethodSkipped(f"diffusers cannot be imported: {one_line(exc)}") from None
        name = ("StableDiffusionInstructPix2PixPipeline" if method == "instructpix2pix"
                else "StableDiffusionInpaintPipeline")
        device = self.model_set.device
        dtype = torch.float16 if device.type == "cuda" else torch.float32
        try:
            pipeline = getattr(diffusers, name).from_pretrained(source, torch_dtype=dtype, safety_checker=None,
                                                                requires_safety_checker=False)
        except (OSError, ValueError, RuntimeError, ImportError, AttributeError) as exc:
            offline = os.environ.get("HF_HUB_OFFLINE") == "1"
            raise MethodSkipped(f"weights for role '{role}' ({source}) are not available"
                                f"{' offline' if offline else ''}: {one_line(exc)}") from None
        pipeline = pipeline.to(device)
        if hasattr(pipeline, "set_progress_bar_config"):
            pipeline.set_progress_bar_config(disable=True)
        if device.type == "cpu":
            self._warn(f"{method} runs on the CPU: expect minutes per image")
        return pipeline

    def _diffusion(self, method, item, photo, region) -> tuple[np.ndarray, float]:
        import torch

        editor = self._editor(method)
        started = time.perf_counter()
        width, height = photo.size
        work = _diffusion_size(photo.size, int(self.diffusion["diffusion_resolution"]))
        image = Image.fromarray(photo.rgb).resize(work, Image.LANCZOS)
        common = {"num_inference_steps": int(self.diffusion["diffusion_steps"]),
                  "guidance_scale": float(self.diffusion["guidance_scale"])}
        # diffusers draws its noise on the pipeline's device; MPS generators are not supported, the CPU's are.
        device = "cpu" if self.model_set.device.type == "mps" else self.model_set.device
        if method == "instructpix2pix":
            generator = torch.Generator(device=device).manual_seed(self.seed)
            image = editor(prompt=item.instruction, image=image, generator=generator,
                           image_guidance_scale=float(self.diffusion["image_guidance_scale"]), **common).images[0]
        else:  # one inpainting pass per edit, in order, each with its own mask and prompt
            for k, plan in enumerate(region.plans):
                mask = Image.fromarray(plan.mask.astype(np.uint8) * 255, "L").resize(work, Image.NEAREST)
                generator = torch.Generator(device=device).manual_seed(self.seed + k)
                prompt = f"{plan.edit.region} in the style of {plan.edit.style}"
                image = editor(prompt=prompt, image=image, mask_image=mask, width=work[0], height=work[1],
                               generator=generator, **common).images[0]
        output = np.asarray(image.convert("RGB").resize((width, height), Image.LANCZOS))
        return output, time.perf_counter() - started

    # -------------------------------------------------------------- scores

    def _score(self, original: np.ndarray, output: np.ndarray, region: Region) -> dict:
        """Every metric on the item's region. Several edits: the background numbers on the union of the
        masks, the two CLIP numbers averaged over the edits (each edit's mask against its own style)."""
        from localstyle.evaluation.metrics import least_clip_score, region_style_match, score_all

        union = region.union
        scores = score_all(self.model_set, original, output, union, region.styles[0], clip=self.clip,
                           lpips_net=self.lpips_net)
        if len(region.plans) > 1:
            scores["clip_score"] = float(np.mean([least_clip_score(self.clip, output, p.mask, p.edit.style)
                                                  for p in region.plans]))
            scores["rsm"] = float(np.mean([region_style_match(self.clip, output, p.mask, p.edit.style)
                                           for p in region.plans]))
        return {k: float(v) for k, v in scores.items()}


def _output_image(photo, rgb: np.ndarray) -> Image.Image:
    """A method's output in the photo's mode where PNG holds it; else (I, F, CMYK) the 8-bit RGB it is
    scored on."""
    from localstyle.imageio import OUTPUT_FORMATS

    return photo.to_image(rgb) if photo.mode in OUTPUT_FORMATS["PNG"][1] else Image.fromarray(rgb)


def _diffusion_size(size: tuple[int, int], resolution: int) -> tuple[int, int]:
    """Long side `resolution`, aspect kept, both sides multiples of 8 (the VAE's factor)."""
    scale = resolution / max(size)
    return tuple(max(8, int(round(side * scale / 8)) * 8) for side in size)


# ---------------------------------------------------------------------------------------------- entry points


def evaluate(manifest: str | os.PathLike, methods: str | list[str], output_dir: str | os.PathLike, *,
             models=None, device: str = "auto", preset: str = "paper", steps: int | None = None, seed: int = 0,
             settings: dict | None = None, segment_box: bool = True, limit: int | None = None,
             quiet: bool = False, progress: Progress | None = None, pool=None,
             adapters=None, base: str = "kontext") -> dict:
    """Run `methods` over the manifest into `output_dir` and return the summary (also in summary.json).

    `models` is a ModelSet, a models TOML path or None (defaults); `settings` overrides StyleSettings
    fields for both `least` (preset `preset`) and the CLIPstyler baselines (preset `clipstyler`), plus the
    diffusion editors' `diffusion_steps`, `guidance_scale`, `image_guidance_scale`, `diffusion_resolution`.
    `progress` receives the pipeline's events tagged with `id` and `method`, and one
    `{"event": "pair", "id", "method", "status"}` per finished item x method. `pool` (raypool.PoolOptions)
    runs the items on Ray workers."""
    return Evaluation(manifest=Path(manifest), methods=parse_methods(methods), output_dir=Path(output_dir),
                      models=models, device=device, preset=preset, steps=steps, seed=seed,
                      settings=dict(settings or {}), segment_box=segment_box, limit=limit, quiet=quiet,
                      progress=progress, pool=pool, adapters=adapters, base=base).run()


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("manifest", help="JSON-lines file: one {\"image\", \"instruction\", \"box\" | \"mask\", "
                        "\"id\"} object per line; paths relative to the manifest's folder")
    parser.add_argument("--method", "--methods", dest="method", default="least", metavar="NAME[,NAME...]",
                        help="methods to run (default least): "
                        + "; ".join(f"{name}: {what}" for name, what in METHOD_HELP.items()))
    parser.add_argument("-o", "--output-dir", required=True, metavar="DIR",
                        help="results folder: images/, masks/, results.csv, summary.md, summary.json, grid.png; "
                        "rerunning into it resumes")
    parser.add_argument("--models", metavar="FILE", help="TOML file mapping roles (clip, vgg, sam, detector, lpips, "
                        "instructpix2pix, sd_inpaint) to hub ids or local folders")
    parser.add_argument("--device", default="auto", help="auto (default), cpu, cuda or mps")
    parser.add_argument("--preset", default="paper", help="settings of `least` (default paper); the CLIPstyler "
                        "baselines use the clipstyler preset")
    parser.add_argument("--steps", type=int, help="optimisation steps of least and the CLIPstyler baselines")
    parser.add_argument("--seed", type=int, default=0, help="random seed")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="override a setting of every optimisation method, e.g. --set resolution=256, or of "
                        "the diffusion editors (diffusion_steps, guidance_scale, image_guidance_scale); repeatable")
    parser.add_argument("--no-segment", action="store_true", help="use manifest boxes as the masks instead of "
                        "refining them with SAM")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N usable manifest items")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    add_pool_arguments(parser)
    parser.add_argument("--adapters", metavar="DIR", help="regionroute: folder of <style>.safetensors adapters")
    parser.add_argument("--base", default="kontext", help="regionroute: kontext (default) or instructpix2pix")
    return parser


def run_from_args(args: argparse.Namespace) -> int:
    from localstyle.settings import parse_overrides

    summary = evaluate(args.manifest, args.method, args.output_dir, models=args.models, device=args.device,
                       preset=args.preset, steps=args.steps, seed=args.seed, settings=parse_overrides(args.set),
                       segment_box=not args.no_segment, limit=args.limit, quiet=args.quiet,
                       pool=pool_options(args) if args.ray else None,
                       adapters=args.adapters, base=args.base)
    if not args.quiet:
        counts = ", ".join(f"{m}: {r['ok']} ok" + (f", {r['skipped']} skipped" if r["skipped"] else "")
                           + (f", {r['error']} error" if r["error"] else "") for m, r in summary["results"].items())
        print(f"{summary['items']} item(s) ({counts}) -> {Path(args.output_dir) / 'summary.md'}", file=sys.stderr)
    return 0
