"""Worrying is a view, as thinking and feeling are (round 48).

Entry 5 reports what children, young people and families think of their information being
shared; its own anchors word that view as worrying too ("they worry", "parents worry"). The
pack's `opinion` ask now holds the same family, with the holder named ("do young people
worry…?"), so a question asking it has the kind of ask entry 5 answers; "I worry that…" is a
hedge, not an ask of anyone's view. The wordings were written for this test; the last two
tests ask them of the whole assistant.
"""

from __future__ import annotations

import pytest

from knowledge.loader import builtin_packs_dir
from knowledge.matching import Matcher, load_matcher_packs
from knowledge.matching.asks import Asks
from knowledge.matching.text import words
from tests.support.core import Chat, quoted

FRESH = [
    "do young people worry that what they tell professionals won't be kept confidential?",
    "Do families worry about what happens to their information once we pass it on?",
    "do children worry about who gets told what they say to us?",
]

NEAR_MISSES = [
    # another's view; no sharing; a hedge before a case
    "do teachers worry about sharing information?",
    "do parents worry about vaccines?",
    "do young people worry about exams?",
    "do kids worry that their friends will find out?",
    "I worry that a child is being hurt at home, what should I do?",
]


@pytest.fixture(scope="module")
def asks() -> Asks:
    return Asks(load_matcher_packs(builtin_packs_dir())[0].asks)


@pytest.mark.parametrize("message", FRESH)
def test_a_holders_worry_is_an_opinion_ask(asks: Asks, message: str) -> None:
    assert asks.of(words(message)) == "opinion"


@pytest.mark.parametrize(
    "message",
    [
        "I worry that a child is being hurt at home, what should I do?",
        "we worry about getting it wrong, when can we share?",
        "my manager worries I share too much",
    ],
)
def test_the_askers_own_worry_is_no_opinion_ask(asks: Asks, message: str) -> None:
    assert asks.of(words(message)) != "opinion"


@pytest.mark.parametrize("message", FRESH)
def test_entry_5_is_quoted(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 5


@pytest.mark.parametrize("message", NEAR_MISSES)
def test_near_misses_are_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    assert built_in_matcher.match(message).answer is None


@pytest.mark.parametrize("message", FRESH)
def test_the_assistant_quotes_entry_5(chat: Chat, message: str) -> None:
    entry = chat.core.knowledge.entry(5)
    assert entry is not None
    assert quoted(chat.send(message)) == [entry.question]


@pytest.mark.parametrize("message", NEAR_MISSES)
def test_the_assistant_quotes_no_near_miss(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []
