"""One StyleNet optimised on several views of one region: a video's keyframes, each its own working image
with its own mask and box (the object seen from the different sides a clip shows).

Each view is a `MaskedStyleOptimizer` (its content-side quantities, the CLIP embeddings of its masked
content and its photo, the VGG features of its box crop and the text direction, computed once), all
sharing the first view's StyleNet, Adam optimiser and learning-rate schedule. Step s trains on view
s mod K (round-robin) rather than on the mean of all K views' losses: a step then costs what one view's
does (one CLIP and one VGG pass), so K views take no longer than one, and the schedule (`lr_step`) counts
the same steps. The patch loss already draws new crops at every step, so Adam is used to an objective
that changes from step to step; after K steps every view has been seen once.

With one view this is `optimise.train` step for step: the same seed, the same network initialisation,
the same crops, the same deterministic mode (`resample.repeatable`, the `deterministic` setting).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import torch

from localstyle import resample
from localstyle.errors import OptimisationDiverged
from localstyle.least.optimise import MaskedStyleOptimizer
from localstyle.least.presets import StyleSettings
from localstyle.models import ClipEncoder
from localstyle.progress import StepClock


@dataclass
class View:
    """One working image of the region: as `MaskedStyleOptimizer`'s arguments of the same names."""

    content: torch.Tensor
    mask: torch.Tensor
    box: tuple[int, int, int, int]
    photo: torch.Tensor | None = None
    patch_size: tuple[int, int] | None = None


def shared_optimizers(views: list[View], style: str, clip: ClipEncoder, vgg: torch.nn.Sequential,
                      settings: StyleSettings, seed: int) -> list[MaskedStyleOptimizer]:
    """One optimiser per view, all training the first view's network with its Adam and schedule. The
    first is made right after seeding, as `optimise.train` makes its one, so its StyleNet starts from the
    same weights; the others' own networks are dropped."""
    torch.manual_seed(seed)
    generator = torch.Generator(device="cpu").manual_seed(seed)  # one stream of crops and warps for all
    made = []
    for view in views:
        made.append(MaskedStyleOptimizer(view.content, view.mask, view.box, style, clip, vgg, settings, generator,
                                         view.photo, view.patch_size))
    first = made[0]
    for other in made[1:]:
        other.net, other.stylize, other.optimizer, other.scheduler = (first.net, first.stylize, first.optimizer,
                                                                      first.scheduler)
    return made


def train_views(views: list[View], style: str, clip: ClipEncoder, vgg: torch.nn.Sequential,
                settings: StyleSettings, seed: int, progress: Callable[[dict], None] | None = None
                ) -> tuple[MaskedStyleOptimizer, list[dict]]:
    """`settings.steps` steps, step s on view (s - 1) mod len(views); returns the first view's optimiser
    (its `stylize` is the trained network, for any frame) and the loss log, each entry naming its view."""
    with resample.repeatable(settings.deterministic, views[0].content.device) as alerts:  # as `train`
        optimizers = shared_optimizers(views, style, clip, vgg, settings, seed)
        history, clock = [], StepClock(settings.steps)
        for step in range(1, settings.steps + 1):
            view = (step - 1) % len(optimizers)
            losses = optimizers[view].step()
            if not math.isfinite(losses["total"]):  # stop now: the weights are poisoned, never save the result
                raise OptimisationDiverged(step, losses["total"], settings.lr)
            history.append({**losses, "view": view})
            timing = clock.tick()
            if progress is not None:
                progress({"event": "step", "step": step, "steps": settings.steps, "loss": losses["total"],
                          **timing})
    optimizers[0].nondeterministic_ops = alerts
    return optimizers[0], history
