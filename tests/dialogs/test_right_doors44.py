"""Round 44 (rule57, tryout46 #1, #3, #4, #5): the signpost first, naming the right doors for the
person at risk.

(1) Someone paid to help at home (a home help, a cleaner, a PA, a support worker) who takes money
is a carer taking money: signposted as "my carer" is. (3) An age told after "who is" or "but
looks" is someone's, so a 17-year-old is a child wherever she studies, and one who "says he's 18
but looks 15" is read by his look. (4) A relative turning off an alarm or a pump that keeps her
safe is an adult's harm, and a syringe driver is no drug user's kit. (5) One who works or
volunteers with children, told as doing a child's harm, brings the LADO; a child who flinches
from staff in general after seeing his dad does not.
Written by the helper in its own words, not drawn from a labelled set; every conversation runs
through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

ADULT_SIGNPOST = "may mean an adult is at risk"
CHILD_SIGNPOST = "may mean a child is at risk"
MASH = "children's social care"
ADULT_CARE = "Adult social care"
LADO = "The LADO"
TO_THE_WRITER = "If this is happening to you"


@pytest.mark.parametrize(
    "message",
    [
        "the lady from the home help service keeps helping herself to fivers from my purse",
        "my home help takes tenners out of my handbag and never gives me the change",
        "my cleaner has been taking money from my purse every week",
        "my PA keeps taking cash out of my purse when she thinks im asleep",
        "my support worker takes twenties from my purse and says its for petrol",
    ],
)
def test_someone_paid_to_help_at_home_taking_money_is_signposted(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert TO_THE_WRITER in first.text or ADULT_SIGNPOST in first.text
    assert MASH not in first.text


@pytest.mark.parametrize(
    "message",
    [
        "my cleaner takes the bins out on a tuesday",
        "our home help service is closed over christmas, who covers my visits?",
    ],
)
def test_a_home_help_or_cleaner_doing_their_job_is_quiet(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))


@pytest.mark.parametrize(
    "message",
    [
        "a first year who is 17 told me her housemates boyfriend forced her to have sex after a"
        " party",
        "a customer says hes 19 but looks about 14, the man with him paid for his piercing",
    ],
)
def test_an_age_under_18_told_after_who_is_or_but_looks_is_a_childs(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0].text
    assert CHILD_SIGNPOST in first
    assert MASH in first
    assert ADULT_CARE not in first


def test_a_student_who_is_20_is_still_an_adult(chat: Chat) -> None:
    first = chat.send(
        "uni welfare officer. a student who is 20 says a lad in her halls raped her on saturday"
    )[0].text
    assert ADULT_SIGNPOST in first
    assert MASH not in first


@pytest.mark.parametrize(
    "message",
    [
        "hospice nurse. a patients son keeps switching off her pendant alarm at night",
        "her husband has been unplugging her oxygen when the nurses leave",
    ],
)
def test_a_relative_turning_off_what_keeps_her_safe_is_an_adults_harm(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0].text
    assert ADULT_SIGNPOST in first
    assert ADULT_CARE in first
    assert MASH not in first


def test_how_to_silence_a_syringe_driver_alarm_is_quiet(chat: Chat) -> None:
    assert not any(r.risk_of_harm for r in chat.send("how do i turn off a syringe driver alarm?"))


@pytest.mark.parametrize(
    "message",
    [
        "one of the volunteer moderators keeps sending a 12 year old gift cards and wants to video"
        " call him on his own",
        "a volunteer helper at brownies has been giving a 9 year old sweets and told her not to"
        " tell her mum",
        "our volunteer coach has been going into the girls changing room and told them not to tell"
        " anyone",
    ],
)
def test_a_volunteer_doing_a_childs_harm_brings_the_lado(chat: Chat, message: str) -> None:
    first = chat.send(message)[0].text
    assert CHILD_SIGNPOST in first
    assert LADO in first


@pytest.mark.parametrize(
    "message",
    [
        "youth club volunteer, a 12 year old told me his stepdad hits him",
        "the coach noticed bruises on a 10 year old's legs, he says his dad did it",
        "a 9 year old came back from seeing his dad and flinches when staff go near him",
    ],
)
def test_a_volunteer_telling_of_a_relatives_harm_brings_no_lado(chat: Chat, message: str) -> None:
    first = chat.send(message)[0].text
    assert CHILD_SIGNPOST in first
    assert LADO not in first
