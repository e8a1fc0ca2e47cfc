"""The RegionRoute commands of the CLI: `localstyle regionroute make-data | train`, and the work behind
`localstyle stylize --method regionroute`. Argument definitions live here so cli.py stays a thin face."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from localstyle.errors import InputError, LocalStyleError, one_line
from localstyle.options import Regions
from localstyle.raypool import add_pool_arguments, pool_options, run_tasks
from localstyle.regionroute import BASE_NAMES



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
                      "mask (the paper's way) instead of running LEAST on the region")
    make.add_argument("-o", "--output-dir", required=True, metavar="DIR")
    make.add_argument("--size", type=int, default=512, help="training size: images are saved SIZE x SIZE")
    make.add_argument("--preset", default="fast", help="LEAST preset for the target (default fast)")
    make.add_argument("--steps", type=int, help="LEAST steps")
    make.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="LEAST setting override")
    make.add_argument("--seed", type=int, default=0)
    _model_options(make)
    add_pool_arguments(make)
    from localstyle import storage

    storage.add_argument(make)

    train = sub.add_parser("train", help="train one style's adapter from a data manifest")
    train.add_argument("data", help="JSON-lines manifest (make-data writes DIR/data.jsonl)")
    train.add_argument("--style", required=True, help="train on the records of this style")
    train.add_argument("-o", "--output-dir", required=True, metavar="DIR",
                       help="receives <style>.safetensors, losses.csv and checkpoint/")
    train.add_argument("--base", default="kontext", choices=BASE_NAMES)
    train.add_argument("--preset", default="released", help="released (default: the authors' script) or paper")
    train.add_argument("--steps", type=int, help="optimiser steps (released 10000, paper 5000)")
    train.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                       help="training setting, e.g. --set lr=1e-4 --set map_mode=text (repeatable)")
    train.add_argument("--resume", action="store_true", help="continue from DIR/checkpoint")
    _model_options(train)


def _model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--models", metavar="FILE", help="TOML file mapping roles (kontext, instructpix2pix, clip, "
                        "vgg, sam, detector) to hub ids or local folders")
    parser.add_argument("--device", default="auto", help="auto (default), cpu, cuda or mps")


def run(args) -> int:
    from localstyle.settings import merge_settings, parse_overrides

    if args.regionroute_command == "make-data":
        from localstyle.least.optimise import settings_with

        overrides = parse_overrides(args.set)
        settings_with(args.preset, **merge_settings(overrides, steps=args.steps))  # a bad --set fails before any work
        if args.size < 16:
            raise InputError(f"--size must be at least 16, got {args.size}")
        if len(args.photo) > 1 and (args.mask or args.global_stylised):
            raise InputError("--mask and --global-stylised belong to one photo: give one photo with them")
        return _make_data(args, overrides)
    from localstyle.regionroute.train import train

    settings = parse_overrides(args.set)
    if args.steps is not None:
        settings["steps"] = args.steps
    summary = train(args.data, args.style, args.output_dir, base=args.base, models=args.models, device=args.device,
                    preset=args.preset, settings=settings, resume=args.resume)
    print(f"wrote {summary['adapter']} after {summary['steps']} steps ({summary['losses_csv']})", file=sys.stderr)
    return 0


def stylize(args, options, output: Path | None, save_dir: Path | None) -> int:
    """`localstyle stylize --method regionroute`: the edited image, and with --save-dir the style's
    attention picture (attention.png), the mask when --keep-background, and record.json."""
    from localstyle.imageio import load_photo, save_image
    from localstyle.regionroute.infer import RegionRouteEditor, attention_picture, refuse_regions, run_settings

    if output is None or options.dry_run:
        raise InputError("--method regionroute needs -o OUT; --dry-run does not apply (it is mask-free)")
    refuse_regions(Regions.of(args.box, args.mask, args.points))  # before minutes of loading
    run_settings(options)
    photo = load_photo(args.image)
    editor = RegionRouteEditor.for_options(options, args.models, args.device)
    result = editor(photo.to_image(), args.instruction, options)
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

        from localstyle import storage

        self.spec = dict(spec)
        storage.configure(self.spec.pop("storage_options"))
        storage.adopt_environment(self.spec.pop("storage_environment"))
        self.models = ModelSet.create(None, device=self.spec.pop("device"), overrides=self.spec.pop("sources"))

    def run(self, photo: str) -> dict:
        from localstyle.regionroute.data import make_record

        from localstyle import storage

        try:
            return make_record(photo, models=self.models, append=False, **self.spec)
        except LocalStyleError as exc:
            return {"error": storage.redact(one_line(exc))}


def _make_data(args, overrides: dict) -> int:
    """Every photo through the shared runner: here, or on Ray workers with --ray; records in photo order."""
    from localstyle.pipeline import resolve_models
    from localstyle.regionroute.data import append_record

    from localstyle import storage

    options = storage.configure(args.storage_options)
    folder = args.output_dir if storage.is_url(args.output_dir) else Path(args.output_dir).absolute()
    if storage.is_url(folder):  # a missing bucket or no permission: one error before any work
        storage.check_writable(folder)
    spec = {"storage_options": options, "storage_environment": storage.provider_environment() if args.ray else {},
            "style": args.style, "object_phrase": args.object, "output_dir": folder, "mask": args.mask,
            "global_stylised": args.global_stylised, "size": args.size, "preset": args.preset,
            "steps": args.steps, "seed": args.seed, "settings": overrides, "device": args.device,
            "sources": dict(resolve_models(args.models, "cpu").sources)}
    photos = [photo if storage.is_url(photo) else str(Path(photo).absolute()) for photo in args.photo]
    results: dict[int, dict] = {}
    run_tasks(MakeDataWorker, spec, photos, lambda index, record, reason, *_: results.update(
        {index: record if record is not None else {"error": reason}}), pool_options(args))
    failures = []
    for index, photo in enumerate(args.photo):
        record = results[index]
        if "error" in record:
            failures.append(record["error"] if len(photos) == 1 else f"{photo}: {record['error']}")
        else:
            append_record(folder, record)
            print(json.dumps(record))
    if failures:
        raise InputError(failures[0] if len(photos) == 1 else f"{len(failures)} of {len(photos)} photo(s) "
                         f"failed: {'; '.join(failures)}")
    return 0
