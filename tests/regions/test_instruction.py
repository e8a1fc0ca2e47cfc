"""Instruction parsing: the rule parser's phrasings, the LLaVA reply reader, the JSON reader."""

import os

os.environ["HF_HUB_OFFLINE"] = "1"  # tests never reach the hub

import pytest

from localstyle.errors import InstructionError, ModelError
from localstyle.options import Regions, RunOptions
from localstyle.regions.instruction import Edit, parse_instruction, parse_style, parse_with_picture
from localstyle.regions.plan import edits_for
from localstyle.regions.model_parsers import (edits_from_json_reply, llava_box_frame, parse_llava_reply,
                                              parse_with_language_model)

# instruction -> expected [(region, style), ...]; the contract: case kept, articles and
# "in the image" off the region, quotes and a trailing "style" off the style.
PHRASINGS = [
    # Style first, and "look" with an adjective.
    ("in the style of van gogh, paint the sky", [("sky", "van gogh")]),
    ("in cubism style, render the house on the left", [("house on the left", "cubism")]),
    ("make the rightmost tree look autumnal", [("rightmost tree", "autumnal")]),
    # The paper's form.
    ("apply cubism style to the building in the image", [("building", "cubism")]),
    ("apply starry night by van gogh style to the sky in the image", [("sky", "starry night by van gogh")]),
    ("Apply Cubism Style To The Building", [("Building", "Cubism")]),
    ("apply cubism style to the Building In The Image", [("Building", "cubism")]),
    ("apply the mosaic style on the car in this picture", [("car", "mosaic")]),
    ("apply cubism to the building", [("building", "cubism")]),
    ("apply the style of van gogh to the sky", [("sky", "van gogh")]),
    ("apply neon glow to the sign", [("sign", "neon glow")]),
    ("use watercolor for the sky", [("sky", "watercolor")]),
    ("add a van gogh effect to the sky", [("sky", "van gogh")]),
    ("put a van gogh filter on the sky", [("sky", "van gogh")]),
    ("apply the Starry Night to the sky", [("sky", "the Starry Night")]),  # a title keeps "the"
    # make ... look like
    ("make the car look like lego", [("car", "lego")]),
    ("make the building look like a cubist painting", [("building", "cubist painting")]),
    ("make the sky look like it was painted by Van Gogh", [("sky", "painted by Van Gogh")]),
    ("make the salt and pepper shaker look like gold", [("salt and pepper shaker", "gold")]),
    ("the sky should look like a Monet painting", [("sky", "Monet painting")]),
    # turn / transform / convert / change ... into / to
    ("turn the sky into a watercolor", [("sky", "watercolor")]),
    ("turn the sky into black and white", [("sky", "black and white")]),
    ("transform the building into a cubist painting", [("building", "cubist painting")]),
    ("convert the building to cubism style", [("building", "cubism")]),
    ("change the sky to a starry night", [("sky", "starry night")]),
    ("change the car next to the tree to lego", [("car next to the tree", "lego")]),
    ("morph the statue into gold", [("statue", "gold")]),
    # paint / render / stylise / draw / redo ... in / as / with
    ("paint the sky in watercolor", [("sky", "watercolor")]),
    ("render the cat with a mosaic effect", [("cat", "mosaic")]),
    ("stylize the building as cubism", [("building", "cubism")]),
    ("stylise the house in ukiyo-e", [("house", "ukiyo-e")]),
    ("draw the dog in pencil sketch style", [("dog", "pencil sketch")]),
    ("redo the sky as an oil painting", [("sky", "oil painting")]),
    ("draw the woman's dress with pen and ink", [("woman's dress", "pen and ink")]),
    ("colour the tree in autumn tones", [("tree", "autumn tones")]),
    ("style the river like hokusai's great wave", [("river", "hokusai's great wave")]),
    ("paint the sky as The Starry Night", [("sky", "The Starry Night")]),
    ("paint the building in the image in cubism", [("building", "cubism")]),
    # in the style of
    ("paint the sky in the style of Van Gogh's starry night", [("sky", "Van Gogh's starry night")]),
    ("the sky in the style of Monet", [("sky", "Monet")]),
    ("render the bridge in the style of Hokusai", [("bridge", "Hokusai")]),
    # Verb-less forms.
    ("the building in cubism style", [("building", "cubism")]),
    ("the biggest tree in anime-style", [("biggest tree", "anime")]),
    ("cubism style on the building", [("building", "cubism")]),
    ("van gogh style for the sky", [("sky", "van gogh")]),
    # give ... a ... look / feel / style / effect
    ("give the car a lego look", [("car", "lego")]),
    ("give the car on the right a pop art feel", [("car on the right", "pop art")]),
    ("give the wall a graffiti style", [("wall", "graffiti")]),
    ("give the lake an impressionist effect", [("lake", "impressionist")]),
    ("give the sky the look of a Monet painting", [("sky", "Monet painting")]),
    # Region qualifiers stay in the region.
    ("turn the car on the right into lego", [("car on the right", "lego")]),
    ("paint the leftmost dog in watercolor", [("leftmost dog", "watercolor")]),
    ("make the second dog from the left look like a plush toy", [("second dog from the left", "plush toy")]),
    ("paint the man in the red shirt in pop art", [("man in the red shirt", "pop art")]),
    ("paint the man in front of the house in watercolor", [("man in front of the house", "watercolor")]),
    ("paint the girl with a hat in watercolor", [("girl with a hat", "watercolor")]),
    ("paint the dog with the red collar in watercolor", [("dog with the red collar", "watercolor")]),
    ("transform the person in the middle of the photo into a marble statue", [("person in the middle", "marble statue")]),
    # Words that merely contain "style" stay whole.
    ("apply lifestyle photography style to the woman", [("woman", "lifestyle photography")]),
    ("make the building look like a lifestyle magazine cover", [("building", "lifestyle magazine cover")]),
    ("apply freestyle graffiti to the wall", [("wall", "freestyle graffiti")]),
    # Quotes.
    ("apply 'pen and ink' style to the portrait", [("portrait", "pen and ink")]),
    ('apply "cubism style" to the building', [("building", "cubism")]),
    ("apply “ukiyo-e” style to the wave", [("wave", "ukiyo-e")]),
    ('turn the car on the left into a "Simpsons cartoon, 90s"', [("car on the left", "Simpsons cartoon, 90s")]),
    # Requests and politeness.
    ("please apply cubism style to the building", [("building", "cubism")]),
    ("Could you please make the car on the right look like Lego?", [("car on the right", "Lego")]),
    ("can you turn the leftmost dog into a plush toy", [("leftmost dog", "plush toy")]),
    ("I want the sky in van gogh style", [("sky", "van gogh")]),
    ("I'd like the car to look like lego, thanks!", [("car", "lego")]),
    ("I would like you to paint the second dog from the left in watercolor please.", [("second dog from the left", "watercolor")]),
    ("kindly render the sky as a watercolor painting, thank you", [("sky", "watercolor painting")]),
    ("could you make the car look like it's made of lego", [("car", "made of lego")]),
    ("  apply   cubism style\nto the building!!  ", [("building", "cubism")]),
    # Several edits in one instruction.
    ("apply cubism style to the building and starry night by van gogh to the sky", [("building", "cubism"), ("sky", "starry night by van gogh")]),
    ("make the car look like lego, then turn the sky into a watercolor", [("car", "lego"), ("sky", "watercolor")]),
    ("apply cubism to the building and watercolor to the sky", [("building", "cubism"), ("sky", "watercolor")]),
    ("apply black and white style to the car and watercolor to the sky", [("car", "black and white"), ("sky", "watercolor")]),
    ("paint the sky in pen and ink and the car in watercolor", [("sky", "pen and ink"), ("car", "watercolor")]),
    ("paint the sky in black and white and the car in red", [("sky", "black and white"), ("car", "red")]),
    ("make the car look like lego; paint the sky in watercolor", [("car", "lego"), ("sky", "watercolor")]),
    ("Make the car look like Lego. Then paint the sky in watercolor.", [("car", "Lego"), ("sky", "watercolor")]),
    ("make the car look like lego and the sky look like lava", [("car", "lego"), ("sky", "lava")]),
    ("give the car a lego look and the sky a watercolor feel", [("car", "lego"), ("sky", "watercolor")]),
    ("apply cubism style to the building and the sky in watercolor style", [("building", "cubism"), ("sky", "watercolor")]),
    ("apply cubism to the building, watercolor to the sky, and lego to the car", [("building", "cubism"), ("sky", "watercolor"), ("car", "lego")]),
    ("make the two cats on the sofa look like origami and then turn the sofa into marble", [("two cats on the sofa", "origami"), ("sofa", "marble")]),
    ("apply gold to the salt and pepper shaker", [("salt and pepper shaker", "gold")]),
    ("turn the salt and pepper shaker into gold and the cup into glass", [("salt and pepper shaker", "gold"), ("cup", "glass")]),
    # A style with "and" inside is never split, and a verb-less edit passes "apply" on to the next one.
    ("apply cubism style to the sky and black and white style to the house and fire to the tree",
     [("sky", "cubism"), ("house", "black and white"), ("tree", "fire")]),
    ("apply cubism to the sky and black & white to the house", [("sky", "cubism"), ("house", "black & white")]),
    ("apply pen and ink to the tree and ink and wash to the sky", [("tree", "pen and ink"), ("sky", "ink and wash")]),
    ("apply watercolor to the sky, pixel art style to the car and lego to the dog",
     [("sky", "watercolor"), ("car", "pixel art"), ("dog", "lego")]),
]

