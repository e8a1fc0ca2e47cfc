"""The workspace in Chromium: a photo by drop, paste and example; style chips; two runs with two styles and
a re-run with a new seed; comparing two runs; the history after a reload; RegionRoute offered only by a
server with adapters; labels, keyboard and 390 px with a history. Screenshots go to $LOCALSTYLE_SCREENSHOTS."""

import base64
import io

import numpy as np
from PIL import Image
from serve_helpers import png_bytes

DROP = """([b64, type]) => { const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
  const dt = new DataTransfer(); dt.items.add(new File([bytes], 'dropped', {type}));
  document.getElementById('dropzone').dispatchEvent(
    new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true})); }"""
PASTE = """b64 => { const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
  const dt = new DataTransfer(); dt.items.add(new File([bytes], 'image.png', {type: 'image/png'}));
  document.body.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true})); }"""
UNLABELLED = """() => [...document.querySelectorAll('input, select, button, canvas[tabindex], a')]
  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
  .map(e => e.id || e.outerHTML)"""


def wait_for(page, script: str, arg=None, timeout: float = 90_000) -> None:
    """Until `script` is true; a message in #error fails at once."""
    page.wait_for_function(f"a => ({script}) || document.getElementById('error').textContent", arg=arg,
                           timeout=timeout)
    assert page.text_content("#error") == "", page.text_content("#error")


def runs_shown(page) -> list[str]:
    return page.eval_on_selector_all("#runs li .meta", "items => items.map(i => i.textContent)")


def test_photo_styles_two_runs_compare_reload(browser, server, cat_path, shots):
    page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page.goto(server.url + "/")
    wait_for(page, "document.querySelectorAll('#examples button').length === 4")
    assert "25 MiB and 25 megapixels" in page.text_content("#dropzone")  # the limits, stated in the zone
    assert page.eval_on_selector_all("#method option", "os => os.map(o => o.value)") == ["least"]
    assert page.locator("#guidance").is_hidden()

    page.evaluate(DROP, [base64.b64encode(b"some notes").decode(), "text/plain"])
    assert page.text_content("#error") == "drop an image file (JPEG, PNG, WebP, TIFF...)"
    page.evaluate(DROP, [base64.b64encode(cat_path.read_bytes()).decode(), "image/png"])
    wait_for(page, "document.getElementById('status').textContent === 'photo 451 x 300'")
    assert page.text_content("#photoName") == "dropped"  # the one picker names the photo, however it came
    pasted = Image.fromarray(np.random.default_rng(0).integers(0, 255, (48, 64, 3), dtype=np.uint8))
    page.evaluate(PASTE, base64.b64encode(png_bytes(pasted)).decode())
    wait_for(page, "document.getElementById('status').textContent === 'photo 64 x 48'")
    assert page.text_content("#photoName") == "pasted image"
    page.click("#examples button[aria-label='example photo chelsea.jpg']")
    wait_for(page, "document.getElementById('photoName').textContent === 'chelsea.jpg'")
    wait_for(page, "document.getElementById('status').textContent === 'photo 451 x 300'")

    page.click("#chips button:text-is('cubism')")  # an empty instruction: the chip starts the phrasing
    wait_for(page, "document.getElementById('instruction').value === 'apply cubism style to the '")
    page.keyboard.type("cat")  # the chip left the cursor at the end
    wait_for(page, "document.querySelector(\"#chips button[data-style='cubism']\").ariaPressed === 'true'")
    page.fill("#boxThreshold", "0")  # tiny random detector: any detection counts
    page.fill("#steps", "1")
    page.click("#run")
    wait_for(page, "document.querySelectorAll('#runs li').length === 1")
    page.click("#chips button:text-is('watercolor')")  # a chip replaces the style, keeps the part
    wait_for(page, "document.getElementById('instruction').value === 'apply watercolor style to the cat'")
    page.click("#run")
    wait_for(page, "document.querySelectorAll('#runs li').length === 2")
    page.click("#rerunStyles button:text-is('pop art')")  # one click: the viewed run again, another style
    wait_for(page, "document.querySelectorAll('#runs li').length === 3")
    page.click("#rerunSeed")  # one click: the same again with a seed this photo has not had
    wait_for(page, "document.querySelectorAll('#runs li').length === 4")
    shown = runs_shown(page)
    assert [s.split(" · ")[0] for s in shown] == [
        "1. apply cubism style to the catLEAST", "2. apply watercolor style to the catLEAST",
        "3. apply pop art style to the catLEAST", "4. apply pop art style to the catLEAST"], shown
    assert ["seed 0" in shown[0], "seed 0" in shown[2], "seed 1" in shown[3]] == [True, True, True]

    page.check("#runs li:nth-child(1) input[type=checkbox]")  # compare runs 1 and 2
    page.check("#runs li:nth-child(2) input[type=checkbox]")
    ids = page.eval_on_selector_all("#runs li", "items => items.map(i => i.dataset.run)")
    assert page.text_content("#viewTitle") == "Run 1 / run 2"
    assert page.get_attribute("#before", "src").endswith(f"/{ids[0]}/result.png")
    assert page.get_attribute("#after", "src").endswith(f"/{ids[1]}/result.png")
    assert page.is_visible("#split")  # the slider shows the second run over the first
    assert page.text_content("#sides") == "left = run 1 · right = run 2"
    for caption, text in (("#captionA", shown[0].split("LEAST")[0]), ("#captionB", shown[1].split("LEAST")[0])):
        assert page.text_content(caption) == text  # in full, none cut off:
        assert page.eval_on_selector(caption, "c => c.scrollWidth <= c.clientWidth && c.getClientRects().length")
    page.check("#modeSide")
    first, second = page.locator("#before").bounding_box(), page.locator("#after").bounding_box()
    assert second["x"] >= first["x"] + first["width"] and page.is_hidden("#split")
    assert page.text_content("#sides") == "left = run 1 · right = run 2"  # the same sides in both modes
    page.screenshot(path=shots / "w1-compare-side-by-side.png")
    for link, name in (("#downloadLeft", "chelsea-1.png"), ("#downloadImage", "chelsea-2.png")):  # one per side
        with page.expect_download() as download:
            page.click(link)
        assert download.value.suggested_filename == name
    with page.expect_download() as download:
        page.click("#runs li:nth-child(2) a:text-is('image')")
    kept = Image.open(download.value.path())
    assert kept.size == (451, 300) and download.value.suggested_filename == "chelsea-2.png"
    assert page.evaluate(UNLABELLED) == []

    page.reload()  # the history is on the server: the photo and its runs come back
    wait_for(page, "document.querySelectorAll('#runs li').length === 4")
    assert runs_shown(page) == shown
    wait_for(page, "!document.getElementById('results').hidden")
    assert page.text_content("#viewTitle") == "Run 4: before / after"
    assert page.evaluate("() => [localstyle.state.photo.width, localstyle.state.photo.height]") == [451, 300]
    page.screenshot(path=shots / "w2-after-reload.png")

    page.set_viewport_size({"width": 390, "height": 900})
    wait_for(page, "document.documentElement.scrollWidth <= 390")  # the photo fits again after the resize
    page.screenshot(path=shots / "w3-history-390px.png", full_page=True)
    page.close()


def test_keyboard_reaches_the_new_controls_and_chips_move_with_arrows(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server.url + "/")
    wait_for(page, "document.querySelectorAll('#examples button').length === 4")
    reached = []
    for _ in range(40):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("() => document.activeElement.id || document.activeElement.textContent "
                                     "|| document.activeElement.getAttribute('aria-label')"))
    assert {"method", "instruction", "cubism", "choose", "example photo astronaut.jpg", "run"} <= set(reached), reached
    assert "watercolor" not in reached  # a chip row is one Tab stop ...
    page.focus("#chips button:text-is('cubism')")
    page.keyboard.press("ArrowRight")  # ... and the arrows move along it
    page.keyboard.press("Enter")
    wait_for(page, "document.getElementById('instruction').value === 'apply watercolor style to the '")
    page.close()


def test_regionroute_is_offered_with_adapters_with_its_own_options(browser, rr_server, shots):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(rr_server.url + "/")
    wait_for(page, "document.querySelectorAll('#method option').length === 2")
    assert page.eval_on_selector_all("#method option", "os => os.map(o => o.value)") == ["least", "regionroute"]
    assert page.is_visible("#toolClick") and page.is_hidden("#guidance") and page.is_hidden("#keepBackground")
    page.click("#examples button[aria-label='example photo chelsea.jpg']")
    wait_for(page, "document.getElementById('status').textContent === 'photo 451 x 300'")
    page.select_option("#method", "regionroute")
    assert page.is_visible("#guidance") and page.is_visible("#keepBackground")
    for least_only in ("#toolClick", "#layers", "#preset", "#boxThreshold", "#find"):
        assert page.is_hidden(least_only), least_only
    # the chips are the styles of the server's adapters
    assert page.eval_on_selector_all("#chips button", "bs => bs.map(b => b.textContent)") == ["pixel-art"]
    # a style picture is routed to them: no weight to mix, and the page says so (from /api/config)
    page.set_input_files("#styleFile", files=[{"name": "p.png", "mimeType": "image/png",
                                               "buffer": png_bytes(Image.new("RGB", (32, 32), (200, 30, 30)))}])
    page.wait_for_function("() => !document.getElementById('styleChosen').hidden")
    assert page.is_hidden("#styleWeight") and "adapters whose styles it looks most like" in page.text_content("#styleNote")
    page.select_option("#method", "least")
    assert page.is_visible("#styleWeight")
    page.select_option("#method", "regionroute")
    page.click("#styleRemove")
    page.click("#chips button")
    wait_for(page, "document.getElementById('instruction').value === 'apply pixel-art style to the '")
    page.keyboard.type("cat")
    page.fill("#steps", "2")
    page.click("#run")
    wait_for(page, "document.querySelectorAll('#runs li').length === 1")
    [shown] = runs_shown(page)
    assert shown.startswith("1. apply pixel-art style to the catRegionRoute · seed 0 · 2 steps"), shown
    assert "RegionRoute; experts: pixel-art 1.00" in page.text_content("#summary")
    assert page.evaluate(UNLABELLED) == []
    result = page.evaluate("async () => [...new Uint8Array(await (await fetch(document.getElementById('after').src))"
                           ".arrayBuffer())]")
    assert Image.open(io.BytesIO(bytes(result))).size == (451, 300)
    page.screenshot(path=shots / "w4-regionroute.png")
    page.close()
