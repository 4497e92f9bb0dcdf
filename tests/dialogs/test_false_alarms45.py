"""Round 43 (quiet45, tryout43 #7): the trial's look-alikes get no signpost and none of its extra
advice, through the assistant and as follow-ups; harm told after them still rings, and an
overdose told in more words gets the self-harm text."""

from __future__ import annotations

import pytest

from dialogs.contract import Reply
from tests.support.core import Chat

ASLEEP = "one of our night staff fell asleep on shift, no residents were hurt, do i tell the family"


def _text(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def test_staff_asleep_with_no_one_hurt_gets_no_allegation_advice(chat: Chat) -> None:
    replies = chat.send(ASLEEP)
    assert not any(r.risk_of_harm for r in replies)
    said = _text(replies)
    assert "position of trust" not in said
    assert "tell the police too" not in said


def test_a_resident_left_on_the_floor_after_it_still_rings_for_adults(chat: Chat) -> None:
    chat.send(ASLEEP)
    replies = chat.send("and another night staff left a resident on the floor all night")
    assert replies[0].risk_of_harm
    assert "Adult social care" in replies[0].text
    assert "MASH" not in replies[0].text


@pytest.mark.parametrize(
    "follow_up", ["mum nodded", "dad nodded yes", "the parent nodded when i asked"]
)
def test_a_nod_told_after_a_question_is_no_signpost(chat: Chat, follow_up: str) -> None:
    chat.send("can i share a child's school report with her dad?")
    assert not any(r.risk_of_harm for r in chat.send(follow_up)), follow_up


def test_a_nod_off_told_after_a_question_still_rings(chat: Chat) -> None:
    chat.send("can i share a child's school report with her dad?")
    assert chat.send("mum keeps nodding off when she has the baby")[0].risk_of_harm


@pytest.mark.parametrize(
    "message",
    [
        "she had an arranged marriage and is happy, can i put that in her care plan",
        "my colleague is off to her cousin's wedding in pakistan next month, do i need to tell "
        "anyone",
    ],
)
def test_a_chosen_marriage_or_a_wedding_abroad_is_no_signpost(chat: Chat, message: str) -> None:
    assert not any(r.risk_of_harm for r in chat.send(message))


def test_being_taken_abroad_to_marry_after_a_wedding_question_rings(chat: Chat) -> None:
    chat.send("my colleague is off to her cousin's wedding in pakistan next month")
    assert chat.send("she's 16 and being taken to pakistan to marry her cousin")[0].risk_of_harm


def test_an_overdose_told_in_more_words_gets_the_self_harm_text(chat: Chat) -> None:
    replies = chat.send("my 15 yr old took a load of paracetamol last night and wont say why")
    assert replies[0].risk_of_harm
    assert "116 123" in replies[0].text
    assert "A&E" in replies[0].text
