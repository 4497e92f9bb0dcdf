"""Round 45 (danger81, issue 11; tryout75 #2): danger now that got the standard signpost.

An assault seen or heard now, a parent drunk or high putting children in a car now, and a baby
shaken or hurt lately got the signpost with 999 only its second sentence; after a risk to a
customer's own life, "hes left the shop now. should i ring someone" got "speak to your
designated safeguarding lead first. Don't tell anyone who may be involved". Now 999 leads (a
baby: checked now, 999 or A&E), and "left now" gets yes with 999 or 111; the same told as past
or dealt with, and a question of policy, keep what they had. Every conversation runs through the
core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

RING_NOW = "**Ring 999 now"
BABY_FIRST = "**Get the baby checked now"
LEFT = "**Yes, tell someone now.**"
NOT_TIPPING_OFF = "Don't tell anyone who may be involved"


@pytest.mark.parametrize(
    "message",
    [
        "window cleaner, just saw through the window a bloke pinning a woman against the wall "
        "by her throat, shes screaming",
        "delivering parcels, through the letterbox i can see a man punching a woman on the floor",
        "im a carer, the son is hitting his dad in the next room and the old man is crying out",
        "there's a man kicking a woman in the car park and she's not getting up",
        "just seen a man grab a girl by the hair and drag her down the street, she looks about 15",
        "a man has his hands round a womans neck outside the chip shop",
    ],
)
def test_an_assault_seen_or_heard_now_leads_with_999(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert first.text.startswith(RING_NOW)


@pytest.mark.parametrize(
    "message",
    [
        "a mum at pick up is slurring and staggering and is putting her 2 kids in the car to "
        "drive off now",
        "the childminder is off her face and is about to drive the kids to school",
        "dad at nursery gate is clearly high, eyes everywhere, and hes strapping the twins into "
        "his car",
        "a nan at collection is so drunk she fell over and now she's driving the boys home",
        "mum turned up to parents evening wasted and shes taking her son home in the car",
    ],
)
def test_drink_or_drugs_and_children_driven_now_lead_with_999(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert first.text.startswith(RING_NOW)


@pytest.mark.parametrize(
    "message",
    [
        "my new partner gets so angry when the baby cries, last night he shook him. hes 8 months",
        "my boyfriend shook our baby this morning because he wouldnt stop crying, hes 3 months",
        "came home and my partner said the baby fell off the bed but theres a big lump on her "
        "head and shes really sleepy",
        "my fella threw our 6 week old onto the sofa hard tonight and now hes floppy",
        "my partner shook the baby an hour ago, he seems ok now but im scared",
    ],
)
def test_a_baby_shaken_or_hurt_lately_leads_with_a_check_now(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert first.text.startswith(BABY_FIRST)
    assert "999" in first.text.split("\n")[0] and "A&E" in first.text.split("\n")[0]


@pytest.mark.parametrize(
    "message",
    [
        "last year he pinned her against the wall, she left him",
        "he shook the baby once in 2019, social services were involved",
        "a client told me her ex used to strangle her but she moved away and has a non "
        "molestation order",
        "my partner used to shake the baby when he was drunk but he left in 2021",
        "the health visitor said the bruise on the babys leg was checked and its a birthmark",
        "dad has been hitting mum for years, the kids see it",
        "my client keeps grabbing his daughter by the arm when hes angry",
        "what do we do if a parent turns up drunk to collect",
        "can we stop a drunk parent from driving off with their child",
        "we threw her baby shower at the community centre, can i share photos",
    ],
)
def test_the_same_past_dealt_with_or_asked_as_policy_has_no_such_lead(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert not first.text.startswith((RING_NOW, BABY_FIRST))


@pytest.mark.parametrize(
    ("told", "left"),
    [
        (
            "im a barber, a customer told me hes been cutting himself and doesnt see the point "
            "anymore",
            "hes left the shop now. should i ring someone",
        ),
        (
            "a lad at the gym told me he doesnt want to be alive anymore and has a plan",
            "he just left, should i tell someone",
        ),
        (
            "a customer in my cafe said hes got nothing to live for",
            "he's gone now, do i call someone",
        ),
    ],
)
def test_someone_at_risk_to_their_life_who_has_just_left(chat: Chat, told: str, left: str) -> None:
    assert chat.send(told)[0].risk_of_harm
    reply = chat.send(left)[0]
    assert reply.text.startswith(LEFT)
    assert "999" in reply.text and "111" in reply.text
    assert NOT_TIPPING_OFF not in reply.text


def test_left_after_another_harm_is_not_read_as_someone_at_risk_gone(chat: Chat) -> None:
    assert chat.send("a client told me her husband beats her")[0].risk_of_harm
    reply = chat.send("shes left now, should i ring someone")[0]
    assert not reply.text.startswith(LEFT)
