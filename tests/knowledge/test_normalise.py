"""Normalisation: markup, lexicon rewrites, typo correction and stemming."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.matching import LexiconPack, load_matcher_packs
from knowledge.matching import normalise as normalise_module
from knowledge.matching.normalise import Normaliser
from knowledge.matching.segment import (
    Segment,
    question_parts,
    question_segments,
    split_label,
    split_role_opening,
)
from knowledge.matching.text import clean, stem, words
from tests.support.packs import builtin_knowledge, builtin_matcher_packs

PACKS = Path(__file__).resolve().parents[2] / "knowledge" / "packs"


@pytest.fixture(scope="module")
def lexicon() -> LexiconPack:
    return load_matcher_packs(PACKS)[1]


@pytest.fixture(scope="module")
def normaliser(lexicon: LexiconPack) -> Normaliser:
    return Normaliser(lexicon, ["protocol", "sharing", "guidance", "information", "school"])


def test_slack_and_html_markup_is_removed() -> None:
    text = "<!channel> <@U123|sam> see <https://gov.uk/x|the guidance> &amp; <b>bold</b>"
    assert words(text) == ["see", "the", "guidance", "bold"]


def test_accents_quotes_and_possessives_are_folded() -> None:
    assert clean("Caf\u00e9\u2019s organisation's") == "cafe organisation"


@pytest.mark.parametrize(
    ("word", "expected"),
    [("share", "shar"), ("shared", "shar"), ("sharing", "shar"), ("shares", "shar")],
)
def test_stem_joins_forms_of_a_word(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_stem_leaves_short_words_and_numbers() -> None:
    assert [stem(w) for w in ("is", "isp", "1998", "process")] == ["is", "isp", "1998", "process"]


def test_abbreviations_expand(normaliser: Normaliser) -> None:
    assert normaliser.normalise("ISP").text == "information shar protocol"
    assert normaliser.normalise("the DPA").text == "data protection act"


def test_american_spelling_and_synonyms_meet_the_published_words(normaliser: Normaliser) -> None:
    assert normaliser.normalise("organization").text == normaliser.normalise("organisation").text
    assert normaliser.normalise("goal").text == normaliser.normalise("purpose").text
    assert normaliser.normalise("revised").text == normaliser.normalise("updated").text
    assert normaliser.normalise("kids").text == normaliser.normalise("children").text


def test_typos_are_corrected_against_the_known_words(normaliser: Normaliser) -> None:
    assert normaliser.normalise("protcol").text == "protocol"
    assert normaliser.normalise("sahring").text == normaliser.normalise("sharing").text
    assert normaliser.normalise("protcol", correct=False).text == "protcol"


def test_unknown_real_words_are_not_bent_into_known_ones(normaliser: Normaliser) -> None:
    # "school" is one edit from nothing known that starts with s; "pool" is too short to touch.
    assert normaliser.normalise("cool school pool lunch").content == ("school", "pool", "lunch")


def test_fillers_alone_leave_nothing_but_are_noticed(normaliser: Normaliser) -> None:
    result = normaliser.normalise("Hi, thanks!")
    assert result.tokens == ()
    assert result.had_fillers
    assert result.had_words


def test_negation_survives_contractions(normaliser: Normaliser) -> None:
    assert "not" in normaliser.normalise("I can't share").tokens


def test_max_tokens_caps_the_work(normaliser: Normaliser) -> None:
    assert len(normaliser.normalise("protocol " * 1000, max_tokens=10).tokens) == 10


def test_a_long_story_is_cut_to_its_question() -> None:
    story = "I work in a school. " * 400 + "We have no ISP with the GP. Can I still share?"
    segments = question_segments(story)
    assert segments[0] == "We have no ISP with the GP. Can I still share?"


def test_short_messages_are_taken_whole() -> None:
    assert question_segments("  Do I need an ISP?  ") == ["Do I need an ISP?"]
    assert question_segments("<!here>") == []


def test_a_role_opening_is_background() -> None:
    assert split_role_opening("I'm a youth worker, is it ok to share with the school?") == (
        "I'm a youth worker",
        "is it ok to share with the school?",
    )
    assert (
        split_role_opening("As a DSL I get asked how to decide")[1] == "I get asked how to decide"
    )
    assert split_role_opening("Is it ok to share?") == ("", "Is it ok to share?")
    assert split_role_opening("I'm a nurse, why?") == ("", "I'm a nurse, why?")


def test_a_label_before_a_colon_is_background_not_question() -> None:
    assert split_label("Youth worker: do we only ever share with permission?") == (
        "Youth worker",
        "do we only ever share with permission?",
    )
    assert split_label("DSL here - how much should I pass on to staff?")[0] == "DSL here"
    (part,) = question_parts("Nursery room leader: will my setting back me up if I share?")
    assert (part.background, part.question) == (
        "Nursery room leader",
        "will my setting back me up if I share?",
    )
    # one word may be the subject itself; a label needs something left to ask
    assert split_label("factors: share or not share")[0] == ""
    assert split_label("Quick one: ISP?")[0] == ""
    assert split_label("What is an ISP? Do we need one?")[0] == ""


def test_the_sentences_before_a_question_are_its_background() -> None:
    text = "I'm a school nurse. A parent told me something at drop-off. Do I need an ISP to share?"
    (first,) = question_parts(text, max_segments=1)
    assert first.question == "Do I need an ISP to share?"
    assert first.background == "I'm a school nurse. A parent told me something at drop-off."
    (alone,) = question_parts("I'm a school nurse, do I need an ISP to share with the GP?")
    # The role opening is kept as the label (round 27: where the asker is may be named there).
    assert alone == Segment("do I need an ISP to share with the GP?", label="I'm a school nurse")
    short = question_parts("I work in a school. We have no ISP with the GP. Is that right?")[0]
    assert short.background == "We have no ISP with the GP."


# Texts that would go wrong if normalising them together let one text reach into the next:
# markup opened in one and closed in the next, a filler phrase split across two ("thank" /
# "you"), an apostrophe or accent in one of them, an end marker typed by someone, no words.
_NEIGHBOURS = [
    "a <b",
    "c> d",
    "<https://gov.uk/x|the guidance",
    "> and more",
    "thank",
    "you",
    "thank you for the ISP",
    "Caf\u00e9\u2019s organisation's DPA &amp; IG",
    "Good morning! Is it OK to share info with kids' schools?",
    "",
    "  ?! ",
    "nul \x00 inside",
    "Line one\nline two\ttabbed",
    "ORGANIZATION revised aims",
]


def _pack_texts() -> list[str]:
    qa = builtin_knowledge().entries
    not_covered, _ = load_matcher_packs(PACKS)
    texts = [t for e in qa for t in (e.question, *e.alternates, *e.keywords, e.answer)]
    texts += [c for topic in not_covered.topics for c in topic.cues]
    return texts + list(not_covered.off_topic)


@pytest.mark.parametrize("slice_size", [3, 8192])
def test_normalising_many_texts_together_gives_what_each_gives_alone(
    normaliser: Normaliser, monkeypatch: pytest.MonkeyPatch, slice_size: int
) -> None:
    monkeypatch.setattr(normalise_module, "_SLICE", slice_size)
    texts = _NEIGHBOURS + _pack_texts() + list(reversed(_NEIGHBOURS))
    vocabulary: set[str] = set()

    together = normaliser.texts(texts, vocabulary)

    assert together == [normaliser.normalise(t, correct=False).text for t in texts]
    assert vocabulary == {w for t in texts for w in words(t)}


@settings(deadline=None, max_examples=300)
@given(st.lists(st.text(alphabet="ab <>|&:'\u00e9\u2019.?\x00\nthankyouISP", max_size=30)))
def test_any_texts_normalised_together_are_normalised_as_alone(texts: list[str]) -> None:
    normaliser = Normaliser(builtin_matcher_packs()[1])
    assert normaliser.texts(texts) == [normaliser.normalise(t, correct=False).text for t in texts]


def _lexicon_pieces() -> list[str]:
    # The lexicon's phrases, what they are rewritten to, and the words dropped: texts of these
    # meet phrases side by side, overlapping, and rewritten into one another's words.
    lexicon = load_matcher_packs(PACKS)[1]
    found = {*lexicon.fillers, *lexicon.ignored, *lexicon.stopwords}
    for mapping in (lexicon.synonyms, lexicon.abbreviations, lexicon.spellings):
        found.update(t for key, value in mapping.items() for t in (key, value))
    return sorted(found)


@settings(deadline=None, max_examples=300)
@given(st.lists(st.lists(st.sampled_from(_lexicon_pieces()), max_size=8).map(" ".join)))
def test_texts_of_the_lexicons_own_words_are_normalised_together_as_alone(
    texts: list[str],
) -> None:
    normaliser = Normaliser(builtin_matcher_packs()[1])
    assert normaliser.texts(texts) == [normaliser.normalise(t, correct=False).text for t in texts]


_LOOKING_BACK_FIRST = (
    re.compile(r"(?<=[a-z])['\u2019]s\b"),
    re.compile(r"(?<=[a-z])['\u2019](?=[a-z])"),
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="as'\u2019_ b1Z-.:", max_size=14))
def test_apostrophes_go_as_they_did_when_the_letter_before_was_looked_for_first(
    typed: str,
) -> None:
    possessive, apostrophe = _LOOKING_BACK_FIRST
    before = apostrophe.sub("", possessive.sub("", typed.lower()))

    assert clean(typed) == before
    assert words(typed) == re.findall(r"[a-z0-9]+", before)


def test_apostrophes_and_possessives_in_a_story() -> None:
    story = "We're told the children's social worker won't share, and it's the GP's call: is it?"
    # "we're" is "we are", never the word "were" (round 22); "won't" is typed as "wont"
    assert words(story) == [
        "we", "are", "told", "the", "children", "social", "worker", "wont", "share",
        "and", "it", "the", "gp", "call", "is", "it",
    ]  # fmt: skip


def test_the_typo_table_is_made_at_the_first_typo_not_at_the_start(lexicon: LexiconPack) -> None:
    made = Normaliser(lexicon, ["protocol", "sharing", "guidance", "information", "school"])
    expected = made.normalise("information sharing protocol", correct=False).text
    assert made.normalise("information sharing protocol").text == expected
    assert "_by_length" not in vars(made._typos)  # a text without a typo never needs it
    assert made.normalise("informaton sharing protocl").text == expected
    assert "_by_length" in vars(made._typos)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="ab9 '-<>&:\u00e9", max_size=6), max_size=6))
def test_a_vocabulary_is_known_word_by_word_whatever_its_items_hold(
    lexicon: LexiconPack, vocabulary: list[str]
) -> None:
    # The index's vocabulary is plain words, checked in one go; anything else is split item by
    # item, so words never run together across two items.
    made = Normaliser(lexicon, vocabulary)
    expected = {w for item in vocabulary for w in words(item)}
    assert expected <= made.known_words
    assert made.known_words == Normaliser(lexicon).known_words | expected


@given(st.text(alphabet="aZ9 \t\n.'-<&:\u00e9\u0131\u212a\u00b2_", max_size=14))
def test_words_are_the_letter_and_digit_runs_of_the_cleaned_text(text: str) -> None:
    # `words` splits a text of ASCII letters and digits between spaces at its spaces, and
    # finds the runs of any other text: both must give what finding them always gave.
    assert words(text) == re.findall(r"[a-z0-9]+", clean(text))


def test_words_split_plain_phrases_at_their_spaces() -> None:
    assert words("  Seven Rules  of 7 ") == ["seven", "rules", "of", "7"]
    assert words("seven\trules") == ["seven", "rules"]
    assert words("") == [] and words("   ") == []


@pytest.mark.parametrize("vocabulary", [["a b"], ["9 9"], ["sharing", "data protection"]])
def test_an_item_of_two_words_is_known_word_by_word(
    lexicon: LexiconPack, vocabulary: list[str]
) -> None:
    # Found by Hypothesis (round 56): joined with spaces, an item of two words passed the plain
    # words' one check and was kept whole, its words unknown.
    made = Normaliser(lexicon, vocabulary)
    assert {w for item in vocabulary for w in words(item)} <= made.known_words
    assert not any(" " in w for w in made.known_words - Normaliser(lexicon).known_words)
