"""The RegionRoute commands of the CLI (a face): `localstyle regionroute make-data | coco-data | train` (their
arguments are in localstyle.arguments). `stylize --method regionroute` is the CLI's `stylize`, as for LEAST."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PIL import Image

from localstyle import storage
from localstyle.arguments import pool_options
from localstyle.errors import InputError, LocalStyleError, one_line
from localstyle.imageio import save_image
from localstyle.least.optimise import settings_with
from localstyle.methods import METHODS
from localstyle.models import ModelSet, flush_denormals, resolve_models
from localstyle.raypool import run_tasks
from localstyle.regionroute.bases import load_base
from localstyle.regionroute.coco import select_objects
from localstyle.regionroute.data import append_record, make_record
from localstyle.regionroute.train import train
from localstyle.settings import merge_settings, parse_overrides


def run(args) -> int:
    if args.regionroute_command in ("make-data", "coco-data"):
        overrides = parse_overrides(args.set)
        settings_with(args.preset, **merge_settings(overrides, steps=args.steps))  # a bad --set fails before any work
        if args.size < 16:
            raise InputError(f"--size must be at least 16, got {args.size}")
        if args.regionroute_command == "coco-data":
            return _make_data(args, overrides, _coco_tasks(args))
        if len(args.photo) > 1 and (args.mask or args.global_stylised):
            raise InputError("--mask and --global-stylised belong to one photo: give one photo with them")
        if args.global_stylised and args.target == "global":
            raise InputError("--global-stylised brings its own stylised image: leave out --target global")
        return _make_data(args, overrides, [photo if storage.is_url(photo) else str(Path(photo).absolute())
                                            for photo in args.photo])

    settings = parse_overrides(args.set)
    if args.steps is not None:
        settings["steps"] = args.steps
    if args.cache_latents is not None:
        settings["cache_latents"] = args.cache_latents
    summary = train(args.data, args.style, args.output_dir, base=args.base, models=args.models, device=args.device,
                    preset=args.preset, settings=settings, resume=args.resume)
    print(f"wrote {summary['adapter']} after {summary['steps']} steps ({summary['losses_csv']})", file=sys.stderr)
    return 0


class MakeDataWorker:
    """make-data's worker (localstyle.raypool): its own models, loaded once; `run(photo)` writes one record's
    images and returns the record, which the command appends to data.jsonl (that file's one writer)."""

    def __init__(self, spec: dict):
        self.spec = dict(spec)
        storage.configure(self.spec.pop("storage_options"))
        storage.adopt_environment(self.spec.pop("storage_environment"))
        self.models = ModelSet.create(None, device=self.spec.pop("device"), overrides=self.spec.pop("sources"))
        flush_denormals(self.models.device)  # a worker owns its process
        self.base_name, self.editor = self.spec.pop("base"), None
        self.stylizer = METHODS["least"](self.models)  # grounds the objects and makes the LEAST targets

    def run(self, task) -> dict:
        """`task`: a photo path, or {"photo", "mask", "object", "style"} (coco-data)."""
        task = {"photo": task} if isinstance(task, str) else dict(task)
        spec = {**self.spec, **{("object_phrase" if k == "object" else k): v for k, v in task.items() if k != "photo"}}
        try:
            if spec["target"] == "global" and not spec.get("global_stylised") and self.editor is None:
                self.editor = load_base(self.models, self.base_name)  # once per worker
            return make_record(task["photo"], stylizer=self.stylizer, append=False, editor=self.editor, **spec)
        except LocalStyleError as exc:
            return {"error": storage.redact(one_line(exc))}


def _coco_tasks(args) -> list[dict]:
    """coco-data: the selected objects' masks written to DIR/coco_masks/, one task per object and style."""
    categories = [c.strip() for c in args.categories.split(",") if c.strip()] if args.categories else None
    chosen = select_objects(args.instances, args.images, categories, args.min_area, args.max_area, args.count)
    folder = Path(args.output_dir).absolute() / "coco_masks"
    folder.mkdir(parents=True, exist_ok=True)
    tasks = []
    for item in chosen:
        mask_path = folder / f"{item.image.stem}_{item.annotation_id}.png"
        save_image(Image.fromarray(item.mask.astype("uint8") * 255, "L"), mask_path)
        tasks += [{"photo": str(item.image.absolute()), "mask": str(mask_path), "object": item.category,
                   "style": style} for style in args.style]
    return tasks


def _make_data(args, overrides: dict, tasks: list) -> int:
    """Every task (a photo, or a coco-data object and style) through the shared runner: here, or on Ray
    workers with --ray; records in task order."""
    secrets = storage.configure(getattr(args, "storage_options", None))
    folder = args.output_dir if storage.is_url(args.output_dir) else Path(args.output_dir).absolute()
    if storage.is_url(folder):  # a missing bucket or no permission: one error before any work
        storage.check_writable(folder)
    spec = {"storage_options": secrets, "storage_environment": storage.provider_environment() if args.ray else {},
            "output_dir": folder, "size": args.size, "preset": args.preset, "target": args.target,
            "base": args.base, "steps": args.steps, "seed": args.seed, "settings": overrides, "device": args.device,
            "sources": dict(resolve_models(args.models, "cpu").sources)}
    if args.regionroute_command == "make-data":
        spec.update(style=args.style, object_phrase=args.object, mask=args.mask, global_stylised=args.global_stylised)
    results: dict[int, dict] = {}
    run_tasks(MakeDataWorker, spec, tasks, lambda index, record, reason, *_: results.update(
        {index: record if record is not None else {"error": reason}}), pool_options(args))
    failures = []
    for index, task in enumerate(tasks):
        record = results[index]
        photo = task if isinstance(task, str) else task["photo"]
        if "error" in record:
            failures.append(record["error"] if len(tasks) == 1 else f"{photo}: {record['error']}")
        else:
            append_record(folder, record)
            print(json.dumps(record))
    if failures:
        raise InputError(failures[0] if len(tasks) == 1 else f"{len(failures)} of {len(tasks)} record(s) "
                         f"failed: {'; '.join(failures)}")
    return 0
