"""The page's helpers over real HTTP: /api/config, example photos, the history of finished runs (kept on
disk, surviving a new server), and RegionRoute jobs on a server started with adapters."""

import io
import re
from pathlib import Path

import httpx
import numpy as np
import pytest
from conftest import TINY_SETTINGS, TINY_STEPS
from PIL import Image
from serve_helpers import assert_error, wait

from localstyle.serve.app import make_server
from localstyle.serve.history import photo_key

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "photos"  # the rr_server's
BOX = {"box": "60,40,260,220", "no_segment": "1", "steps": str(TINY_STEPS)}


def test_config_offers_regionroute_only_with_adapters(client, rr_client):
    plain = client.get("/api/config").json()
    assert [m["name"] for m in plain["methods"]] == ["least"]
    assert plain["upload_mb"] == 25 and plain["megapixels"] == 25 and plain["max_steps"] == 100
    assert plain["preset"] == "fast" and plain["history_mb"] == 500
    offered = rr_client.get("/api/config").json()
    assert [(m["name"], m["styles"]) for m in offered["methods"]] == [("least", []), ("regionroute", ["pixel-art"])]


def test_config_says_what_the_page_shows_so_the_page_copies_nothing(client, rr_client):
    plain, offered = client.get("/api/config").json(), rr_client.get("/api/config").json()
    assert [(p["name"], p["steps"]) for p in plain["presets"]] == [("paper", 200), ("fast", 40), ("preview", 24),
                                                                   ("clipstyler", 200)]
    least, regionroute = offered["methods"]
    assert (least["regions"], least["steps"], least["settings"]) == (True, None, [
        "preset", "steps", "seed", "detector", "box_threshold", "style_image_weight"])
    assert (regionroute["regions"], regionroute["steps"]) == (False, 28)
    assert regionroute["settings"] == ["steps", "seed", "guidance", "keep_background"]
    settings = plain["settings"]
    assert set(settings) == {"preset", "steps", "seed", "detector", "box_threshold", "style_image_weight", "guidance",
                             "keep_background"}
    assert (settings["detector"]["default"], settings["style_image_weight"]["default"]) == ("detector", 1.0)
    assert settings["box_threshold"]["default"] is None and "the detector's own" in settings["box_threshold"]["help"]
    assert (settings["preset"]["default"], settings["seed"]["default"]) == ("fast", 0)
    words = plain["instruction"]
    assert "apply cubism style to the cat" in words["examples"] and "cubism" in words["styles"]
    assert "apply <style> style to the <part>" in words["hint"]


def style_table() -> list[tuple[str, bool, str]]:
    """docs/web.md's table "after a click on watercolor": (instruction, regions drawn, what it becomes)."""
    rows = re.findall(r"^\| (.+?) \| (.+?) \|$", (ROOT / "docs/web.md").read_text(), re.M)
    table = []
    for before, after in rows[rows.index(("the instruction was", "after a click on *watercolor*")) + 1:]:
        if not before.startswith(("`", "(empty")):
            break
        typed = re.search(r"`(.*)`", before)
        table.append((typed.group(1) if typed else "", "region drawn" in before, re.search(r"`(.*?)`", after)[1]))
    return table


def test_a_style_chip_rewrites_the_instruction_as_docs_web_md_says(client):
    table = style_table()
    assert len(table) == 5
    for typed, regions, becomes in table:
        answer = client.get("/api/instruction", params={"text": typed, "style": "watercolor", "regions": regions})
        assert answer.json()["text"] == becomes, (typed, answer.json())


def test_the_instruction_reads_with_the_servers_own_parser(client):
    def read(text, regions=False):
        return client.get("/api/instruction", params={"text": text, "regions": regions}).json()

    two = read("apply cubism to the cat and watercolor to the grass")
    assert two["edits"] == [{"region": "cat", "style": "cubism"}, {"region": "grass", "style": "watercolor"}]
    assert two["style"] == "cubism" and two["error"] is None and two["text"] is None
    started = read("apply pop art style to the ")  # the part still to be typed: no edit yet, but its style
    assert started["edits"] == [] and started["style"] == "pop art" and "region" in started["error"]
    assert read("cubism")["edits"] == [] and read("cubism", regions=True)["edits"] == [{"region": None,
                                                                                         "style": "cubism"}]
    assert read("") == {"edits": [], "style": None, "error": None, "text": None}


