"""Following regions through a video: SAM 2's video model (transformers `Sam2VideoModel`) is given each
edit's mask on the keyframe and predicts that object's mask on every other frame, from a memory of the
frames it has seen. With `--detector sam3`, SAM 3's tracker (`Sam3TrackerVideoModel`, the same interface)
follows every instance of each edit as an object of its own, with a stable id (`InstanceTracker`).

Frames are fed one at a time (SAM 2's streaming mode), so a clip of any length is tracked in bounded
memory: the session keeps the keyframe's memory and only the last few frames' (what SAM 2's memory
attention reads), the rest is dropped as tracking goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch

from localstyle.models import ModelSet

_FORGOTTEN = torch.empty(0)


@dataclass
class Tracked:
    """One object on one frame: its mask (H x W bool), SAM 2's object score (sigmoid of its
    object-presence logit, 0..1) and whether the object is there (score above 0.5 and a non-empty mask)."""

    mask: np.ndarray
    score: float
    instances: dict[int, float] = field(default_factory=dict)  # InstanceTracker: object id -> its score

    @property
    def found(self) -> bool:
        return self.score > 0.5 and bool(self.mask.any())


class MaskTracker:
    """SAM 2 following one mask per edit from a keyframe.

        tracker = MaskTracker(models, keyframe_rgb, [mask_1, mask_2], keyframe_index)
        tracked = tracker(index, frame_rgb)            # frames after the keyframe, in order
        tracked = tracker(index, frame_rgb, reverse=True)  # frames before it, keyframe - 1 down to 0
    """

    name = "sam2_video"

    def __init__(self, models: ModelSet, keyframe_rgb: np.ndarray, masks: list[np.ndarray], keyframe: int,
                 loaded: tuple | None = None):
        """`loaded`: another (model, processor) of SAM 2's video interface (SAM 3's tracker); default SAM 2's."""
        self.model, self.processor = loaded or models.sam2_video()
        self.device, self.keyframe = models.device, keyframe
        config = self.model.config
        # SAM 2 reads the last num_maskmem frames' memories and up to max_object_pointers_in_encoder
        # frames' object pointers: older non-conditioning outputs are never read again.
        self.window = max(config.num_maskmem, config.max_object_pointers_in_encoder) + 1
        self.session = self.processor.init_video_session(inference_device=self.device, dtype=torch.float32)
        self.session.add_new_frame(self._pixels(keyframe_rgb), keyframe)
        self.object_ids = list(range(1, len(masks) + 1))
        # a copy: SAM 2 keeps the list it is given and empties it as it conditions on each object
        self.processor.add_inputs_to_inference_session(self.session, frame_idx=keyframe, obj_ids=list(self.object_ids),
                                                       input_masks=[torch.from_numpy(m.astype(bool)) for m in masks])
        with torch.no_grad():
            self.model(inference_session=self.session, frame_idx=keyframe)  # the conditioning frame's memory

    def _pixels(self, rgb: np.ndarray) -> torch.Tensor:
        return self.processor(images=rgb, device=self.device, return_tensors="pt").pixel_values[0]

    @torch.no_grad()
    def __call__(self, index: int, rgb: np.ndarray, reverse: bool = False) -> list[Tracked]:
        output = self.model(inference_session=self.session, frame=self._pixels(rgb), frame_idx=index,
                            reverse=reverse)
        masks = self.processor.post_process_masks([output.pred_masks], original_sizes=[rgb.shape[:2]])[0]
        scores = torch.sigmoid(output.object_score_logits.float().reshape(-1)).cpu()
        self._forget(index)
        return [Tracked(masks[i, 0].cpu().numpy().astype(bool), float(scores[i])) for i in range(len(self.object_ids))]

    def _forget(self, index: int) -> None:
        """Drop what SAM 2 will not read again: every frame's pixels (only the current frame's are read)
        and tracked outputs more than `window` frames away. A frame's entry stays, emptied: SAM 2 takes
        the number of entries as the number of frames seen, which caps how many pointers it reads."""
        for seen in self.session.processed_frames:
            self.session.processed_frames[seen] = _FORGOTTEN
        for outputs in self.session.output_dict_per_obj.values():
            frames = outputs["non_cond_frame_outputs"]
            for old in [f for f in frames if abs(f - index) > self.window]:
                del frames[old]


class InstanceTracker:
    """SAM 3's tracker following every instance of each edit, each as its own object (ids 1, 2, ... in edit
    order, stable through the clip); called as `MaskTracker` is, it answers one `Tracked` per edit: the
    union of the instances found on that frame, the best instance's score, and each instance's score."""

    name = "sam3_tracker"

    def __init__(self, models: ModelSet, keyframe_rgb: np.ndarray, instances: list[list[np.ndarray]], keyframe: int):
        self.ids, first = [], 1  # per edit, its instances' object ids
        for masks in instances:
            self.ids.append(list(range(first, first + len(masks))))
            first += len(masks)
        self.objects = MaskTracker(models, keyframe_rgb, [mask for masks in instances for mask in masks], keyframe,
                                   loaded=models.sam3_tracker())

    def __call__(self, index: int, rgb: np.ndarray, reverse: bool = False) -> list[Tracked]:
        tracked = self.objects(index, rgb, reverse)
        return [_union([tracked[i - 1] for i in ids], ids) for ids in self.ids]


def _union(tracked: list[Tracked], ids: list[int]) -> Tracked:
    found = [t.mask for t in tracked if t.found]
    mask = np.logical_or.reduce(found) if found else np.zeros_like(tracked[0].mask)
    return Tracked(mask, max(t.score for t in tracked), {i: round(t.score, 4) for i, t in zip(ids, tracked)})


def tracker_for(models: ModelSet, keyframe_rgb: np.ndarray, plans: list, keyframe: int, detector: str):
    """The tracker of a clip's keyframe plans: SAM 3's for every instance when SAM 3 found the regions
    (`detector` "sam3"; a region given by hand is one instance), else SAM 2's for each edit's mask."""
    if detector == "sam3":
        instances = [[instance.mask for instance in plan.instances] or [plan.mask] for plan in plans]
        return InstanceTracker(models, keyframe_rgb, instances, keyframe)
    return MaskTracker(models, keyframe_rgb, [plan.mask for plan in plans], keyframe)

