"""Stylising a region through a video clip: one optimisation per edit, many frames.

    VideoStylizer(models)("clip.mp4", "apply cubism style to the car", "out.mkv", RunOptions(preset="fast"))

1. The keyframe (frame 0, or `keyframe=N`) is read and each edit's region found on it exactly as on a photo
   (`regions.plan.edits_for`, `regions.plan.plan_regions`: grounding + SAM, or the box / mask / clicks given).
2. One StyleNet per edit is optimised on the keyframe (`least.region.train_region`); with `keyframes=K`,
   on K frames spread through the clip, the keyframe among them, each through its own tracked mask
   (`least.region.train_region_views`, `least.optimise.train_views`). A first pass decodes and tracks up to the last of
   them and keeps only those K frames and masks.
3. SAM 2's video model follows each keyframe mask through the clip (`regions.tracking.MaskTracker`); with
   `segment_box=False` and a box, the box is the region on every frame.
4. Each frame gets each trained network through its own mask (`least.region.RegionStyle.apply_many`: working
   crop, inward feather, composite), `frame_batch=B` frames' crops through the network at once; a
   frame where the tracker lost a region keeps the input there.

Frames are decoded, tracked and encoded one at a time and stylised B at a time, so memory does not grow
with the clip (frames before a keyframe N > 0 are held until the keyframe is reached: SAM 2 tracks them
backwards). The output is written to a temporary name and renamed when complete: an error or Ctrl-C leaves
nothing. Outputs (`videoio`): `.mkv` (FFV1, lossless RGB), a folder of PNG frames (a path without a
suffix), or a lossy `.mp4` / `.mov` (H.264, re-encoded). Frame count, timestamps (variable frame rate too),
size, rotation and (for .mkv / .mp4 / .mov) the audio stream, copied packet for packet, are kept.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from PIL import Image

from localstyle.errors import FieldError, InputError
from localstyle.imageio import load_photo, save_image
from localstyle.least.region import train_region, train_region_views
from localstyle.least.targets import check_mix, picture_style
from localstyle.masks import overlay
from localstyle.methods import method_of
from localstyle.models import ModelSet, resolve_models
from localstyle.options import Regions, RunOptions, VideoOptions
from localstyle.progress import Progress
from localstyle.regions.plan import edits_for, plan_record, plan_regions
from localstyle.regions.tracking import Tracked, tracker_for
from localstyle.result import region_images, write_record
from localstyle.videoio import (
    DEFAULT_MAX_FRAMES,
    DEFAULT_MAX_PIXELS,
    LOSSLESS_SUFFIXES,
    LOSSY_SUFFIXES,
    VIDEO_SUFFIXES,
    ClipInfo,
    VideoWriter,
    decode,
    is_video,
    output_kind,
    probe,
)

__all__ = ["DEFAULT_MAX_FRAMES", "DEFAULT_MAX_PIXELS", "LOSSLESS_SUFFIXES", "LOSSY_SUFFIXES", "VIDEO_SUFFIXES",
           "ClipInfo", "VideoResult", "VideoStylizer", "VideoWriter", "decode", "is_video", "output_kind", "probe",
           "stylize_video"]

@dataclass
class VideoResult:
    """What a video run returns: the output path, the record (per-frame mask areas and tracking scores,
    lost frames, timings) and the keyframe's region plans."""

    output: Path
    record: dict
    plans: list = field(default_factory=list)
    keyframe_rgb: np.ndarray | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def lost_frames(self) -> dict[int, list[int]]:
        """Edit number (1-based) -> frames where the tracker lost that region (they keep the input)."""
        return {int(k): v for k, v in self.record["lost_frames"].items()}


