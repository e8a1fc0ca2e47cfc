"""The page as a person uses it, in Chromium: a click lands on the pixel under the pointer at three window
sizes, for a photo smaller and one larger than the stage, before and after a result is shown and after each
resize; the instruction, Stylise, progress and errors stay beside the photo; a reload while jobs wait or run,
a server that forgot the photo and a server that stopped and came back lose nothing."""

import socket

import httpx
import numpy as np
import pytest
from conftest import TINY_SETTINGS
from PIL import Image
from serve_helpers import png_bytes

from localstyle.serve.app import make_server
from localstyle.serve.limits import Limits

SIZES = [(1280, 800), (1000, 800), (390, 844)]
KEPT = """() => new Promise(done => { const opening = indexedDB.open('localstyle', 1);
  opening.onsuccess = () => { const reading = opening.result.transaction('photos').objectStore('photos').get('last');
    reading.onsuccess = () => done(Boolean(reading.result)); reading.onerror = () => done(false); };
  opening.onerror = () => done(false); })"""
MASK_SHOWN = "document.getElementById('status').textContent.startsWith('mask:')"


@pytest.fixture(scope="module")
def page_server(tiny_model_set, tmp_path_factory):
    """Long jobs allowed (a job must outlast a reload), a history folder of its own."""
    server = make_server(port=0, models=tiny_model_set, device="cpu", settings=TINY_SETTINGS,
                         limits=Limits(steps=5000), history_dir=tmp_path_factory.mktemp("history")).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def large_photo(tmp_path_factory):
    """1600 x 1000: larger than the stage at every window size (a smooth picture, so the PNG is small)."""
    y, x = np.mgrid[0:1000, 0:1600]
    rgb = np.stack([x * 255 // 1600, y * 255 // 1000, (x + y) * 255 // 2600], -1).astype(np.uint8)
    path = tmp_path_factory.mktemp("photos") / "large.png"
    Image.fromarray(rgb).save(path)
    return path


def wait_for(page, script: str, timeout: float = 90_000) -> None:
    """Until `script` is true; a message in #error fails at once."""
    page.wait_for_function(f"() => ({script}) || document.getElementById('error').textContent", timeout=timeout)
    assert page.text_content("#error") == "", page.text_content("#error")


def open_page(browser, server, size):
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    page.goto(server.url + "/")
    page.wait_for_selector("body[data-ready=true]")
    return page


def resize(page, size) -> None:
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.evaluate("scrollTo(0, 0)")
    wait_for(page, f"document.documentElement.scrollWidth <= {size[0]} && "
                   "document.getElementById('photo').getBoundingClientRect().width <= "
                   "document.getElementById('workspace').clientWidth")


def points(page) -> int:
    return page.evaluate("() => localstyle.state.layers.reduce((n, layer) => n + layer.points.length, 0)")


def click_photo_at(page, fx: float, fy: float, width: int, height: int) -> None:
    """A click at (fx, fy) of the photo as a person sees it (its element's box on the screen): the point the
    server receives is that pixel of the photo, within 1%."""
    page.locator("#photo").scroll_into_view_if_needed()
    box = page.locator("#photo").bounding_box()
    x, y = box["x"] + fx * box["width"], box["y"] + fy * box["height"]
    # the mask that comes back (after the page uploaded the photo again, if the server had forgotten it)
    with page.expect_response(lambda r: r.request.method == "POST" and r.url.endswith("/mask") and r.ok) as answered:
        page.mouse.click(x, y)
    sent = answered.value.request.post_data_json["points"][-1]
    expected = ((x - box["x"]) / box["width"] * width, (y - box["y"]) / box["height"] * height)
    assert abs(sent[0] - expected[0]) <= 0.01 * width and abs(sent[1] - expected[1]) <= 0.01 * height, (sent, expected)
    assert sent[2] == 1


def check_clicks(page, width: int, height: int) -> None:
    """The centre and two corners land; just outside the photo nothing is added."""
    for fx, fy in ((0.5, 0.5), (0.01, 0.01), (0.99, 0.99)):
        click_photo_at(page, fx, fy, width, height)
    page.locator("#photo").scroll_into_view_if_needed()
    box, before = page.locator("#photo").bounding_box(), points(page)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] + 6)  # under its bottom edge
    if box["x"] + box["width"] + 30 < page.evaluate("innerWidth"):
        page.mouse.click(box["x"] + box["width"] + 20, box["y"] + box["height"] / 2)  # beside it, where there is room
    assert points(page) == before


