"""Issue 33 on the page, in Chromium: a style picture dropped on its own box (not taken as the photo), pasted
into it and chosen, shown as a thumbnail, sent with the job (the record says so and the result differs from
the same run without it), removed (the next job sends none), and refused by the server in one line; the
detector choice from /api/config, and "all the cats" with a forced tiny SAM 3 shown as one numbered outline
and one line per instance that the record lists. The new controls are checked at 1280x800 and 390x844: in
the window, and a click at their centre lands on them. Screenshots go to $LOCALSTYLE_SCREENSHOTS."""

import base64
import io

import httpx
import numpy as np
import pytest
from conftest import TINY_SETTINGS, forced_sam3_models
from PIL import Image
from serve_helpers import png_bytes

from localstyle.serve.app import make_server
from localstyle.serve.limits import Limits

# Two cats where the tiny SAM 3 is made to find them, as fractions of the photo (tests/conftest.force_sam3).
CATS = [(0.054, 0.106, 0.296, 0.594), (0.704, 0.506, 0.946, 0.894)]
DROP = """([selector, b64, name]) => { const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
  const dt = new DataTransfer(); dt.items.add(new File([bytes], name, {type: 'image/png'}));
  document.querySelector(selector).dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true})); }"""
PASTE = """([selector, b64]) => { const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
  const dt = new DataTransfer(); dt.items.add(new File([bytes], 'image.png', {type: 'image/png'}));
  const target = document.querySelector(selector); target.focus();
  target.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true})); }"""
# Where a click at the element's centre lands: the element itself (or inside it), in the window's width.
LANDS = """el => { el.scrollIntoView({block: 'center'}); const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return {inside: r.left >= 0 && r.right <= innerWidth && r.width > 0 && r.height > 0,
          lands: Boolean(hit) && (hit === el || el.contains(hit))}; }"""
THUMB_SHOWN = ("(() => { const t = document.getElementById('styleThumb'); return !document.getElementById('styleChosen')"
               ".hidden && t.complete && t.naturalWidth === {width}; })()")


@pytest.fixture(scope="module")
def style_server(tiny_models, tmp_path_factory):
    """The tiny models with a SAM 3 that finds the two CATS, the checkout's example photos."""
    models = forced_sam3_models(tiny_models, tmp_path_factory.mktemp("sam3-page"), CATS)
    server = make_server(port=0, models=models, device="cpu", settings=TINY_SETTINGS, limits=Limits(steps=100)).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def painting():
    stripes = np.zeros((48, 64, 3), np.uint8)
    for band, colour in enumerate([(230, 40, 20), (20, 60, 200), (250, 210, 30)] * 3):
        stripes[:, band * 8:(band + 1) * 8] = colour
    return base64.b64encode(png_bytes(Image.fromarray(stripes))).decode()


def wait_for(page, script: str, timeout: float = 90_000) -> None:
    """Until `script` is true; a message in #error fails at once."""
    page.wait_for_function(f"() => ({script}) || document.getElementById('error').textContent", timeout=timeout)
    assert page.text_content("#error") == "", page.text_content("#error")


def stylise(page, runs: int) -> tuple[dict, np.ndarray]:
    """Stylise, until the history has `runs` runs: the newest run's record and result."""
    page.click("#run")
    wait_for(page, f"document.querySelectorAll('#runs li').length === {runs}")
    key = page.evaluate("() => localstyle.state.photo.key")
    run = page.eval_on_selector_all("#runs li", "items => items.map(i => i.dataset.run)")[-1]
    base = page.url.rstrip("/") + f"/api/history/{key}/{run}/"
    record = httpx.get(base + "record.json").json()
    return record, np.asarray(Image.open(io.BytesIO(httpx.get(base + "result.png").content)))


def usable(page, selectors) -> None:
    for selector in selectors:
        where = page.eval_on_selector(selector, LANDS)
        assert where == {"inside": True, "lands": True}, (selector, where, page.viewport_size)