class VideoStylizer:
    """LEAST on a clip: models set up once, then called per clip (as `LeastStylizer` per photo)."""

    def __init__(self, models: ModelSet | str | os.PathLike | None = None, device: str = "auto"):
        self.models = resolve_models(models, device)

    def __call__(self, clip, instruction: str, output, options: RunOptions | None = None, *,
                 regions: Regions | None = None, max_pixels: int | None = None,
                 progress: Progress | None = None) -> VideoResult:
        """Stylise the region(s) an instruction names on every frame of `clip`, written to `output`
        (.mkv, .mp4/.mov or a folder of PNGs). `regions` are marked on the keyframe. Pixels outside each
        frame's masks are the decoded input frame's own (bit for bit in .mkv and PNG). The clip's own
        options (keyframe, keyframes, frame_batch, max_frames, save_dir) are `options.video`."""
        options, regions = (options or RunOptions()).checked(), regions or Regions()
        if not method_of(options).supports_video:
            raise FieldError("method", f"{{field}} {options.method} edits photos: a clip is stylised with least "
                             "(one trained network applied to every frame)")
        notify, output, started = progress or (lambda event: None), Path(output), time.perf_counter()
        video = options.video
        info = probe(clip, video.max_frames, max_pixels)
        if output.resolve() == info.path.resolve():
            raise InputError("-o is the input clip itself: choose another output")
        if not 0 <= video.keyframe < info.frames:
            raise FieldError("keyframe", f"{{field}} {video.keyframe} is not a frame of the clip (0 .. {info.frames - 1})")
        check_video_settings(video, info, options.style_settings().steps)
        # Opened first: an output that cannot hold the clip's streams fails before the optimisation.
        writer = VideoWriter(output, info, output_kind(output))
        save_dir = video.save_dir
        extras = _SaveDirVideos(save_dir, info) if save_dir is not None else None
        try:
            record, plans, key_rgb = self._stylize(info, instruction, options, regions, video.keyframe, writer, extras,
                                                   notify)
            record["seconds"]["total"] = round(time.perf_counter() - started, 3)
            if save_dir is not None:  # before the output appears: a failure here leaves no lone output
                _write_save_dir(Path(save_dir), region_images(key_rgb, plans), record, extras)
            writer.commit()
        except BaseException:
            writer.discard()
            if extras is not None:
                extras.discard()
            raise
        return VideoResult(output, record, plans, key_rgb, _lost_notes(record, plans))

    def _stylize(self, info: ClipInfo, instruction: str, options: RunOptions, regions: Regions, keyframe: int,
                 writer: VideoWriter, extras, notify: Progress):
        """Regions on the keyframe, networks on the keyframe(s), then every frame tracked, stylised and written
        in order; returns the record, the keyframe's plans and its RGB."""
        started, seconds = time.perf_counter(), {}
        frames = decode(info)
        before, key_rgb, key_pts = _read_to_keyframe(frames, keyframe, info)
        edits = edits_for(instruction, regions, options, Image.fromarray(key_rgb), self.models)
        picture = picture_style(options)
        check_mix(edits, picture)
        plans = plan_regions(load_photo(Image.fromarray(key_rgb)), edits, self.models, regions, options, notify)
        seconds["regions"] = time.perf_counter() - started
        settings, video = options.style_settings(), options.video
        static = all(plan.source == "box" for plan in plans)  # --no-segment with boxes: the box everywhere
        chosen = keyframe_indices(info.frames, video.keyframes, keyframe)
        if len(chosen) == 1:
            styles, edit_records = self._train(key_rgb, plans, settings, options.seed, notify, picture)
        else:  # a first pass reads the keyframes and their masks; the frames pass then decodes from frame 0 again
            views = self._keyframe_views(info, frames, before, key_rgb, keyframe, plans, chosen,
                                         None if static else options.detector, notify)
            frames.close()
            before.clear()
            seconds["keyframes"] = time.perf_counter() - started - seconds["regions"]
            styles, edit_records = self._train_views(views, plans, settings, options.seed, notify, picture)
            views.clear()
            frames = decode(info)
            before, key_rgb, key_pts = _read_to_keyframe(frames, keyframe, info)
        seconds["optimise"] = time.perf_counter() - started - sum(seconds.values())
        tracker = None if static else tracker_for(self.models, key_rgb, plans, keyframe, options.detector)
        run = _Run(info, plans, styles, tracker, self.models.device, notify, video.frame_batch)
        run.stream(writer, extras, before, (keyframe, key_rgb, key_pts), frames)
        info.frames = writer.count  # the demuxer's packet count can differ from the frames decoded
        record = {"instruction": instruction, "clip": info.record(), "output": str(writer.output),
                  "output_format": writer.kind, "keyframe": keyframe, "keyframes": chosen,
                  "frame_batch": run.batch, "tracking": "box" if static else tracker.name,
                  "settings": dataclasses.asdict(settings), "seed": options.seed, "device": str(self.models.device),
                  "edits": edit_records, **run.summary(),
                  "seconds": {**{k: round(v, 3) for k, v in seconds.items()},
                              "track": round(run.track_seconds, 3), "apply": round(run.apply_seconds, 3),
                              "apply_per_frame": round(run.apply_seconds / max(1, writer.count), 4)},
                  "models": dict(self.models.sources)}
        return record, plans, key_rgb

    def _train(self, key_rgb: np.ndarray, plans, settings, seed: int, notify: Progress, picture=None):
        """One StyleNet per edit on the keyframe, each trained on the keyframe as the earlier edits left it
        (as for a photo); returns them and each edit's record."""
        styles, records, current = [], [], key_rgb
        for index, plan in enumerate(plans):
            notify({"event": "stage", "stage": "stylize", "edit": index, "edits": len(plans),
                    "style": plan.edit.style, "steps": settings.steps})
            style, trained = train_region(current, plan.mask, plan.edit.style, self.models, settings, seed + index,
                                          notify, picture=picture)
            current = style.apply(current, plan.mask, self.models.device)
            styles.append(style)
            records.append({**_edit_record(plan), **trained})
        return styles, records

    def _keyframe_views(self, info: ClipInfo, frames: Iterator, before: list, key_rgb: np.ndarray, keyframe: int,
                        plans, chosen: list[int], detector: str | None, notify: Progress) -> list[tuple]:
        """keyframes=K's first pass: (index, RGB, each edit's Tracked) of each chosen frame, the keyframe
        first (`detector` None: the box is the region everywhere). A tracker of its own follows the masks
        exactly as the frames pass will (backwards from the
        keyframe to frame 0, then forwards), so a keyframe's mask here is the one its frame is stylised
        through; decoding stops at the last chosen frame, and only the chosen frames are kept."""
        notify({"event": "stage", "stage": "keyframes", "frames": chosen})
        key_found = [Tracked(plan.mask, 1.0) for plan in plans]
        tracker = None if detector is None else tracker_for(self.models, key_rgb, plans, keyframe, detector)
        views, wanted = {keyframe: (key_rgb, key_found)}, set(chosen)
        for index, rgb, _ in reversed(before):
            found = key_found if tracker is None else tracker(index, rgb, reverse=True)
            if index in wanted:
                views[index] = (rgb, found)
        for index, rgb, _ in frames if max(chosen) > keyframe else ():
            found = key_found if tracker is None else tracker(index, rgb)
            if index in wanted:
                views[index] = (rgb, found)
            if index >= max(chosen):
                break
        missing = sorted(wanted - set(views))
        if missing:  # the packets promised more frames than decode gives
            raise FieldError("keyframes", f"{info.path}: frame {missing[0]} ({{field}}) could not be decoded")
        return [(index, *views[index]) for index in [keyframe] + [i for i in chosen if i != keyframe]]

    def _train_views(self, views: list[tuple], plans, settings, seed: int, notify: Progress, picture=None):
        """keyframes=K: one StyleNet per edit, optimised on every keyframe where that edit's region was found
        (the keyframe always), each as the earlier edits left that frame; returns them and each edit's record,
        which names the frames it was trained on."""
        styles, records = [], []
        current = {index: rgb for index, rgb, _ in views}
        for number, plan in enumerate(plans):
            used = [(index, found[number].mask) for index, _, found in views if found[number].found]
            notify({"event": "stage", "stage": "stylize", "edit": number, "edits": len(plans),
                    "style": plan.edit.style, "steps": settings.steps})
            style, trained = train_region_views([(current[index], mask) for index, mask in used], plan.edit.style,
                                                self.models, settings, seed + number, notify, picture)
            for (index, mask), view in zip(used, trained["views"]):
                current[index] = style.apply(current[index], mask, self.models.device)
                view.update(frame=index, mask_area=int(mask.sum()))
            styles.append(style)
            records.append({**_edit_record(plan), "training_frames": [index for index, _ in used], **trained})
        return styles, records


