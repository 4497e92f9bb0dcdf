"""An everyday share asked about with "do I need consent" (tryout34 #15; round 35: the consent
route in place of the threshold).

"do I need consent to refer a claimant to the food bank?" and "do I need parents permission to
share a player's medical info with the away team's first aider" got the summary on sharing without
consent alone (the significant-harm threshold), for shares that want only asking first. With no
risk of harm told of, the summary now opens with the guidance's starting point: be open and seek
agreement, unless that is unsafe. After a disclosure it does not (asking could add to the risk).
Round 35: such a share hears asking for consent (informed consent, who gives it for a child,
need to know) in place of the threshold for sharing without it; a safeguarding recipient or a
refusal named keeps the threshold.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

FIRST = "The starting point is to be open with the person"
SUMMARY = "Whether you may share without consent"


@pytest.mark.parametrize(
    "message",
    [
        "do I need consent to refer a claimant to the food bank?",
        "do I need parents permission to share a player's medical info with the away team's "
        "first aider",
        "do we need parents' consent to share a child's learning journal with the other nursery "
        "they go to for their 30 hours?",
    ],
)
def test_an_everyday_share_hears_ask_first(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert "(asking for consent)" in said and FIRST in said
    assert "significant harm" not in said and "(sharing without consent)" not in said
    assert "those who need to know" in said and "consent check" in said


def test_yes_after_it_still_starts_the_check(chat: Chat) -> None:
    chat.send("do I need consent to refer a claimant to the food bank?")
    assert "Key question 1" in texts(chat.send("yes"))


def test_after_a_disclosure_it_does_not(chat: Chat) -> None:
    chat.send("her stepdad hits her with a belt")
    said = texts(chat.send("can I tell social services without her consent?"))
    # Just after a signpost, consent to tell a service gets the case's own reply (round 42,
    # disch42): you may not need it to protect them, key questions 4 and 5.
    assert "you may not need it to protect them" in said and FIRST not in said


@pytest.mark.parametrize(
    "message",
    [
        "do I need her mum's consent to tell social care?",
        "do I need consent to share with the MASH?",
        "do we need the parents' consent to share with the police about a missing child?",
        "do I need consent if she refuses to let me tell the school?",
        "Is patient consent needed to disclose personal information when it's in the public "
        "interest?",
    ],
)
def test_a_safeguarding_share_or_a_refusal_keeps_the_threshold(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert "(sharing without consent)" in said and SUMMARY in said
    assert "(asking for consent)" not in said
