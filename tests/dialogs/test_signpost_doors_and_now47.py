"""Round 44 (miss63, tryout47 #1, #2, #4, #5): the signpost first, the right doors, 999 first for
danger now.

(1) Children's transport names the children on it: a driver drunk or smelling of drink on the
school run rings, with the LADO. (2) A child's age told of "one of my guides" or "one of my
yr13s (17)" is hers, not the man's beside it: the child's door. (4) A child telling that the
driver touches her brings the LADO, and "he's my mate" after it still gets pass it on, don't
tell him. (5) A small child lost at night, a suicide planned for tonight, a threat at the door
now lead with 999; "what do we do" and "it's getting dark" after a signpost are answered.
Written by the helper in its own words, not drawn from a labelled set; every conversation runs
through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

CHILD_SIGNPOST = "may mean a child is at risk"
ADULT_SIGNPOST = "may mean an adult is at risk"
MASH = "children's social care"
ADULT_CARE = "Adult social care"
LADO = "The LADO"
RING_NOW = "Ring 999 now"
POLICE_LINE = "The police"
SELF_HARM = "If they may act on it now, call 999"
POSITION_OF_TRUST = "position of trust"


@pytest.mark.parametrize(
    "message",
    [
        "the minibus driver smelt of drink this morning on the school run",
        "the school minibus driver smelt of alcohol this morning",
        "our school bus driver reeked of booze at drop off today",
        "the taxi driver who does the school run for our SEN kids was slurring his words",
        "the coach driver on the school trip smelt of alcohol when he picked the kids up",
    ],
)
def test_a_driver_of_children_the_worse_for_drink_rings_with_the_lado(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert CHILD_SIGNPOST in first.text
    assert LADO in first.text


def test_a_drunk_driver_about_to_drive_the_children_leads_with_999(chat: Chat) -> None:
    first = chat.send("our minibus driver is drunk and about to drive the kids home")[0]
    assert first.risk_of_harm
    assert first.text.startswith(f"**{RING_NOW}")


@pytest.mark.parametrize(
    "message",
    [
        "the minibus driver was late this morning",
        "a 19 year old volunteer helps with our guides",
        "can we share the school run rota with parents",
        "the school minibus driver asked for the kids addresses for the new route, can i give them",
        "tonight is the night of the school play, can i share photos of the kids",
    ],
)
def test_transport_and_tonight_told_with_no_harm_stay_quiet(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))


@pytest.mark.parametrize(
    "message",
    [
        "one of my guides is 13 and has a boyfriend she met online, he's 19 and wants to meet up"
        " with her this weekend",
        "one of my yr13s (17) has been staying at a 30 yr old guys flat, he gives her weed and"
        " money",
        "one of my scouts is 14 and his online friend who is 22 wants to meet him at the station",
        "one of my brownies is 9 and her mums boyfriend who is 35 makes her sit on his lap",
    ],
)
def test_a_childs_age_after_one_of_my_is_hers_not_the_mans(chat: Chat, message: str) -> None:
    first = chat.send(message)[0].text
    assert CHILD_SIGNPOST in first
    assert MASH in first
    assert ADULT_CARE not in first


def test_a_13_year_old_meeting_a_man_she_met_online_names_the_police(chat: Chat) -> None:
    first = chat.send(
        "one of my guides is 13 and has a boyfriend she met online, he's 19 and wants to meet"
        " up with her this weekend"
    )[0].text
    assert POLICE_LINE in first


def test_a_17_year_olds_own_consent_is_not_needed_after_her_signpost(chat: Chat) -> None:
    chat.send(
        "one of my yr13s (17) has been staying at a 30 yr old guys flat, he gives her weed and"
        " money and she's stopped coming in"
    )
    secret = chat.send("she begged me not to tell anyone")[0].text
    assert "You can't promise an adult at risk" not in secret
    consent = chat.send("she's 17 so doesnt she have to agree before i share?")
    assert consent[0].card is None
    assert consent[0].text.startswith("**No")


def test_an_adults_age_after_one_of_my_keeps_both_doors(chat: Chat) -> None:
    first = chat.send("rugby coach here, one of my players (19) says his dad hits him")[0].text
    assert MASH in first
    assert ADULT_CARE in first


@pytest.mark.parametrize(
    "message",
    [
        "one of the kids on our school minibus said the driver touches her leg when she gets off"
        " and tells her its their secret",
        "a child on our bus said the driver shouts at her and grabbed her arm",
        "one of our brownies said the leader smacked her",
    ],
)
def test_a_child_telling_of_one_who_works_with_children_brings_the_lado(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0].text
    assert CHILD_SIGNPOST in first
    assert LADO in first


@pytest.mark.parametrize(
    "message",
    ["a girl said her dad hits her", "a 12 year old told me his stepdad hits him"],
)
def test_a_child_telling_of_a_relative_brings_no_lado(chat: Chat, message: str) -> None:
    first = chat.send(message)[0].text
    assert CHILD_SIGNPOST in first
    assert LADO not in first


def test_the_accused_being_the_writers_mate_still_gets_pass_it_on(chat: Chat) -> None:
    chat.send(
        "one of the kids on our school minibus said the driver touches her leg when she gets off"
        " and tells her its their secret"
    )
    said = chat.send("the drivers my mate tho do i have to report it")[0].text
    assert said.startswith("**Please still tell your safeguarding lead today")
    assert "Don't tell or warn the person yourself" in said


@pytest.mark.parametrize(
    "message",
    [
        "driver's just radioed, there's a little boy about 6 on the last bus on his own, 11pm,"
        " says he doesnt know where his mum is",
        "theres a little girl about 4 in the supermarket on her own crying, says she cant find"
        " her mum",
        "caller said hes got the tablets lined up and tonights the night, he's alone",
        "he texted me saying tonights the night and hes got a rope ready",
        "night staff at a refuge, a residents ex found us, hes banging on the door now shouting"
        " hes going to kill her",
    ],
)
def test_danger_now_leads_with_999(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert first.text.startswith(f"**{RING_NOW}")


def test_a_suicide_planned_for_tonight_gets_the_self_harm_line(chat: Chat) -> None:
    first = chat.send("caller said hes got the tablets lined up and tonights the night, he's alone")
    assert SELF_HARM in first[0].text


def test_the_refuges_own_staff_are_no_position_of_trust_case(chat: Chat) -> None:
    first = chat.send(
        "night staff at a refuge, a residents ex found us, hes banging on the door now shouting"
        " hes going to kill her"
    )[0].text
    assert ADULT_SIGNPOST in first
    assert POSITION_OF_TRUST not in first


@pytest.mark.parametrize("asked", ["what do we do", "what should we do"])
def test_what_do_we_do_after_a_child_lost_at_night_is_999(chat: Chat, asked: str) -> None:
    chat.send(
        "driver's just radioed, there's a little boy about 6 on the last bus on his own, 11pm,"
        " says he doesnt know where his mum is"
    )
    assert chat.send(asked)[0].text.startswith(f"**{RING_NOW}")


def test_getting_dark_after_a_child_found_sleeping_out_is_answered(chat: Chat) -> None:
    chat.send(
        "found a tent in the woods with a girl maybe 15 living in it, says she ran off cos of"
        " her mums boyfriend"
    )
    said = chat.send("its getting dark and shes got nothing")[0].text
    assert "ring 999 now" in said
    assert "stay with them" in said


def test_a_lost_mum_long_ago_is_no_danger_now(chat: Chat) -> None:
    replies = chat.send("a boy of 9 in my class lost his mum last year and has been hitting others")
    assert not any(r.text.startswith(f"**{RING_NOW}") for r in replies)
