"""`localstyle.stylize`: one call over either method's stylizer, for scripts that edit a photo or two.

To edit many photos keep a stylizer instead (`METHODS[name](models, options)`: `LeastStylizer`,
`RegionRoute`). `stylize` keeps the stylizer of its last call only (same method, setup, models file and
device), so a script that calls it in a loop loads the models once; `forget_models()` lets them go.
"""

from __future__ import annotations

import os
from pathlib import Path

from localstyle.methods import method_of
from localstyle.models import ModelSet
from localstyle.options import Regions, RunOptions
from localstyle.progress import Progress
from localstyle.result import Result


def stylize(image, instruction, options: RunOptions | None = None, *, box=None, mask=None, points=None,
            models: ModelSet | str | os.PathLike | None = None, device: str = "auto",
            progress: Progress | None = None, **changes) -> Result:
    """Stylise the region(s) an instruction names and return the new image with a record of the run.

    `image` is a path or a PIL image; `instruction` is text, or a list of `Edit`s already understood.
    The region comes from `mask` (path, PIL image or bool array; or a list, one per edit), `box`
    ((x0, y0, x1, y1) pixels, refined by SAM unless `segment_box=False`; or a list, one per edit),
    `points` ([(x, y, label)] clicks for SAM), or, with none of them, from grounding the instruction's words.
    Any `RunOptions` field may be given by name (`preset="fast"`, `steps=50`, `seed=1`,
    `method="regionroute"`, `adapters="adapters/"`, ...), on top of `options`. Pixels outside the masks are
    returned unchanged."""
    options = (options or RunOptions()).replace(**changes).checked()
    regions = Regions.of(box, mask, points)
    method_of(options).check(options, regions, instruction)
    return _stylizer(options, models, device)(image, instruction, options, regions=regions, progress=progress)


_last: dict[tuple, object] = {}  # at most one entry: the last call's stylizer


def _stylizer(options: RunOptions, models, device: str):
    kind = method_of(options)
    if isinstance(models, ModelSet):  # the caller owns these models
        return kind(models, options)
    key = (kind.name, kind.setup_key(options), str(Path(models).absolute()) if models is not None else None, device)
    if key not in _last:
        forget_models()
        _last[key] = kind(models, options, device)
    return _last[key]


def forget_models() -> None:
    """Drop the models `stylize` kept from its last call."""
    _last.clear()
