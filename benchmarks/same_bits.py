"""Do two source trees make the same bytes? Runs the same `localstyle stylize` commands on the example
photos (tiny random models, a few steps, one thread) with each tree's code and compares the outputs'
SHA-256. Used to show that a refactor changed no output:

    git worktree add --detach /tmp/before <old commit>
    python benchmarks/same_bits.py /tmp/before/src src

Each LEAST command covers one region path: grounding + SAM, a box refined by SAM, a mask, a box as the mask
(fp32); the RegionRoute command edits with a tiny Kontext and one random adapter (made once, by the second
tree's code) and keeps the background through the grounded mask. Exit status 0 when every output is
identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PHOTOS = Path(__file__).resolve().parents[1] / "examples" / "photos"
SMALL = ["--steps", "2", "--resolution", "128", "--crops", "4", "--quiet"]
COMMANDS = {
    "chelsea": ["chelsea.jpg", "apply cubism style to the cat", "--preset", "fast", "--box-threshold", "0"],
    "astronaut": ["astronaut.jpg", "cubism", "--box", "100,50,300,300", "--seed", "3"],
    "coffee": ["coffee.jpg", "watercolor", "--mask", "coffee_crema_mask.png"],
    "rocket": ["rocket.jpg", "pixel art", "--box", "150,50,350,400", "--no-segment", "--set", "mixed_precision=false"],
    "regionroute": ["chelsea.jpg", "make the cat in pixel-art style", "--method", "regionroute", "--adapters", "ADAPTERS",
                    "--keep-background", "--box-threshold", "0"],
}
RR_SMALL = ["--steps", "2", "--resolution", "64", "--quiet"]
# One adapter of random non-zero LoRA weights on the tiny Kontext (as tests/serve/conftest.py makes it).
MAKE_ADAPTER = """
import sys
from pathlib import Path
import torch
from localstyle.models import ModelSet
from localstyle.regionroute import experts
from localstyle.regionroute.bases import load_base
base = load_base(ModelSet.create(sys.argv[1], device="cpu"), "kontext")
params = experts.add_style_lora(base)
torch.manual_seed(1)
with torch.no_grad():
    for param in params:
        param.normal_(0, 0.5)
experts.save_expert(base, Path(sys.argv[2]), "pixel-art")
"""


def run(source: Path, models: Path, adapters: Path, output: Path) -> dict[str, str]:
    """SHA-256 of each command's output, made with the code under `source`."""
    env = dict(os.environ, PYTHONPATH=str(source.absolute()), HF_HUB_OFFLINE="1", OMP_NUM_THREADS="1")
    digests = {}
    for name, args in COMMANDS.items():
        out = output / f"{name}.png"
        args = [str(adapters) if a == "ADAPTERS" else a for a in args]
        small = RR_SMALL if "regionroute" in args else SMALL
        subprocess.run([sys.executable, "-m", "localstyle.cli", "stylize", *args, "--models", str(models), *small,
                        "-o", str(out)], cwd=PHOTOS, env=env, check=True)
        digests[name] = hashlib.sha256(out.read_bytes()).hexdigest()
    return digests


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="src/ folder of the first tree")
    parser.add_argument("after", type=Path, help="src/ folder of the second tree")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        env = dict(os.environ, PYTHONPATH=str(args.after.absolute()))
        subprocess.run([sys.executable, "-m", "localstyle.testing", "tiny-models", str(folder / "tiny")], env=env,
                       check=True, stdout=subprocess.DEVNULL)
        models, adapters = folder / "tiny" / "models.toml", folder / "adapters"
        subprocess.run([sys.executable, "-c", MAKE_ADAPTER, str(models), str(adapters)], env=env, check=True)
        results = []
        for tag, tree in (("before", args.before), ("after", args.after)):
            (folder / tag).mkdir()
            results.append(run(tree, models, adapters, folder / tag))
    same = True
    for name in COMMANDS:
        equal = results[0][name] == results[1][name]
        same &= equal
        print(f"{name}: {'same' if equal else 'DIFFERENT'} {results[0][name][:16]} {results[1][name][:16]}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
