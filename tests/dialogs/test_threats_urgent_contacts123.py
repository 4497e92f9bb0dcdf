"""Round 47 (fix129, tryout123 #1, #4, #5): threats lead to the police, urgent harm to 999 first,
and the contacts fit the case.

(1) A threat to kill or attack (a weapon, a planned attack, an ex to be "sorted out") names the
police and gets "call the police now"; a threat told with a laugh does
not. (4) Screaming heard just now, a small child alone with the place closing, someone harmed
being sick now lead with "Ring 999 now"; told as past, they do not. (5) A foster carer who made
a child share his bed brings the LADO; FGM told names the police, the NSPCC FGM helpline and the
child's sisters; the Forced Marriage Unit only where a marriage is told; the Men's Advice Line
never for a child alone. Written by the helper in its own words, not drawn from a labelled set;
every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

POLICE_LINE = "The police (999"
POLICE_NOW = "Call the police now, on 999"
RING_NOW = "**Ring 999 now"
KEEP_CHILD = "**Keep the child with you"
PARTNER_LINE = "National Domestic Abuse Helpline"
LADO = "The LADO"
FGM_LINE = "NSPCC FGM Helpline"
SISTERS = "Her sisters"
FMU = "Forced Marriage Unit"
MENS_LINE = "Men's Advice Line"


@pytest.mark.parametrize(
    "message",
    [
        "client on probation just texted me a photo of a gun saying shes next",
        "student told me his flatmate has a knife and said hes going to do something at the "
        "lecture tomorrow",
        "man on my caseload said hes going to sort his ex out when he sees her this weekend, he "
        "knows where she lives now",
        "service user sent a picture of a machete and a message saying youre next",
        "my client said his flatmate has a blade and is gonna do something at work on saturday",
    ],
)
def test_a_threat_to_an_adult_names_the_police(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert replies[0].risk_of_harm
    assert POLICE_LINE in replies[0].text
    assert POLICE_NOW in texts(replies)


def test_a_threat_to_an_ex_names_the_domestic_abuse_line(chat: Chat) -> None:
    said = texts(chat.send("he said hes going to sort her ex out tomorrow, he knows her address"))
    assert POLICE_NOW in said
    assert PARTNER_LINE in said


@pytest.mark.parametrize(
    "message",
    [
        "lol my passenger said he'd kill his wife if she made him go to ikea again",
        "my client said hed kill his brother if he ate the last biscuit again haha",
        "she said shes going to kill her husband for booking the wrong holiday lmao",
    ],
)
def test_a_threat_told_with_a_laugh_gets_no_call_the_police_now(chat: Chat, message: str) -> None:
    assert POLICE_NOW not in texts(chat.send(message))


def test_a_threat_against_the_writer_keeps_its_reply_with_a_laugh(chat: Chat) -> None:
    assert "If you're in danger now, call 999" in texts(chat.send("he said hed kill me lol"))


@pytest.mark.parametrize(
    "message",
    [
        "theres shouting next door every night and i heard a thud and a woman screaming just now, "
        "kids are in there too",
        "i heard a crash and a kid screaming just now from the flat upstairs, the dad drinks",
        "night shift, resident fell at 3am hit her head, senior said dont write it up, she's now "
        "vomiting",
        "care home, resident was pushed by another resident and hit his head, hes now being sick",
    ],
)
def test_harm_happening_now_leads_with_999(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert first.text.startswith(RING_NOW)


@pytest.mark.parametrize(
    "message",
    [
        "little boy about 4 wandering round the library on his own for an hour, no adult, we "
        "close in 10 min",
        "girl about 5 sat in the shopping centre on her own for an hour, no adult anywhere",
        "a toddler has been on his own in the soft play for hours, no one has claimed him and we "
        "close in 20 minutes",
    ],
)
def test_a_small_child_alone_now_is_kept_with_staff_and_999(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert first.text.startswith(KEEP_CHILD)
    assert "ring 999 now" in first.text


def test_an_adult_alone_for_an_hour_is_not_kept_as_a_lost_child(chat: Chat) -> None:
    first = chat.send(
        "i heard a woman screaming just now next door, he left her on her own for hours"
    )[0]
    assert not first.text.startswith(KEEP_CHILD)


@pytest.mark.parametrize(
    "message",
    [
        "last year a boy about 4 was left in the library on his own for an hour and mum was "
        "drunk when she came",
        "years ago a resident was pushed and hit his head, he was being sick for a day",
    ],
)
def test_the_same_told_as_past_does_not_lead_with_999(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].text.startswith(RING_NOW)


@pytest.mark.parametrize(
    "message",
    [
        "foster kid told me tonight her last foster dad made her sleep in his bed, hes still "
        "fostering other kids",
        "a girl in my class said her foster carer makes her share his bed",
        "my sons friend says his foster mum made him sleep in her bed every night",
    ],
)
def test_a_foster_carer_who_made_a_child_share_a_bed_brings_the_lado(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert LADO in first.text


@pytest.mark.parametrize(
    "message",
    [
        "mum in clinic said her 2 yr old was cut for tradition back home last summer",
        "health visitor here, mum said her 6 year old was cut in the family's culture when they "
        "visited",
        "a 16 yo girl told me she was cut (FGM) in Somalia last summer",
    ],
)
def test_fgm_told_names_the_police_the_fgm_line_and_sisters_not_the_fmu(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    for named in (POLICE_LINE, FGM_LINE, SISTERS):
        assert named in first.text
    assert FMU not in first.text


def test_a_cut_from_glass_names_no_fgm_line(chat: Chat) -> None:
    assert FGM_LINE not in texts(chat.send("her 2 yr old was cut on a broken glass at home"))


@pytest.mark.parametrize(
    "message",
    [
        "student from overseas had her passport taken by her employer and works 80 hrs a week "
        "for no pay",
        "the lads at the car wash had their passports taken by the boss and sleep in the garage",
    ],
)
def test_a_passport_taken_with_no_marriage_names_no_fmu(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert FMU not in first.text


@pytest.mark.parametrize(
    "message",
    [
        "im an imam, a family want to take their 11 year old daughter abroad in the summer to "
        "get her married",
        "her family took her passport and say she has to go home and meet the man they picked "
        "for her",
    ],
)
def test_a_marriage_or_a_match_told_keeps_the_fmu(chat: Chat, message: str) -> None:
    assert FMU in chat.send(message)[0].text


@pytest.mark.parametrize(
    "message",
    [
        "kid on bus sed his mums boyfrend burnt him with a lighter",
        "year 4 girl said her mums boyfriend punches mum and pushed her down the stairs",
    ],
)
def test_a_child_harmed_at_home_gets_no_mens_advice_line(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert MENS_LINE not in first.text


def test_a_man_harmed_by_his_wife_keeps_the_mens_advice_line(chat: Chat) -> None:
    assert MENS_LINE in chat.send("my client told me his wife hits him and he has bruises")[0].text


STAFF_ADULTS = "someone who works or volunteers with adults at risk"


@pytest.mark.parametrize(
    "message",
    [
        "grandad in room 12 has bruises on his inner thighs and cries when the male carer does "
        "his personal care",
        "the old man in room 3 is terrified and flinches when one carer washes him, he is 84",
    ],
)
def test_distress_at_a_carers_personal_care_names_the_staff_paragraph(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm
    assert STAFF_ADULTS in first.text


def test_personal_care_told_plainly_is_no_alarm(chat: Chat) -> None:
    said = "the carer does his personal care every morning and he likes a chat"
    assert not chat.send(said)[0].risk_of_harm


@pytest.mark.parametrize("follow_up", ["its gone quiet now", "it went quiet"])
def test_gone_quiet_after_screaming_next_door_is_999_for_anyone(chat: Chat, follow_up: str) -> None:
    chat.send(
        "theres shouting next door every night and i heard a thud and a woman screaming just "
        "now, kids are in there too"
    )
    said = texts(chat.send(follow_up))
    assert "Call 999 now" in said
    assert "Going quiet doesn't mean they're safe" in said
    assert "Keep them talking" not in said
