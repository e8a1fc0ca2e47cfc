"""Kernel-level check of why RegionRoute's training step faulted on Hopper GPUs, with torch alone (seconds).

The Flux step calls scaled_dot_product_attention with one q/k/v layout in double- and single-stream
blocks, but without localstyle's fix (attention.keep_one_gradient_layout) the gradient of the output
differs: a single block's is a slice of the gradient of cat([attention, MLP]) (row stride 5 H D), a double
block's is contiguous (row stride H D), and backward runs the single blocks first. The suspicion: cuDNN's
attention caches its backward plan under the q/k/v sizes and strides alone, with the first output
gradient's strides built in, so a later call reads the other layout with the wrong strides.

Each check runs cuDNN's backward and compares dq, dk, dv with the memory-efficient kernel's on the same
tensors (relative max error; "WRONG" above 5 %):

  swapped      at a fresh q/k/v layout: a contiguous gradient first, then a strided one;
  fixed        both gradients made contiguous first (the fix), single-block one first;
  style-map    the recorder's call (a slice of the queries, every key, one-hot values expanded over heads);
  training     a strided gradient first, then a contiguous one: the training order, which may end the
               process with an illegal memory access, so it runs last.

    python benchmarks/sdpa_grad_layout.py [--size 512|1024] [--checks swapped,fixed,style-map,training]
    python benchmarks/sdpa_grad_layout.py --device cpu --size 64      # a smoke run of the script itself

On a CPU both sides are the math kernel: that checks the script, not the hypothesis. Under
`compute-sanitizer --tool memcheck` (with PYTORCH_NO_CUDA_MEMORY_CACHING=1) an out-of-bounds read is named.
"""

from __future__ import annotations

import argparse
import json
import sys

import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel

HEADS, HEAD_DIM = 24, 128  # FLUX.1's attention
CHECKS = ("swapped", "fixed", "style-map", "training")  # the order they run in: "training" may fault


class Check:
    def __init__(self, device: torch.device, tokens: int, dtype: torch.dtype):
        self.device, self.tokens, self.dtype = device, tokens, dtype
        cuda = device.type == "cuda"
        self.tested = SDPBackend.CUDNN_ATTENTION if cuda else SDPBackend.MATH
        self.reference = SDPBackend.EFFICIENT_ATTENTION if cuda else SDPBackend.MATH

    def bhsd(self, tokens: int, requires_grad: bool = True) -> torch.Tensor:
        """(1, H, S, D) as Flux's processors hand it over: a transposed view of a (1, S, H, D) tensor."""
        x = torch.randn(1, tokens, HEADS, HEAD_DIM, device=self.device, dtype=self.dtype).transpose(1, 2)
        return x.requires_grad_(requires_grad)

    def single_block_gradient(self, tokens: int) -> torch.Tensor:
        wide = torch.randn(1, tokens, 5 * HEADS * HEAD_DIM, device=self.device, dtype=self.dtype)
        return wide[..., :HEADS * HEAD_DIM].unflatten(-1, (HEADS, HEAD_DIM)).transpose(1, 2)

    def double_block_gradient(self, tokens: int) -> torch.Tensor:
        flat = torch.randn(1, tokens, HEADS * HEAD_DIM, device=self.device, dtype=self.dtype)
        return flat.unflatten(-1, (HEADS, HEAD_DIM)).transpose(1, 2)

    def gradients(self, backend, q, k, v, out_gradient, wrt=None):
        with sdpa_kernel([backend]):
            out = F.scaled_dot_product_attention(q, k, v)
            return out, torch.autograd.grad(out, wrt or (q, k, v), out_gradient)

    def compare(self, name: str, tokens: int, order: list[str], fixed: bool = False) -> list[dict]:
        """cuDNN's backward at one q/k/v layout with the output gradients of `order`, each against the
        reference kernel."""
        torch.manual_seed(0)
        q, k, v = (self.bhsd(tokens) for _ in range(3))
        given = {"single": self.single_block_gradient(tokens), "double": self.double_block_gradient(tokens)}
        if fixed:  # what keep_one_gradient_layout hands SDPA: (B, S, H, D)-contiguous
            given = {kind: g.transpose(1, 2).contiguous().transpose(1, 2) for kind, g in given.items()}
        expected = {kind: self.gradients(self.reference, q, k, v, g)[1] for kind, g in given.items()}
        rows = []
        for kind in order:
            print(f"{name}: {self.tested.name} backward, output gradient like a {kind} block, strides {given[kind].stride()}",
                  flush=True)
            _, got = self.gradients(self.tested, q, k, v, given[kind])
            self.synchronise()
            errors = [relative_error(a, b) for a, b in zip(got, expected[kind])]
            rows.append(self.row(name, kind, given[kind].stride(), dict(zip(("dq", "dk", "dv"), errors))))
        return rows

    def style_map(self, text: int, target: int) -> list[dict]:
        """The recorder's joint map: queries = the target slice, keys = the whole sequence, values = one-hot
        columns of three style keys, expanded over the heads (and, second, made contiguous)."""
        torch.manual_seed(1)
        q_all, k = self.bhsd(self.tokens), self.bhsd(self.tokens)
        q = q_all[:, :, text:text + target]
        onehot = torch.zeros(self.tokens, HEAD_DIM, device=self.device, dtype=self.dtype)
        onehot[torch.arange(5, 8, device=self.device), torch.arange(3, device=self.device)] = 1
        rows = []
        for kind, v in (("expanded", onehot.expand(1, HEADS, -1, -1)),
                        ("contiguous", onehot.expand(1, HEADS, -1, -1).contiguous())):
            for attempt in (1, 2):
                out_gradient = torch.zeros(1, HEADS, target, HEAD_DIM, device=self.device, dtype=self.dtype)
                out_gradient[..., :3] = torch.randn(1, HEADS, target, 3, device=self.device, dtype=self.dtype)
                out_ref, grads_ref = self.gradients(self.reference, q, k, v, out_gradient, (q_all, k))
                out, grads = self.gradients(self.tested, q, k, v, out_gradient, (q_all, k))
                self.synchronise()
                errors = {"out": relative_error(out, out_ref), "dq": relative_error(grads[0], grads_ref[0]),
                          "dk": relative_error(grads[1], grads_ref[1])}
                rows.append(self.row("style-map", f"{kind} values, try {attempt}", out_gradient.stride(), errors))
        return rows

    def synchronise(self) -> None:
        if self.device.type == "cuda":
            torch.cuda.synchronize()

    @staticmethod
    def row(check: str, case: str, strides, errors: dict) -> dict:
        verdict = "WRONG" if max(errors.values()) > 0.05 else "ok"
        shown = " ".join(f"{name} {value:.3g}" for name, value in errors.items())
        print(f"{check}:   relative max error {shown} -> {verdict}", flush=True)
        return {"check": check, "case": case, "gradient_strides": list(strides), "errors": errors, "verdict": verdict}


