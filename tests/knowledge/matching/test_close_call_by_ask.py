"""Two entries too close to call are settled by the gate only when the question asks what the
entry answers (its kind of ask): with no ask read, a few points of fuzzy score and a passing
gate are not enough to quote ("Is it right to keep … from parents?" is no "why share?")."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    ("message", "offered"),
    [
        # Quoted on main, through the close call: entry 1 at 74 (entry 5 at 73), entry 11 at 82
        # (entry 10 at 80).
        ("Is it right to keep important information from a child's parents?", [1, 5]),
        ("what does the guidance say about sharing with other organisations?", [11, 10, 12]),
    ],
)
def test_a_close_call_with_no_ask_is_offered(
    matcher: Matcher, message: str, offered: list[int]
) -> None:
    result = matcher.match(message)
    assert result.answer is None, result
    assert [m.number for m in result.suggestions] == offered


def test_a_close_call_asking_what_the_entry_answers_is_still_settled(matcher: Matcher) -> None:
    # Asks why (entry 1 answers `reason`); as near "why is there guidance?" (entry 2).
    result = matcher.match("why do we need to share information at all?")
    assert result.answer is not None and result.answer.number == 1, result


@pytest.mark.parametrize(
    "message",
    [
        "what should a charity do to support its staff sharing information?",
        "what should the council do to support practitioners who share information?",
    ],
)
def test_what_an_organisation_should_do_for_its_staff_asks_for_backing(
    matcher: Matcher, message: str
) -> None:
    # The `backing` kind (entry 14), so a close call beside it is still settled: round 15's
    # probe "what should the school do to support staff sharing information?" was one.
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == 14, result
