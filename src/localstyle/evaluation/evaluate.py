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
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image
from tqdm import tqdm

from localstyle import options as run_options
from localstyle import storage
from localstyle.arguments import pool_options
from localstyle.errors import InputError, LocalStyleError, one_line
from localstyle.evaluation.ray_eval import run_on_pool
from localstyle.evaluation.report import (
    ResultsLog,
    saved_masks,
    summarise,
    summary_markdown,
    write_grid,
)
from localstyle.evaluation.runners import (
    DIFFUSION_SETTINGS,
    RUNNERS,
    EvalContext,
    MethodSkipped,
)
from localstyle.evaluation.scoring import Scorer
from localstyle.imageio import OUTPUT_FORMATS, load_mask, load_photo, make_output_dir, save_image
from localstyle.manifest import ManifestItem, read_manifest
from localstyle.methods import METHODS
from localstyle.models import flush_denormals, resolve_device, resolve_models
from localstyle.options import Regions, RunOptions
from localstyle.progress import Progress
from localstyle.settings import check_settings

EVAL_METHODS = tuple(RUNNERS)  # the methods eval compares: ours and the baselines


def parse_methods(text: str | list[str]) -> list[str]:
    names = text.split(",") if isinstance(text, str) else [n for part in text for n in part.split(",")]
    methods = []
    for name in (n.strip() for n in names):
        if not name:
            continue
        if name not in EVAL_METHODS:
            raise InputError(f"unknown method {name!r}: choose from {', '.join(EVAL_METHODS)}")
        if name not in methods:
            methods.append(name)
    if not methods:
        raise InputError(f"no method given: choose from {', '.join(EVAL_METHODS)}")
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
    """One eval run: for each manifest item, find its region once, run every method (`runners.RUNNERS`)
    and score each output on that region (`scoring.Scorer`). `run()` does the work; the public entry
    point is `evaluate()`."""

    manifest: Path | str  # or a URL
    methods: list[str]
    output_dir: Path | str  # a folder, or a URL (worked on through a local mirror)
    options: RunOptions = field(default_factory=RunOptions)
    models: object = None
    device: str = "auto"
    limit: int | None = None
    quiet: bool = False
    progress: Progress | None = None
    pool: object = None  # localstyle.raypool.PoolOptions: run on Ray workers

    def __post_init__(self):
        self.output_url = str(self.output_dir) if storage.is_url(self.output_dir) else None
        if self.output_url and self.pool is not None:
            raise InputError("eval --ray with -o at a URL: the workers write the images, so give -o a folder every "
                             "worker reaches (a URL works without --ray, and with `localstyle batch --ray`)")
        self.output_dir = Path(self.output_dir) if self.output_url is None else None
        self.manifest = storage.path_or_url(self.manifest)
        self.given_settings = settings = dict(self.options.least.settings)
        self.diffusion = check_settings({k: settings.pop(k, v) for k, v in DIFFUSION_SETTINGS.items()})
        self.options = self.options.replace(settings=settings).checked()
        # Validate both presets before any work: a typo in --set must not surface after an hour.
        self.least_settings = self.options.style_settings()
        self.clipstyler_settings = self.options.style_settings("clipstyler")
        if "regionroute" in self.methods and not self.options.regionroute.adapters:
            raise InputError("eval --method regionroute needs --adapters DIR (train one with `localstyle "
                             "regionroute train`)")
        self._bar = None

    def load(self, model_set) -> None:
        """The models, the method runners and the scorer of this run (on a Ray worker: its own)."""
        self.model_set = model_set
        context = EvalContext(model_set, self.options, self.diffusion, self._warn, self._forward)
        self.runners = {method: RUNNERS[method](context) for method in self.methods}
        self.region_finder = METHODS["least"](model_set)
        self.scorer = Scorer(model_set)

    # -------------------------------------------------------------- setup

    def _config(self) -> dict:
        return {"preset": self.options.least.preset, "steps": self.options.steps, "seed": self.options.seed,
                "settings": self.given_settings,
                "segment_box": self.options.segment_box, "models": dict(self.model_set.sources)}

    def _effective(self) -> dict:
        """Every setting that shapes a row, flat (`least.lr`, `models.clip`), as the run uses it."""
        flat = {"preset": self.options.least.preset, "seed": self.options.seed, "segment_box": self.options.segment_box}
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
            raise InputError(f"{storage.display(self.output_url or self.output_dir)} holds results made with other "
                             f"settings ({shown}); rerun with "
                             "the earlier settings to resume, or use a new -o folder")
        config = json.loads(json.dumps({**self._config(), "effective": effective}, default=str))
        path.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")

    def _warn(self, message: str) -> None:
        line = f"warning: {message}"
        if self._bar is not None:
            self._bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def _notify(self, event: dict) -> None:
        if self.progress is not None:
            self.progress(event)

    def _forward(self, item: ManifestItem, method: str) -> Progress:
        return lambda event: self._notify({**event, "id": item.id, "method": method})

    # -------------------------------------------------------------- main loop

    def _items(self) -> tuple[list[ManifestItem], list]:
        items, broken = read_manifest(self.manifest)
        for line in broken:
            self._warn(f"manifest {line}; skipped")
        if not items:
            raise InputError(f"manifest {storage.display(self.manifest)} has no usable line ({len(broken)} broken)")
        if self.limit is not None:
            if self.limit < 1:
                raise InputError(f"--limit must be at least 1, got {self.limit}")
            items = items[: self.limit]
        return items, broken

    def run(self) -> dict:
        """The eval into -o; at a URL, through a local mirror of it, synced after each item and at the end
        (results.csv is appended to row by row, which an object store cannot take)."""
        if self.output_url is None:
            return self._run(lambda: None)
        mirror = storage.Mirror(self.output_url, last=("results.csv", "config.json", "summary.json", "summary.md"))
        self.output_dir = mirror.folder
        try:
            return self._run(mirror.sync)
        finally:
            mirror.sync()
            mirror.close()

    def _run(self, after_item) -> dict:
        items, broken = self._items()
        make_output_dir(self.output_dir, "images", "masks")
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
                run_on_pool(self, [(item, methods) for item, methods in pending if methods], log, self.pool)
            elif todo:
                self.load(self.model_set)
                self.scorer.load(needs_vgg=any(m in ("least", "clipstyler", "clipstyler-paste")
                                               for m in self.methods))
                for item, methods in pending:
                    if methods:
                        self._run_item(item, methods, log)
                        after_item()
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

    def _run_item(self, item: ManifestItem, methods: list[str], log) -> None:
        base = {"id": item.id, "line": item.line, "image": item.image_text, "instruction": item.instruction}
        for runner in self.runners.values():  # CLIPstyler runs are shared within one item only
            if hasattr(runner, "context"):
                runner.context.global_runs.clear()
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
            row = self._run_method(item, method, photo, region, {**base, "method": method})
            log.add(row)
            self._step(item, method, row["status"])

    def _run_method(self, item: ManifestItem, method: str, photo, region: Region, row: dict) -> dict:
        """One item x method: the output image written, then its scores; a failure is this row's only."""
        try:
            rgb, seconds = self.runners[method](item, photo, region)
            output = Path("images") / f"{item.slug}__{method}.png"
            save_image(_output_image(photo, rgb), self.output_dir / output)
            row.update({"output": output.as_posix(), "seconds_stylize": round(seconds, 3)})
            started = time.perf_counter()
            row.update(self.scorer(photo.rgb, rgb, region))
            row.update({"status": "ok", "seconds_score": round(time.perf_counter() - started, 3)})
        except MethodSkipped as exc:
            row.update({"status": "skipped", "reason": str(exc)})
        except KeyboardInterrupt:
            raise
        except Exception as exc:  # one failed item x method must not end a long run
            if os.environ.get("LOCALSTYLE_DEBUG") and not isinstance(exc, LocalStyleError):
                raise
            row.update({"status": "error", "reason": one_line(exc, with_type=not isinstance(exc, LocalStyleError))})
            self._warn(f"item {item.id} (line {item.line}) {method}: {row['reason']}")
        return row

    def _step(self, item: ManifestItem, method: str, status: str) -> None:
        self._bar.update(1)
        self._notify({"event": "pair", "id": item.id, "method": method, "status": status})

    # -------------------------------------------------------------- region

    def _region(self, item: ManifestItem, photo) -> Region:
        """Parse and find the region once per item (a dry run of the pipeline); keep it in DIR/masks so
        every method, in this run or a resumed one, is scored on exactly the same pixels."""
        dry_run = self.options.replace(dry_run=True)

        def find(regions: Regions):
            return self.region_finder(photo, item.instruction, dry_run, regions=regions,
                                      progress=self._forward(item, "region"))

        started = time.perf_counter()
        result = None
        saved = saved_masks(self.output_dir, item.slug)
        if saved:
            try:
                result = find(Regions(masks=tuple(load_mask(p, photo.size) for p in saved)))
            except LocalStyleError:  # a set cut short by a kill, or a manifest line changed since: find it again
                result = None
        if result is None:
            result = find(Regions.of(item.box, item.mask))
            for path in saved:
                path.unlink(missing_ok=True)
            for index, plan in enumerate(result.plans, start=1):
                save_image(Image.fromarray(plan.mask.astype(np.uint8) * 255, "L"),
                           self.output_dir / "masks" / f"{item.slug}__{index}.png")
        return Region(result.plans, time.perf_counter() - started)


