"""The command line's arguments: every subcommand's, the run options generated from `options.RunOptions`,
plus what each face adds of its own (paths, ports, limits). Only light modules are imported here, so
`localstyle --help` answers at once, without torch."""

from __future__ import annotations

import argparse

from localstyle import options
from localstyle.regionroute import BASE_NAMES
from localstyle.serve import limits as serve_limits
from localstyle.version import __version__

EXIT_USER_ERROR = 2
# The methods `eval` compares (evaluation.runners.RUNNERS, checked by tests/test_options.py), for --help.
EVAL_METHODS = {
    "least": "ours: masked CLIPstyler on the item's region (LeastStylizer)",
    "clipstyler": "CLIPstyler on the whole image, its own settings (preset clipstyler), no mask",
    "clipstyler-paste": "the global CLIPstyler output pasted through the region mask",
    "instructpix2pix": "diffusers InstructPix2Pix with the instruction (needs localstyle[diffusion])",
    "sd-inpaint": "diffusers Stable Diffusion inpainting of the region (needs localstyle[diffusion])",
    "regionroute": "RegionRoute: the --base editor with the style adapters of --adapters, mask-free",
}


def _add_model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--models", metavar="FILE", help="TOML file mapping roles (clip, vgg, sam, detector, "
                        "owlv2, lpips, sam2_video) to hub ids or local folders")
    parser.add_argument("--device", default="auto", help="auto (default), cpu, cuda or mps")


def _add_region_arguments(parser: argparse.ArgumentParser) -> None:
    """Regions marked by hand (options.Regions): the photo's own input, not a run option."""
    parser.add_argument("--box", action="append", metavar="X0,Y0,X1,Y1",
                        help="region box in pixels of the original image (repeat: one per edit, in order)")
    parser.add_argument("--mask", action="append", metavar="MASK.png",
                        help="region mask, non-zero pixels, same size as the image (repeat: one per edit)")
    parser.add_argument("--points", metavar="X,Y[,L];...", help="SAM clicks; label 1 = region (default), 0 = not")


class HelpWithDefaults(argparse.HelpFormatter):
    """Each option's help ends with its default, unless it has none or the text already says it."""

    def _get_help_string(self, action):
        text = action.help or ""
        unset = action.default is None or action.default is False or action.default == [] or \
            action.default == argparse.SUPPRESS
        if unset or "default" in text:
            return text
        return f"{text} (default: %(default)s)"


