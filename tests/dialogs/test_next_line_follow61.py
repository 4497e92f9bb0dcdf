"""Round 44 (follow61, tryout46 #9): after a signpost, a busy, anxious person's next line is
answered in a sentence or two, not met with "I couldn't find that in the published Q&A".

What to do first, an instruction from someone senior to delete what was said, only writing it
in the notes, the person laughing it off, a service that won't talk to a parent, a helpline
asked for, telling the GP after a risk to one's own life, telling a child's parents of contact
online; and the near lines that keep the reply they had. Every conversation runs through the
core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_MISS = "I couldn't find that in the published Q&A"
_FIRST = "First, make sure they're safe now"
_HIDE = "don't delete, change or hide anything about a concern"
_PAST_LEAD = "You don't need your safeguarding lead to refer: anyone can"
_LEAD = "Your designated safeguarding lead"
_NOTE = "A note in the file isn't enough on its own"
_PLAYED = "It still counts: pass it on"
_LISTEN = "confidentiality doesn't stop them listening to you"
_LINES = "you can also call these"
_NO_LINE = "There isn't one national helpline for every concern"
_SLAVERY = "Modern Slavery & Exploitation Helpline"
_GP = "telling their GP (or their mental health team)"
_PARENTS = "Usually yes: the child's parents or carers should know"

_UNSEEN = (
    "home carer. no one has been to see an elderly client for 3 days because of a rota mix up, "
    "shes diabetic, lives alone and isnt picking up the phone"
)
_CARETAKER = (
    "school office manager. a mum emailed to say the caretaker has been touching her daughter "
    "in the corridor and the head told me to delete the email"
)
_BRUISES = (
    "hairdresser. a regular has finger shaped bruises on her upper arms and said her husband "
    "grabs her when hes had a drink"
)
_CHILD = "a yr 4 girl told me her stepdad hits her with a belt"
_DAUGHTER = (
    "my daughter is 30 and has bipolar, she stopped her meds and says she wants to jump off "
    "the bridge"
)
_PASSPORT = "a client said her boss keeps her passport and takes all her wages, she sleeps at work"
_STOCKPILE = (
    "housing officer. a tenant told me hes been thinking of ending it and has been saving up "
    "his tablets"
)
_ROBLOX = (
    "coding club volunteer. a 12 year old girl said a man she met on roblox keeps asking her "
    "for photos and to keep it between them"
)


def _after(chat: Chat, told: str, follow_up: str) -> str:
    assert chat.send(told)[0].risk_of_harm
    return texts(chat.send(follow_up))


@pytest.mark.parametrize("follow_up", ["what should i do first", "where do i start"])
def test_what_to_do_first_is_keeping_them_safe_now(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _UNSEEN, follow_up)
    assert _FIRST in said and "welfare check" in said and _MISS not in said, said


def test_whom_to_tell_first_keeps_its_reply(chat: Chat) -> None:
    said = _after(chat, _UNSEEN, "who do i tell first")
    assert "Your safeguarding lead first" in said and _FIRST not in said, said


@pytest.mark.parametrize(
    "follow_up", ["do i have to do what the head says", "she asked me to delete it, should i"]
)
def test_told_by_someone_senior_to_delete_it_is_no(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _CARETAKER, follow_up)
    assert _HIDE in said and "LADO" in said and _LEAD not in said, said


def test_after_the_head_asked_to_hide_it_whom_else_goes_past_the_lead(chat: Chat) -> None:
    _after(chat, _CARETAKER, "do i have to do what the head says")
    said = texts(chat.send("who else can i go to"))
    assert _PAST_LEAD in said and _LEAD not in said, said


def test_whom_else_with_no_one_senior_in_the_way_keeps_the_lead(chat: Chat) -> None:
    said = _after(chat, _CHILD, "who else can i go to")
    assert _PAST_LEAD not in said and _LEAD in said, said


@pytest.mark.parametrize(
    "follow_up", ["cant i just put it in my notes", "what if i just write it in the case notes"]
)
def test_only_a_note_is_not_enough(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _BRUISES, follow_up)
    assert _NOTE in said and "isn't covered" not in said, said


def test_what_to_write_down_keeps_its_reply(chat: Chat) -> None:
    said = _after(chat, _BRUISES, "what do i write down")
    assert "What to write down now" in said and _NOTE not in said, said


@pytest.mark.parametrize(
    ("told", "follow_up"),
    [(_BRUISES, "she brushed it off"), (_CHILD, "then she said she was joking")],
)
def test_playing_it_down_still_counts(chat: Chat, told: str, follow_up: str) -> None:
    said = _after(chat, told, follow_up)
    assert _PLAYED in said and _MISS not in said and "consent" not in said, said


def test_an_adult_saying_its_fine_keeps_its_reply(chat: Chat) -> None:
    said = _after(chat, _BRUISES, "she says its fine")
    assert _PLAYED not in said, said


def test_a_service_that_wont_talk_to_a_parent_can_still_listen(chat: Chat) -> None:
    said = _after(
        chat, _DAUGHTER, "her mental health team refused to talk to me because of confidentiality"
    )
    assert _LISTEN in said and "NHS 111" in said and _MISS not in said, said


def test_the_helplines_the_signpost_gave_are_given_again(chat: Chat) -> None:
    said = _after(chat, _PASSPORT, "is there a helpline i can ring")
    assert _LINES in said and _SLAVERY in said and _LEAD in said, said


def test_a_helpline_after_a_case_with_none_is_the_front_door(chat: Chat) -> None:
    said = _after(chat, _CHILD, "any helplines for this")
    assert _NO_LINE in said and _SLAVERY not in said and "101" in said, said


def test_the_helplines_of_a_case_are_forgotten_when_a_check_begins(chat: Chat) -> None:
    chat.send(_PASSPORT)
    assert chat.state.lines
    chat.send("start a consent check")
    assert chat.state.lines == ()


@pytest.mark.parametrize("follow_up", ["can i tell his gp", "should i let his gp know"])
def test_telling_the_gp_of_one_at_risk_to_his_own_life_is_yes(chat: Chat, follow_up: str) -> None:
    said = _after(chat, _STOCKPILE, follow_up)
    assert _GP in said and "speak to your designated safeguarding lead first" not in said, said


def test_telling_the_gp_after_another_harm_keeps_its_reply(chat: Chat) -> None:
    said = _after(chat, _CHILD, "do i tell her gp")
    assert _GP not in said, said


@pytest.mark.parametrize("follow_up", ["should we tell her parents", "do i tell her parents"])
def test_telling_a_childs_parents_of_contact_online_is_usually_yes(
    chat: Chat, follow_up: str
) -> None:
    said = _after(chat, _ROBLOX, follow_up)
    assert _PARENTS in said and "unless they may be involved" in said, said


def test_telling_the_parents_when_a_parent_may_be_harming_keeps_its_reply(chat: Chat) -> None:
    said = _after(chat, _CHILD, "do i tell her parents")
    assert _PARENTS not in said, said
