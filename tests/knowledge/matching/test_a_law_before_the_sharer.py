"""In "when can a pharmacist share…?" the words before the sharing verb name who shares, which
is no reason to hold the entry on deciding back; a law or an age there still is what the
question is about ("under the Care Act, when can I share…?"): `SubjectCheck.foreign_subject`
(docs/matcher.md, round 27).
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # quoted entry 4 at 95, 81 and 74 before round 27
        "Under the Care Act, when can I share information without consent?",
        "Under the Children Act, when can a teacher share information without consent?",
        "under the human rights act, when can we pass on information without consent?",
    ],
)
def test_a_law_before_the_sharing_verb_holds_the_quote_back(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result
    assert result.suggestions or result.not_covered, result


@pytest.mark.parametrize(
    "message",
    [
        "when can a pharmacist share a patient's information without consent?",
        "in what situations can a charity pass on information without consent?",
    ],
)
def test_who_shares_is_no_reason(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 4, result