class OneLineParser(argparse.ArgumentParser):
    """Usage mistakes are bad input too: one `error:` line, exit 2, no usage dump. Help shows defaults."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", HelpWithDefaults)
        super().__init__(*args, **kwargs)

    def error(self, message: str):
        self.exit(EXIT_USER_ERROR, f"error: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="localstyle", description="Stylise only the part of a photo that a "
                                     "text instruction names.")
    parser.add_argument("--version", action="version", version=f"localstyle {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    stylize = sub.add_parser("stylize", help="stylise the region(s) an instruction names")
    stylize.add_argument("image", help="the photo (any mode Pillow reads; see docs/images.md), or a video clip "
                         "(see docs/video.md)")
    stylize.add_argument("instruction", help='a style ("cubism") with --box/--mask/--points, or an instruction '
                         '("apply cubism style to the building")')
    stylize.add_argument("-o", "--output", metavar="OUT", help="output image, same size and mode as the input "
                         "(required, except with --dry-run); .png keeps every outside pixel exactly")
    stylize.add_argument("--overwrite", action="store_true", help="allow -o to be the input file itself")
    stylize.add_argument("--max-pixels", type=int, metavar="N", help="refuse images of more pixels than this "
                         "(default: LOCALSTYLE_MAX_PIXELS, else 100,000,000)")
    _add_region_arguments(stylize)
    options.add_arguments(stylize, "stylize")
    stylize.add_argument("--save-dir", help="also write masks, an overlay and record.json here")
    stylize.add_argument("--quiet", action="store_true", help="no progress output")
    _add_model_options(stylize)

    ground = sub.add_parser("ground", help="find a region from words: box, mask and overlay, no stylising")
    ground.add_argument("image", help="the photo")
    ground.add_argument("region", help='e.g. "the leftmost dog"')
    ground.add_argument("--save-dir", required=True, help="folder for the box, mask and overlay (required)")
    ground.add_argument("--points", metavar="X,Y[,L];...", help="SAM clicks instead of grounding")
    options.add_arguments(ground, "ground")
    _add_model_options(ground)

    models = sub.add_parser("models", help="fetch or list the models")
    models_sub = models.add_subparsers(dest="models_command", required=True)
    download = models_sub.add_parser("download", help="fetch every default model into the local caches")
    download.add_argument("--role", action="append", help="only this role (repeatable)")
    _add_model_options(download)
    listing = models_sub.add_parser("list", help="print each role's source")
    listing.add_argument("--models", metavar="FILE", help="TOML file mapping roles to hub ids or folders")
    _add_bench_arguments(sub.add_parser("bench", help="seconds per optimisation step and peak memory, "
                                        "against a re-creation of the published loop"))

    serve = sub.add_parser("serve", help="open a local web app to stylise photos in the browser")
    serve_limits.add_arguments(serve)
    _add_model_options(serve)

    _add_regionroute_arguments(sub.add_parser("regionroute", help="RegionRoute: make training data, train a "
                                             "style adapter (use it with stylize --method regionroute)"))
    add_storage_argument(_add_eval_arguments(sub.add_parser("eval", help="run LEAST and baselines over a "
                                                               "manifest; score every output on the same region; "
                                                               "tables and an image grid")))
    _add_batch_arguments(sub.add_parser("batch", help="stylise every line of a manifest, here or on Ray; "
                                       "resumable"))
    return parser


def add_storage_argument(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """--storage-options, for every command that takes URLs."""
    parser.add_argument("--storage-options", metavar="JSON",
                        help="fsspec options for URLs, e.g. '{\"endpoint_url\": \"http://minio:9000\"}' or "
                        "'{\"anon\": true}', or one object per scheme ('{\"s3\": {...}, \"hf\": {...}}'); "
                        "default: each provider's usual environment; never written out")
    return parser


def _add_bench_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The `localstyle bench` options."""
    parser.add_argument("--models", default=None, help="TOML file mapping model roles to sources")
    parser.add_argument("--device", default="auto", help="auto, cpu, cuda or mps (default: auto)")
    parser.add_argument("--size", type=int, default=512, help="image side in pixels (default: 512)")
    parser.add_argument("--crops", type=int, default=64, help="patch crops per step (default: 64)")
    parser.add_argument("--steps", type=int, default=3, help="timed steps per loop (default: 3)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed steps first (default: 1)")
    parser.add_argument("--preset", default="paper", help="settings preset (default: paper)")
    parser.add_argument("--seed", type=int, default=0, help="random seed")
    parser.add_argument("--random-weights", action="store_true",
                        help="real architectures with random weights (offline; timings only)")
    parser.add_argument("--fp32", action="store_true", help="localstyle's CLIP in fp32 too (mixed_precision=false); "
                        "default: bf16 autocast where the CPU or GPU does bf16 natively")
    parser.add_argument("--nondeterministic", action="store_true",
                        help="CUDA: PyTorch's fastest kernels, not repeatable (deterministic=false); "
                        "default: the repeatable ones a run uses")
    parser.add_argument("--capture", default="off", choices=("off", "graph", "compile"),
                        help="localstyle's step as a CUDA graph (graph) or through torch.compile (compile); "
                        "default: off")
    parser.add_argument("--no-split", action="store_true", help="skip the CLIP / VGG / U-Net split")
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads (default: torch's)")
    parser.add_argument("--json", default=None, help="also write the full result to this JSON file")
    return parser


def _add_eval_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("manifest", help="JSON-lines file: one {\"image\", \"instruction\", \"box\" | \"mask\", "
                        "\"id\"} object per line; paths relative to the manifest's folder")
    parser.add_argument("--method", "--methods", dest="methods", default="least", metavar="NAME[,NAME...]",
                        help="methods to run (default least): "
                        + "; ".join(f"{name}: {what}" for name, what in EVAL_METHODS.items()))
    parser.add_argument("-o", "--output-dir", required=True, metavar="DIR",
                        help="results folder or URL (s3://...): images/, masks/, results.csv, summary.md, summary.json, "
                        "grid.png; "
                        "rerunning into it resumes")
    parser.add_argument("--models", metavar="FILE", help="TOML file mapping roles (clip, vgg, sam, detector, lpips, "
                        "instructpix2pix, sd_inpaint) to hub ids or local folders")
    parser.add_argument("--device", default="auto", help="auto (default), cpu, cuda or mps")
    # preset: least's (the CLIPstyler baselines use the clipstyler preset); --set also takes the diffusion
    # editors' diffusion_steps, guidance_scale, image_guidance_scale, diffusion_resolution.
    options.add_arguments(parser, "eval")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N usable manifest items")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    add_pool_arguments(parser)
    return parser


def _add_batch_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("manifest", help="JSON-lines file: one {\"image\", \"instruction\", \"box\" | \"mask\", "
                        "\"id\", \"preset\", \"steps\", \"seed\"} object per line; paths relative to its folder; "
                        "it and its paths may be URLs (s3://, gs://, az://, hf://, https://)")
    parser.add_argument("-o", "--output-dir", required=True, metavar="DIR",
                        help="images/, records/ and summary.json, a folder or a URL (s3://bucket/out); rerunning "
                        "into it skips what is done")
    add_storage_argument(parser)
    parser.add_argument("--models", metavar="FILE", help="TOML file mapping roles to hub ids or folders")
    parser.add_argument("--device", default="auto", help="auto (default), cpu, cuda or mps")
    options.add_arguments(parser, "batch")  # of every line without its own
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    add_pool_arguments(parser)
    return parser


def _add_regionroute_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="regionroute_command", required=True)
    make = sub.add_parser("make-data", help="one training record (pseudo ground truth) per photo from a region "
                          "and a style, appended to DIR/data.jsonl")
    make.add_argument("photo", nargs="+", help="one or more photos (several: each grounds --object; --ray "
                      "shares them out to Ray workers)")
    make.add_argument("--style", required=True, help='e.g. "pixel-art"')
    make.add_argument("--object", required=True, help='the region, e.g. "man" (grounded unless --mask)')
    make.add_argument("--mask", help="the object's mask (non-zero pixels) instead of grounding --object")
    make.add_argument("--global-stylised", metavar="IMAGE", help="blend this globally stylised image through the "
                      "mask instead of making the target")
    _add_target_arguments(make)
    add_pool_arguments(make)
    add_storage_argument(make)

    coco = sub.add_parser("coco-data", help="training records from the objects of a COCO-format instances file "
                          "(masks from its polygons or RLE), one record per object and style")
    coco.add_argument("instances", help="COCO instances JSON (images, annotations, categories)")
    coco.add_argument("--images", required=True, metavar="DIR", help="folder of the file's images")
    coco.add_argument("--style", action="append", required=True, help='a style, e.g. "pixel-art" (repeatable)')
    coco.add_argument("--categories", help="comma-separated category names to take objects from (default all)")
    coco.add_argument("--count", type=int, default=150, help="objects to take, one per image (paper: 150)")
    coco.add_argument("--min-area", type=float, default=0.02, help="smallest object, as a fraction of its image")
    coco.add_argument("--max-area", type=float, default=0.8, help="largest object, as a fraction of its image")
    _add_target_arguments(coco)
    add_pool_arguments(coco)

    train = sub.add_parser("train", help="train one style's adapter from a data manifest")
    train.add_argument("data", help="JSON-lines manifest (make-data writes DIR/data.jsonl)")
    train.add_argument("--style", required=True, help="train on the records of this style")
    train.add_argument("-o", "--output-dir", required=True, metavar="DIR",
                       help="receives <style>.safetensors and <style>/ (losses.csv, checkpoint/); several "
                       "styles may share one DIR")
    train.add_argument("--base", default="kontext", choices=BASE_NAMES)
    train.add_argument("--preset", default="released", help="released (default: the authors' script) or paper")
    train.add_argument("--steps", type=int, help="optimiser steps (released 10000, paper 5000)")
    train.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                       help="training setting, e.g. --set lr=1e-4 --set map_mode=text (repeatable)")
    train.add_argument("--resume", action="store_true", help="continue this style from DIR/<style>/checkpoint")
    train.add_argument("--cache-latents", action=argparse.BooleanOptionalAction, default=None,
                       help="encode every image once, before the steps, kept beside the manifest (default: on a "
                       "GPU; --set cache_latents=...)")
    _add_regionroute_model_arguments(train)


