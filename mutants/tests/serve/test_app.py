"""`localstyle serve`: a real server on an ephemeral port, real HTTP, tiny random models, 2 steps."""

import io
import json
import threading
import time
import urllib.error
import urllib.request
import uuid

import numpy as np
import pytest
from conftest import TINY_SETTINGS, TINY_STEPS
from PIL import Image

from localstyle.serve.app import make_server, parse_multipart


@pytest.fixture(scope="module")
def server(tiny_models):
    server = make_server(port=0, models=tiny_models, device="cpu", preset="fast", settings=TINY_SETTINGS)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def base(server):
    return f"http://127.0.0.1:{server.server_address[1]}"


def multipart(fields: dict) -> tuple[bytes, str]:
    """Encode {name: str | (filename, bytes)} as multipart/form-data, the way a browser's FormData does."""
    boundary = "----localstyle" + uuid.uuid4().hex
    body = io.BytesIO()
    for name, value in fields.items():
        body.write(f"--{boundary}\r\n".encode())
        if isinstance(value, tuple):
            filename, data = value
            body.write(f'Content-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                       "Content-Type: application/octet-stream\r\n\r\n".encode())
            body.write(data)
        else:
            body.write(f'Content-Disposition: form-data; name="{name}"\r\n\r\n{value}'.encode())
        body.write(b"\r\n")
    body.write(f"--{boundary}--\r\n".encode())
    return body.getvalue(), f"multipart/form-data; boundary={boundary}"


def request(url: str, data: bytes | None = None, content_type: str | None = None):
    """(status, content type, body bytes) without raising on 4xx."""
    req = urllib.request.Request(url, data=data, headers={"Content-Type": content_type} if content_type else {})
    try:
        with urllib.request.urlopen(req, timeout=30) as answer:
            return answer.status, answer.headers["Content-Type"], answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read()


def post_job(base: str, fields: dict):
    body, content_type = multipart(fields)
    status, kind, payload = request(base + "/api/jobs", body, content_type)
    assert kind == "application/json"
    return status, json.loads(payload)


def wait(base: str, job_id: str, timeout: float = 50.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        status, _, payload = request(f"{base}/api/jobs/{job_id}")
        assert status == 200
        job = json.loads(payload)
        if job["status"] in ("done", "error") or time.monotonic() > deadline:
            return job
        time.sleep(0.1)


def assert_error(status: int, answer: dict, expected_status: int, words: str) -> None:
    assert status == expected_status, answer
    assert set(answer) == {"error"} and "\n" not in answer["error"]
    assert words in answer["error"]


@pytest.fixture(scope="module")
def cat_bytes(cat_path):
    return cat_path.read_bytes()


def test_page_is_served_with_the_form(base):
    status, kind, payload = request(base + "/")
    assert status == 200 and kind == "text/html; charset=utf-8"
    page = payload.decode("utf-8")
    for part in ('id="file"', 'id="instruction"', 'id="find"', 'id="run"', "api/jobs", "<canvas"):
        assert part in page
    assert "http://" not in page and "https://" not in page  # no external resources


def test_job_with_a_box_stylises_only_the_box(base, cat_bytes, cat_path):
    status, answer = post_job(base, {"image": ("cat.png", cat_bytes), "instruction": "cubism",
                                     "box": "60,40,260,220", "no_segment": "1", "steps": str(TINY_STEPS)})
    assert status == 202 and answer["status"] == "queued" and answer["id"]
    job = wait(base, answer["id"])
    assert job["status"] == "done", job
    assert job["error"] is None and job["step"] == TINY_STEPS == job["steps"]
    [edit] = job["record"]["edits"]
    assert edit["box"] == [60, 40, 260, 220] and edit["style"] == "cubism" and edit["region_source"] == "box"
    assert job["record"]["settings"]["resolution"] == TINY_SETTINGS["resolution"]  # server defaults apply

    status, kind, payload = request(f"{base}/api/jobs/{answer['id']}/result.png")
    assert status == 200 and kind == "image/png"
    result = np.asarray(Image.open(io.BytesIO(payload)))
    original = np.asarray(Image.open(cat_path))
    assert result.shape == original.shape
    outside = np.ones(original.shape[:2], bool)
    outside[40:220, 60:260] = False
    assert np.array_equal(result[outside], original[outside])
    assert not np.array_equal(result[~outside], original[~outside])

    status, kind, payload = request(f"{base}/api/jobs/{answer['id']}/overlay.png")
    assert status == 200 and kind == "image/png" and payload.startswith(b"\x89PNG")
    status, _, payload = request(f"{base}/api/jobs/{answer['id']}/mask_1.png")
    mask = np.asarray(Image.open(io.BytesIO(payload))) > 0
    assert mask.sum() == 200 * 180 and mask[40:220, 60:260].all()


@pytest.mark.parametrize("fields, words", [
    ({"image": ("notes.txt", b"not an image at all"), "instruction": "cubism"}, "not an image"),
    ({"instruction": "cubism"}, "image is missing"),
    ({"image": "cat", "instruction": "cubism", "box": "60,40,260"}, "box must be four numbers"),
    ({"image": "cat", "instruction": "cubism", "box": "260,40,60,220"}, "empty"),
    ({"image": "cat", "instruction": "cubism", "box": "0,0,10,10", "mask": ("m.png", "small")}, "mask is 10x10"),
    ({"image": "cat", "instruction": "  "}, "instruction is missing"),
    ({"image": "cat", "instruction": "cubism"}, "style"),  # a bare style needs a region
    ({"image": "cat", "instruction": "cubism", "box": "60,40,260,220", "steps": "2.5"}, "steps must be a whole"),
    ({"image": "cat", "instruction": "cubism", "box": "60,40,260,220", "preset": "slow"}, "unknown preset"),
    ({"image": "cat", "instruction": "cubism", "box": "60,40,260,220", "box_threshold": "2"}, "box_threshold"),
    ({"image": "cat", "instruction": "cubism", "points": "1,2,3,4,5"}, "bad points"),
    ({"image": "cat", "instruction": "cubism", "colour": "red"}, "unknown field"),
])
def test_bad_input_is_a_400_with_one_line(base, cat_bytes, fields, words):
    fields = dict(fields)
    if fields.get("image") == "cat":
        fields["image"] = ("cat.png", cat_bytes)
    if isinstance(fields.get("mask"), tuple) and fields["mask"][1] == "small":
        buffer = io.BytesIO()
        Image.new("L", (10, 10), 255).save(buffer, format="PNG")
        fields["mask"] = ("m.png", buffer.getvalue())
    status, answer = post_job(base, fields)
    assert_error(status, answer, 400, words)


def test_unknown_job_and_path_are_404(base):
    for path in ("/api/jobs/doesnotexist", "/api/jobs/doesnotexist/result.png", "/nothing/here"):
        status, kind, payload = request(base + path)
        assert kind == "application/json"
        assert_error(status, json.loads(payload), 404, "no ")


def test_unsupported_body_and_too_large_body(base, server):
    status, _, payload = request(base + "/api/jobs", b"hello", "text/plain")
    assert_error(status, json.loads(payload), 415, "multipart/form-data")
    limit, server.app.max_body = server.app.max_body, 1000
    try:
        status, _, payload = request(base + "/api/jobs", b"x" * 5000, "multipart/form-data; boundary=x")
    finally:
        server.app.max_body = limit
    assert_error(status, json.loads(payload), 413, "limit")


def test_region_not_found_is_a_job_error_with_the_pipelines_message(base, cat_bytes):
    status, answer = post_job(base, {"image": ("cat.png", cat_bytes), "instruction": "apply cubism style to the cat",
                                     "box_threshold": "1.0", "steps": "2"})
    assert status == 202
    job = wait(base, answer["id"])
    assert job["status"] == "error" and job["record"] is None
    assert job["error"].startswith('no "cat" found in the image') and "\n" not in job["error"]
    status, _, payload = request(f"{base}/api/jobs/{answer['id']}/overlay.png")
    assert_error(status, json.loads(payload), 404, "failed")


def test_dry_run_finds_regions_without_a_result(base, cat_bytes):
    status, answer = post_job(base, {"image": ("cat.png", cat_bytes), "instruction": "cubism",
                                     "box": "60,40,260,220", "dry_run": "1"})
    assert status == 202
    job = wait(base, answer["id"])
    assert job["status"] == "done" and job["dry_run"], job
    [edit] = job["record"]["edits"]
    assert edit["region_source"] == "sam" and edit["mask_area"] > 0 and "final_losses" not in edit
    assert request(f"{base}/api/jobs/{answer['id']}/result.png")[0] == 404
    status, _, payload = request(f"{base}/api/jobs/{answer['id']}/overlay.png")
    assert status == 200 and Image.open(io.BytesIO(payload)).size == (451, 300)


def test_painted_mask_is_the_region(base, cat_bytes):
    painted = Image.new("RGBA", (451, 300), (0, 0, 0, 0))
    painted.paste((255, 64, 64, 255), (100, 50, 180, 120))  # the page paints red on a transparent layer
    buffer = io.BytesIO()
    painted.save(buffer, format="PNG")
    status, answer = post_job(base, {"image": ("cat.png", cat_bytes), "instruction": "cubism", "dry_run": "1",
                                     "mask": ("mask.png", buffer.getvalue())})
    assert status == 202
    job = wait(base, answer["id"])
    assert job["status"] == "done", job
    assert job["record"]["edits"][0]["box"] == [100, 50, 180, 120]
    _, _, payload = request(f"{base}/api/jobs/{answer['id']}/mask_1.png")
    assert (np.asarray(Image.open(io.BytesIO(payload))) > 0).sum() == 80 * 70


def test_json_body_with_base64_image(base, cat_bytes):
    import base64

    body = json.dumps({"image": base64.b64encode(cat_bytes).decode(), "instruction": "cubism",
                       "box": [60, 40, 260, 220], "no_segment": True, "dry_run": True}).encode()
    status, _, payload = request(base + "/api/jobs", body, "application/json")
    assert status == 202
    job = wait(base, json.loads(payload)["id"])
    assert job["status"] == "done" and job["record"]["edits"][0]["box"] == [60, 40, 260, 220]


def test_multipart_parser_keeps_binary_files_exact():
    data = bytes(range(256)) * 40 + b"\r\n--not-the-boundary\r\n\r" + b"\n\x00end\r\n"
    body, content_type = multipart({"image": ("x.bin", data), "instruction": "stylise ünïcode"})
    fields = parse_multipart(content_type, body)
    assert fields["image"] == ("x.bin", data)
    assert fields["instruction"] == (None, "stylise ünïcode")
