"""Do two source trees make the same bytes? Runs the same `localstyle stylize` commands on the example
photos (tiny random models, a few steps, one thread) with each tree's code and compares the outputs'
SHA-256. Used to show that a refactor changed no output:

    git worktree add --detach /tmp/before <old commit>
    python benchmarks/same_bits.py /tmp/before/src src

Each command covers one region path: grounding + SAM, a box refined by SAM, a mask, a box as the mask
(fp32). Exit status 0 when every output is identical, 1 otherwise.
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
}


def run(source: Path, models: Path, output: Path) -> dict[str, str]:
    """SHA-256 of each command's output, made with the code under `source`."""
    env = dict(os.environ, PYTHONPATH=str(source.absolute()), HF_HUB_OFFLINE="1", OMP_NUM_THREADS="1")
    digests = {}
    for name, args in COMMANDS.items():
        out = output / f"{name}.png"
        subprocess.run([sys.executable, "-m", "localstyle.cli", "stylize", *args, "--models", str(models), *SMALL,
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
        results = []
        for tag, tree in (("before", args.before), ("after", args.after)):
            (folder / tag).mkdir()
            results.append(run(tree, folder / "tiny" / "models.toml", folder / tag))
    same = True
    for name in COMMANDS:
        equal = results[0][name] == results[1][name]
        same &= equal
        print(f"{name}: {'same' if equal else 'DIFFERENT'} {results[0][name][:16]} {results[1][name][:16]}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
