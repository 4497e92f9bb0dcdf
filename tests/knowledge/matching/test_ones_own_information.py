"""The writer's own information ("my data", "information about me", "without asking me"): a
patient, a parent or a member of the public asking what services may do with it. The published
answers speak to practitioners deciding about other people's information, and the practice sets
label every one of the 28 messages naming it unanswered: a subject no entry speaks of
(`subjects` under `case_questions` in not-covered.yaml)."""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.fixture
def matcher(built_in_matcher: Matcher) -> Matcher:
    return built_in_matcher


@pytest.mark.parametrize(
    "message",
    [
        # Both were quoted entry 4 on int24 (at 89 and 100).
        "Is it legal for agencies to share information about me without my permission?",
        "What do I need to consider before sharing my information?",
    ],
)
def test_ones_own_information_is_quoted_nothing(matcher: Matcher, message: str) -> None:
    result = matcher.match(message)
    assert result.answer is None, result


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("can I share a client's information without their permission?", 4),
        ("Can personal data be shared without your permission?", 4),
        (
            "I shared a concern with children's services and now the family has complained "
            "about me. Should my organisation be standing behind me?",
            14,
        ),
    ],
)
def test_a_practitioners_question_is_still_answered(
    matcher: Matcher, message: str, entry: int
) -> None:
    result = matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result
