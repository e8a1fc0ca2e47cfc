"""Tiny random FLUX.1-Kontext and InstructPix2Pix pipelines, saved like the real ones.

They load through `from_pretrained` exactly as the hub checkpoints do, so tests exercise the product's real
loading, training and inference code offline in seconds. Their pictures are meaningless. The writers live
in localstyle.testing (`python -m localstyle.testing tiny-models DIR` writes them with every other role);
this module keeps the two-base command.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from localstyle.models import quiet_transformers
from localstyle.testing import write_tiny_instructpix2pix, write_tiny_kontext

__all__ = ["write_tiny_kontext", "write_tiny_instructpix2pix", "main"]

WRITERS = {"kontext": write_tiny_kontext, "instructpix2pix": write_tiny_instructpix2pix}


def main(argv: list[str] | None = None) -> int:
    """python -m localstyle.regionroute.testing DIR: both tiny bases and DIR/models.toml (roles kontext,
    instructpix2pix). `python -m localstyle.testing tiny-models DIR` writes them too, with every other role."""
    parser = argparse.ArgumentParser(prog="python -m localstyle.regionroute.testing")
    parser.add_argument("directory")
    args = parser.parse_args(argv)
    quiet_transformers()
    directory = Path(args.directory)
    lines = ["# Tiny random diffusion bases written by `python -m localstyle.regionroute.testing`.", "[models]"]
    for role, writer in WRITERS.items():
        writer(directory / role)
        lines.append(f'{role} = "{role}"')
    (directory / "models.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(directory / "models.toml")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
