"""The `localstyle` command. Every user error ends as one `error: ...` line on stderr and a non-zero exit;
the output file is written only when everything succeeded."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path
from types import SimpleNamespace

from localstyle import options as run_options
from localstyle.errors import InputError, LocalStyleError, OptimisationDiverged, one_line

EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 1
LOSSY_SUFFIXES = (".jpg", ".jpeg")
GROUND_OPTIONS = ("detector", "box_threshold", "text_threshold")  # the run options `ground` reads


def _add_model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--models", metavar="FILE", help="TOML file mapping roles (clip, vgg, sam, detector, "
                        "owlv2, lpips) to hub ids or local folders")
    parser.add_argument("--device", default="auto", help="auto (default), cpu, cuda or mps")


def _add_region_arguments(parser: argparse.ArgumentParser) -> None:
    """Regions marked by hand (options.Regions): the photo's own input, not a run option."""
    parser.add_argument("--box", action="append", metavar="X0,Y0,X1,Y1",
                        help="region box in pixels of the original image (repeat: one per edit, in order)")
    parser.add_argument("--mask", action="append", metavar="MASK.png",
                        help="region mask, non-zero pixels, same size as the image (repeat: one per edit)")
    parser.add_argument("--points", metavar="X,Y[,L];...", help="SAM clicks; label 1 = region (default), 0 = not")


class HelpWithDefaults(argparse.HelpFormatter):
    """Each option's help ends with its default, unless it has none or the text already says it."""

    def _get_help_string(self, action):
        text = action.help or ""
        unset = action.default is None or action.default is False or action.default == [] or \
            action.default == argparse.SUPPRESS
        if unset or "default" in text:
            return text
        return f"{text} (default: %(default)s)"


class OneLineParser(argparse.ArgumentParser):
    """Usage mistakes are bad input too: one `error:` line, exit 2, no usage dump. Help shows defaults."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", HelpWithDefaults)
        super().__init__(*args, **kwargs)

    def error(self, message: str):
        self.exit(EXIT_USER_ERROR, f"error: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="localstyle", description="Stylise only the part of a photo that a "
                                     "text instruction names.")
    parser.add_argument("--version", action="version", version=f"localstyle {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    stylize = sub.add_parser("stylize", help="stylise the region(s) an instruction names")
    stylize.add_argument("image", help="the photo (any mode Pillow reads; see docs/images.md), or a video clip "
                         "(see docs/video.md)")
    stylize.add_argument("instruction", help='a style ("cubism") with --box/--mask/--points, or an instruction '
                         '("apply cubism style to the building")')
    stylize.add_argument("-o", "--output", metavar="OUT", help="output image, same size and mode as the input "
                         "(required, except with --dry-run); .png keeps every outside pixel exactly")
    stylize.add_argument("--overwrite", action="store_true", help="allow -o to be the input file itself")
    stylize.add_argument("--max-pixels", type=int, metavar="N", help="refuse images of more pixels than this "
                         "(default: LOCALSTYLE_MAX_PIXELS, else 100,000,000)")
    stylize.add_argument("--keyframe", type=int, default=0, metavar="N", help="video: the frame on which regions "
                         "are found (or --box/--mask/--points given) and the style optimised")
    stylize.add_argument("--max-frames", type=int, metavar="N", help="video: refuse clips of more frames than this "
                         "(default: LOCALSTYLE_MAX_FRAMES, else 18,000)")
    _add_region_arguments(stylize)
    run_options.add_arguments(stylize, run_options.NAMES)
    stylize.add_argument("--save-dir", help="also write masks, an overlay and record.json here")
    stylize.add_argument("--quiet", action="store_true", help="no progress output")
    _add_model_options(stylize)

    ground = sub.add_parser("ground", help="find a region from words: box, mask and overlay, no stylising")
    ground.add_argument("image", help="the photo")
    ground.add_argument("region", help='e.g. "the leftmost dog"')
    ground.add_argument("--save-dir", required=True, help="folder for the box, mask and overlay (required)")
    ground.add_argument("--points", metavar="X,Y[,L];...", help="SAM clicks instead of grounding")
    run_options.add_arguments(ground, GROUND_OPTIONS)
    _add_model_options(ground)

    models = sub.add_parser("models", help="fetch or list the models")
    models_sub = models.add_subparsers(dest="models_command", required=True)
    download = models_sub.add_parser("download", help="fetch every default model into the local caches")
    download.add_argument("--role", action="append", help="only this role (repeatable)")
    _add_model_options(download)
    listing = models_sub.add_parser("list", help="print each role's source")
    listing.add_argument("--models", metavar="FILE", help="TOML file mapping roles to hub ids or folders")
    _add_bench_arguments(sub.add_parser("bench", help="seconds per optimisation step and peak memory, "
                                        "against a re-creation of the published loop"))

    from localstyle.serve import limits as serve_options  # light: no web framework imported here

    serve = sub.add_parser("serve", help="open a local web app to stylise photos in the browser")
    serve_options.add_arguments(serve)
    _add_model_options(serve)

    from localstyle.evaluation import evaluate  # light: imports torch only when it runs
    from localstyle.regionroute import commands as regionroute  # light: argument definitions only

    regionroute.add_arguments(sub.add_parser("regionroute", help="RegionRoute: make training data, train a "
                                             "style adapter (use it with stylize --method regionroute)"))
    evaluate.add_arguments(sub.add_parser("eval", help="run LEAST and baselines over a manifest; score every "
                                          "output on the same region; tables and an image grid"))
    from localstyle import batch

    batch.add_arguments(sub.add_parser("batch", help="stylise every line of a manifest, here or on Ray; "
                                       "resumable"))
    return parser


def _add_bench_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The `bench` options, for `localstyle bench` and `python -m localstyle.evaluation.bench`."""
    parser.add_argument("--models", default=None, help="TOML file mapping model roles to sources")
    parser.add_argument("--device", default="auto", help="auto, cpu, cuda or mps (default: auto)")
    parser.add_argument("--size", type=int, default=512, help="image side in pixels (default: 512)")
    parser.add_argument("--crops", type=int, default=64, help="patch crops per step (default: 64)")
    parser.add_argument("--steps", type=int, default=3, help="timed steps per loop (default: 3)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed steps first (default: 1)")
    parser.add_argument("--preset", default="paper", help="settings preset (default: paper)")
    parser.add_argument("--seed", type=int, default=0, help="random seed")
    parser.add_argument("--random-weights", action="store_true",
                        help="real architectures with random weights (offline; timings only)")
    parser.add_argument("--fp32", action="store_true", help="localstyle's CLIP in fp32 too (mixed_precision=false); "
                        "default: bf16 autocast where the CPU or GPU does bf16 natively")
    parser.add_argument("--no-split", action="store_true", help="skip the CLIP / VGG / U-Net split")
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads (default: torch's)")
    parser.add_argument("--json", default=None, help="also write the full result to this JSON file")
    return parser


def _version() -> str:
    from localstyle.version import __version__

    return __version__


# tqdm's own rate and time left average in the slow first step; ours come from progress.StepClock.
BAR_FORMAT = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} [{elapsed}{postfix}]"


