"""The page's Help link: /help/ serves the built documentation site, over real HTTP on loopback."""

import re
from pathlib import Path

import httpx
import pytest

from localstyle.serve.app import make_server

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def serve_with_site(monkeypatch, tiny_models):
    servers = []

    def start(site: Path):
        monkeypatch.setenv("LOCALSTYLE_DOCS_SITE", str(site))
        server = make_server(port=0, models=tiny_models, device="cpu").start()
        servers.append(server)
        return httpx.Client(base_url=server.url, timeout=30)

    yield start
    for server in servers:
        server.stop()


def test_the_page_links_to_the_web_app_guide_which_the_site_builds():
    page = (ROOT / "src/localstyle/serve/static/index.html").read_text()
    links = re.findall(r'<a href="([^"]+)"[^>]*>Help</a>', page)
    assert links == ["help/web/"]
    # mkdocs builds docs/web.md to web/index.html, and only pages in the navigation are built by --strict
    assert (ROOT / "docs/web.md").is_file() and re.search(r"^\s+- [^:]+: web\.md$", (ROOT / "mkdocs.yml").read_text(), re.M)


def test_a_built_site_is_served_under_help(serve_with_site, tmp_path):
    site = tmp_path / "site"
    (site / "web").mkdir(parents=True)
    (site / "index.html").write_text("<h1>home of the docs</h1>")
    (site / "web" / "index.html").write_text("<h1>Web app and HTTP API</h1>")
    (tmp_path / "secret.txt").write_text("outside the site")
    with serve_with_site(site) as client:
        answer = client.get("/help/web/")
        assert answer.status_code == 200 and answer.text == "<h1>Web app and HTTP API</h1>"
        assert client.get("/help/").text == "<h1>home of the docs</h1>"
        assert client.get("/help/nothing/").status_code == 404
        escape = client.get("/help/%2e%2e/secret.txt")  # not normalised away by the client
        assert escape.status_code == 404 and "outside the site" not in escape.text


def test_without_a_built_site_help_says_how_to_build_it(serve_with_site, tmp_path):
    with serve_with_site(tmp_path) as client:  # a folder without index.html is no site
        answer = client.get("/help/web/")
    assert answer.status_code == 404 and answer.headers["content-type"].startswith("text/html")
    assert "mkdocs build" in answer.text and "docs/web.md" in answer.text