def test_a_style_picture_goes_with_the_job_and_every_instance_shows(browser, style_server, shots, painting):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(style_server.url + "/")
    page.wait_for_selector("body[data-ready=true]")
    page.click("#examples button[aria-label='example photo chelsea.jpg']")
    wait_for(page, "document.getElementById('status').textContent === 'photo 451 x 300'")
    assert page.is_visible("#styleChoose") and page.is_hidden("#styleChosen")
    page.fill("#instruction", "apply cubism style to the cat")
    page.fill("#boxThreshold", "0")  # tiny random detectors: any detection counts
    page.fill("#steps", "1")
    _, plain = stylise(page, 1)

    # A picture dropped on its box is the style, not a new photo; its thumbnail and name show.
    page.evaluate(DROP, ["#styleDrop", painting, "painting.png"])
    wait_for(page, THUMB_SHOWN.replace("{width}", "64"))
    assert page.text_content("#styleName") == "painting.png" and page.text_content("#photoName") == "chelsea.jpg"
    wait_for(page, "document.getElementById('understood').textContent === "
                   "'understood: the picture\\'s style (in place of \"cubism\") on cat'")
    assert "the chips' words are not used" in page.text_content("#styleNote")
    assert page.eval_on_selector("#chips", "c => c.classList.contains('unused')")  # and shown not to count
    assert page.is_visible("#styleWeight") and page.text_content("#styleWeightShown") == "1.00"
    page.evaluate("scrollTo(0, 0)")
    page.screenshot(path=shots / "s1-style-picture-1280.png")
    for beside in ("#styleDrop", "#run", "#status", "#error"):  # at 1280x800 beside the photo, unscrolled
        box = page.locator(beside).bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 800, (beside, box)
    usable(page, ["#styleRemove", "#styleWeight"])
    record, pictured = stylise(page, 2)
    assert record["edits"][0]["style_image"]["source"] == "upload" and record["edits"][0]["style_image"]["size"] == [64, 48]
    assert not np.array_equal(pictured, plain)
    assert page.text_content("#summary").startswith("1. the style picture on cat")

    page.click("#styleRemove")  # removed: the next job sends none, and runs as the first did
    assert page.is_hidden("#styleChosen")
    usable(page, ["#styleChoose"])
    record, again = stylise(page, 3)
    assert "style_image" not in record["edits"][0] and np.array_equal(again, plain)

    # Pasted into the box while it has the focus, at weight 0.5 set with the keyboard: both go to the server.
    page.evaluate(PASTE, ["#styleDrop", painting])
    wait_for(page, THUMB_SHOWN.replace("{width}", "64"))
    assert page.text_content("#styleName") == "pasted picture" and page.text_content("#photoName") == "chelsea.jpg"
    page.focus("#styleWeight")
    for _ in range(10):
        page.keyboard.press("ArrowLeft")
    assert page.text_content("#styleWeightShown") == "0.50"
    wait_for(page, "document.getElementById('understood').textContent === "
                   "'understood: the picture mixed with \"cubism\" on cat'")
    assert not page.eval_on_selector("#chips", "c => c.classList.contains('unused')")  # the chips count again
    record, _ = stylise(page, 4)
    assert record["edits"][0]["style_image"]["weight"] == 0.5
    details = page.eval_on_selector_all("#runs li .details", "items => items.map(i => i.textContent)")
    assert [d.split(" · ")[1] for d in details] == ["fast", "style picture", "fast", "style picture (weight 0.5)"]

    # A picture the server refuses: its one line, where the page's errors go.
    page.set_input_files("#styleFile", files=[{"name": "tiny.png", "mimeType": "image/png",
                                               "buffer": png_bytes(Image.new("RGB", (8, 8)))}])
    wait_for(page, THUMB_SHOWN.replace("{width}", "8"))
    assert page.text_content("#styleName") == "tiny.png"
    page.click("#run")
    page.wait_for_function("() => document.getElementById('error').textContent")
    assert page.text_content("#error") == ("style_image: the style picture is 8x8; give one of at least 16x16 pixels")
    page.click("#styleRemove")

    # Every instance: the detectors as /api/config offers them, SAM 3 chosen, "all the cats".
    offered = httpx.get(style_server.url + "/api/config").json()["detectors"]
    assert page.eval_on_selector_all("#detector option", "os => os.map(o => [o.value, o.textContent])") == [
        [d["name"], d["label"]] for d in offered]
    page.select_option("#detector", "sam3")
    page.fill("#instruction", "apply cubism style to all the cats")
    with page.expect_response(lambda r: r.url.endswith("/api/jobs") and r.request.method == "POST") as posted:
        page.click("#find")
    wait_for(page, "document.getElementById('status').textContent.startsWith('regions found')")
    job = httpx.get(style_server.url + f"/api/jobs/{posted.value.json()['id']}").json()
    instances = job["record"]["edits"][0]["instances"]
    assert len(instances) == len(CATS)
    shown = page.eval_on_selector_all("#instances li.instance", "items => items.map(i => i.textContent)")
    assert shown == [f"{i}. score {c['score']:.2f} · box {', '.join(str(round(v)) for v in c['box'])} · "
                     f"{c['mask_area']} px" for i, c in enumerate(instances, 1)]
    # Each is outlined on the photo in the region's colour (red, the first), where the record's box is.
    outlined = page.evaluate("""boxes => { const c = document.getElementById('draw'), s = localstyle.state.scale;
      const g = c.getContext('2d');
      return boxes.map(([x0, y0, x1, y1]) => [...g.getImageData(Math.round(x0 * s), Math.round((y0 + y1) / 2 * s), 1, 1).data]); }""",
                             [c["box"] for c in instances])
    assert all(px[0] > 200 and px[1] < 80 and px[3] == 255 for px in outlined), outlined
    page.click("#clear")  # no regions: the run finds them from the words, and shows its own instances
    assert page.is_hidden("#instancesBox")
    record, _ = stylise(page, 5)
    assert len(record["edits"][0]["instances"]) == len(CATS)
    wait_for(page, f"document.querySelectorAll('#instances li.instance').length === {len(CATS)}")
    page.evaluate("scrollTo(0, 0)")
    page.screenshot(path=shots / "s2-instances-1280.png")
    page.locator("#instancesBox").scroll_into_view_if_needed()
    page.screenshot(path=shots / "s2b-instances-list-1280.png")

    # On a phone: one column, nothing wider than the window, each new control where a click lands.
    page.set_viewport_size({"width": 390, "height": 844})
    page.evaluate(DROP, ["#styleDrop", painting, "painting.png"])
    wait_for(page, THUMB_SHOWN.replace("{width}", "64"))
    wait_for(page, "document.documentElement.scrollWidth <= 390")
    wait_for(page, "document.getElementById('understood').textContent.startsWith('understood: the picture mixed')")
    usable(page, ["#styleRemove", "#styleWeight", "#detector", "#instances li.instance"])
    page.locator("#styleDrop").scroll_into_view_if_needed()
    page.screenshot(path=shots / "s3-style-picture-390.png")
    page.click("#styleRemove")
    assert page.is_hidden("#styleChosen") and page.text_content("#photoName") == "chelsea.jpg"
    usable(page, ["#styleChoose"])
    page.close()
