"""Shared fixtures: offline hub, tiny random models written once per session, real sample photos."""

import contextlib
import os

os.environ["HF_HUB_OFFLINE"] = "1"  # a stray hub id must fail at once, not retry for a minute
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PIL import Image  # noqa: E402


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory):
    """Path of models.toml for tiny random models of every default architecture."""
    from localstyle.testing import write_tiny_models

    return write_tiny_models(tmp_path_factory.mktemp("tiny-models"))


@pytest.fixture(scope="session")
def tiny_model_set(tiny_models):
    """The tiny models as a ModelSet on the CPU (loaded models are cached per process)."""
    from localstyle.models import ModelSet

    return ModelSet.create(tiny_models, device="cpu")


@pytest.fixture(scope="session")
def astronaut_path(tmp_path_factory):
    """scikit-image's astronaut photo (public domain, NASA), 512 x 512 RGB, as a PNG file."""
    import skimage.data

    path = tmp_path_factory.mktemp("photos") / "astronaut.png"
    Image.fromarray(skimage.data.astronaut()).save(path)
    return path


@pytest.fixture(scope="session")
def cat_path(tmp_path_factory):
    """scikit-image's chelsea photo (CC0), 451 x 300 RGB: not square, so width/height mix-ups show."""
    import skimage.data

    path = tmp_path_factory.mktemp("photos") / "chelsea.png"
    Image.fromarray(skimage.data.chelsea()).save(path)
    return path


# Settings that keep one optimisation to about a second on a 2-core CPU.
TINY_SETTINGS = {"resolution": 64, "num_crops": 2, "crop_size": 32, "crop_resize": 64}
TINY_STEPS = 2


def write_small_photos(folder):
    """photos/astronaut.png (96 x 96) and photos/cat.png (120 x 80) under `folder`: a batch's inputs."""
    import skimage.data

    (folder / "photos").mkdir()
    Image.fromarray(skimage.data.astronaut()).resize((96, 96), Image.LANCZOS).save(folder / "photos/astronaut.png")
    Image.fromarray(skimage.data.chelsea()).resize((120, 80), Image.LANCZOS).save(folder / "photos/cat.png")


def rect_mask(shape, box):
    x0, y0, x1, y1 = box
    mask = np.zeros(shape, dtype=bool)
    mask[y0:y1, x0:x1] = True
    return mask


@pytest.fixture(scope="session")
def ray_local():
    """ONE small local Ray instance for the whole session (two CPUs, so two 1-CPU workers; ~100 MB object
    store; no dashboard): starting Ray costs seconds, so every Ray test shares it."""
    import ray

    # address="local": always a new instance of our own, even when a Ray cluster runs on this machine
    ray.init(address="local", num_cpus=2, object_store_memory=100 * 1024 * 1024, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def forced_sam_models(tiny_models, folder, logit: float):
    """A models.toml like `tiny_models` whose SAM is forced as by `forced_sam` and saved to `folder`, for
    runs that load their own models (the CLI): the forced weights go through the real loading code."""
    from localstyle.models import ModelSet

    model_set = ModelSet.create(tiny_models, device="cpu")
    with forced_sam(model_set, logit):
        model, processor = model_set.sam()
        model.save_pretrained(folder / "sam")
        processor.save_pretrained(folder / "sam")
    sources = {**model_set.sources, "sam": str(folder / "sam")}
    toml = folder / "models.toml"
    toml.write_text("".join(f'{role} = "{source}"\n' for role, source in sources.items()
                            if not source.startswith(("torchvision:", "openai/", "IDEA-", "google/", "facebook/"))))
    return toml


@contextlib.contextmanager
def forced_sam(model_set, logit: float):
    """The tiny SAM made to answer every prompt with one known mask: its mask decoder's last upscaling
    layer outputs a constant (GELU(1) per channel) and its hypernetwork outputs `logit` per channel, so
    every mask logit has the sign of `logit`: positive gives the whole image, negative an empty mask.
    The real model runs; only these weights change, and they are restored afterwards."""
    import torch

    model, _ = model_set.sam()
    decoder = model.mask_decoder
    layers = [decoder.upscale_conv2] + [mlp.proj_out for mlp in decoder.output_hypernetworks_mlps]
    saved = [(layer.weight.detach().clone(), layer.bias.detach().clone()) for layer in layers]
    try:
        with torch.no_grad():
            decoder.upscale_conv2.weight.zero_()
            decoder.upscale_conv2.bias.fill_(1.0)
            for mlp in decoder.output_hypernetworks_mlps:
                mlp.proj_out.weight.zero_()
                mlp.proj_out.bias.fill_(logit)
        yield model_set
    finally:
        with torch.no_grad():
            for layer, (weight, bias) in zip(layers, saved):
                layer.weight.copy_(weight)
                layer.bias.copy_(bias)


@pytest.fixture(scope="session")
def regionroute_setup(tiny_models, tmp_path_factory):
    """(models.toml with the tiny LEAST models and a tiny Kontext base, a folder with one "pixel-art"
    adapter of random non-zero LoRA weights), as tests/regionroute makes them."""
    import torch

    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    from localstyle.models import ModelSet
    from localstyle.regionroute import experts
    from localstyle.regionroute.bases import load_base
    from localstyle.regionroute.testing import write_tiny_kontext

    folder = tmp_path_factory.mktemp("regionroute")
    write_tiny_kontext(folder / "kontext")
    roles = {**tomllib.loads(tiny_models.read_text())["models"], "kontext": str(folder / "kontext")}
    lines = ["[models]"] + [f'{role} = "{tiny_models.parent / path}"' for role, path in roles.items()]
    toml = folder / "models.toml"
    toml.write_text("\n".join(lines) + "\n")
    base = load_base(ModelSet.create(toml, device="cpu"), "kontext")
    params = experts.add_style_lora(base)
    torch.manual_seed(1)
    with torch.no_grad():
        for param in params:
            param.normal_(0, 0.5)
    experts.save_expert(base, folder / "adapters", "pixel-art", info={"steps": 0})
    return toml, folder / "adapters"
