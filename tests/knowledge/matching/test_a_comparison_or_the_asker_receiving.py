"""Two more asks no published answer answers (docs/matcher.md, round 27): a comparison of two
things ("what is the difference between the DPA 1998 and GDPR?" opens "what is" but asks how
they differ: the strict `relation` kind), and the asker as the one receiving ("what should I do
if another agency refuses to share information with me?": a subject of `case_questions`).
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # quoted entry 3 at 88 and entry 4 at 89 before round 27
        "What is the difference between the Data Protection Act 1998 and GDPR?",
        "What should I do if another agency refuses to share information with me?",
        "whats the difference between the data protection act and the gdpr?",
    ],
)
def test_not_quoted(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result
    assert result.suggestions or result.not_covered, result


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("How does the guidance relate to other guidance?", 11),
        ("What do families think about us sharing their information with other agencies?", 5),
    ],
)
def test_still_answered(built_in_matcher: Matcher, message: str, entry: int) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result
