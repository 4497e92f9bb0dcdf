"""Round 36 (r1m36, tryout36 finding 5): a follow-up to a signpost that changes the case.

"and if shes 16?" and "what if the step brother works at the after school club" got "I couldn't
find that in the published Q&A". The state keeps no text, so the follow-up is read on its own,
just after a signpost (`ConversationState.after_signpost`): another age told (the typed-words
pack's `age` worry, with a number in the message) gets "under 18 is still a child" or, at 18 or
over, the adult procedures; the one who harms working or volunteering with children (its
`works-with` worry) gets the LADO line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.core import Chat, quoted, texts
from tests.support.environment import command_env, run_command

SENCO = (
    "hiya im a SENCo, got a yr 8 girl with ADHD, shes told her TA that her step brother (19) "
    "sends her pics and asks for hers back. mum knows and says its just banter. i need to tell "
    "the DSL but can i also tell her CAMHS worker?"
)
MINDEE = (
    "hi all childminder here, 1 of my mindees (4) has had 3 burns on her hand this month, mum "
    "says its the radiator. do i need mums consent to ring the MASH?"
)
STILL_A_CHILD = "Under 18 is still a child"
AN_ADULT = "At 18 or over, they're an adult"
LADO = "The LADO (local authority designated officer)"
NOT_FOUND = "I couldn't find that"


@pytest.mark.parametrize("disclosure", [SENCO, MINDEE])
@pytest.mark.parametrize(
    "follow_up", ["and if shes 16?", "and if she was 16?", "and what if the kids are 16 and 17"]
)
def test_another_age_under_18_is_still_a_child(chat: Chat, disclosure: str, follow_up: str) -> None:
    assert chat.send(disclosure)[0].risk_of_harm
    said = texts(chat.send(follow_up))
    assert STILL_A_CHILD in said
    assert NOT_FOUND not in said


def test_an_age_of_18_or_over_is_an_adult_s(chat: Chat) -> None:
    chat.send(MINDEE)
    said = texts(chat.send("what if he is 18"))
    assert AN_ADULT in said
    assert "Adult social care" in said


@pytest.mark.parametrize(
    "follow_up",
    [
        "what if the step brother works at the after school club",
        "and if her uncle is a teacher?",
        "what if he volunteers at a school",
    ],
)
def test_the_one_who_harms_working_with_children_adds_the_lado(chat: Chat, follow_up: str) -> None:
    assert chat.send(SENCO)[0].risk_of_harm
    replies = chat.send(follow_up)
    assert LADO in texts(replies)
    assert quoted(replies) == []


@pytest.mark.parametrize(
    "follow_up", ["and if shes 16?", "what if the step brother works at the after school club"]
)
def test_with_no_signpost_before_the_same_words_keep_their_reply(
    chat: Chat, follow_up: str
) -> None:
    said = texts(chat.send(follow_up))
    assert STILL_A_CHILD not in said
    assert LADO not in said


def test_another_age_needs_an_age(chat: Chat) -> None:
    chat.send(SENCO)
    assert STILL_A_CHILD not in texts(chat.send("and if shes ok with it?"))


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_answers_both_follow_ups(tmp_path: Path) -> None:
    script = f"{SENCO}\nand if shes 16?\nwhat if the step brother works at the after school club\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    turns = done.stdout.split("you> ")
    assert "Follow your child protection procedures now" in turns[1]
    assert turns[2].startswith(STILL_A_CHILD)
    assert LADO in turns[3]
    assert NOT_FOUND not in done.stdout


def test_naming_a_club_alone_is_no_allegation(chat: Chat) -> None:
    chat.send(SENCO)
    assert LADO not in texts(chat.send("can i tell her after school club?"))


def test_a_short_follow_up_is_read_by_the_cues_alone(chat: Chat) -> None:
    # The learnt model learnt from first messages: "and if she was 19?" fired it, and a second
    # signpost, for a child or an adult, came before the reply.
    assert chat.send(SENCO)[0].risk_of_harm
    replies = chat.send("and if she was 19?")
    assert not any(r.risk_of_harm for r in replies)
    assert AN_ADULT in texts(replies)
