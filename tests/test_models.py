"""Model-set process settings."""

import torch

from localstyle.models import ModelSet


def test_a_cpu_model_set_flushes_denormal_floats_to_zero():
    torch.set_flush_denormal(False)
    tiny = torch.tensor([1e-39])  # a denormal float32
    assert (tiny * 2 > 0).all()
    ModelSet.create(None, device="cpu")
    assert (tiny * 2 == 0).all() and (torch.tensor([1e-37]) * 2 > 0).all()  # normal floats are untouched
