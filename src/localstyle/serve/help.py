"""The page's Help link: /help/ serves the built documentation site, so it works offline.

`mkdocs build` (the `docs` extra) writes the site into the repository's `site/` folder; an editable install
finds it there. `LOCALSTYLE_DOCS_SITE` names another built site (a folder with index.html). Without a
built site, /help/... answers a short page that says how to build it and where the Markdown lives.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

REPOSITORY_SITE = Path(__file__).resolve().parents[3] / "site"  # src/localstyle/serve/help.py -> repo/site

NOT_BUILT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>localstyle help</title></head>
<body><h1>The documentation site is not built here</h1>
<p>In the localstyle repository run <code>pip install -e '.[docs]' &amp;&amp; mkdocs build</code>, then
restart <code>localstyle serve</code>; or set LOCALSTYLE_DOCS_SITE to a built site's folder.</p>
<p>The same text is in the repository as Markdown: <code>docs/{page}.md</code>.</p></body></html>
"""


def docs_site() -> Path | None:
    """The built documentation site's folder, or None when there is none."""
    folder = Path(os.environ.get("LOCALSTYLE_DOCS_SITE") or REPOSITORY_SITE)
    return folder if (folder / "index.html").is_file() else None


def add_help_routes(app: FastAPI) -> None:
    site = docs_site()
    if site is not None:
        app.mount("/help", StaticFiles(directory=site, html=True), name="help")
        return

    @app.get("/help/{path:path}", include_in_schema=False)
    def not_built(path: str) -> HTMLResponse:
        page = path.strip("/").split("/")[0] or "index"
        return HTMLResponse(NOT_BUILT.format(page=html.escape(page)), 404)
