"""Make docs/images/before-after.png: input | region (box -> SAM mask) | output, with tiny random models.

Run from the repository root: `python docs/images/before_after.py`. The models are random, so the stylised
region is noise; the picture shows what the tool does to a photo (only the masked pixels change), not how
a real style looks.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

PHOTO = Path("examples/photos/chelsea.jpg")
OUT = Path("docs/images/before-after.png")


def run(*args: str) -> None:
    subprocess.run([sys.executable, "-m", *args], check=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        run("localstyle.testing", "tiny-models", str(tmp / "tiny"))
        run("localstyle.cli", "stylize", str(PHOTO), "apply cubism style to the cat", "--box", "100,30,330,300",
            "--models", str(tmp / "tiny" / "models.toml"), "--preset", "fast", "--quiet",
            "-o", str(tmp / "out.png"), "--save-dir", str(tmp / "run"))
        panels = [("input", Image.open(PHOTO)), ("region (box -> SAM mask)", Image.open(tmp / "run" / "overlay.png")),
                  ("output (tiny random models)", Image.open(tmp / "out.png"))]
        width, height = panels[0][1].size
        gap, band = 8, 28
        sheet = Image.new("RGB", (3 * width + 2 * gap, height + band), "white")
        draw = ImageDraw.Draw(sheet)
        font = ImageFont.load_default(size=18)
        for i, (label, image) in enumerate(panels):
            x = i * (width + gap)
            sheet.paste(image.convert("RGB"), (x, band))
            draw.text((x + 4, 4), label, fill="black", font=font)
        sheet.save(OUT, optimize=True)
        print(OUT)


if __name__ == "__main__":
    main()
