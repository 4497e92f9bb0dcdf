"""Round 43 (voice45; tryout43 #9). After a signpost, whom to tell asked as a choice of the
people round the case ("do i tell the social worker or the fostering agency", "who do i tell,
the nurse in charge?") got "speak to your designated safeguarding lead first. Don't tell anyone
who may be involved": "tell" read as telling the family. They get their own answers, with the
case's contacts. An adult's plea for secrecy ("she begged me not to say anything") got "consent
is not needed to share information about a child": it gets her wishes and capacity."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_DSL_FIRST = "speak to your designated safeguarding lead first"
_FOSTER = "our foster lad (8) came back from contact and said his uncle put his hand down his pants"
_WARD = (
    "im a care assistant on a ward, an old gent told me his daughter takes his pension and hits him"
)


@pytest.mark.parametrize(
    "asked",
    [
        "do i tell the social worker or the fostering agency",
        "should i ring his supervising social worker",
        "do we tell the fostering service",
    ],
)
def test_a_foster_carer_is_told_both_social_workers(chat: Chat, asked: str) -> None:
    assert chat.send(_FOSTER)[0].risk_of_harm
    after = texts(chat.send(asked))
    assert after.startswith("**Tell both, today"), after
    assert "emergency duty team" in after and "children's social care" in after
    assert _DSL_FIRST not in after


@pytest.mark.parametrize(
    "asked",
    [
        "who do i tell, the nurse in charge?",
        "do i tell the shift leader",
        "should i tell the ward manager",
    ],
)
def test_the_person_in_charge_is_yes_and_the_lead_today(chat: Chat, asked: str) -> None:
    assert chat.send(_WARD)[0].risk_of_harm
    after = texts(chat.send(asked))
    assert after.startswith("**Yes: tell the person in charge"), after
    assert "safeguarding lead" in after and "Adult social care" in after
    assert _DSL_FIRST not in after


def test_a_choice_of_services_that_names_no_family_is_whom_to_ring(chat: Chat) -> None:
    assert chat.send(_WARD)[0].risk_of_harm
    after = texts(chat.send("do i tell the gp or the police"))
    assert after.startswith("**Tell your safeguarding lead today"), after
    assert _DSL_FIRST not in after


def test_asking_to_tell_the_family_keeps_the_caution(chat: Chat) -> None:
    assert chat.send(_WARD)[0].risk_of_harm
    assert _DSL_FIRST in texts(chat.send("do i tell his son"))


@pytest.mark.parametrize(
    "plea", ["she begged me not to say anything", "he made me promise to keep it secret"]
)
def test_an_adults_plea_for_secrecy_gets_her_wishes_and_capacity(chat: Chat, plea: str) -> None:
    assert chat.send(_WARD)[0].risk_of_harm
    after = texts(chat.send(plea))
    assert "consent is not needed to share information about a child" not in after, after
    assert "their wishes matter" in after and "capacity" in after and "serious crime" in after


def test_a_childs_plea_for_secrecy_keeps_the_childs_reply(chat: Chat) -> None:
    assert chat.send(_FOSTER)[0].risk_of_harm
    after = texts(chat.send("he begged me not to say anything"))
    assert "You can't keep a promise of secrecy" in after


@pytest.mark.parametrize(
    "told",
    [
        "i do hair from home and a regular client had a black eye again, says she walked into a"
        " door",
        "im a mobile hairdresser and an old lady i go to says her son takes her pension and hits"
        " her",
    ],
)
def test_working_from_home_has_no_safeguarding_lead_to_tell(chat: Chat, told: str) -> None:
    first = chat.send(told)[0]
    assert first.risk_of_harm
    assert "designated safeguarding lead" not in first.text.lower(), first.text
    assert "Adult social care" in first.text and "no safeguarding lead of your own" in first.text