def _add_target_arguments(parser: argparse.ArgumentParser) -> None:
    """How make-data and coco-data make the styled target, and where they write."""
    parser.add_argument("-o", "--output-dir", required=True, metavar="DIR", help="receives data.jsonl and images/")
    parser.add_argument("--target", default="least", choices=["least", "global"],
                        help="least (default): LEAST on the region; global: the base editor stylises the whole "
                        "photo (\"turn the whole image into STYLE style\") and it is blended through the mask, "
                        "the paper's pseudo ground truth")
    parser.add_argument("--base", default="kontext", choices=BASE_NAMES, help="base editor of --target global")
    parser.add_argument("--size", type=int, default=512, help="training size: images are saved SIZE x SIZE")
    parser.add_argument("--preset", default="fast", help="LEAST preset for the target (default fast)")
    parser.add_argument("--steps", type=int, help="LEAST steps, or the base editor's with --target global "
                        "(default 28)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="LEAST setting override")
    parser.add_argument("--seed", type=int, default=0)
    _add_regionroute_model_arguments(parser)


def _add_regionroute_model_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--models", metavar="FILE", help="TOML file mapping roles (kontext, instructpix2pix, clip, "
                        "vgg, sam, detector) to hub ids or local folders")
    parser.add_argument("--device", default="auto", help="auto (default), cpu, cuda or mps")


def pool_options(args: argparse.Namespace):
    """The run-on-Ray options of a parsed command line (`add_pool_arguments`)."""
    from localstyle.raypool import PoolOptions  # imports torch: not for --help

    return PoolOptions(ray=args.ray, workers=args.workers, cpus_per_worker=args.cpus_per_worker,
                       gpus_per_worker=args.gpus_per_worker, retries=args.retries)


def add_pool_arguments(parser: argparse.ArgumentParser) -> None:
    """The run-on-Ray options shared by `batch`, `eval` and other long jobs."""
    parser.add_argument("--ray", nargs="?", const="local", default=None, metavar="ADDRESS",
                        help="run on Ray: a new local instance without ADDRESS, or an existing cluster "
                        "(auto, HEAD:6379, ray://HEAD:10001); inputs, models and -o must be paths or URLs "
                        "(s3://...) every worker can reach")
    parser.add_argument("--workers", type=int, help="Ray workers (default: as many as the cluster fits)")
    parser.add_argument("--cpus-per-worker", type=float, default=1.0,
                        help="CPUs per worker, also its torch threads (default 1; `batch` without --ray "
                        "uses it too, which keeps CPU results bit-identical)")
    parser.add_argument("--gpus-per-worker", type=float, default=0.0,
                        help="GPUs per Ray worker, fractions allowed (0.5 = two workers per GPU; default 0)")
    parser.add_argument("--retries", type=int, default=2,
                        help="times a task whose Ray worker died or failed unexpectedly is retried on "
                        "another worker (default 2)")
