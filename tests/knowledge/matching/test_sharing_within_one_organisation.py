"""Sharing among one organisation's own staff is not what entry 1 speaks of (docs/matcher.md,
round 31, quote31b).

Entry 1 says why services share information about the people they serve: early
intervention, safeguarding, partnership working. Workplace know-how passed round one company,
or kept to oneself ("information hoarding", "silos"), is another sense of sharing, as knowledge
sharing and supply chains were already. "How important is sharing information within an
organization? Can hoarding information be detrimental?" (dev-questions4, off-topic) quoted
entry 1; practice-dev labels "Do I need consent to share personal information within my
organisation?" no entry.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        # each quoted entry 1 before
        "Why is sharing information within a business important?",
        "How important is information sharing within the workplace?",
        "Why is information sharing important within an organisation?",
        "Why is information sharing within the company important?",
        "What are the benefits of information sharing within a company?",
        "Why is information sharing important when information hoarding is common?",
    ],
)
def test_sharing_within_one_organisation_is_not_quoted(
    built_in_matcher: Matcher, message: str
) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is None
    assert [match.number for match in result.suggestions][:1] == [1]


@pytest.mark.parametrize(
    "message",
    [
        "Why is information sharing important?",
        "What are the benefits of sharing information between agencies?",
        "Why is multi-agency information sharing so important for safeguarding?",
    ],
)
def test_why_services_share_is_still_entry_1(built_in_matcher: Matcher, message: str) -> None:
    answer = built_in_matcher.match(message).answer
    assert answer is not None and answer.number == 1
