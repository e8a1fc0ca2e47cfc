"""The RegionRoute commands of the CLI: `localstyle regionroute make-data | train`, and the work behind
`localstyle stylize --method regionroute`. Argument definitions live here so cli.py stays a thin face."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from localstyle.errors import InputError, LocalStyleError, one_line
from localstyle.raypool import add_pool_arguments, pool_options, run_tasks
from localstyle.regionroute import BASE_NAMES

RUN_OPTIONS = ("guidance", "temperature", "top_k", "text_length")  # --set names read by stylize --method regionroute


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="regionroute_command", required=True)
    make = sub.add_parser("make-data", help="one training record (pseudo ground truth) per photo from a region "
                          "and a style, appended to DIR/data.jsonl")
    make.add_argument("photo", nargs="+", help="one or more photos (several: each grounds --object; --ray "
                      "shares them out to Ray workers)")
    make.add_argument("--style", required=True, help='e.g. "pixel-art"')
    make.add_argument("--object", required=True, help='the region, e.g. "man" (grounded unless --mask)')
    make.add_argument("--mask", help="the object's mask (non-zero pixels) instead of grounding --object")
    make.add_argument("--global-stylised", metavar="IMAGE", help="blend this globally stylised image through the "
                      "mask instead of making the target")
    _target_options(make)
    add_pool_arguments(make)

    coco = sub.add_parser("coco-data", help="training records from the objects of a COCO-format instances file "
                          "(masks from its polygons or RLE), one record per object and style")
    coco.add_argument("instances", help="COCO instances JSON (images, annotations, categories)")
    coco.add_argument("--images", required=True, metavar="DIR", help="folder of the file's images")
    coco.add_argument("--style", action="append", required=True, help='a style, e.g. "pixel-art" (repeatable)')
    coco.add_argument("--categories", help="comma-separated category names to take objects from (default all)")
    coco.add_argument("--count", type=int, default=150, help="objects to take, one per image (paper: 150)")
    coco.add_argument("--min-area", type=float, default=0.02, help="smallest object, as a fraction of its image")
    coco.add_argument("--max-area", type=float, default=0.8, help="largest object, as a fraction of its image")
    _target_options(coco)
    add_pool_arguments(coco)

    train = sub.add_parser("train", help="train one style's adapter from a data manifest")
    train.add_argument("data", help="JSON-lines manifest (make-data writes DIR/data.jsonl)")
    train.add_argument("--style", required=True, help="train on the records of this style")
    train.add_argument("-o", "--output-dir", required=True, metavar="DIR",
                       help="receives <style>.safetensors and <style>/ (losses.csv, checkpoint/); several "
                       "styles may share one DIR")
    train.add_argument("--base", default="kontext", choices=BASE_NAMES)
    train.add_argument("--preset", default="released", help="released (default: the authors' script) or paper")
    train.add_argument("--steps", type=int, help="optimiser steps (released 10000, paper 5000)")
    train.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                       help="training setting, e.g. --set lr=1e-4 --set map_mode=text (repeatable)")
    train.add_argument("--resume", action="store_true", help="continue this style from DIR/<style>/checkpoint")
    _model_options(train)


def _target_options(parser: argparse.ArgumentParser) -> None:
    """How make-data and coco-data make the styled target, and where they write."""
    parser.add_argument("-o", "--output-dir", required=True, metavar="DIR", help="receives data.jsonl and images/")
    parser.add_argument("--target", default="least", choices=["least", "global"],
                        help="least (default): LEAST on the region; global: the base editor stylises the whole "
                        "photo (\"turn the whole image into STYLE style\") and it is blended through the mask, "
                        "the paper's pseudo ground truth")
    parser.add_argument("--base", default="kontext", choices=BASE_NAMES, help="base editor of --target global")
    parser.add_argument("--size", type=int, default=512, help="training size: images are saved SIZE x SIZE")
    parser.add_argument("--preset", default="fast", help="LEAST preset for the target (default fast)")
    parser.add_argument("--steps", type=int, help="LEAST steps, or the base editor's with --target global "
                        "(default 28)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="LEAST setting override")
    parser.add_argument("--seed", type=int, default=0)
    _model_options(parser)


def _model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--models", metavar="FILE", help="TOML file mapping roles (kontext, instructpix2pix, clip, "
                        "vgg, sam, detector) to hub ids or local folders")
    parser.add_argument("--device", default="auto", help="auto (default), cpu, cuda or mps")


def add_stylize_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("regionroute (--method regionroute)")
    group.add_argument("--method", default="least", choices=["least", "regionroute"],
                       help="least (default: masked CLIPstyler on the found region) or regionroute (a diffusion "
                       "editor with trained style adapters, mask-free)")
    group.add_argument("--adapters", metavar="DIR", help="folder of <style>.safetensors adapters")
    group.add_argument("--base", default="kontext", choices=BASE_NAMES, help="base editor (default kontext)")
    group.add_argument("--keep-background", action="store_true", help="composite through the grounded SAM mask "
                       "so every pixel outside the object is the input's own")


def run(args) -> int:
    from localstyle.settings import combine, parse_overrides

    if args.regionroute_command in ("make-data", "coco-data"):
        from localstyle.least.optimise import settings_with

        overrides = parse_overrides(args.set)
        settings_with(args.preset, **combine(overrides, steps=args.steps))  # a bad --set fails before any work
        if args.size < 16:
            raise InputError(f"--size must be at least 16, got {args.size}")
        if args.regionroute_command == "coco-data":
            return _make_data(args, overrides, _coco_tasks(args))
        if len(args.photo) > 1 and (args.mask or args.global_stylised):
            raise InputError("--mask and --global-stylised belong to one photo: give one photo with them")
        if args.global_stylised and args.target == "global":
            raise InputError("--global-stylised brings its own stylised image: leave out --target global")
        return _make_data(args, overrides, [str(Path(photo).absolute()) for photo in args.photo])
    from localstyle.regionroute.train import train

    settings = parse_overrides(args.set)
    if args.steps is not None:
        settings["steps"] = args.steps
    summary = train(args.data, args.style, args.output_dir, base=args.base, models=args.models, device=args.device,
                    preset=args.preset, settings=settings, resume=args.resume)
    print(f"wrote {summary['adapter']} after {summary['steps']} steps ({summary['losses_csv']})", file=sys.stderr)
    return 0


def stylize(args, output: Path | None, save_dir: Path | None) -> int:
    """`localstyle stylize --method regionroute`: the edited image, and with --save-dir the style's
    attention picture (attention.png), the mask when --keep-background, and record.json."""
    from localstyle.imageio import load_photo, save_image
    from localstyle.regionroute.infer import attention_picture
    from localstyle.regionroute.infer import stylize as regionroute_stylize
    from localstyle.settings import check_setting, check_settings, parse_overrides

    if not args.adapters:
        raise InputError("--method regionroute needs --adapters DIR (train one with `localstyle regionroute train`)")
    if output is None:
        raise InputError("-o OUT is required")
    if args.box or args.mask or args.points or args.dry_run:
        raise InputError("--method regionroute is mask-free: --box, --mask, --points and --dry-run do not apply "
                         "(--keep-background composites through a grounded mask)")
    options = parse_overrides(args.set)
    unknown = sorted(set(options) - set(RUN_OPTIONS))
    if unknown:
        raise InputError(f"unknown regionroute setting(s) {', '.join(unknown)}: choose from {', '.join(RUN_OPTIONS)}")
    options = check_settings(options)  # each value in its range (localstyle.settings.RULES), as its type
    if args.steps is not None:
        check_setting("steps", args.steps)
    if args.resolution is not None:
        from localstyle.regionroute.train import check_resolution

        check_resolution(args.resolution, args.base)
    text_length = options.pop("text_length", None)  # None: the adapters' own
    photo = load_photo(args.image)
    result = regionroute_stylize(photo.to_image(), args.instruction, adapters=args.adapters, base=args.base,
                                 models=args.models, device=args.device, text_length=text_length,
                                 steps=28 if args.steps is None else args.steps, seed=args.seed,
                                 resolution=args.resolution,
                                 keep_background=args.keep_background,
                                 feather=3 if args.feather is None else args.feather, detector=args.detector,
                                 box_threshold=args.box_threshold, text_threshold=args.text_threshold,
                                 record_attention=save_dir is not None, **options)
    save_image(result.image, output)
    if save_dir is not None:
        from PIL import Image

        save_image(attention_picture(photo.rgb, result.attention), save_dir / "attention.png")
        if result.mask is not None:
            save_image(Image.fromarray(result.mask.astype("uint8") * 255, "L"), save_dir / "mask_1.png")
        (save_dir / "record.json").write_text(json.dumps(result.record, indent=2, default=str) + "\n")
    if not args.quiet:
        routing = ", ".join(f"{name} {weight:.2f}" for name, weight in result.record["routing"].items() if weight)
        print(f"wrote {output} (experts: {routing})", file=sys.stderr)
    return 0


class MakeDataWorker:
    """make-data's worker (localstyle.raypool): its own models, loaded once; `run(photo)` writes one record's
    images and returns the record, which the command appends to data.jsonl (that file's one writer)."""

    def __init__(self, spec: dict):
        from localstyle.models import ModelSet

        self.spec = dict(spec)
        self.models = ModelSet.create(None, device=self.spec.pop("device"), overrides=self.spec.pop("sources"))
        self.base_name, self.editor = self.spec.pop("base"), None

    def run(self, task) -> dict:
        """`task`: a photo path, or {"photo", "mask", "object", "style"} (coco-data)."""
        from localstyle.regionroute.data import make_record

        task = {"photo": task} if isinstance(task, str) else dict(task)
        spec = {**self.spec, **{("object_phrase" if k == "object" else k): v for k, v in task.items() if k != "photo"}}
        try:
            if spec["target"] == "global" and not spec.get("global_stylised") and self.editor is None:
                from localstyle.regionroute.bases import load_base

                self.editor = load_base(self.models, self.base_name)  # once per worker
            return make_record(task["photo"], models=self.models, append=False, editor=self.editor, **spec)
        except LocalStyleError as exc:
            return {"error": one_line(exc)}


def _coco_tasks(args) -> list[dict]:
    """coco-data: the selected objects' masks written to DIR/coco_masks/, one task per object and style."""
    from PIL import Image

    from localstyle.imageio import save_image
    from localstyle.regionroute.coco import select_objects

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
    from localstyle.pipeline import resolve_models
    from localstyle.regionroute.data import append_record

    folder = Path(args.output_dir).absolute()
    spec = {"output_dir": folder, "size": args.size, "preset": args.preset, "target": args.target,
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
