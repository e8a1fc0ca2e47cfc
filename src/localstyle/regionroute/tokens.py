"""Where the style phrase sits in the prompt's token sequence, from the tokenizer's character offsets.

Matching characters rather than token ids keeps it right whatever the tokenizer does at word edges: case
("Pixel-Art" vs "pixel-art"), punctuation glued to a word ("(pixel-art)"), or a phrase written with other
separators ("pixel art" in a prompt that says "pixel-art"). Every token whose character span overlaps the
phrase's span counts; special tokens (empty spans) never do.
"""

from __future__ import annotations

import re

from localstyle.errors import InputError


def phrase_span(prompt: str, phrase: str) -> tuple[int, int]:
    """(start, end) characters of the first occurrence of `phrase` in `prompt`: case-insensitive, words
    separated by any run of spaces or punctuation, not inside a longer word."""
    words = re.findall(r"[^\W_]+", phrase.lower())
    if not words:
        raise InputError(f"style phrase {phrase!r} has no letters or digits")
    pattern = r"(?<![^\W_])" + r"[\W_]+".join(map(re.escape, words)) + r"(?![^\W_])"
    found = re.search(pattern, prompt.lower())
    if found is None:
        raise InputError(f"style phrase {phrase!r} is not in the prompt {prompt!r}")
    return found.span()


def style_token_positions(tokenizer, prompt: str, phrase: str, max_length: int | None = None) -> list[int]:
    """Indices of the tokens of `phrase` in `tokenizer(prompt)` (the sequence the text encoder sees)."""
    start, end = phrase_span(prompt, phrase)
    encoded = tokenizer(prompt, return_offsets_mapping=True, truncation=max_length is not None,
                        max_length=max_length)
    positions = [index for index, (first, last) in enumerate(encoded["offset_mapping"])
                 if last > first and first < end and last > start]
    if not positions:
        limit = f" within the first {max_length} tokens" if max_length else ""
        raise InputError(f"style phrase {phrase!r} has no token{limit} in the prompt {prompt!r}")
    return positions


def batch_positions(tokenizer, prompts: list[str], phrases: list[str], max_length: int | None = None) -> list:
    """One position list per sample: each sample's own phrase in its own prompt."""
    if len(prompts) != len(phrases):
        raise InputError(f"{len(prompts)} prompts but {len(phrases)} style phrases")
    return [style_token_positions(tokenizer, p, s, max_length) for p, s in zip(prompts, phrases)]
