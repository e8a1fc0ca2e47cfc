"""Make docs/images/web-1280.png and web-390.png: the web workspace at 1280x800 and on a 390x844 phone, with
tiny random models (so a result hardly differs from the photo) and Debian's chromium.

Run from the repository root: `python docs/images/web_screenshots.py`. The pictures are reduced to 128
colours so that they stay small.
"""

import tempfile
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

from localstyle.serve.app import make_server
from localstyle.testing import write_tiny_models

TINY = {"resolution": 64, "num_crops": 2, "crop_size": 32, "crop_resize": 64}
CHROMIUM = "/usr/bin/chromium"
OUT = Path("docs/images")


def wait_done(page, runs: int) -> None:
    page.wait_for_function(f"() => document.querySelectorAll('#runs li').length === {runs}", timeout=120_000)


def small_png(path: Path) -> None:
    Image.open(path).convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def desktop(page) -> None:
    """Three runs of the cat, runs 1 and 3 compared with the slider."""
    page.click("[aria-label='example photo chelsea.jpg']")
    page.wait_for_function("() => document.getElementById('status').textContent === 'photo 451 x 300'")
    page.fill("#boxThreshold", "0")  # tiny random detector: any detection counts
    page.fill("#steps", "1")
    for runs, instruction in enumerate(("apply cubism style to the cat", "apply watercolor style to the cat",
                                        "apply pop art style to the cat"), 1):
        page.fill("#instruction", instruction)
        page.click("#run")
        wait_done(page, runs)
    page.check("#runs li:nth-child(1) input.pick")
    page.check("#runs li:nth-child(3) input.pick")
    page.evaluate("scrollTo(0, 0)")
    page.wait_for_timeout(500)  # the thumbnails' and results' pictures load


def phone(page) -> None:
    """The photo with a clicked region, the instruction and Stylise under it."""
    page.click("[aria-label='example photo chelsea.jpg']")
    page.wait_for_function("() => document.getElementById('status').textContent === 'photo 451 x 300'")
    box = page.locator("#photo").bounding_box()
    page.mouse.click(box["x"] + box["width"] * 0.45, box["y"] + box["height"] * 0.55)
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('mask')")
    page.fill("#instruction", "cubism")
    page.wait_for_function("() => document.getElementById('understood').textContent.startsWith('understood')")
    # From the photo's top, unless Stylise would then be cut off: then from just enough lower to show it.
    page.evaluate("document.activeElement.blur(); const top = id => document.getElementById(id).getBoundingClientRect();"
                  "scrollTo(0, Math.max(top('stage').top - 8, top('run').bottom + 8 - innerHeight) + scrollY)")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        models = write_tiny_models(Path(tmp) / "tiny")
        server = make_server(port=0, models=models, device="cpu", settings=TINY, history_dir=Path(tmp) / "history",
                             examples=Path("examples/photos")).start()
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
                for (width, height), setup, name in (((1280, 800), desktop, "web-1280.png"),
                                                     ((390, 844), phone, "web-390.png")):
                    page = browser.new_page(viewport={"width": width, "height": height})
                    page.goto(server.url + "/")
                    page.wait_for_selector("body[data-ready=true]")
                    setup(page)
                    page.screenshot(path=OUT / name)
                    small_png(OUT / name)
                    page.close()
                browser.close()
        finally:
            server.stop()


if __name__ == "__main__":
    main()
