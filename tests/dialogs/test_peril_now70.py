"""Round 44 (now70, issue 11; tryout48 #1, #2): danger now that needs no place of now beside it.

A small child shut in a car in the heat, someone being forced into a car, a weapon held now
(told in the middle of the consent check too) and pills taken with a bad turn now got the
standard signpost, 999 only its second sentence. Now 999 leads; the same things told as past
keep the standard signpost. Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

SIGNPOST = "may mean"
RING_NOW = "**Ring 999 now"
AMBULANCE = "ask for an ambulance"


@pytest.mark.parametrize(
    "message",
    [
        "little girl about 2 locked in a car in the car park, its boiling and no sign of mum",
        "baby strapped in the car seat, no adult, been in the car in this heat for ages",
        "a lad about 14 being dragged into a van by a man on our road",
        "a young girl is being bundled into a car by three men near the bus station",
        "my client says her son's got a knife and is in the kitchen with the baby",
        "my neighbours lad has got a machete and says hes going after the boy who grassed",
    ],
)
def test_peril_now_leads_with_999(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert first.text.startswith(RING_NOW)


def test_pills_with_a_bad_turn_now_lead_with_an_ambulance(chat: Chat) -> None:
    first = chat.send("a girl at the gig took some pills off a stranger and now shes fitting")[0]
    assert first.risk_of_harm
    assert first.text.startswith(RING_NOW)
    assert AMBULANCE in first.text


def test_a_weapon_held_told_mid_check_leads_with_999_and_keeps_the_place(chat: Chat) -> None:
    chat.send("check")
    for _ in range(3):
        chat.send("yes")
    chat.send("No: they refused")
    replies = chat.send("yes probably, her ex has got a gun in the house with her")
    assert replies[0].risk_of_harm
    assert replies[0].text.startswith(RING_NOW)
    assert "Key question 5" in texts(replies)


@pytest.mark.parametrize(
    "message",
    [
        "last week he drove the kids home after drinking",
        "a toddler was left in a car last summer",
        "she was left in a hot car last summer while her mum went shopping",
        "he had a knife in his bag last year and was excluded",
        "a 16 year old i supervise already has a knife conviction and was caught with a machete",
        "her partner once pulled a knife on her and she has now left him",
        "last year a 13 year old was being pushed into a car by two older men outside school",
    ],
)
def test_the_same_told_as_past_keeps_the_standard_signpost(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert SIGNPOST in first.text
    assert not first.text.startswith(RING_NOW)
