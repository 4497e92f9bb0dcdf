"""Round 41 (yp40, tryout40 #6): after the signpost of an allegation against someone who works
with children, "cant i just have a word with him first" got "I couldn't find that", and "should
i talk to him first to get his side?" the signpost again, unanswered. Speaking to the one
accused first is a step about staff: the reply is the allegations-against-staff steps (don't
tell or ask the person accused before the LADO advises; the LADO agrees who tells them)."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_VOLUNTEER = (
    "charity shop manager, a volunteer (he's 70) keeps giving our 15yr old DofE volunteer lifts"
    " home and buying her stuff, shes started hiding her phone"
)
_STEPS = "don't tell the person accused, or ask them about it, before the LADO advises"


@pytest.mark.parametrize(
    "follow_up",
    [
        "cant i just have a word with him first",
        "should i talk to him first to get his side?",
        "hes a mate, can i warn him",
        "could i give him a heads up before i ring anyone",
        "can i speak to him myself",
        "id like to hear his side first tbh",
    ],
)
def test_speaking_to_the_one_accused_first_gets_the_staff_steps(chat: Chat, follow_up: str) -> None:
    first = chat.send(_VOLUNTEER)
    assert "LADO" in first[0].text
    assert _STEPS in texts(chat.send(follow_up))


@pytest.mark.parametrize(
    ("message", "follow_up"),
    [
        # harm by a parent: no one works with children, so no LADO and no staff steps
        ("a pupil told me her dad hits her with a belt", "cant i just have a word with him first"),
        ("a pupil told me her dad hits her with a belt", "should i talk to him first"),
    ],
)
def test_after_harm_by_family_the_words_get_no_staff_steps(
    chat: Chat, message: str, follow_up: str
) -> None:
    chat.send(message)
    assert "LADO" not in texts(chat.send(follow_up))


@pytest.mark.parametrize(
    "message",
    [
        "the nursery manager shouts at the babies and shakes them when they cry",
        "apprenticeship assessor - my apprentice (17) at a nursery said the nursery manager shouts"
        " at the babies and shakes them when they cry",
        "the nursery owner keeps grabbing the toddlers by the arm",
    ],
)
def test_who_runs_a_nursery_harming_children_there_is_staff(chat: Chat, message: str) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm and "LADO" in first.text


def test_a_nursery_manager_telling_of_a_parents_harm_is_not_staff(chat: Chat) -> None:
    first = chat.send("the nursery manager told me a dad hits his son")[0]
    assert first.risk_of_harm and "LADO" not in first.text


@pytest.mark.parametrize(
    "message",
    [
        "a cadet instructor sent a 15 yr old cadet a pic of his private parts on snap",
        "our scout leader sent a 13 year old scout a nude",
        "the coach sent a 14 year old a nude",
    ],
)
def test_one_who_works_with_children_sending_a_child_a_picture_is_staff(
    chat: Chat, message: str
) -> None:
    first = chat.send(message)[0]
    assert first.risk_of_harm and "LADO" in first.text
    assert _STEPS in texts(chat.send("cant i just have a word with him first"))


@pytest.mark.parametrize(
    "message",
    [
        "the teacher sent a 15 year old a picture of the homework sheet",
        "the coach sent the 14 year olds a pic of the fixtures",
    ],
)
def test_a_picture_of_work_sent_to_a_child_tells_of_no_harm(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))
