"""RunOptions is the one definition of a run's options: every face is built from it, with the same names
and defaults; the checks every face relies on live in one place."""

import argparse
import dataclasses

import pytest

from localstyle import options
from localstyle.arguments import EVAL_METHODS, build_parser
from localstyle.errors import InputError
from localstyle.evaluation.runners import RUNNERS
from localstyle.options import NAMES, Regions, RunOptions
from localstyle.regions.instruction import Edit
from localstyle.serve.schemas import JobRequest

# What each face declares that is its own, not an option of a run (input and output paths, models, ...).
FACE_OWN = {"image", "instruction", "output", "overwrite", "max_pixels", "box", "mask", "points", "save_dir",
            "quiet", "models", "device", "help", "region", "manifest", "output_dir", "limit", "ray",
            "methods", "workers", "gpus_per_worker", "cpus_per_worker", "retries", "host", "port", "max_upload_mb",
            "max_megapixels", "max_queue", "max_steps", "max_seconds", "command", "history_dir", "history_max_mb",
            "examples", "storage_options"}
# Defaults a face shows on purpose, declared where the face adds its arguments.
FACE_DEFAULTS = {"serve": {"preset": "fast"}}


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices


def run_option_actions(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if action.dest in FACE_OWN or isinstance(action, argparse._HelpAction):
            continue
        yield action


@pytest.mark.parametrize("command", ["stylize", "ground", "batch", "eval", "serve"])
def test_every_cli_option_of_a_run_is_a_run_option_with_its_default(command):
    parser = subcommands(build_parser())[command]
    declared = list(run_option_actions(parser))
    assert declared, f"{command} declares no run option"
    # exactly the fields whose metadata names this face (those given with --set have no flag of their own)
    assert {a.dest for a in declared} == {name for name in options.names_for(command)
                                          if not options.FIELDS[name].metadata["set_name"]}
    for action in declared:
        assert action.dest in NAMES, f"{command} declares {action.dest!r}, which is not a RunOptions field"
        default = options._default(action.dest)
        expected = FACE_DEFAULTS.get(command, {}).get(action.dest, default)
        shown = [] if action.dest == "settings" else action.default
        assert shown == ([] if action.dest == "settings" else expected), (command, action.dest)
        assert options.flag_of(action.dest) in action.option_strings


def test_the_stylize_command_offers_every_run_option_but_the_librarys_own():
    dests = {a.dest for a in subcommands(build_parser())["stylize"]._actions}
    given_with_set = set(options.SET_NAMES)
    library_only = {name for name in NAMES if not options.FIELDS[name].metadata["faces"]}  # set by the faces
    assert library_only == {"preview_every", "record_attention", "save_dir"}
    assert set(NAMES) - given_with_set - library_only <= dests


def test_the_web_request_sets_only_run_options_and_defaults_to_the_servers():
    own = {"image", "photo", "instruction", "box", "mask", "points", "keep"}
    sets = set()
    for name, info in JobRequest.model_fields.items():
        if name in own:
            continue
        assert name in NAMES or name == "no_segment", name
        assert info.default is None, name  # not sent: the server's own value
        sets.add("segment_box" if name == "no_segment" else name)
    assert sets == set(options.names_for("request"))
    request = JobRequest.model_validate({"instruction": "cubism", "no_segment": True, "seed": 4, "guidance": 2.5})
    chosen = options.from_mapping(request.run_options(), base=RunOptions(preset="fast"))
    assert (chosen.segment_box, chosen.seed, chosen.least.preset, chosen.regionroute.guidance) == (False, 4, "fast", 2.5)


def test_eval_help_lists_every_method_it_runs():
    assert list(EVAL_METHODS) == list(RUNNERS)


def test_the_registry_holds_every_method_the_options_allow():
    from localstyle.methods import METHODS

    assert tuple(METHODS) == options.METHODS
    assert all(kind.name == name for name, kind in METHODS.items())
    assert {group for kind in METHODS.values() for group in kind.groups} == set(options.GROUPS)


def test_a_manifest_line_takes_what_a_batch_takes():
    assert options.names_for("line") == options.names_for("batch")
    assert {"method", "adapters", "keyframes", "preset"} <= set(options.names_for("line"))


def test_a_parsed_command_line_is_the_same_run_options():
    args = build_parser().parse_args(["stylize", "a.jpg", "cubism", "-o", "b.png", "--crops", "4", "--no-segment",
                                      "--set", "lr=0.001", "--seed", "7", "--detector", "owlv2"])
    assert options.from_args(args) == RunOptions(num_crops=4, segment_box=False, settings={"lr": 0.001}, seed=7,
                                                 detector="owlv2")


def test_owlv2_gets_its_own_threshold_unless_the_user_gives_one():
    from localstyle.regions.grounding import _threshold

    args = build_parser().parse_args(["stylize", "a.jpg", "cubism", "--detector", "owlv2", "-o", "b.png"])
    assert options.from_args(args).box_threshold is None  # no face passes a fixed 0.3 any more
    assert _threshold("owlv2", None) == 0.1 and _threshold("grounding-dino", None) == 0.3
    assert _threshold("owlv2", 0.5) == 0.5


def test_owlv2_default_threshold_reaches_grounding_through_the_pipeline(cat_path, tiny_model_set):
    """The threshold grounding used is in each plan (and the record); a failure names it too."""
    from localstyle.errors import RegionNotFoundError
    from localstyle.imageio import load_photo
    from localstyle.regions.plan import plan_regions

    photo = load_photo(cat_path)
    for detector, given, used in (("owlv2", None, 0.1), ("detector", None, 0.3), ("owlv2", 0.2, 0.2)):
        options = RunOptions(detector=detector, box_threshold=given)
        try:
            plan = plan_regions(photo, [Edit("cat", "cubism")], tiny_model_set, options=options)[0]
        except RegionNotFoundError as exc:
            assert f"threshold {used:.2f}" in str(exc)
        else:
            assert plan.threshold == used and plan.source == "grounding"


@pytest.mark.parametrize("change, words", [
    ({"seed": -1}, "seed"), ({"box_threshold": 2}, "box_threshold"), ({"detector": "yolo"}, "detector"),
    ({"method": "sdxl"}, "method"), ({"preset": "nope"}, "unknown preset"), ({"settings": {"lr": 0}}, "lr"),
    ({"settings": {"keyframes": 0}}, "keyframes must be an integer from 1"),
    ({"settings": {"frame_batch": 1.5}}, "frame_batch must be an integer"),
])
def test_bad_options_are_one_input_error_naming_them(change, words):
    with pytest.raises(InputError, match=words):
        RunOptions().replace(**change).checked()


def test_unknown_option_names_are_refused():
    with pytest.raises(InputError, match="unknown option"):
        RunOptions().replace(stepz=3)


def test_regions_boxes_or_masks_and_one_per_edit():
    assert Regions.of(box=(1, 2, 3, 4)).boxes == ((1, 2, 3, 4),)
    assert Regions.of(box=[(1, 2, 3, 4), (5, 6, 7, 8)]).count == 2
    assert Regions.of(points=[(1, 1, 1), (2, 2, 0)]).count == 1
    with pytest.raises(InputError, match="not both"):
        Regions.of(box=(1, 2, 3, 4), mask="m.png")
    edits = [Edit("cat", "cubism"), Edit("sky", "watercolor")]
    Regions().check_edits(edits)  # nothing given: the words are grounded
    with pytest.raises(InputError, match=r"one region was given but the instruction has 2 edits \(cubism -> cat"):
        Regions.of(box=(1, 2, 3, 4)).check_edits(edits)
    with pytest.raises(InputError, match="3 regions were given for 2 edit"):
        Regions.of(box=[(1, 2, 3, 4)] * 3).check_edits(edits)
    with pytest.raises(InputError, match="kept edit"):
        Regions.of(box=[(1, 2, 3, 4)] * 3).check_edits(edits, kept=True)


def test_run_options_are_frozen_and_plain_data():
    run = RunOptions()
    with pytest.raises(dataclasses.FrozenInstanceError):
        run.seed = 3
    assert dataclasses.asdict(run)["least"]["preset"] == "paper"


def test_video_settings_are_a_video_runs_own_and_a_photo_run_ignores_them():
    run = RunOptions(settings={"keyframes": "3", "lr": 1e-3}).checked()
    assert (run.video.keyframes, run.video.frame_batch) == (3, 1)
    assert run.least.settings == {"lr": 1e-3}  # not passed to the LEAST settings, which would refuse them
    assert run.style_settings().lr == 1e-3
    assert RunOptions().video == options.VideoOptions(keyframe=0, keyframes=1, frame_batch=1)


def test_fields_are_given_flat_and_read_by_group():
    run = RunOptions(preset="fast", keyframes=2, adapters="dir", guidance=2.0, seed=5)
    assert (run.least.preset, run.video.keyframes, run.regionroute.adapters, run.regionroute.guidance) == \
        ("fast", 2, "dir", 2.0)
    assert run.replace(preset="paper").least == options.LeastOptions(preset="paper")
    assert run.replace(seed=1).video == run.video  # untouched groups are kept
    assert run.value("preset") == "fast" and run.value("seed") == 5
    with pytest.raises(InputError, match="keyframes is given twice"):
        RunOptions(keyframes=2, settings={"keyframes": 3})
    with pytest.raises(InputError, match="guidance"):
        RunOptions(guidance=-1.0).checked()
    assert RunOptions(settings={"top_k": "2"}).checked().regionroute.top_k == 2  # --set values, as their type
