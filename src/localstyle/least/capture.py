"""The LEAST step recorded once and replayed on a GPU: the ``capture`` setting.

At 512 px a `paper` step launches hundreds of small kernels. On an H200 it ran at about 21 TFLOP/s of the
~790 that card reaches in a large matrix product: bound by the launches and the Python between them, not
by arithmetic (docs/speed.md). Two ways to take that cost away, each behind ``--set capture=...``:

* ``graph`` (CUDA only): the whole step, forward, backward and the Adam update, captured once as a CUDA
  graph after `GraphStep.WARMUP` ordinary steps and then replayed, one launch a step. This works because
  the step reads nothing back and runs the same kernels with the same arguments every step
  (tests/least/test_step_syncs.py): its random crops come in through tensors refilled in place
  (`MaskedStyleOptimizer.draws`), and Adam keeps its step count and learning rate on the device
  (``capturable=True``, a tensor learning rate), so the schedule's halving needs no new capture. Adam's
  device arithmetic rounds differently from its host arithmetic, so ``graph`` does not give the bytes of
  ``off``; it repeats with itself where the kernels do (``deterministic``).
* ``compile``: the forward pass (the U-Net, the four losses) through ``torch.compile(mode=
  "reduce-overhead", fullgraph=True)``: Inductor fuses the elementwise work, and on CUDA replays its
  kernels as CUDA graphs; the backward is compiled with it, Adam stays as it is. ``fullgraph`` makes
  anything the compiler cannot take whole an error, not a quiet fallback. It runs on a CPU too (with a C++
  compiler), where it only fuses and takes minutes to compile: it is meant for GPUs.

Neither has been run on a GPU yet: `benchmarks/cuda_checks.sh OUT capture` measures both against ``off``
(time per step, the change of the output) and says whether two processes give the same bytes.
"""

from __future__ import annotations

from typing import Callable

import torch

from localstyle.errors import InputError

__all__ = ["CAPTURES", "GraphStep", "compile_options", "compiled"]

CAPTURES = ("off", "graph", "compile")

Losses = dict[str, torch.Tensor]


class GraphStep:
    """``step()``: ``compute()`` (one step's work, returning its losses as tensors) run as it is for the first
    `WARMUP` calls, on a side stream as PyTorch asks before a capture, then captured once as a CUDA graph
    and replayed. ``compute`` must read its inputs from the same tensors every time (refilled in place)."""

    WARMUP = 3  # ordinary steps first: they make Adam's state, the cuBLAS and cuDNN handles, cached matrices

    def __init__(self, compute: Callable[[], Losses], device: torch.device):
        if device.type != "cuda":
            raise InputError(f"capture=graph needs a CUDA device; this run is on {device.type} "
                             "(capture=compile runs anywhere, capture=off is the default)")
        self.compute, self.device = compute, device
        self.calls, self.graph, self.outputs = 0, None, None
        self.side = torch.cuda.Stream(device)

    def __call__(self) -> Losses:
        self.calls += 1
        current = torch.cuda.current_stream(self.device)
        if self.graph is None and self.calls <= self.WARMUP:
            self.side.wait_stream(current)
            with torch.cuda.stream(self.side):
                outputs = self.compute()
            current.wait_stream(self.side)
            return {name: value.clone() for name, value in outputs.items()}
        if self.graph is None:
            self.graph = torch.cuda.CUDAGraph()
            with torch.cuda.graph(self.graph):  # records the kernels; runs none of them
                self.outputs = self.compute()
        self.graph.replay()
        # The replay writes its losses into the same memory every time: hand out copies.
        return {name: value.clone() for name, value in self.outputs.items()}


def compile_options() -> dict:
    """How `compiled` calls ``torch.compile`` (tests use a backend that needs no C++ compiler)."""
    return {"mode": "reduce-overhead", "fullgraph": True, "dynamic": False}


def compiled(forward: Callable[[], Losses]) -> Callable[[], Losses]:
    """``forward`` (no arguments; its losses as tensors) through ``torch.compile`` (`compile_options`)."""
    function = torch.compile(forward, **compile_options())

    def step_forward() -> Losses:
        # Tells the CUDA graphs that torch.compile replays that the last step's outputs are no longer
        # needed, so the next replay may overwrite them (a no-op elsewhere).
        torch.compiler.cudagraph_mark_step_begin()
        return function()

    return step_forward
