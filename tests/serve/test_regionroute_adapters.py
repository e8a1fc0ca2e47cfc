"""RegionRoute adapters on the web as on the CLI: the authors' bare files under user-given names, each
routed exactly by the chip the page offers for it; the adapters' own T5 length (77 as well as 512) and the
memory mode in the record; a bad adapter file stops the server at start-up with one line, and one that
only fails to load is a clean job error."""

import numpy as np
import pytest
import torch
from PIL import Image
from regionroute_helpers import save_authors_adapter
from serve_helpers import png_bytes, wait

from localstyle.cli import main
from localstyle.errors import InputError
from localstyle.serve.app import make_server
from localstyle.serve.limits import Limits

SPELLED = {"Cyberpunk.safetensors": "cyberpunk", "Pixel Art.safetensors": "pixel-art",
           "expressionism.safetensors": "expressionism", "line_art.safetensors": "line-art"}  # file -> adapter


@pytest.fixture(scope="module")
def released(regionroute_setup, tmp_path_factory):
    toml, _ = regionroute_setup
    folder = tmp_path_factory.mktemp("weights")
    for seed, name in enumerate(SPELLED, start=1):
        save_authors_adapter(toml.parent / "kontext", folder / name, seed)
    return folder


def start(toml, adapters, tmp_path, **settings):
    return make_server(port=0, models=toml, device="cpu", resolution=64, settings=settings,
                       limits=Limits(steps=50), history_dir=tmp_path / "history", adapters=str(adapters)).start()


def test_every_chip_routes_to_its_own_file(browser, regionroute_setup, released, tmp_path):
    toml, _ = regionroute_setup
    server = start(toml, released, tmp_path)
    try:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(server.url + "/")
        page.wait_for_function("document.querySelectorAll('#method option').length === 2")
        page.click("#examples button[aria-label='example photo chelsea.jpg']")
        page.wait_for_function("document.getElementById('status').textContent === 'photo 451 x 300'")
        page.select_option("#method", "regionroute")
        chips = page.eval_on_selector_all("#chips button", "bs => bs.map(b => b.textContent)")  # the adapters
        assert chips == ["Cyberpunk", "Pixel Art", "expressionism", "line art"]
        page.fill("#steps", "1")
        for done, (chip, adapter) in enumerate(zip(chips, SPELLED.values()), start=1):
            page.click(f"#chips button[data-style='{chip}']")  # the server puts the style in (async)
            if done == 1:
                page.wait_for_function("t => document.getElementById('instruction').value === t",
                                       arg=f"apply {chip} style to the ")
                page.keyboard.type("cat")
            page.wait_for_function("t => document.getElementById('instruction').value === t",
                                   arg=f"apply {chip} style to the cat")
            page.click("#run")
            page.wait_for_function(f"document.querySelectorAll('#runs li').length === {done} || "
                                   "document.getElementById('error').textContent", timeout=90_000)
            assert page.text_content("#error") == ""
            expected = f"(RegionRoute; experts: {adapter} 1.00)"  # the summary is drawn once the run's record is in
            page.wait_for_function("t => document.getElementById('summary').textContent.includes(t)", arg=expected,
                                   timeout=30_000)
        page.close()
    finally:
        server.stop()


def adapter_of_length(toml, folder, text_length: int):
    """A localstyle adapter whose record says it was trained with T5 length `text_length`."""
    from localstyle.models import ModelSet
    from localstyle.regionroute import experts
    from localstyle.regionroute.bases import load_base

    base = load_base(ModelSet.create(toml, device="cpu"), "kontext")
    base.set_text_length(text_length)
    params = experts.add_style_lora(base)
    torch.manual_seed(3)
    with torch.no_grad():
        for param in params:
            param.normal_(0, 0.5)
    experts.save_expert(base, folder, "pixel-art", info={"steps": 0})


@pytest.mark.parametrize("settings, length, mode", [({}, 77, "full"), ({"text_length": 77, "memory": "offload"}, 77,
                                                                        "offload")])
def test_the_server_runs_the_adapters_own_t5_length_and_says_it(regionroute_setup, tmp_path, settings, length, mode):
    import httpx

    toml, _ = regionroute_setup
    adapter_of_length(toml, tmp_path / "adapters", 77)  # trained at 77: refused before, when the web forced 512
    server = start(toml, tmp_path / "adapters", tmp_path, **settings)
    try:
        photo = png_bytes(Image.fromarray(np.full((32, 32, 3), 90, dtype=np.uint8)))
        with httpx.Client(base_url=server.url, timeout=60) as client:
            answer = client.post("/api/jobs", files={"image": ("p.png", photo)}, data={
                "instruction": "make the cat in pixel-art style, keep other area unchanged", "method": "regionroute",
                "steps": "1"})
            assert answer.status_code == 202, answer.text
            job = wait(client, answer.json()["id"], timeout=90)
        assert job["status"] == "done", job["error"]
        record = job["record"]
        settings = record["settings"]
        assert (settings["text_length"], settings["memory"], record["edits"][0]["style"]) == (length, mode, "pixel-art")
    finally:
        server.stop()


def test_a_bad_adapter_file_stops_the_server_at_start_in_one_line(regionroute_setup, tmp_path, capsys):
    toml, _ = regionroute_setup
    adapters = tmp_path / "adapters"
    adapters.mkdir()
    (adapters / "Pixel Art.safetensors").write_bytes(b"")  # an empty download
    with pytest.raises(InputError, match="Pixel Art.safetensors is not a readable .safetensors file"):
        make_server(port=0, models=toml, device="cpu", adapters=adapters)
    assert main(["serve", "--port", "0", "--adapters", str(adapters), "--models", str(toml), "--device", "cpu"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: adapter ") and "Pixel Art.safetensors" in err and err.count("\n") == 1, err


def test_editor_settings_without_adapters_are_refused(regionroute_setup, capsys):
    toml, _ = regionroute_setup
    assert main(["serve", "--port", "0", "--models", str(toml), "--device", "cpu", "--set", "text_length=77"]) == 2
    err = capsys.readouterr().err
    assert "text_length: RegionRoute setting(s); start the server with --adapters DIR" in err and err.count("\n") == 1


def test_an_adapter_that_fails_to_load_is_a_clean_job_error(regionroute_setup, tmp_path):
    import httpx

    toml, _ = regionroute_setup
    adapters = tmp_path / "adapters"
    save_authors_adapter(toml.parent / "kontext", adapters / "wide.safetensors", 1, width_scale=2)  # another model's
    server = start(toml, adapters, tmp_path)
    try:
        photo = png_bytes(Image.fromarray(np.full((32, 32, 3), 90, dtype=np.uint8)))
        with httpx.Client(base_url=server.url, timeout=60) as client:
            answer = client.post("/api/jobs", files={"image": ("p.png", photo)},
                                 data={"instruction": "make the cat in wide style", "method": "regionroute"})
            assert answer.status_code == 202, answer.text
            job = wait(client, answer.json()["id"], timeout=90)
        assert job["status"] == "error"
        assert job["error"].startswith("adapter ") and "wide.safetensors does not load on base kontext" in job["error"]
        assert "internal error" not in job["error"] and "\n" not in job["error"]
    finally:
        server.stop()
