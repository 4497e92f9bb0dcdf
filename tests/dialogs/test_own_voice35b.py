"""Round 35 (r1i35, tryout35b finding 5): a grandmother raising her grandson, a kinship carer,
writes as family: she gets the public signpost, not a practitioner's DSL and procedures first.
So does a volunteer who says they are "just a volunteer" (finding 10), as "im not a
professional" did; told of someone with a plan to end their life, they get the urgent routes
(999 or A&E, their GP or NHS 111 option 2, Samaritans)."""

from __future__ import annotations

import pytest

from dialogs.contract import Reply
from dialogs.own_voice import voice_of
from dialogs.typed import simplify
from tests.support.core import Chat, texts


@pytest.mark.parametrize(
    "message",
    [
        "hiya im a nan bringing up my grandson hes 7, his mum my daughter is on drugs. the school"
        " keep asking me stuff and so does his social worker",
        "I'm his special guardian, his dad hits him when he has contact",
        "we are raising my granddaughter, her mum's boyfriend hit her",
    ],
)
def test_a_grandparent_or_kinship_carer_raising_a_child_is_family(message: str) -> None:
    assert voice_of(simplify(message)) == "family"


def test_a_practitioner_naming_a_pupil_is_still_a_practitioner() -> None:
    assert voice_of(simplify("im a nan myself but my pupil says her dad hits her")) is None


def test_just_a_volunteer_is_not_a_practitioner() -> None:
    message = (
        "food bank - a man told me he'd rather be dead than keep going like this, he has a plan."
        " i'm just a volunteer"
    )
    assert voice_of(simplify(message)) == "family"


def _first(replies: list[Reply]) -> Reply:
    assert replies and replies[0].risk_of_harm, texts(replies)
    return replies[0]


def test_a_volunteer_told_of_a_plan_to_die_gets_the_urgent_routes(chat: Chat) -> None:
    first = _first(
        chat.send(
            "food bank - a man told me he'd rather be dead than keep going like this, he has a"
            " plan. i'm just a volunteer"
        )
    )
    assert first.text.startswith("**If you're worried about someone you know")
    assert "NHS 111" in first.text and "116 123" in first.text
    assert first.text.index("NHS 111") < first.text.index("If you're asking as a practitioner")
    assert "children's social care front door" not in first.text


def test_family_told_of_another_harm_get_no_suicide_line(chat: Chat) -> None:
    first = _first(chat.send("I'm a parent. my ex's new partner hits my daughter when she stays"))
    assert "NHS 111" not in first.text
