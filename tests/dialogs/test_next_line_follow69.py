"""Round 44 (follow69, tryout47 #6, #7): the next line after a signpost answered right, never
with advice that does harm.

The GP asked of after harm that is not to one's own life (the GP is not involved: yes, with the
procedures, not "don't tell anyone who may be involved"); a service that asks for someone's
details, or is to be given them (key question 6's checks and the judgement, not a whereabouts
withheld as from a stalker); a small child who may not understand (you don't need to be sure);
putting it in the notes (not enough); not wanting to get someone sacked (pass it on); a young
person not wanting social services, and their "ok". With the near lines that keep their reply.
Every conversation runs through the core the terminal door runs, in words of my own.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_MISS = "I couldn't find that in the published Q&A"
_INVOLVED = "Don't tell anyone who may be involved, or ask for consent"
_GP_YES = "their GP isn't involved, and is someone who can help"
_OWN_LIFE = "telling their GP (or their mental health team)"
_WHERE = "Don't tell them where the person is"
_AGENCY = "check who you are sharing with"
_POLICE = "Calling the police"
_UNSURE = "You don't need to be sure"
_NOTE = "A note in the file isn't enough on its own"
_JOB = "what happens to their job isn't yours to decide"
_NO_SERVICES = "Social care's job is to help you be safe"
_YOUNG = "you've done the right thing telling someone"

_CARE_HOME = (
    "district nurse. an old man i visit had a black eye and a cut lip, his carer said he fell "
    "but he whispered that she pushes him"
)
_NAN = (
    "home care manager. an 84 year old client says her neighbour has been taking her to the "
    "bank and keeping her money"
)
_OVERDOSE = (
    "support worker. a client texted that she has saved up all her tablets and will take them "
    "tonight"
)
_TEACHER = "a year 9 boy told me his PE teacher sends him messages at night and asked to meet"
_HOSTEL = (
    "hostel worker. a young mum here said her ex has threatened to kill her if she leaves him "
    "and shes terrified"
)
_PLAYGROUP = "at playgroup a 2 year old said daddy hits mummy with a belt and mummy cries"
_LADY = "i'm a cleaner and the carer at my client's house takes money from her purse every week"
_YOUNG_ONE = (
    "im 16 my mum threw me out and a man at the bus station says i can stay at his if i do "
    "favours for his mates"
)


def _after(chat: Chat, told: str, follow_up: str) -> str:
    assert chat.send(told)[0].risk_of_harm
    return texts(chat.send(follow_up))


@pytest.mark.parametrize(
    ("told", "follow_up"),
    [
        (_CARE_HOME, "can i let his gp know"),
        (_CARE_HOME, "should i tell his gp"),
        (_NAN, "can i ring her gp"),
    ],
)
def test_the_gp_after_harm_not_to_ones_own_life_is_yes(
    chat: Chat, told: str, follow_up: str
) -> None:
    said = _after(chat, told, follow_up)
    assert _GP_YES in said and _INVOLVED not in said and _MISS not in said, said


def test_the_gp_after_a_risk_to_ones_own_life_keeps_its_reply(chat: Chat) -> None:
    said = _after(chat, _OVERDOSE, "can i ring her gp")
    assert _OWN_LIFE in said and _GP_YES not in said, said


def test_the_gp_after_an_allegation_against_staff_is_not_yes(chat: Chat) -> None:
    said = _after(chat, _TEACHER, "can i tell his gp")
    assert _GP_YES not in said, said


def test_telling_family_keeps_the_involved_reply(chat: Chat) -> None:
    said = _after(chat, _CARE_HOME, "should i tell his daughter")
    assert _GP_YES not in said and _AGENCY not in said, said


@pytest.mark.parametrize(
    ("told", "follow_up"),
    [
        (_OVERDOSE, "housing want to know where she lives now, can i give the council her address"),
        (
            _NAN,
            "the police have asked for her bank details, can i hand them over without a warrant",
        ),
    ],
)
def test_a_service_asking_gets_key_question_six_not_a_whereabouts_withheld(
    chat: Chat, told: str, follow_up: str
) -> None:
    said = _after(chat, told, follow_up)
    assert _AGENCY in said and "key question 6" in said, said
    assert _WHERE not in said and _INVOLVED not in said, said


def test_the_one_feared_asking_where_she_is_keeps_the_whereabouts_reply(chat: Chat) -> None:
    said = _after(chat, _HOSTEL, "her ex rang asking for her new address, can i tell him")
    assert _WHERE in said and _AGENCY not in said, said


def test_ringing_the_police_keeps_the_police_reply(chat: Chat) -> None:
    said = _after(chat, _NAN, "should i ring the police")
    assert _AGENCY not in said, said


@pytest.mark.parametrize(
    "follow_up", ["shes only 2 she probably doesnt know what shes saying", "too young to know"]
)
def test_a_small_child_who_may_not_understand_still_counts(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _PLAYGROUP, follow_up)
    assert _UNSURE in said, said


@pytest.mark.parametrize(
    "follow_up", ["can i just add it to her notes", "can i write it in the notes"]
)
def test_putting_it_in_the_notes_is_not_enough(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _PLAYGROUP, follow_up)
    assert _NOTE in said and "Did you mean" not in said, said


def test_what_to_write_down_keeps_its_reply(chat: Chat) -> None:
    said = _after(chat, _PLAYGROUP, "what do i write down")
    assert _NOTE not in said, said


@pytest.mark.parametrize("follow_up", ["i dont want to get him fired", "she could lose her job"])
def test_not_wanting_someone_sacked_is_pass_it_on(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _LADY, follow_up)
    assert _JOB in said and _MISS not in said, said


def test_afraid_for_ones_own_job_keeps_its_reply(chat: Chat) -> None:
    said = _after(chat, _LADY, "i might lose my job")
    assert _JOB not in said and "Your worry about your job is real" in said, said


def test_a_young_person_not_wanting_social_services_gets_a_plain_answer(chat: Chat) -> None:
    said = _after(chat, _YOUNG_ONE, "i dont want a social worker")
    assert _NO_SERVICES in said and "0800 1111" in said and _YOUNG not in said, said
    closed = texts(chat.send("okay"))
    assert _YOUNG not in closed and _NO_SERVICES not in closed, closed
    assert "0800 1111" in closed and len(closed) < 300, closed


def test_a_young_person_telling_more_is_signposted_again(chat: Chat) -> None:
    said = _after(chat, _YOUNG_ONE, "ok and he says i have to go tonight")
    assert _YOUNG in said or "999" in said, said
