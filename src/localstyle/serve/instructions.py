"""The page's help with instructions, all from the server's own parser (the page copies none of its rules):
example phrasings and style chips for /api/config, and

    GET /api/instruction?text=...&regions=0|1[&picture=0|1][&style=...]

which says how the text reads (its edits, or the parser's one-line error; `picture`: as a job with a style
picture reads it, where the region alone is enough and an edit's style "" is the picture's) and, given a
chip's `style`, answers the text with that style in place of the one it names."""

from __future__ import annotations

import re

from fastapi import FastAPI
from pydantic import BaseModel, Field

from localstyle.errors import one_line
from localstyle.regions.instruction import InstructionError, parse_instruction, parse_style, parse_with_picture

STYLE_CHIPS = ("cubism", "watercolor", "pixel art", "starry night by van gogh", "pop art", "ukiyo-e", "mosaic",
               "stained glass", "oil painting", "pencil sketch", "cyberpunk", "impressionism")
EXAMPLES = ("apply cubism style to the cat", "make the sky look like starry night by van gogh",
            "turn the car into pixel art", "paint the face in pop art style", "apply watercolor style to the left dog",
            "apply cubism to the cat and watercolor to the grass", "make the man in pixel-art style")
HINT = ('Say which part and which style: "apply <style> style to the <part>", "make the <part> look like '
        '<style>", or two edits joined by "and". With a drawn region, a style alone is enough.')
PICTURE_HINT = ('With a style picture the part alone is enough: "the cat", "all the windows" ("this style" with a '
                'drawn region).')
# What a chip puts in front of a part typed alone ("the cat"), and the part it leaves open when there is none.
STARTER = "apply {style} style to {part}"
ARTICLE = re.compile(r"^(?:the|a|an|my)\s", re.IGNORECASE)
# Completes a text whose part is still to be typed ("apply cubism style to the "), so its style can be read.
PLACEHOLDER_PART = "thing"


class ReadEdit(BaseModel):
    region: str | None = Field(description="None: the style is for the regions drawn on the photo")
    style: str


class Reading(BaseModel):
    edits: list[ReadEdit]
    style: str | None = Field(description="the style of the first edit (the chip shown pressed)")
    error: str | None = Field(description="why the text does not read yet, in one line")
    text: str | None = Field(description="with `style` given: the text with that style in place")


def read(text: str, regions: bool, picture: bool = False) -> tuple[list[ReadEdit], str | None]:
    """The edits of `text` (a style alone when there are drawn regions), or [] and the parser's message; with
    a style picture as a job reads it (regions.plan.edits_for): the region alone, or with drawn regions any
    text, its style "" (the picture's) when it names none."""
    try:
        edits = parse_with_picture(text, not regions) if picture else parse_instruction(text)
        return [ReadEdit(region=edit.region, style=edit.style) for edit in edits], None
    except InstructionError as exc:
        error = one_line(exc)
    if regions:
        try:
            return [ReadEdit(region=None, style=parse_style(text))], None
        except InstructionError:
            if picture:
                return [ReadEdit(region=None, style="")], None
    return [], error


def named_style(text: str, regions: bool) -> str | None:
    """The style the text names, also while its part is still to be typed."""
    for candidate in (text, f"{text.rstrip()} {PLACEHOLDER_PART}"):
        edits, _ = read(candidate, regions)
        if edits:
            return edits[0].style
    return None


def with_style(text: str, style: str, regions: bool) -> str:
    """`text` naming `style` instead of its own style: the table in docs/web.md ("Styles to pick from")."""
    if not text.strip():
        return style if regions else STARTER.format(style=style, part="the ")
    old = named_style(text, regions)
    if old:
        # Each place the old style is written, until the text then reads with the new one.
        for match in re.finditer(re.escape(old), text, re.IGNORECASE):
            swapped = text[:match.start()] + style + text[match.end():]
            if (named_style(swapped, regions) or "").lower() == style.lower():
                return swapped
    part = " ".join(text.split())
    return STARTER.format(style=style, part=part if ARTICLE.match(part) else f"the {part}")


def add_instruction_route(app: FastAPI) -> None:
    @app.get("/api/instruction", response_model=Reading)
    def reading(text: str = "", regions: bool = False, picture: bool = False, style: str | None = None) -> Reading:
        typed = bool(text.strip())
        edits, error = read(text, regions, picture) if typed else ([], None)
        named = edits[0].style if edits else (named_style(text, regions) if typed else None)
        return Reading(edits=edits, style=named, error=error, text=with_style(text, style, regions) if style else None)