NOT_INSTRUCTIONS = [
    "",
    "   ",
    "hello",
    "make it nice",
    "turn it into lego",
    "the building",
    "apply cubism",
    "apply watercolor style",
    "paint the building",
    "apply cubism style to it",
    "apply cubism style to the image",
    "apply cubism style to the whole image",
    "apply cubism style to everything",
    "apply cubism style to the",  # a part still to be typed: "the" alone names nothing
    "apply style to the building",
    "and then",
    "please, thanks!",
    "please do something nice with the colours over here",  # "something nice" is no region
    "apply cubism to anything red",
]


@pytest.mark.parametrize("text, expected", PHRASINGS, ids=[text for text, _ in PHRASINGS])
def test_rule_parser_reads_phrasing(text, expected):
    edits = parse_instruction(text)
    assert [(edit.region, edit.style) for edit in edits] == expected
    assert all(edit.box is None for edit in edits)


def test_table_is_large_enough():
    assert len(PHRASINGS) >= 70


@pytest.mark.parametrize("text", NOT_INSTRUCTIONS)
def test_rule_parser_rejects_text_without_region_or_style(text):
    with pytest.raises(InstructionError) as raised:
        parse_instruction(text)
    message = str(raised.value)
    assert "\n" not in message and "apply <style> style to <region>" in message


