"""Tiny random Kontext and InstructPix2Pix pipelines, written once per session and loaded through the
product's own loader (localstyle.regionroute.bases.load_base)."""

import pytest


@pytest.fixture(scope="session")
def tiny_bases(tmp_path_factory):
    """models.toml naming the tiny `kontext` and `instructpix2pix` folders (only those two roles, written
    by the same writer as `python -m localstyle.testing tiny-models`)."""
    from localstyle.testing import write_tiny_models

    return write_tiny_models(tmp_path_factory.mktemp("tiny-bases"), roles=("kontext", "instructpix2pix"))


@pytest.fixture
def load(tiny_bases):
    """load("kontext" | "instructpix2pix") -> a fresh Base on the CPU."""
    from localstyle.models import ModelSet
    from localstyle.regionroute.bases import load_base

    models = ModelSet.create(tiny_bases, device="cpu")
    return lambda base: load_base(models, base)


@pytest.fixture
def make_expert(load):
    """make_expert(folder, style, seed, base_name="kontext"): save an adapter with random non-zero LoRA
    weights (lora_B starts at zero, which would make every adapter a no-op)."""
    import torch

    from localstyle.regionroute import experts

    def make(folder, style, seed, base_name="kontext", rank=4, alpha=4, text_length=32):
        base = load(base_name)
        base.set_text_length(text_length)  # recorded with the adapter: inference then uses it
        params = experts.add_style_lora(base, rank=rank, alpha=alpha)
        torch.manual_seed(seed)
        with torch.no_grad():
            for param in params:
                param.normal_(0, 0.5)
        return experts.save_expert(base, folder, style, info={"steps": 0})

    return make


@pytest.fixture(autouse=True)
def one_thread():
    """The tiny models' ops are too small to share: one thread is ~10x faster on a busy 2-core machine."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture
def pixel_art_manifest(tmp_path):
    """tmp_path/data/data.jsonl: three pixel-art records, two of them one photo (one context image, one
    mask, one prompt) with two targets; so 2 distinct prompts and 5 distinct images (3 targets, 2 contexts)."""
    import json

    import numpy as np
    from PIL import Image

    folder = tmp_path / "data"
    folder.mkdir()
    rng = np.random.default_rng(5)
    lines = []
    for index, (thing, target) in enumerate((("man", "man_target"), ("cat", "cat_target"), ("man", "man_target_2"))):
        for name in (f"{thing}_context", target):
            if not (folder / f"{name}.png").exists():
                Image.fromarray(rng.integers(0, 255, (40, 40, 3), dtype=np.uint8)).save(folder / f"{name}.png")
        mask = np.zeros((40, 40), dtype=np.uint8)
        mask[5 + 10 * (index % 2): 30, 4: 20 + 10 * (index % 2)] = 255
        Image.fromarray(mask).save(folder / f"{thing}_mask.png")
        lines.append(json.dumps({"context": f"{thing}_context.png", "target": f"{target}.png",
                                 "mask": f"{thing}_mask.png", "object": thing, "style": "pixel-art",
                                 "prompt": f"make the {thing} in pixel-art style, keep other area unchanged"}))
    (folder / "data.jsonl").write_text("\n".join(lines) + "\n")
    return folder / "data.jsonl"
