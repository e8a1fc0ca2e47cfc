"""localstyle: stylise only the part of a photo that a text instruction names."""

__version__ = "0.1.0"

from .errors import InputError, InstructionError, LocalStyleError, ModelError, RegionNotFoundError  # noqa: E402
from .instruction import Edit, parse_instruction  # noqa: E402
from .pipeline import StylizeResult, stylize  # noqa: E402

__all__ = ["Edit", "InputError", "InstructionError", "LocalStyleError", "ModelError", "RegionNotFoundError",
           "StylizeResult", "parse_instruction", "stylize", "__version__"]
