"""Round 44 (danger58, tryout46 #6, #7): danger now leads with 999 in the first reply, and the
next line of an anxious person after a signpost is answered.

A threat to kill shouted at a refuge's front door, a small child alone by a main road, a forced
marriage about to take place got the general signpost, 999 only in its stock sentence; a child
who said he was burnt, still in the waiting room, got no word of keeping him safe now. After a
signpost, "hes hung up", "he is in his room now", "hes crying", "shes on her own with the kids"
and "the ceremony is in an hour" got "I couldn't find that in the published Q&A". Every
conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_LEAD = "**Ring 999 now: someone may be in danger right now."
_STEPS = "**Ring 999 now, if you haven't already."
_HERE = "**Keep them safe now, while they're with you"
_NOW_TOLD = "**If anyone may be hurt now, or before help can come, ring 999 now"
_WHERE_NOW = "**Call 999 now with what you know:**"
_GENERAL = "**What you've described may mean"
_MISS = "I couldn't find that in the published Q&A"

_SUICIDE = (
    "benefits adviser, a man rang saying if they stop his money again hes going to end it all, "
    "he said he has been saving up his pills"
)
_VOICES = (
    "my brother is 35 and has psychosis, hes stopped taking his meds and says voices tell him "
    "to hurt people"
)
_EX = "womens aid worker, a client said her ex is out on tuesday and has said he will kill her"
_ROAD = "a toddler maybe 3 is walking down the main road by himself, no adults anywhere"
_BRIDE = (
    "registrar here, the bride told me in private her parents are forcing her to marry him and "
    "took her passport"
)


@pytest.mark.parametrize(
    "told",
    [
        "hostel worker, her ex is at the front door now banging on the door shouting hes going "
        "to kill her",
        "support worker, the partner is at the back door kicking it and threatening to stab her",
        _ROAD,
        "i can see a little girl about 5 walking along the main road on her own, no adult around",
        "venue manager, a bride says her family are forcing her to marry him and the ceremony "
        "is in an hour",
    ],
)
def test_danger_now_leads_the_first_reply_with_999(chat: Chat, told: str) -> None:
    first = chat.send(told)[0]
    assert first.risk_of_harm and first.text.startswith(_LEAD), first.text


def test_a_threat_by_one_who_has_found_her_is_no_past_matter(chat: Chat) -> None:
    first = chat.send(
        "refuge staff. her ex has found the refuge and hes at the front door now saying hes "
        "going to kill her"
    )[0]
    assert first.text.startswith(_LEAD), first.text


@pytest.mark.parametrize(
    "told",
    [
        "a child told the receptionist his mums boyfriend burnt him, theyre in the waiting room "
        "now",
        "pharmacy counter, a girl of 10 whispered that her uncle hurts her, shes in the shop now "
        "with him",
    ],
)
def test_the_one_at_risk_here_now_leads_with_keeping_them_safe(chat: Chat, told: str) -> None:
    first = chat.send(told)[0]
    assert first.risk_of_harm and first.text.startswith(_HERE), first.text
    assert "ring 999" in first.text


@pytest.mark.parametrize(
    "told",
    [
        # Near cases: told as past, or danger now with no one here, keep their own first words.
        "a boy told me last week his stepdad burnt him, he was in the waiting room now and then",
        "a child at school said his dad burns him with cigarettes",
        "a woman said her ex threatened to kill her last year, he was at the front door then",
        "the kids are left home alone all day in a flat on the main road with no food",
    ],
)
def test_past_or_elsewhere_keeps_the_general_signpost(chat: Chat, told: str) -> None:
    first = chat.send(told)[0]
    assert first.risk_of_harm and first.text.startswith(_GENERAL), first.text


def test_a_call_cut_off_after_a_suicide_threat_is_999_now(chat: Chat) -> None:
    assert chat.send(_SUICIDE)[0].risk_of_harm
    said = texts(chat.send("hes hung up on me"))
    assert _WHERE_NOW in said and _MISS not in said, said


def test_someone_in_his_room_now_after_voices_to_hurt_people(chat: Chat) -> None:
    assert chat.send(_VOICES)[0].risk_of_harm
    said = texts(chat.send("hes upstairs now"))
    assert _NOW_TOLD in said and "NHS 111 (option 2" in said, said


def test_on_her_own_with_the_children_after_a_threat_adds_their_social_care(chat: Chat) -> None:
    assert chat.send(_EX)[0].risk_of_harm
    said = texts(chat.send("and shes on her own with the children"))
    assert _NOW_TOLD in said and "children's social care front door" in said, said


def test_a_child_alone_crying_then_what_do_i_do(chat: Chat) -> None:
    assert chat.send(_ROAD)[0].risk_of_harm
    crying = texts(chat.send("he is crying"))
    assert _NOW_TOLD in crying and "stay with them" in crying, crying
    steps = texts(chat.send("what do i do"))
    assert _STEPS in steps, steps


def test_the_ceremony_soon_after_a_forced_marriage_signpost(chat: Chat) -> None:
    first = chat.send(_BRIDE)[0]
    assert first.text.startswith(_GENERAL)
    said = texts(chat.send("the wedding starts in 40 minutes"))
    assert _STEPS in said and _MISS not in said, said


def test_a_contracted_not_staff_is_read_as_not_staff(chat: Chat) -> None:
    assert chat.send(
        "a 12 yo in our gaming club said a man online asked him for photos and to keep it secret"
    )[0].risk_of_harm
    said = texts(chat.send("he's not staff, he's just another gamer"))
    assert "it isn't one for the LADO" in said, said


@pytest.mark.parametrize("follow_up", ["thanks", "what if im wrong", "do i need proof"])
def test_other_follow_ups_keep_their_replies(chat: Chat, follow_up: str) -> None:
    assert chat.send(_ROAD)[0].risk_of_harm
    assert _NOW_TOLD not in texts(chat.send(follow_up))
