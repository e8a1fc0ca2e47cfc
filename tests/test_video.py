"""Video: tiny synthetic clips made here with PyAV (a square moving across a gradient), tiny random models
(SAM 2's video model included) loaded through the real loading code; the API and the CLI end to end."""

import json
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
import torch
from PIL import Image

from conftest import TINY_SETTINGS
from localstyle.cli import main
from localstyle.options import Regions, RunOptions

WIDTH, HEIGHT = 64, 48
BOX = (4, 8, 40, 40)
SET_ARGS = [arg for k, v in TINY_SETTINGS.items() for arg in ("--set", f"{k}={v}")]
FAST = dict(steps=1, settings=TINY_SETTINGS, seed=0)


def make_clip(path: Path, frames: int = 8, pts=None, audio: bool = False, rotation: int = 0,
              codec: str = "libx264") -> list[np.ndarray]:
    """A clip of a bright square moving right over a gradient, `pts` in milliseconds (default 40 ms apart:
    25 frames per second); returns the frames as PyAV decodes them (RGB), the reference for every check."""
    pts = pts or [40 * i for i in range(frames)]
    ms = Fraction(1, 1000)
    with av.open(str(path), "w") as container:
        video = container.add_stream(codec, rate=25)
        video.width, video.height = WIDTH, HEIGHT
        video.pix_fmt = "yuv420p" if codec == "libx264" else "bgr0"
        video.time_base = video.codec_context.time_base = ms
        if rotation:
            video.set_display_rotation(rotation)
        if audio:
            sound = container.add_stream("aac", rate=16000)
            sound.layout = "mono"
        container.start_encoding()
        ramp = np.linspace(40, 200, WIDTH, dtype=np.float32)
        for i, stamp in enumerate(pts):
            rgb = np.repeat(np.repeat(ramp[None, :, None], HEIGHT, 0), 3, 2).astype(np.uint8)
            rgb[12:28, 6 + 3 * i:22 + 3 * i] = (250, 60, 30)
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24")
            frame.pts, frame.time_base = stamp, ms
            for packet in video.encode(frame):
                container.mux(packet)
        for packet in video.encode():
            container.mux(packet)
        if audio:
            seconds = (pts[-1] + 40) / 1000
            for start in range(0, int(16000 * seconds), 1024):
                tone = np.sin(np.arange(start, start + 1024, dtype=np.float32) * 0.05)[None] * 0.3
                chunk = av.AudioFrame.from_ndarray(tone.astype(np.float32), format="fltp", layout="mono")
                chunk.sample_rate, chunk.pts = 16000, start
                for packet in sound.encode(chunk):
                    container.mux(packet)
            for packet in sound.encode():
                container.mux(packet)
    return read_frames(path)


def read_frames(path: Path) -> list[np.ndarray]:
    if path.is_dir():
        return [np.asarray(Image.open(p).convert("RGB")) for p in sorted(path.glob("frame_*.png"))]
    with av.open(str(path)) as container:
        return [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]


