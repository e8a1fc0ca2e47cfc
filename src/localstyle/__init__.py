"""localstyle: stylise only the part of a photo that a text instruction names."""

from localstyle.version import __version__  # noqa: E402

from localstyle.errors import InputError, InstructionError, LocalStyleError, ModelError, RegionNotFoundError  # noqa: E402
from localstyle.options import Regions, RunOptions  # noqa: E402
from localstyle.regions.instruction import Edit, parse_instruction  # noqa: E402

__all__ = ["METHODS", "Edit", "InputError", "InstructionError", "LeastStylizer", "LocalStyleError", "ModelError",
           "RegionNotFoundError", "RegionRoute", "Regions", "Result", "RunOptions", "VideoStylizer",
           "parse_instruction", "stylize", "stylize_video", "__version__"]

# name -> the module that defines it. The stylizers import torch and transformers (seconds): they load
# on first use, so that `localstyle --help`, parsing and error messages stay instant.
_LAZY = {"stylize": "localstyle.api", "METHODS": "localstyle.methods", "LeastStylizer": "localstyle.least.stylizer",
         "RegionRoute": "localstyle.regionroute.editor", "Result": "localstyle.result",
         "VideoStylizer": "localstyle.video", "stylize_video": "localstyle.video"}


def __getattr__(name):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'localstyle' has no attribute {name!r}")
