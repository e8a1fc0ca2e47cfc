"""The job queue: one worker thread runs jobs one at a time with the server's stylizers (models load once).

A job is stopped from inside the pipeline's own progress callback, which raises when the job was
cancelled or ran over its time limit: that happens at the next event, i.e. within one optimisation
step. The exception unwinds the optimisation, dropping its tensors; the worker then collects them."""

from __future__ import annotations

import gc
import json
import math
import queue
import sys
import threading
import time
import traceback
import uuid
from collections import deque
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

from localstyle.errors import LocalStyleError, one_line
from localstyle.imageio import OUTPUT_FORMATS, encode_image, load_photo
from localstyle.least.region import to_uint8
from localstyle.methods import Stylizers, method_of
from localstyle.result import record_text, result_images
from localstyle.serve.errors import RequestError, request_words
from localstyle.serve.forms import JobSpec
from localstyle.serve.history import run_summary
from localstyle.serve.limits import Limits

FINISHED = ("done", "error", "cancelled")


class JobStopped(Exception):
    """Raised inside a running job (from its progress callback) to stop it; the message says why."""


CHANGES_KEPT = 256


@dataclass
class Job:
    id: str
    spec: JobSpec | None  # dropped when the job finishes
    created: float = field(default_factory=time.time)
    status: str = "queued"
    stage: str | None = None
    edit: int | None = None
    edits: int | None = None
    step: int | None = None
    steps: int | None = None
    loss: float | None = None
    eta: float | None = None
    elapsed: float | None = None
    error: str | None = None
    record: dict | None = None
    files: dict[str, bytes] = field(default_factory=dict)
    previews: int = 0
    version: int = 0  # bumped on every change (`JobQueue._changed_locked`)
    # (version, status) of the last changes: the event stream sends each one, so a client sees every step
    # even when steps come faster than it reads; bounded, a client that lags further gets the latest.
    changes: deque = field(default_factory=lambda: deque(maxlen=CHANGES_KEPT))
    cancel: threading.Event = field(default_factory=threading.Event)
    started: float | None = None
    finished: float | None = None
    history: str | None = None  # "KEY/RUN" once kept in the history
    about: dict = field(default_factory=dict)  # what was asked, for a page that reattaches (forms.job_about)


    @property
    def seconds(self) -> float | None:
        """Its wall time from start to end, once finished."""
        return None if self.finished is None or self.started is None else round(self.finished - self.started, 1)

    @property
    def dry_run(self) -> bool:
        return bool(self.record.get("dry_run")) if self.record else bool(self.spec and self.spec.options.dry_run)


def png(image: Image.Image) -> bytes:
    return encode_image(image, "PNG")


def _number(value) -> float | None:
    return None if value is None or not math.isfinite(value) else round(float(value), 6)