def read_masks(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as container:
        return [f.to_ndarray(format="gray") > 127 for f in container.decode(video=0)]


def frame_times(path: Path) -> list[float]:
    with av.open(str(path)) as container:
        return [float(f.time) for f in container.decode(video=0)]


def audio_packets(path: Path) -> list[bytes]:
    with av.open(str(path)) as container:
        return [bytes(p) for p in container.demux(container.streams.audio[0]) if p.size]


def assert_outside_kept(output: list[np.ndarray], inputs: list[np.ndarray], masks: list[np.ndarray]) -> None:
    """Frame by frame: every pixel outside that frame's mask is the decoded input's own."""
    assert len(output) == len(inputs) == len(masks)
    for index, (out, source, mask) in enumerate(zip(output, inputs, masks)):
        assert out.shape == source.shape
        assert np.array_equal(out[~mask], source[~mask]), f"frame {index} changed outside its mask"


def box_mask(box=BOX):
    mask = np.zeros((HEIGHT, WIDTH), bool)
    mask[box[1]:box[3], box[0]:box[2]] = True
    return mask


@pytest.fixture(scope="session")
def video_models(tmp_path_factory):
    from localstyle.testing import write_tiny_models

    return write_tiny_models(tmp_path_factory.mktemp("video-models"), ("clip", "vgg", "sam", "detector", "sam2_video"))


@pytest.fixture(scope="session")
def video_model_set(video_models):
    from localstyle.models import ModelSet

    return ModelSet.create(video_models, device="cpu")


def test_box_on_every_frame_keeps_outside_pixels_timestamps_and_rotation(tmp_path, video_model_set):
    """--no-segment with a box: the box is the region on every frame. Lossless .mkv: outside the box every
    frame is the input's own; inside, the keyframe is exactly what the photo pipeline makes of that frame
    with the same options (one network, trained as for a photo); variable frame timing and rotation kept."""
    from localstyle.least.stylizer import LeastStylizer
    from localstyle.video import VideoStylizer

    stamps = [0, 40, 100, 130, 200, 260, 300, 410]  # variable frame rate
    inputs = make_clip(tmp_path / "in.mp4", pts=stamps, rotation=90)
    options = RunOptions(segment_box=False, **FAST)
    result = VideoStylizer(video_model_set)(tmp_path / "in.mp4", "cubism", tmp_path / "out.mkv", options,
                                            regions=Regions.of(BOX))
    output = read_frames(tmp_path / "out.mkv")
    assert_outside_kept(output, inputs, [box_mask()] * len(inputs))
    assert all(not np.array_equal(o[box_mask()], i[box_mask()]) for o, i in zip(output, inputs))
    assert frame_times(tmp_path / "out.mkv") == pytest.approx([s / 1000 for s in stamps], abs=1e-3)
    with av.open(str(tmp_path / "out.mkv")) as container:
        assert next(container.decode(video=0)).rotation == 90
    photo = LeastStylizer(video_model_set)(Image.fromarray(inputs[0]), "cubism", options,
                                           regions=Regions.of(BOX))
    assert np.array_equal(output[0], np.asarray(photo.image))
    assert result.record["tracking"] == "box" and result.record["clip"]["frames"] == len(stamps)
    assert result.record["frames"][0]["mask_area"] == [box_mask().sum()] * len(stamps)
    assert not list(tmp_path.glob(".*partial*"))


def test_cli_tracks_the_region_keeps_audio_and_writes_the_save_dir(tmp_path, video_models, capsys):
    """The CLI on a clip with sound: the box refined by SAM on the keyframe and followed by SAM 2; every
    pixel outside each frame's tracked mask (masks.mkv) is the input's; the audio packets are copied
    byte for byte; --save-dir holds keyframe masks, the overlay video and a per-frame record."""
    inputs = make_clip(tmp_path / "in.mp4", frames=8, audio=True)
    code = main(["stylize", str(tmp_path / "in.mp4"), "cubism", "-o", str(tmp_path / "out.mkv"), "--box",
                 ",".join(map(str, BOX)), "--steps", "1", *SET_ARGS, "--models", str(video_models),
                 "--save-dir", str(tmp_path / "save"), "--device", "cpu", "--quiet"])
    assert code == 0, capsys.readouterr().err
    save = tmp_path / "save"
    masks = read_masks(save / "masks.mkv")
    assert_outside_kept(read_frames(tmp_path / "out.mkv"), inputs, masks)
    assert audio_packets(tmp_path / "out.mkv") == audio_packets(tmp_path / "in.mp4")
    record = json.loads((save / "record.json").read_text())
    assert record["tracking"] == "sam2_video"
    assert len(record["frames"][0]["mask_area"]) == len(record["frames"][0]["tracking_score"]) == 8
    assert record["frames"][0]["mask_area"] == [int(m.sum()) for m in masks]
    assert len(read_frames(save / "tracking.mp4")) == 8
    assert (save / "keyframe_mask_1.png").is_file() and (save / "keyframe_overlay.png").is_file()
    # relative timing is kept (the AAC priming delay shifts both streams alike in Matroska)
    times = frame_times(tmp_path / "out.mkv")
    assert np.diff(times) == pytest.approx([0.04] * 7, abs=1e-3)


def test_keyframe_in_the_middle_and_png_frames(tmp_path, video_model_set):
    """--keyframe 3: frames 0-2 are tracked backwards from it; a folder of PNG frames keeps every pixel
    outside each frame's mask; the record says where each frame's region was."""
    from localstyle.video import stylize_video

    inputs = make_clip(tmp_path / "in.mp4", frames=7)
    result = stylize_video(tmp_path / "in.mp4", "cubism", tmp_path / "frames", box=BOX, keyframe=3,
                           models=video_model_set, save_dir=tmp_path / "save", **FAST)
    output = read_frames(tmp_path / "frames")
    assert_outside_kept(output, inputs, read_masks(tmp_path / "save" / "masks.mkv"))
    assert result.record["keyframe"] == 3
    assert result.record["frames"][0]["tracking_score"][3] == 1.0  # the keyframe's own mask
    stamps = json.loads((tmp_path / "frames" / "timestamps.json").read_text())["seconds"]
    assert stamps == pytest.approx([0.04 * i for i in range(7)], abs=1e-3)


def test_grounded_instruction_and_lossy_mp4_note(tmp_path, video_models, capsys):
    """The headline command: the region found from the words on the keyframe (the tiny detector, threshold 0),
    written as H.264, with a note that it re-encodes; frame count and rotation kept."""
    make_clip(tmp_path / "in.mp4", frames=6, rotation=270)
    code = main(["stylize", str(tmp_path / "in.mp4"), "apply cubism style to the car", "-o", str(tmp_path / "o.mp4"),
                 "--box-threshold", "0", "--text-threshold", "0", "--steps", "1",
                 *SET_ARGS, "--models", str(video_models),
                 "--device", "cpu", "--quiet"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "note: .mp4 is lossy" in err
    assert len(read_frames(tmp_path / "o.mp4")) == 6
    with av.open(str(tmp_path / "o.mp4")) as container:
        assert next(container.decode(video=0)).rotation % 360 == 270  # FFmpeg reads 270 back as -90


def _run_cli(args, capsys):
    code = main(args)
    err = capsys.readouterr().err
    return code, err


def _garbage(path: Path) -> Path:
    path.write_bytes(b"this is not a video at all" * 50)
    return path


def _truncated(path: Path) -> Path:
    make_clip(path.with_name("whole.mkv"), frames=8, codec="ffv1")
    data = path.with_name("whole.mkv").read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _truncated_with_audio(path: Path) -> Path:
    """Picture and sound (FFV1 + AAC in Matroska), the second half of the bytes cut off: the header's
    duration is the longer stream's, which is no excuse for a shorter output."""
    make_clip(path.with_name("whole.mkv"), frames=8, codec="ffv1", audio=True)
    data = path.with_name("whole.mkv").read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _audio_only(path: Path) -> Path:
    with av.open(str(path), "w") as container:
        sound = container.add_stream("aac", rate=16000)
        sound.layout = "mono"
        chunk = av.AudioFrame.from_ndarray(np.zeros((1, 1024), np.float32), format="fltp", layout="mono")
        chunk.sample_rate, chunk.pts = 16000, 0
        for packet in [*sound.encode(chunk), *sound.encode()]:
            container.mux(packet)
    return path


def _no_frames(path: Path) -> Path:
    with av.open(str(path), "w") as container:
        video = container.add_stream("ffv1", rate=25)
        video.width, video.height, video.pix_fmt = WIDTH, HEIGHT, "bgr0"
        container.start_encoding()
    return path


def _unknown_codec(path: Path) -> Path:
    make_clip(path.with_name("ok.mkv"), frames=4, codec="ffv1")
    data = path.with_name("ok.mkv").read_bytes()
    assert data.count(b"V_FFV1") == 1
    path.write_bytes(data.replace(b"V_FFV1", b"V_QQQQ"))  # Matroska's codec id: one FFmpeg does not know
    return path


@pytest.mark.parametrize("make, expected", [
    (_garbage, "cannot read video"),
    (_truncated, "it is truncated"),
    (_truncated_with_audio, "it is truncated"),
    (_audio_only, "has no video stream"),
    (_no_frames, "ends before its first frame"),
    (_unknown_codec, "codec"),
])
def test_bad_clips_are_one_error_line_and_write_nothing(tmp_path, video_models, capsys, make, expected):
    clip = make(tmp_path / "bad.mkv")
    out = tmp_path / "out" / "o.mkv"
    out.parent.mkdir()
    code, err = _run_cli(["stylize", str(clip), "cubism", "-o", str(out), "--box", "4,8,40,40", "--no-segment",
                          "--steps", "1", *SET_ARGS,
                          "--models", str(video_models), "--device", "cpu", "--quiet"], capsys)
    assert code == 2, err
    assert err.startswith("error: ") and err.count("\n") == 1 and expected in err, err
    assert list(out.parent.iterdir()) == []


@pytest.mark.parametrize("extra, expected", [
    (["--max-frames", "5"], "more than --max-frames 5"),
    (["--keyframe", "8"], "--keyframe 8 is not a frame of the clip (0 .. 7)"),
    (["--method", "regionroute"], "--method regionroute edits photos: a clip is stylised with least"),
    (["--set", "keyframes=0"], "keyframes must be an integer from 1 to 64"),
    (["--set", "keyframes=2.5"], "keyframes must be an integer"),
    (["--set", "keyframes=two"], "keyframes must be an integer"),
    (["--set", "keyframes=9", "--steps", "20"], "--set keyframes=9 is more than the clip's 8 frames"),
    (["--set", "keyframes=3"], "--set keyframes=3 needs at least 3 optimisation steps"),
    (["--set", "frame_batch=0"], "frame_batch must be an integer from 1 to 64"),
])
def test_budget_keyframe_and_method_errors(tmp_path, video_models, capsys, extra, expected):
    make_clip(tmp_path / "in.mp4", frames=8)
    code, err = _run_cli(["stylize", str(tmp_path / "in.mp4"), "cubism", "-o", str(tmp_path / "o.mkv"), "--box",
                          "4,8,40,40", "--no-segment", "--steps", "1", "--models", str(video_models), "--device", "cpu",
                          "--quiet", *extra], capsys)
    assert code == 2 and err.startswith("error: ") and expected in err, err
    assert not (tmp_path / "o.mkv").exists()


def test_unsupported_output_suffix(tmp_path, video_models, capsys):
    make_clip(tmp_path / "in.mp4", frames=3)
    code, err = _run_cli(["stylize", str(tmp_path / "in.mp4"), "cubism", "-o", str(tmp_path / "o.avi"), "--box",
                          "4,8,40,40", "--models", str(video_models)], capsys)
    assert code == 2 and "use .mkv (lossless FFV1)" in err


def test_frames_where_the_tracker_loses_the_region_keep_the_input(tmp_path, video_models, capsys):
    """SAM 2's object-presence head forced to say "absent" (its last layer outputs -20): every frame but the
    keyframe loses the region; they are named in one note and are the input's own, whole."""
    from localstyle.models import ModelSet

    models = ModelSet.create(video_models, device="cpu")
    model, processor = models.sam2_video()
    head = model.mask_decoder.pred_obj_score_head.proj_out
    with torch.no_grad():
        head.weight.zero_()
        head.bias.fill_(-20.0)
    model.save_pretrained(tmp_path / "lost")
    processor.save_pretrained(tmp_path / "lost")
    toml = tmp_path / "models.toml"
    folder = Path(video_models).parent
    toml.write_text("".join(f'{role} = "{folder / role}"\n' for role in ("clip", "vgg", "sam")) +
                    f'sam2_video = "{tmp_path / "lost"}"\n')
    inputs = make_clip(tmp_path / "in.mp4", frames=6)
    code, err = _run_cli(["stylize", str(tmp_path / "in.mp4"), "cubism", "-o", str(tmp_path / "o.mkv"), "--box",
                          ",".join(map(str, BOX)), "--steps", "1",
                          *SET_ARGS, "--models", str(toml),
                          "--device", "cpu", "--quiet"], capsys)
    assert code == 0, err
    assert "note: the tracker lost edit 1 (\"given region\") on 5 frame(s): 1, 2, 3, 4, 5; those frames keep the " \
           "input there" in err
    output = read_frames(tmp_path / "o.mkv")
    assert all(np.array_equal(o, i) for o, i in zip(output[1:], inputs[1:]))
    assert not np.array_equal(output[0], inputs[0])


def test_interrupted_run_leaves_nothing(tmp_path, video_model_set):
    """Ctrl-C while frames are being written: the partial file is removed, no output, no save-dir videos."""
    from localstyle.video import stylize_video

    make_clip(tmp_path / "in.mp4", frames=6)

    def interrupt(event):
        if event["event"] == "frame" and event["frame"] == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        stylize_video(tmp_path / "in.mp4", "cubism", tmp_path / "o.mkv", box=BOX, segment_box=False,
                      models=video_model_set, save_dir=tmp_path / "save", progress=interrupt, **FAST)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.mp4", "save"]
    assert list((tmp_path / "save").iterdir()) == []


def test_tracker_memory_stays_bounded(tmp_path, video_model_set):
    """Streaming: after many frames SAM 2's session holds no frame pixels and only the outputs within its
    memory window (the tiny model reads 3 memories and 4 pointers: window 5)."""
    from localstyle.regions.tracking import MaskTracker

    inputs = make_clip(tmp_path / "in.mp4", frames=12)
    tracker = MaskTracker(video_model_set, inputs[0], [box_mask()], 0)
    for index in range(1, 12):
        found = tracker(index, inputs[index])
        assert len(found) == 1 and found[0].mask.shape == (HEIGHT, WIDTH) and 0 <= found[0].score <= 1
    assert tracker.window == 5
    assert all(frame.numel() == 0 for frame in tracker.session.processed_frames.values())
    outputs = tracker.session.output_dict_per_obj[0]["non_cond_frame_outputs"]
    assert sorted(outputs) == list(range(6, 12))


def test_a_clip_is_recognised_by_its_container_whatever_its_name(tmp_path, astronaut_path):
    from localstyle.video import is_video

    make_clip(tmp_path / "in.mkv", frames=2, codec="ffv1")
    (tmp_path / "clip.data").write_bytes((tmp_path / "in.mkv").read_bytes())
    assert is_video(tmp_path / "clip.data") and is_video(tmp_path / "missing.mov")
    assert not is_video(astronaut_path) and not is_video(_garbage(tmp_path / "junk.data"))
    (tmp_path / "notes.txt").write_text("plain text, which FFmpeg's tty reader would show as a video")
    assert not is_video(tmp_path / "notes.txt")


def test_ctrl_c_in_the_cli_is_one_error_line_and_leaves_nothing(tmp_path, video_models):
    """SIGINT while frames are being written (the partial file exists): exit 2, one `error:` line, and
    neither the output nor its partial file is left."""
    import os
    import signal
    import subprocess
    import sys
    import time

    make_clip(tmp_path / "in.mkv", frames=300, codec="ffv1")
    partial = tmp_path / ".o.mkv.partial.mkv"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src"), "HF_HUB_OFFLINE": "1"}
    process = subprocess.Popen([sys.executable, "-m", "localstyle.cli", "stylize", str(tmp_path / "in.mkv"), "cubism",
                                "-o", str(tmp_path / "o.mkv"), "--box", "4,8,40,40", "--no-segment", "--steps", "1",
                                *SET_ARGS, "--models", str(video_models), "--device", "cpu", "--quiet"],
                               stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 240
    while not partial.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert partial.exists(), "the run never started writing frames"
    process.send_signal(signal.SIGINT)
    err = process.communicate(timeout=120)[1]
    assert process.returncode == 2, err
    assert [line for line in err.splitlines() if line.startswith("error:")] == \
        ["error: interrupted: nothing was written"], err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.mkv"]


def test_a_batch_line_whose_image_is_a_clip(tmp_path, video_models):
    """Batch: a line naming a clip gives images/<id>.mkv, every pixel outside the box the input's own, and
    a record whose run is the video record (with the line's own keyframes setting); a photo line next to
    it still gives a PNG."""
    from localstyle.batch import run_batch

    inputs = make_clip(tmp_path / "clip.mp4", frames=5)
    Image.fromarray(inputs[0]).save(tmp_path / "still.png")
    manifest = tmp_path / "batch.jsonl"
    manifest.write_text(json.dumps({"id": "clip", "image": "clip.mp4", "instruction": "cubism", "box": list(BOX),
                                    "steps": 2, "settings": {"keyframes": 2}}) +
                        "\n" + json.dumps({"id": "still", "image": "still.png", "instruction": "cubism",
                                           "box": list(BOX)}) + "\n")
    summary = run_batch(manifest, tmp_path / "out", models=video_models, device="cpu", steps=1,
                        settings=dict(TINY_SETTINGS), segment_box=False, quiet=True)
    assert summary["done"] == ["clip", "still"], summary
    output = read_frames(tmp_path / "out" / "images" / "clip.mkv")
    assert_outside_kept(output, inputs, [box_mask()] * 5)
    record = json.loads((tmp_path / "out" / "records" / "clip.json").read_text())
    assert record["output"] == "images/clip.mkv" and record["run"]["clip"]["frames"] == 5
    # the line's settings added to the batch's: two keyframes, the first and the last frame
    assert record["run"]["keyframes"] == [0, 4] and record["run"]["settings"]["resolution"] == 64
    assert (tmp_path / "out" / "images" / "still.png").is_file()


def test_apply_many_is_apply_to_the_bit_on_a_cpu():
    """The apply stage's batches: working crops of one shape go through the StyleNet together (two shapes
    here, so two groups), and every output is what `apply` makes of that frame alone, to the bit. Crops of
    at most CPU_BATCH_MIN_PIXELS run alone on a CPU, where a batch would round differently."""
    from localstyle.least.presets import settings_with
    from localstyle.least.stylenet import StyleNet
    from localstyle.least.region import CPU_BATCH_MIN_PIXELS, RegionStyle, _same_shape_batches, working_image

    torch.manual_seed(0)
    cpu, rng = torch.device("cpu"), np.random.default_rng(0)
    rgbs = [rng.integers(0, 256, (120, 160, 3), dtype=np.uint8) for _ in range(5)]
    masks = []
    for i in range(5):  # two shapes of region, moving right
        x0, y0, x1, y1 = (30, 20, 110, 90) if i % 2 else (50, 10, 90, 100)
        masks.append(np.zeros((120, 160), bool))
        masks[-1][y0:y1, x0 + i:x1 + i] = True
    for resolution, groups in ((256, [[0, 2, 4], [1, 3]]), (160, [[0], [1, 3], [2], [4]])):
        style = RegionStyle(StyleNet().eval(), settings_with("paper", resolution=resolution))
        works = [working_image(rgb, mask, style.settings, cpu, with_photo=False) for rgb, mask in zip(rgbs, masks)]
        assert _same_shape_batches(works, cpu) == groups
        assert any(w.content.shape[-2] * w.content.shape[-1] <= CPU_BATCH_MIN_PIXELS for w in works) == (resolution == 160)
        alone = [style.apply(rgb, mask, cpu) for rgb, mask in zip(rgbs, masks)]
        together = style.apply_many(rgbs, masks, cpu)
        assert all(np.array_equal(a, b) for a, b in zip(alone, together))
        assert all(np.array_equal(out[~mask], rgb[~mask]) for out, rgb, mask in zip(together, rgbs, masks))


def test_frame_batches_give_the_same_frames(tmp_path, video_model_set):
    """--set frame_batch=4 on 7 frames (a batch of 4, then the last 3) writes what frame_batch=1 writes:
    the same frames to the bit (a working crop large enough to be batched on a CPU), in order, every pixel
    outside the box the input's own, every timestamp kept."""
    from localstyle.video import stylize_video

    stamps = [0, 40, 90, 120, 160, 230, 280]
    inputs = make_clip(tmp_path / "in.mp4", pts=stamps)
    outputs, records = {}, {}
    for batch in (1, 4):
        out = tmp_path / f"b{batch}.mkv"
        result = stylize_video(tmp_path / "in.mp4", "cubism", out, box=BOX, segment_box=False, models=video_model_set,
                               steps=1, seed=0, settings={**TINY_SETTINGS, "resolution": 256, "frame_batch": batch})
        outputs[batch], records[batch] = read_frames(out), result.record
        assert frame_times(out) == pytest.approx([s / 1000 for s in stamps], abs=1e-3)
    assert records[1]["frame_batch"] == 1 and records[4]["frame_batch"] == 4
    work = records[4]["edits"][0]["work_size"]
    assert work[0] * work[1] > 20480  # batched, not run alone
    assert len(outputs[4]) == len(inputs) == 7
    assert all(np.array_equal(a, b) for a, b in zip(outputs[1], outputs[4]))
    assert_outside_kept(outputs[4], inputs, [box_mask()] * 7)
    assert all(not np.array_equal(o[box_mask()], i[box_mask()]) for o, i in zip(outputs[4], inputs))


def test_tracked_frames_in_batches_keep_their_order_and_masks(tmp_path, video_model_set):
    """SAM 2 tracking with --keyframe 3 (frames 0-2 tracked backwards) and batches of 3: the same frames and
    per-frame record as one frame at a time; outside each frame's own tracked mask, the input."""
    from localstyle.video import stylize_video

    inputs = make_clip(tmp_path / "in.mp4", frames=8)
    results = {}
    for batch in (1, 3):
        results[batch] = stylize_video(tmp_path / "in.mp4", "cubism", tmp_path / f"b{batch}", box=BOX, keyframe=3,
                                       models=video_model_set, save_dir=tmp_path / f"save{batch}", steps=1, seed=0,
                                       settings={**TINY_SETTINGS, "frame_batch": batch})
    frames = {batch: read_frames(tmp_path / f"b{batch}") for batch in (1, 3)}
    assert all(np.array_equal(a, b) for a, b in zip(frames[1], frames[3])) and len(frames[3]) == 8
    assert results[1].record["frames"] == results[3].record["frames"]
    assert results[1].record["lost_frames"] == results[3].record["lost_frames"]
    assert_outside_kept(frames[3], inputs, read_masks(tmp_path / "save3" / "masks.mkv"))


def test_keyframes_one_is_todays_run_and_three_trains_on_three_frames(tmp_path, video_model_set):
    """--set keyframes=1 is the run without it, byte for byte (PNG frames); keyframes=3 on 8 frames trains
    the one network on frames 0, 4 and 7 (in turn, the keyframe first), says so in the record, and gives
    other frames than keyframes=1; the pixels outside the box are still the input's own."""
    from localstyle.video import stylize_video

    inputs = make_clip(tmp_path / "in.mp4", frames=8)
    runs = {}
    for name, extra in (("plain", {}), ("k1", {"keyframes": 1}), ("k3", {"keyframes": 3})):
        runs[name] = stylize_video(tmp_path / "in.mp4", "cubism", tmp_path / name, box=BOX, segment_box=False,
                                   models=video_model_set, steps=3, seed=0, settings={**TINY_SETTINGS, **extra})
    pngs = {name: [p.read_bytes() for p in sorted((tmp_path / name).glob("frame_*.png"))] for name in runs}
    assert pngs["plain"] == pngs["k1"] and len(pngs["k1"]) == 8
    assert runs["k1"].record["keyframes"] == [0] and "training_frames" not in runs["k1"].record["edits"][0]
    record = runs["k3"].record
    assert record["keyframes"] == [0, 4, 7]
    assert record["edits"][0]["training_frames"] == [0, 4, 7]
    assert [view["frame"] for view in record["edits"][0]["views"]] == [0, 4, 7]
    assert [view["mask_area"] for view in record["edits"][0]["views"]] == [box_mask().sum()] * 3
    assert record["edits"][0]["final_losses"]["view"] == 2  # step 3 trained on the third keyframe
    k1, k3 = read_frames(tmp_path / "k1"), read_frames(tmp_path / "k3")
    assert all(not np.array_equal(a[box_mask()], b[box_mask()]) for a, b in zip(k1, k3))
    assert_outside_kept(k3, inputs, [box_mask()] * 8)


def test_keyframes_follow_the_tracked_masks(tmp_path, video_model_set):
    """keyframes=3 with SAM 2 and --keyframe 3: the chosen frames are 0, 3 (the keyframe, instead of 4) and
    7; each is trained through the mask the first pass tracked there, which is the mask the frames pass
    stylises that frame through (the same tracking, backwards then forwards)."""
    from localstyle.video import stylize_video

    make_clip(tmp_path / "in.mp4", frames=8)
    result = stylize_video(tmp_path / "in.mp4", "cubism", tmp_path / "out.mkv", box=BOX, keyframe=3,
                           models=video_model_set, steps=3, seed=0, settings={**TINY_SETTINGS, "keyframes": 3})
    record = result.record
    assert record["keyframes"] == [0, 3, 7] and record["tracking"] == "sam2_video"
    edit = record["edits"][0]
    assert edit["training_frames"][0] == 3 and set(edit["training_frames"]) <= {0, 3, 7}
    assert set(edit["training_frames"]) == {0, 3, 7} - set(record["lost_frames"]["1"])
    areas = record["frames"][0]["mask_area"]
    assert [view["mask_area"] for view in edit["views"]] == [areas[f] for f in edit["training_frames"]]


def test_keyframe_indices_spread_through_the_clip_and_include_the_keyframe():
    from localstyle.video import keyframe_indices

    assert keyframe_indices(8, 1, 5) == [5]
    assert keyframe_indices(8, 3, 0) == [0, 4, 7] and keyframe_indices(8, 3, 3) == [0, 3, 7]
    assert keyframe_indices(8, 3, 6) == [0, 4, 6]
    assert keyframe_indices(5, 5, 2) == [0, 1, 2, 3, 4]
    for frames in range(1, 40):
        for count in range(1, frames + 1):
            for keyframe in range(frames):
                chosen = keyframe_indices(frames, count, keyframe)
                assert len(set(chosen)) == count and keyframe in chosen and chosen == sorted(chosen)
                assert 0 <= chosen[0] and chosen[-1] < frames


def test_a_batch_line_adds_its_settings_to_the_batchs():
    from localstyle.batch import line_options
    from localstyle.errors import InputError

    base = RunOptions(settings={"lr": 1e-3, "keyframes": 2})
    line = line_options({"settings": {"keyframes": 3}, "steps": 4}, base)
    assert (line.least.settings, line.video.keyframes, line.steps) == ({"lr": 1e-3}, 3, 4)
    assert line_options({}, base).least.settings == base.least.settings and line_options({}, base).video.keyframes == 2
    with pytest.raises(InputError, match="keyframes must be an integer"):
        line_options({"settings": {"keyframes": 0}}, base)
    with pytest.raises(InputError, match="must be a JSON object"):
        line_options({"settings": "keyframes=3"}, base)
