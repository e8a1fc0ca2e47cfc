"""Errors a user can act on. The CLI prints their message as one `error:` line."""


def one_line(exc: BaseException, with_type: bool = False) -> str:
    """The first line of an exception's message (its type name when it has none), for `error:` lines."""
    text = str(exc).splitlines()[0] if str(exc) else ""
    if with_type or not text:
        return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return text


class LocalStyleError(Exception):
    """Base class: anything wrong with the user's input, models or environment."""


class InstructionError(LocalStyleError, ValueError):
    """An instruction that names no recognisable region or style."""


class InputError(LocalStyleError, ValueError):
    """A bad image, mask, box, manifest or output path."""


class FieldError(InputError):
    """A bad value of one named field (a run option, a worker count): the message names it `{field}`, and each
    face spells it its own way (`spelled`: the command line's --flag, the web request's own name)."""

    def __init__(self, field: str, template: str):
        self.field, self.template = field, template
        super().__init__(template.format(field=field))

    def spelled(self, spelling: str) -> str:
        return self.template.format(field=spelling)


class ModelError(LocalStyleError):
    """A model that cannot be found, loaded or used (for example missing offline)."""


class RegionNotFoundError(LocalStyleError):
    """Grounding found nothing for a region phrase, or segmentation gave an empty mask."""


class OptimisationDiverged(LocalStyleError):
    """The loss or the stylised image became NaN or infinite: the run stops, nothing is saved. `record`
    is the run's record up to that point (the CLI writes it to --save-dir), once the pipeline knows it."""

    def __init__(self, step: int, loss: float, lr: float, record: dict | None = None):
        self.step, self.loss, self.lr, self.record = step, loss, lr, record
        super().__init__(f"the optimisation diverged at step {step} (loss {loss:g}); lower lr (now {lr:g}) "
                         "or the loss weights, or try another --seed")

    def with_record(self, record: dict) -> "OptimisationDiverged":
        return OptimisationDiverged(self.step, self.loss, self.lr, record)
