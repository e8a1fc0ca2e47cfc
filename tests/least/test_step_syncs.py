"""A LEAST step never waits for the device, and runs the same kernels with the same arguments every step.

On a GPU, a call that reads a value back to the host (`.item()`, `float(t)`, `if t:`, `.tolist()`,
`nonzero`, a shape that depends on values) stops the host until the device has caught up, and a step whose
operations or their arguments change from step to step (a crop's offset passed as a Python number) cannot
be captured once as a CUDA graph and replayed. Neither shows in a CPU's timings, so these tests count them
on the CPU, in `MaskedStyleOptimizer.step_on_device` (what the loop runs; the loop reads the losses back
after it), with the tiny real models: the Python-level calls are patched, and a dispatch mode sees every
ATen operation, the backward's too, including the reads that PyTorch's own C++ makes.

PyTorch's CPU Adam keeps its step counter as a host tensor and reads it with `.item()` (no device is
involved); those counters are let through. On CUDA the `capture=graph` setting makes Adam keep them on the
device (`capturable=True`), and its arguments then stay the same from step to step too, so the comparison
of two steps' operations covers the forward and backward passes, not the CPU Adam's host arithmetic.
"""

import contextlib

import pytest
import torch
from torch.utils._python_dispatch import TorchDispatchMode

from localstyle import resample
from localstyle.least.optimise import MaskedStyleOptimizer, settings_with

aten = torch.ops.aten
# Operations that read tensor values on the host, or whose output's shape depends on them.
READS_BACK = {aten._local_scalar_dense.default, aten.nonzero.default, aten.masked_select.default,
              aten._unique2.default, aten.unique_dim.default, aten.unique_consecutive.default,
              aten.equal.default, aten.is_nonzero.default}
PYTHON_READS = ("item", "tolist", "__bool__", "__float__", "__int__", "__index__", "nonzero", "numpy", "cpu")
TORCH_READS = ("nonzero", "argwhere", "masked_select", "unique", "unique_consecutive")


def _signature(value):
    """What a replayed graph would bake in: a tensor's shape, dtype and device; any other value itself."""
    if isinstance(value, torch.Tensor):
        return ("tensor", tuple(value.shape), value.dtype, str(value.device))
    if isinstance(value, (list, tuple)):
        return tuple(_signature(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _signature(v)) for k, v in value.items()))
    if value is None or isinstance(value, (bool, int, float, str, torch.dtype, torch.device, torch.memory_format)):
        return value
    return type(value).__name__  # e.g. a profiler's record handle


class Recorder(TorchDispatchMode):
    """Every ATen call made under it (with `_signature`s of its arguments), and those that read back."""

    def __init__(self, exempt):
        super().__init__()
        self.exempt, self.reads, self.operations, self.recording = exempt, [], [], True

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        if func in READS_BACK and not (args and any(args[0] is tensor for tensor in self.exempt())):
            self.reads.append(str(func))
        if self.recording:
            self.operations.append((str(func), _signature(args), _signature(kwargs)))
        return func(*args, **kwargs)


@contextlib.contextmanager
def counting_reads(monkeypatch, optimizer):
    """A Recorder active for the block, with the Python-level reads patched to report to it too, and
    recording paused while Adam updates the weights (see the module docstring)."""
    state = optimizer.optimizer.state

    def exempt():  # Adam's host step counters
        return [entry["step"] for entry in state.values() if "step" in entry]

    recorder = Recorder(exempt)

    def reporting(name, original):
        def wrapper(*args, **kwargs):
            if not (args and any(args[0] is tensor for tensor in exempt())):
                recorder.reads.append(name)
            return original(*args, **kwargs)
        return wrapper

    with monkeypatch.context() as patch:
        for name in PYTHON_READS:
            patch.setattr(torch.Tensor, name, reporting(f"Tensor.{name}", getattr(torch.Tensor, name)))
        for name in TORCH_READS:
            patch.setattr(torch, name, reporting(f"torch.{name}", getattr(torch, name)))
        adam_step = optimizer.optimizer.step

        def adam_unrecorded(*args, **kwargs):
            recorder.recording = False
            try:
                return adam_step(*args, **kwargs)
            finally:
                recorder.recording = True

        patch.setattr(optimizer.optimizer, "step", adam_unrecorded)
        with recorder:
            yield recorder


def make_optimizer(tiny_model_set, mixed_precision, **overrides):
    g = torch.Generator().manual_seed(1)
    content = torch.rand(1, 3, 48, 64, generator=g)
    mask = torch.zeros(1, 1, 48, 64)
    mask[..., 8:40, 12:56] = 1
    mask[..., 8:14, 12:20] = 0
    values = dict(num_crops=4, crop_size=24, crop_resize=32, mixed_precision=mixed_precision, **overrides)
    settings = settings_with("paper", **values)
    torch.manual_seed(0)
    return MaskedStyleOptimizer(content, mask, (12, 8, 56, 40), "cubism", tiny_model_set.clip(),
                                tiny_model_set.vgg(), settings, torch.Generator().manual_seed(0),
                                patch_size=(20, 16))


@pytest.fixture(params=["pytorch-kernels", "repeatable-kernels"])
def resampling(request, monkeypatch):
    """PyTorch's own resampling (the CPU's and CUDA's with deterministic=false) or the matrices and
    gathers CUDA runs with deterministic=true (resample.py), forced here on the CPU."""
    if request.param == "repeatable-kernels":
        monkeypatch.setattr(resample, "use_exact_backward", lambda images: images.requires_grad)
    return request.param


@pytest.mark.parametrize("mixed_precision", [False, True])
def test_a_step_reads_nothing_back_to_the_host(tiny_model_set, monkeypatch, resampling, mixed_precision):
    optimizer = make_optimizer(tiny_model_set, mixed_precision)
    optimizer.step()  # the first step makes Adam's state; the others must not read back either
    with counting_reads(monkeypatch, optimizer) as recorder:
        for _ in range(2):
            losses = optimizer.step_on_device()
    assert recorder.reads == []
    assert len(recorder.operations) > 100  # the recorder saw the step's operations, the backward's too
    assert any("convolution_backward" in name for name, _, _ in recorder.operations)
    assert all(isinstance(value, torch.Tensor) and value.ndim == 0 for value in losses.values())


def test_the_loss_values_are_read_back_outside_the_step(tiny_model_set, monkeypatch):
    """The check can fail: `step()` (the step and one read of its losses) reads back, once."""
    optimizer = make_optimizer(tiny_model_set, False)
    optimizer.step()
    with counting_reads(monkeypatch, optimizer) as recorder:
        losses = optimizer.step()
    assert recorder.reads == ["Tensor.tolist"] and isinstance(losses["total"], float)


@pytest.mark.parametrize("distortion", [0.5, 0.0])
def test_every_step_runs_the_same_operations_with_the_same_arguments(tiny_model_set, monkeypatch, resampling,
                                                                   distortion):
    """Only the tensors' contents differ between two steps: what a CUDA graph replays."""
    optimizer = make_optimizer(tiny_model_set, False, distortion=distortion)
    optimizer.step()
    steps, draws = [], []
    for _ in range(2):
        with counting_reads(monkeypatch, optimizer) as recorder:
            optimizer.step_on_device()
        steps.append(recorder.operations)
        draws.append(optimizer.draws.starts.clone())
    assert len(steps[0]) > 100 and steps[0] == steps[1]
    assert not torch.equal(draws[0], draws[1])  # the crops did move: the same operations on new numbers
