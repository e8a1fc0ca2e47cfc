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


def test_text_embeddings_are_kept_per_text_list(tiny_models, monkeypatch):
    """The 79-template embeddings of a style (and of "a Photo") are computed once per list and model set:
    a batch or a web session does not pay for them again; the numbers are the ones computed."""
    from localstyle.least.prompts import templated
    from localstyle.models import ClipEncoder

    clip = ModelSet.create(tiny_models, device="cpu").clip()
    calls = []
    real = clip.model.get_text_features
    monkeypatch.setattr(clip.model, "get_text_features", lambda **kw: calls.append(1) or real(**kw))
    first = clip.encode_text(templated("cubism"))
    again = clip.encode_text(templated("cubism"))
    assert len(calls) == 1 and again is first
    other = clip.encode_text(templated("watercolor"))
    assert len(calls) == 2 and not torch.equal(other, first)
    for index in range(ClipEncoder.TEXTS_KEPT):  # the oldest lists are dropped beyond the limit
        clip.encode_text([f"text {index}"])
    clip.encode_text(templated("cubism"))
    assert len(calls) == 3 + ClipEncoder.TEXTS_KEPT
    fresh = ClipEncoder(clip.model, clip.tokenizer, torch.device("cpu")).encode_text(templated("cubism"))
    assert torch.equal(fresh, first)