def relative_error(got: torch.Tensor, expected: torch.Tensor) -> float:
    got, expected = got.detach().float(), expected.detach().float()
    return float((got - expected).abs().max() / expected.abs().max().clamp_min(1e-6))


def describe(device: torch.device, check: Check) -> dict:
    """Versions, and on CUDA the backend torch picks by default for the main and the style-map calls."""
    info = {"torch": torch.__version__, "cuda": torch.version.cuda, "cudnn": torch.backends.cudnn.version(),
            "device": torch.cuda.get_device_name() if device.type == "cuda" else "cpu", "tokens": check.tokens}
    if device.type == "cuda":
        q = check.bhsd(check.tokens, requires_grad=False)
        info["default_backend"] = SDPBackend(torch._fused_sdp_choice(q, q, q)).name
        F.scaled_dot_product_attention(q, q, q)
        info["priority_after_first_call"] = [SDPBackend(i).name for i in torch._C._get_sdp_priority_order()]
    print(" ".join(f"{k} {v}" for k, v in info.items()), flush=True)
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=512, help="image side in pixels (16 px per token)")
    parser.add_argument("--text", type=int, default=512, help="text tokens")
    parser.add_argument("--checks", default=",".join(CHECKS), help=f"comma-separated, of {', '.join(CHECKS)}")
    parser.add_argument("--device", default="cuda")
    parser.add_argument("--json", help="also write the rows here (written before the training check runs)")
    args = parser.parse_args(argv)
    wanted = [c for c in CHECKS if c in args.checks.split(",")]
    device = torch.device(args.device)
    target = (args.size // 16) ** 2
    tokens = args.text + 2 * target  # text + noisy target + context image
    check = Check(device, tokens, torch.bfloat16 if device.type == "cuda" else torch.float32)
    summary = {"info": describe(device, check), "rows": []}
    for name in wanted:
        if name == "training" and args.json:  # it may end the process: keep what the others found
            write_json(args.json, summary)
        if name == "swapped":
            summary["rows"] += check.compare(name, tokens + 128, ["double", "single"])
        elif name == "fixed":
            summary["rows"] += check.compare(name, tokens + 256, ["single", "double"], fixed=True)
        elif name == "style-map":
            summary["rows"] += check.style_map(args.text, target)
        else:
            summary["rows"] += check.compare(name, tokens, ["single", "double"])
    if args.json:
        write_json(args.json, summary)
    wrong = [f"{r['check']} ({r['case']})" for r in summary["rows"] if r["verdict"] != "ok"]
    print("done:", "all ok" if not wrong else "WRONG in " + ", ".join(wrong), flush=True)
    return 0


def write_json(path: str, summary: dict) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(summary, handle, indent=2)
        handle.write("\n")


if __name__ == "__main__":
    sys.exit(main())
