"""A full stop that ends an abbreviation ("e.g.", "i.e.", "Dr.") ends no sentence: "can consent
be overridden in the public interest, e.g. to stop a crime?" asks one question, not "to stop a
crime?" after a story (`segment._NOT_AN_END`)."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher
from knowledge.matching.segment import question_parts


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    "message",
    [
        "Can a refusal of consent be set aside in the public interest, e.g. to stop someone "
        "getting hurt?",
        "Can a refusal of consent be set aside in the public interest, i.e. to stop someone "
        "getting hurt?",
        "Can a refusal of consent be set aside in the public interest, eg. to stop someone "
        "getting hurt?",
    ],
)
def test_an_abbreviation_ends_no_question(message: str) -> None:
    assert [p.question for p in question_parts(message)] == [message]


def test_a_title_ends_no_sentence() -> None:
    parts = question_parts(
        "Dr. Khan asked for the notes. Mrs. Khan said no. Can I share them with the nurse?"
    )
    assert parts[0].background == "Dr. Khan asked for the notes. Mrs. Khan said no."


def test_a_sentence_still_ends_at_its_full_stop() -> None:
    parts = question_parts("We keep notes on every family we see. Can we share them with the GP?")
    assert parts[0].question == "Can we share them with the GP?"


@pytest.mark.parametrize(
    "message",
    [
        # Each was entry 4 offered as related on int24 (at 56 and 58): the question was read as
        # the words after "e.g." alone.
        "Can a refusal of consent be set aside in the public interest, e.g. to stop someone "
        "getting hurt?",
        "When may we share without consent, e.g. to prevent a burglary?",
    ],
)
def test_the_whole_question_is_answered(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == 4, result
