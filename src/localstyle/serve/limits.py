"""What one server accepts (all settable on the command line) and the checks that apply them before any
large allocation: a body over the byte limit is refused from its Content-Length without being read; an
image over the pixel limit is refused from its header, before its pixels are decoded; decoding itself
runs in at most DECODE_SLOTS requests at a time.

Memory therefore stays bounded under a burst: about (queue + photos + DECODE_SLOTS) x pixels x 3 bytes
of decoded photos, plus the models and one running job."""

from __future__ import annotations

import argparse
import ctypes
import io
import sys
import threading
from dataclasses import dataclass

from PIL import Image

from localstyle import options
from localstyle.errors import InputError
from localstyle.serve import history
from localstyle.serve.errors import RequestError, send_error

DECODE_SLOTS = 2
DRAIN_BYTES = 64 * 2**20  # an oversized body up to this is read and dropped so the client sees the 413
_decoding = threading.BoundedSemaphore(DECODE_SLOTS)


@dataclass(frozen=True)
class Limits:
    upload_bytes: int = 25 * 2**20  # one request body
    pixels: int = 25_000_000  # decoded size of one image (width x height)
    queue: int = 8  # jobs queued or running; more get 429
    steps: int = 500  # optimisation steps of one edit
    seconds: float = 1800.0  # wall time of one job; a longer one is stopped
    photos: int = 4  # uploaded photos (with their SAM embedding) kept for mask clicks
    jobs_kept: int = 20  # finished jobs kept with their files


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """`localstyle serve` options (the model options are the CLI's own)."""
    default = Limits()
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, this "
                        "machine only; 0.0.0.0 = every interface, with NO login)")
    parser.add_argument("--port", type=int, default=8765)
    # The jobs' defaults (a request changes some); --adapters offers RegionRoute; the page's preset is fast.
    options.add_arguments(parser, "serve", preset="fast")
    parser.add_argument("--max-upload-mb", type=float, default=default.upload_bytes / 2**20,
                        help="largest request body, MiB (default %(default)g)")
    parser.add_argument("--max-megapixels", type=float, default=default.pixels / 1e6,
                        help="largest image, width x height in millions (default %(default)g)")
    parser.add_argument("--max-queue", type=int, default=default.queue,
                        help="jobs queued or running at once; more are refused with 429 (default %(default)s)")
    parser.add_argument("--max-steps", type=int, default=default.steps,
                        help="optimisation steps per edit (default %(default)s)")
    parser.add_argument("--max-seconds", type=float, default=default.seconds,
                        help="wall time per job, then it is stopped (default %(default)g)")

    history.add_arguments(parser)
    parser.add_argument("--examples", metavar="DIR", help="example photos offered on the page (default: the "
                        "source checkout's examples/photos, when there is one)")


def limits_from_args(args) -> Limits:
    values = {"--max-upload-mb": args.max_upload_mb, "--max-megapixels": args.max_megapixels,
              "--max-queue": args.max_queue, "--max-steps": args.max_steps, "--max-seconds": args.max_seconds}
    for name, value in values.items():
        if not value > 0:
            raise InputError(f"{name} must be positive, got {value:g}")
    return Limits(upload_bytes=int(args.max_upload_mb * 2**20), pixels=int(args.max_megapixels * 1e6),
                  queue=args.max_queue, steps=args.max_steps, seconds=args.max_seconds)


def open_upload(data: bytes, limits: Limits, what: str = "image", then=None):
    """Bytes -> a decoded PIL image (or `then(image)`, run in the same decoding slot), refusing too many
    pixels from the header alone."""
    if not data:
        raise RequestError(f"{what} is missing: send an image file")
    try:
        image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:
        raise RequestError(f"{what} has more pixels than Pillow will open; the limit here is "
                           f"{limits.pixels / 1e6:g} megapixels (--max-megapixels)", 413) from None
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for bytes that are not an image
        raise RequestError(f"{what} is not an image Pillow can read") from None
    width, height = image.size
    if width * height > limits.pixels:
        raise RequestError(f"{what} is {width}x{height} = {width * height / 1e6:.1f} megapixels; the limit is "
                           f"{limits.pixels / 1e6:g} (--max-megapixels)", 413)
    with _decoding:
        try:
            image.load()
        except Exception as exc:  # noqa: BLE001
            raise RequestError(f"{what} could not be decoded (truncated or corrupt?): {exc}") from None
        return then(image) if then else image


def return_freed_memory() -> None:
    """glibc keeps a freed block below 32 MB in the freeing thread's arena once its mmap threshold has
    grown; decoded photos are that size and arrive on many request threads, so the peak would grow with
    the thread count. A fixed 1 MiB threshold gives such blocks back to the system when freed."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6").mallopt(-3, 1 << 20)  # M_MMAP_THRESHOLD
        except (OSError, AttributeError):  # not glibc: nothing to tune
            pass


class BodyLimit:
    """ASGI middleware: 413 for a declared body over the limit, 411 for a body of unknown length."""

    def __init__(self, app, limits: Limits):
        self.app, self.limits = app, limits

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        if b"transfer-encoding" in headers and b"content-length" not in headers:
            return await send_error(send, 411, "send a Content-Length (chunked uploads are not accepted)")
        try:
            length = int(headers.get(b"content-length", b"0"))
        except ValueError:
            return await send_error(send, 400, "bad Content-Length")
        if length > self.limits.upload_bytes:
            if length <= DRAIN_BYTES:
                await _drain(receive)
            return await send_error(send, 413, f"upload is {length / 2**20:.1f} MiB; the limit is "
                                    f"{self.limits.upload_bytes / 2**20:g} MiB (--max-upload-mb)")
        return await self.app(scope, receive, send)


async def _drain(receive) -> None:
    """Read a body away, chunk by chunk, keeping none of it."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body"):
            return
