"""A real server (uvicorn on an ephemeral loopback port) with tiny random models, and an HTTP client."""

import httpx
import pytest
from conftest import TINY_SETTINGS

from localstyle.serve.app import make_server
from localstyle.serve.limits import Limits


@pytest.fixture(scope="module")
def server(tiny_models):
    server = make_server(port=0, models=tiny_models, device="cpu", preset="fast", settings=TINY_SETTINGS,
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
