"""Consent asked of the newest edition, of what changed since 2008, of what the guidance says,
and of an age group written as a plural (tryout45 #10) gets the guidance in summary, never a
quote: "what's changed since 2008 about consent" got the about page (no word on consent), "what
does the newest guidance say about consent" an unrelated "Did you mean", and "can under 12s
consent" entry 4 offered, though the consent summary says younger children may understand enough.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

SUMMARY = "In summary, from the 2008 guidance"
QUOTED = "Source: Information Sharing: Q&A"


@pytest.mark.parametrize(
    "message",
    [
        "what's changed since 2008 about consent",
        "what does the newest guidance say about consent?",
        "has anything changed about consent",
        "what does the most recent guidance say about consent",
    ],
)
def test_the_newest_advice_on_consent_leads(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert "May 2024" in said and "consent is not needed" in said
    assert SUMMARY in said and said.index("May 2024") < said.index(SUMMARY)
    assert QUOTED not in said and "Did you mean" not in said


@pytest.mark.parametrize(
    "message",
    [
        "can under 12s consent",
        "can under 16s give consent?",
        "what does the guidance say about consent",
    ],
)
def test_who_can_consent_is_the_consent_summary(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert SUMMARY in said and "key question 4" in said
    assert "younger children may too" in said
    assert QUOTED not in said and "May 2024" not in said


@pytest.mark.parametrize(
    "message",
    [
        # a mind changed is consent withdrawn, not a new edition
        "my client changed his mind about consent, can I still share?",
        "what if a parent withdraws consent",
    ],
)
def test_a_change_of_mind_is_no_question_of_editions(chat: Chat, message: str) -> None:
    assert "May 2024" not in texts(chat.send(message))
