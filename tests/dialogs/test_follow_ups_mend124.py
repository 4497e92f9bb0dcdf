"""Who is told what, and the turn after a signpost, mended in round 47 (mend124; last round's
trials).

- Family telling of a relative's child's school or nursery staff ("my nephews TA grabbed him")
  get the public's words and the LADO's route, not a practitioner's; one who names their own
  role at work ("im a chaplain at a day centre, i babysit my neighbours kids…") gets one door,
  the practitioner's; a grown helper told by no word for a person ("my brown belt is 19 and
  helps teach") is one who works with children: the LADO.
- After a signpost: "what do i do, he's a grown man" gets the steps for an adult (their say
  first, social care able to act without it), not their choice alone; "what do i do" after a
  threat to end a life made to control someone gets domestic abuse's steps; "is that grooming"
  is answered, not signposted again; "they want the CCTV, do i hand it over" gets the lawful
  basis, the request in writing, the decision recorded and advice when unsure.

Through the core the terminal door runs, and one through the terminal door's converters.
"""

from __future__ import annotations

import pytest

from adapters.console import line_to_turn, render_reply
from bot.app import Core
from dialogs.state import ConversationState
from tests.support.core import FIXED_CLOCK, Chat, texts

FAMILY = "**If you're worried about someone you know:**"
PRACTITIONER = "**What you've described may mean"
LADO = "LADO"
DA_LINE = "0808 2000 247"


@pytest.mark.parametrize(
    "told",
    [
        "my nephews TA grabbed him by the arm and left bruises",
        "my nieces teacher slapped her and she came home crying",
        "my granddaughters nursery worker smacked her, she came home with a red mark",
        "my stepsons football coach keeps messaging him telling him to keep it secret",
    ],
)
def test_family_telling_of_staff_get_the_publics_words_and_the_lado(chat: Chat, told: str) -> None:
    said = chat.first(told)
    assert said.risk_of_harm
    assert said.text.startswith(FAMILY), said.text
    assert LADO in said.text, said.text


@pytest.mark.parametrize(
    "told",
    [
        "im a chaplain at a day centre, i babysit my neighbours kids and the little boy has "
        "bruises on his back",
        "im a teacher and i babysit for my neighbour, her little girl said mummys boyfriend "
        "hurts her",
    ],
)
def test_one_who_names_their_role_at_work_gets_one_door(chat: Chat, told: str) -> None:
    said = chat.first(told)
    assert said.risk_of_harm
    assert said.text.startswith(PRACTITIONER), said.text
    assert FAMILY not in texts(chat.history), said.text


def test_a_role_named_but_told_as_not_through_work_keeps_the_publics_words(chat: Chat) -> None:
    said = chat.first(
        "family support worker, but this is my neighbour not a case: both mum and dad are "
        "alcoholic and the kids are left alone",
    )
    assert said.text.startswith(FAMILY), said.text


@pytest.mark.parametrize(
    "told",
    [
        "my brown belt is 19 and helps teach, he sent a 12 year old girl in the club messages "
        "saying keep it secret",
        "my brown belt is 19 and helps teach, he sent my 12 year old daughter messages saying "
        "keep it secret",
    ],
)
def test_a_grown_helper_who_teaches_is_the_lados(chat: Chat, told: str) -> None:
    said = chat.first(told)
    assert said.risk_of_harm
    assert LADO in said.text, said.text


@pytest.mark.parametrize(
    "asked", ["what do i do, he's a grown man", "what should i do, shes a grown woman"]
)
def test_what_to_do_for_a_grown_adult_gets_the_steps_with_their_say(chat: Chat, asked: str) -> None:
    chat.send("my neighbour is 45 and has learning difficulties, some lads keep taking his money")
    said = chat.send(asked)[0]
    assert said.text.startswith("**Talk to them first"), said.text
    assert "adult social care" in said.text and "without their agreement" in said.text


@pytest.mark.parametrize(
    ("told", "start"),
    [
        ("my sisters husband says hell kill himself if she leaves him", "**Someone threatening"),
        ("my client says her husband threatens to kill himself if she leaves him", "**What to do"),
    ],
)
def test_what_to_do_after_a_threat_used_to_control_names_domestic_abuse(
    chat: Chat, told: str, start: str
) -> None:
    chat.send(told)
    said = chat.send("what do i do")[0]
    assert said.text.startswith(start), said.text
    assert "domestic abuse" in said.text and DA_LINE in said.text, said.text


def test_a_family_signpost_of_a_threat_used_to_control_leads_with_domestic_abuse(
    chat: Chat,
) -> None:
    said = chat.first("my sisters husband says hell kill himself if she leaves him")
    assert said.text.startswith("**Someone threatening to kill themselves"), said.text
    assert DA_LINE in said.text


@pytest.mark.parametrize(
    "asked", ["is that grooming", "is this abuse", "would that count as neglect"]
)
def test_asking_what_the_harm_is_gets_no_second_signpost(chat: Chat, asked: str) -> None:
    chat.send(
        "a 14 year old in my youth club is always messaging a 20 year old man who buys her stuff"
    )
    replies = chat.send(asked)
    assert not any(r.risk_of_harm for r in replies), texts(replies)
    assert replies, asked


def test_new_harm_told_as_a_question_is_still_signposted(chat: Chat) -> None:
    chat.send("a 14 year old in my youth club is always messaging a 20 year old man")
    replies = chat.send("is it abuse if he hits her")
    assert replies[0].risk_of_harm, texts(replies)


@pytest.mark.parametrize(
    "asked", ["they want the CCTV, do i hand it over", "the police asked for the footage, can i"]
)
def test_the_police_asking_for_cctv_gets_the_lawful_basis_and_a_record(
    chat: Chat, asked: str
) -> None:
    chat.send("im a shop manager, a man was hitting a woman in our car park last night")
    said = texts(chat.send(asked))
    assert "lawful basis" in said and "record your decision" in said, said
    assert "information-governance lead" in said, said


def test_at_the_terminal_cctv_asked_for_gets_the_lawful_basis(core: Core) -> None:
    state = ConversationState()
    for line in (
        "im a shop manager, a man was hitting a woman in our car park last night",
        "they want the CCTV, do i hand it over",
    ):
        state, replies = core.assistant.respond(state, line_to_turn(line, (), "c"), FIXED_CLOCK)
    shown = "\n".join(render_reply(r, ansi=False) for r in replies)
    assert "lawful basis" in shown, shown
