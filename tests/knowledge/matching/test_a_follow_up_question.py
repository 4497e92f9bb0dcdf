"""A short question right after another leans on it and narrows what is asked ("What are the key
factors? What about with the police?", "Can I share without consent? Even with a journalist?"):
a quote must answer the two read as one (`segment.follow_up`; docs/matcher.md, round 27). A
follow-up the entry answers too ("What if they refuse?") leaves the quote as it was.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # each quoted at 100 before round 27: entry 4, 4, 4 and 1
        "What are the key factors in deciding whether to share? What about with the police?",
        "Do I need consent to share information? And with the child's school?",
        "Can I share without consent? Even with a journalist?",
        "Why is information sharing important? What about in Scotland?",
    ],
)
def test_a_follow_up_the_entry_does_not_answer_holds_the_quote_back(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None, result
    assert result.suggestions or result.not_covered, result  # an offer or a reply, not silence


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("Do I need consent to share? What if they refuse?", 4),
        ("What is an information sharing protocol? Who signs it?", 12),
        ("Is an ISP a legal requirement? Do we need one?", 13),
    ],
)
def test_a_follow_up_the_entry_answers_keeps_it(
    built_in_matcher: Matcher, message: str, entry: int
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == entry, result
