"""A message with three or more sentences asking (a consultation's questions, a quiz, a forum
post: "Is there a good reason to prevent data sharing? Or is the law an unnecessary obstacle?
Are there other reasons…?") asks more than one published answer gives: nothing is quoted, and
the nearest entry is offered as related (`QuoteGate.check`, `Segment.questions`). Two
questions are still answered."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.segment import question_parts


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    ("message", "offered"),
    [
        # Quoted entries 3 (at 100) and 14 (at 90) on int24.
        (
            "We are reviewing how our partnership works. Is there any good reason not to share "
            "data with partners? Is the Data Protection Act a barrier? What else stops staff "
            "sharing?",
            3,
        ),
        (
            "Our survey asks three things. Why do practitioners hold back from sharing? Is the "
            "law getting in the way? What would give staff more confidence?",
            14,
        ),
    ],
)
def test_a_list_of_questions_is_quoted_nothing(
    matcher: Matcher, message: str, offered: int
) -> None:
    result = matcher.match(message)
    assert result.answer is None, result
    assert offered in [m.number for m in result.suggestions], result


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (
            "What is an information sharing protocol? Is it the same thing as a data sharing "
            "agreement?",
            12,
        ),
        ("Why is information sharing important? What good does it actually do?", 1),
    ],
)
def test_two_questions_are_still_answered(matcher: Matcher, message: str, entry: int) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result


def test_every_part_counts_the_sentences_that_ask() -> None:
    parts = question_parts("It may help. Is it lawful? Is it wise? Is it needed? Thanks.")
    assert {p.questions for p in parts} == {3}
    assert [p.questions for p in question_parts("Is it lawful?")] == [1]
    assert {p.questions for p in question_parts("We shared it. Then we told the school.")} == {0}
