"""`localstyle serve`: the web workspace (FastAPI routes; the page is static/index.html, style.css and the ES
modules in static/js/).

    GET    /                               the page            GET /docs   this API, browsable (offline)
    POST   /api/photos                     upload a photo for mask clicks -> {id, width, height}
    POST   /api/photos/ID/mask             SAM mask for {box, points} on it -> PNG (the embedding is cached)
    POST   /api/jobs                       a job (multipart or JSON) -> 202 {id, status}; 429 when the queue is full
    GET    /api/jobs                       the queued and running jobs (a reloaded page finds its own)
    GET    /api/jobs/ID                    status: stage, step/steps, loss, eta, error, record
    GET    /api/jobs/ID/events             the same status pushed as Server-Sent Events while it changes
    GET    /api/jobs/ID/NAME               result.png (result.tif too for CMYK, I, F), overlay.png, mask_N.png,
                                           preview.png, record.json
    DELETE /api/jobs/ID                    cancel (queued: at once; running: within one optimisation step)
    GET    /api/config, /api/instruction, /api/examples/..., /api/history/...   the page's helpers
                                           (serve/workspace.py, serve/instructions.py)
    GET    /help/...                       the documentation (serve/help.py)       GET /favicon.ico

Every finished run is kept in the history folder (serve/history.py), under its size cap.

Every 4xx answer is one line of JSON, `{"error": "..."}`.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import sys
import threading
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, File, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from PIL import Image
from pydantic import ValidationError
from starlette.exceptions import HTTPException
from starlette.routing import Match, Route
from swagger_ui_bundle import swagger_ui_path

from localstyle import options
from localstyle.errors import InputError, LocalStyleError, one_line
from localstyle.methods import Stylizers
from localstyle.models import flush_denormals, resolve_device, resolve_models
from localstyle.options import RegionRouteOptions, RunOptions
from localstyle.regionroute.experts import adapter_styles
from localstyle.serve import workspace
from localstyle.serve.errors import RequestError, error_body, request_words
from localstyle.serve.forms import check_points, job_about, job_spec
from localstyle.serve.help import add_help_routes
from localstyle.serve.history import DEFAULT_MAX_MB, HistoryStore, default_folder, photo_key
from localstyle.serve.jobs import FINISHED, JobQueue, png
from localstyle.serve.limits import BodyLimit, Limits, limits_from_args, return_freed_memory
from localstyle.serve.photos import PhotoStore
from localstyle.serve.schemas import (
    ErrorAnswer,
    JobCreated,
    JobList,
    JobRequest,
    JobStatus,
    MaskRequest,
    PhotoInfo,
)
from localstyle.serve.security import LocalOnly, no_login_warning

STATIC = Path(__file__).with_name("static")
JOB_FILE = r"^(result|overlay|preview|mask_\d{1,3})\.png$|^result\.tif$|^record\.json$"
EVENT_POLL_SECONDS = 0.1
SERVER_PRESET = "fast"  # the page's default: a first result in minutes, not the paper's hour on a CPU
ERRORS = {code: {"model": ErrorAnswer} for code in (400, 404, 409, 413, 429)}


def _error(status: int, message: str) -> Response:
    return Response(error_body(message), status, media_type="application/json")


def _validation_message(exc: ValidationError | RequestValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"] if part not in ("body", "query", "path"))
    return f"{where}: {first['msg']}" if where else first["msg"]


def create_app(models=None, device: str = "auto", options: RunOptions | None = None,
               limits: Limits | None = None, host: str = "127.0.0.1", history_dir=None,
               history_max_bytes: int = int(DEFAULT_MAX_MB * 2**20), examples=None, **changes) -> FastAPI:
    """The ASGI app with its job worker running (stop it with `close_app(app)`). `options` (and any
    RunOptions field by name, e.g. preset="fast") are the jobs' defaults, which a request may change;
    `options.adapters` offers RegionRoute. `history_dir` None keeps the history in a temporary folder,
    removed by `close_app`; `examples` None: the source checkout's examples/photos."""
    # A bad default preset or setting, or a wrong adapters folder, fails at start-up.
    defaults = (options or RunOptions(preset=SERVER_PRESET)).replace(**changes).checked()
    limits = limits or Limits()
    model_set = resolve_models(models, device)
    styles = _regionroute_styles(defaults.regionroute)
    history = HistoryStore(history_dir, history_max_bytes)
    return_freed_memory()
    app = FastAPI(title="localstyle", version="1", docs_url=None, redoc_url=None,
                  description="Stylise only the part of a photo that an instruction names. Errors are "
                              '`{"error": "one line"}`.')
    app.state.jobs = jobs = JobQueue(Stylizers(model_set), limits)
    app.state.options = defaults
    jobs.history, app.state.history = history, history
    app.state.photos = photos = PhotoStore(model_set, limits)
    app.state.limits = limits
    app.add_middleware(BodyLimit, limits=limits)
    app.add_middleware(LocalOnly, bound_host=host)  # outermost: a foreign Host is refused before anything
    _add_error_handlers(app)
    _add_page_routes(app)
    workspace.add_routes(app, history=history, examples=workspace.default_examples() if examples is None
                         else Path(examples), defaults=defaults, limits=limits, regionroute_styles=styles,
                         errors=ERRORS)

    _add_photo_routes(app, photos)
    _add_job_routes(app, jobs, photos, limits, defaults)
    return app


