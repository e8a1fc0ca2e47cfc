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
# A region starting with one of these names nothing a detector could find ("something nice").
_VAGUE_WORDS = {"something", "anything", "everything", "nothing", "somewhere", "anywhere", "stuff"}
_QUOTE_PAIRS = (('"', '"'), ("'", "'"))


def _normalise_quotes_and_spaces(text: str) -> str:
    """Curly quotes become straight ones and any run of whitespace one space."""
    text = text.translate(str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"}))
    return " ".join(text.split())


def _strip_outer_punctuation(text: str) -> str:
    return text.strip().strip(".,;:!?").strip()


def _strip_surrounding_quotes(text: str) -> str:
    for opening, closing in _QUOTE_PAIRS:
        if len(text) >= 2 and text.startswith(opening) and text.endswith(closing):
            return text[1:-1].strip()
    return text


def clean_region(raw: str) -> str | None:
    """Region phrase without articles or "in the image"; None if it names nothing local."""
    region = _strip_surrounding_quotes(_strip_outer_punctuation(_normalise_quotes_and_spaces(raw)))
    while _TRAILING_IMAGE_PHRASE.search(region):
        region = _TRAILING_IMAGE_PHRASE.sub("", region)
    region = _strip_surrounding_quotes(_LEADING_DETERMINER.sub("", region, count=1)).strip()
    if _LEADING_DETERMINER.match(region + " "):  # only an article ("apply cubism to the"): no part named yet
        return None
    if not region or region.lower() in _PRONOUNS or _WHOLE_IMAGE_REGION.match(region):
        return None
    if region.split()[0].lower() in _VAGUE_WORDS:  # "something nice"
        return None
    return region


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


# "..., keep other area unchanged" (RegionRoute's prompt pattern) and its kin: what every edit here does
# anyway, so it names neither region nor style and is dropped before the edits are read.
_KEEP_THE_REST = re.compile(
    r"(?:\s*[,;.]\s*|\s+)(?:(?:and|while|but)\s+)?(?:keep|keeping|leave|leaving)\s+(?:(?:all|the)\s+)?"
    r"(?:other|rest|remaining|everything|background)\b[\w\s']*?\s+"
    r"(?:unchanged|untouched|intact|the\s+same|as\s+(?:it\s+)?(?:is|was))\s*[.!]?\s*$",
    re.IGNORECASE,
)


def _without_keep_the_rest(text: str) -> str:
    """The text before a trailing "keep the rest unchanged" clause (outside quotes)."""
    match = _KEEP_THE_REST.search(_mask_quoted(text))
    return text[: match.start()] if match else text


def _strip_request_words(text: str) -> str:
    """Drop politeness around the edit: "could you please ... , thanks!"."""
    text = text.strip()
    previous = None
    while text != previous:
        previous = text
        text = _REQUEST_PREFIX.sub("", text).strip()
        text = _REQUEST_SUFFIX.sub("", text).strip()
    return text


_TURN_INTO_VERBS = ("turn", "transform", "convert", "change", "morph", "make")
_TURN_TO_VERBS = ("turn", "transform", "convert", "change", "morph")  # not "make X to Y"
_PAINT_VERBS = (
    "paint", "repaint", "render", "re-render", "stylise", "stylize", "restyle", "style", "draw",
    "redraw", "sketch", "redo", "recreate", "reimagine", "re-imagine", "color", "colour", "make",
    "do", "show", "depict",
)  # fmt: skip
_APPLY_VERBS = ("apply", "add", "use", "put", "place")
_ALL_VERBS = {"give", *_TURN_INTO_VERBS, *_PAINT_VERBS, *_APPLY_VERBS}


def _any_of(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(word) for word in words) + ")"


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
# Style names with "and" inside: never where one edit ends, so "apply cubism to the sky and black and
# white to the house" is not read as the region "sky and black" (a region could also hold the "and").
_JOINED_STYLES = re.compile(
    r"\b(?:black\s*(?:and|&)\s*white|pen\s+and\s+ink|(?:pen|ink|line)\s+and\s+wash|arts\s+and\s+crafts)\b",
    re.IGNORECASE,
)


def _mask_quoted(text: str) -> str:
    """Same text with the inside of quotes blanked, so rules never look inside a quoted style."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "\0" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


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


def _parse_one_edit(text: str, shared_verb: str | None) -> tuple[Edit, str | None] | None:
    """One edit, or None. `shared_verb` lets "... and watercolor to the sky" reuse "apply"."""
    text = _strip_request_words(text)
    if not text:
        return None
    parsed = _match_one_edit(text)
    if parsed is None and shared_verb and text.split()[0].lower() not in _ALL_VERBS:
        parsed = _match_one_edit(f"{shared_verb} {text}")
    return parsed


def _split_candidates(text: str) -> list[str]:
    """Alternating [part, separator, part, ...] at every place a new edit could start."""
    masked = _JOINED_STYLES.sub(lambda m: "\0" * len(m.group(0)), _mask_quoted(text))
    pieces, start = [], 0
    for match in _SEPARATOR_RUN.finditer(masked):
        if match.start() == 0 or match.end() == len(masked):
            continue
        pieces += [text[start : match.start()], text[match.start() : match.end()]]
        start = match.end()
    return pieces + [text[start:]]


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
                # a verb-less edit passes the verb on: "apply A to X, B style to Y and C to Z"
                result = (head[0] + [tail[0]], tail[1] or head[1])
                break
        if result is None:
            whole = _parse_one_edit(joined(0, end), shared_verb=None)
            result = ([whole[0]], whole[1]) if whole else None
        memo[end] = result
        return result

    parsed = edits_in_first(part_count)
    return parsed[0] if parsed else None


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
    text = _strip_request_words(_without_keep_the_rest(typed))
    edits = _parse_segments(_split_candidates(text)) if text else None
    if not edits:
        shown = typed if len(typed) <= 80 else typed[:77] + "..."
        raise InstructionError(f'could not find a region and a style in "{shown}"; {FORMS_THAT_WORK}')
    return edits


_WHOLE_PICTURE = rf"(?:it|this|that|them|everything|(?:the\s+)?(?:(?:whole|entire|full)\s+)?{_IMAGE_WORDS})"
# "apply", "make it look like", "paint in", "give it": what may precede a style given on its own.
_STYLE_ONLY_PREFIX = re.compile(
    rf"^(?:{_any_of(_APPLY_VERBS)}|give(?:\s+{_WHOLE_PICTURE})?|"
    rf"{_any_of(_PAINT_VERBS + _TURN_INTO_VERBS)}(?:\s+{_WHOLE_PICTURE})?\s+"
    rf"(?:(?:to\s+)?looks?\s+like|into|to|in|as|with|like|using)|in|as)\s+",
    re.IGNORECASE,
)
_STYLE_ONLY_SUFFIX = re.compile(rf"\s+(?:to|on|onto|for)\s+{_WHOLE_PICTURE}$", re.IGNORECASE)


def parse_style(text: str) -> str:
    """Read a style given on its own, for when the region comes as a box or mask.

    "cubism", "apply cubism style", "make it look like lego", "in the style of Monet" all give
    the cleaned style. Raises `InstructionError` when no style is left.
    """
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    style_text = _strip_request_words(_without_keep_the_rest(typed))
    masked = _mask_quoted(style_text)  # cut only outside quotes
    prefix, suffix = _STYLE_ONLY_PREFIX.match(masked), _STYLE_ONLY_SUFFIX.search(masked)
    style_text = style_text[prefix.end() if prefix else 0 : suffix.start() if suffix else None]
    style = clean_style(style_text)
    if not style or style.lower() in _ALL_VERBS:
        raise InstructionError(
            f'could not find a style in "{typed[:80]}"; give one such as "cubism" or "watercolor"'
        )
    return style


# ---------------------------------------------------------------------------------------------
# With a style picture (--style-image) the picture may stand for the style
# ---------------------------------------------------------------------------------------------

# "apply this style to the cat", "apply it to the sky", "use the picture's look on all the cars"
_PICTURE_STYLE_TO = re.compile(
    rf"{_any_of(_APPLY_VERBS + ('transfer', 'copy'))}\s+(?:(?:this|that|the|its|my)\s+)?"
    r"(?:(?:picture|image|painting|photo|artwork)(?:'s)?\s+)?(?:(?:style|look|it|this|that)\s+)?"
    r"(?:to|on|onto|for)\s+(?P<region>.+)",
    re.IGNORECASE,
)
# "stylize the cat", "paint the sky like this", "restyle every window in this style"
_STYLIZE_LIKE_THIS = re.compile(
    r"(?:stylise|stylize|restyle|style|paint|repaint|render|redo)\s+(?P<region>.+?)"
    r"(?:\s+(?:like|in|with|after)\s+(?:this|that|it|the\s+(?:picture|image|painting|style))"
    r"(?:\s+(?:style|picture|painting|image|one))?)?",
    re.IGNORECASE,
)


def parse_with_picture(text: str, bare_region: bool = True) -> list[Edit]:
    """Read an instruction given with a style picture: a form that points at the picture ("apply this
    style to the cat", "stylize the cat", or just "the cat") is one edit whose style is "" (the picture's);
    any other instruction is read as `parse_instruction` reads it, and its style words are the ones the
    picture replaces or is mixed with. `bare_region` False (a region was given by hand, so the text is a
    style) reads neither "stylize the cat" nor "the cat". Raises `InstructionError` when no region is found."""
    typed = _normalise_quotes_and_spaces(text) if isinstance(text, str) else ""
    if len(typed) > MAX_INSTRUCTION_CHARS:
        return parse_instruction(text)  # its one line on the length
    body = _strip_request_words(typed)
    region = _picture_form_region(_PICTURE_STYLE_TO, body)
    if region:
        return [Edit(region, "")]
    try:
        return parse_instruction(text)
    except InstructionError:
        if not bare_region:
            raise
    region = (_picture_form_region(_STYLIZE_LIKE_THIS, body) or clean_region(body)) if body else None
    if region and region.split()[0].lower() not in _ALL_VERBS:
        return [Edit(region, "")]
    raise InstructionError(f'could not find a region in "{typed[:80]}"; with a style picture name the region '
                           '("the cat", "all the windows") or give a whole instruction')


def _picture_form_region(pattern: re.Pattern, text: str) -> str | None:
    match = pattern.fullmatch(text)
    return clean_region(match["region"]) if match else None