def test_instruction_error_is_a_value_error():
    with pytest.raises(ValueError):
        parse_instruction("hello")


def test_too_long_instruction_is_refused():
    with pytest.raises(InstructionError, match="too long"):
        parse_instruction("apply cubism to the building and " * 100)


def test_edit_is_frozen():
    edit = Edit("sky", "watercolor")
    with pytest.raises(AttributeError):
        edit.region = "car"  # type: ignore[misc]


@pytest.mark.parametrize(
    "text, style",
    [
        ("cubism", "cubism"),
        ("apply cubism style", "cubism"),
        ("apply cubism style to the image", "cubism"),
        ("make it look like lego", "lego"),
        ("turn it into a watercolor", "watercolor"),
        ("paint in watercolor", "watercolor"),
        ("give it a lego look", "lego"),
        ("in the style of Monet", "Monet"),
        ('please apply "pen and ink" style, thanks', "pen and ink"),
        ("Van Gogh's starry night", "Van Gogh's starry night"),
    ],
)
def test_style_on_its_own(text, style):
    assert parse_style(text) == style


@pytest.mark.parametrize("text", ["", "  ", "apply", "style", "please"])
def test_style_on_its_own_must_name_a_style(text):
    with pytest.raises(InstructionError, match="could not find a style"):
        parse_style(text)


# ---- LLaVA replies ----------------------------------------------------------------------------

WIDE = (200, 100)  # padded to a 200 x 200 square with 50 rows above and below the photo


def test_llava_normalised_box_defaults_to_padded_square():
    edit = parse_llava_reply('[0.25, 0.25, 0.75, 0.75] "cubism"', WIDE)
    # x: 0.25 * 200 = 50, 0.75 * 200 = 150; y: 0.25 * 200 - 50 = 0, 0.75 * 200 - 50 = 100
    assert edit == Edit("object", "cubism", (50.0, 0.0, 150.0, 100.0))


@pytest.mark.parametrize("reply, convention, box", [
    ('[0.25, 0.25, 0.75, 0.75] "cubism"', "original", (50.0, 25.0, 150.0, 75.0)),  # normalised, unpadded
    ('[20, 60, 120, 140] "cubism"', "padded-square", (20.0, 10.0, 120.0, 90.0)),  # pixels, 50 rows of padding
    ('[0.75, 0.75, 0.25, 0.25] "cubism"', "original", (50.0, 25.0, 150.0, 75.0)),  # reversed corners ordered
])
def test_llava_box_conventions(reply, convention, box):
    assert parse_llava_reply(reply, WIDE, convention=convention).box == box


