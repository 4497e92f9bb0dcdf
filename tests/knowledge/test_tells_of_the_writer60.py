"""Round 60 (quote267): a sentence opening "I" that asks nothing tells of the writer."""

from __future__ import annotations

import pytest

from knowledge.matching.question_forms import asks_something, tells_of_the_writer
from knowledge.matching.text import words


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm nervous about breaking her trust.",
        "Im worried I'll get it wrong",
        "Ive never had to decide this before",
        "I keep going back and forth about sharing.",
        "We're nervous about getting it wrong.",
    ],
)
def test_a_worry_tells_of_the_writer(sentence: str) -> None:
    assert tells_of_the_writer(sentence, words(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm not sure whether I need consent.",
        "im not sure if i can share this",
        "I need to know when I can share.",
        "I'm not sure when I'm allowed to share.",
        "I'm worried, can I share it?",
        "We can't share anything without consent.",
        "Consent is always needed to share.",
        "",
    ],
)
def test_an_ask_a_claim_or_we_is_not_the_writer_telling(sentence: str) -> None:
    assert not tells_of_the_writer(sentence, words(sentence))


def test_im_typed_without_the_apostrophe_says_it_asks() -> None:
    assert asks_something("", words("im not sure if i can share this"))
