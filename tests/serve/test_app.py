"""The JSON API over real HTTP (uvicorn on loopback), tiny random models, 2 steps."""

import base64
import io
from pathlib import Path

import numpy as np
import pytest
from conftest import TINY_SETTINGS, TINY_STEPS
from PIL import Image
from serve_helpers import assert_error, events, png_bytes, wait


def test_page_and_its_files_are_served_from_the_package_with_nothing_from_the_internet(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"] == "text/html; charset=utf-8"
    for part in ('id="file"', 'id="instruction"', 'id="find"', 'id="run"', 'id="cancel"', "<canvas",
                 '<script type="module" src="static/js/main.js">', 'href="static/style.css"'):
        assert part in page.text
    static = Path(__file__).resolve().parents[2] / "src/localstyle/serve/static"
    files = sorted(p.relative_to(static).as_posix() for p in static.rglob("*") if p.is_file())
    assert "js/main.js" in files and "style.css" in files
    served = {name: client.get(f"/static/{name}") for name in files}
    assert {name: answer.status_code for name, answer in served.items()} == {name: 200 for name in files}
    assert served["js/main.js"].headers["content-type"].startswith("text/javascript")  # a module needs it
    icon = client.get("/favicon.ico")  # asked for by browsers on their own
    assert icon.status_code == 200 and icon.headers["content-type"] == "image/svg+xml" and b"<svg" in icon.content
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/docs-assets/swagger-ui-bundle.js" in docs.text
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
    for text in [page.text, docs.text] + [answer.text for answer in served.values()]:
        text = text.replace('xmlns="http://www.w3.org/2000/svg"', "")  # a name, not an address
        assert "http://" not in text and "https://" not in text and "//cdn" not in text


def test_openapi_documents_every_route(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths) == {"/api/photos", "/api/photos/{photo_id}/mask", "/api/jobs", "/api/jobs/{job_id}",
                          "/api/jobs/{job_id}/events", "/api/jobs/{job_id}/{name}", "/api/config", "/api/instruction",
                          "/api/examples/{name}", "/api/examples/{name}/thumb.jpg", "/api/history",
                          "/api/history/{key}", "/api/history/{key}/{name}", "/api/history/{key}/{run}",
                          "/api/history/{key}/{run}/{name}"}
    assert set(paths["/api/jobs/{job_id}"]) == {"get", "delete"} and set(paths["/api/jobs"]) == {"get", "post"}
    body = paths["/api/jobs"]["post"]["requestBody"]["content"]
    assert {"multipart/form-data", "application/json"} <= set(body)


def test_job_with_a_box_stylises_only_the_box_and_pushes_progress(client, cat_bytes, cat_path):
    answer = client.post("/api/jobs", files={"image": ("cat.png", cat_bytes)},
                         data={"instruction": "cubism", "box": "60,40,260,220", "no_segment": "1",
                               "steps": str(TINY_STEPS)})
    assert answer.status_code == 202 and answer.json()["status"] == "queued"
    job_id = answer.json()["id"]
    pushed = events(client, job_id)
    steps = [(e["stage"], e["step"], e["steps"]) for e in pushed if e["stage"] == "stylize"]
    assert ("stylize", 1, TINY_STEPS) in steps and ("stylize", TINY_STEPS, TINY_STEPS) in steps
    assert any(e["loss"] is not None and e["eta"] is not None for e in pushed)
    assert pushed[-1]["previews"] == TINY_STEPS  # every step when there are fewer than 20
    job = pushed[-1]
    assert job["status"] == "done" and job["error"] is None and job["step"] == TINY_STEPS
    [edit] = job["record"]["edits"]
    assert edit["box"] == [60, 40, 260, 220] and edit["style"] == "cubism" and edit["region_source"] == "box"
    assert job["record"]["settings"]["resolution"] == TINY_SETTINGS["resolution"]  # server defaults apply
    assert set(job["files"]) == {"result.png", "overlay.png", "mask_1.png", "record.json"}

    result = np.asarray(Image.open(io.BytesIO(client.get(f"/api/jobs/{job_id}/result.png").content)))
    original = np.asarray(Image.open(cat_path))
    outside = np.ones(original.shape[:2], bool)
    outside[40:220, 60:260] = False
    assert result.shape == original.shape and np.array_equal(result[outside], original[outside])
    assert not np.array_equal(result[~outside], original[~outside])
    assert client.get(f"/api/jobs/{job_id}/record.json").json() == job["record"]
    mask = np.asarray(Image.open(io.BytesIO(client.get(f"/api/jobs/{job_id}/mask_1.png").content))) > 0
    assert mask.sum() == 200 * 180 and mask[40:220, 60:260].all()


@pytest.mark.parametrize("fields, status, words", [
    ({"image": ("notes.txt", b"not an image at all"), "instruction": "cubism"}, 400, "not an image"),
    ({"instruction": "cubism"}, 400, "send an image file or the id"),
    ({"image": "cat"}, 400, "instruction: Field required"),
    ({"image": "cat", "instruction": "cubism", "box": "60,40,260"}, 400, "box must be four numbers"),
    ({"image": "cat", "instruction": "cubism", "box": "260,40,60,220"}, 400, "empty"),
    ({"image": "cat", "instruction": "cubism", "mask": ("m.png", "small")}, 400, "mask is 10x10"),
    ({"image": "cat", "instruction": "  "}, 400, "instruction is missing"),
    ({"image": "cat", "instruction": "cubism"}, 400, "style"),  # a bare style needs a region
    ({"image": "cat", "instruction": "cubism", "box": "60,40,260,220", "steps": "2.5"}, 400, "steps:"),
    ({"image": "cat", "instruction": "cubism", "box": "60,40,260,220", "steps": "101"}, 400, "--max-steps"),
    ({"image": "cat", "instruction": "cubism", "box": "60,40,260,220", "preset": "slow"}, 400, "unknown preset"),
    ({"image": "cat", "instruction": "cubism", "box": "60,40,260,220", "box_threshold": "2"}, 400, "box_threshold"),
    ({"image": "cat", "instruction": "cubism", "points": "1,2,3,4,5"}, 400, "bad points"),
    ({"image": "cat", "instruction": "cubism", "points": "100,50;460,10"}, 400,
     "point (460, 10) is outside the photo (451 x 300 pixels)"),
    ({"image": "cat", "instruction": "cubism", "colour": "red"}, 400, "colour: Extra inputs"),
    ({"image": "cat", "instruction": "apply cubism to the cat", "keep": "3"}, 400, "keep must list"),
    ({"photo": "nothing", "instruction": "cubism"}, 404, "no photo"),
])
def test_bad_input_is_one_line_of_json(client, cat_bytes, fields, status, words):
    parts = []  # multipart, as a browser's FormData sends it; text fields have no file name
    for name, value in fields.items():
        if value == "cat":
            value = ("cat.png", cat_bytes)
        elif value == ("m.png", "small"):
            value = ("m.png", png_bytes(Image.new("L", (10, 10), 255)))
        parts.append((name, value if isinstance(value, tuple) else (None, value)))
    assert_error(client.post("/api/jobs", files=parts), status, words)


def test_unknown_paths_methods_and_bodies_are_json_errors(client):
    for path in ("/api/jobs/doesnotexist", "/api/jobs/doesnotexist/result.png", "/nothing/here"):
        assert_error(client.get(path), 404, "no ")
    assert_error(client.get("/api/jobs/x/secret.txt"), 404, "no file")
    assert_error(client.put("/api/jobs"), 405, "PUT is not allowed on /api/jobs (allowed: GET, POST)")
    assert_error(client.delete("/"), 405, "DELETE is not allowed")
    assert_error(client.post("/api/jobs", content=b"hello", headers={"content-type": "text/plain"}), 415,
                 "multipart/form-data")
    assert_error(client.post("/api/jobs", content=b"{oops", headers={"content-type": "application/json"}), 400,
                 "not valid JSON")
    assert_error(client.post("/api/photos/x/mask", json={"box": [1, 2, 3]}), 400, "box:")


def test_json_values_keep_their_json_types_and_nesting_is_bounded(client, cat_bytes):
    job = {"image": base64.b64encode(cat_bytes).decode(), "instruction": "cubism", "box": [60, 40, 260, 220],
           "no_segment": True, "dry_run": True}
    assert_error(client.post("/api/jobs", json={**job, "steps": True}), 400, "steps: Input should be a valid integer")
    assert_error(client.post("/api/jobs", json={**job, "dry_run": "yes"}), 400, "dry_run: Input should be a valid "
                                                                                 "boolean")
    assert_error(client.post("/api/jobs", json={**job, "instruction": {"nested": [[{"deeper": 1}]]}}), 400,
                 "instruction: Input should be a valid string")
    deep = '{"instruction": ' + "[" * 100_000 + "]" * 100_000 + "}"
    json_body = {"content-type": "application/json"}
    assert_error(client.post("/api/jobs", content=deep, headers=json_body), 400, "nested too deeply")
    assert client.post("/api/jobs", json={**job, "steps": 2, "box_threshold": 0}).status_code == 202  # numbers are

    photo = client.post("/api/photos", files={"image": ("cat.png", cat_bytes)}).json()["id"]
    mask = f"/api/photos/{photo}/mask"
    assert_error(client.post(mask, json={"box": [True, 40, 260, 220]}), 400, "box.0: Input should be a valid number")
    assert_error(client.post(mask, json={"points": [[100, 50, True]]}), 400, "points.0.2: Input should be a valid "
                                                                                "integer")
    assert_error(client.post(mask, content=deep.replace("instruction", "box"), headers=json_body), 400, "")
    assert_error(client.post(mask, json={"points": [[100, 301, 1]]}), 400, "point (100, 301) is outside the photo")
    assert client.post(mask, json={"points": [[451, 300, 1], [0, 0, 0]]}).status_code == 200  # its corners are on it


def test_the_event_stream_sends_every_change_in_order_even_to_a_late_reader(client, cat_bytes):
    """A reader that opens the stream after the job ended still gets every kept change, oldest first (a
    stream that sent only the latest change of each poll would send the final status alone)."""
    steps = 5
    answer = client.post("/api/jobs", files={"image": ("cat.png", cat_bytes)},
                         data={"instruction": "cubism", "box": "60,40,260,220", "no_segment": "1", "steps": str(steps)})
    assert wait(client, answer.json()["id"])["status"] == "done"
    pushed = events(client, answer.json()["id"])
    assert pushed[0]["status"] == "running" and pushed[-1]["status"] == "done"
    stylize = [e["step"] for e in pushed if e["stage"] == "stylize"]
    assert stylize == sorted(stylize) and set(range(1, steps + 1)) <= set(stylize), stylize
    assert [e["previews"] for e in pushed] == sorted(e["previews"] for e in pushed)


def test_too_large_body_is_refused_from_its_length(client, server):
    limits = server.app.state.limits
    answer = client.post("/api/photos", files={"image": ("big.png", b"x" * (limits.upload_bytes + 1))})
    assert_error(answer, 413, "--max-upload-mb")


def test_region_not_found_is_a_job_error_with_the_pipelines_message(client, cat_bytes):
    answer = client.post("/api/jobs", files={"image": ("cat.png", cat_bytes)},
                         data={"instruction": "apply cubism style to the cat", "box_threshold": "1.0"})
    job = wait(client, answer.json()["id"])
    assert job["status"] == "error" and job["record"] is None
    assert job["error"].startswith('no "cat" found in the image') and "\n" not in job["error"]
    assert_error(client.get(f"/api/jobs/{job['id']}/overlay.png"), 404, "failed")


def test_dry_run_finds_regions_without_a_result(client, cat_bytes):
    answer = client.post("/api/jobs", files={"image": ("cat.png", cat_bytes)},
                         data={"instruction": "cubism", "box": "60,40,260,220", "dry_run": "1"})
    job = wait(client, answer.json()["id"])
    assert job["status"] == "done" and job["dry_run"], job
    [edit] = job["record"]["edits"]
    assert edit["region_source"] == "sam" and edit["mask_area"] > 0 and "final_losses" not in edit
    assert client.get(f"/api/jobs/{job['id']}/result.png").status_code == 404
    overlay = client.get(f"/api/jobs/{job['id']}/overlay.png").content
    assert Image.open(io.BytesIO(overlay)).size == (451, 300)


def test_masks_per_edit_and_keep_choose_what_is_stylised(client, cat_bytes):
    first = Image.new("RGBA", (451, 300), (0, 0, 0, 0))
    first.paste((255, 64, 64, 255), (100, 50, 180, 120))  # the page paints on a transparent layer
    second = Image.new("L", (451, 300), 0)
    second.paste(255, (300, 200, 400, 280))
    instruction = "apply cubism to the cat and watercolor to the grass"
    both = client.post("/api/jobs", files=[("image", ("cat.png", cat_bytes)), ("mask", ("1.png", png_bytes(first))),
                                           ("mask", ("2.png", png_bytes(second)))],
                       data={"instruction": instruction, "dry_run": "1"})
    job = wait(client, both.json()["id"])
    assert [e["box"] for e in job["record"]["edits"]] == [[100, 50, 180, 120], [300, 200, 400, 280]]
    assert [e["style"] for e in job["record"]["edits"]] == ["cubism", "watercolor"]
    kept = client.post("/api/jobs", files=[("image", ("cat.png", cat_bytes)), ("mask", ("2.png", png_bytes(second)))],
                       data={"instruction": instruction, "keep": "1", "dry_run": "1"})
    job = wait(client, kept.json()["id"])
    [edit] = job["record"]["edits"]
    assert edit["style"] == "watercolor" and edit["region"] == "grass" and edit["box"] == [300, 200, 400, 280]
    mask = np.asarray(Image.open(io.BytesIO(client.get(f"/api/jobs/{job['id']}/mask_1.png").content))) > 0
    assert mask.sum() == 100 * 80


def test_json_body_with_base64_image_and_an_uploaded_photo_id(client, cat_bytes):
    answer = client.post("/api/jobs", json={"image": base64.b64encode(cat_bytes).decode(), "instruction": "cubism",
                                            "box": [60, 40, 260, 220], "no_segment": True, "dry_run": True})
    assert answer.status_code == 202, answer.text
    assert wait(client, answer.json()["id"])["record"]["edits"][0]["box"] == [60, 40, 260, 220]
    photo = client.post("/api/photos", files={"image": ("cat.png", cat_bytes)})
    assert photo.status_code == 201 and photo.json()["width"] == 451 and photo.json()["height"] == 300
    answer = client.post("/api/jobs", data={"photo": photo.json()["id"], "instruction": "cubism",
                                            "box": "10,10,50,60", "no_segment": "1", "dry_run": "1"})
    assert wait(client, answer.json()["id"])["record"]["edits"][0]["box"] == [10, 10, 50, 60]


@pytest.mark.parametrize("mode, suffix", [("CMYK", "jpeg"), ("F", "tiff"), ("I;16", "png")])
def test_a_photo_png_cannot_hold_is_served_exactly_as_tiff(client, cat_path, mode, suffix):
    grey = np.asarray(Image.open(cat_path).convert("L"))
    photo = {"CMYK": lambda: Image.open(cat_path).convert("CMYK"),
             "F": lambda: Image.fromarray(grey.astype(np.float32) / 255.0),
             "I;16": lambda: Image.fromarray(grey.astype(np.uint16) * 257)}[mode]()
    upload = io.BytesIO()
    photo.save(upload, format=suffix.upper(), **({"quality": 100} if suffix == "jpeg" else {}))
    answer = client.post("/api/jobs", files={"image": (f"cat.{suffix}", upload.getvalue())},
                         data={"instruction": "cubism", "box": "60,40,260,220", "no_segment": "1",
                               "steps": str(TINY_STEPS)})
    job = wait(client, answer.json()["id"])
    assert job["status"] == "done", job["error"]
    sent = Image.open(io.BytesIO(upload.getvalue()))
    shown = Image.open(io.BytesIO(client.get(f"/api/jobs/{job['id']}/result.png").content))
    if mode == "I;16":  # PNG holds it: no TIFF, the PNG is the exact result
        assert "result.tif" not in job["files"] and shown.mode == sent.mode
        exact = shown
    else:
        assert "result.tif" in job["files"] and shown.mode == "RGB" and shown.size == sent.size
        tif = client.get(f"/api/jobs/{job['id']}/result.tif")
        assert tif.headers["content-type"] == "image/tiff"
        exact = Image.open(io.BytesIO(tif.content))
    assert exact.mode == sent.mode
    outside = np.ones((sent.height, sent.width), bool)
    outside[40:220, 60:260] = False
    before, after = np.asarray(sent), np.asarray(exact)
    assert np.array_equal(after[outside], before[outside]) and not np.array_equal(after[~outside], before[~outside])