def test_llava_padded_square_on_a_tall_image():
    edit = parse_llava_reply("(0.5, 0.0, 1.0, 0.5) 'ink wash'", (100, 200))
    # x: 0.5 * 200 - 50 = 50, 1.0 * 200 - 50 = 150 -> clamped to 100; y unpadded
    assert edit.box == (50.0, 0.0, 100.0, 100.0)
    assert edit.style == "ink wash"


def test_llava_pixel_box_is_taken_as_original_pixels():
    edit = parse_llava_reply('The box is [20, 10, 120, 90] and the style is "Van Gogh style".', WIDE)
    assert edit == Edit("object", "Van Gogh", (20.0, 10.0, 120.0, 90.0))


def test_llava_out_of_range_box_is_clamped():
    edit = parse_llava_reply('[-30, -5, 250, 400] "cubism"', WIDE)
    assert edit.box == (0.0, 0.0, 200.0, 100.0)


def test_llava_loose_numbers_and_region_argument():
    reply = 'x0=0.1, y0=0.2, x1=0.5, y1=0.6; style: "1920s poster"'
    edit = parse_llava_reply(reply, (100, 100), region="sky")
    assert edit == Edit("sky", "1920s poster", (10.0, 20.0, 50.0, 60.0))


@pytest.mark.parametrize(
    "reply, problem",
    [
        ('The style is "cubism".', "no box"),
        ("[0.1, 0.2, 0.5]", "no box"),
        ("[0.1, 0.2, 0.5, 0.6] cubism", "no quoted style"),
        ('[0.1, 0.2, 0.1, 0.6] "cubism"', "no area"),
        ('[250, 10, 300, 90] "cubism"', "no area"),  # entirely right of the image
        ('[0.1, 0.2, 0.5, 0.6] "style"', "no quoted style"),
    ],
)
def test_llava_unreadable_replies(reply, problem):
    with pytest.raises(InstructionError, match=problem):
        parse_llava_reply(reply, WIDE)


def test_llava_unknown_convention_is_refused():
    with pytest.raises(ValueError, match="convention"):
        parse_llava_reply('[0.1, 0.2, 0.5, 0.6] "cubism"', WIDE, convention="square")


# ---- Language-model JSON replies ----------------------------------------------------------------


@pytest.mark.parametrize(
    "reply, expected",
    [
        ('[{"region": "building", "style": "cubism"}]', [("building", "cubism")]),
        (
            'Sure! Here are the edits:\n```json\n[{"region": "the sky in the image", '
            '"style": "\'watercolor\' style"}, {"Region": "car", "Style": "lego"}]\n```',
            [("sky", "watercolor"), ("car", "lego")],
        ),
        ('Note [1] first. [{"region": "dog", "style": "ink", "extra": 1}]', [("dog", "ink")]),
    ],
)
def test_json_reply_is_read_and_cleaned(reply, expected):
    assert [(e.region, e.style) for e in edits_from_json_reply(reply)] == expected


@pytest.mark.parametrize(
    "reply",
    [
        "[]",
        "no json here",
        '{"region": "sky", "style": "ink"}',
        '[{"object": "sky", "look": "ink"}]',
        '[{"region": "sky"}]',
        '[{"region": "", "style": "ink"}]',
        '[{"region": "it", "style": "ink"}]',
        '[{"region": "sky", "style": 3}]',
        '["sky", "ink"]',
        '[{"region": "sky", "style": "ink"}',
    ],
)
def test_json_reply_errors(reply):
    with pytest.raises(InstructionError, match="language model reply was not usable JSON edits"):
        edits_from_json_reply(reply)


# ---- Language-model path with a tiny random model -----------------------------------------------


