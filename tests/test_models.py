"""Process-wide settings: set by the CLI (which owns its process), never by the library for its caller."""

import subprocess
import sys

import torch

from localstyle.models import ModelSet



def test_the_library_leaves_the_callers_denormal_setting_alone():
    torch.set_flush_denormal(False)
    tiny = torch.tensor([1e-39])  # a denormal float32
    ModelSet.create(None, device="cpu")
    assert (tiny * 2 > 0).all()


def test_the_cli_flushes_denormal_floats_to_zero_in_its_own_process(tmp_path):
    """The CLI's command runs in-process after `_own_process`; the flag shows in torch's arithmetic."""
    code = ("import sys, torch; from localstyle.cli import _own_process; import argparse; "
            "_own_process(argparse.Namespace(device='cpu')); "
            "print((torch.tensor([1e-39]) * 2 == 0).all().item(), (torch.tensor([1e-37]) * 2 > 0).all().item())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True"]  # denormals flushed, normal floats untouched
