"""The repeatable resampling of resample.py: the same numbers and gradients as PyTorch's own kernels (which
the CPU path keeps), and `repeatable()` sets deterministic mode for its duration only."""

import os
import warnings

import pytest
import torch
import torch.nn.functional as F

from localstyle import resample

CASES = [  # (input size, output size, mode, antialias): the optimisation's resizes
    ((100, 100), (224, 224), "bilinear", True),   # a patch crop to CLIP's size
    ((300, 180), (512, 512), "bilinear", True),   # the content loss's box crop
    ((512, 512), (224, 224), "bicubic", False),   # the CLIP input resize of the whole image
    ((37, 53), (74, 106), "bilinear", False),     # the U-Net's 2x upsampling
    ((64, 64), (20, 30), "bilinear", True),       # a strong antialiased downsample
]


@pytest.mark.parametrize("size_in, size_out, mode, antialias", CASES)
def test_interpolate_by_matrices_matches_pytorch(size_in, size_out, mode, antialias):
    torch.manual_seed(0)
    images = torch.rand(3, 3, *size_in, dtype=torch.float32, requires_grad=True)
    upstream = torch.randn(3, 3, *size_out)
    ours = resample.interpolate_by_matrices(images, size=size_out, mode=mode, antialias=antialias)
    (grad_ours,) = torch.autograd.grad((ours * upstream).sum(), images)
    theirs = F.interpolate(images, size=size_out, mode=mode, align_corners=False, antialias=antialias)
    (grad_theirs,) = torch.autograd.grad((theirs * upstream).sum(), images)
    assert ours.shape == theirs.shape
    assert torch.allclose(ours, theirs, atol=1e-6, rtol=0)
    assert torch.allclose(grad_ours, grad_theirs, atol=2e-5, rtol=1e-5)


def test_scale_factor_two_is_the_unets_upsampling():
    images = torch.rand(2, 4, 9, 14)
    ours = resample.interpolate_by_matrices(images, scale_factor=2.0, mode="bilinear")
    theirs = F.interpolate(images, scale_factor=2.0, mode="bilinear", align_corners=False)
    assert ours.shape == (2, 4, 18, 28) and torch.allclose(ours, theirs, atol=1e-6, rtol=0)


def test_grid_sample_by_gather_matches_pytorch_inside_outside_and_on_edges():
    torch.manual_seed(1)
    images = torch.rand(4, 4, 40, 30, requires_grad=True)
    grid = torch.rand(4, 25, 35, 2) * 2.6 - 1.3  # many points outside the image (zeros padding)
    grid[0, 0, 0] = torch.tensor([-1.0, -1.0])  # exact corners and the finite "outside" marker
    grid[0, 0, 1] = torch.tensor([1.0, 1.0])
    grid[0, 0, 2] = torch.tensor([-2.0, -2.0])
    upstream = torch.randn(4, 4, 25, 35)
    ours = resample.grid_sample_by_gather(images, grid)
    (grad_ours,) = torch.autograd.grad((ours * upstream).sum(), images)
    theirs = F.grid_sample(images, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    (grad_theirs,) = torch.autograd.grad((theirs * upstream).sum(), images)
    assert torch.allclose(ours, theirs, atol=2e-6, rtol=0)  # float rounding (PyTorch's CPU kernel uses FMA)
    assert torch.allclose(grad_ours, grad_theirs, atol=1e-5, rtol=0)


def test_cpu_tensors_take_pytorchs_own_kernels_bit_for_bit():
    """The CPU's results must not change: the dispatch sends them to F.interpolate / F.grid_sample."""
    images = torch.rand(2, 3, 50, 50, requires_grad=True)
    grid = torch.rand(2, 10, 10, 2) * 2 - 1
    with resample.repeatable(True, torch.device("cuda")):  # deterministic mode on, still a CPU tensor
        assert not resample.use_exact_backward(images)
        assert torch.equal(resample.interpolate(images, size=(20, 20), mode="bilinear", antialias=True),
                           F.interpolate(images, size=(20, 20), mode="bilinear", align_corners=False, antialias=True))
        assert torch.equal(resample.grid_sample(images, grid),
                           F.grid_sample(images, grid, mode="bilinear", padding_mode="zeros", align_corners=False))


def test_repeatable_sets_deterministic_mode_for_cuda_only_and_restores_it(monkeypatch):
    monkeypatch.delenv("CUBLAS_WORKSPACE_CONFIG", raising=False)
    assert not torch.are_deterministic_algorithms_enabled()
    with resample.repeatable(True, torch.device("cpu")) as alerts:  # the CPU repeats without it
        assert not torch.are_deterministic_algorithms_enabled()
    assert alerts == []
    with resample.repeatable(False, torch.device("cuda")):
        assert not torch.are_deterministic_algorithms_enabled()
    with pytest.warns(UserWarning, match="unrelated"), resample.repeatable(True, torch.device("cuda")) as alerts:
        assert torch.are_deterministic_algorithms_enabled()
        assert torch.is_deterministic_algorithms_warn_only_enabled()
        assert torch.backends.cudnn.deterministic and not torch.backends.cudnn.benchmark
        assert os.environ["CUBLAS_WORKSPACE_CONFIG"] == ":4096:8"
        # An operation without a deterministic kernel on any device: warned, named, not refused.
        torch.zeros(5).put_(torch.tensor([1, 1]), torch.tensor([1.0, 2.0]), accumulate=False)
        warnings.warn("an unrelated warning passes through", UserWarning)
    assert not torch.are_deterministic_algorithms_enabled()
    assert not torch.backends.cudnn.deterministic
    assert len(alerts) == 1 and "put_" in alerts[0]


def test_the_optimisation_through_the_repeatable_path_gives_the_same_result(tiny_model_set, monkeypatch):
    """What CUDA runs with deterministic=true (all four resampling sites through matrices and gathers),
    forced here on the CPU: a few paper steps land where PyTorch's own kernels land, to float rounding.
    In fp32: with the tiny random CLIP in bf16, a rounding-level change of its input moves the direction
    loss by about 1% whichever kernel made it, which would hide what this compares."""
    from localstyle.least.optimise import optimise, settings_with

    torch.manual_seed(3)
    content = torch.rand(1, 3, 96, 128)
    mask = torch.zeros(1, 1, 96, 128)
    mask[..., 20:80, 30:110] = 1
    settings = settings_with("paper", steps=3, resolution=128, num_crops=4, crop_size=40,
                             mixed_precision=False)
    args = (content, mask, (30, 20, 110, 80), "cubism", tiny_model_set.clip(), tiny_model_set.vgg(), settings, 0)
    native, native_log = optimise(*args)
    calls = []

    def everywhere(images):  # the CUDA condition, without CUDA
        calls.append(tuple(images.shape))
        return images.requires_grad

    monkeypatch.setattr(resample, "use_exact_backward", everywhere)
    exact, exact_log = optimise(*args)
    assert len({len(shape) for shape in calls}) == 1 and len(calls) >= 3 * 4  # every site, every step
    assert [round(step["total"], 2) for step in exact_log] == [round(step["total"], 2) for step in native_log]
    difference = (exact - native).abs()
    # Adam divides by the gradients' running size, so rounding where a gradient is near 0 can move a
    # weight by up to lr: a few pixels move by a level or two of 255; the image as a whole does not.
    assert difference.mean() < 2e-4 and difference.max() < 2 / 255
