"""The web API's side of issue 33: a job may upload a style picture (`style_image`, a file part like `image`
and `mask`, or base64 in JSON), checked like them; the job's record says which; /api/config says each method
takes one; and SAM 3's instances show in a job's record and overlay. Real servers on loopback."""

import base64
import io

import numpy as np
import pytest
from PIL import Image

from localstyle.serve.app import make_server
from localstyle.serve.limits import Limits

from conftest import TINY_SETTINGS, forced_sam3_models
from serve_helpers import assert_error, png_bytes, wait

BOX = "60,40,260,220"


@pytest.fixture(scope="module")
def painting():
    stripes = np.zeros((48, 64, 3), np.uint8)
    for band, colour in enumerate([(230, 40, 20), (20, 60, 200), (250, 210, 30)] * 3):
        stripes[:, band * 8:(band + 1) * 8] = colour
    return png_bytes(Image.fromarray(stripes))


def result_of(client, job_id):
    job = wait(client, job_id)
    assert job["status"] == "done", job
    image = np.asarray(Image.open(io.BytesIO(client.get(f"/api/jobs/{job_id}/result.png").content)))
    return job, image


def test_a_job_with_a_style_picture_steers_toward_it_and_says_so(client, cat_bytes, cat_path, painting):
    fields = {"instruction": "cubism", "box": BOX, "no_segment": "1", "steps": "2", "seed": "3"}
    text = client.post("/api/jobs", files={"image": ("cat.png", cat_bytes)}, data=fields)
    picture = client.post("/api/jobs", files={"image": ("cat.png", cat_bytes), "style_image": ("p.png", painting)},
                          data=fields)
    assert text.status_code == picture.status_code == 202, picture.text
    (_, by_text), (job, by_picture) = result_of(client, text.json()["id"]), result_of(client, picture.json()["id"])
    [edit] = job["record"]["edits"]
    assert edit["style_image"] == {"source": "upload", "size": [64, 48], "weight": 1.0, "views": 12,
                                   "view_scale": 0.75}
    original, outside = np.asarray(Image.open(cat_path)), np.ones((300, 451), bool)
    outside[40:220, 60:260] = False
    assert np.array_equal(by_picture[outside], original[outside])
    assert not np.array_equal(by_picture[~outside], by_text[~outside])


def test_json_bodies_carry_the_picture_as_base64_and_the_region_alone_is_enough(client, cat_bytes, painting):
    answer = client.post("/api/jobs", json={
        "image": base64.b64encode(cat_bytes).decode(), "style_image": base64.b64encode(painting).decode(),
        "instruction": "the cat", "box_threshold": 0.0, "style_image_weight": 1.0, "dry_run": True})
    assert answer.status_code == 202, answer.text
    job = wait(client, answer.json()["id"])
    assert job["status"] == "done" and job["record"]["edits"][0]["region"] == "cat", job


@pytest.mark.parametrize("picture, extra, status, words", [
    (b"not a picture", {}, 400, "style_image is not an image Pillow can read"),
    ("tiny", {}, 400, "style_image: the style picture is 8x8"),
    ("huge", {}, 413, "style_image is 6000x5000"),
    ("painting", {"style_image_weight": "1.5"}, 400, "style_image_weight"),
    ("painting", {"instruction": "the cat", "box": None, "style_image_weight": "0.5"}, 400,
     'style_image_weight 0.5 mixes the style picture with the instruction\'s style words, but "cat" has none'),
    (None, {"instruction": "the cat", "box": None}, 400, "could not find a region and a style"),  # no picture: a style is needed
])
def test_bad_style_pictures_are_one_line_of_json(client, cat_bytes, painting, picture, extra, status, words):
    pictures = {"tiny": png_bytes(Image.new("RGB", (8, 8))), "painting": painting,
                "huge": png_bytes(Image.new("RGB", (6000, 5000)))}
    files = {"image": ("cat.png", cat_bytes)}
    if picture is not None:
        files["style_image"] = ("p.png", pictures.get(picture, picture))
    data = {name: value for name, value in {"instruction": "cubism", "box": BOX, **extra}.items() if value}
    assert_error(client.post("/api/jobs", files=files, data=data), status, words)


def test_config_says_each_method_takes_a_style_picture_and_offers_every_detector(client, rr_client):
    for answer in (client.get("/api/config"), rr_client.get("/api/config")):
        methods = answer.json()["methods"]
        assert [m["style_image"] for m in methods] == [True] * len(methods) and all(m["style_image_about"] for m in methods)
    config = client.get("/api/config").json()
    assert [(d["name"], d["label"], d["threshold"], d["every_instance"]) for d in config["detectors"]] == [
        ("detector", "Grounding DINO", 0.3, False), ("owlv2", "OWLv2", 0.1, False),
        ("sam3", "SAM 3 (every instance)", 0.5, True)]
    assert '"the cat"' in config["instruction"]["picture_hint"]


@pytest.mark.parametrize("params, edits, error", [
    ({"text": "the cat", "picture": 1}, [{"region": "cat", "style": ""}], None),  # the picture's style
    ({"text": "the cat"}, [], "could not find a region and a style"),
    ({"text": "apply cubism style to all the cats", "picture": 1}, [{"region": "all the cats", "style": "cubism"}], None),
    ({"text": "this style", "picture": 1, "regions": 1}, [{"region": None, "style": ""}], None),
])
def test_the_instruction_reads_as_a_job_with_a_picture_reads_it(client, params, edits, error):
    answer = client.get("/api/instruction", params=params).json()
    assert answer["edits"] == edits and (error in answer["error"] if error else answer["error"] is None), answer


def test_a_regionroute_job_routes_the_picture(rr_client, cat_bytes, painting):
    answer = rr_client.post("/api/jobs", files={"image": ("cat.png", cat_bytes), "style_image": ("p.png", painting)},
                            data={"instruction": "the cat", "method": "regionroute", "steps": "1"})
    assert answer.status_code == 202, answer.text
    job = wait(rr_client, answer.json()["id"], timeout=120)
    assert job["status"] == "done", job
    [edit] = job["record"]["edits"]
    assert edit["routed_by"] == "style_image" and edit["routing"] == {"pixel-art": 1.0}
    assert edit["style_image"]["source"] == "upload" and edit["prompt"].startswith("make the cat in pixel-art style")


@pytest.fixture(scope="module")
def sam3_client(tiny_models, tmp_path_factory):
    import httpx

    forced = forced_sam3_models(tiny_models, tmp_path_factory.mktemp("sam3-server"),
                                [(0.054, 0.106, 0.296, 0.594), (0.704, 0.506, 0.946, 0.894)])
    server = make_server(port=0, models=forced, device="cpu", settings=TINY_SETTINGS, limits=Limits(steps=100)).start()
    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client
    server.stop()


def test_every_instance_shows_in_the_jobs_record_and_overlay(sam3_client, cat_bytes):
    answer = sam3_client.post("/api/jobs", files={"image": ("cat.png", cat_bytes)},
                              data={"instruction": "apply cubism style to all the cats", "detector": "sam3",
                                    "box_threshold": "0", "dry_run": "1"})
    assert answer.status_code == 202, answer.text
    job = wait(sam3_client, answer.json()["id"])
    [edit] = job["record"]["edits"]
    assert job["status"] == "done" and len(edit["instances"]) == 2
    assert all(set(i) == {"box", "score", "mask_area"} for i in edit["instances"])
    assert {"overlay.png", "mask_1.png"} <= set(job["files"])
