"""Why to share less, or not at all, is not why sharing matters (round 33, wq33).

"why is it important not to share too much?" quoted entry 1 (why information sharing is
important): it asks the opposite. A kind of ask no entry answers, `restraint` ("important not
to share", "share too much", "oversharing"…), holds back every quote wherever it stands in the
question, as the other unanswered kinds do.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # each quoted entry 1 before
        "why is it important not to share too much?",
        "why is it important not to tell everyone?",
    ],
)
def test_why_to_hold_back_is_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    assert built_in_matcher.match(message).answer is None


@pytest.mark.parametrize(
    "message",
    [
        "why is it important to share information?",
        "why is it important to share information early?",
        "Why is information sharing important?",
    ],
)
def test_why_sharing_matters_is_still_entry_1(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None
    assert result.answer.number == 1
