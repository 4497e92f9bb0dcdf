"""Round 44 (voice72; tryout48 #3, #5, #6): who wrote a message telling of harm, and which
follow-up a line reaches. A girl whose older boyfriend holds her pictures over her got an adult
practitioner's procedures, and "is that even illegal" the first text again; a girl whose big
brother comes into her room at night got a relative's text; a grandad asking to go to the police
himself, and a man saying his brother is a grown man, got the first text again; a neighbour
across the road got a practitioner's text and "your safeguarding contacts will decide". Near
cases written at work keep the practitioner's text."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_OWN = "**If this is happening to you"
_FAMILY = "**If you're worried about someone you know:**"
_PRACTITIONER = "**What you've described may mean"
_LEAD = "safeguarding lead"
_CHILDLINE = "0800 1111"


def _first(chat: Chat, message: str) -> str:
    first = chat.send(message)[0]
    assert first.risk_of_harm, first.text
    return first.text


def test_pictures_held_over_the_writer_are_their_own(chat: Chat) -> None:
    message = "my bf is 23 and says hell send my pics i sent him to everyone if i break up with him"
    first = _first(chat, message)
    assert first.startswith(_OWN) and _CHILDLINE in first, first
    law = texts(chat.send("is it even illegal tho"))
    assert "crime" in law and "101" in law and _LEAD not in law, law


def test_harm_in_the_writers_room_at_night_is_their_own(chat: Chat) -> None:
    message = "my older brother is 16 and he comes into my room at night, i dont like what he does"
    first = _first(chat, message)
    assert first.startswith(_OWN) and _CHILDLINE in first, first
    # round 45 (young79): an older brother of 16 makes the writer younger, a child
    assert chat.state.writer == "child"


def test_a_grandparent_may_go_to_the_police(chat: Chat) -> None:
    _first(chat, "my granddaughter is 14 and keeps going missing overnight with older lads in cars")
    police = texts(chat.send("her dad doesnt care, can i go to the police"))
    # round 45 (follow80): a plain yes, with no one's agreement needed
    assert police.startswith("**Yes, you can go to the police yourself"), police
    assert "don't need anyone's agreement" in police, police
    assert "101" in police and _LEAD not in police, police


def test_a_grown_man_harmed_is_still_worth_telling(chat: Chat) -> None:
    _first(chat, "my sons wife smashes his stuff, takes his bank card and he had a black eye")
    grown = texts(chat.send("but hes a grown man, will they take it seriously"))
    assert "Men's Advice Line" in grown and "101" in grown and _LEAD not in grown, grown


def test_a_neighbour_across_the_road_is_one_of_the_public(chat: Chat) -> None:
    message = (
        "the lady across the road hasnt taken her bins in for a week and her post is piling up, "
        "she lives alone"
    )
    assert _first(chat, message).startswith(_FAMILY)
    police = texts(chat.send("should i ring the police or am i overreacting"))
    assert "101" in police and "999" in police and _LEAD not in police, police


@pytest.mark.parametrize(
    "message",
    [
        "a pupil says her boyfriend is 19 and he says hell post the pics she sent him",
        "one of my residents over the road at our other home has bruises on her arms",
        "a student told me her brother comes into her room at night",
    ],
)
def test_near_cases_at_work_keep_the_practitioners_text(chat: Chat, message: str) -> None:
    assert _first(chat, message).startswith(_PRACTITIONER)
    assert chat.state.writer is None
