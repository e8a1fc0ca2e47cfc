"""The page's Help link: /help/ serves the built documentation site, over real HTTP on loopback."""

import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import httpx
import pytest

from localstyle.serve import help as help_module
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


def test_without_a_built_site_help_shows_the_markdown_pages_with_working_links(serve_with_site, tmp_path):
    with serve_with_site(tmp_path) as client:  # a folder without index.html is no site
        page = client.get("/help/web/")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert "<h1" in page.text and "The web workspace</h1>" in page.text
        assert 'href="../speed/#figures"' in page.text and 'src="../images/web-1280.png"' in page.text
        picture = client.get("/help/images/web-1280.png")  # where that src leads from /help/web/
        assert picture.headers["content-type"] == "image/png" and picture.content.startswith(b"\x89PNG")
        assert "Speed and hardware</h1>" in client.get("/help/speed/").text
        nested = client.get("/help/api/stylize/").text  # a page one folder down links back up
        assert 'href="../../web/"' in nested and "Stylizers and localstyle.stylize</h1>" in nested
        assert client.get("/help/web", follow_redirects=False).headers["location"] == "web/"
        for outside in ("/help/%2e%2e/pyproject.toml", "/help/../README.md", "/help/nothing/", "/help/api/../x.png"):
            assert client.get(outside).status_code == 404, outside


def test_with_neither_a_site_nor_markdown_help_says_how_to_build_it(serve_with_site, tmp_path, monkeypatch):
    monkeypatch.setattr(help_module, "MARKDOWN_FOLDERS", (tmp_path / "none",))
    with serve_with_site(tmp_path) as client:
        answer = client.get("/help/web/")
    assert answer.status_code == 404 and answer.headers["content-type"].startswith("text/html")
    assert "mkdocs build" in answer.text and "docs/web.md" in answer.text


def build_wheel(folder: Path) -> Path:
    """The package as `pip install` builds it, from a copy of what the source archive holds."""
    source = folder / "source"
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, source / name)
    for name in ("src", "docs"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    isolation = [] if importlib.util.find_spec("setuptools") is None else ["--no-build-isolation"]
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", *isolation, "-w", str(folder), "."],
                   cwd=source, check=True, timeout=600)
    [wheel] = folder.glob("localstyle-*.whl")
    return wheel


def test_an_installed_copy_has_every_page_file_and_its_help_works_offline(tiny_models, tmp_path):
    with zipfile.ZipFile(build_wheel(tmp_path)) as wheel:
        names = set(wheel.namelist())
        wheel.extractall(tmp_path / "installed")
    static = ROOT / "src/localstyle/serve/static"
    page_files = {f"localstyle/serve/static/{path.relative_to(static).as_posix()}" for path in static.rglob("*")
                  if path.is_file()}
    assert any("/static/js/" in name for name in page_files)  # subfolders too
    assert page_files <= names, sorted(page_files - names)
    assert {"localstyle/serve/docs/web.md", "localstyle/serve/docs/images/web-1280.png"} <= names

    # A server from the installed copy alone (no checkout above it, no built site): Help is the Markdown.
    environment = {**os.environ, "PYTHONPATH": str(tmp_path / "installed"), "PYTHONUNBUFFERED": "1"}
    environment.pop("LOCALSTYLE_DOCS_SITE", None)
    where = subprocess.run([sys.executable, "-c", "from localstyle.serve import help; print(help.markdown_folder())"],
                           env=environment, cwd=tmp_path, capture_output=True, text=True, check=True).stdout.strip()
    assert where == str(tmp_path / "installed/localstyle/serve/docs")  # not the checkout's docs/
    process = subprocess.Popen([sys.executable, "-m", "localstyle.cli", "serve", "--port", "0", "--models",
                                str(tiny_models), "--device", "cpu", "--history-dir", str(tmp_path / "history")],
                               stderr=subprocess.PIPE, text=True, env=environment, cwd=tmp_path)
    try:
        line = process.stderr.readline()
        url = re.search(r"open (http://\S+/) ", line).group(1)
        with httpx.Client(base_url=url, timeout=30) as client:
            page = client.get("help/web/")
            assert page.status_code == 200 and "The web workspace</h1>" in page.text, page.text[:300]
            assert client.get("help/images/web-1280.png").status_code == 200
            assert client.get("static/js/main.js").status_code == 200
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
