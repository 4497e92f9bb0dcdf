"""A short question checking a claim ("Is that right?") asks whether the story's claim holds, so
what the claim is about is the question's subject: "our ISP says we must get written consent.
is that right?" is about the form consent takes, which no entry speaks of, not about whether a
protocol is needed (docs/matcher.md, round 27).
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # quoted entry 13 at 74 and 76 before round 27
        "Our ISP says we must get written consent. Is that right?",
        "Our ISP says consent must be in writing. Is that right?",
    ],
)
def test_a_claim_about_something_no_entry_speaks_of_is_not_quoted(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result
    assert result.suggestions or result.not_covered, result


def test_a_claim_the_entry_speaks_of_is_still_answered(built_in_matcher: Matcher) -> None:
    result = built_in_matcher.match(
        "My manager says we can't share anything without a signed ISP. Is that right?"
    )
    assert result.answer is not None and result.answer.number == 13, result
