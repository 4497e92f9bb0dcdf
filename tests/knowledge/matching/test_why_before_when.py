"""A question opening "why" asks why something is; a "when" clause it ends with tells the time
it is so ("why do we need guidance at all when nobody agrees whether it's lawful?"), no part of
what is asked. The main clause is also scored alone (`queries`), and the gate still reads the
whole question."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    "message",
    [
        # Each was entry 4 or nothing offered on int25: the clause's "agrees" (consent) and
        # "lawful" outweighed the ask.
        "why is there a need for guidance on sharing when nobody agrees whether it is legal?",
        "why do we need national guidance on sharing at all when nobody agrees on what's lawful?",
        "why is there guidance on information sharing when nobody agrees whether it is lawful?",
    ],
)
def test_why_there_is_guidance_is_answered(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == 2, result


@pytest.mark.parametrize(
    "message",
    [
        # The gate still reads the whole question: something else is asked about.
        "why is confidentiality so important when working with children?",
        "why is early help important when a family is struggling?",
    ],
)
def test_why_something_else_matters_is_still_not_quoted(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).answer is None


def test_a_when_question_still_asks_the_conditions(matcher: Matcher) -> None:
    # Only a question opening "why" is cut: "when" opening it is its ask (entry 4's).
    result = matcher.match("when is it ok to share information without consent?")
    assert result.answer is not None and result.answer.number == 4, result
