"""Round 57 (curly244): one apostrophe for every reading.

Phones and copied pages type the apostrophe as U+2019, some keyboards as U+2018, the
modifier letter apostrophe, an acute accent or a backtick. `dialogs.clean_input` makes each the
ASCII "'" once, before any reading, the cues, the learnt model or the matcher reads the message,
so the same message gets the same reply however its apostrophes were typed: a disclosure its
signpost, a look-alike a reading quiets no signpost, a question its published answer.
"""

from __future__ import annotations

import pytest

from dialogs.clean_input import clean_input
from dialogs.contract import Reply
from tests.support.core import Chat, quoted

CURLY = "\u2019"

DISCLOSURES = [
    "my stepdad's been hitting me and i'm 14",
    "she's 13 and he's 30 and they're meeting up tonight",
    "i'm 14 and my coach who's 31 keeps asking me out",
    "he's hitting her again, what's the police number",
    "i can't go home, my dad'll hurt me",
    "my nan's carer takes money from her purse and she can't stop her",
    "the baby's dad shakes her when she won't stop crying",
]
# Each quieted by a reading (a grown-up's chores, a care asked for, a chore, an errand, a telling
# supposed, capacity with a condition, an everyday help). The grown-up's chores split their words
# at any mark but "'": typed with U+2019, "i'm 30" was "i", "m", "30", and the model rang.
LOOK_ALIKES = [
    "i'm 30 and mum made me wash the car",
    "try not to wake the baby, she's only just gone down",
    "what if a child tells me they're being hit at home",
    "she's got capacity, she's just hard of hearing, can i talk to her son",
    "her husband drives her to work, she can't drive",
    "i help my mum with the washing up, she's tired after work",
    "mum's making me take my gym things to school",
    "my dad's taking me to the match on saturday, can't wait",
]
PURPOSE = "What is the purpose of the information sharing guidance?"
QUESTIONS = {
    "what's the purpose of the guidance?": PURPOSE,
    "what's an information sharing protocol?": "What is an information sharing protocol?",
    "who's the guidance for?": "Who is the guidance for?",
}


def _seen(replies: list[Reply]) -> list[tuple[bool, str, str | None]]:
    return [(r.risk_of_harm, r.text, r.card.title if r.card else None) for r in replies]


def _both(chat: Chat, message: str, typed: str = CURLY) -> tuple[list[Reply], list[Reply]]:
    """The replies to `message` as typed with "'" and, in a new conversation, with `typed`."""
    other = Chat(chat.core)
    return chat.send(message), other.send(message.replace("'", typed))


@pytest.mark.parametrize("message", DISCLOSURES)
def test_a_disclosure_typed_on_a_phone_gets_the_same_signpost(chat: Chat, message: str) -> None:
    straight, curly = _both(chat, message)
    assert curly[0].risk_of_harm
    assert _seen(curly) == _seen(straight)


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_a_look_alike_typed_on_a_phone_is_quiet_as_typed_straight(chat: Chat, message: str) -> None:
    straight, curly = _both(chat, message)
    assert not any(r.risk_of_harm for r in curly)
    assert _seen(curly) == _seen(straight)


@pytest.mark.parametrize("typed", ["\u2018", "\u02bc", "\u00b4", "`"])
def test_the_rarer_marks_typed_for_an_apostrophe_read_the_same(chat: Chat, typed: str) -> None:
    straight, other = _both(chat, "i'm 30 and mum made me wash the car", typed)
    assert _seen(other) == _seen(straight)


@pytest.mark.parametrize(("message", "title"), QUESTIONS.items())
def test_a_question_typed_on_a_phone_is_answered_by_its_entry(
    chat: Chat, message: str, title: str
) -> None:
    straight, curly = _both(chat, message)
    assert quoted(curly) == [title]
    assert _seen(curly) == _seen(straight)


def test_a_question_in_curly_single_quotes_is_answered_as_typed_plainly(chat: Chat) -> None:
    plain = Chat(chat.core).send("what's the purpose of the guidance?")
    replies = chat.send("\u2018what\u2019s the purpose of the guidance?\u2019")
    assert quoted(replies) == [PURPOSE]
    assert _seen(replies) == _seen(plain)


def test_every_mark_typed_for_an_apostrophe_is_made_the_ascii_one() -> None:
    assert clean_input("what\u2019s \u2018this\u2019, I\u02bcm") == "what's 'this', I'm"
    assert clean_input("don\u00b4t, i`m, it\u2032s") == "don't, i'm, it's"
    # A backtick pair around words is chat markup for code, not an apostrophe.
    assert clean_input("type `/infoshare help`") == "type `/infoshare help`"
    # Curly double quotes are kept: the readings of quotation marks know which way they face.
    assert clean_input("she said \u201cI\u2019m fine\u201d") == "she said \u201cI'm fine\u201d"