def _duration(seconds: float) -> str:
    """5 s, 2 min 5 s, 1 h 3 min."""
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"


class ProgressPrinter:
    """Turns pipeline events into a tqdm bar per edit (step, s/step, time left, loss) and stage lines."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.bar = None

    def __call__(self, event: dict) -> None:
        if self.quiet:
            return
        from tqdm import tqdm

        if event["event"] == "stage":
            self.close()
            label = {"ground": f"finding \"{event.get('region', '')}\"", "segment": "segmenting",
                     "load": "loading CLIP and VGG",
                     "stylize": f"stylising with \"{event.get('style', '')}\""}.get(event["stage"], event["stage"])
            prefix = "" if event["stage"] == "load" else f"[edit {event.get('edit', 0) + 1}] "
            print(f"{prefix}{label}", file=sys.stderr)
            if event["stage"] == "stylize":
                self.bar = tqdm(total=event["steps"], desc=f"edit {event['edit'] + 1}/{event['edits']}",
                                unit="step", file=sys.stderr, leave=True, bar_format=BAR_FORMAT)
        elif event["event"] == "step" and self.bar is not None:
            self.bar.set_postfix_str(f"{event['seconds_per_step']:.2f} s/step, about "
                                     f"{_duration(event['eta'])} left, loss {event['loss']:.4g}")
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _check_save_dir(path: str | None) -> Path | None:
    from localstyle.imageio import check_output_path

    if path is None:
        return None
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"--save-dir {folder} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create --save-dir {folder}: {exc.strerror}") from None
    check_output_path(folder / "probe.png")  # the same real-file probe as for the output
    return folder


@contextlib.contextmanager
def _save_dir_kept_only_if_used(folder: Path | None):
    """A run that fails (or is interrupted) leaves no empty --save-dir behind; a diverged run leaves its
    record there, saying where it diverged."""
    try:
        yield
    except BaseException as exc:
        if folder is not None:
            if isinstance(exc, OptimisationDiverged) and exc.record is not None:
                (folder / "record.json").write_text(json.dumps(exc.record, indent=2, default=str) + "\n")
            elif folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        raise


def _regions(args, size: tuple[int, int]) -> run_options.Regions:
    from localstyle.masks import parse_box
    from localstyle.regions.segmentation import parse_points

    boxes = [parse_box(text, size) for text in args.box] if getattr(args, "box", None) else None
    return run_options.Regions.of(boxes, getattr(args, "mask", None) or None,
                                  parse_points(args.points) if args.points else None)


def write_extras(folder: Path, result, original_rgb) -> None:
    """Masks (one PNG per edit), an overlay of all regions on the input, and record.json."""
    from localstyle.imageio import save_image
    from localstyle.pipeline import region_images

    for name, image in region_images(original_rgb, result.plans).items():
        save_image(image, folder / name)
    (folder / "record.json").write_text(json.dumps(result.record, indent=2, default=str) + "\n")


def cmd_stylize(args) -> int:
    from localstyle.imageio import check_output_path, load_photo, refuse_overwriting_input, save_image
    from localstyle.pipeline import LeastStylizer

    if not args.dry_run and not args.output:
        raise InputError("-o OUT is required (or use --dry-run)")
    options = run_options.from_args(args).checked()
    from localstyle.video import is_video

    if is_video(args.image):  # the same command for a clip: one optimisation, every frame
        _own_process(args)
        return cmd_stylize_video(args, options)
    photo = load_photo(args.image, max_pixels=args.max_pixels)  # decoded once: boxes, run, --save-dir
    output = check_output_path(args.output, photo.mode) if args.output else None  # before an hour's work
    if output is not None and not args.overwrite:
        refuse_overwriting_input(output, args.image)
    save_dir = _check_save_dir(args.save_dir)
    notes = list(photo.notes)
    _own_process(args)
    with _save_dir_kept_only_if_used(save_dir):
        if options.method == "regionroute":
            from localstyle.regionroute import commands

            return commands.stylize(args, options, output, save_dir)
        printer = ProgressPrinter(args.quiet)
        try:
            stylizer = LeastStylizer(args.models, args.device)
            result = stylizer(photo, args.instruction, options, regions=_regions(args, photo.size), progress=printer)
        finally:
            printer.close()
        if save_dir is not None:  # before the output: a failure here must not leave a lone output
            write_extras(save_dir, result, photo.rgb)
        if output is not None and not args.dry_run:
            notes += save_image(result.image, output)
    for note in notes:
        print(note, file=sys.stderr)
    if args.dry_run:
        for index, edit in enumerate(result.record["edits"], start=1):
            score = "" if edit["score"] is None else f" score {edit['score']:.2f}"
            print(f"{index}. region \"{edit['region']}\" style \"{edit['style']}\" box {edit['box']}{score} "
                  f"mask area {edit['mask_area']} px")
    if not args.quiet and output is not None and not args.dry_run:
        print(f"wrote {output}", file=sys.stderr)
        if output.suffix.lower() in LOSSY_SUFFIXES:
            print(f"note: {output.suffix} is lossy: every pixel was re-compressed; write .png to keep the "
                  "pixels outside the region bit-identical", file=sys.stderr)
    return 0


def cmd_stylize_video(args, options) -> int:
    """`localstyle stylize CLIP ...`: a video input (localstyle.video): one optimisation, every frame."""
    from localstyle.video import VideoStylizer, output_kind, probe

    if options.method != "least":
        raise InputError("video is stylised with --method least only (one trained network for every frame)")
    if options.dry_run or not args.output:
        raise InputError("-o OUT is required for a video (.mkv, .mp4 or a folder for PNG frames)")
    output = Path(args.output)
    kind = output_kind(output)
    info = probe(args.image, args.max_frames, args.max_pixels)
    save_dir = _check_save_dir(args.save_dir)
    printer = FramePrinter(args.quiet)
    try:
        with _save_dir_kept_only_if_used(save_dir):
            stylizer = VideoStylizer(args.models, args.device)
            result = stylizer(args.image, args.instruction, output, options, regions=_regions(args, (info.width, info.height)),
                              keyframe=args.keyframe, max_frames=args.max_frames, max_pixels=args.max_pixels,
                              save_dir=save_dir, progress=printer)
    except KeyboardInterrupt:  # the partial output is already removed
        raise LocalStyleError("interrupted: nothing was written") from None
    finally:
        printer.close()
    for note in result.notes:
        print(note, file=sys.stderr)
    if not args.quiet:
        print(f"wrote {output} ({result.record['clip']['frames']} frames)", file=sys.stderr)
    if kind == "h264":
        print(f"note: {output.suffix} is lossy: every frame was re-encoded with H.264; write .mkv (FFV1) or a "
              "folder of PNG frames to keep the pixels outside the region bit-identical", file=sys.stderr)
    return 0


class FramePrinter:
    """A video's progress: the photo printer's stage lines and optimisation bar, then a bar over frames."""

    def __init__(self, quiet: bool):
        self.quiet, self.steps, self.bar = quiet, ProgressPrinter(quiet), None

    def __call__(self, event: dict) -> None:
        if self.quiet:
            return
        if event["event"] == "stage" and event["stage"] == "frames":
            from tqdm import tqdm

            self.steps.close()
            self.bar = tqdm(total=event["frames"], desc="frames", unit="frame", file=sys.stderr)
        elif event["event"] == "frame" and self.bar is not None:
            self.bar.update(1)
        else:
            self.steps(event)

    def close(self) -> None:
        self.steps.close()
        if self.bar is not None:
            self.bar.close()


def _own_process(args) -> None:
    """The CLI owns its process, so it may set process-wide flags the library never sets for a caller."""
    from localstyle.models import flush_denormals, resolve_device

    flush_denormals(resolve_device(args.device))


def cmd_ground(args) -> int:
    from localstyle.imageio import load_photo
    from localstyle.regions.instruction import Edit, clean_region
    from localstyle.pipeline import plan_regions, resolve_models

    save_dir = _check_save_dir(args.save_dir)
    photo = load_photo(args.image)
    region = clean_region(args.region)
    if not region:
        raise InputError("the region phrase is empty")
    _own_process(args)
    plans = plan_regions(photo, [Edit(region=region, style="")], resolve_models(args.models, args.device),
                         _regions(args, photo.size), run_options.from_args(args))
    record = {"image": str(args.image), "region": region,
              "edits": [{"box": list(p.box), "score": p.score, "mask_area": int(p.mask.sum()),
                         "region_source": p.source} for p in plans]}
    write_extras(save_dir, SimpleNamespace(plans=plans, record=record), photo.rgb)
    for edit in record["edits"]:
        score = "" if edit["score"] is None else f" score {edit['score']:.2f}"
        print(f"box {edit['box']}{score} mask area {edit['mask_area']} px -> {save_dir}")
    return 0


def cmd_models(args) -> int:
    from localstyle.models import (DEFAULT_SOURCES, DOWNLOAD_ROLES, ModelSet, check_roles, download, hub_reachable,
                                   role_status)

    if args.models_command == "list":
        models = ModelSet.create(args.models, device="cpu")
        for role in DEFAULT_SOURCES:
            print(f"{role}: {models.source(role)}")
        return 0
    models = ModelSet.create(args.models, device=args.device)
    roles = tuple(dict.fromkeys(args.role)) if args.role else DOWNLOAD_ROLES
    check_roles(roles)
    status = {role: role_status(models, role) for role in roles}
    if "missing" in status.values():
        reachable, why = hub_reachable()
        if not reachable:  # one line saying so, then where each role stands
            missing = [role for role in roles if status[role] == "missing"]
            print(f"error: the model hub is not reachable ({why}); missing: {', '.join(missing)}", file=sys.stderr)
            for role in roles:
                print(f"{role}: {models.source(role)} {status[role]}")
            return EXIT_USER_ERROR
    download(models, roles)
    return 0


def cmd_bench(args) -> int:
    from localstyle.evaluation import bench

    return bench.run_from_args(args)


def cmd_serve(args) -> int:
    from localstyle.serve.app import serve_from_args

    return serve_from_args(args)


def cmd_batch(args) -> int:
    from localstyle import batch

    return batch.run_from_args(args)


def cmd_regionroute(args) -> int:
    from localstyle.regionroute import commands

    return commands.run(args)


def cmd_eval(args) -> int:
    from localstyle.evaluation import evaluate

    return evaluate.run_from_args(args)


COMMANDS = {"stylize": cmd_stylize, "ground": cmd_ground, "models": cmd_models, "bench": cmd_bench,
            "eval": cmd_eval, "serve": cmd_serve, "batch": cmd_batch, "regionroute": cmd_regionroute}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except LocalStyleError as exc:
        print(f"error: {one_line(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        hint = "; rerun the same command to resume" if args.command in ("eval", "batch") else ""
        print(f"interrupted{hint}", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: still one line, unless the user asks for the traceback
        if os.environ.get("LOCALSTYLE_DEBUG"):
            raise
        print(f"error: internal error ({one_line(exc, with_type=True)}); "
              "rerun with LOCALSTYLE_DEBUG=1 for the traceback", file=sys.stderr)
        return EXIT_INTERNAL_ERROR


if __name__ == "__main__":
    sys.exit(main())
