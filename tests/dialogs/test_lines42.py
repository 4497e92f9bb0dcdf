"""Round 42 (whom42, trial #1, #2): the signpost of modern slavery names the Modern Slavery &
Exploitation Helpline and the police, and of exploitation the police (999 now, 101 otherwise),
beside the organisation's contacts; other harms name no line."""

from __future__ import annotations

import pytest

from tests.support.core import Chat

ALSO = "You can also call:"
HELPLINE = "Modern Slavery & Exploitation Helpline"
POLICE = "The police (999 if someone is in danger now, 101 otherwise)"


def test_workers_controlled_at_a_nail_bar_get_the_helpline_and_the_police(chat: Chat) -> None:
    said = chat.send(
        "I work at a nail bar, the workers seem controlled, they live above the shop, never "
        "get paid and the boss holds their passports"
    )[0]
    assert said.risk_of_harm
    assert HELPLINE in said.text
    assert "08000 121 700" in said.text
    assert POLICE in said.text
    assert said.text.index("Tell your safeguarding contacts") < said.text.index(ALSO)


def test_exploitation_names_the_police(chat: Chat) -> None:
    said = chat.send(
        "a 14 year old lad is being given free drugs by older men and made to deliver packages"
    )[0]
    assert POLICE in said.text
    assert HELPLINE not in said.text


@pytest.mark.parametrize(
    "text",
    [
        "a 10 year old told me her dad hits her with a belt",
        "care home - a resident has unexplained bruising on her arms",
    ],
)
def test_other_harms_name_no_line(chat: Chat, text: str) -> None:
    said = chat.send(text)[0]
    assert said.risk_of_harm
    assert ALSO not in said.text


@pytest.mark.parametrize(
    "text",
    [
        "hotel reception - a man checked in with a girl who looks young, paid cash and asked "
        "for no room service. what should I do?",
        "night porter here, a man booked a room with a girl in school uniform",
    ],
)
def test_a_man_taking_a_room_with_a_girl_who_looks_young_is_a_childs_case(
    chat: Chat, text: str
) -> None:
    said = chat.send(text)[0].text
    assert "may mean a child is at risk" in said
    assert POLICE in said


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("a young woman told me her partner hits her", "a child or an adult"),
        ("a 17 year old told me her boyfriend hits her", "a child"),
        ("she's 19 and she told me her boyfriend hits her", "an adult"),
        ("a 19 year old lad told me his dad beats him", "an adult"),
    ],
)
def test_whom_near_messages_name_is_as_it_was(chat: Chat, text: str, who: str) -> None:
    said = chat.send(text)[0].text
    assert f"may mean {who} is at risk" in said
    # a partner's blows name the domestic abuse lines (round 46, young115); a dad's, none
    assert (ALSO in said) == ("partner" in text or "boyfriend" in text), said


def test_a_couple_checking_in_is_no_concern(chat: Chat) -> None:
    assert not chat.send("the couple checked in and asked for late checkout")[0].risk_of_harm
