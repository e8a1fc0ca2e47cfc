"""localstyle: stylise only the part of a photo that a text instruction names."""

from localstyle.version import __version__  # noqa: E402

from localstyle.errors import InputError, InstructionError, LocalStyleError, ModelError, RegionNotFoundError  # noqa: E402
from localstyle.options import Regions, RunOptions  # noqa: E402
from localstyle.regions.instruction import Edit, parse_instruction  # noqa: E402

__all__ = ["Edit", "InputError", "InstructionError", "LeastStylizer", "LocalStyleError", "ModelError",
           "RegionNotFoundError", "RegionRouteEditor", "Regions", "Result", "RunOptions", "StylizeResult",
           "VideoStylizer", "parse_instruction", "stylize", "stylize_video", "__version__"]


def __getattr__(name):
    # The pipeline imports torch and transformers (seconds); load it on first use so that
    # `localstyle --help`, parsing and error messages stay instant.
    if name == "stylize":
        from localstyle.api import stylize

        return stylize
    if name in ("LeastStylizer", "Result", "StylizeResult"):
        from localstyle import pipeline

        return getattr(pipeline, name)
    if name in ("VideoStylizer", "stylize_video"):
        from localstyle import video

        return getattr(video, name)
    if name == "RegionRouteEditor":
        from localstyle.regionroute.infer import RegionRouteEditor

        return RegionRouteEditor
    raise AttributeError(f"module 'localstyle' has no attribute {name!r}")
