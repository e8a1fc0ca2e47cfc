"""The methods by name, as segment-anything's `sam_model_registry`: `METHODS[name]` is a stylizer class.

Every stylizer is built the same way and called the same way:

    stylizer = METHODS[options.method](models, options)      # a models file or ModelSet; its setup
    result = stylizer(image, instruction, options, regions=regions, progress=progress)   # -> Result

and answers the same questions a face asks before any model loads: `check(options, regions, instruction)`
(raises a LocalStyleError), `planned_steps(options)`, `setup_key(options)` (which runs one loaded stylizer
may serve) and `supports_video`. Faces look the method up here; they do not branch on it.
"""

from __future__ import annotations

from localstyle.least.stylizer import LeastStylizer
from localstyle.models import ModelSet
from localstyle.options import GROUPS, RunOptions
from localstyle.regionroute.editor import RegionRoute

METHODS = {"least": LeastStylizer, "regionroute": RegionRoute}  # options.METHODS lists the names (light)


def method_of(options: RunOptions):
    """The stylizer class a run's options name."""
    return METHODS[options.method]


def for_method(options: RunOptions) -> RunOptions:
    """The options with the groups their method does not read back at their defaults: a server's or a
    batch's LEAST settings do not reach a RegionRoute run (which would refuse them), nor its adapters a
    LEAST run."""
    kind = method_of(options)
    return options.replace(**{name: group() for name, group in GROUPS.items() if name not in kind.groups})


class Stylizers:
    """The stylizers a long-lived face keeps (the web server, a batch or eval worker): built on first use,
    all on one ModelSet (each model loads once), one per method: a run with another setup (other adapters)
    replaces that method's stylizer rather than holding a second base in memory."""

    def __init__(self, models: ModelSet):
        self.models = models
        self.built: dict[str, tuple[tuple, object]] = {}

    def ready(self, options: RunOptions) -> bool:
        """Whether the stylizer for these options is already built (a first job says it is loading)."""
        kind = method_of(options)
        return self.built.get(kind.name, (None,))[0] == kind.setup_key(options)

    def __call__(self, options: RunOptions):
        kind = method_of(options)
        key = kind.setup_key(options)
        if self.built.get(kind.name, (None,))[0] != key:
            self.built.pop(kind.name, None)  # the old one goes before the new one loads
            self.built[kind.name] = (key, kind(self.models, options))
        return self.built[kind.name][1]