def _regionroute_styles(setup: RegionRouteOptions) -> list[str] | None:
    """The styles the server offers with RegionRoute, every adapter file checked as the CLI checks it (a bad
    one stops the server at start-up, naming it); None without --adapters, where the editor's own settings
    (`--set text_length=77`, `--set memory=nf4`) have nothing to apply to."""
    if setup.adapters:
        return adapter_styles(setup.adapters, setup.base)
    given = [name for name, default in (("text_length", None), ("memory", "auto")) if getattr(setup, name) != default]
    if given:
        raise InputError(f"--set {', '.join(given)}: RegionRoute setting(s); start the server with --adapters DIR")
    return None


def _add_photo_routes(app: FastAPI, photos: PhotoStore) -> None:
    """Upload a photo once, then ask for SAM masks on it (its embedding is cached)."""
    @app.post("/api/photos", status_code=201, response_model=PhotoInfo, responses=ERRORS)
    def upload_photo(image: Annotated[UploadFile, File(description="the photo")]) -> PhotoInfo:
        stored = photos.add(image.file.read())
        width, height = stored.photo.size
        return PhotoInfo(id=stored.id, width=width, height=height, key=photo_key(stored.photo.rgb))

    @app.post("/api/photos/{photo_id}/mask", response_class=Response, responses={
        **ERRORS, 200: {"content": {"image/png": {}}, "description": "the mask, 255 = region"}})
    def photo_mask(photo_id: str, prompt: MaskRequest) -> Response:
        if prompt.box is None and not prompt.points:
            raise RequestError("give a box and/or points")
        check_points(prompt.points, photos.get(photo_id).photo.size)
        mask = photos.mask(photo_id, box=prompt.box, points=prompt.points)
        return Response(png(Image.fromarray(mask.astype("uint8") * 255)), media_type="image/png",
                        headers={"X-Mask-Area": str(int(mask.sum()))})


