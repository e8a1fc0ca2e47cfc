"""The page's Help link: /help/ serves the documentation, so it works offline.

- A built site is served as it is: `mkdocs build` (the `docs` extra) writes the repository's `site/`, which
  an editable install finds there; `LOCALSTYLE_DOCS_SITE` names another built site (a folder with index.html).
- Without one, the Markdown pages themselves, rendered plainly (Python-Markdown, no theme): an installed
  package carries them in localstyle/serve/docs (setup.py copies docs/ there when it builds), a checkout
  has docs/. Links between pages and to their pictures work as on the site.
"""

from __future__ import annotations

import html
import os
import posixpath
import re
from pathlib import Path

import markdown
from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from localstyle.serve.errors import RequestError

REPOSITORY = Path(__file__).resolve().parents[3]  # src/localstyle/serve/help.py -> the repository
REPOSITORY_SITE = REPOSITORY / "site"
MARKDOWN_FOLDERS = (Path(__file__).with_name("docs"), REPOSITORY / "docs")  # installed, then a checkout
PAGE = re.compile(r"^[a-z0-9_-]+(?:/[a-z0-9_-]+)?$")
PICTURE = re.compile(r"^(?:[a-z0-9_-]+/)*[a-z0-9_.-]+\.(png|jpg|svg)$")
PICTURE_KINDS = {"png": "image/png", "jpg": "image/jpeg", "svg": "image/svg+xml"}
# A relative link or picture in a rendered page; absolute ones, anchors and URLs are left alone.
RELATIVE = re.compile(r'\b(href|src)="(?![a-z][a-z0-9+.-]*:|#|/)([^"#]*)(#[^"]*)?"')
REFERENCE = re.compile(r"^::: *([\w.]+).*?(?=^\S|\Z)", re.M | re.S)  # mkdocstrings' block and its options

NOT_BUILT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>localstyle help</title></head>
<body><h1>The documentation is not here</h1>
<p>In the localstyle repository run <code>pip install -e '.[docs]' &amp;&amp; mkdocs build</code>, then
restart <code>localstyle serve</code>; or set LOCALSTYLE_DOCS_SITE to a built site's folder.</p>
<p>The same text is in the repository as Markdown: <code>docs/{page}.md</code>.</p></body></html>
"""

TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} - localstyle help</title><link rel="icon" href="{root}../favicon.ico">
<style>body{{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:0 auto;padding:0 1rem 3rem;color:#222}}
nav{{padding:.6rem 0;border-bottom:1px solid #ddd;font-size:14px}} nav a{{margin-right:.8rem}}
pre{{background:#f4f4f1;padding:.6rem;overflow-x:auto}} code{{background:#f4f4f1}} img{{max-width:100%}}
table{{border-collapse:collapse}} td,th{{border:1px solid #ccc;padding:.2rem .5rem}}
.note{{font-size:14px;color:#555}}</style></head>
<body><nav aria-label="Pages">{nav}</nav>
<p class="note">The documentation as its Markdown, shown plainly: this installation has no built site
(<code>mkdocs build</code> makes one).</p>
<main>{body}</main></body></html>
"""


def docs_site() -> Path | None:
    """The built documentation site's folder, or None when there is none."""
    folder = Path(os.environ.get("LOCALSTYLE_DOCS_SITE") or REPOSITORY_SITE)
    return folder if (folder / "index.html").is_file() else None


def markdown_folder() -> Path | None:
    """Where the Markdown pages are: the installed package's copy, else a checkout's docs/."""
    return next((folder for folder in MARKDOWN_FOLDERS if (folder / "web.md").is_file()), None)


def title(text: str, fallback: str) -> str:
    heading = re.search(r"^# (.+)$", text, re.M)
    return heading.group(1).strip() if heading else fallback


def render(folder: Path, name: str) -> str:
    """docs/NAME.md as a page at /help/NAME/ (index.md at /help/), its links turned into help URLs."""
    text = (folder / f"{name}.md").read_text("utf-8")
    text = REFERENCE.sub(lambda m: f"*`{m.group(1)}`: the built site makes this reference from the docstrings; "
                                   f"here `python -m pydoc {m.group(1)}` shows them.*\n\n", text)
    body = markdown.markdown(text, extensions=["tables", "fenced_code", "toc", "attr_list", "admonition"])
    root = "" if name == "index" else "../" * len(name.split("/"))
    here = posixpath.dirname(name)

    def relink(match: re.Match) -> str:
        attribute, target, anchor = match.group(1), match.group(2), match.group(3) or ""
        target = posixpath.normpath(posixpath.join(here, target)) if target else name + ".md"
        if target.endswith(".md"):
            target = "" if target == "index.md" else target[:-3] + "/"
        return f'{attribute}="{root}{target}{anchor}"'

    pages = sorted((path.stem for path in folder.glob("*.md")), key=lambda page: (page != "index", page))
    nav = " ".join(f'<a href="{root}{"" if page == "index" else page + "/"}">'
                   f'{html.escape(title((folder / f"{page}.md").read_text("utf-8"), page))}</a>' for page in pages)
    return TEMPLATE.format(title=html.escape(title(text, name)), root=root, nav=nav,
                           body=RELATIVE.sub(relink, body))


def add_help_routes(app: FastAPI) -> None:
    site = docs_site()
    if site is not None:
        app.mount("/help", StaticFiles(directory=site, html=True), name="help")
        return
    folder = markdown_folder()

    @app.get("/help/{path:path}", include_in_schema=False)
    def help_page(path: str) -> Response:
        if folder is None:
            page = path.strip("/").split("/")[0] or "index"
            return HTMLResponse(NOT_BUILT.format(page=html.escape(page)), 404)
        picture = PICTURE.match(path)
        if picture and ".." not in path.split("/") and (folder / path).is_file():
            return FileResponse(folder / path, media_type=PICTURE_KINDS[picture.group(1)])
        name = path.strip("/") or "index"
        if not PAGE.match(name) or not (folder / f"{name}.md").is_file():
            raise RequestError(f"no help page {path!r}", 404)
        if path and not path.endswith("/"):  # relative links are written for /help/NAME/
            return RedirectResponse(f"{name.rsplit('/', 1)[-1]}/")
        return HTMLResponse(render(folder, name))