def _edit_record(plan) -> dict:
    instances = plan_record(plan).get("instances")  # on the keyframe; SAM 3's tracker numbers them from 1
    return {"region": plan.edit.region, "style": plan.edit.style, "box": list(plan.box),
            "region_source": plan.source, "score": plan.score, "keyframe_mask_area": int(plan.mask.sum()),
            **({"instances": instances} if instances else {})}


def keyframe_indices(frames: int, count: int, keyframe: int) -> list[int]:
    """The frames a clip's networks are optimised on (`--set keyframes=count`), in order: `count` frames
    spread evenly from the first to the last, the one nearest `keyframe` replaced by it. They are distinct
    while count <= frames (neighbours are at least one frame apart before rounding)."""
    if count == 1:
        return [keyframe]
    chosen = [round(i * (frames - 1) / (count - 1)) for i in range(count)]
    chosen[min(range(count), key=lambda i: abs(chosen[i] - keyframe))] = keyframe
    return chosen


def check_video_settings(video: VideoOptions, info: ClipInfo, steps: int) -> None:
    """keyframes=K is a number of distinct frames of the clip, each trained on at least one step."""
    count = video.keyframes
    if count > info.frames:
        raise FieldError("keyframes", f"{{field}}={count} is more than the clip's {info.frames} frames")
    if count > steps:
        raise FieldError("keyframes", f"{{field}}={count} needs at least {count} optimisation steps (each step trains on "
                         f"one keyframe, in turn); the run has {steps}")


