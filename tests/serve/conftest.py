"""Real servers (uvicorn on an ephemeral loopback port) with tiny random models, an HTTP client, and the
browser (Debian's chromium through Playwright) for the page's tests."""

import os
import shutil
from pathlib import Path

import httpx
import pytest
from conftest import TINY_SETTINGS

from localstyle.serve.app import make_server
from localstyle.serve.limits import Limits


@pytest.fixture(scope="module")
def server(tiny_model_set):
    # The session's ModelSet: the tests look into the server's own models (SAM's encoder runs, ...).
    server = make_server(port=0, models=tiny_model_set, device="cpu", preset="fast", settings=TINY_SETTINGS,
                         limits=Limits(queue=3, steps=100, seconds=60.0)).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def cat_bytes(cat_path):
    return cat_path.read_bytes()


CHROMIUM = os.environ.get("LOCALSTYLE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but no chromium at {CHROMIUM}: .ci/run installs Debian's chromium")
        pytest.skip(f"no chromium at {CHROMIUM} (apt-get install chromium, or set LOCALSTYLE_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    folder = Path(os.environ.get("LOCALSTYLE_SCREENSHOTS") or tmp_path_factory.mktemp("browser-screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"browser screenshots: {folder}")
    return folder


EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "photos"


@pytest.fixture(scope="module")
def rr_server(regionroute_setup, tmp_path_factory):
    """A server with the tiny RegionRoute adapters, the example photos and a history folder of its own."""
    toml, adapters = regionroute_setup
    history = tmp_path_factory.mktemp("history")
    server = make_server(port=0, models=toml, device="cpu", settings=TINY_SETTINGS, limits=Limits(steps=500),
                         resolution=TINY_SETTINGS["resolution"], history_dir=history, adapters=str(adapters),
                         examples=EXAMPLES).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def rr_client(rr_server):
    with httpx.Client(base_url=rr_server.url, timeout=120) as client:
        yield client