def test_examples_are_served_with_thumbnails_masks_left_out(rr_client):
    names = rr_client.get("/api/config").json()["examples"]
    assert names == ["astronaut.jpg", "chelsea.jpg", "coffee.jpg", "rocket.jpg"]  # not coffee_crema_mask.png
    photo = rr_client.get("/api/examples/chelsea.jpg")
    assert photo.headers["content-type"] == "image/jpeg" and photo.content == (EXAMPLES / "chelsea.jpg").read_bytes()
    thumb = Image.open(io.BytesIO(rr_client.get("/api/examples/astronaut.jpg/thumb.jpg").content))
    assert thumb.format == "JPEG" and thumb.size == (256, 256)  # the astronaut photo is 512 x 512
    assert_error(rr_client.get("/api/examples/coffee_crema_mask.png"), 404, "no example")
    assert_error(rr_client.get("/api/examples/..%2Fmanifest.jsonl"), 404, "no ")


def test_finished_runs_are_kept_per_photo_and_survive_a_new_server(rr_client, rr_server, regionroute_setup,
                                                                   cat_bytes, cat_path):
    photo = rr_client.post("/api/photos", files={"image": ("cat.png", cat_bytes)}).json()
    key = photo["key"]
    assert key == photo_key(np.asarray(Image.open(cat_path).convert("RGB")))
    jobs = []
    for style, seed in (("cubism", 0), ("watercolor", 1)):
        answer = rr_client.post("/api/jobs", data={"photo": photo["id"], "instruction": style, "seed": str(seed),
                                                   **BOX})
        jobs.append(wait(rr_client, answer.json()["id"]))
    dry = wait(rr_client, rr_client.post("/api/jobs", data={"photo": photo["id"], "instruction": "cubism",
                                                           "dry_run": "1", **BOX}).json()["id"])
    assert [job["status"] for job in jobs + [dry]] == ["done"] * 3
    assert [job["history"] for job in jobs] == [f"{key}/{job['id']}" for job in jobs] and dry["history"] is None

    runs = rr_client.get(f"/api/history/{key}").json()["runs"]  # the dry run is not a result: not kept
    assert [(r["id"], r["instruction"], r["method"], r["preset"], r["seed"], r["steps"]) for r in runs] == [
        (jobs[0]["id"], "cubism", "least", "fast", 0, TINY_STEPS), (jobs[1]["id"], "watercolor", "least", "fast", 1,
                                                                    TINY_STEPS)]
    assert runs[0]["time"] < runs[1]["time"] and runs[0]["files"] == [
        "mask_1.png", "overlay.png", "record.json", "result.png", "thumb.jpg"]
    for job in jobs:
        kept = rr_client.get(f"/api/history/{job['history']}/result.png")
        assert kept.content == rr_client.get(f"/api/jobs/{job['id']}/result.png").content
        assert rr_client.get(f"/api/history/{job['history']}/record.json").json() == job["record"]
    listed = rr_client.get("/api/history").json()
    assert listed["photos"][0] == {"key": key, "width": 451, "height": 300, "runs": 2, "last": runs[1]["time"]}
    on_disk = sum(f.stat().st_size for f in rr_server.app.state.history.folder.rglob("*") if f.is_file())
    assert listed["used_mb"] == round(on_disk / 2**20, 3) and listed["max_mb"] == 500
    original = rr_client.get(f"/api/history/{key}/photo.png")
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(original.content))), np.asarray(Image.open(cat_path)))

    toml, adapters = regionroute_setup  # a new server on the same folder: the same runs
    again = make_server(port=0, models=toml, device="cpu", settings=TINY_SETTINGS,
                        history_dir=rr_server.app.state.history.folder).start()
    try:
        assert httpx.get(f"{again.url}/api/history/{key}").json()["runs"] == runs
        assert httpx.delete(f"{again.url}/api/history/{jobs[0]['history']}").status_code == 200
        assert [r["id"] for r in httpx.get(f"{again.url}/api/history/{key}").json()["runs"]] == [jobs[1]["id"]]
    finally:
        again.stop()
    assert rr_server.app.state.history.folder.exists()  # a given folder is not removed when a server stops
    assert_error(rr_client.get(f"/api/history/{jobs[0]['history']}/result.png"), 404, "no run")
    assert_error(rr_client.get(f"/api/history/{key}/{jobs[1]['id']}/secret.txt"), 404, "no file")
    assert_error(rr_client.get("/api/history/nothere/photo.png"), 404, "no photo")


