"""Told in confidence is not confidence in one's organisation (round 33, wq33).

Entry 14 (how an organisation should support its staff to share) had "confiden*" among its
anchors, for staff who feel confident sharing. The prefix also named "in confidence", what a
person tells a practitioner privately: "can I pass on something told me in confidence?" quoted
entry 14, which says nothing of it. The anchors now name confidence as the staff's own
("confident", "confidence to", "give me confidence", "lack of confidence"…).
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # each quoted entry 14 before
        "can I pass on something told me in confidence?",
        "how do I share something that was told to me in confidence?",
        "should I tell anyone what was said in confidence?",
        "what if a parent tells me something in confidence?",
    ],
)
def test_told_in_confidence_is_not_entry_14(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None or result.answer.number != 14


@pytest.mark.parametrize(
    "message",
    [
        "how can my organisation help me feel confident to share?",
        "As a manager, what should I put in place so staff feel confident sharing?",
        "How can my organisation give me confidence to share information?",
    ],
)
def test_confidence_in_sharing_is_still_entry_14(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None
    assert result.answer.number == 14
