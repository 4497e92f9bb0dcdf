"""A setting named in a question (a nursery, a pharmacy, a care home) is a service in another
guise (round 14's probes, docs/matcher.md): the entries whose answer holds whichever service a
question names (`speaks_of_parties`: whom the guidance is for, why sharing matters) are quoted,
while the others still hold back a question naming a setting their wording never names."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("does the guidance apply to nurseries?", 9),
        ("does the information sharing guidance apply to pharmacists?", 9),
        ("is the guidance relevant to private sector care homes?", 9),
        ("is the guidance meant for hostel staff?", 9),
        ("does the guidance apply to refuge workers?", 9),
        ("does the guidance apply to a church youth group?", 9),
        ("why should a pharmacy bother sharing info with other services at all?", 1),
        ("in a care home why is sharing information with other services important?", 1),
    ],
)
def test_a_setting_is_no_reason_to_hold_back_an_entry_for_any_service(
    chat: Chat, message: str, number: int
) -> None:
    assert quoted(chat.send(message)) == [published_question(number)]


@pytest.mark.parametrize(
    "message",
    [
        # a medium or record in the setting: still a subject the entry never names
        "does the guidance apply to CCTV in care homes?",
        "does the guidance apply to nursery records?",
        # who decides, at the setting: no published answer names anyone
        "who at the nursery decides whether to share?",
        # the entry on deciding still holds back a setting; the Act's no longer does (round
        # 61), but pupils' exam results are a record it never names
        "does the data protection act stop a college sharing exam results?",
        "what should a pharmacy consider before deciding to share?",
        # a policy on another matter at the setting: not its policy on sharing (entry 11)
        "how does the guidance fit with the college's attendance policy?",
        # commercial ends: no entry speaks of them
        "why is information sharing important for a pharmacy's profits?",
    ],
)
def test_near_topic_questions_naming_a_setting_are_quoted_nothing(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []
