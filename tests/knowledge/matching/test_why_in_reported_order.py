""" "Explain why data security is important" asks what "Why is data security important?" asks
(docs/matcher.md, round 30, quote30).

Exam prompts and FAQ headings put the question in reported order: the subject between "why"
and "is". `WhyItIs` reads "why is <subject> <predicate>" only, so the quality asked was not
read, and entry 1 (why sharing is important) was quoted for the importance of security. The
gate reads such a question in the direct order ("why <subject> is" -> "why is <subject>").
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # each quoted entry 1 before
        "Explain why data security is important",
        "explain why data quality is important",
        "Can you tell me why information security is so important?",
    ],
)
def test_another_quality_in_reported_order_is_not_quoted(
    built_in_matcher: Matcher, message: str
) -> None:
    assert built_in_matcher.match(message).answer is None


@pytest.mark.parametrize(
    "message",
    [
        "Explain why information sharing is important",
        "Explain why it is important to share information",
        "explain why sharing information is vital for safeguarding",
        "Explain why information sharing between agencies is so important",
        "why is it that sharing is so important?",
    ],
)
def test_why_sharing_matters_in_reported_order_is_still_entry_1(
    built_in_matcher: Matcher, message: str
) -> None:
    answer = built_in_matcher.match(message).answer
    assert answer is not None and answer.number == 1