def test_clicks_land_on_the_pixel_under_the_pointer_at_every_size(browser, page_server, cat_path, large_photo):
    page = open_page(browser, page_server, SIZES[0])
    for path, (width, height) in ((cat_path, (451, 300)), (large_photo, (1600, 1000))):
        page.set_input_files("#file", str(path))
        wait_for(page, f"document.getElementById('status').textContent === 'photo {width} x {height}'")
        for size in SIZES:  # before a result, after each resize
            resize(page, size)
            check_clicks(page, width, height)
        page.fill("#instruction", "cubism")  # a style alone: the clicked region is the region
        page.fill("#steps", "1")
        page.click("#run")
        wait_for(page, "document.getElementById('status').textContent.startsWith('done')")
        shown = page.locator("#results").bounding_box()  # a phone is scrolled to the whole result
        assert -1 <= shown["y"] and shown["y"] + shown["height"] <= SIZES[-1][1] + 1, shown
        for size in SIZES:  # a result beside or under the photo
            resize(page, size)
            check_clicks(page, width, height)
            # The history under the stage takes its own clicks: the compare box ticks, the photo gets no point.
            pick = page.locator("#runs li:first-child input.pick")
            pick.scroll_into_view_if_needed()
            box, before = pick.bounding_box(), points(page)
            page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            assert pick.is_checked() and points(page) == before
            pick.uncheck()
    page.close()


def test_a_photo_given_while_the_page_starts_stays(browser, page_server, cat_path):
    """The page brings the last photo back after a reload, but never over one given meanwhile (nor the same
    one twice, which would clear its regions)."""
    page = browser.new_page(viewport={"width": SIZES[0][0], "height": SIZES[0][1]})
    uploads = []
    page.on("request", lambda r: r.method == "POST" and r.url.endswith("/api/photos") and uploads.append(r.url))
    held = []  # the page's first look at the history (its recent photos) waits until the photo is in
    page.route("**/api/history", lambda route: held.append(route) if not held else route.continue_())
    page.goto(page_server.url + "/")
    page.set_input_files("#file", str(cat_path))
    wait_for(page, "document.getElementById('status').textContent === 'photo 451 x 300'")
    page.wait_for_function(KEPT)  # the browser has kept it
    held[0].continue_()  # now the page looks for a photo to bring back
    page.wait_for_selector("body[data-ready=true]")
    assert len(uploads) == 1 and page.text_content("#photoName") == "chelsea.png"
    page.close()


