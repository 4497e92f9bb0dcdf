"""Whose consent it is, right after "without", names what "without consent" does: "without
*your* permission" is entry 4's "without permission". Only there: a possessive elsewhere
("unwilling to give their consent") tells whose case it is, and "his" or "her" one person's."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    "message",
    [
        # Each was entry 4 offered as related on int25: no anchor named.
        "Can information about a child be shared without your permission?",
        "when can a school pass on a concern without our agreement?",
        "is it ever ok to share information without their say so?",
        "can professionals share information without your agreement if they are worried?",
    ],
)
def test_whose_consent_after_without_is_read_past(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == 4, result


@pytest.mark.parametrize(
    "message",
    [
        "how do we keep a family's trust when they are unwilling to give their consent?",
        "how do we keep a family's trust if they won't give us their permission?",
        "when can I share information without her agreement?",
    ],
)
def test_a_possessive_elsewhere_still_names_nothing(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is None, result