@pytest.fixture(scope="module")
def tiny_chat_model(tmp_path_factory):
    """A random one-layer Llama with a byte-level tokenizer and a chat template, saved to disk."""
    torch = pytest.importorskip("torch")
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    specials = ["<s>", "</s>", "<pad>"]
    symbols = sorted(pre_tokenizers.ByteLevel.alphabet()) + specials
    backend = Tokenizer(models.BPE(vocab={s: i for i, s in enumerate(symbols)}, merges=[]))
    backend.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    backend.decoder = decoders.ByteLevel()
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend, bos_token="<s>", eos_token="</s>", pad_token="<pad>"
    )
    tokenizer.chat_template = "{% for m in messages %}<s>{{ m['content'] }}\n{% endfor %}"
    config = LlamaConfig(
        vocab_size=len(symbols), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        num_key_value_heads=2, intermediate_size=32, max_position_embeddings=1024,
        bos_token_id=256, eos_token_id=257, pad_token_id=258,
    )  # fmt: skip
    torch.manual_seed(0)
    folder = tmp_path_factory.mktemp("tiny-chat-lm")
    LlamaForCausalLM(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return str(folder)


def test_random_language_model_reply_gives_clean_instruction_error(tiny_chat_model):
    with pytest.raises(InstructionError) as raised:
        parse_with_language_model("apply cubism style to the building", tiny_chat_model)
    message = str(raised.value)
    assert message.startswith("language model reply was not usable JSON edits")
    assert "\n" not in message


def test_language_model_loads_once_into_its_owner(tiny_chat_model, monkeypatch):
    loaded = {}  # a ModelSet's `loaded`: the parser's model lives as long as the stylizer that owns it
    with pytest.raises(InstructionError):
        parse_with_language_model("make the car look like lego", tiny_chat_model, loaded=loaded)

    def fail_to_load(*args, **kwargs):
        raise AssertionError("the model was loaded a second time")

    monkeypatch.setattr("transformers.AutoModelForCausalLM.from_pretrained", fail_to_load)
    with pytest.raises(InstructionError):  # still the reply's fault, not a reload
        parse_with_language_model("make the car look like lego", tiny_chat_model, loaded=loaded)
    assert any(tiny_chat_model in key for key in loaded)
    with pytest.raises(ModelError, match="a second time"):  # another owner loads its own
        parse_with_language_model("make the car look like lego", tiny_chat_model, loaded={})


def test_language_model_reply_is_decoded_and_validated(tiny_chat_model, monkeypatch):
    import localstyle.regions.model_parsers as instruction

    loaded = {}
    tokenizer, _ = instruction._load_language_model(tiny_chat_model, "cpu", loaded)
    reply = 'Here: [{"region": "the building", "style": "cubism style"}]'
    reply_ids = tokenizer(reply, add_special_tokens=False, return_tensors="pt")["input_ids"][0]
    monkeypatch.setattr(instruction, "_generate_new_tokens", lambda *args: reply_ids)
    edits = parse_with_language_model("apply cubism style to the building", tiny_chat_model, loaded=loaded)
    assert edits == [Edit("building", "cubism")]


def test_language_model_without_chat_template_gets_a_plain_prompt(tiny_chat_model, monkeypatch):
    import localstyle.regions.model_parsers as instruction

    loaded = {}
    tokenizer, _ = instruction._load_language_model(tiny_chat_model, "cpu", loaded)
    monkeypatch.setattr(tokenizer, "chat_template", None)
    with pytest.raises(InstructionError, match="not usable JSON edits"):
        parse_with_language_model("turn the sky into a watercolor", tiny_chat_model, loaded=loaded)


def test_missing_language_model_is_a_model_error(tmp_path):
    missing = tmp_path / "no-such-model"
    with pytest.raises(ModelError, match="no-such-model"):
        parse_with_language_model("apply cubism style to the building", str(missing))


@pytest.mark.parametrize("model, model_type, frame", [
    ("liuhaotian/llava-v1.6-34b", "", "original"),  # the paper's: boxes times the original W and H
    ("llava-hf/llava-v1.6-mistral-7b-hf", "llava_next", "original"),
    ("/models/my-llava", "llava_next", "original"),
    ("llava-hf/llava-1.5-7b-hf", "llava", "padded-square"),
    ("liuhaotian/llava-v1.5-13b", "", "padded-square"),
])
def test_llava_box_frame_follows_the_model_version(model, model_type, frame):
    assert llava_box_frame(model, model_type) == frame
    # What that means for a normalised box on a 200 x 100 photo:
    edit = parse_llava_reply('[0.25, 0.25, 0.75, 0.75] "cubism"', WIDE, convention=frame)
    assert edit.box == ((50, 25, 150, 75) if frame == "original" else (50, 0, 150, 100))


def test_llava_box_frame_flag_reaches_the_parser():
    from localstyle.cli import build_parser

    args = build_parser().parse_args(["stylize", "p.png", "cubism", "-o", "o.png", "--parser", "llava",
                                      "--llava-box-frame", "original"])
    assert args.llava_box_frame == "original"
    assert build_parser().parse_args(["stylize", "p.png", "cubism", "-o", "o.png"]).llava_box_frame == "auto"


@pytest.mark.parametrize("word", ["it", "This", "THOSE", "everything"])
def test_a_pronoun_is_not_a_style(word):
    from localstyle.regions.instruction import clean_style

    assert clean_style(word) is None and clean_style(f"{word} style") is None


def test_quoted_text_is_blanked_between_its_quotes_only():
    from localstyle.regions.instruction import _mask_quoted

    assert _mask_quoted('apply "a b" and \'c\' to the sky') == 'apply "\0\0\0" and \'\0\' to the sky'


def test_a_long_instruction_that_cannot_be_read_is_shortened_in_the_error():
    text = "12345 " * 20  # 120 characters, no region and no style
    with pytest.raises(InstructionError) as caught:
        parse_instruction(text)
    assert f'in "{text[:77]}..."; ' in str(caught.value) and text.strip() not in str(caught.value)


# ---------------------------------------------------------------- with a style picture (--style-image)

@pytest.mark.parametrize("text, region, style", [
    ("the cat", "cat", ""),
    ("all the windows", "all the windows", ""),
    ("every car on the left", "every car on the left", ""),
    ("apply this style to the cat", "cat", ""),
    ("apply it to the sky", "sky", ""),
    ("apply the picture's style to the dog", "dog", ""),
    ("use this look on all the cars", "all the cars", ""),
    ("stylize the cat", "cat", ""),
    ("please restyle the sky, thanks", "sky", ""),
    ("paint the house like this", "house", ""),
    # a whole instruction keeps its style words: the picture replaces them (or is mixed with them)
    ("apply cubism style to all the cars", "all the cars", "cubism"),
    ("paint the cars in watercolor", "cars", "watercolor"),
])
def test_with_a_picture_the_instruction_may_name_the_region_alone(text, region, style):
    assert parse_with_picture(text) == [Edit(region, style)]


@pytest.mark.parametrize("text", ["stylize", "the image", "", "apply this style"])
def test_with_a_picture_a_text_naming_no_region_is_refused(text):
    with pytest.raises(InstructionError, match="could not find a region"):
        parse_with_picture(text)


def test_with_a_picture_and_a_region_given_the_text_is_the_style_or_nothing():
    box, options = Regions.of(box=(1, 2, 30, 40)), RunOptions(style_image="painting.png")
    assert edits_for("cubism", box, options) == [Edit("given region", "cubism")]
    assert edits_for("apply this style", box, options) == [Edit("given region", "")]
    assert edits_for("apply this style to the cat", box, options) == [Edit("cat", "")]
    with pytest.raises(InstructionError):
        edits_for("apply this style", box, RunOptions())  # without a picture a style is needed


# RegionRoute's prompt pattern (the authors' README and training records) and the ways people say the same:
# the "keep the rest" clause names neither region nor style.
KEEP_THE_REST = [
    ("make the cat in pixel-art style, keep other area unchanged", [("cat", "pixel-art")]),
    ("make the man in pixel-art style, keep other area unchanged", [("man", "pixel-art")]),
    ("make the dog in line-art style, keep other areas unchanged.", [("dog", "line-art")]),
    ("Make the Cat in Cyberpunk style, keep the other areas unchanged", [("Cat", "Cyberpunk")]),
    ("make the car in expressionism style and keep the rest unchanged", [("car", "expressionism")]),
    ("apply pixel art style to the cat, keep the rest of the image unchanged", [("cat", "pixel art")]),
    ("turn the sky into watercolor while keeping everything else the same", [("sky", "watercolor")]),
    ("paint the house in cubism; leave the background as it is", [("house", "cubism")]),
    ("apply cubism to the cat and watercolor to the sky, keep other area intact",
     [("cat", "cubism"), ("sky", "watercolor")]),
    ('apply "keep the rest unchanged" style to the cat', [("cat", "keep the rest unchanged")]),  # quoted: a style
]


@pytest.mark.parametrize("text, expected", KEEP_THE_REST, ids=[text for text, _ in KEEP_THE_REST])
def test_a_keep_the_rest_clause_is_not_part_of_the_style(text, expected):
    assert [(edit.region, edit.style) for edit in parse_instruction(text)] == expected


def test_a_style_on_its_own_drops_the_keep_the_rest_clause_too():
    assert parse_style("pixel-art style, keep other area unchanged") == "pixel-art"
