"""setuptools hook (the project's metadata is in pyproject.toml): a built package carries the
documentation's Markdown and pictures in localstyle/serve/docs, so the web page's Help works in an
installed copy without a built site (serve/help.py). MANIFEST.in puts docs/ into the source archive."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DOCS = Path(__file__).resolve().parent / "docs"


class BuildWithDocs(build_py):
    def run(self):
        super().run()
        if self.editable_mode or not DOCS.is_dir():  # an editable install reads the checkout's docs/
            return
        target = Path(self.build_lib) / "localstyle" / "serve" / "docs"
        for source in sorted([*DOCS.rglob("*.md"), *DOCS.rglob("*.png")]):
            copy = target / source.relative_to(DOCS)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, copy)


setup(cmdclass={"build_py": BuildWithDocs})
