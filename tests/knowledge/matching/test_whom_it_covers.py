""" "Is a hairdresser covered by the guidance?", "does the guidance apply to a foodbank?" ask whom
the guidance is for, which entry 9 answers ("… public, private or voluntary sectors …"): they
were offered only entry 10, on the kinds of sharing it covers (tryout37 finding 11). Entry 9's
alternates now ask it of an organisation or a trade; entry 10 is still quoted for kinds of
sharing.
"""

from __future__ import annotations

import pytest

from knowledge.matching import Matcher


@pytest.mark.parametrize(
    "message",
    [
        "is a hairdresser covered by the guidance",
        "does the guidance apply to a foodbank",
        "is a dentist covered by the guidance",
        "does the guidance apply to a church group",
        "does the guidance apply to a charity shop",
        "is a private tutor covered by the guidance?",
    ],
)
def test_whom_it_covers_leads_to_entry_9(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    first = result.answer or (result.suggestions[0] if result.suggestions else None)
    assert first is not None and first.number == 9, result


@pytest.mark.parametrize(
    "message",
    [
        "does the guidance apply to bulk sharing",
        "is statutory sharing covered by the guidance",
        "Does the guidance cover every kind of information sharing?",
    ],
)
def test_kinds_of_sharing_are_still_entry_10s(built_in_matcher: Matcher, message: str) -> None:
    result = built_in_matcher.match(message)
    assert result.answer is not None and result.answer.number == 10, result