def in_view(page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= page.evaluate("innerHeight")


def test_the_controls_sit_beside_the_photo_and_keep_the_focus(browser, page_server, cat_path):
    page = open_page(browser, page_server, SIZES[0])
    problems = []
    page.on("response", lambda r: r.status >= 400 and problems.append(f"{r.status} {r.url}"))
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    stops = []
    for _ in range(12):  # the photo first: its picker and examples, then the photo, then the instruction
        page.keyboard.press("Tab")
        stops.append(page.evaluate("() => document.activeElement.id || document.activeElement.getAttribute("
                                   "'aria-label')"))
    assert stops.index("choose") < stops.index("example photo astronaut.jpg") < stops.index("instruction"), stops
    page.focus("#choose")
    # one photo picker, which names the photo however it came (the style picture has its own, in the panel)
    assert page.locator("#workspace input[type=file]").count() == 1
    page.set_input_files("#file", str(cat_path))
    wait_for(page, "document.getElementById('photoName').textContent === 'chelsea.png'")
    after = []
    for _ in range(6):  # then the photo itself, before any setting
        page.keyboard.press("Tab")
        after.append(page.evaluate("() => document.activeElement.id"))
    assert "draw" in after and after.index("draw") < after.index("method"), after

    page.fill("#instruction", "apply cubism style to the cat")
    wait_for(page, "document.getElementById('understood').textContent === 'understood: \"cubism\" on cat'")
    page.fill("#boxThreshold", "0")  # tiny random detector: any detection counts
    page.fill("#steps", "3000")
    page.evaluate("scrollTo(0, 0)")
    page.focus("#run")
    page.keyboard.press("Enter")  # Stylise from the keyboard
    wait_for(page, "/step [1-9]\\d* \\/ 3000/.test(document.getElementById('status').textContent)")
    assert page.evaluate("() => [scrollY, document.activeElement.id]") == [0, "cancel"]  # Cancel has the focus
    assert all(in_view(page, s) for s in ("#photo", "#run", "#cancel", "#status", "#bar")), "below the fold"
    page.keyboard.press("Enter")  # ... so Enter cancels
    wait_for(page, "document.getElementById('status').textContent === 'cancelled'")
    assert page.evaluate("() => document.activeElement.id") == "run"  # and then Stylise has it again

    with page.expect_popup() as help_page:  # Help: the guide to the page, served by this server
        page.click("header a:text-is('Help')")
    help_page.value.wait_for_load_state()
    assert "The web workspace" in help_page.value.text_content("h1")
    assert problems == [], problems  # no 404 (a favicon is there) and no script error

    page.fill("#instruction", "hello")
    page.click("#run")
    page.wait_for_function("() => document.getElementById('error').textContent")
    assert "could not find a region and a style" in page.text_content("#error") and in_view(page, "#error")
    page.close()


def test_a_reload_finds_the_photos_waiting_and_running_jobs_again(browser, page_server, cat_bytes):
    other_photo = png_bytes(Image.new("RGB", (64, 48), (200, 30, 30)))  # another photo's job, ahead in the queue
    blocker = httpx.post(f"{page_server.url}/api/jobs", files={"image": ("other.png", other_photo)},
                         data={"instruction": "cubism", "box": "1,1,40,40", "no_segment": "1", "steps": "5000"}).json()
    page = open_page(browser, page_server, SIZES[0])
    page.set_input_files("#file", files=[{"name": "cat.png", "mimeType": "image/png", "buffer": cat_bytes}])
    wait_for(page, "document.getElementById('status').textContent === 'photo 451 x 300'")
    page.fill("#instruction", "cubism")
    page.evaluate("scrollTo(0, 0)")
    box = page.locator("#photo").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    wait_for(page, MASK_SHOWN)
    page.fill("#steps", "3000")
    page.click("#run")
    wait_for(page, "document.getElementById('status').textContent.startsWith('queued behind 1 job')")

    page.reload()  # while it waits behind the other job: the page finds it again, with Cancel
    page.wait_for_selector("body[data-ready=true]")
    wait_for(page, "document.getElementById('status').textContent.startsWith('queued behind 1 job')")
    assert page.is_enabled("#cancel") and page.is_disabled("#run")
    row = page.locator("#queue li")
    assert row.count() == 1 and "cubism" in row.text_content() and "queued" in row.text_content()

    httpx.delete(f"{page_server.url}/api/jobs/{blocker['id']}")  # the page's job runs now
    wait_for(page, "/stylising: step [1-9]/.test(document.getElementById('status').textContent)")
    page.reload()  # while it runs: progress and Cancel come back
    page.wait_for_selector("body[data-ready=true]")
    wait_for(page, "/stylising: step [1-9]/.test(document.getElementById('status').textContent)")
    wait_for(page, "/stylising: step/.test(document.querySelector('#queue li .state').textContent)")
    assert page.is_visible("#bar") and page.is_enabled("#cancel")
    page.click("#cancel")
    wait_for(page, "document.getElementById('status').textContent === 'cancelled'")
    wait_for(page, "document.querySelectorAll('#queue li').length === 0")
    page.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_forgotten_photo_and_a_restarted_server_lose_nothing(browser, tiny_model_set, cat_path, tmp_path):
    port, options = free_port(), {"models": tiny_model_set, "device": "cpu", "settings": TINY_SETTINGS,
                                  "limits": Limits(steps=5000), "history_dir": tmp_path / "history"}
    first = make_server(port=port, **options).start()
    page = open_page(browser, first, SIZES[0])
    uploads = []
    page.on("request", lambda r: r.method == "POST" and r.url.endswith("/api/photos") and uploads.append(r.url))
    page.set_input_files("#file", str(cat_path))
    wait_for(page, "document.getElementById('status').textContent === 'photo 451 x 300'")
    click_photo_at(page, 0.5, 0.5, 451, 300)
    wait_for(page, MASK_SHOWN)
    for value in range(first.app.state.limits.photos):  # other uploads: the server forgets the page's photo
        other = png_bytes(Image.new("RGB", (8, 8), (value, 0, 0)))
        assert httpx.post(f"{first.url}/api/photos", files={"image": ("o.png", other)}).status_code == 201
    click_photo_at(page, 0.25, 0.5, 451, 300)  # the page uploads it again by itself, and the click lands
    wait_for(page, MASK_SHOWN)
    assert len(uploads) == 2

    page.fill("#instruction", "cubism")
    page.fill("#steps", "3000")
    page.click("#run")
    wait_for(page, "/stylising: step [1-9]/.test(document.getElementById('status').textContent)")
    first.stop()  # the server dies mid-run: the page says so
    page.wait_for_function("() => /not answering/.test(document.getElementById('error').textContent)")
    second = make_server(port=port, **options).start()  # ... and goes on when it is back
    try:
        page.wait_for_function("() => /no longer has that job/.test(document.getElementById('error').textContent)",
                               timeout=60_000)
        assert page.is_enabled("#run") and page.is_disabled("#cancel")
        click_photo_at(page, 0.5, 0.25, 451, 300)  # a new server: the photo goes up again
        wait_for(page, MASK_SHOWN)
        page.fill("#steps", "1")
        page.click("#run")
        wait_for(page, "document.querySelectorAll('#runs li').length === 1")
        assert len(uploads) == 3
    finally:
        page.close()
        second.stop()