def test_a_regionroute_job_is_the_editor_run_directly_and_kept_in_the_history(rr_client, regionroute_setup, cat_path,
                                                                              cat_bytes):
    from localstyle import stylize

    instruction = "make the cat in pixel-art style"
    answer = rr_client.post("/api/jobs", files={"image": ("cat.png", cat_bytes)},
                            data={"instruction": instruction, "method": "regionroute", "steps": "2", "seed": "3"})
    assert answer.status_code == 202, answer.text
    job = wait(rr_client, answer.json()["id"], timeout=120)
    assert job["status"] == "done", job["error"]
    assert (job["step"], job["steps"]) == (2, 2) and set(job["files"]) == {"result.png", "attention.png", "record.json"}
    record = job["record"]
    assert record["method"] == "regionroute" and record["edits"][0]["routing"] == {"pixel-art": 1.0}
    assert record["steps"] == 2 and record["seed"] == 3 and record["settings"]["work_size"][0] == TINY_SETTINGS["resolution"]
    served = Image.open(io.BytesIO(rr_client.get(f"/api/jobs/{job['id']}/result.png").content))

    toml, adapters = regionroute_setup  # what `stylize --method regionroute` runs, with the same options
    direct = stylize(Image.open(cat_path), instruction, method="regionroute", adapters=str(adapters), models=toml,
                     device="cpu", steps=2, seed=3, resolution=TINY_SETTINGS["resolution"])
    assert served.size == (451, 300) and np.array_equal(np.asarray(served), np.asarray(direct.image))
    [kept] = [r for r in rr_client.get(f"/api/history/{job['history'].split('/')[0]}").json()["runs"]
              if r["id"] == job["id"]]
    assert (kept["method"], kept["seed"], kept["steps"], kept["preset"]) == ("regionroute", 3, 2, None)
    assert "attention.png" in kept["files"]


@pytest.mark.parametrize("fields, words", [
    ({"box": "1,2,30,40"}, "RegionRoute is mask-free: box does not apply"),
    ({"dry_run": "1"}, "mask-free: dry_run"),
    ({"instruction": "apply cubism to the cat and watercolor to the grass"}, "one object per run; the instruction "
                                                                            "has 2 edits"),
    ({"steps": "501"}, "over this server's limit of 500 (--max-steps)"),
    ({"guidance": "-1"}, "guidance"),
    ({"method": "diffusion"}, "method"),
])
def test_bad_regionroute_requests_are_refused_before_queueing(rr_client, cat_bytes, fields, words):
    data = {"instruction": "make the cat in pixel-art style", "method": "regionroute", **fields}
    assert_error(rr_client.post("/api/jobs", files={"image": ("cat.png", cat_bytes)}, data=data), 400, words)


def test_regionroute_on_a_server_without_adapters_says_how_to_get_it(client, cat_bytes):
    answer = client.post("/api/jobs", files={"image": ("cat.png", cat_bytes)},
                         data={"instruction": "make the cat in pixel-art style", "method": "regionroute"})
    assert_error(answer, 400, "regionroute needs the server's --adapters DIR")


def test_a_running_regionroute_job_is_cancelled_within_one_step(rr_client, cat_bytes):
    import time

    answer = rr_client.post("/api/jobs", files={"image": ("cat.png", cat_bytes)},
                            data={"instruction": "make the cat in pixel-art style", "method": "regionroute",
                                  "steps": "500"})
    job_id = answer.json()["id"]
    deadline = time.monotonic() + 60
    while (running := rr_client.get(f"/api/jobs/{job_id}").json())["step"] in (None, 0):
        assert time.monotonic() < deadline and running["status"] in ("queued", "running"), running
        time.sleep(0.01)
    assert rr_client.delete(f"/api/jobs/{job_id}").status_code == 200
    step_at_cancel = rr_client.get(f"/api/jobs/{job_id}").json()["step"]
    job = wait(rr_client, job_id)
    assert job["status"] == "cancelled" and job["step"] <= step_at_cancel + 1 < 500 and job["history"] is None


@pytest.mark.parametrize("options, words", [
    (["--adapters", "{tmp}/none"], "adapters folder not found"),
    (["--adapters", "{tmp}"], "no <style>.safetensors adapter in"),
    (["--history-max-mb", "0"], "--history-max-mb must be positive, got 0"),
    (["--history-dir", "{tmp}/file/history"], "cannot use"),
    (["--examples", "{tmp}/none"], "--examples folder not found"),
])
def test_bad_serve_options_are_one_line_and_exit_2(tiny_models, tmp_path, capsys, options, words):
    from localstyle.cli import main

    (tmp_path / "file").write_text("a file, not a folder")
    args = [o.replace("{tmp}", str(tmp_path)) for o in options]
    assert main(["serve", "--port", "0", "--models", str(tiny_models), "--device", "cpu", *args]) == 2
    error = capsys.readouterr().err
    assert error.startswith("error: ") and words in error and error.count("\n") == 1, error
