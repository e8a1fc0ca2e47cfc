"""Instruction -> list of edits: which region of the photo gets which style.

Three parsers share one output type and one cleaning of the strings (the two model-based ones
live in `model_parsers`):

- `parse_instruction` (the default): English rules, no model. It reads the paper's form
  "apply <style> style to <region> in the image" and the other common ways of saying it,
  and splits instructions that ask for several edits.
- `parse_with_language_model`: any chat language model from the hub, asked for JSON.
- `parse_with_llava`: the paper's vision-language path; LLaVA returns one box and one quoted style.

Cleaning rules (the contract other stages rely on):
- case is kept as the user typed it, for both region and style;
- region: no leading article or determiner ("the", "a", "an", "this", "my", ...) and no trailing
  "in the image" / "of this photo" / ...; a region that names only the image or a pronoun
  ("it", "the image") is rejected, because there is nothing local to stylise;
- style: no surrounding quotes, no leading "a"/"an", no leading "the style of", no trailing word
  "style" (or "look", "feel", "effect", ...; a word merely containing it, like "lifestyle", stays);
  a leading "the" is dropped only when such a word followed ("the cubism style" -> "cubism"),
  so that titles like "The Starry Night" survive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from localstyle.errors import InstructionError


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class Edit:
    """One requested change: stylise `region` with `style`.

    `box` is set only by the LLaVA path: (x0, y0, x1, y1) in pixels of the original image.
    """

    region: str
    style: str
    box: tuple[float, float, float, float] | None = None


FORMS_THAT_WORK = (
    'try "apply <style> style to <region>", "make <region> look like <style>", '
    '"turn <region> into <style>" or "paint <region> in <style>", '
    "where the region is a part of the photo"
)
MAX_INSTRUCTION_CHARS = 1000

# ---------------------------------------------------------------------------------------------
# Cleaning of region and style strings (shared by all three parsers)
# ---------------------------------------------------------------------------------------------

_IMAGE_WORDS = r"(?:image|photo|photograph|picture|pic|scene|frame|shot|snapshot|img)"
_TRAILING_IMAGE_PHRASE = re.compile(
    rf"\s+(?:in|of|from|on|within|inside)\s+(?:(?:the|this|that|my|our|your|a)\s+)?{_IMAGE_WORDS}$",
    re.IGNORECASE,
)
_LEADING_DETERMINER = re.compile(
    r"^(?:the|a|an|this|that|these|those|my|our|your)\s+", re.IGNORECASE
)
_LEADING_A_OR_AN = re.compile(r"^an?\s+", re.IGNORECASE)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# Words that say "a style" without describing one; preceded by a space or hyphen so that
# "lifestyle" is not cut.
_TRAILING_STYLE_WORD = re.compile(
    r"[\s-]+(?:style|styles|look|feel|effect|vibe|aesthetic|filter|treatment|touch|makeover|finish)$",
    re.IGNORECASE,
)
_LEADING_STYLE_OF = re.compile(r"^(?:in\s+)?(?:the\s+)?style\s+of\s+", re.IGNORECASE)
# "look like it was painted by Monet": the subject adds nothing to the style.
_LEADING_SUBJECT = re.compile(
    r"^(?:it|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\s+(?=\w)", re.IGNORECASE
)
_WHOLE_IMAGE_REGION = re.compile(
    rf"^(?:(?:the\s+)?(?:whole|entire|full)\s+)?{_IMAGE_WORDS}$", re.IGNORECASE
)
_PRONOUNS = {"it", "this", "that", "them", "these", "those", "everything", "something", "all"}
_QUOTE_PAIRS = (('"', '"'), ("'", "'"))
mutants_x__normalise_quotes_and_spaces__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__normalise_quotes_and_spaces__mutmut)
def _normalise_quotes_and_spaces(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"}))
    return " ".join(text.split())


def x__normalise_quotes_and_spaces__mutmut_orig(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"}))
    return " ".join(text.split())


def x__normalise_quotes_and_spaces__mutmut_1(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = None
    return " ".join(text.split())


def x__normalise_quotes_and_spaces__mutmut_2(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(None)
    return " ".join(text.split())


def x__normalise_quotes_and_spaces__mutmut_3(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(str.maketrans(None))
    return " ".join(text.split())


def x__normalise_quotes_and_spaces__mutmut_4(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(str.maketrans({"XX“XX": '"', "”": '"', "„": '"', "‘": "'", "’": "'"}))
    return " ".join(text.split())


def x__normalise_quotes_and_spaces__mutmut_5(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(str.maketrans({"“": 'XX"XX', "”": '"', "„": '"', "‘": "'", "’": "'"}))
    return " ".join(text.split())


def x__normalise_quotes_and_spaces__mutmut_6(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(str.maketrans({"“": '"', "XX”XX": '"', "„": '"', "‘": "'", "’": "'"}))
    return " ".join(text.split())


def x__normalise_quotes_and_spaces__mutmut_7(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(str.maketrans({"“": '"', "”": 'XX"XX', "„": '"', "‘": "'", "’": "'"}))
    return " ".join(text.split())


def x__normalise_quotes_and_spaces__mutmut_8(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(str.maketrans({"“": '"', "”": '"', "XX„XX": '"', "‘": "'", "’": "'"}))
    return " ".join(text.split())


def x__normalise_quotes_and_spaces__mutmut_9(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(str.maketrans({"“": '"', "”": '"', "„": 'XX"XX', "‘": "'", "’": "'"}))
    return " ".join(text.split())


def x__normalise_quotes_and_spaces__mutmut_10(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(str.maketrans({"“": '"', "”": '"', "„": '"', "XX‘XX": "'", "’": "'"}))
    return " ".join(text.split())


def x__normalise_quotes_and_spaces__mutmut_11(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "XX'XX", "’": "'"}))
    return " ".join(text.split())


def x__normalise_quotes_and_spaces__mutmut_12(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "XX’XX": "'"}))
    return " ".join(text.split())


def x__normalise_quotes_and_spaces__mutmut_13(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "XX'XX"}))
    return " ".join(text.split())


def x__normalise_quotes_and_spaces__mutmut_14(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"}))
    return " ".join(None)


def x__normalise_quotes_and_spaces__mutmut_15(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"}))
    return "XX XX".join(text.split())

mutants_x__normalise_quotes_and_spaces__mutmut['_mutmut_orig'] = x__normalise_quotes_and_spaces__mutmut_orig # type: ignore # mutmut generated
mutants_x__normalise_quotes_and_spaces__mutmut['x__normalise_quotes_and_spaces__mutmut_1'] = x__normalise_quotes_and_spaces__mutmut_1 # type: ignore # mutmut generated
mutants_x__normalise_quotes_and_spaces__mutmut['x__normalise_quotes_and_spaces__mutmut_2'] = x__normalise_quotes_and_spaces__mutmut_2 # type: ignore # mutmut generated
mutants_x__normalise_quotes_and_spaces__mutmut['x__normalise_quotes_and_spaces__mutmut_3'] = x__normalise_quotes_and_spaces__mutmut_3 # type: ignore # mutmut generated
mutants_x__normalise_quotes_and_spaces__mutmut['x__normalise_quotes_and_spaces__mutmut_4'] = x__normalise_quotes_and_spaces__mutmut_4 # type: ignore # mutmut generated
mutants_x__normalise_quotes_and_spaces__mutmut['x__normalise_quotes_and_spaces__mutmut_5'] = x__normalise_quotes_and_spaces__mutmut_5 # type: ignore # mutmut generated
mutants_x__normalise_quotes_and_spaces__mutmut['x__normalise_quotes_and_spaces__mutmut_6'] = x__normalise_quotes_and_spaces__mutmut_6 # type: ignore # mutmut generated
mutants_x__normalise_quotes_and_spaces__mutmut['x__normalise_quotes_and_spaces__mutmut_7'] = x__normalise_quotes_and_spaces__mutmut_7 # type: ignore # mutmut generated
mutants_x__normalise_quotes_and_spaces__mutmut['x__normalise_quotes_and_spaces__mutmut_8'] = x__normalise_quotes_and_spaces__mutmut_8 # type: ignore # mutmut generated
mutants_x__normalise_quotes_and_spaces__mutmut['x__normalise_quotes_and_spaces__mutmut_9'] = x__normalise_quotes_and_spaces__mutmut_9 # type: ignore # mutmut generated
mutants_x__normalise_quotes_and_spaces__mutmut['x__normalise_quotes_and_spaces__mutmut_10'] = x__normalise_quotes_and_spaces__mutmut_10 # type: ignore # mutmut generated
mutants_x__normalise_quotes_and_spaces__mutmut['x__normalise_quotes_and_spaces__mutmut_11'] = x__normalise_quotes_and_spaces__mutmut_11 # type: ignore # mutmut generated
mutants_x__normalise_quotes_and_spaces__mutmut['x__normalise_quotes_and_spaces__mutmut_12'] = x__normalise_quotes_and_spaces__mutmut_12 # type: ignore # mutmut generated
mutants_x__normalise_quotes_and_spaces__mutmut['x__normalise_quotes_and_spaces__mutmut_13'] = x__normalise_quotes_and_spaces__mutmut_13 # type: ignore # mutmut generated
mutants_x__normalise_quotes_and_spaces__mutmut['x__normalise_quotes_and_spaces__mutmut_14'] = x__normalise_quotes_and_spaces__mutmut_14 # type: ignore # mutmut generated
mutants_x__normalise_quotes_and_spaces__mutmut['x__normalise_quotes_and_spaces__mutmut_15'] = x__normalise_quotes_and_spaces__mutmut_15 # type: ignore # mutmut generated
mutants_x__strip_outer_punctuation__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__strip_outer_punctuation__mutmut)
def _strip_outer_punctuation(text: str) -> str:
    return text.strip().strip(".,;:!?").strip()


def x__strip_outer_punctuation__mutmut_orig(text: str) -> str:
    return text.strip().strip(".,;:!?").strip()


def x__strip_outer_punctuation__mutmut_1(text: str) -> str:
    return text.strip().strip(None).strip()


def x__strip_outer_punctuation__mutmut_2(text: str) -> str:
    return text.strip().strip("XX.,;:!?XX").strip()

mutants_x__strip_outer_punctuation__mutmut['_mutmut_orig'] = x__strip_outer_punctuation__mutmut_orig # type: ignore # mutmut generated
mutants_x__strip_outer_punctuation__mutmut['x__strip_outer_punctuation__mutmut_1'] = x__strip_outer_punctuation__mutmut_1 # type: ignore # mutmut generated
mutants_x__strip_outer_punctuation__mutmut['x__strip_outer_punctuation__mutmut_2'] = x__strip_outer_punctuation__mutmut_2 # type: ignore # mutmut generated
mutants_x__strip_surrounding_quotes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__strip_surrounding_quotes__mutmut)
def _strip_surrounding_quotes(text: str) -> str:
    for opening, closing in _QUOTE_PAIRS:
        if len(text) >= 2 and text.startswith(opening) and text.endswith(closing):
            return text[1:-1].strip()
    return text


def x__strip_surrounding_quotes__mutmut_orig(text: str) -> str:
    for opening, closing in _QUOTE_PAIRS:
        if len(text) >= 2 and text.startswith(opening) and text.endswith(closing):
            return text[1:-1].strip()
    return text


def x__strip_surrounding_quotes__mutmut_1(text: str) -> str:
    for opening, closing in _QUOTE_PAIRS:
        if len(text) >= 2 and text.startswith(opening) or text.endswith(closing):
            return text[1:-1].strip()
    return text


def x__strip_surrounding_quotes__mutmut_2(text: str) -> str:
    for opening, closing in _QUOTE_PAIRS:
        if len(text) >= 2 or text.startswith(opening) and text.endswith(closing):
            return text[1:-1].strip()
    return text


def x__strip_surrounding_quotes__mutmut_3(text: str) -> str:
    for opening, closing in _QUOTE_PAIRS:
        if len(text) > 2 and text.startswith(opening) and text.endswith(closing):
            return text[1:-1].strip()
    return text


def x__strip_surrounding_quotes__mutmut_4(text: str) -> str:
    for opening, closing in _QUOTE_PAIRS:
        if len(text) >= 3 and text.startswith(opening) and text.endswith(closing):
            return text[1:-1].strip()
    return text


def x__strip_surrounding_quotes__mutmut_5(text: str) -> str:
    for opening, closing in _QUOTE_PAIRS:
        if len(text) >= 2 and text.startswith(None) and text.endswith(closing):
            return text[1:-1].strip()
    return text


def x__strip_surrounding_quotes__mutmut_6(text: str) -> str:
    for opening, closing in _QUOTE_PAIRS:
        if len(text) >= 2 and text.startswith(opening) and text.endswith(None):
            return text[1:-1].strip()
    return text


def x__strip_surrounding_quotes__mutmut_7(text: str) -> str:
    for opening, closing in _QUOTE_PAIRS:
        if len(text) >= 2 and text.startswith(opening) and text.endswith(closing):
            return text[2:-1].strip()
    return text


def x__strip_surrounding_quotes__mutmut_8(text: str) -> str:
    for opening, closing in _QUOTE_PAIRS:
        if len(text) >= 2 and text.startswith(opening) and text.endswith(closing):
            return text[1:+1].strip()
    return text


def x__strip_surrounding_quotes__mutmut_9(text: str) -> str:
    for opening, closing in _QUOTE_PAIRS:
        if len(text) >= 2 and text.startswith(opening) and text.endswith(closing):
            return text[1:-2].strip()
    return text

mutants_x__strip_surrounding_quotes__mutmut['_mutmut_orig'] = x__strip_surrounding_quotes__mutmut_orig # type: ignore # mutmut generated
mutants_x__strip_surrounding_quotes__mutmut['x__strip_surrounding_quotes__mutmut_1'] = x__strip_surrounding_quotes__mutmut_1 # type: ignore # mutmut generated
mutants_x__strip_surrounding_quotes__mutmut['x__strip_surrounding_quotes__mutmut_2'] = x__strip_surrounding_quotes__mutmut_2 # type: ignore # mutmut generated
mutants_x__strip_surrounding_quotes__mutmut['x__strip_surrounding_quotes__mutmut_3'] = x__strip_surrounding_quotes__mutmut_3 # type: ignore # mutmut generated
mutants_x__strip_surrounding_quotes__mutmut['x__strip_surrounding_quotes__mutmut_4'] = x__strip_surrounding_quotes__mutmut_4 # type: ignore # mutmut generated
mutants_x__strip_surrounding_quotes__mutmut['x__strip_surrounding_quotes__mutmut_5'] = x__strip_surrounding_quotes__mutmut_5 # type: ignore # mutmut generated
mutants_x__strip_surrounding_quotes__mutmut['x__strip_surrounding_quotes__mutmut_6'] = x__strip_surrounding_quotes__mutmut_6 # type: ignore # mutmut generated
mutants_x__strip_surrounding_quotes__mutmut['x__strip_surrounding_quotes__mutmut_7'] = x__strip_surrounding_quotes__mutmut_7 # type: ignore # mutmut generated
mutants_x__strip_surrounding_quotes__mutmut['x__strip_surrounding_quotes__mutmut_8'] = x__strip_surrounding_quotes__mutmut_8 # type: ignore # mutmut generated
mutants_x__strip_surrounding_quotes__mutmut['x__strip_surrounding_quotes__mutmut_9'] = x__strip_surrounding_quotes__mutmut_9 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_clean_region__mutmut)
def clean_region(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_orig(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_1(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = None
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_2(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(None)
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_3(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(None))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_4(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(None)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_5(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(None):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_6(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = None
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_7(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub(None, region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_8(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", None)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_9(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub(region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_10(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", )
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_11(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("XXXX", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_12(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = None
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_13(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(None).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_14(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub(None, region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_15(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", None, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_16(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=None)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_17(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub(region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_18(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_19(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, )).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_20(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("XXXX", region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_21(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=2)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_22(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS and _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_23(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region and region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_24(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_25(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.upper() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_26(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.lower() not in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    return region


def x_clean_region__mutmut_27(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(None):
        return None
    return region

mutants_x_clean_region__mutmut['_mutmut_orig'] = x_clean_region__mutmut_orig # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_1'] = x_clean_region__mutmut_1 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_2'] = x_clean_region__mutmut_2 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_3'] = x_clean_region__mutmut_3 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_4'] = x_clean_region__mutmut_4 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_5'] = x_clean_region__mutmut_5 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_6'] = x_clean_region__mutmut_6 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_7'] = x_clean_region__mutmut_7 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_8'] = x_clean_region__mutmut_8 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_9'] = x_clean_region__mutmut_9 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_10'] = x_clean_region__mutmut_10 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_11'] = x_clean_region__mutmut_11 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_12'] = x_clean_region__mutmut_12 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_13'] = x_clean_region__mutmut_13 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_14'] = x_clean_region__mutmut_14 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_15'] = x_clean_region__mutmut_15 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_16'] = x_clean_region__mutmut_16 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_17'] = x_clean_region__mutmut_17 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_18'] = x_clean_region__mutmut_18 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_19'] = x_clean_region__mutmut_19 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_20'] = x_clean_region__mutmut_20 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_21'] = x_clean_region__mutmut_21 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_22'] = x_clean_region__mutmut_22 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_23'] = x_clean_region__mutmut_23 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_24'] = x_clean_region__mutmut_24 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_25'] = x_clean_region__mutmut_25 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_26'] = x_clean_region__mutmut_26 # type: ignore # mutmut generated
mutants_x_clean_region__mutmut['x_clean_region__mutmut_27'] = x_clean_region__mutmut_27 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_clean_style__mutmut)
def clean_style(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_orig(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_1(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = None
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_2(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(None)
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_3(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(None))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_4(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = None
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_5(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub(None, style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_6(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", None)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_7(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub(style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_8(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", )
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_9(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("XXXX", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_10(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = None
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_11(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = True
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_12(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = ""
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_13(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style == previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_14(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = None
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_15(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = None
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_16(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(None)
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_17(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(None))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_18(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(None):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_19(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = None
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_20(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub(None, style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_21(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", None), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_22(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub(style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_23(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", ), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_24(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("XXXX", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_25(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), False
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_26(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(None):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_27(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = None
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_28(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub(None, style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_29(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", None), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_30(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub(style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_31(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", ), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_32(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("XXXX", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_33(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), False
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_34(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = None
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_35(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub(None, _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_36(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", None)
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_37(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub(_LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_38(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", )
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_39(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("XXXX", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_40(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub(None, style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_41(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", None))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_42(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub(style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_43(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", ))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_44(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("XXXX", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_45(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = None
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_46(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub(None, style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_47(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", None)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_48(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub(style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_49(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", )
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_50(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("XXXX", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_51(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS and style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_52(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style and style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_53(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_54(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.upper() in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_55(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() not in _PRONOUNS or style.lower() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_56(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.upper() in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_57(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() not in {"style", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_58(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"XXstyleXX", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_59(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"STYLE", "a", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_60(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "XXaXX", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_61(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "A", "an", "the"}:
        return None
    return style


def x_clean_style__mutmut_62(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "XXanXX", "the"}:
        return None
    return style


def x_clean_style__mutmut_63(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "AN", "the"}:
        return None
    return style


def x_clean_style__mutmut_64(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "XXtheXX"}:
        return None
    return style


def x_clean_style__mutmut_65(raw: str) -> str | None:
    """Style text without quotes, articles or a trailing word "style"; None if nothing is left."""
    style = _strip_outer_punctuation(_normalise_quotes_and_spaces(raw))
    style = _TRAILING_IMAGE_PHRASE.sub("", style)
    named_as_a_style = False
    previous = None
    while style != previous:  # the rules peel layers ('a "ukiyo-e" style'), so repeat until stable
        previous = style
        style = _strip_surrounding_quotes(_strip_outer_punctuation(style))
        if _TRAILING_STYLE_WORD.search(style):
            style, named_as_a_style = _TRAILING_STYLE_WORD.sub("", style), True
        if _LEADING_STYLE_OF.match(style):
            style, named_as_a_style = _LEADING_STYLE_OF.sub("", style), True
        style = _LEADING_A_OR_AN.sub("", _LEADING_SUBJECT.sub("", style))
        if named_as_a_style:
            style = _LEADING_THE.sub("", style)
    if not style or style.lower() in _PRONOUNS or style.lower() in {"style", "a", "an", "THE"}:
        return None
    return style

mutants_x_clean_style__mutmut['_mutmut_orig'] = x_clean_style__mutmut_orig # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_1'] = x_clean_style__mutmut_1 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_2'] = x_clean_style__mutmut_2 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_3'] = x_clean_style__mutmut_3 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_4'] = x_clean_style__mutmut_4 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_5'] = x_clean_style__mutmut_5 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_6'] = x_clean_style__mutmut_6 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_7'] = x_clean_style__mutmut_7 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_8'] = x_clean_style__mutmut_8 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_9'] = x_clean_style__mutmut_9 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_10'] = x_clean_style__mutmut_10 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_11'] = x_clean_style__mutmut_11 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_12'] = x_clean_style__mutmut_12 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_13'] = x_clean_style__mutmut_13 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_14'] = x_clean_style__mutmut_14 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_15'] = x_clean_style__mutmut_15 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_16'] = x_clean_style__mutmut_16 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_17'] = x_clean_style__mutmut_17 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_18'] = x_clean_style__mutmut_18 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_19'] = x_clean_style__mutmut_19 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_20'] = x_clean_style__mutmut_20 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_21'] = x_clean_style__mutmut_21 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_22'] = x_clean_style__mutmut_22 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_23'] = x_clean_style__mutmut_23 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_24'] = x_clean_style__mutmut_24 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_25'] = x_clean_style__mutmut_25 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_26'] = x_clean_style__mutmut_26 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_27'] = x_clean_style__mutmut_27 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_28'] = x_clean_style__mutmut_28 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_29'] = x_clean_style__mutmut_29 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_30'] = x_clean_style__mutmut_30 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_31'] = x_clean_style__mutmut_31 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_32'] = x_clean_style__mutmut_32 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_33'] = x_clean_style__mutmut_33 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_34'] = x_clean_style__mutmut_34 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_35'] = x_clean_style__mutmut_35 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_36'] = x_clean_style__mutmut_36 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_37'] = x_clean_style__mutmut_37 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_38'] = x_clean_style__mutmut_38 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_39'] = x_clean_style__mutmut_39 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_40'] = x_clean_style__mutmut_40 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_41'] = x_clean_style__mutmut_41 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_42'] = x_clean_style__mutmut_42 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_43'] = x_clean_style__mutmut_43 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_44'] = x_clean_style__mutmut_44 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_45'] = x_clean_style__mutmut_45 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_46'] = x_clean_style__mutmut_46 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_47'] = x_clean_style__mutmut_47 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_48'] = x_clean_style__mutmut_48 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_49'] = x_clean_style__mutmut_49 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_50'] = x_clean_style__mutmut_50 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_51'] = x_clean_style__mutmut_51 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_52'] = x_clean_style__mutmut_52 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_53'] = x_clean_style__mutmut_53 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_54'] = x_clean_style__mutmut_54 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_55'] = x_clean_style__mutmut_55 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_56'] = x_clean_style__mutmut_56 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_57'] = x_clean_style__mutmut_57 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_58'] = x_clean_style__mutmut_58 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_59'] = x_clean_style__mutmut_59 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_60'] = x_clean_style__mutmut_60 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_61'] = x_clean_style__mutmut_61 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_62'] = x_clean_style__mutmut_62 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_63'] = x_clean_style__mutmut_63 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_64'] = x_clean_style__mutmut_64 # type: ignore # mutmut generated
mutants_x_clean_style__mutmut['x_clean_style__mutmut_65'] = x_clean_style__mutmut_65 # type: ignore # mutmut generated


# ---------------------------------------------------------------------------------------------
# The rule parser
# ---------------------------------------------------------------------------------------------

_REQUEST_PREFIX = re.compile(
    r"^(?:please|kindly|pls|plz|also|and|then|just|"
    r"(?:can|could|would|will)\s+(?:you|u)|"
    r"i(?:\s+would|'d|\s+will|'ll)?\s+(?:like|love|want|need)(?:\s+you)?(?:\s+to)?|"
    r"i\s+wanna|let's|let\s+us|help\s+me|go\s+ahead\s+and|try\s+to)\b[\s,]*",
    re.IGNORECASE,
)
_REQUEST_SUFFIX = re.compile(
    r"(?:[\s,]+(?:please|thanks|thank\s+you|thx|for\s+me)|[\s.,;:!?]+)$", re.IGNORECASE
)
mutants_x__strip_request_words__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__strip_request_words__mutmut)
def _strip_request_words(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text != previous:
        previous = text
        text = _REQUEST_PREFIX.sub("", text).strip()
        text = _REQUEST_SUFFIX.sub("", text).strip()
    return text


def x__strip_request_words__mutmut_orig(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text != previous:
        previous = text
        text = _REQUEST_PREFIX.sub("", text).strip()
        text = _REQUEST_SUFFIX.sub("", text).strip()
    return text


def x__strip_request_words__mutmut_1(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = None
    previous = None
    while text != previous:
        previous = text
        text = _REQUEST_PREFIX.sub("", text).strip()
        text = _REQUEST_SUFFIX.sub("", text).strip()
    return text


def x__strip_request_words__mutmut_2(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = ""
    while text != previous:
        previous = text
        text = _REQUEST_PREFIX.sub("", text).strip()
        text = _REQUEST_SUFFIX.sub("", text).strip()
    return text


def x__strip_request_words__mutmut_3(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text == previous:
        previous = text
        text = _REQUEST_PREFIX.sub("", text).strip()
        text = _REQUEST_SUFFIX.sub("", text).strip()
    return text


def x__strip_request_words__mutmut_4(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text != previous:
        previous = None
        text = _REQUEST_PREFIX.sub("", text).strip()
        text = _REQUEST_SUFFIX.sub("", text).strip()
    return text


def x__strip_request_words__mutmut_5(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text != previous:
        previous = text
        text = None
        text = _REQUEST_SUFFIX.sub("", text).strip()
    return text


def x__strip_request_words__mutmut_6(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text != previous:
        previous = text
        text = _REQUEST_PREFIX.sub(None, text).strip()
        text = _REQUEST_SUFFIX.sub("", text).strip()
    return text


def x__strip_request_words__mutmut_7(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text != previous:
        previous = text
        text = _REQUEST_PREFIX.sub("", None).strip()
        text = _REQUEST_SUFFIX.sub("", text).strip()
    return text


def x__strip_request_words__mutmut_8(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text != previous:
        previous = text
        text = _REQUEST_PREFIX.sub(text).strip()
        text = _REQUEST_SUFFIX.sub("", text).strip()
    return text


def x__strip_request_words__mutmut_9(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text != previous:
        previous = text
        text = _REQUEST_PREFIX.sub("", ).strip()
        text = _REQUEST_SUFFIX.sub("", text).strip()
    return text


def x__strip_request_words__mutmut_10(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text != previous:
        previous = text
        text = _REQUEST_PREFIX.sub("XXXX", text).strip()
        text = _REQUEST_SUFFIX.sub("", text).strip()
    return text


def x__strip_request_words__mutmut_11(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text != previous:
        previous = text
        text = _REQUEST_PREFIX.sub("", text).strip()
        text = None
    return text


def x__strip_request_words__mutmut_12(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text != previous:
        previous = text
        text = _REQUEST_PREFIX.sub("", text).strip()
        text = _REQUEST_SUFFIX.sub(None, text).strip()
    return text


def x__strip_request_words__mutmut_13(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text != previous:
        previous = text
        text = _REQUEST_PREFIX.sub("", text).strip()
        text = _REQUEST_SUFFIX.sub("", None).strip()
    return text


def x__strip_request_words__mutmut_14(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text != previous:
        previous = text
        text = _REQUEST_PREFIX.sub("", text).strip()
        text = _REQUEST_SUFFIX.sub(text).strip()
    return text


def x__strip_request_words__mutmut_15(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text != previous:
        previous = text
        text = _REQUEST_PREFIX.sub("", text).strip()
        text = _REQUEST_SUFFIX.sub("", ).strip()
    return text


def x__strip_request_words__mutmut_16(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text != previous:
        previous = text
        text = _REQUEST_PREFIX.sub("", text).strip()
        text = _REQUEST_SUFFIX.sub("XXXX", text).strip()
    return text

mutants_x__strip_request_words__mutmut['_mutmut_orig'] = x__strip_request_words__mutmut_orig # type: ignore # mutmut generated
mutants_x__strip_request_words__mutmut['x__strip_request_words__mutmut_1'] = x__strip_request_words__mutmut_1 # type: ignore # mutmut generated
mutants_x__strip_request_words__mutmut['x__strip_request_words__mutmut_2'] = x__strip_request_words__mutmut_2 # type: ignore # mutmut generated
mutants_x__strip_request_words__mutmut['x__strip_request_words__mutmut_3'] = x__strip_request_words__mutmut_3 # type: ignore # mutmut generated
mutants_x__strip_request_words__mutmut['x__strip_request_words__mutmut_4'] = x__strip_request_words__mutmut_4 # type: ignore # mutmut generated
mutants_x__strip_request_words__mutmut['x__strip_request_words__mutmut_5'] = x__strip_request_words__mutmut_5 # type: ignore # mutmut generated
mutants_x__strip_request_words__mutmut['x__strip_request_words__mutmut_6'] = x__strip_request_words__mutmut_6 # type: ignore # mutmut generated
mutants_x__strip_request_words__mutmut['x__strip_request_words__mutmut_7'] = x__strip_request_words__mutmut_7 # type: ignore # mutmut generated
mutants_x__strip_request_words__mutmut['x__strip_request_words__mutmut_8'] = x__strip_request_words__mutmut_8 # type: ignore # mutmut generated
mutants_x__strip_request_words__mutmut['x__strip_request_words__mutmut_9'] = x__strip_request_words__mutmut_9 # type: ignore # mutmut generated
mutants_x__strip_request_words__mutmut['x__strip_request_words__mutmut_10'] = x__strip_request_words__mutmut_10 # type: ignore # mutmut generated
mutants_x__strip_request_words__mutmut['x__strip_request_words__mutmut_11'] = x__strip_request_words__mutmut_11 # type: ignore # mutmut generated
mutants_x__strip_request_words__mutmut['x__strip_request_words__mutmut_12'] = x__strip_request_words__mutmut_12 # type: ignore # mutmut generated
mutants_x__strip_request_words__mutmut['x__strip_request_words__mutmut_13'] = x__strip_request_words__mutmut_13 # type: ignore # mutmut generated
mutants_x__strip_request_words__mutmut['x__strip_request_words__mutmut_14'] = x__strip_request_words__mutmut_14 # type: ignore # mutmut generated
mutants_x__strip_request_words__mutmut['x__strip_request_words__mutmut_15'] = x__strip_request_words__mutmut_15 # type: ignore # mutmut generated
mutants_x__strip_request_words__mutmut['x__strip_request_words__mutmut_16'] = x__strip_request_words__mutmut_16 # type: ignore # mutmut generated


_TURN_INTO_VERBS = ("turn", "transform", "convert", "change", "morph", "make")
_TURN_TO_VERBS = ("turn", "transform", "convert", "change", "morph")  # not "make X to Y"
_PAINT_VERBS = (
    "paint", "repaint", "render", "re-render", "stylise", "stylize", "restyle", "style", "draw",
    "redraw", "sketch", "redo", "recreate", "reimagine", "re-imagine", "color", "colour", "make",
    "do", "show", "depict",
)  # fmt: skip
_APPLY_VERBS = ("apply", "add", "use", "put", "place")
_ALL_VERBS = {"give", *_TURN_INTO_VERBS, *_PAINT_VERBS, *_APPLY_VERBS}
mutants_x__any_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__any_of__mutmut)
def _any_of(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(word) for word in words) + ")"


def x__any_of__mutmut_orig(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(word) for word in words) + ")"


def x__any_of__mutmut_1(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(word) for word in words) - ")"


def x__any_of__mutmut_2(words: tuple[str, ...]) -> str:
    return "(?:" - "|".join(re.escape(word) for word in words) + ")"


def x__any_of__mutmut_3(words: tuple[str, ...]) -> str:
    return "XX(?:XX" + "|".join(re.escape(word) for word in words) + ")"


def x__any_of__mutmut_4(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(None) + ")"


def x__any_of__mutmut_5(words: tuple[str, ...]) -> str:
    return "(?:" + "XX|XX".join(re.escape(word) for word in words) + ")"


def x__any_of__mutmut_6(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(None) for word in words) + ")"


def x__any_of__mutmut_7(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(word) for word in words) + "XX)XX"

mutants_x__any_of__mutmut['_mutmut_orig'] = x__any_of__mutmut_orig # type: ignore # mutmut generated
mutants_x__any_of__mutmut['x__any_of__mutmut_1'] = x__any_of__mutmut_1 # type: ignore # mutmut generated
mutants_x__any_of__mutmut['x__any_of__mutmut_2'] = x__any_of__mutmut_2 # type: ignore # mutmut generated
mutants_x__any_of__mutmut['x__any_of__mutmut_3'] = x__any_of__mutmut_3 # type: ignore # mutmut generated
mutants_x__any_of__mutmut['x__any_of__mutmut_4'] = x__any_of__mutmut_4 # type: ignore # mutmut generated
mutants_x__any_of__mutmut['x__any_of__mutmut_5'] = x__any_of__mutmut_5 # type: ignore # mutmut generated
mutants_x__any_of__mutmut['x__any_of__mutmut_6'] = x__any_of__mutmut_6 # type: ignore # mutmut generated
mutants_x__any_of__mutmut['x__any_of__mutmut_7'] = x__any_of__mutmut_7 # type: ignore # mutmut generated


# After "in"/"as"/"with" a region usually continues with a place or owner ("the man in the red
# shirt", "the car in front of the house"), while a style rarely starts that way; so the first
# connector NOT followed by such words is where the style starts ("in the style of" excepted).
_STYLE_STARTS_HERE = (
    r"(?!the\s+(?!style\s+of\b)|(?:this|that|these|those|his|her|its|their|my|your|our|front|"
    r"between)\b)"
)
_STYLE_WORDS = r"(?:look|feel|style|effect|vibe|makeover|treatment|touch|aesthetic|finish|filter)"

# One edit, as whole-string patterns tried in order; each names a `region` and a `style` and,
# when the form starts with one, the `verb` (it is reused by "... and <the next edit>").
_GIVE, _APPLY = "(?P<verb>give)", rf"(?P<verb>{_any_of(_APPLY_VERBS)})"
_TURN_INTO = rf"(?P<verb>{_any_of(_TURN_INTO_VERBS)})"
_TURN_TO = rf"(?P<verb>{_any_of(_TURN_TO_VERBS)})"
_PAINT = rf"(?P<verb>{_any_of(_PAINT_VERBS)})"
_PAINT_OR_TURN = rf"(?P<verb>{_any_of(_PAINT_VERBS + _TURN_INTO_VERBS)})"
_EDIT_FORMS = [
    rf"{_GIVE} (?P<region>.+?) the {_STYLE_WORDS} of (?P<style>.+)",
    rf"{_GIVE} (?P<region>.+) (?P<style>an? .+? {_STYLE_WORDS})",
    rf"{_PAINT_OR_TURN} (?P<region>.+?) (?:to )?looks? like (?P<style>.+)",
    r"(?P<verb>make) (?P<region>.+?) looks? (?!like\b)(?P<style>.+)",  # "make the tree look autumnal"
    rf"{_TURN_INTO} (?P<region>.+?) into (?P<style>.+)",
    rf"{_TURN_TO} (?P<region>.+) to (?P<style>.+)",  # the last "to": "the car next to the tree"
    rf"{_PAINT} (?P<region>.+?) (?:in|as|using) {_STYLE_STARTS_HERE}(?P<style>.+)",
    rf"{_PAINT} (?P<region>.+?) (?:with|like) {_STYLE_STARTS_HERE}(?P<style>.+)",
    rf"{_PAINT} (?P<region>.+) (?:in|as|using|with|like) (?P<style>.+)",
    rf"{_APPLY} (?P<style>.+?) (?:to|on|onto|for) (?P<region>.+)",
    # The style first: "in the style of Monet, paint the sky", "in cubism style, render the house".
    rf"in (?P<style>the style of .+?|.+?[ -]style),? {_PAINT} (?P<region>.+)",
    # Forms without a verb.
    r"(?P<region>.+?) (?:should |to |would )?looks? like (?P<style>.+)",
    r"(?P<style>.+?[ -]style) (?:to|on|onto|for) (?P<region>.+)",
    rf"(?P<region>.+?) in {_STYLE_STARTS_HERE}(?P<style>.+[ -]style)",
    r"(?P<region>.+?) in (?P<style>the style of .+)",
]
_EDIT_PATTERNS = [re.compile(form, re.IGNORECASE) for form in _EDIT_FORMS]

# Where one edit may end and the next begin; "and" is only a candidate (see _parse_segments).
_SEPARATOR_RUN = re.compile(r"(?:\s*(?:[,;&]|\.(?=\s)|\band\b|\bthen\b)\s*)+", re.IGNORECASE)
_QUOTED = re.compile(r"\"[^\"]*\"|(?<!\w)'[^']*'(?!\w)")  # "Gogh's" is an apostrophe, not a quote
mutants_x__mask_quoted__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__mask_quoted__mutmut)
def _mask_quoted(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "\0" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def x__mask_quoted__mutmut_orig(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "\0" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def x__mask_quoted__mutmut_1(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(None, text)


def x__mask_quoted__mutmut_2(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "\0" * (len(m.group(0)) - 2) + m.group(0)[-1], None)


def x__mask_quoted__mutmut_3(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(text)


def x__mask_quoted__mutmut_4(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "\0" * (len(m.group(0)) - 2) + m.group(0)[-1], )


def x__mask_quoted__mutmut_5(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: None, text)


def x__mask_quoted__mutmut_6(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "\0" * (len(m.group(0)) - 2) - m.group(0)[-1], text)


def x__mask_quoted__mutmut_7(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(0)[0] - "\0" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def x__mask_quoted__mutmut_8(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(None)[0] + "\0" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def x__mask_quoted__mutmut_9(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(1)[0] + "\0" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def x__mask_quoted__mutmut_10(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(0)[1] + "\0" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def x__mask_quoted__mutmut_11(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "\0" / (len(m.group(0)) - 2) + m.group(0)[-1], text)


def x__mask_quoted__mutmut_12(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "XX\0XX" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def x__mask_quoted__mutmut_13(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "\0" * (len(m.group(0)) + 2) + m.group(0)[-1], text)


def x__mask_quoted__mutmut_14(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "\0" * (len(m.group(0)) - 3) + m.group(0)[-1], text)


def x__mask_quoted__mutmut_15(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "\0" * (len(m.group(0)) - 2) + m.group(None)[-1], text)


def x__mask_quoted__mutmut_16(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "\0" * (len(m.group(0)) - 2) + m.group(1)[-1], text)


def x__mask_quoted__mutmut_17(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "\0" * (len(m.group(0)) - 2) + m.group(0)[+1], text)


def x__mask_quoted__mutmut_18(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "\0" * (len(m.group(0)) - 2) + m.group(0)[-2], text)

mutants_x__mask_quoted__mutmut['_mutmut_orig'] = x__mask_quoted__mutmut_orig # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_1'] = x__mask_quoted__mutmut_1 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_2'] = x__mask_quoted__mutmut_2 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_3'] = x__mask_quoted__mutmut_3 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_4'] = x__mask_quoted__mutmut_4 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_5'] = x__mask_quoted__mutmut_5 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_6'] = x__mask_quoted__mutmut_6 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_7'] = x__mask_quoted__mutmut_7 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_8'] = x__mask_quoted__mutmut_8 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_9'] = x__mask_quoted__mutmut_9 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_10'] = x__mask_quoted__mutmut_10 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_11'] = x__mask_quoted__mutmut_11 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_12'] = x__mask_quoted__mutmut_12 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_13'] = x__mask_quoted__mutmut_13 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_14'] = x__mask_quoted__mutmut_14 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_15'] = x__mask_quoted__mutmut_15 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_16'] = x__mask_quoted__mutmut_16 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_17'] = x__mask_quoted__mutmut_17 # type: ignore # mutmut generated
mutants_x__mask_quoted__mutmut['x__mask_quoted__mutmut_18'] = x__mask_quoted__mutmut_18 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__match_one_edit__mutmut)
def _match_one_edit(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_orig(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_1(text: str) -> tuple[Edit, str | None] | None:
    masked = None
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_2(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(None)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_3(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = None
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_4(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(None)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_5(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is not None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_6(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            break
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_7(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = None
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_8(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(None)
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_9(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start(None) : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_10(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("XXregionXX") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_11(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("REGION") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_12(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end(None)])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_13(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("XXregionXX")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_14(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("REGION")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_15(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = None
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_16(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(None)
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_17(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start(None) : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_18(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("XXstyleXX") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_19(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("STYLE") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_20(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end(None)])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_21(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("XXstyleXX")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_22(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("STYLE")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_23(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = None
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_24(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get(None)
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_25(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("XXverbXX")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_26(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("VERB")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_27(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = None
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_28(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) and (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_29(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None or region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_30(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_31(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].upper() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_32(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[1].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_33(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() not in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_34(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None or style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_35(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_36(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.upper() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_37(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() not in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_38(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style or (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_39(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region or style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_40(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb and not swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_41(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or swallowed_verb):
            return Edit(region, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_42(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(None, style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_43(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, None), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_44(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(style), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_45(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, ), verb.lower() if verb else None
    return None


def x__match_one_edit__mutmut_46(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if (verb) and False else None
    return None


def x__match_one_edit__mutmut_47(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.lower() if (verb) or True else None
    return None


def x__match_one_edit__mutmut_48(text: str) -> tuple[Edit, str | None] | None:
    masked = _mask_quoted(text)
    for pattern in _EDIT_PATTERNS:
        match = pattern.fullmatch(masked)
        if match is None:
            continue
        region = clean_region(text[match.start("region") : match.end("region")])
        style = clean_style(text[match.start("style") : match.end("style")])
        verb = match.groupdict().get("verb")
        # A verb-less form must not swallow a verb that the verb forms could not use
        # ("apply the car in lego style", "apply style to the car").
        swallowed_verb = (region is not None and region.split()[0].lower() in _ALL_VERBS) or (
            style is not None and style.lower() in _ALL_VERBS
        )
        if region and style and (verb or not swallowed_verb):
            return Edit(region, style), verb.upper() if verb else None
    return None

mutants_x__match_one_edit__mutmut['_mutmut_orig'] = x__match_one_edit__mutmut_orig # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_1'] = x__match_one_edit__mutmut_1 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_2'] = x__match_one_edit__mutmut_2 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_3'] = x__match_one_edit__mutmut_3 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_4'] = x__match_one_edit__mutmut_4 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_5'] = x__match_one_edit__mutmut_5 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_6'] = x__match_one_edit__mutmut_6 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_7'] = x__match_one_edit__mutmut_7 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_8'] = x__match_one_edit__mutmut_8 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_9'] = x__match_one_edit__mutmut_9 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_10'] = x__match_one_edit__mutmut_10 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_11'] = x__match_one_edit__mutmut_11 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_12'] = x__match_one_edit__mutmut_12 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_13'] = x__match_one_edit__mutmut_13 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_14'] = x__match_one_edit__mutmut_14 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_15'] = x__match_one_edit__mutmut_15 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_16'] = x__match_one_edit__mutmut_16 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_17'] = x__match_one_edit__mutmut_17 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_18'] = x__match_one_edit__mutmut_18 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_19'] = x__match_one_edit__mutmut_19 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_20'] = x__match_one_edit__mutmut_20 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_21'] = x__match_one_edit__mutmut_21 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_22'] = x__match_one_edit__mutmut_22 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_23'] = x__match_one_edit__mutmut_23 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_24'] = x__match_one_edit__mutmut_24 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_25'] = x__match_one_edit__mutmut_25 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_26'] = x__match_one_edit__mutmut_26 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_27'] = x__match_one_edit__mutmut_27 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_28'] = x__match_one_edit__mutmut_28 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_29'] = x__match_one_edit__mutmut_29 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_30'] = x__match_one_edit__mutmut_30 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_31'] = x__match_one_edit__mutmut_31 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_32'] = x__match_one_edit__mutmut_32 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_33'] = x__match_one_edit__mutmut_33 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_34'] = x__match_one_edit__mutmut_34 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_35'] = x__match_one_edit__mutmut_35 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_36'] = x__match_one_edit__mutmut_36 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_37'] = x__match_one_edit__mutmut_37 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_38'] = x__match_one_edit__mutmut_38 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_39'] = x__match_one_edit__mutmut_39 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_40'] = x__match_one_edit__mutmut_40 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_41'] = x__match_one_edit__mutmut_41 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_42'] = x__match_one_edit__mutmut_42 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_43'] = x__match_one_edit__mutmut_43 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_44'] = x__match_one_edit__mutmut_44 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_45'] = x__match_one_edit__mutmut_45 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_46'] = x__match_one_edit__mutmut_46 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_47'] = x__match_one_edit__mutmut_47 # type: ignore # mutmut generated
mutants_x__match_one_edit__mutmut['x__match_one_edit__mutmut_48'] = x__match_one_edit__mutmut_48 # type: ignore # mutmut generated
mutants_x__parse_one_edit__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__parse_one_edit__mutmut)
def _parse_one_edit(text: str, shared_verb: str | None) -> tuple[Edit, str | None] | None:
    """One edit, or None. `shared_verb` lets "... and watercolor to the sky" reuse "apply"."""
    text = _strip_request_words(text)
    if not text:
        return None
    parsed = _match_one_edit(text)
    if parsed is None and shared_verb and text.split()[0].lower() not in _ALL_VERBS:
        parsed = _match_one_edit(f"{shared_verb} {text}")
    return parsed


def x__parse_one_edit__mutmut_orig(text: str, shared_verb: str | None) -> tuple[Edit, str | None] | None:
    """One edit, or None. `shared_verb` lets "... and watercolor to the sky" reuse "apply"."""
    text = _strip_request_words(text)
    if not text:
        return None
    parsed = _match_one_edit(text)
    if parsed is None and shared_verb and text.split()[0].lower() not in _ALL_VERBS:
        parsed = _match_one_edit(f"{shared_verb} {text}")
    return parsed


def x__parse_one_edit__mutmut_1(text: str, shared_verb: str | None) -> tuple[Edit, str | None] | None:
    """One edit, or None. `shared_verb` lets "... and watercolor to the sky" reuse "apply"."""
    text = None
    if not text:
        return None
    parsed = _match_one_edit(text)
    if parsed is None and shared_verb and text.split()[0].lower() not in _ALL_VERBS:
        parsed = _match_one_edit(f"{shared_verb} {text}")
    return parsed


def x__parse_one_edit__mutmut_2(text: str, shared_verb: str | None) -> tuple[Edit, str | None] | None:
    """One edit, or None. `shared_verb` lets "... and watercolor to the sky" reuse "apply"."""
    text = _strip_request_words(None)
    if not text:
        return None
    parsed = _match_one_edit(text)
    if parsed is None and shared_verb and text.split()[0].lower() not in _ALL_VERBS:
        parsed = _match_one_edit(f"{shared_verb} {text}")
    return parsed


def x__parse_one_edit__mutmut_3(text: str, shared_verb: str | None) -> tuple[Edit, str | None] | None:
    """One edit, or None. `shared_verb` lets "... and watercolor to the sky" reuse "apply"."""
    text = _strip_request_words(text)
    if text:
        return None
    parsed = _match_one_edit(text)
    if parsed is None and shared_verb and text.split()[0].lower() not in _ALL_VERBS:
        parsed = _match_one_edit(f"{shared_verb} {text}")
    return parsed


def x__parse_one_edit__mutmut_4(text: str, shared_verb: str | None) -> tuple[Edit, str | None] | None:
    """One edit, or None. `shared_verb` lets "... and watercolor to the sky" reuse "apply"."""
    text = _strip_request_words(text)
    if not text:
        return None
    parsed = None
    if parsed is None and shared_verb and text.split()[0].lower() not in _ALL_VERBS:
        parsed = _match_one_edit(f"{shared_verb} {text}")
    return parsed


def x__parse_one_edit__mutmut_5(text: str, shared_verb: str | None) -> tuple[Edit, str | None] | None:
    """One edit, or None. `shared_verb` lets "... and watercolor to the sky" reuse "apply"."""
    text = _strip_request_words(text)
    if not text:
        return None
    parsed = _match_one_edit(None)
    if parsed is None and shared_verb and text.split()[0].lower() not in _ALL_VERBS:
        parsed = _match_one_edit(f"{shared_verb} {text}")
    return parsed


def x__parse_one_edit__mutmut_6(text: str, shared_verb: str | None) -> tuple[Edit, str | None] | None:
    """One edit, or None. `shared_verb` lets "... and watercolor to the sky" reuse "apply"."""
    text = _strip_request_words(text)
    if not text:
        return None
    parsed = _match_one_edit(text)
    if parsed is None and shared_verb or text.split()[0].lower() not in _ALL_VERBS:
        parsed = _match_one_edit(f"{shared_verb} {text}")
    return parsed


def x__parse_one_edit__mutmut_7(text: str, shared_verb: str | None) -> tuple[Edit, str | None] | None:
    """One edit, or None. `shared_verb` lets "... and watercolor to the sky" reuse "apply"."""
    text = _strip_request_words(text)
    if not text:
        return None
    parsed = _match_one_edit(text)
    if parsed is None or shared_verb and text.split()[0].lower() not in _ALL_VERBS:
        parsed = _match_one_edit(f"{shared_verb} {text}")
    return parsed


def x__parse_one_edit__mutmut_8(text: str, shared_verb: str | None) -> tuple[Edit, str | None] | None:
    """One edit, or None. `shared_verb` lets "... and watercolor to the sky" reuse "apply"."""
    text = _strip_request_words(text)
    if not text:
        return None
    parsed = _match_one_edit(text)
    if parsed is not None and shared_verb and text.split()[0].lower() not in _ALL_VERBS:
        parsed = _match_one_edit(f"{shared_verb} {text}")
    return parsed


def x__parse_one_edit__mutmut_9(text: str, shared_verb: str | None) -> tuple[Edit, str | None] | None:
    """One edit, or None. `shared_verb` lets "... and watercolor to the sky" reuse "apply"."""
    text = _strip_request_words(text)
    if not text:
        return None
    parsed = _match_one_edit(text)
    if parsed is None and shared_verb and text.split()[0].upper() not in _ALL_VERBS:
        parsed = _match_one_edit(f"{shared_verb} {text}")
    return parsed


def x__parse_one_edit__mutmut_10(text: str, shared_verb: str | None) -> tuple[Edit, str | None] | None:
    """One edit, or None. `shared_verb` lets "... and watercolor to the sky" reuse "apply"."""
    text = _strip_request_words(text)
    if not text:
        return None
    parsed = _match_one_edit(text)
    if parsed is None and shared_verb and text.split()[1].lower() not in _ALL_VERBS:
        parsed = _match_one_edit(f"{shared_verb} {text}")
    return parsed


def x__parse_one_edit__mutmut_11(text: str, shared_verb: str | None) -> tuple[Edit, str | None] | None:
    """One edit, or None. `shared_verb` lets "... and watercolor to the sky" reuse "apply"."""
    text = _strip_request_words(text)
    if not text:
        return None
    parsed = _match_one_edit(text)
    if parsed is None and shared_verb and text.split()[0].lower() in _ALL_VERBS:
        parsed = _match_one_edit(f"{shared_verb} {text}")
    return parsed


def x__parse_one_edit__mutmut_12(text: str, shared_verb: str | None) -> tuple[Edit, str | None] | None:
    """One edit, or None. `shared_verb` lets "... and watercolor to the sky" reuse "apply"."""
    text = _strip_request_words(text)
    if not text:
        return None
    parsed = _match_one_edit(text)
    if parsed is None and shared_verb and text.split()[0].lower() not in _ALL_VERBS:
        parsed = None
    return parsed


def x__parse_one_edit__mutmut_13(text: str, shared_verb: str | None) -> tuple[Edit, str | None] | None:
    """One edit, or None. `shared_verb` lets "... and watercolor to the sky" reuse "apply"."""
    text = _strip_request_words(text)
    if not text:
        return None
    parsed = _match_one_edit(text)
    if parsed is None and shared_verb and text.split()[0].lower() not in _ALL_VERBS:
        parsed = _match_one_edit(None)
    return parsed

mutants_x__parse_one_edit__mutmut['_mutmut_orig'] = x__parse_one_edit__mutmut_orig # type: ignore # mutmut generated
mutants_x__parse_one_edit__mutmut['x__parse_one_edit__mutmut_1'] = x__parse_one_edit__mutmut_1 # type: ignore # mutmut generated
mutants_x__parse_one_edit__mutmut['x__parse_one_edit__mutmut_2'] = x__parse_one_edit__mutmut_2 # type: ignore # mutmut generated
mutants_x__parse_one_edit__mutmut['x__parse_one_edit__mutmut_3'] = x__parse_one_edit__mutmut_3 # type: ignore # mutmut generated
mutants_x__parse_one_edit__mutmut['x__parse_one_edit__mutmut_4'] = x__parse_one_edit__mutmut_4 # type: ignore # mutmut generated
mutants_x__parse_one_edit__mutmut['x__parse_one_edit__mutmut_5'] = x__parse_one_edit__mutmut_5 # type: ignore # mutmut generated
mutants_x__parse_one_edit__mutmut['x__parse_one_edit__mutmut_6'] = x__parse_one_edit__mutmut_6 # type: ignore # mutmut generated
mutants_x__parse_one_edit__mutmut['x__parse_one_edit__mutmut_7'] = x__parse_one_edit__mutmut_7 # type: ignore # mutmut generated
mutants_x__parse_one_edit__mutmut['x__parse_one_edit__mutmut_8'] = x__parse_one_edit__mutmut_8 # type: ignore # mutmut generated
mutants_x__parse_one_edit__mutmut['x__parse_one_edit__mutmut_9'] = x__parse_one_edit__mutmut_9 # type: ignore # mutmut generated
mutants_x__parse_one_edit__mutmut['x__parse_one_edit__mutmut_10'] = x__parse_one_edit__mutmut_10 # type: ignore # mutmut generated
mutants_x__parse_one_edit__mutmut['x__parse_one_edit__mutmut_11'] = x__parse_one_edit__mutmut_11 # type: ignore # mutmut generated
mutants_x__parse_one_edit__mutmut['x__parse_one_edit__mutmut_12'] = x__parse_one_edit__mutmut_12 # type: ignore # mutmut generated
mutants_x__parse_one_edit__mutmut['x__parse_one_edit__mutmut_13'] = x__parse_one_edit__mutmut_13 # type: ignore # mutmut generated
mutants_x__split_candidates__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__split_candidates__mutmut)
def _split_candidates(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = _mask_quoted(text)
    pieces, start = [], 0
    for match in _SEPARATOR_RUN.finditer(masked):
        if match.start() == 0 or match.end() == len(masked):
            continue
        pieces += [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    return pieces + [text[start:]]


def x__split_candidates__mutmut_orig(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = _mask_quoted(text)
    pieces, start = [], 0
    for match in _SEPARATOR_RUN.finditer(masked):
        if match.start() == 0 or match.end() == len(masked):
            continue
        pieces += [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    return pieces + [text[start:]]


def x__split_candidates__mutmut_1(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = None
    pieces, start = [], 0
    for match in _SEPARATOR_RUN.finditer(masked):
        if match.start() == 0 or match.end() == len(masked):
            continue
        pieces += [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    return pieces + [text[start:]]


def x__split_candidates__mutmut_2(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = _mask_quoted(None)
    pieces, start = [], 0
    for match in _SEPARATOR_RUN.finditer(masked):
        if match.start() == 0 or match.end() == len(masked):
            continue
        pieces += [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    return pieces + [text[start:]]


def x__split_candidates__mutmut_3(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = _mask_quoted(text)
    pieces, start = None
    for match in _SEPARATOR_RUN.finditer(masked):
        if match.start() == 0 or match.end() == len(masked):
            continue
        pieces += [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    return pieces + [text[start:]]


def x__split_candidates__mutmut_4(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = _mask_quoted(text)
    pieces, start = [], 1
    for match in _SEPARATOR_RUN.finditer(masked):
        if match.start() == 0 or match.end() == len(masked):
            continue
        pieces += [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    return pieces + [text[start:]]


def x__split_candidates__mutmut_5(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = _mask_quoted(text)
    pieces, start = [], 0
    for match in _SEPARATOR_RUN.finditer(None):
        if match.start() == 0 or match.end() == len(masked):
            continue
        pieces += [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    return pieces + [text[start:]]


def x__split_candidates__mutmut_6(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = _mask_quoted(text)
    pieces, start = [], 0
    for match in _SEPARATOR_RUN.finditer(masked):
        if match.start() == 0 and match.end() == len(masked):
            continue
        pieces += [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    return pieces + [text[start:]]


def x__split_candidates__mutmut_7(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = _mask_quoted(text)
    pieces, start = [], 0
    for match in _SEPARATOR_RUN.finditer(masked):
        if match.start() != 0 or match.end() == len(masked):
            continue
        pieces += [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    return pieces + [text[start:]]


def x__split_candidates__mutmut_8(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = _mask_quoted(text)
    pieces, start = [], 0
    for match in _SEPARATOR_RUN.finditer(masked):
        if match.start() == 1 or match.end() == len(masked):
            continue
        pieces += [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    return pieces + [text[start:]]


def x__split_candidates__mutmut_9(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = _mask_quoted(text)
    pieces, start = [], 0
    for match in _SEPARATOR_RUN.finditer(masked):
        if match.start() == 0 or match.end() != len(masked):
            continue
        pieces += [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    return pieces + [text[start:]]


def x__split_candidates__mutmut_10(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = _mask_quoted(text)
    pieces, start = [], 0
    for match in _SEPARATOR_RUN.finditer(masked):
        if match.start() == 0 or match.end() == len(masked):
            break
        pieces += [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    return pieces + [text[start:]]


def x__split_candidates__mutmut_11(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = _mask_quoted(text)
    pieces, start = [], 0
    for match in _SEPARATOR_RUN.finditer(masked):
        if match.start() == 0 or match.end() == len(masked):
            continue
        pieces = [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    return pieces + [text[start:]]


def x__split_candidates__mutmut_12(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = _mask_quoted(text)
    pieces, start = [], 0
    for match in _SEPARATOR_RUN.finditer(masked):
        if match.start() == 0 or match.end() == len(masked):
            continue
        pieces -= [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    return pieces + [text[start:]]


def x__split_candidates__mutmut_13(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = _mask_quoted(text)
    pieces, start = [], 0
    for match in _SEPARATOR_RUN.finditer(masked):
        if match.start() == 0 or match.end() == len(masked):
            continue
        pieces += [text[start : match.start()], text[match.start() : match.end()]]
        start = None
    return pieces + [text[start:]]


def x__split_candidates__mutmut_14(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = _mask_quoted(text)
    pieces, start = [], 0
    for match in _SEPARATOR_RUN.finditer(masked):
        if match.start() == 0 or match.end() == len(masked):
            continue
        pieces += [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    return pieces - [text[start:]]

mutants_x__split_candidates__mutmut['_mutmut_orig'] = x__split_candidates__mutmut_orig # type: ignore # mutmut generated
mutants_x__split_candidates__mutmut['x__split_candidates__mutmut_1'] = x__split_candidates__mutmut_1 # type: ignore # mutmut generated
mutants_x__split_candidates__mutmut['x__split_candidates__mutmut_2'] = x__split_candidates__mutmut_2 # type: ignore # mutmut generated
mutants_x__split_candidates__mutmut['x__split_candidates__mutmut_3'] = x__split_candidates__mutmut_3 # type: ignore # mutmut generated
mutants_x__split_candidates__mutmut['x__split_candidates__mutmut_4'] = x__split_candidates__mutmut_4 # type: ignore # mutmut generated
mutants_x__split_candidates__mutmut['x__split_candidates__mutmut_5'] = x__split_candidates__mutmut_5 # type: ignore # mutmut generated
mutants_x__split_candidates__mutmut['x__split_candidates__mutmut_6'] = x__split_candidates__mutmut_6 # type: ignore # mutmut generated
mutants_x__split_candidates__mutmut['x__split_candidates__mutmut_7'] = x__split_candidates__mutmut_7 # type: ignore # mutmut generated
mutants_x__split_candidates__mutmut['x__split_candidates__mutmut_8'] = x__split_candidates__mutmut_8 # type: ignore # mutmut generated
mutants_x__split_candidates__mutmut['x__split_candidates__mutmut_9'] = x__split_candidates__mutmut_9 # type: ignore # mutmut generated
mutants_x__split_candidates__mutmut['x__split_candidates__mutmut_10'] = x__split_candidates__mutmut_10 # type: ignore # mutmut generated
mutants_x__split_candidates__mutmut['x__split_candidates__mutmut_11'] = x__split_candidates__mutmut_11 # type: ignore # mutmut generated
mutants_x__split_candidates__mutmut['x__split_candidates__mutmut_12'] = x__split_candidates__mutmut_12 # type: ignore # mutmut generated
mutants_x__split_candidates__mutmut['x__split_candidates__mutmut_13'] = x__split_candidates__mutmut_13 # type: ignore # mutmut generated
mutants_x__split_candidates__mutmut['x__split_candidates__mutmut_14'] = x__split_candidates__mutmut_14 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__parse_segments__mutmut)
def _parse_segments(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_orig(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_1(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = None
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_2(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) / 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_3(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) - 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_4(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 2) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_5(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 3
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_6(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = None

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_7(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(None)

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_8(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "XXXX".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_9(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 / first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_10(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[3 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_11(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end + 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_12(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 / end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_13(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 3 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_14(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 2])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_15(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end not in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_16(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = ""
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_17(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(None, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_18(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, None, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_19(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, None):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_20(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_21(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_22(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, ):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_23(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end + 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_24(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 2, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_25(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 1, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_26(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, +1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_27(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -2):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_28(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = None
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_29(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(None)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_30(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is not None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_31(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                break
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_32(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = None
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_33(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(None, shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_34(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=None)
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_35(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_36(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), )
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_37(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(None, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_38(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, None), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_39(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_40(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, ), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_41(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[2])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_42(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_43(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = None
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_44(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] - [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_45(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[1] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_46(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[1]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_47(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[2])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_48(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                return
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_49(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is not None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_50(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = None
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_51(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(None, shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_52(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_53(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), )
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_54(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(None, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_55(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, None), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_56(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_57(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, ), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_58(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(1, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_59(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_60(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if (whole) and False else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_61(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if (whole) or True else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_62(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[1]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_63(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[2]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_64(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = None
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_65(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = None
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_66(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(None)
    return parsed[0] if parsed else None


def x__parse_segments__mutmut_67(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if (parsed) and False else None


def x__parse_segments__mutmut_68(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if (parsed) or True else None


def x__parse_segments__mutmut_69(pieces: list[str]) -> list[Edit] | None:
    """Split the parts into complete edits.

    "and" also joins words inside a style ("black and white") or region ("salt and pepper
    shaker"), so a split is accepted only when what follows it is itself a complete edit, or a
    complete edit once the previous edit's verb is put in front. The shortest last edit is tried
    first; the whole text as one edit is the last resort.
    """
    part_count = (len(pieces) + 1) // 2
    memo: dict[int, tuple[list[Edit], str | None] | None] = {}

    def joined(first: int, end: int) -> str:
        return "".join(pieces[2 * first : 2 * end - 1])

    def edits_in_first(end: int) -> tuple[list[Edit], str | None] | None:
        if end in memo:
            return memo[end]
        result = None
        for split in range(end - 1, 0, -1):
            head = edits_in_first(split)
            if head is None:
                continue
            tail = _parse_one_edit(joined(split, end), shared_verb=head[1])
            if tail is not None:
                result = (head[0] + [tail[0]], tail[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[1] if parsed else None

mutants_x__parse_segments__mutmut['_mutmut_orig'] = x__parse_segments__mutmut_orig # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_1'] = x__parse_segments__mutmut_1 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_2'] = x__parse_segments__mutmut_2 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_3'] = x__parse_segments__mutmut_3 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_4'] = x__parse_segments__mutmut_4 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_5'] = x__parse_segments__mutmut_5 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_6'] = x__parse_segments__mutmut_6 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_7'] = x__parse_segments__mutmut_7 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_8'] = x__parse_segments__mutmut_8 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_9'] = x__parse_segments__mutmut_9 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_10'] = x__parse_segments__mutmut_10 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_11'] = x__parse_segments__mutmut_11 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_12'] = x__parse_segments__mutmut_12 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_13'] = x__parse_segments__mutmut_13 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_14'] = x__parse_segments__mutmut_14 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_15'] = x__parse_segments__mutmut_15 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_16'] = x__parse_segments__mutmut_16 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_17'] = x__parse_segments__mutmut_17 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_18'] = x__parse_segments__mutmut_18 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_19'] = x__parse_segments__mutmut_19 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_20'] = x__parse_segments__mutmut_20 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_21'] = x__parse_segments__mutmut_21 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_22'] = x__parse_segments__mutmut_22 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_23'] = x__parse_segments__mutmut_23 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_24'] = x__parse_segments__mutmut_24 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_25'] = x__parse_segments__mutmut_25 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_26'] = x__parse_segments__mutmut_26 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_27'] = x__parse_segments__mutmut_27 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_28'] = x__parse_segments__mutmut_28 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_29'] = x__parse_segments__mutmut_29 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_30'] = x__parse_segments__mutmut_30 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_31'] = x__parse_segments__mutmut_31 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_32'] = x__parse_segments__mutmut_32 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_33'] = x__parse_segments__mutmut_33 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_34'] = x__parse_segments__mutmut_34 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_35'] = x__parse_segments__mutmut_35 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_36'] = x__parse_segments__mutmut_36 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_37'] = x__parse_segments__mutmut_37 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_38'] = x__parse_segments__mutmut_38 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_39'] = x__parse_segments__mutmut_39 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_40'] = x__parse_segments__mutmut_40 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_41'] = x__parse_segments__mutmut_41 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_42'] = x__parse_segments__mutmut_42 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_43'] = x__parse_segments__mutmut_43 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_44'] = x__parse_segments__mutmut_44 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_45'] = x__parse_segments__mutmut_45 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_46'] = x__parse_segments__mutmut_46 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_47'] = x__parse_segments__mutmut_47 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_48'] = x__parse_segments__mutmut_48 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_49'] = x__parse_segments__mutmut_49 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_50'] = x__parse_segments__mutmut_50 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_51'] = x__parse_segments__mutmut_51 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_52'] = x__parse_segments__mutmut_52 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_53'] = x__parse_segments__mutmut_53 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_54'] = x__parse_segments__mutmut_54 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_55'] = x__parse_segments__mutmut_55 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_56'] = x__parse_segments__mutmut_56 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_57'] = x__parse_segments__mutmut_57 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_58'] = x__parse_segments__mutmut_58 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_59'] = x__parse_segments__mutmut_59 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_60'] = x__parse_segments__mutmut_60 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_61'] = x__parse_segments__mutmut_61 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_62'] = x__parse_segments__mutmut_62 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_63'] = x__parse_segments__mutmut_63 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_64'] = x__parse_segments__mutmut_64 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_65'] = x__parse_segments__mutmut_65 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_66'] = x__parse_segments__mutmut_66 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_67'] = x__parse_segments__mutmut_67 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_68'] = x__parse_segments__mutmut_68 # type: ignore # mutmut generated
mutants_x__parse_segments__mutmut['x__parse_segments__mutmut_69'] = x__parse_segments__mutmut_69 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_instruction__mutmut)
def parse_instruction(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_orig(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_1(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) and not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_2(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_3(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_4(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(None)
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_5(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) >= MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_6(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            None
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_7(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = None
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_8(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(None)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_9(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = None
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_10(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(None)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_11(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_12(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if (text) and False else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_13(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if (text) or True else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_14(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(None) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_15(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(None)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_16(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_17(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = None
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_18(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if (len(typed) <= 80) and False else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_19(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if (len(typed) <= 80) or True else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_20(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) < 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_21(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 81 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_22(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] - "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_23(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:78] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_24(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "XX...XX"
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


def x_parse_instruction__mutmut_25(text: str) -> list[Edit]:
    """Read an English instruction into the edits it asks for, with rules and no model.

    >>> parse_instruction("apply cubism style to the building in the image")
    [Edit(region='building', style='cubism', box=None)]

    Several edits may be joined by "and", "then", commas or semicolons. Raises
    `InstructionError` when no region and style can be found.
    """
    if not isinstance(text, str) or not text.strip():
        raise InstructionError(f"the instruction is empty; {FORMS_THAT_WORK}")
    if len(text) > MAX_INSTRUCTION_CHARS:
        raise InstructionError(
            f"the instruction is too long ({len(text)} characters, at most {MAX_INSTRUCTION_CHARS})"
        )
    typed = _normalise_quotes_and_spaces(text)
    text = _strip_request_words(typed)
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(None)
    return edits

mutants_x_parse_instruction__mutmut['_mutmut_orig'] = x_parse_instruction__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_1'] = x_parse_instruction__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_2'] = x_parse_instruction__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_3'] = x_parse_instruction__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_4'] = x_parse_instruction__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_5'] = x_parse_instruction__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_6'] = x_parse_instruction__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_7'] = x_parse_instruction__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_8'] = x_parse_instruction__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_9'] = x_parse_instruction__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_10'] = x_parse_instruction__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_11'] = x_parse_instruction__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_12'] = x_parse_instruction__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_13'] = x_parse_instruction__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_14'] = x_parse_instruction__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_15'] = x_parse_instruction__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_16'] = x_parse_instruction__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_17'] = x_parse_instruction__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_18'] = x_parse_instruction__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_19'] = x_parse_instruction__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_20'] = x_parse_instruction__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_21'] = x_parse_instruction__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_22'] = x_parse_instruction__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_23'] = x_parse_instruction__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_24'] = x_parse_instruction__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_instruction__mutmut['x_parse_instruction__mutmut_25'] = x_parse_instruction__mutmut_25 # type: ignore # mutmut generated


_WHOLE_PICTURE = rf"(?:it|this|that|them|everything|(?:the\s+)?(?:(?:whole|entire|full)\s+)?{_IMAGE_WORDS})"
# "apply", "make it look like", "paint in", "give it": what may precede a style given on its own.
_STYLE_ONLY_PREFIX = re.compile(
    rf"^(?:{_any_of(_APPLY_VERBS)}|give(?:\s+{_WHOLE_PICTURE})?|"
    rf"{_any_of(_PAINT_VERBS + _TURN_INTO_VERBS)}(?:\s+{_WHOLE_PICTURE})?\s+"
    rf"(?:(?:to\s+)?looks?\s+like|into|to|in|as|with|like|using)|in|as)\s+",
    re.IGNORECASE,
)
_STYLE_ONLY_SUFFIX = re.compile(rf"\s+(?:to|on|onto|for)\s+{_WHOLE_PICTURE}$", re.IGNORECASE)
mutants_x_parse_style__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_style__mutmut)
def parse_style(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_orig(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_1(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = None
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_2(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if (isinstance(text, str)) and False else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_3(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if (isinstance(text, str)) or True else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_4(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(None) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_5(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else "XXXX"
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_6(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = None
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_7(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(None)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_8(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = None  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_9(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(None)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_10(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = None
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_11(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(None), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_12(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(None)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_13(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = None
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_14(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if (prefix) and False else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_15(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if (prefix) or True else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_16(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 1 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_17(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if (suffix) and False else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_18(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if (suffix) or True else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_19(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = None
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_20(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(None)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_21(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style and style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_22(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_23(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.upper() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_24(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() not in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


def x_parse_style__mutmut_25(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            None
        )
    return style


def x_parse_style__mutmut_26(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(typed)
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:81]}"; give one such as "cubism" or "watercolor"'
        )
    return style

mutants_x_parse_style__mutmut['_mutmut_orig'] = x_parse_style__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_1'] = x_parse_style__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_2'] = x_parse_style__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_3'] = x_parse_style__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_4'] = x_parse_style__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_5'] = x_parse_style__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_6'] = x_parse_style__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_7'] = x_parse_style__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_8'] = x_parse_style__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_9'] = x_parse_style__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_10'] = x_parse_style__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_11'] = x_parse_style__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_12'] = x_parse_style__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_13'] = x_parse_style__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_14'] = x_parse_style__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_15'] = x_parse_style__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_16'] = x_parse_style__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_17'] = x_parse_style__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_18'] = x_parse_style__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_19'] = x_parse_style__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_20'] = x_parse_style__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_21'] = x_parse_style__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_22'] = x_parse_style__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_23'] = x_parse_style__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_24'] = x_parse_style__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_25'] = x_parse_style__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_style__mutmut['x_parse_style__mutmut_26'] = x_parse_style__mutmut_26 # type: ignore # mutmut generated
