"""Whole data sets exchanged between organisations are the bulk sharing entry 10's answer says
the guidance does not deal with in detail, so a question whether the guidance covers them is
entry 10's (practice-dev10: "does the information sharing guidance cover linking whole datasets
between agencies, or only decisions about individual cases?" was held back because "dataset"
was a subject no entry named). Data sets remain a subject entry 13 (no ISP needed for
practitioners sharing case by case) never speaks of.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        "does the guidance cover linking whole datasets between agencies, or only individual "
        "cases?",
        "is sharing whole data sets between organisations covered by the guidance?",
    ],
)
def test_whether_the_guidance_covers_data_sets_is_entry_10(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 10


@pytest.mark.parametrize(
    "message",
    [
        "do we need an ISP to share datasets?",
        "what datasets can I share with the police?",
        "does the guidance cover sharing datasets with the council?",
        "can I link datasets about a family?",
    ],
)
def test_near_questions_are_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    assert built_in_matcher.match(message).answer is None
