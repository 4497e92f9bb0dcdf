"""A word of emphasis inside an entry's anchor as typed ("why does info sharing even
matter?", "what do families themselves think…?") no longer hides the anchor (round 13,
docs/matcher.md; each was offered as related before). Emphasis only adds anchors found: the
same words about something else are still held back."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.matching import NotCoveredPack
from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("why does info sharing even matter?", 1),
        # practice-dev10
        (
            "early help worker: what do families themselves think about agreeing to share "
            "their information with us?",
            5,
        ),
    ],
)
def test_an_anchor_with_a_word_of_emphasis_inside_is_found(
    chat: Chat, message: str, number: int
) -> None:
    assert quoted(chat.send(message)) == [published_question(number)]


@pytest.mark.parametrize(
    "message",
    [
        "why does early help actually matter?",
        "what do families really think about social workers?",
        "what's the DPA actually for?",
    ],
)
def test_emphasis_about_something_else_is_still_held_back(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []


def test_emphasis_must_be_single_words() -> None:
    with pytest.raises(ValidationError, match="not one word"):
        NotCoveredPack.model_validate({"kind": "not-covered", "emphasis": ["to be honest"]})


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("what good does sharing info between services actually do", 1),
        ("is sharing information really that big a deal for early help?", 1),
        ("are there kinds of sharing the guidance doesn't deal with?", 10),
        ("how do young people see information sharing?", 5),
    ],
)
def test_an_entrys_subject_in_everyday_words_is_found(
    chat: Chat, message: str, number: int
) -> None:
    assert quoted(chat.send(message)) == [published_question(number)]