class JobProgress:
    """The progress callback of one job: records events on the job, and stops it when asked."""

    def __init__(self, jobs: JobQueue, job: Job):
        self.jobs, self.job = jobs, job
        self.deadline = time.monotonic() + jobs.limits.seconds

    @property
    def preview_every(self) -> int:
        """A preview of the region every few steps (at most 5 apart, about ten per edit)."""
        options = self.job.spec.options
        return max(1, min(5, method_of(options).planned_steps(options) // 10))

    def __call__(self, event: dict) -> None:
        if self.job.cancel.is_set():
            raise JobStopped("cancelled")
        if time.monotonic() > self.deadline:
            raise JobStopped(f"stopped: the job ran over this server's limit of {self.jobs.limits.seconds:g} s "
                             "(--max-seconds)")
        if event["event"] == "preview":
            picture = png(Image.fromarray(to_uint8(event["image"])))
            self.jobs.update(self.job, files={**self.job.files, "preview.png": picture},
                             previews=self.job.previews + 1)
        elif event["event"] == "stage":
            steps = event.get("steps", self.job.steps)
            self.jobs.update(self.job, stage=event["stage"], edit=event.get("edit"),
                             edits=event.get("edits", self.job.edits), step=0, steps=steps, loss=None, eta=None)
        elif event["event"] == "step":
            self.jobs.update(self.job, step=event["step"], steps=event["steps"], loss=_number(event["loss"]),
                             eta=_number(event["eta"]), elapsed=_number(event["elapsed"]))


class JobQueue:
    """Jobs run one at a time by one worker thread with the server's stylizers (models load once; a
    method's stylizer is built on its first job)."""

    def __init__(self, stylizers: Stylizers, limits: Limits):
        self.stylizers, self.limits = stylizers, limits
        self.history = None  # serve.history.HistoryStore: every finished run is kept there
        self.jobs: dict[str, Job] = {}
        self.lock = threading.Lock()
        self.waiting: queue.Queue[Job | None] = queue.Queue()
        self.worker = threading.Thread(target=self._work, name="localstyle-worker", daemon=True)
        self.worker.start()

    # -- requests ----------------------------------------------------------------------------------

    def submit(self, spec: JobSpec, about: dict | None = None) -> Job:
        job = Job(id=uuid.uuid4().hex[:12], spec=spec, about=about or {})
        with self.lock:
            active = sum(1 for other in self.jobs.values() if other.status not in FINISHED)
            if active >= self.limits.queue:
                raise RequestError(f"the queue is full ({active} jobs, the limit is {self.limits.queue}, "
                                   "--max-queue): try again when one has finished", 429)
            self.jobs[job.id] = job
            self._forget_old()
        self.waiting.put(job)
        return job

    def get(self, job_id: str) -> Job:
        with self.lock:
            job = self.jobs.get(job_id)
        if job is None:
            raise RequestError(f"no job {job_id!r}", 404)
        return job

    def status(self, job_id: str) -> dict:
        job = self.get(job_id)
        with self.lock:
            return self._status_locked(job)

    def unfinished(self) -> list[dict]:
        """The status of every queued or running job, oldest first: a reloaded page finds its own."""
        with self.lock:
            waiting = sorted((job for job in self.jobs.values() if job.status not in FINISHED),
                             key=lambda job: job.created)
            return [self._status_locked(job) for job in waiting]

    def changes(self, job_id: str, after: int) -> list[tuple[int, dict]]:
        """(version, status) of each change after version `after` still kept, else the status now if it
        has moved since; oldest first. The event stream's source."""
        job = self.get(job_id)
        with self.lock:
            newer = [(version, status) for version, status in job.changes if version > after]
            if not newer and job.version > after:
                newer = [(job.version, self._status_locked(job))]
            return newer

    def _changed_locked(self, job: Job) -> None:
        job.version += 1
        job.changes.append((job.version, self._status_locked(job)))

    def _status_locked(self, job: Job) -> dict:
        ahead = sum(1 for other in self.jobs.values() if other.created < job.created and other.status not in FINISHED)
        return {"id": job.id, "status": job.status, "ahead": ahead if job.status == "queued" else 0,
                "stage": job.stage, "edit": job.edit, "edits": job.edits, "step": job.step,
                "steps": job.steps, "loss": job.loss, "eta": job.eta, "elapsed": job.elapsed,
                "error": job.error, "record": job.record, "files": sorted(job.files),
                "previews": job.previews, "dry_run": job.dry_run, "history": job.history, "about": job.about,
                "seconds": job.seconds}

    def file(self, job_id: str, name: str) -> bytes:
        job = self.get(job_id)
        with self.lock:
            if name in job.files:
                return job.files[name]
        why = {"done": "this job has no such file", "error": "the job failed",
               "cancelled": "the job was cancelled"}.get(job.status, f"the job is {job.status}")
        raise RequestError(f"{name} is not available: {why}", 404)

    def cancel(self, job_id: str) -> Job:
        """A queued job is cancelled at once; a running one stops at its next progress event."""
        job = self.get(job_id)
        with self.lock:
            if job.status in FINISHED:
                raise RequestError(f"job {job_id} is already {job.status}", 409)
            job.cancel.set()
            if job.status == "queued":
                self._finish_locked(job, "cancelled", error="cancelled")
        return job

    def update(self, job: Job, **changes) -> None:
        with self.lock:
            for name, value in changes.items():
                setattr(job, name, value)
            self._changed_locked(job)

    def _forget_old(self) -> None:
        finished = sorted((j for j in self.jobs.values() if j.status in FINISHED), key=lambda j: j.created)
        for job in finished[:max(0, len(finished) - self.limits.jobs_kept)]:
            del self.jobs[job.id]

    # -- the worker --------------------------------------------------------------------------------

    def _work(self) -> None:
        while True:
            job = self.waiting.get()
            if job is None:
                return
            if job.status == "queued":
                self._run(job)
                gc.collect()  # a stopped optimisation leaves reference cycles (autograd, modules)

    def _run(self, job: Job) -> None:
        with self.lock:
            if job.status != "queued":  # cancelled meanwhile
                return
            job.status, job.started = "running", time.time()
            self._changed_locked(job)
        spec = job.spec
        try:
            progress = JobProgress(self, job)
            options = spec.options.replace(preview_every=progress.preview_every)
            if not self.stylizers.ready(options):
                progress({"event": "stage", "stage": "load"})
            result = self.stylizers(options)(spec.photo.to_image(), spec.instruction, options, regions=spec.regions,
                                             progress=progress)
            files = _job_files(spec.photo.rgb, result, options.dry_run)
        except JobStopped as exc:
            self._finish(job, "cancelled" if str(exc) == "cancelled" else "error", error=str(exc))
        except LocalStyleError as exc:
            self._finish(job, "error", error=request_words(exc))
        except Exception as exc:  # noqa: BLE001 - a server must answer, whatever went wrong
            traceback.print_exc(file=sys.stderr)
            self._finish(job, "error", error=f"internal error: {one_line(exc, with_type=True)}")
        else:
            record = json.loads(files["record.json"])
            job.history = self._keep(job, spec, record, files)
            self._finish(job, "done", record=record, files=files)

    def _keep(self, job: Job, spec, record: dict, files: dict) -> str | None:
        """A finished run (not a dry run) into the history; a full disk costs the history, not the result."""
        if self.history is None or record.get("dry_run"):
            return None
        instruction = record["instruction"]
        if not isinstance(instruction, str):  # only some edits were kept: say which
            instruction = "; ".join(f'{e["style"]} on {e["region"]}' for e in record["edits"])
        entry = {"instruction": instruction, "method": record["method"], "preset": record["settings"].get("preset"),
                 "seed": record["seed"], "steps": record["steps"], "seconds": record["seconds"].get("stylize"),
                 "time": time.time(), "started": job.started, "summary": run_summary(record),
                 "style_image": job.about.get("style_image")}  # the style picture's weight (None: no picture)
        try:
            kept = self.history.add(spec.photo.rgb, job.id, files, entry)
        except OSError as exc:
            print(f"warning: the run was not kept in the history: {exc}", file=sys.stderr)
            return None
        return f"{kept['photo']}/{kept['id']}"

    def _finish(self, job: Job, status: str, **fields) -> None:
        with self.lock:
            self._finish_locked(job, status, **fields)

    def _finish_locked(self, job: Job, status: str, error: str | None = None, record: dict | None = None,
                       files: dict | None = None) -> None:
        job.status, job.error, job.record, job.finished = status, error, record, time.time()
        job.files = files or {}
        if status == "done":
            job.stage, job.eta = "done", 0.0
        job.spec = None  # the photo and masks are no longer needed
        self._changed_locked(job)

    def close(self) -> None:
        with self.lock:
            for job in self.jobs.values():
                job.cancel.set()
        self.waiting.put(None)
        self.worker.join(timeout=10)


def _job_files(original_rgb: np.ndarray, result, dry_run: bool) -> dict[str, bytes]:
    """What a finished job serves: mask_N.png, overlay.png (attention.png), record.json and (unless a dry
    run) the result."""
    files = {name: png(picture) for name, picture in result_images(original_rgb, result).items()}
    files["record.json"] = record_text(result.record).encode("utf-8")
    if not dry_run:
        files.update(_result_files(result.image))
    return files


def _result_files(image: Image.Image) -> dict[str, bytes]:
    """result.png in the photo's own mode; where PNG cannot hold that mode (CMYK, 32-bit I and F) the
    exact result is result.tif and result.png is an 8-bit RGB copy for the browser to show."""
    if image.mode in OUTPUT_FORMATS["PNG"][1]:
        return {"result.png": png(image)}
    return {"result.tif": encode_image(image, "TIFF"), "result.png": png(Image.fromarray(load_photo(image).rgb))}
