"""Helpers for the web app's tests (tests/serve/): encode images, follow jobs, check error answers."""

import io
import json
import time

import httpx
from PIL import Image


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def wait(client: httpx.Client, job_id: str, timeout: float = 60.0, until=("done", "error", "cancelled")) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["status"] in until or time.monotonic() > deadline:
            return job
        time.sleep(0.05)


def events(client: httpx.Client, job_id: str) -> list[dict]:
    """Every status the job's Server-Sent Events stream pushed, until it finished."""
    seen = []
    with client.stream("GET", f"/api/jobs/{job_id}/events") as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        for line in stream.iter_lines():
            if line.startswith("data: "):
                seen.append(json.loads(line[6:]))
    return seen


def assert_error(answer: httpx.Response, status: int, words: str) -> None:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/json"
    body = answer.json()
    assert set(body) == {"error"} and "\n" not in body["error"] and words in body["error"], body
