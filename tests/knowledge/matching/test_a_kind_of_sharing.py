"""Whether the guidance covers a kind of sharing is what entry 10 answers (whether it applies to
all sharing), not entry 9 (whom it is for): the strict `sharing_kind` ask, read anywhere in the
question (docs/matcher.md, round 28). Motivating case: dev-questions2's business-rates question
("…does the practitioners' information sharing guidance cover that kind of sharing?"), entry 9
for 10. Wordings written for this test; each was quoted entry 9 before.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        "I'm a revenues officer and we receive data from HMRC under a legal gateway. Does the "
        "practitioners' guidance cover that kind of sharing?",
        "housing officer here - is the guidance for practitioners relevant to this kind of data "
        "sharing?",
        "Does the guidance for front-line staff cover that sort of sharing between councils?",
    ],
)
def test_a_kind_of_sharing_is_not_answered_by_whom_the_guidance_is_for(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None or result.answer.number == 10, result
    assert 9 not in {m.number for m in (result.answer,) if m is not None}


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Who is the guidance for?", 9),
        ("Does the guidance apply to volunteers?", 9),
        ("Which types of information sharing does the guidance cover?", 10),
    ],
)
def test_whom_and_which_sharing_are_answered_as_before(
    built_in_matcher: Matcher, message: str, entry: int
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result
