"""The real page in a real browser: Debian's chromium driven by Playwright against a server with tiny
models. Upload, instruction, Find regions, one exclude click that changes the mask, Stylise with live
progress, download (bit-identical to the CLI for the same seed), cancel a second job, 390 px layout,
labels and keyboard. Screenshots go to $LOCALSTYLE_SCREENSHOTS (default: a temporary folder, printed)."""

import json
from pathlib import Path

import httpx
import numpy as np
from conftest import TINY_SETTINGS
from PIL import Image

WATCH_STATUS = """() => { window.seen = [];
  new MutationObserver(() => window.seen.push(document.getElementById('status').textContent))
    .observe(document.getElementById('status'), {childList: true, characterData: true, subtree: true}); }"""
COUNT_TINTED = """() => { const c = document.getElementById('draw');
  const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
  for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++; return n; }"""


def wait_status(page, words: str, timeout: float = 90_000) -> str:
    page.wait_for_function("w => document.getElementById('status').textContent.includes(w) || "
                           "document.getElementById('error').textContent", arg=words, timeout=timeout)
    assert page.text_content("#error") == "", page.text_content("#error")
    return page.text_content("#status")


def test_the_page_end_to_end(browser, server, tiny_models, cat_path, shots, tmp_path):
    page = browser.new_page(viewport={"width": 1200, "height": 900}, accept_downloads=True)
    page.goto(server.url + "/")
    page.set_input_files("#file", str(cat_path))
    wait_status(page, "photo 451 x 300")
    page.fill("#instruction", "apply cubism style to the cat")
    page.fill("#boxThreshold", "0")  # tiny random detector: any detection counts
    page.click("#find")
    wait_status(page, "regions found")
    assert page.locator("#layers li").count() == 1
    assert "cubism" in page.text_content("#layers li") and "cat" in page.text_content("#layers li")
    page.screenshot(path=shots / "1-regions-found.png")

    before = page.evaluate(COUNT_TINTED)
    box = page.evaluate("() => localstyle.state.layers[0].box")  # the found region's box, photo pixels
    canvas = page.locator("#draw").bounding_box()
    x = (box[0] + box[2]) / 2 * canvas["width"] / 451
    y = (box[1] + box[3]) / 2 * canvas["height"] / 300
    page.locator("#draw").click(position={"x": x, "y": y}, modifiers=["Shift"])  # one exclude point
    wait_status(page, "mask:")
    assert page.evaluate("() => localstyle.state.layers[0].points") == [[round(x * 451 / canvas["width"]),
                                                        round(y * 300 / canvas["height"]), 0]]
    after = page.evaluate(COUNT_TINTED)
    assert after != before and after > 0, (before, after)
    page.screenshot(path=shots / "2-after-exclude-click.png")

    page.fill("#steps", "2")
    page.evaluate(WATCH_STATUS)
    page.click("#run")
    wait_status(page, "done in")
    seen = page.evaluate("() => window.seen")
    assert any("step 1 / 2" in s for s in seen) and any("step 2 / 2" in s and "loss" in s for s in seen), seen
    assert page.is_visible("#results") and page.get_attribute("#preview", "src").endswith("/preview.png?n=2")
    assert page.is_hidden("#live")  # the live preview gives way to the result
    page.screenshot(path=shots / "3-result.png", full_page=True)

    with page.expect_download() as download:
        page.click("#downloadImage")
    downloaded = tmp_path / download.value.suggested_filename
    download.value.save_as(downloaded)
    with page.expect_download() as record_download:
        page.click("#downloadRecord")
    record = json.loads(Path(record_download.value.path()).read_text())
    assert record["edits"][0]["region_source"] == "mask" and record["settings"]["steps"] == 2

    # The CLI on the same photo, with the mask the job used and the same seed and settings: the same pixels.
    job_url = page.get_attribute("#downloadImage", "href")
    mask_path = tmp_path / "mask.png"
    mask_path.write_bytes(httpx.get(server.url + "/" + job_url.replace("result.png", "mask_1.png")).content)
    from localstyle.cli import main

    cli_out = tmp_path / "cli.png"
    overrides = [arg for name, value in TINY_SETTINGS.items() for arg in ("--set", f"{name}={value}")]
    assert main(["stylize", str(cat_path), "apply cubism style to the cat", "--mask", str(mask_path), "--preset",
                 "fast", "--steps", "2", "--seed", "0", "--models", str(tiny_models), "--device", "cpu", "--quiet",
                 "-o", str(cli_out), *overrides]) == 0
    ours, theirs = Image.open(downloaded), Image.open(cli_out)
    assert ours.mode == theirs.mode and np.array_equal(np.asarray(ours), np.asarray(theirs))
    assert not np.array_equal(np.asarray(ours), np.asarray(Image.open(cat_path)))

    # A second, long job: cancelled from the page while it runs.
    page.fill("#steps", "100")
    page.click("#run")
    page.wait_for_function("() => /step [1-9]\\d* \\/ 100/.test(document.getElementById('status').textContent)",
                           timeout=90_000)
    page.click("#cancel")
    wait_status(page, "cancelled")
    job_id = page.evaluate("() => performance.getEntriesByType('resource').map(e => e.name)"
                           ".filter(n => n.endsWith('/events')).pop().split('/').slice(-2)[0]")
    job = httpx.get(f"{server.url}/api/jobs/{job_id}").json()
    assert job["status"] == "cancelled" and job["step"] < 100, job
    page.screenshot(path=shots / "4-cancelled.png")
    page.close()


def test_narrow_window_labels_and_keyboard(browser, server, cat_path, shots):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(server.url + "/")
    page.set_input_files("#file", str(cat_path))
    wait_status(page, "photo 451 x 300")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    page.screenshot(path=shots / "5-narrow-390px.png", full_page=True)
    unlabelled = page.evaluate("""() => [...document.querySelectorAll('input, select, button, canvas[tabindex], a')]
        .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
        .map(e => e.id || e.outerHTML)""")
    assert unlabelled == []
    reached = set()
    for _ in range(40):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("() => document.activeElement.id"))
    assert {"choose", "instruction", "toolClick", "toolBrush", "toolEraser", "undo", "find", "run", "draw"} <= reached
    # Keyboard clicks: arrows move the cursor over the photo, Shift+Enter adds an exclude point.
    page.focus("#draw")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Shift+Enter")
    wait_status(page, "mask:")
    assert page.evaluate("() => localstyle.state.layers[0].points") == [[236, 150, 0]]
    page.close()


def stroke(page, to: float) -> None:
    """Drag along the photo's top edge, from its left to `to` of its width (scrolled to it first, as a person
    would after ticking a region lower in the panel)."""
    page.evaluate("document.getElementById('draw').scrollIntoView({block: 'start'})")
    canvas = page.locator("#draw").bounding_box()
    top = canvas["y"] + 10
    page.mouse.move(canvas["x"] + 10, top)
    page.mouse.down()
    page.mouse.move(canvas["x"] + canvas["width"] * to, top, steps=5)
    page.mouse.up()


def test_one_region_per_edit_in_its_colour_toggle_delete_brush_eraser_undo(browser, server, cat_path, shots):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(server.url + "/")
    page.set_input_files("#file", str(cat_path))
    wait_status(page, "photo 451 x 300")
    page.fill("#instruction", "apply cubism to the cat and watercolor to the grass")
    page.fill("#boxThreshold", "0")
    page.click("#find")
    wait_status(page, "regions found")
    items = page.locator("#layers li")
    assert items.count() == 2
    assert "cubism" in items.nth(0).text_content() and "watercolor" in items.nth(1).text_content()
    colours = page.evaluate("() => [...document.querySelectorAll('#layers .swatch')].map(s => s.style.background)")
    assert len(set(colours)) == 2
    page.screenshot(path=shots / "6-two-edits.png")

    both = page.evaluate(COUNT_TINTED)
    page.uncheck("#layers li:nth-child(2) input[type=checkbox]")  # "use" off: hidden, not sent
    one = page.evaluate(COUNT_TINTED)
    assert 0 < one <= both
    page.check("#layers li:nth-child(2) input[type=checkbox]")
    assert page.evaluate(COUNT_TINTED) == both

    page.click("#toolBrush")  # paint a stripe onto the selected (first) region, then erase part of it
    stroke(page, 0.98)
    painted = page.evaluate(COUNT_TINTED)
    assert painted > both
    page.click("#toolEraser")
    stroke(page, 0.5)
    erased = page.evaluate(COUNT_TINTED)
    assert erased < painted
    page.click("#undo")
    assert page.evaluate(COUNT_TINTED) == painted
    page.click("#undo")
    assert page.evaluate(COUNT_TINTED) == both

    page.click("#layers li:nth-child(1) button")  # Delete the cubism region
    assert items.count() == 1 and "watercolor" in items.nth(0).text_content()
    page.fill("#steps", "1")
    page.click("#run")
    wait_status(page, "done in")
    assert page.text_content("#summary").startswith('1. "watercolor" on grass')  # only the kept edit ran
    page.close()
