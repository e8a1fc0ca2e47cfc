"""The `localstyle` command. Every user error ends as one `error: ...` line on stderr and a non-zero exit;
the output file is written only when everything succeeded."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from localstyle import options as run_options
from localstyle.arguments import EXIT_USER_ERROR, build_parser
from localstyle.errors import FieldError, InputError, LocalStyleError, OptimisationDiverged, one_line

EXIT_INTERNAL_ERROR = 1
LOSSY_SUFFIXES = (".jpg", ".jpeg")


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
                     "keyframes": f"reading the keyframes (frames {', '.join(map(str, event.get('frames', ())))})",
                     "stylize": f"stylising with \"{event.get('style', '')}\""}.get(event["stage"], event["stage"])
            prefix = "" if event["stage"] in ("load", "keyframes") else f"[edit {event.get('edit', 0) + 1}] "
            print(f"{prefix}{label}", file=sys.stderr)
            if event["stage"] == "stylize":
                self.bar = tqdm(total=event["steps"], desc=f"edit {event['edit'] + 1}/{event['edits']}",
                                unit="step", file=sys.stderr, leave=True, bar_format=BAR_FORMAT)
        elif event["event"] == "step" and self.bar is not None:
            loss = "" if event.get("loss") is None else f", loss {event['loss']:.4g}"
            self.bar.set_postfix_str(f"{event['seconds_per_step']:.2f} s/step, about "
                                     f"{_duration(event['eta'])} left{loss}")
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
                from localstyle.result import write_record

                write_record(folder, exc.record)
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
    """Masks (one PNG per edit), an overlay of all regions on the input, the style's attention when it was
    recorded, and record.json."""
    from localstyle.imageio import save_image
    from localstyle.result import result_images, write_record

    for name, image in result_images(original_rgb, result).items():
        save_image(image, folder / name)
    write_record(folder, result.record)


def cmd_stylize(args) -> int:
    from localstyle.imageio import check_output_path, load_photo, refuse_overwriting_input, save_image
    from localstyle.methods import method_of
    from localstyle.video import is_video

    if not args.dry_run and not args.output:
        raise InputError("-o OUT is required (or use --dry-run)")
    options = run_options.from_args(args).checked()
    if is_video(args.image):  # the same command for a clip: one optimisation, every frame
        _own_process(args)
        return cmd_stylize_video(args, options)
    photo = load_photo(args.image, max_pixels=args.max_pixels)  # decoded once: boxes, run, --save-dir
    output = check_output_path(args.output, photo.mode) if args.output else None  # before an hour's work
    if output is not None and not args.overwrite:
        refuse_overwriting_input(output, args.image)
    save_dir = _check_save_dir(args.save_dir)
    regions, method = _regions(args, photo.size), method_of(options)
    options = options.replace(record_attention=save_dir is not None)  # RegionRoute's attention.png
    method.check(options, regions, args.instruction)  # before minutes of loading
    notes = list(photo.notes)
    _own_process(args)
    with _save_dir_kept_only_if_used(save_dir):
        printer = ProgressPrinter(args.quiet)
        try:
            stylizer = method(args.models, options, args.device)
            result = stylizer(photo, args.instruction, options, regions=regions, progress=printer)
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
        print(f"wrote {output}{_routing_note(result.record)}", file=sys.stderr)
        if output.suffix.lower() in LOSSY_SUFFIXES:
            print(f"note: {output.suffix} is lossy: every pixel was re-compressed; write .png to keep the "
                  "pixels outside the region bit-identical", file=sys.stderr)
    return 0


def _routing_note(record: dict) -> str:
    """RegionRoute's adapters and their weights, as the edit used them."""
    routing = record["edits"][0].get("routing") if record.get("edits") else None
    if not routing:
        return ""
    return " (experts: " + ", ".join(f"{name} {weight:.2f}" for name, weight in routing.items() if weight) + ")"


def cmd_stylize_video(args, options) -> int:
    """`localstyle stylize CLIP ...`: a video input (localstyle.video): one optimisation, every frame."""
    from localstyle.video import VideoStylizer, output_kind, probe

    if options.dry_run or not args.output:
        raise InputError("-o OUT is required for a video (.mkv, .mp4 or a folder for PNG frames)")
    output = Path(args.output)
    kind = output_kind(output)
    info = probe(args.image, options.video.max_frames, args.max_pixels)
    save_dir = _check_save_dir(args.save_dir)
    options = options.replace(save_dir=None if save_dir is None else str(save_dir))
    printer = FramePrinter(args.quiet)
    try:
        with _save_dir_kept_only_if_used(save_dir):
            stylizer = VideoStylizer(args.models, args.device)
            result = stylizer(args.image, args.instruction, output, options,
                              regions=_regions(args, (info.width, info.height)), max_pixels=args.max_pixels,
                              progress=printer)
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
    from localstyle.models import resolve_models
    from localstyle.regions.instruction import Edit, clean_region
    from localstyle.regions.plan import plan_record, plan_regions
    from localstyle.result import Result

    save_dir = _check_save_dir(args.save_dir)
    photo = load_photo(args.image)
    region = clean_region(args.region)
    if not region:
        raise InputError("the region phrase is empty")
    _own_process(args)
    plans = plan_regions(photo, [Edit(region=region, style="")], resolve_models(args.models, args.device),
                         _regions(args, photo.size), run_options.from_args(args))
    record = {"image": str(args.image), "region": region,
              "edits": [{"box": list(p.box), "score": p.score, "box_threshold": p.threshold,
                         "mask_area": int(p.mask.sum()), "region_source": p.source,
                         **{k: v for k, v in plan_record(p).items() if k == "instances"}} for p in plans]}
    write_extras(save_dir, Result(photo.to_image(), record, plans), photo.rgb)
    for edit in record["edits"]:
        score = "" if edit["score"] is None else f" score {edit['score']:.2f}"
        found = len(edit.get("instances", ()))
        count = f" ({found} instance{'s' if found != 1 else ''})" if "instances" in edit else ""
        print(f"box {edit['box']}{score} mask area {edit['mask_area']} px{count} -> {save_dir}")
    return 0


def cmd_models(args) -> int:
    from localstyle.models import (
        DEFAULT_SOURCES,
        DOWNLOAD_ROLES,
        ModelSet,
        check_roles,
        download,
        hub_reachable,
        role_status,
    )

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
    from localstyle import regionroute_cli

    return regionroute_cli.run(args)


def cmd_eval(args) -> int:
    from localstyle import storage
    from localstyle.evaluation import evaluate

    storage.configure(args.storage_options)  # URLs in the manifest (eval's -o is a local folder)
    return evaluate.run_from_args(args)


def cli_words(exc: LocalStyleError) -> str:
    """An error as the command line says it: a field named as its flag (--keyframe, --set keyframes)."""
    if isinstance(exc, FieldError):
        return one_line(exc.spelled(run_options.flag_of(exc.field)))
    return one_line(exc)


COMMANDS = {"stylize": cmd_stylize, "ground": cmd_ground, "models": cmd_models, "bench": cmd_bench,
            "eval": cmd_eval, "serve": cmd_serve, "batch": cmd_batch, "regionroute": cmd_regionroute}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except LocalStyleError as exc:
        print(f"error: {cli_words(exc)}", file=sys.stderr)
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
