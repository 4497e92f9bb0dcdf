"""Round 43 (quiet47, tryout44 #3): false alarms that gave harmful advice get no signpost and
none of its advice, through the assistant; a refusal told in a longer question is read by the
cues alone, and harm told beside one still rings."""

from __future__ import annotations

import pytest

from dialogs.contract import Reply
from dialogs.short_remarks import ANSWER_REMARK_WORDS, CHECK_REMARK_WORDS
from tests.support.core import Chat

LANDLORD = (
    "landlord. my tenant hasnt paid rent for 3 months and has disappeared, can I ask the council "
    "or police for her new address"
)
REFEREE = "a player got a nasty head injury in a tackle today, can i tell his parents what happened"
REFUSED = "i want to share something about a mum with the school but she said no, can i?"


def _text(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def test_a_landlord_asking_for_a_tenants_address_is_not_told_to_hide_her(chat: Chat) -> None:
    replies = chat.send(LANDLORD)
    assert not any(r.risk_of_harm for r in replies)
    assert "where the person is" not in _text(replies)


def test_a_referee_may_tell_parents_of_a_tackle_injury(chat: Chat) -> None:
    replies = chat.send(REFEREE)
    assert not any(r.risk_of_harm for r in replies)
    assert "Before you tell anyone in the family" not in _text(replies)


def test_a_refusal_told_in_a_question_is_no_signpost(chat: Chat) -> None:
    assert CHECK_REMARK_WORDS <= len(REFUSED.split()) < ANSWER_REMARK_WORDS
    assert not any(r.risk_of_harm for r in chat.send(REFUSED))


@pytest.mark.parametrize(
    "message",
    [
        "i want to share something about a mum with the school but she said no, her partner "
        "hits her",
        "the landlord keeps asking for her new address and she's fled him, can i tell him",
    ],
)
def test_harm_told_beside_them_still_rings(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm
