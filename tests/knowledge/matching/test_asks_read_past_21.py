"""What a question asks, read past the words that only stress or frame it, and the one entry that
answers an ask about sharing in general (docs/matcher.md, round 21).

Each question here is a fresh wording, not an item of a labelled set; each test failed before.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.asks import Asks, without_frame
from knowledge.matching.text import words
from tests.support.core import Chat, published_question, quoted

_ASKS = {"opinion": ["view", "views", "think about"], "conditions": ["when am i allowed"]}


def test_a_frame_of_reference_asks_no_ones_view() -> None:
    asks = Asks(_ASKS)
    assert asks.of(words("is that ok from a confidentiality point of view?")) is None
    assert asks.of(words("is it fine from the school's point of view?")) is None
    # a view that is asked for is still an opinion
    assert asks.of(words("what is the young person's point of view?")) == "opinion"
    assert asks.of(words("from their point of view, what do families think about it?")) == (
        "opinion"
    )


def test_without_frame_keeps_the_question_when_there_is_none() -> None:
    question = words("what are their views on sharing")
    assert without_frame(question) is question


def test_words_of_emphasis_are_read_past() -> None:
    asks = Asks(_ASKS, emphasis=["actually", "really"])
    assert asks.of(words("when am I actually allowed to pass it on?")) == "conditions"
    assert asks.all_of(words("when am I really allowed to say?")) == {"conditions"}


def test_a_phrase_holding_a_word_of_emphasis_is_still_found() -> None:
    asks = Asks({"purpose": ["really for"]}, emphasis=["really"])
    assert asks.of(words("what is it really for?")) == "purpose"
    assert asks.all_of(words("what is it really for?")) == {"purpose"}


def test_asked_on_a_story_from_a_point_of_view_is_not_what_families_think(chat: Chat) -> None:
    # the story's act is asked about; "point of view" opened an opinion ask, so entry 5 (what
    # families think) was quoted from the low band
    replies = chat.send(
        "support worker: my client would like her teenage daughter to translate while we go "
        "through her debts and benefits. is that ok from a confidentiality point of view?"
    )
    assert quoted(replies) == []


@pytest.mark.parametrize(
    "question",
    [
        "scout leader - when am I allowed to break confidentiality if a child tells me something?",
        "church youth worker: when am I really allowed to break confidentiality?",
        "when am I actually allowed to override confidentiality?",
        "sports coach here, when are we allowed to breach confidentiality if a player tells us "
        "something?",
    ],
)
def test_when_one_may_break_confidentiality_is_entry_4(chat: Chat, question: str) -> None:
    # Entry 4 alone answers when one may share; each named its subject (the gate passed) but
    # scored under 40, behind entry 5 or a topic the question does not name.
    assert quoted(chat.send(question)) == [published_question(4)]


def test_the_sole_answerer_of_a_kind(built_in_matcher: Matcher) -> None:
    gate = built_in_matcher._gate
    assert gate.sole_answerer("conditions") == 4
    assert gate.sole_answerer("opinion") == 5
    # why: entries 1, 2 and 6 answer it; and a kind not about sharing in general
    assert gate.sole_answerer("reason") is None
    assert gate.sole_answerer("definition") is None
    assert gate.sole_answerer(None) is None
