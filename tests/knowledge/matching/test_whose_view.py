"""Entry 5 reports what children, young people and families think about information sharing; what
practitioners or staff think is another question, asked by whom it is about (the view's holder
between "do" and "think": `objects.staff`, `case_questions.roles`, `colleagues`; docs/matcher.md,
round 28). Wordings written for this test.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # both quoted entry 5 before round 28
        "What do practitioners think about information sharing?",
        "What do front line staff think about information sharing?",
    ],
)
def test_staffs_view_is_offered_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result
    assert result.suggestions, result


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("What do children, young people and families think about information sharing?", 5),
        ("how do young people feel about teachers sharing their information?", 5),
        ("What do service users think about information sharing?", 5),
        ("Why do practitioners feel held back from sharing information?", 2),
    ],
)
def test_the_views_entry_5_reports_are_still_answered(
    built_in_matcher: Matcher, message: str, entry: int
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result
