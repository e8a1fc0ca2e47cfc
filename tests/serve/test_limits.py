"""Limits: pixels refused from the image header, and memory bounded under a burst of large uploads sent
from this (second) process to a server process on loopback: a fixed number of requests, each time-limited."""

import io
import os
import re
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from PIL import Image
from serve_helpers import assert_error

from localstyle.serve.errors import RequestError
from localstyle.serve.limits import DECODE_SLOTS, Limits, open_upload


def png_of_size(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (120, 80, 40)).save(buffer, format="PNG")  # flat: a few hundred KB
    return buffer.getvalue()


def test_too_many_pixels_is_refused_from_the_header_before_decoding():
    data = png_of_size(6000, 5000)
    with pytest.raises(RequestError) as refused:
        open_upload(data, Limits(pixels=25_000_000))
    assert refused.value.status == 413
    assert str(refused.value) == "image is 6000x5000 = 30.0 megapixels; the limit is 25 (--max-megapixels)"
    assert open_upload(data, Limits(pixels=30_000_000)).size == (6000, 5000)
    header_only = data[:100]  # the IHDR chunk: enough for the size, no pixel data at all
    with pytest.raises(RequestError, match="30.0 megapixels"):
        open_upload(header_only, Limits(pixels=25_000_000))
    with pytest.raises(RequestError, match="truncated or corrupt"):
        open_upload(header_only, Limits(pixels=30_000_000))


def peak_rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux /proc for peak memory")
def test_memory_stays_bounded_under_a_burst_of_large_uploads(tiny_models, client):
    command = [sys.executable, "-m", "localstyle.cli", "serve", "--port", "0", "--models", str(tiny_models),
               "--device", "cpu", "--max-megapixels", "12"]
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        url = re.search(r"open (http://127\.0\.0\.1:\d+)/", server.stderr.readline()).group(1)
        with httpx.Client(base_url=url, timeout=60) as burst:
            assert burst.get("/").status_code == 200
            before = peak_rss_mb(server.pid)
            huge, large = png_of_size(8000, 8000), png_of_size(4000, 3000)  # 64 MP (refused), 12 MP (kept)

            def upload(data: bytes) -> httpx.Response:
                return burst.post("/api/photos", files={"image": ("p.png", data)})

            started = time.monotonic()
            with ThreadPoolExecutor(16) as pool:
                answers = list(pool.map(upload, [huge] * 8 + [large] * 8))
            seconds = time.monotonic() - started
            after = peak_rss_mb(server.pid)
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
    for answer in answers[:8]:
        assert_error(answer, 413, "8000x8000 = 64.0 megapixels; the limit is 12")
    assert [a.status_code for a in answers[8:]] == [201] * 8
    # Kept: 4 photos x 12 MP x 3 bytes. Decoding, in DECODE_SLOTS at a time: PIL's 4 bytes a pixel, its
    # EXIF-transposed and RGB copies (4 + 4) and numpy's 3: 15 bytes a pixel. Plus 150 MB for the rest.
    bound = (Limits().photos * 3 + DECODE_SLOTS * 15) * 12 + 150
    print(f"burst of 16 uploads in {seconds:.1f} s: peak RSS {before:.0f} -> {after:.0f} MB (bound +{bound} MB)")
    assert after - before < bound and seconds < 120