def _read_to_keyframe(frames: Iterator, keyframe: int, info: ClipInfo):
    """Decode up to the keyframe: (the frames before it, its RGB, its pts). The frames before it are kept:
    they are tracked backwards from it."""
    before = []
    for index, rgb, pts in frames:
        if index == keyframe:
            return before, rgb, pts
        before.append((index, rgb, pts))
    raise FieldError("keyframe", f"{info.path}: frame {keyframe} ({{field}}) could not be decoded; the clip decodes "
                     f"{len(before)} frames")  # the packets promised more frames than decode gives


def _lost_notes(record: dict, plans) -> list[str]:
    notes = []
    for number, frames_lost in record["lost_frames"].items():
        if frames_lost:
            notes.append(f"note: the tracker lost edit {number} (\"{plans[int(number) - 1].edit.region}\") on "
                         f"{len(frames_lost)} frame(s): {_frame_list(frames_lost)}; those frames keep the input there")
    return notes


def _frame_list(frames: list[int], shown: int = 20) -> str:
    text = ", ".join(str(f) for f in frames[:shown])
    return text + (f" and {len(frames) - shown} more" if len(frames) > shown else "")


class _Run:
    """Per-frame work of one clip: track (or take the box), apply each edit's network, encode; and the
    per-frame record. Frames wait in `pending` until `batch` of them are there: each edit's network then
    runs on their working crops at once (`RegionStyle.apply_many`), and they are written in order."""

    def __init__(self, info: ClipInfo, plans, styles, tracker, device, notify: Progress, batch: int = 1):
        self.info, self.plans, self.styles, self.tracker = info, plans, styles, tracker
        self.device, self.notify, self.batch = device, notify, batch
        self.key = [Tracked(plan.mask, 1.0) for plan in plans]
        self.pending: list[tuple] = []  # (index, RGB, pts, each edit's Tracked), at most `batch`
        self.areas: list[list[int]] = [[] for _ in plans]
        self.scores: list[list[float]] = [[] for _ in plans]
        self.instance_scores: list[list[dict]] = [[] for _ in plans]  # SAM 3's tracker: each instance's, per frame
        self.lost: list[list[int]] = [[] for _ in plans]
        self.track_seconds = self.apply_seconds = 0.0

    def stream(self, writer: VideoWriter, extras, before: list, key: tuple, frames: Iterator) -> None:
        """Every frame in order: those before the keyframe (held, tracked backwards from it), the keyframe,
        then the rest as they are decoded."""
        self.notify({"event": "stage", "stage": "frames", "frames": self.info.frames})
        tracked_before = [self.track(index, rgb, reverse=True) for index, rgb, _ in reversed(before)][::-1]
        for (index, rgb, pts), found in zip(before, tracked_before):
            self.write(writer, extras, index, rgb, pts, found)
        before.clear()
        keyframe, key_rgb, key_pts = key
        self.write(writer, extras, keyframe, key_rgb, key_pts, self.key)
        for index, rgb, pts in frames:
            self.write(writer, extras, index, rgb, pts, self.track(index, rgb))
        self.flush(writer, extras)

    def track(self, index: int, rgb: np.ndarray, reverse: bool = False):
        if self.tracker is None:
            return self.key
        started = time.perf_counter()
        found = self.tracker(index, rgb, reverse)
        self.track_seconds += time.perf_counter() - started
        return found

    def write(self, writer: VideoWriter, extras, index: int, rgb: np.ndarray, pts, found) -> None:
        self.pending.append((index, rgb, pts, found))
        if len(self.pending) >= self.batch:
            self.flush(writer, extras)

    def flush(self, writer: VideoWriter, extras) -> None:
        """The pending frames stylised (edit after edit, each on the frames as the earlier ones left them;
        a frame where the tracker lost an edit's region keeps it as it was) and written in order."""
        started, outputs = time.perf_counter(), [rgb for _, rgb, _, _ in self.pending]
        for number, style in enumerate(self.styles):
            slots = []
            for slot, (index, _, _, found) in enumerate(self.pending):
                self.areas[number].append(int(found[number].mask.sum()))
                self.scores[number].append(round(found[number].score, 4))
                self.instance_scores[number].append(found[number].instances)
                if found[number].found:
                    slots.append(slot)
                else:
                    self.lost[number].append(index)
            done = style.apply_many([outputs[s] for s in slots], [self.pending[s][3][number].mask for s in slots],
                                    self.device)
            for slot, output in zip(slots, done):
                outputs[slot] = output
        self.apply_seconds += time.perf_counter() - started
        for (index, rgb, pts, found), output in zip(self.pending, outputs):
            writer.write(output, pts)
            if extras is not None:
                extras.write(rgb, [t.mask if t.found else None for t in found], pts)
            self.notify({"event": "frame", "frame": index, "frames": self.info.frames})
        self.pending = []

    def summary(self) -> dict:
        return {"frames": [{"edit": n + 1, "mask_area": self.areas[n], "tracking_score": self.scores[n],
                            **({"instance_scores": self.instance_scores[n]} if any(self.instance_scores[n]) else {})}
                           for n in range(len(self.plans))],
                "lost_frames": {str(n + 1): self.lost[n] for n in range(len(self.plans))}}


