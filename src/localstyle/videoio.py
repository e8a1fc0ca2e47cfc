"""A clip's container in and out, with PyAV (the `video` extra): `probe` checks a clip before any work,
`decode` streams its frames, `VideoWriter` writes frames (and the input's audio packets) to .mkv (FFV1,
lossless RGB), .mp4 / .mov (H.264) or a folder of PNGs under a temporary name, renamed when complete.
`localstyle.video` stylises with them.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np
from PIL import Image

from localstyle.errors import FieldError, InputError, one_line

VIDEO_SUFFIXES = (".mp4", ".mkv", ".mov", ".avi", ".webm", ".m4v", ".mpg", ".mpeg", ".ts", ".mts", ".wmv", ".flv")
LOSSLESS_SUFFIXES = (".mkv",)
LOSSY_SUFFIXES = (".mp4", ".mov", ".m4v")
DEFAULT_MAX_FRAMES = 18_000  # ten minutes at 30 frames per second
DEFAULT_MAX_PIXELS = 3840 * 2160  # per frame


def _av():
    try:
        import av
    except ImportError:  # pragma: no cover - the video extra
        raise InputError("video needs PyAV: pip install 'localstyle[video]'") from None
    return av


def is_video(path) -> bool:
    """A video by its suffix, or, for a file whose suffix is not an image's and that Pillow cannot read,
    by PyAV finding a video stream in a real container (not FFmpeg's readers of text or still images)."""
    if not isinstance(path, (str, os.PathLike)):
        return False
    path = Path(path)
    if path.suffix.lower() in VIDEO_SUFFIXES:
        return True
    if not path.is_file() or path.suffix.lower() in Image.registered_extensions():
        return False
    try:
        with Image.open(path):
            return False
    except (OSError, ValueError):  # not an image Pillow reads: perhaps a container
        pass
    try:
        import av
    except ImportError:  # without the video extra, only the suffix says "video"
        return False
    try:
        with av.open(str(path)) as container:
            still = container.format.name in ("tty", "image2") or container.format.name.endswith("_pipe")
            return bool(container.streams.video) and not still
    except (av.FFmpegError, OSError, UnicodeDecodeError, IndexError):
        return False


@dataclass
class ClipInfo:
    """What a clip is: frame size, frame count (from its packets), average frame rate, the video
    stream's time base, its rotation (degrees, from the display matrix), codec and whether it has audio."""

    path: Path
    width: int
    height: int
    frames: int
    rate: Fraction
    time_base: Fraction
    rotation: int
    codec: str
    audio: bool

    def record(self) -> dict:
        return {"width": self.width, "height": self.height, "frames": self.frames, "rate": str(self.rate),
                "time_base": str(self.time_base), "rotation": self.rotation, "codec": self.codec,
                "audio": self.audio}


def probe(path, max_frames: int | None = None, max_pixels: int | None = None) -> ClipInfo:
    """Open a clip and check it before any work: readable, a video stream with a codec FFmpeg decodes,
    at least one frame, within the frame and pixel budgets. Each failure is one InputError."""
    av, path = _av(), Path(path)
    if not path.is_file():
        raise InputError(f"video not found: {path}")
    max_frames = max_frames or int(os.environ.get("LOCALSTYLE_MAX_FRAMES", DEFAULT_MAX_FRAMES))
    max_pixels = max_pixels or int(os.environ.get("LOCALSTYLE_MAX_VIDEO_PIXELS", DEFAULT_MAX_PIXELS))
    try:
        container = av.open(str(path))
    except av.EOFError:
        raise InputError(f"cannot read video {path}: it ends before its first frame (empty or truncated)") from None
    except (av.FFmpegError, OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read video {path}: {one_line(exc)}") from None
    with container:
        if not container.streams.video:
            raise InputError(f"{path} has no video stream")
        stream = container.streams.video[0]
        if stream.codec_context is None:
            raise InputError(f"{path}: its video codec is not one FFmpeg can decode")
        width, height = stream.codec_context.width, stream.codec_context.height
        if width * height > max_pixels:
            raise InputError(f"{path}: frames of {width}x{height} are over the budget of {max_pixels:,} pixels "
                             "(LOCALSTYLE_MAX_VIDEO_PIXELS)")
        frames, first = 0, None
        audio = container.streams.audio[0] if container.streams.audio else None
        ends = {"video": 0.0, "audio": 0.0, "audio_packet": 0.0}  # seconds: where each stream's packets end
        try:
            for packet in container.demux(*[s for s in (stream, audio) if s is not None]):
                if not packet.size:
                    continue
                kind = "video" if packet.stream.index == stream.index else "audio"
                if kind == "video":
                    frames += 1
                    if frames > max_frames:
                        raise FieldError("max_frames", f"{path} has more than {{field}} {max_frames} frames")
                if packet.pts is not None:
                    ends[kind] = max(ends[kind], float((packet.pts + (packet.duration or 0)) * packet.time_base))
                if kind == "audio" and packet.duration:
                    ends["audio_packet"] = max(ends["audio_packet"], float(packet.duration * packet.time_base))
            container.seek(0)
            first = next(iter(container.decode(stream)), None)
        except av.FFmpegError as exc:
            raise InputError(f"cannot decode {path} ({stream.codec_context.name}): {one_line(exc)}") from None
        if frames == 0 or first is None:
            raise InputError(f"{path} has no video frames")
        rate = stream.average_rate or stream.guessed_rate or Fraction(25)
        _check_complete(path, container, (stream, audio), ends, rate)
        return ClipInfo(path, width, height, frames, Fraction(rate), Fraction(stream.time_base), int(first.rotation or 0),
                        stream.codec_context.name, audio is not None)


def _check_complete(path: Path, container, streams: tuple, ends: dict, rate) -> None:
    """A file cut short (a copy interrupted) still opens, and decodes fewer frames: its header's duration
    says how long it should be. More than two frames missing is an error, not a shorter output.

    With audio the header's duration is the longer stream's (the sound may outlast the picture), so the
    check is on whichever stream ends last: a cut file loses the tail of both, as they are interleaved.
    One audio packet more of slack: a last packet without a duration ends at its start."""
    declared = container.duration / 1_000_000 if container.duration else None
    starts = [float(s.start_time * s.time_base) for s in streams if s is not None and s.start_time is not None]
    start, end = min(starts, default=0.0), max(ends["video"], ends["audio"])
    if declared and ends["video"] and end - start < declared - 2 / float(rate) - ends["audio_packet"] - 0.001:
        raise InputError(f"cannot decode {path}: it is truncated (its {'streams' if ends['audio'] else 'frames'} "
                         f"end at {end - start:.2f} s, its header says {declared:.2f} s)")


def decode(info: ClipInfo) -> Iterator[tuple[int, np.ndarray, int | None]]:
    """(index, RGB uint8 frame, pts in the stream's time base) for each frame, in order. A frame that
    cannot be decoded (a truncated or corrupt file) is an InputError naming it."""
    av, index = _av(), 0
    with av.open(str(info.path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        try:
            for frame in container.decode(stream):
                yield index, frame.to_ndarray(format="rgb24"), frame.pts
                index += 1
        except av.FFmpegError as exc:
            raise InputError(f"{info.path}: cannot decode frame {index} (truncated or corrupt?): "
                             f"{one_line(exc)}") from None
    if index == 0:
        raise InputError(f"{info.path} has no video frames")


def output_kind(path: Path) -> str:
    """ffv1 (.mkv), h264 (.mp4, .mov, .m4v) or png (a folder: a path without a suffix)."""
    suffix = path.suffix.lower()
    if suffix in LOSSLESS_SUFFIXES:
        return "ffv1"
    if suffix in LOSSY_SUFFIXES:
        return "h264"
    if suffix == "":
        return "png"
    raise InputError(f"cannot write a video to {path.name}: use .mkv (lossless FFV1), .mp4 (H.264, lossy) or "
                     "a folder name without a suffix (PNG frames)")


class VideoWriter:
    """Frames (and the input's audio packets) into a temporary file or folder next to the output,
    renamed over the output by `commit`; `discard` removes it. Timestamps are the input's own."""

    def __init__(self, output: Path, info: ClipInfo, kind: str | None = None, gray: bool = False):
        self.output, self.info, self.kind = output, info, kind or output_kind(output)
        self.gray = gray  # frames are H x W uint8 (a mask video), not RGB
        self.temp = output.with_name(f".{output.name}.partial{output.suffix}")
        self.container = self.audio_in = None
        self.count, self.pending_audio = 0, None
        if self.kind == "png":
            if output.exists() and (not output.is_dir() or any(output.iterdir())):
                raise InputError(f"{output} exists and is not an empty folder: choose another -o")
            shutil.rmtree(self.temp, ignore_errors=True)
            self.temp.mkdir(parents=True)
            self.times: list[float | None] = []
            return
        if self.kind == "h264" and (info.width % 2 or info.height % 2):
            raise InputError(f"H.264 needs an even frame size, the clip is {info.width}x{info.height}: write .mkv")
        self._open_container()

    def _open_container(self) -> None:
        av, info = _av(), self.info
        try:
            self.container = av.open(str(self.temp), "w")
            codec, pix_fmt = ("ffv1", "bgr0") if self.kind == "ffv1" else ("libx264", "yuv420p")
            pix_fmt = "gray" if self.gray else pix_fmt
            self.stream = self.container.add_stream(codec, rate=info.rate)
            self.stream.width, self.stream.height, self.stream.pix_fmt = info.width, info.height, pix_fmt
            self.stream.time_base = info.time_base
            self.stream.codec_context.time_base = info.time_base  # the input's ticks: every timestamp kept
            if self.kind == "h264":
                self.stream.options = {"crf": "18"}
            if info.rotation:
                self.stream.set_display_rotation(info.rotation)
            if info.audio:
                self.audio_in = av.open(str(info.path))
                source = self.audio_in.streams.audio[0]
                self.audio_out = self.container.add_stream_from_template(source)
                self.audio_packets = self.audio_in.demux(source)
            self.container.start_encoding()
        except av.FFmpegError as exc:
            self.discard()
            raise InputError(f"cannot write {self.output.name}: {one_line(exc)}") from None

    def write(self, rgb: np.ndarray, pts: int | None) -> None:
        if pts is None:  # a container without timestamps (some AVI): frame times from the average rate
            pts = round(self.count / (self.info.rate * self.info.time_base))
        if self.kind == "png":
            Image.fromarray(rgb).save(self.temp / f"frame_{self.count:06d}.png")
            self.times.append(float(pts * self.info.time_base))
        else:
            av = _av()
            frame = av.VideoFrame.from_ndarray(rgb, format="gray" if self.gray else "rgb24")
            frame.pts, frame.time_base = pts, self.info.time_base
            self._audio_until(float(pts * self.info.time_base))
            for packet in self.stream.encode(frame):
                self.container.mux(packet)
        self.count += 1

    def _audio_until(self, seconds: float | None) -> None:
        """Copy the input's audio packets up to `seconds` (all with None), keeping the streams interleaved."""
        if self.audio_in is None:
            return
        while True:
            packet = self.pending_audio or next(self.audio_packets, None)
            self.pending_audio = None
            if packet is None:
                return
            if packet.pts is None or packet.size == 0:
                continue
            if seconds is not None and float(packet.pts * packet.time_base) > seconds:
                self.pending_audio = packet
                return
            packet.stream = self.audio_out
            self.container.mux(packet)

    def commit(self) -> None:
        """Finish the file and rename it over the output (the only moment the output appears)."""
        if self.kind == "png":
            (self.temp / "timestamps.json").write_text(json.dumps(
                {"rate": str(self.info.rate), "rotation": self.info.rotation, "seconds": self.times}) + "\n")
            if self.output.is_dir():
                self.output.rmdir()  # empty, checked when opening
            os.replace(self.temp, self.output)
            return
        for packet in self.stream.encode():
            self.container.mux(packet)
        self._audio_until(None)
        self._close()
        os.replace(self.temp, self.output)

    def _close(self) -> None:
        for container in (self.container, self.audio_in):
            if container is not None:
                container.close()
        self.container = self.audio_in = None

    def discard(self) -> None:
        try:
            self._close()
        except (_av().FFmpegError, OSError):  # closing a half-written file may complain; it is removed anyway
            self.container = self.audio_in = None
        if self.temp.is_dir():
            shutil.rmtree(self.temp, ignore_errors=True)
        elif self.temp.exists():
            self.temp.unlink()