def _output_image(photo, rgb: np.ndarray) -> Image.Image:
    """A method's output in the photo's mode where PNG holds it; else (I, F, CMYK) the 8-bit RGB it is
    scored on."""
    return photo.to_image(rgb) if photo.mode in OUTPUT_FORMATS["PNG"][1] else Image.fromarray(rgb)


# ---------------------------------------------------------------------------------------------- entry points


def evaluate(manifest: str | os.PathLike, methods: str | list[str], output_dir: str | os.PathLike, *,
             options: RunOptions | None = None, models=None, device: str = "auto", limit: int | None = None,
             quiet: bool = False, progress: Progress | None = None, pool=None, **changes) -> dict:
    """Run `methods` over the manifest into `output_dir` and return the summary (also in summary.json).

    `options` (and any RunOptions field by name: preset, steps, seed, settings, segment_box, adapters,
    base, ...) apply to every item: `settings` overrides StyleSettings fields for both `least` (preset
    `preset`) and the CLIPstyler baselines (preset `clipstyler`), plus the diffusion editors'
    `diffusion_steps`, `guidance_scale`, `image_guidance_scale`, `diffusion_resolution`. `models` is a
    ModelSet, a models TOML path or None (defaults). `progress` receives the pipeline's events tagged with
    `id` and `method`, and one `{"event": "pair", "id", "method", "status"}` per finished item x method.
    `pool` (raypool.PoolOptions) runs the items on Ray workers."""
    options = (options or RunOptions()).replace(**changes)
    return Evaluation(manifest=storage.path_or_url(manifest), methods=parse_methods(methods), output_dir=output_dir,
                      options=options, models=models, device=device, limit=limit, quiet=quiet,
                      progress=progress, pool=pool).run()


def run_from_args(args: argparse.Namespace) -> int:
    flush_denormals(resolve_device(args.device))  # the CLI owns its process
    summary = evaluate(args.manifest, args.methods, args.output_dir, options=run_options.from_args(args),
                       models=args.models, device=args.device, limit=args.limit, quiet=args.quiet,
                       pool=pool_options(args) if args.ray else None)
    if not args.quiet:
        counts = ", ".join(f"{m}: {r['ok']} ok" + (f", {r['skipped']} skipped" if r["skipped"] else "")
                           + (f", {r['error']} error" if r["error"] else "") for m, r in summary["results"].items())
        summary_md = storage.display(storage.join(storage.path_or_url(args.output_dir), "summary.md"))
        print(f"{summary['items']} item(s) ({counts}) -> {summary_md}", file=sys.stderr)
    return 0