def _add_job_routes(app: FastAPI, jobs: JobQueue, photos: PhotoStore, limits: Limits, defaults: RunOptions) -> None:
    """Post a job (LEAST, or RegionRoute with the server's adapters), follow it, cancel it, fetch its files."""
    @app.post("/api/jobs", status_code=202, response_model=JobCreated, responses=ERRORS, openapi_extra={
        "requestBody": {"required": True, "content": {
            "multipart/form-data": {"schema": JobRequest.model_json_schema()},
            "application/json": {"schema": JobRequest.model_json_schema()}}}})
    async def create_job(request: Request) -> JobCreated:
        fields = await _job_fields(request)
        try:  # a form sends text that must be read as numbers; JSON has types of its own: true is not 1
            job_request = JobRequest.model_validate(fields, strict=_is_json(request))
        except ValidationError as exc:
            raise RequestError(_validation_message(exc)) from None
        spec = await run_in_threadpool(job_spec, job_request, photos, limits, defaults)
        job = jobs.submit(spec, await run_in_threadpool(job_about, spec))
        return JobCreated(id=job.id, status=job.status)

    @app.get("/api/jobs", response_model=JobList)
    def unfinished_jobs() -> JobList:
        return JobList(jobs=jobs.unfinished())

    @app.get("/api/jobs/{job_id}", response_model=JobStatus, responses=ERRORS)
    def job_status(job_id: str) -> dict:
        return jobs.status(job_id)

    @app.delete("/api/jobs/{job_id}", response_model=JobCreated, responses=ERRORS)
    def cancel_job(job_id: str) -> JobCreated:
        job = jobs.cancel(job_id)
        return JobCreated(id=job.id, status=job.status)

    @app.get("/api/jobs/{job_id}/events", responses={**ERRORS, 200: {"content": {"text/event-stream": {}},
             "description": "`data: <JobStatus JSON>` each time the job changes, until it finishes"}})
    async def job_events(job_id: str) -> StreamingResponse:
        jobs.get(job_id)  # 404 before the stream starts
        return StreamingResponse(_events(jobs, job_id), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-store"})

    @app.get("/api/jobs/{job_id}/{name}", response_class=Response, responses={
        **ERRORS, 200: {"content": {"image/png": {}, "image/tiff": {}, "application/json": {}}}})
    def job_file(job_id: str, name: str) -> Response:
        if not re.match(JOB_FILE, name):
            raise RequestError(f"no file {name!r}: result.png, result.tif, overlay.png, mask_N.png, preview.png or "
                               "record.json", 404)
        kind = {"json": "application/json", "tif": "image/tiff"}.get(name.rsplit(".", 1)[-1], "image/png")
        return Response(jobs.file(job_id, name), media_type=kind, headers={"Cache-Control": "no-store"})


def _body_kind(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _is_json(request: Request) -> bool:
    return _body_kind(request) == "application/json"


async def _job_fields(request: Request) -> dict:
    kind = _body_kind(request)
    if kind == "application/json":
        try:
            fields = await request.json()
        except (UnicodeError, ValueError) as exc:
            raise RequestError(f"body is not valid JSON: {one_line(exc)}") from None
        except RecursionError:  # json.loads recurses once per level
            raise RequestError("body is not valid JSON here: nested too deeply") from None
        if not isinstance(fields, dict):
            raise RequestError("JSON body must be an object of fields")
        return fields
    if kind not in ("multipart/form-data", "application/x-www-form-urlencoded"):
        raise RequestError("send multipart/form-data (or application/json with a base64 image)", 415)
    try:
        form = await request.form(max_files=32, max_fields=64)
    except (HTTPException, ValueError, KeyError) as exc:
        raise RequestError(f"malformed multipart body: {getattr(exc, 'detail', None) or one_line(exc)}") from None
    fields: dict = {}
    for name in form:
        values = [await v.read() if hasattr(v, "read") else v for v in form.getlist(name)]
        fields[name] = values if name == "mask" else values[-1]
    return fields


async def _events(jobs: JobQueue, job_id: str):
    """Server-Sent Events: the job's status after each change (every step), then one last status."""
    seen = -1
    while True:
        try:
            changes = jobs.changes(job_id, seen)
        except RequestError:
            return
        for seen, status in changes:
            yield f"data: {json.dumps(status)}\n\n"
            if status["status"] in FINISHED:
                return
        await asyncio.sleep(EVENT_POLL_SECONDS)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestError)
    async def request_error(request: Request, exc: RequestError) -> Response:
        return _error(exc.status, str(exc))

    @app.exception_handler(LocalStyleError)
    async def localstyle_error(request: Request, exc: LocalStyleError) -> Response:
        return _error(400, request_words(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return _error(400, _validation_message(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        headers = exc.headers
        if exc.status_code == 404:
            message = f"no such page: {request.url.path}"
        elif exc.status_code == 405:
            headers = {**exc.headers, "Allow": _allowed_methods(request) or exc.headers["Allow"]}
            message = f"{request.method} is not allowed on {request.url.path} (allowed: {headers['Allow']})"
        else:
            message = str(exc.detail)
        return Response(error_body(message), exc.status_code, headers=headers, media_type="application/json")

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:
        return JSONResponse({"error": f"internal error: {one_line(exc, with_type=True)}"}, 500)


def _allowed_methods(request: Request) -> str:
    """Every method some route takes on this path (Starlette names only the first route's)."""
    methods = {method for route in request.app.router.routes if isinstance(route, Route)
               and route.matches(request.scope)[0] == Match.PARTIAL for method in route.methods or ()}
    return ", ".join(sorted(methods - {"HEAD"}))


def _add_page_routes(app: FastAPI) -> None:
    from fastapi.openapi.docs import get_swagger_ui_html

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/docs-assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")
    add_help_routes(app)  # /help/: the built documentation site, for the page's Help link

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-store"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:  # what browsers ask for by themselves; the page links the same icon
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:  # Swagger UI from the installed package, not a CDN
        return get_swagger_ui_html(openapi_url="/openapi.json", title="localstyle API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/docs-assets/favicon-32x32.png")


class Server:
    """uvicorn on a socket bound here (so a busy port is a one-line error and port 0 works)."""

    def __init__(self, app: FastAPI, host: str = "127.0.0.1", port: int = 8765):
        import uvicorn

        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        try:
            self.socket = socket.create_server((host, port), family=family)
        except OSError as exc:
            close_app(app)
            raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
        self.app, self.host, self.port = app, host, self.socket.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                                timeout_graceful_shutdown=2, limit_concurrency=64)
        self.uvicorn = uvicorn.Server(config)
        self.thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        shown = "127.0.0.1" if self.host in ("", "0.0.0.0", "::") else self.host
        return f"http://{f'[{shown}]' if ':' in shown else shown}:{self.port}"

    def run(self) -> None:
        """Serve until Ctrl+C (uvicorn handles the signal), then stop the worker."""
        try:
            self.uvicorn.run(sockets=[self.socket])
        finally:
            self.close()

    def start(self) -> Server:
        """Serve from a background thread (tests); `stop()` ends it."""
        self.thread = threading.Thread(target=self.uvicorn.run, kwargs={"sockets": [self.socket]}, daemon=True)
        self.thread.start()
        while not self.uvicorn.started and self.thread.is_alive():
            threading.Event().wait(0.02)
        return self

    def stop(self) -> None:
        self.uvicorn.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout=10)
        self.close()

    def close(self) -> None:
        close_app(self.app)
        self.socket.close()


def close_app(app: FastAPI) -> None:
    """Stop the job worker; remove a temporary history."""
    app.state.jobs.close()
    app.state.history.close()


def make_server(host: str = "127.0.0.1", port: int = 8765, **options) -> Server:
    """A ready server (not yet serving); `options` are `create_app`'s."""
    return Server(create_app(host=host, **options), host, port)


def serve_from_args(args) -> int:
    """`localstyle serve`: print where to open it (and the no-login warning), then serve until Ctrl+C."""
    flush_denormals(resolve_device(args.device))  # the server owns its process
    if not args.history_max_mb > 0:
        raise InputError(f"--history-max-mb must be positive, got {args.history_max_mb:g}")
    if args.examples and not Path(args.examples).is_dir():
        raise InputError(f"--examples folder not found: {args.examples}")
    server = make_server(args.host, args.port, models=args.models, device=args.device,
                         options=options.from_args(args, RunOptions(preset=SERVER_PRESET)),
                         limits=limits_from_args(args), history_dir=args.history_dir or default_folder(),
                         history_max_bytes=int(args.history_max_mb * 2**20), examples=args.examples)
    warning = no_login_warning(args.host, server.port)
    if warning:
        print(warning, file=sys.stderr)
    models = server.app.state.jobs.stylizers.models
    print(f"localstyle: open {server.url}/ (device {models.device}, preset {args.preset}; API at {server.url}/docs; "
          f"history in {server.app.state.history.folder}; Ctrl+C stops)", file=sys.stderr, flush=True)
    server.run()
    return 0
