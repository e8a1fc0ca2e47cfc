"""`localstyle serve`: a small local web app around `stylize` (standard library HTTP server, one page).

Routes (all answers JSON unless a page or a PNG):
  GET  /                          the page (inline CSS/JS, no external resources)
  POST /api/jobs                  multipart/form-data (or JSON with base64 images) -> 202 {"id", "status"}
  GET  /api/jobs/<id>             status, stage, step/steps, loss, eta, error, record
  GET  /api/jobs/<id>/result.png  the stylised image; overlay.png (regions and boxes); mask_<n>.png

Cheap checks (image decodes, box/points/steps parse, instruction understood, settings valid) answer 400
with {"error": "<one line>"} at once; the work runs in ONE background worker, jobs one at a time, with
ONE ModelSet shared by every job (models load lazily on the first job and stay cached).
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import math
import queue
import re
import sys
import threading
import time
import traceback
import uuid
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
from PIL import Image, ImageOps

from localstyle.errors import InputError, LocalStyleError, one_line

MAX_BODY = 25 * 1024 * 1024  # bytes of one upload
MAX_DRAIN = 256 * 1024 * 1024  # an oversized body up to this is read and dropped so the client sees the 413
KEEP_JOBS = 50  # finished jobs kept (with their PNGs) before the oldest are forgotten
PAGE_FILE = Path(__file__).with_name("static") / "index.html"
TRUE = {"1", "true", "yes", "on"}
FALSE = {"", "0", "false", "no", "off"}


class BadRequest(Exception):
    """Bad input noticed before the job starts: answered with `status` and a one-line JSON error."""

    def __init__(self, message: str, status: int = HTTPStatus.BAD_REQUEST):
        super().__init__(message)
        self.status = status


class _Stopped(Exception):
    """Raised inside a running job when the server closes."""


@dataclass
class Job:
    id: str
    image: Image.Image | None
    instruction: str
    options: dict
    created: float = field(default_factory=time.time)
    status: str = "queued"  # queued | running | done | error
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
    started: float | None = None
    finished: float | None = None

    def progress(self, event: dict) -> None:
        if event.get("event") == "stage":
            self.stage = event.get("stage")
            self.edit = event.get("edit")
            self.edits = event.get("edits", self.edits)
            self.step, self.loss, self.eta = 0, None, None
            if event.get("steps") is not None:
                self.steps = event["steps"]
        elif event.get("event") == "step":
            self.step, self.steps = event.get("step"), event.get("steps")
            self.loss, self.eta, self.elapsed = event.get("loss"), event.get("eta"), event.get("elapsed")


def _float(value) -> float | None:
    return None if value is None or not math.isfinite(value) else round(float(value), 6)


class App:
    """Jobs, the queue and the single worker thread. Shared by every request handler of one server."""

    def __init__(self, models=None, device: str = "auto", preset: str = "fast", settings: dict | None = None,
                 max_body: int = MAX_BODY):
        from localstyle.least.optimise import settings_with
        from localstyle.pipeline import resolve_models

        settings_with(preset, **(settings or {}))  # a bad default preset or setting fails at start-up
        self.models = resolve_models(models, device)
        self.preset = preset
        self.settings = dict(settings or {})
        self.max_body = max_body
        self.jobs: dict[str, Job] = {}
        self.lock = threading.Lock()
        self.queue: queue.Queue[Job | None] = queue.Queue()
        self.stopping = threading.Event()
        self.worker = threading.Thread(target=self._work, name="localstyle-worker", daemon=True)
        self.worker.start()

    # -- requests --------------------------------------------------------------------------------

    def submit(self, fields: dict[str, tuple[str | None, bytes | str]]) -> Job:
        image, instruction, options = self._validate(fields)
        job = Job(id=uuid.uuid4().hex[:12], image=image, instruction=instruction, options=options)
        with self.lock:
            self.jobs[job.id] = job
            self._forget_old()
        self.queue.put(job)
        return job

    def status(self, job_id: str) -> dict:
        with self.lock:
            job = self.jobs.get(job_id)
            if job is None:
                raise BadRequest(f"no job {job_id!r}", HTTPStatus.NOT_FOUND)
            ahead = sum(1 for other in self.jobs.values()
                        if other.created < job.created and other.status in ("queued", "running"))
            return {
                "id": job.id, "status": job.status, "ahead": ahead if job.status == "queued" else 0,
                "stage": job.stage, "edit": job.edit, "edits": job.edits, "step": job.step, "steps": job.steps,
                "loss": _float(job.loss), "eta": _float(job.eta), "elapsed": _float(job.elapsed),
                "error": job.error, "record": job.record, "files": sorted(job.files),
                "dry_run": bool(job.options.get("dry_run")),
            }

    def file(self, job_id: str, name: str) -> bytes:
        with self.lock:
            job = self.jobs.get(job_id)
            if job is None:
                raise BadRequest(f"no job {job_id!r}", HTTPStatus.NOT_FOUND)
            if name not in job.files:
                why = {"done": "this job has no such file", "error": "the job failed"}.get(
                    job.status, f"the job is {job.status}")
                raise BadRequest(f"{name} is not available: {why}", HTTPStatus.NOT_FOUND)
            return job.files[name]

    def _forget_old(self) -> None:
        finished = [job for job in self.jobs.values() if job.status in ("done", "error")]
        for job in sorted(finished, key=lambda j: j.created)[:max(0, len(finished) - KEEP_JOBS)]:
            del self.jobs[job.id]

    def _validate(self, fields: dict) -> tuple[Image.Image, str, dict]:
        from localstyle.least.optimise import PRESETS, settings_with
        from localstyle.imageio import load_mask, load_photo
        from localstyle.masks import check_box
        from localstyle.pipeline import edits_for

        text = {name: value.strip() for name, (_, value) in fields.items() if isinstance(value, str)}
        unknown = sorted(set(fields) - FIELDS)
        if unknown:
            raise BadRequest(f"unknown field(s) {', '.join(unknown)}; known: {', '.join(sorted(FIELDS))}")
        image = _decode_image(fields, "image", required=True)
        photo = load_photo(image)  # EXIF orientation applied: boxes and masks are in these pixels
        instruction = text.get("instruction", "")
        if not instruction:
            raise BadRequest("instruction is missing: type a style (with a box or mask) or an instruction")
        options: dict = {"preset": text.get("preset") or self.preset}
        if options["preset"] not in PRESETS:
            raise BadRequest(f"unknown preset {options['preset']!r}: choose from {', '.join(PRESETS)}")
        for name in ("steps", "seed", "feather"):
            if text.get(name):
                try:
                    options[name] = int(text[name])
                except ValueError:
                    raise BadRequest(f"{name} must be a whole number, got {text[name]!r}") from None
        if options.get("steps", 1) < 1 or options.get("seed", 0) < 0 or options.get("feather", 0) < 0:
            raise BadRequest("steps must be >= 1, seed and feather >= 0")
        for name in ("box_threshold", "text_threshold"):
            if text.get(name):
                try:
                    value = float(text[name])
                except ValueError:
                    value = float("nan")
                if not 0 <= value <= 1:
                    raise BadRequest(f"{name} must be a number from 0 to 1, got {text[name]!r}")
                options[name] = value
        for name in ("dry_run", "no_segment"):
            value = text.get(name, "").lower()
            if value not in TRUE | FALSE:
                raise BadRequest(f"{name} must be 1 or 0, got {text[name]!r}")
            options[name] = value in TRUE
        if text.get("detector"):
            if text["detector"] not in ("detector", "owlv2"):
                raise BadRequest(f"unknown detector {text['detector']!r}: choose detector or owlv2")
            options["detector"] = text["detector"]
        settings_with(options["preset"], steps=options.get("steps"), feather=options.get("feather"),
                      **self.settings)
        if text.get("box"):
            boxes = [_parse_box(group, photo.size) for group in text["box"].split(";") if group.strip()]
            options["box"] = [check_box(b, photo.size) for b in boxes]
        mask = _decode_image(fields, "mask", required=False)
        if mask is not None:
            options["mask"] = [load_mask(mask, photo.size)]
        if text.get("points"):
            from localstyle.regions.segmentation import parse_points

            try:
                options["points"] = parse_points(text["points"])
            except InputError as exc:
                raise BadRequest(one_line(exc).replace("--points", "points")) from None
        given = len(options.get("box") or options.get("mask") or []) or int("points" in options)
        if "box" in options and "mask" in options:
            raise BadRequest("give a box or a mask, not both")
        edits_for(instruction, given)  # rules only: cheap, and the same check the job would make
        return image, instruction, options

    # -- the worker ------------------------------------------------------------------------------

    def _work(self) -> None:
        while not self.stopping.is_set():
            job = self.queue.get()
            if job is None or self.stopping.is_set():
                return
            self._run(job)

    def _run(self, job: Job) -> None:
        from localstyle.pipeline import stylize

        def progress(event: dict) -> None:
            if self.stopping.is_set():
                raise _Stopped
            with self.lock:
                job.progress(event)

        with self.lock:
            job.status, job.started = "running", time.time()
        options = dict(job.options)
        segment_box = not options.pop("no_segment", False)
        settings = dict(self.settings)
        try:
            result = stylize(job.image, job.instruction, models=self.models, settings=settings,
                             segment_box=segment_box, progress=progress, **options)
            files = _job_files(job.image, result, dry_run=options.get("dry_run", False))
            record = json.loads(json.dumps(result.record, default=str))
        except _Stopped:
            self._finish(job, error="the server stopped before the job finished")
            return
        except LocalStyleError as exc:
            self._finish(job, error=one_line(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a server must answer, whatever went wrong
            traceback.print_exc(file=sys.stderr)
            self._finish(job, error=f"internal error: {one_line(exc, with_type=True)}")
            return
        self._finish(job, record=record, files=files)

    def _finish(self, job: Job, error: str | None = None, record: dict | None = None,
                files: dict | None = None) -> None:
        with self.lock:
            job.status = "error" if error else "done"
            job.error, job.record, job.files = error, record, files or {}
            job.image, job.finished = None, time.time()  # the input is no longer needed
            if not error:
                job.stage, job.eta = "done", 0.0

    def close(self) -> None:
        self.stopping.set()
        self.queue.put(None)
        self.worker.join(timeout=5)  # a running step finishes first; the thread is a daemon


FIELDS = {"image", "instruction", "box", "mask", "points", "preset", "steps", "seed", "feather", "dry_run",
          "no_segment", "box_threshold", "text_threshold", "detector"}


def _parse_box(text: str, size: tuple[int, int]) -> tuple[float, ...]:
    try:
        values = tuple(float(v) for v in text.replace(" ", "").split(","))
    except ValueError:
        values = ()
    if len(values) != 4 or not all(math.isfinite(v) for v in values):
        raise BadRequest(f"box must be four numbers x0,y0,x1,y1 in pixels of the original image, got {text!r}")
    return values


def _decode_image(fields: dict, name: str, required: bool) -> Image.Image | None:
    filename, data = fields.get(name, (None, b""))
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not data:
        if required:
            raise BadRequest(f"{name} is missing: send a photo file")
        return None
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for bad bytes
        label = f" ({filename})" if filename else ""
        raise BadRequest(f"{name}{label} is not an image Pillow can read") from None
    return image


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _job_files(image: Image.Image, result, dry_run: bool) -> dict[str, bytes]:
    from localstyle.pipeline import region_images

    preview = np.asarray(ImageOps.exif_transpose(image).convert("RGB"))
    files = {name: _png(picture) for name, picture in region_images(preview, result.plans).items()}
    if not dry_run:
        files["result.png"] = _png(result.image)
    return files


def parse_multipart(content_type: str, body: bytes) -> dict[str, tuple[str | None, bytes | str]]:
    """multipart/form-data -> {name: (filename or None, bytes for files, str for text fields)}."""
    try:
        message = BytesParser(policy=HTTP).parsebytes(
            b"MIME-Version: 1.0\r\nContent-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body)
    except (UnicodeError, ValueError) as exc:
        raise BadRequest(f"malformed multipart body: {one_line(exc)}") from None
    if not message.is_multipart() or message.defects:
        raise BadRequest("malformed multipart/form-data body")
    fields = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            continue
        filename = part.get_filename()
        data = part.get_payload(decode=True) or b""
        if filename is None:
            try:
                fields[name] = (None, data.decode("utf-8"))
            except UnicodeDecodeError:
                raise BadRequest(f"field {name} is not UTF-8 text") from None
        else:
            fields[name] = (filename, data)
    return fields


def parse_json(body: bytes) -> dict[str, tuple[str | None, bytes | str]]:
    """JSON body: the same fields; `image` and `mask` are base64 (a data: URL works too)."""
    try:
        data = json.loads(body)
    except (UnicodeError, ValueError) as exc:
        raise BadRequest(f"body is not valid JSON: {one_line(exc)}") from None
    if not isinstance(data, dict):
        raise BadRequest("JSON body must be an object of fields")
    fields = {}
    for name, value in data.items():
        if name in ("image", "mask") and isinstance(value, str) and value:
            try:
                fields[name] = (None, base64.b64decode(re.sub(r"^data:[^,]*,", "", value), validate=True))
            except (binascii.Error, ValueError):
                raise BadRequest(f"{name} is not valid base64") from None
        elif isinstance(value, bool):
            fields[name] = (None, "1" if value else "0")
        elif isinstance(value, list) and name == "box":  # [x0, y0, x1, y1] or a list of them
            boxes = value if value and isinstance(value[0], list) else [value]
            fields[name] = (None, ";".join(",".join(str(v) for v in box) for box in boxes))
        elif value is not None:
            fields[name] = (None, str(value))
    return fields


class Handler(BaseHTTPRequestHandler):
    server_version = "localstyle"
    JOB_PATH = re.compile(r"^/api/jobs/([A-Za-z0-9_-]{1,64})(?:/(result\.png|overlay\.png|mask_\d{1,3}\.png))?$")

    @property
    def app(self) -> App:
        return self.server.app  # type: ignore[attr-defined]

    def log_message(self, format, *args):
        pass  # one line per request would drown the terminal while the page polls

    def do_GET(self):
        self._handle(self._get)

    def do_POST(self):
        self._handle(self._post)

    def _handle(self, method) -> None:
        try:
            method(urlsplit(self.path).path)
        except BadRequest as exc:
            self._json({"error": str(exc)}, exc.status)
        except (LocalStyleError, ValueError) as exc:
            self._json({"error": one_line(exc)}, HTTPStatus.BAD_REQUEST)
        except (BrokenPipeError, ConnectionResetError):
            pass
        except Exception as exc:  # noqa: BLE001
            traceback.print_exc(file=sys.stderr)
            self._json({"error": f"internal error: {one_line(exc, with_type=True)}"},
                       HTTPStatus.INTERNAL_SERVER_ERROR)

    def _get(self, path: str) -> None:
        if path in ("/", "/index.html"):
            self._send(PAGE_FILE.read_bytes(), "text/html; charset=utf-8")
            return
        match = self.JOB_PATH.match(path)
        if not match:
            raise BadRequest(f"no such page: {path}", HTTPStatus.NOT_FOUND)
        job_id, name = match.groups()
        if name is None:
            self._json(self.app.status(job_id))
        else:
            self._send(self.app.file(job_id, name), "image/png")

    def _post(self, path: str) -> None:
        if path != "/api/jobs":
            raise BadRequest(f"no such endpoint: POST {path}", HTTPStatus.NOT_FOUND)
        body = self._body()
        content_type = self.headers.get("Content-Type", "")
        kind = content_type.split(";")[0].strip().lower()
        if kind == "multipart/form-data":
            fields = parse_multipart(content_type, body)
        elif kind == "application/json":
            fields = parse_json(body)
        else:
            raise BadRequest("send multipart/form-data (or application/json with a base64 image)",
                             HTTPStatus.UNSUPPORTED_MEDIA_TYPE)
        job = self.app.submit(fields)
        self._json({"id": job.id, "status": job.status}, HTTPStatus.ACCEPTED)

    def _body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise BadRequest("Content-Length is required", HTTPStatus.LENGTH_REQUIRED) from None
        if length < 0:
            raise BadRequest("bad Content-Length")
        if length > self.app.max_body:
            if length <= MAX_DRAIN:  # read it away so the client gets the answer, not a reset connection
                left = length
                while left > 0:
                    chunk = self.rfile.read(min(left, 1 << 20))
                    if not chunk:
                        break
                    left -= len(chunk)
            self.close_connection = True
            raise BadRequest(f"upload is {length / 2**20:.1f} MiB; the limit is {self.app.max_body / 2**20:.0f} MiB",
                             HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
        body = self.rfile.read(length)
        if len(body) != length:
            raise BadRequest("the upload ended early")
        return body

    def _json(self, data: dict, status: int = HTTPStatus.OK) -> None:
        self._send(json.dumps(data, default=str).encode("utf-8"), "application/json", status)

    def _send(self, payload: bytes, content_type: str, status: int = HTTPStatus.OK) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(payload)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    app: App

    def server_close(self) -> None:
        super().server_close()
        app = getattr(self, "app", None)  # absent when binding the port failed inside __init__
        if app is not None:
            app.close()


def make_server(host: str = "127.0.0.1", port: int = 8765, models=None, device: str = "auto",
                preset: str = "fast", settings: dict | None = None, max_body: int = MAX_BODY) -> Server:
    """A ready HTTP server (not yet serving) with its job worker running. `models` is a ModelSet, a
    models.toml path or None (the default hub models); `settings` are setting overrides for every job.
    Call `serve_forever()`, then `shutdown()` and `server_close()` (which also stops the worker)."""
    app = App(models=models, device=device, preset=preset, settings=settings, max_body=max_body)
    try:
        server = Server((host, port), Handler)
    except OSError as exc:
        app.close()
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    server.app = app
    return server


def serve(host: str = "127.0.0.1", port: int = 8765, models=None, device: str = "auto", preset: str = "fast",
          settings: dict | None = None) -> int:
    """Run the web app until Ctrl+C."""
    server = make_server(host, port, models=models, device=device, preset=preset, settings=settings)
    shown = "127.0.0.1" if host in ("", "0.0.0.0") else host
    shown = f"[{shown}]" if ":" in shown else shown
    print(f"localstyle: open http://{shown}:{server.server_address[1]}/ (device {server.app.models.device}, "
          f"preset {preset}; Ctrl+C stops)", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
