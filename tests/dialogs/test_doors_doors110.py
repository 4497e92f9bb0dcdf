"""Round 46 (doors110, issue 11, tryout100 #4): the signpost names the right doors.

1. Adults on a stroke ward or unit, a geriatric ward, in sheltered housing or on probation get
   the adult's door alone; a child on a stroke ward keeps the child's.
2. A threat to kill a boy by his dad gets the police now, with no "her leaving" partner line;
   a threat to a partner or an ex keeps it.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

CHILD_DOOR = "children's social care front door"
ADULT_DOOR = "Adult social care at your local council"


@pytest.mark.parametrize(
    "message",
    [
        "hca on a stroke ward. a patient cant speak since the stroke, when her son visits she "
        "goes rigid and afterwards theres fingertip bruises on her arm",
        "nurse on the stroke unit, a patients daughter shouts at her and grabs her wrist",
        "on the geriatric ward a patient told me her son slaps her when he visits",
        "sheltered housing warden, a tenant says her son pushes her about when he visits",
        "im on the stroke ward, a man's son keeps taking his bank card off him and he has bruises",
    ],
)
def test_adults_settings_get_the_adult_door_alone(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert ADULT_DOOR in first.text and CHILD_DOOR not in first.text


def test_a_child_on_a_stroke_ward_keeps_the_childs_door(chat: Chat) -> None:
    first = chat.send("a girl of 8 on the stroke ward has bruises she says her dad made")[0]
    assert first.risk_of_harm
    assert CHILD_DOOR in first.text


HER_LEAVING = "a weapon or her leaving makes the risk highest"


@pytest.mark.parametrize(
    "message",
    [
        "he just told me his dad is going to kill him tonight",
        "a boy in year 8 said his stepdad will kill him if he tells",
        "my client says her brother is going to stab her son tonight",
        "a resident told me his neighbour says he'll kill him when he gets out",
        "a girl said her uncle threatened to kill her dog and then her",
    ],
)
def test_a_threat_to_no_partner_names_no_partner_line(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert replies[0].risk_of_harm
    assert all(HER_LEAVING not in r.text for r in replies)


@pytest.mark.parametrize(
    "message",
    [
        "a client said hes going to hurt his ex tonight, he knows where she lives",
        "a dad told me hes going to kill his wife when he gets home",
    ],
)
def test_a_threat_to_a_partner_keeps_the_line(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert any(HER_LEAVING in r.text for r in replies)