class _SaveDirVideos:
    """--save-dir's videos: tracking.mp4, each frame with its tracked masks tinted (H.264, a preview), and
    masks.mkv, the union of each frame's masks as used (255 inside, lossless FFV1 gray: a matte)."""

    def __init__(self, save_dir, info: ClipInfo):
        folder = Path(save_dir)
        folder.mkdir(parents=True, exist_ok=True)
        self.size = (info.width - info.width % 2, info.height - info.height % 2)  # H.264 needs even sides
        silent = replace(info, audio=False)
        self.masks = VideoWriter(folder / "masks.mkv", silent, "ffv1", gray=True)
        self.preview = VideoWriter(folder / "tracking.mp4", replace(silent, width=self.size[0], height=self.size[1]),
                                   "h264")

    def write(self, rgb: np.ndarray, masks, pts) -> None:
        preview, union = rgb, np.zeros(rgb.shape[:2], bool)
        for mask in masks:
            if mask is not None:
                preview, union = overlay(preview, mask), union | mask
        self.preview.write(np.ascontiguousarray(preview[:self.size[1], :self.size[0]]), pts)
        self.masks.write(union.astype(np.uint8) * 255, pts)

    def commit(self) -> None:
        self.masks.commit()
        self.preview.commit()

    def discard(self) -> None:
        self.masks.discard()
        self.preview.discard()


def _write_save_dir(folder: Path, images: dict, record: dict, videos: _SaveDirVideos | None) -> None:
    """Keyframe masks (keyframe_mask_N.png) and overlay (keyframe_overlay.png), tracking.mp4, masks.mkv and
    record.json."""
    for name, image in images.items():
        save_image(image, folder / ("keyframe_overlay.png" if name == "overlay.png" else f"keyframe_{name}"))
    if videos is not None:
        videos.commit()
    write_record(folder, record)


def stylize_video(clip, instruction: str, output, options: RunOptions | None = None, *, box=None, mask=None,
                  points=None, models: ModelSet | str | os.PathLike | None = None, device: str = "auto",
                  progress: Progress | None = None, **changes) -> VideoResult:
    """One call: `VideoStylizer(models)(clip, instruction, output, ...)` with regions and run options
    given as for `localstyle.stylize` (`box=`, `mask=`, `points=` on the keyframe; `preset="fast"`,
    `keyframe=3`, `save_dir=...`)."""
    options = (options or RunOptions()).replace(**changes)
    return VideoStylizer(models, device)(clip, instruction, output, options, regions=Regions.of(box, mask, points),
                                         progress=progress)
