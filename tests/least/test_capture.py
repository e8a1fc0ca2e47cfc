"""The `capture` setting on the CPU: what can run here does what `off` does, what cannot is refused.

`capture=graph` needs CUDA (benchmarks/cuda_checks.sh runs it); `capture=compile` is checked here through
torch.compile with the `aot_eager` backend: Dynamo must take the step's forward as ONE graph (the setting
uses `fullgraph=True`, so a graph break is an error) and AOT autograd its backward, with the results of
the uncompiled step. Inductor's code generation (the real backend) is left to the GPU run."""

import pytest
import torch
from torch._dynamo.backends.registry import lookup_backend

from localstyle.errors import InputError
from localstyle.least import capture
from localstyle.least.optimise import settings_with

from tests.least.test_step_syncs import make_optimizer


def test_a_cuda_graph_is_refused_on_the_cpu(tiny_model_set):
    with pytest.raises(InputError, match="capture=graph needs a CUDA device; this run is on cpu"):
        make_optimizer(tiny_model_set, False, capture="graph")


def test_an_unknown_capture_is_refused():
    with pytest.raises(InputError, match="capture"):
        settings_with("paper", capture="cudagraph")


@pytest.fixture
def graphs(monkeypatch):
    """torch.compile through aot_eager (no C++ compiler), counting the graphs Dynamo hands it."""
    seen, aot_eager = [], lookup_backend("aot_eager")

    def counting(graph_module, example_inputs):
        seen.append(graph_module)
        return aot_eager(graph_module, example_inputs)

    monkeypatch.setattr(capture, "compile_options", lambda: {"backend": counting, "fullgraph": True,
                                                             "dynamic": False})
    torch._dynamo.reset()
    yield seen
    torch._dynamo.reset()


def test_a_compiled_step_gives_the_results_of_the_plain_one(tiny_model_set, graphs):
    """The first step from the same weights: the same losses to float rounding and nearly the same
    gradient; the second step (new crops, the same graph: no recompiling) stays close.

    "Nearly": this step's gradient is sensitive to rounding. Run uncompiled with resample.py's
    repeatable kernels instead of PyTorch's (a change of the last bits only), it moves by 1.1% too
    (measured), about what compiling moves it by; losing a loss's gradient would move it by 25% or more.
    Later steps drift further apart, as after any rounding change: Adam's first steps are nearly sign
    steps, so a gradient near 0 whose sign flips moves its weight by +-lr."""
    optimizers, steps, gradients = {}, {}, {}
    for mode in ("off", "compile"):
        tiny_model_set.clip(), tiny_model_set.vgg()  # loaded (which draws random numbers) before seeding
        optimizers[mode] = optimizer = make_optimizer(tiny_model_set, False, capture=mode, threshold=0.0)
        steps[mode] = [optimizer.step()]
        gradients[mode] = torch.cat([p.grad.flatten() for p in optimizer.net.parameters()])
        steps[mode].append(optimizer.step())
    assert len(graphs) == 1  # the whole forward in one graph, compiled once for both steps
    for name, value in steps["off"][0].items():
        assert steps["compile"][0][name] == pytest.approx(value, rel=1e-5, abs=1e-12), name
    assert steps["off"][0]["patch"] > 0  # every loss is in the comparison
    plain, compiled = gradients["off"].double(), gradients["compile"].double()
    relative = float((compiled - plain).norm() / plain.norm())
    assert relative < 0.03, relative
    for name, value in steps["off"][1].items():  # (content: ~6e-10 from the tiny VGG, to within 1e-11)
        assert steps["compile"][1][name] == pytest.approx(value, rel=1e-3, abs=1e-11), name
