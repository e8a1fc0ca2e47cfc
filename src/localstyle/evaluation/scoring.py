"""Scores one eval output on its item's region: every metric of `evaluation.metrics` with the scoring
models loaded once (CLIP and LPIPS; VGG too when an optimisation method runs, so a missing one stops the
run before the first item, not after it)."""

from __future__ import annotations

import numpy as np

from localstyle.evaluation.metrics import least_clip_score, region_style_match, score_all
from localstyle.models import ModelSet


class Scorer:
    def __init__(self, models: ModelSet):
        self.models = models

    def load(self, needs_vgg: bool = False) -> None:
        self.clip, self.lpips_net = self.models.clip(), self.models.lpips()
        if needs_vgg:
            self.models.vgg()

    def __call__(self, original: np.ndarray, output: np.ndarray, region) -> dict:
        """Every metric on the item's region. Several edits: the background numbers on the union of the
        masks, the two CLIP numbers averaged over the edits (each edit's mask against its own style)."""
        scores = score_all(self.models, original, output, region.union, region.styles[0], clip=self.clip,
                           lpips_net=self.lpips_net)
        if len(region.plans) > 1:
            scores["clip_score"] = float(np.mean([least_clip_score(self.clip, output, p.mask, p.edit.style)
                                                  for p in region.plans]))
            scores["rsm"] = float(np.mean([region_style_match(self.clip, output, p.mask, p.edit.style)
                                           for p in region.plans]))
        return {k: float(v) for k, v in scores.items()}
