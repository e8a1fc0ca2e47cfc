"""Tiny random Kontext and InstructPix2Pix pipelines, written once per session and loaded through the
product's own loader (localstyle.regionroute.bases.load_base)."""

import pytest


@pytest.fixture(scope="session")
def tiny_bases(tmp_path_factory):
    """models.toml naming the tiny `kontext` and `instructpix2pix` folders."""
    from localstyle.regionroute.testing import (
        write_tiny_instructpix2pix,
        write_tiny_kontext,
    )

    folder = tmp_path_factory.mktemp("tiny-bases")
    write_tiny_kontext(folder / "kontext")
    write_tiny_instructpix2pix(folder / "instructpix2pix")
    toml = folder / "models.toml"
    toml.write_text('[models]\nkontext = "kontext"\ninstructpix2pix = "instructpix2pix"\n')
    return toml


@pytest.fixture
def load(tiny_bases):
    """load("kontext" | "instructpix2pix") -> a fresh Base on the CPU."""
    from localstyle.models import ModelSet
    from localstyle.regionroute.bases import load_base

    models = ModelSet.create(tiny_bases, device="cpu")
    return lambda base: load_base(models, base)


@pytest.fixture(autouse=True)
def one_thread():
    """The tiny models' ops are too small to share: one thread is ~10x faster on a busy 2-core machine."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)
