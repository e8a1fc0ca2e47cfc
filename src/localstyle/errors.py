"""Errors a user can act on. The CLI prints their message as one `error:` line."""


class LocalStyleError(Exception):
    """Base class: anything wrong with the user's input, models or environment."""


class InstructionError(LocalStyleError, ValueError):
    """An instruction that names no recognisable region or style."""


class InputError(LocalStyleError, ValueError):
    """A bad image, mask, box, manifest or output path."""


class ModelError(LocalStyleError):
    """A model that cannot be found, loaded or used (for example missing offline)."""


class RegionNotFoundError(LocalStyleError):
    """Grounding found nothing for a region phrase, or segmentation gave an empty mask."""
