"""The paper's data pipeline: objects with masks from a COCO-format file (polygons and RLE, via
pycocotools) and the pseudo ground truth made by the base editor itself (`--target global`)."""

import json

import numpy as np
import pytest
from PIL import Image

from localstyle.cli import main
from localstyle.errors import InputError
from localstyle.regionroute.coco import select_objects


def rle_of(mask):
    from pycocotools import mask as coco_mask

    encoded = coco_mask.encode(np.asfortranarray(mask.astype(np.uint8)))
    return {"size": encoded["size"], "counts": encoded["counts"].decode("ascii")}


@pytest.fixture
def coco(tmp_path):
    """Three 40 x 30 images: 1 has a cat (polygon, 10 x 10) and a dog (RLE, 20 x 15, larger); 2 only a crowd
    cat and a 2 x 2 cat (under min_area); 3 a dog (polygon)."""
    images = tmp_path / "images"
    images.mkdir()
    rng = np.random.default_rng(0)
    for number in (1, 2, 3):
        Image.fromarray(rng.integers(0, 255, (30, 40, 3), dtype=np.uint8)).save(images / f"{number:03d}.png")
    dog = np.zeros((30, 40), bool)
    dog[5:20, 15:35] = True

    def box(x0, y0, x1, y1):
        return [[x0, y0, x1, y0, x1, y1, x0, y1]]

    annotations = [
        {"id": 11, "image_id": 1, "category_id": 1, "segmentation": box(2, 2, 12, 12), "iscrowd": 0},
        {"id": 12, "image_id": 1, "category_id": 2, "segmentation": rle_of(dog), "iscrowd": 0},
        {"id": 21, "image_id": 2, "category_id": 1, "segmentation": rle_of(~dog), "iscrowd": 1},
        {"id": 22, "image_id": 2, "category_id": 1, "segmentation": box(0, 0, 2, 2), "iscrowd": 0},
        {"id": 31, "image_id": 3, "category_id": 2, "segmentation": box(20, 10, 39, 29), "iscrowd": 0},
    ]
    data = {"images": [{"id": n, "file_name": f"{n:03d}.png", "height": 30, "width": 40} for n in (3, 1, 2)],
            "annotations": annotations,
            "categories": [{"id": 1, "name": "cat"}, {"id": 2, "name": "dog"}]}
    path = tmp_path / "instances.json"
    path.write_text(json.dumps(data))
    return path, images, dog


def test_selection_takes_the_largest_wanted_object_per_image_in_id_order(coco):
    path, images, dog = coco
    chosen = select_objects(path, images, min_area=0.02)
    assert [(c.image.name, c.annotation_id, c.category) for c in chosen] == [("001.png", 12, "dog"),
                                                                            ("003.png", 31, "dog")]
    assert np.array_equal(chosen[0].mask, dog)  # RLE decoded exactly
    assert chosen[0].area_fraction == pytest.approx(300 / 1200)
    polygon = chosen[1].mask  # the polygon (20..39, 10..29) rasterised: its inside, nothing far outside
    assert polygon[12:28, 22:38].all() and not polygon[:9].any() and not polygon[:, :19].any()
    cats = select_objects(path, images, categories=["cat"], min_area=0.02)
    assert [(c.image.name, c.annotation_id) for c in cats] == [("001.png", 11)]  # crowd and tiny cats left out
    assert len(select_objects(path, images, count=1)) == 1


@pytest.mark.parametrize("kwargs, message", [
    ({"categories": ["horse"]}, "unknown COCO category horse: the file has cat, dog"),
    ({"min_area": 0.9, "max_area": 1.0}, "no COCO object passes the filters"),
    ({"min_area": 0.5, "max_area": 0.1}, "need 0 <= min_area <= max_area <= 1"),
    ({"count": 0}, "count must be at least 1"),
])
def test_selection_errors(coco, kwargs, message):
    path, images, _ = coco
    with pytest.raises(InputError, match=message):
        select_objects(path, images, **kwargs)


def test_a_missing_image_or_a_file_that_is_not_coco_is_an_error(coco, tmp_path):
    path, images, _ = coco
    (images / "001.png").unlink()
    with pytest.raises(InputError, match="image 001.png of the COCO file is not in"):
        select_objects(path, images)
    bad = tmp_path / "bad.json"
    bad.write_text('{"images": []}')
    with pytest.raises(InputError, match="not a COCO instances file: missing annotations, categories"):
        select_objects(bad, images)


def test_coco_data_with_the_base_editor_as_the_paper_made_its_targets(coco, tiny_bases, tmp_path, capsys):
    path, images, dog = coco
    out = tmp_path / "data"
    assert main(["regionroute", "coco-data", str(path), "--images", str(images), "--style", "pixel-art",
                 "--style", "cubism", "--count", "1", "--target", "global", "--steps", "1", "--size", "32",
                 "-o", str(out), "--models", str(tiny_bases), "--device", "cpu"]) == 0, capsys.readouterr().err
    lines = [json.loads(line) for line in (out / "data.jsonl").read_text().splitlines()]
    assert [(r["object"], r["style"]) for r in lines] == [("dog", "pixel-art"), ("dog", "cubism")]
    assert lines[0]["prompt"] == "make the dog in pixel-art style, keep other area unchanged"
    mask = np.asarray(Image.open(out / lines[0]["mask"])) > 0
    assert mask.shape == (32, 32) and mask[10, 20] and not mask[28, 2]
    context = np.asarray(Image.open(out / lines[0]["context"])).astype(int)
    target = np.asarray(Image.open(out / lines[0]["target"])).astype(int)
    assert np.array_equal(context[24:, :8], target[24:, :8])  # far outside the mask: the photo's own pixels
    assert np.abs(context[6:14, 14:26] - target[6:14, 14:26]).mean() > 5  # inside: the editor's picture
    saved = np.asarray(Image.open(out / "coco_masks" / "001_12.png")) > 0
    assert np.array_equal(saved, dog)  # the full-size object mask is kept


def test_global_stylised_and_target_global_together_is_an_error(coco, tmp_path, capsys):
    _, images, _ = coco
    photo = str(images / "001.png")
    assert main(["regionroute", "make-data", photo, "--style", "x", "--object", "dog", "--mask", photo,
                 "--global-stylised", photo, "--target", "global", "-o", str(tmp_path / "d")]) == 2
    assert "leave out --target global" in capsys.readouterr().err
