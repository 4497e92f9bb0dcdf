"""Round 48 (voice134): a trial of the build as the public types. A neighbour telling of the
little boy next door, and an older person telling of a scam call to themselves, got the public's
words and then a practitioner's contact list (a safeguarding lead, MASH). Theirs is the public's
door alone: social care, 999 in danger and the NSPCC for the neighbour; for the one called, their
own words, then that it is a scam, what to do and where to report it (`dialogs.public_door`).
Messages written at work keep the practitioner's door."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_FAMILY = "**If you're worried about someone you know:**"
_OWN = "**If this is happening to you"
_SCAM = "**This sounds like a scam"
_PRACTITIONER = "**What you've described may mean"
_BOTH = "If you're asking as a practitioner"
_LEAD = "designated safeguarding lead"
_NSPCC = "0808 800 5000"
_REPORT_FRAUD = "0300 123 2040"


def _first(chat: Chat, message: str) -> str:
    first = chat.send(message)[0]
    assert first.risk_of_harm, first.text
    return first.text


@pytest.mark.parametrize(
    "message",
    [
        "the little boy next door is always outside in the cold till late, mum's never home",
        "the kids next door are left on their own all weekend and the baby cries for hours",
        "my neighbours little girl has bruises on her arms and she flinches when her dad shouts",
    ],
)
def test_a_neighbour_gets_the_publics_door_alone(chat: Chat, message: str) -> None:
    first = _first(chat, message)
    assert first.startswith(_FAMILY), first
    assert _NSPCC in first and "999" in first and "social care" in first, first
    assert _BOTH not in first and _LEAD not in first, first


@pytest.mark.parametrize(
    "message",
    [
        "i got a call saying my bank account was hacked and i had to move my savings to a safe "
        "account, i'm 81, what do i do",
        "im 76 a man on the phone says hes from my bank and i need to move my savings to a safe "
        "account today, hes calling back in an hour",
    ],
)
def test_ones_own_scam_call_gets_the_scam_steps_and_where_to_report(
    chat: Chat, message: str
) -> None:
    first = _first(chat, message)
    assert first.startswith(_OWN), first  # their own door first, then the scam's steps
    assert _SCAM in first and "159" in first, first
    assert first.index(_SCAM) < first.index(_REPORT_FRAUD), first
    assert _REPORT_FRAUD in first and "reportfraud.police.uk" in first, first
    assert _BOTH not in first and _LEAD not in first, first


@pytest.mark.parametrize(
    "message",
    [
        "a child said the man next door hits him",
        "a client told me a man rang saying he was from her bank and she had to move her "
        "savings to a safe account",
        "im a teacher and i babysit for my neighbour, her little girl said mummys boyfriend "
        "hurts her",
    ],
)
def test_told_at_work_keeps_the_practitioners_door(chat: Chat, message: str) -> None:
    first = _first(chat, message)
    assert first.startswith(_PRACTITIONER) and _LEAD in first, first
    assert _REPORT_FRAUD not in texts(chat.history), first


def test_a_neighbour_told_of_beside_ones_work_keeps_both_doors(chat: Chat) -> None:
    first = _first(
        chat,
        "I walk my neighbour's 9 year old to school (I'm a lunchtime supervisor there). This "
        "morning her mum came home drunk, shouted at her and slapped her across the face",
    )
    assert _BOTH in first and _LEAD in first, first


def test_family_telling_of_a_relatives_scam_keeps_both_doors(chat: Chat) -> None:
    first = _first(
        chat, "my mum is 84 and a man on the phone told her to move her savings to a safe account"
    )
    assert _SCAM in first and _BOTH in first, first
