"""Mask clicks: SAM's image encoder runs once per photo; each click runs the prompt decoder only, gives
exactly what `segment` gives, and answers within a second on this CPU."""

import io
import time

import numpy as np
from PIL import Image
from serve_helpers import assert_error

from localstyle.regions.segmentation import segment


def test_clicks_reuse_the_photos_embedding_and_match_segment(client, cat_bytes, cat_path, tiny_model_set):
    model, _ = tiny_model_set.sam()
    encoder_runs = []
    hook = model.vision_encoder.register_forward_hook(lambda *args: encoder_runs.append(1))
    try:
        photo = client.post("/api/photos", files={"image": ("cat.png", cat_bytes)}).json()
        box = [60, 40, 260, 220]
        first = client.post(f"/api/photos/{photo['id']}/mask", json={"box": box})
        clicks = [[150, 120, 0]]
        started = time.perf_counter()
        second = client.post(f"/api/photos/{photo['id']}/mask", json={"box": box, "points": clicks})
        seconds = time.perf_counter() - started
    finally:
        hook.remove()
    assert first.status_code == second.status_code == 200 and second.headers["content-type"] == "image/png"
    assert len(encoder_runs) == 1  # the embedding was computed once, for the first request
    assert seconds < 1.0, seconds
    image = Image.open(cat_path)
    for answer, points in ((first, None), (second, [(150, 120, 0)])):
        mask = np.asarray(Image.open(io.BytesIO(answer.content))) > 0
        assert np.array_equal(mask, segment(image, tiny_model_set, box=box, points=points))
        assert int(answer.headers["X-Mask-Area"]) == mask.sum()
    assert not np.array_equal(np.asarray(Image.open(io.BytesIO(first.content))),
                              np.asarray(Image.open(io.BytesIO(second.content))))


def test_bad_prompts_are_one_line_errors(client, cat_bytes):
    photo = client.post("/api/photos", files={"image": ("cat.png", cat_bytes)}).json()["id"]
    assert_error(client.post(f"/api/photos/{photo}/mask", json={}), 400, "give a box and/or points")
    assert_error(client.post(f"/api/photos/{photo}/mask", json={"points": [[900, 10, 1]]}), 400, "outside")
    assert_error(client.post(f"/api/photos/{photo}/mask", json={"points": [[9, 10, 2]]}), 400, "points.0.2")
    assert_error(client.post("/api/photos/gone/mask", json={"points": [[9, 10, 1]]}), 404, "upload it again")
