"""`localstyle batch`: stylise every line of a manifest, in this process or on Ray, resumable and exact.

    localstyle batch photos.jsonl -o out/                 # one worker in this process
    localstyle batch photos.jsonl -o out/ --ray           # a local Ray instance, one worker per CPU
    localstyle batch photos.jsonl -o /shared/out --ray auto --gpus-per-worker 0.5
    localstyle batch s3://bucket/photos.jsonl -o s3://bucket/out --ray auto     # no shared file system

The manifest is eval's (image, instruction, optional box / mask / id) plus optional per-line run options
(`method`, `preset`, `steps`, `seed`, `adapters`, ...: the fields `options.names_for("line")` lists), so a
line may run RegionRoute as well as LEAST. Each item writes DIR/images/<id>.png (by the worker, so DIR
must be a path or URL every worker reaches) and then DIR/records/<id>.json, each whole (a renamed temporary
file, or one PUT of an object); an item counts as done when its record says ok for the same request (image,
instruction, region, options, models) and its image is there, so a rerun skips it. Paths and URLs go
through `storage`.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from localstyle import options, storage
from localstyle.arguments import pool_options
from localstyle.errors import InputError, LocalStyleError, one_line
from localstyle.imageio import make_output_dir, save_image
from localstyle.manifest import BrokenLine, ManifestItem, read_manifest
from localstyle.methods import Stylizers, for_method, method_of
from localstyle.models import ModelSet, flush_denormals, resolve_device, resolve_models
from localstyle.options import Regions, RunOptions, from_mapping
from localstyle.raypool import PoolOptions, run_tasks
from localstyle.style_picture import load_style_picture
from localstyle.video import VideoStylizer, is_video

# The run options a manifest line may set for itself (the rest are the command's).
LINE_OPTIONS = options.names_for("line")


@dataclass
class BatchSpec:
    """What every worker needs, sent once to each: plain values and paths, no loaded models."""

    output_dir: Path | str  # a local folder or a URL
    sources: dict  # model role -> hub id or (shared) folder
    device: str = "auto"
    options: RunOptions = field(default_factory=RunOptions)
    storage_options: dict = field(default_factory=dict)  # fsspec's, may hold secrets: never written out
    storage_environment: dict = field(default_factory=dict)  # the driver's AWS_* etc. (storage), idem


class BatchWorker:
    """Holds the stylizers of the methods its items name (one ModelSet: each model loads once; LEAST's CLIP
    and VGG at once, the rest on first use), then stylises one item per call."""

    node: str | None = None  # the Ray node this worker runs on (raypool sets it; None in this process)

    def __init__(self, spec: BatchSpec):
        self.spec = spec
        storage.configure(spec.storage_options)
        storage.adopt_environment(spec.storage_environment)
        self.stylizers = Stylizers(ModelSet.create(None, device=spec.device, overrides=spec.sources))
        flush_denormals(self.stylizers.models.device)  # a worker owns its process (in-process: the CLI's)
        self.stylizers.models.clip(), self.stylizers.models.vgg()

    def run(self, task: tuple[ManifestItem, RunOptions]) -> dict:
        """Stylise one item and write its image; bad input is this item's failure, not the worker's."""
        item, options = task
        started = time.perf_counter()
        try:
            if is_video(item.image if not storage.is_url(item.image) else Path(storage.name(item.image))):
                output, result = self._run_video(item, options)
            else:
                regions = Regions.of(item.box, item.mask)
                method_of(options).check(options, regions, item.instruction)
                result = self.stylizers(options)(item.image, item.instruction, options, regions=regions)
                output = f"images/{item.slug}.png"
                save_image(result.image, storage.join(self.spec.output_dir, "images", f"{item.slug}.png"))
        except LocalStyleError as exc:
            return {"status": "error", "reason": storage.redact(one_line(exc)), "node": self.node}
        return {"status": "ok", "output": output, "seconds": round(time.perf_counter() - started, 3),
                "node": self.node, "run": json.loads(json.dumps(result.record, default=str))}


    def _run_video(self, item: ManifestItem, options: RunOptions):
        """A line whose image is a clip: images/<id>.mkv (lossless FFV1), made by a VideoStylizer on the
        worker's models; a clip or output at a URL goes through a local temporary copy."""
        target = storage.join(self.spec.output_dir, "images", f"{item.slug}.mkv")
        with tempfile.TemporaryDirectory() as folder:
            clip = item.image
            if storage.is_url(clip):
                clip = Path(folder) / storage.name(item.image)
                clip.write_bytes(storage.read_bytes(item.image, "video", retry=True))
            local = Path(folder) / "out.mkv" if storage.is_url(target) else Path(target)
            local.parent.mkdir(parents=True, exist_ok=True)
            result = VideoStylizer(self.stylizers.models)(clip, item.instruction, local, options,
                                                          regions=Regions.of(item.box, item.mask))
            if storage.is_url(target):  # the complete file in one PUT
                storage.write_bytes(target, local.read_bytes(), retry=True)
        return f"images/{item.slug}.mkv", result


def line_options(values: dict, base: RunOptions) -> RunOptions:
    """A line's run options over the batch's: a line's `settings` object (`{"keyframes": 3}`) is added to
    the batch's --set values, name by name, rather than replacing them."""
    values = dict(values)
    if "settings" in values:
        if not isinstance(values["settings"], dict):
            raise InputError("a line's settings must be a JSON object of NAME: VALUE, e.g. {\"keyframes\": 3}")
        values["settings"] = {**base.least.settings, **values["settings"]}
    return for_method(from_mapping(values, base=base)).checked()


def request_of(item: ManifestItem, options: RunOptions, spec: BatchSpec) -> dict:
    """Everything that decides an item's output: a record made for another request is redone."""
    return {"image": item.image_text, "instruction": item.instruction, "box": item.box,
            "mask": [str(p) for p in item.mask] if item.mask else None, "options": dataclasses.asdict(options),
            "models": spec.sources}


def record_path(output_dir, item: ManifestItem):
    return storage.join(output_dir, "records", f"{item.slug}.json")


def done_items(output_dir, items: list[ManifestItem], requests: list[dict]) -> set[int]:
    """Indices of the items already done: an ok record for the same request, and its image there. One
    listing of images/ and records/ (an object store answers a listing as fast as one HEAD), then the
    records that exist, fetched together."""
    images = storage.list_names(storage.join(output_dir, "images"))
    records = storage.list_names(storage.join(output_dir, "records"))
    wanted = [k for k, item in enumerate(items) if f"{item.slug}.json" in records]
    texts = storage.read_many([record_path(output_dir, items[k]) for k in wanted])
    done = set()
    for k in wanted:
        try:
            record = json.loads(texts.get(record_path(output_dir, items[k]), b"").decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        output = str(record.get("output", ""))
        if (isinstance(record, dict) and record.get("status") == "ok" and record.get("request") == requests[k]
                and output.startswith("images/") and output[len("images/"):] in images):
            done.add(k)
    return done


def write_json(path, data: dict) -> None:
    """A record or the summary, whole (a renamed temporary file, or one PUT of an object)."""
    storage.write_bytes(path, (json.dumps(data, indent=2) + "\n").encode("utf-8"), retry=True)


class Batch:
    """One batch run; `run()` returns the summary (also DIR/summary.json)."""

    def __init__(self, manifest, output_dir, *, models=None, device="auto", options: RunOptions | None = None,
                 pool: PoolOptions | None = None, quiet=False, progress=None,
                 storage_options: dict | str | None = None, **changes):
        secrets = storage.configure(storage_options)
        self.manifest, self.output_dir = storage.path_or_url(manifest), storage.path_or_url(output_dir)
        self.pool, self.quiet, self.progress = pool or PoolOptions(), quiet, progress
        options = (options or RunOptions()).replace(**changes).checked()  # a typo in --set fails now
        if isinstance(options.style_image, str):  # the batch's picture: readable, and found from any worker
            load_style_picture(options.style_image)
            picture = options.style_image
            options = options.replace(style_image=picture if storage.is_url(picture) else str(Path(picture).absolute()))
        sources = dict(resolve_models(models, "cpu").sources)
        where = self.output_dir if storage.is_url(self.output_dir) else self.output_dir.absolute()
        self.spec = BatchSpec(where, sources, device, options, secrets,
                              storage.provider_environment() if self.pool.ray else {})

    def _tasks(self) -> tuple[list[tuple[ManifestItem, RunOptions]], list[BrokenLine]]:
        """Each usable line with its own run options; a line whose options are wrong is broken."""
        items, broken = read_manifest(self.manifest, options=LINE_OPTIONS, decode=False)
        tasks = []
        for item in items:
            try:
                tasks.append((item, line_options(item.options, self.spec.options)))
            except LocalStyleError as exc:
                broken.append(BrokenLine(item.line, one_line(exc)))
        broken.sort(key=lambda b: b.line)
        if not tasks:
            raise InputError(f"manifest {storage.display(self.manifest)} has no usable line ({len(broken)} broken)")
        return tasks, broken

    def run(self) -> dict:
        started = time.perf_counter()
        tasks, broken = self._tasks()
        if storage.is_url(self.output_dir):
            storage.check_writable(self.output_dir)
        else:
            make_output_dir(self.output_dir, "images", "records")
        requests = [request_of(item, options, self.spec) for item, options in tasks]
        done = done_items(self.output_dir, [item for item, _ in tasks], requests)
        pending = [k for k in range(len(tasks)) if k not in done]
        waiting = set(pending)
        already = [item.id for k, (item, _) in enumerate(tasks) if k not in waiting]
        self.done, self.failed = set(), []
        for line in broken:
            print(f"warning: manifest {line}; skipped", file=sys.stderr)
        if pending and self.pool.ray and not self.quiet:
            print(f"starting Ray ({self.pool.ray}) and its workers", file=sys.stderr)
        self.bar, self.counts = None, (len(tasks), len(already))

        def finished(index, result, reason, attempts, worker):
            self._finished(tasks[pending[index]][0], requests[pending[index]], result, reason, attempts, worker)

        try:
            run_tasks(BatchWorker, self.spec, [tasks[k] for k in pending], finished, self.pool, self._notify)
        finally:
            if self.bar is not None:
                self.bar.close()
        self.failed.sort(key=lambda failure: failure["line"])  # manifest order, whatever the finishing order
        summary = {"manifest": storage.display(self.manifest), "output_dir": storage.display(self.output_dir),
                   "items": len(tasks),
                   "done": [item.id for item, _ in tasks if item.id in self.done], "already_done": already,
                   "failed": self.failed,
                   "broken_lines": [{"line": b.line, "reason": b.reason} for b in broken],
                   "ray": self.pool.ray, "seconds": round(time.perf_counter() - started, 3)}
        write_json(storage.join(self.output_dir, "summary.json"), summary)
        return summary

    def _finished(self, item, request, result, reason, attempts, worker) -> None:
        """Write the item's record (the image is already written) and count it. A record the store does not
        take (unreachable after the retries) fails this item, not the run: a rerun redoes it."""
        result = result or {"status": "error", "reason": reason}
        if result.get("reason"):
            result = {**result, "reason": storage.redact(result["reason"])}
        record = {"id": item.id, "line": item.line, "image": item.image_text, "instruction": item.instruction,
                  **result, "attempts": attempts, "worker": worker, "request": request}
        try:
            write_json(record_path(self.output_dir, item), record)
        except InputError as exc:
            if not storage.is_url(self.output_dir):
                raise
            record = {"status": "error", "reason": f"its record was not written: {one_line(exc)}"}
        if record["status"] == "ok":
            self.done.add(item.id)
        else:
            self.failed.append({"id": item.id, "line": item.line, "reason": record["reason"]})
            self.bar.write(f"warning: item {item.id} (line {item.line}) failed: {record['reason']}",
                           file=sys.stderr)
        self.bar.set_postfix_str(f"failed {len(self.failed)}", refresh=False)
        self.bar.update(1)
        self._notify({"event": "item", "id": item.id, "status": record["status"], "worker": worker,
                      "attempts": attempts})

    def _notify(self, event: dict) -> None:
        if event["event"] == "ready":  # the workers have loaded their models: time left is the items' own

            total, initial = self.counts
            self.bar = tqdm(total=total, initial=initial, desc="batch", unit="item", file=sys.stderr,
                            disable=self.quiet, dynamic_ncols=True)
        if self.progress is not None:
            self.progress(event)


def run_batch(manifest, output_dir, **options) -> dict:
    """Stylise every manifest line into `output_dir`; keyword options as `Batch`. Returns the summary."""
    return Batch(manifest, output_dir, **options).run()


def summary_lines(summary: dict) -> list[str]:
    """The end-of-run report: counts first, then each failure and each skipped line with its reason."""
    skipped = len(summary["already_done"]) + len(summary["broken_lines"])
    lines = [(f"batch: {len(summary['done'])} done, {len(summary['failed'])} failed, {skipped} skipped "
              f"({len(summary['already_done'])} already done, {len(summary['broken_lines'])} broken line(s)) "
              f"in {summary['seconds']:.1f} s -> {summary['output_dir']}")]
    lines += [f"  failed: {f['id']} (line {f['line']}): {f['reason']}" for f in summary["failed"]]
    lines += [f"  skipped: line {b['line']}: {b['reason']}" for b in summary["broken_lines"]]
    return lines


def run_from_args(args: argparse.Namespace) -> int:
    flush_denormals(resolve_device(args.device))  # the CLI owns its process
    summary = run_batch(args.manifest, args.output_dir, models=args.models, device=args.device,
                        options=options.from_args(args), pool=pool_options(args), quiet=args.quiet,
                        storage_options=args.storage_options)
    if not args.quiet:
        print("\n".join(summary_lines(summary)), file=sys.stderr)
    if summary["failed"] or summary["broken_lines"]:
        raise InputError(f"{len(summary['failed'])} item(s) failed and {len(summary['broken_lines'])} manifest "
                         f"line(s) were broken; see {storage.display(storage.join(args.output_dir, 'summary.json'))}")
    return 0
