"""Style-token positions from the tokenizers' character offsets."""

import pytest
from transformers import AutoTokenizer

from localstyle.errors import InputError
from localstyle.regionroute.tokens import (
    batch_positions,
    phrase_span,
    style_token_positions,
)


@pytest.fixture(scope="module")
def t5(tiny_bases):
    return AutoTokenizer.from_pretrained(tiny_bases.parent / "kontext" / "tokenizer_2")


@pytest.fixture(scope="module")
def clip(tiny_bases):
    return AutoTokenizer.from_pretrained(tiny_bases.parent / "kontext" / "tokenizer")


def covered_text(tokenizer, prompt, positions):
    offsets = tokenizer(prompt, return_offsets_mapping=True)["offset_mapping"]
    return prompt[offsets[positions[0]][0]:offsets[positions[-1]][1]]


def test_phrase_span_is_case_and_punctuation_robust():
    assert phrase_span("make the man in (Pixel-Art) style", "pixel-art") == (17, 26)
    assert phrase_span("make the man in pixel-art style", "Pixel Art") == (16, 25)
    assert phrase_span("a smart art piece", "art") == (8, 11)  # not the "art" inside "smart"
    with pytest.raises(InputError, match="'cubism' is not in the prompt"):
        phrase_span("make the man in pixel-art style", "cubism")
    with pytest.raises(InputError, match="no letters"):
        phrase_span("make it so", "--")


def test_t5_positions_cover_exactly_the_phrase(t5):
    prompt = "make the man in (Pixel-Art) style, keep other area unchanged"
    positions = style_token_positions(t5, prompt, "pixel-art")
    assert positions == list(range(positions[0], positions[-1] + 1))
    assert covered_text(t5, prompt, positions).strip("(") == "Pixel-Art"
    ids = t5(prompt)["input_ids"]
    assert t5.convert_ids_to_tokens(ids[positions[0] - 1]) == "\u2581("  # the bracket stays out


def test_whole_word_tokens(t5):
    prompt = "make the man in cubism style"
    positions = style_token_positions(t5, prompt, "Cubism")
    assert "".join(t5.convert_ids_to_tokens(t5(prompt)["input_ids"])[p] for p in positions) \
        .replace("\u2581", "") == "cubism"


def test_clip_positions_count_the_start_token(clip):
    prompt = "a pixel man"
    positions = style_token_positions(clip, prompt, "pixel")
    assert positions == [2, 3, 4, 5, 6]  # <|startoftext|>, "a", then one token per character of "pixel"


def test_per_sample_positions_and_truncation(t5):
    prompts = ["make the cat in line art style", "make the man in cubism style"]
    first, second = batch_positions(t5, prompts, ["line art", "cubism"])
    assert covered_text(t5, prompts[0], first) == "line art"
    assert covered_text(t5, prompts[1], second) == "cubism"
    assert first != second
    with pytest.raises(InputError, match="'cubism' has no token within the first 3 tokens"):
        style_token_positions(t5, prompts[1], "cubism", max_length=3)
    with pytest.raises(InputError, match="2 prompts but 1"):
        batch_positions(t5, prompts, ["cubism"])
