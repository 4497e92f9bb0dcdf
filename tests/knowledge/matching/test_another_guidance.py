"""A question about another guidance or another act, named after a topic frame ("the guidance
on restraint", "all instances of physical intervention"), is not answered by an entry about the
information sharing guidance (`topic_frames`, `AnotherTopic` in another_topic.py; docs/matcher.md,
round 28). Each wording below was written for this test, not taken from a data set.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # quoted before round 28: entries 7, 9, 8, 11, 9, 10
        "What is the purpose of the guidance on managing allegations?",
        "Who is the guidance on restraint for?",
        "How has the guidance on physical intervention been developed and what does it include?",
        "How does the guidance on lone working relate to my organisation's policies?",
        "Who are the guidelines on home visits aimed at?",
        "Does the guidance apply to all instances of restraint?",
    ],
)
def test_another_guidance_is_offered_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result
    assert result.suggestions, result  # the nearest entry stays one press away


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Why is there a need for guidance on sharing information?", 2),
        ("What is the purpose of the guidance on information sharing?", 7),
        ("Who is the guidance on sharing personal information for?", 9),
        ("Why was the guidance on this updated?", 6),  # points back: the guidance asked about
        ("Why is there a need for guidance on shareing information?", 2),  # a typo fixed
        ("Does the guidance apply to all instances of information sharing?", 10),
    ],
)
def test_guidance_on_sharing_is_still_answered(
    built_in_matcher: Matcher, message: str, entry: int
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result
