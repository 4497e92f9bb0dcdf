"""Round 46 (lang117, issue 11 rule one): a message in a language other than English.

Messages from real public pages, in French, German and Polish, told of a child or a woman at
risk ("Que faire en cas de soupçon de maltraitance envers un enfant ? J'entends ma voisine
hurler…") and got "I couldn't find that": the assistant reads English only. Such a message now
gets, first, that it cannot be read, then the signpost as a precaution with the safeguarding
contacts, then how to go on; English typed any way keeps its own replies."""

from __future__ import annotations

import pytest

from bot.app import Core
from dialogs.contract import Turn
from dialogs.state import ConversationState
from tests.support.core import FIXED_CLOCK, Chat, texts

CANNOT_READ = "I can only read messages in English, so I can't tell what this one says."
OTHER_LANGUAGES = {
    "french": (
        "Que faire en cas de soupçon de maltraitance envers un enfant ? J'entends ma voisine "
        "hurler sans arrêt sur ses enfants, est-ce de la maltraitance ?"
    ),
    "welsh": "Mae fy nghymydog yn taro ei blant bob nos ac rwy'n poeni amdanyn nhw",
    "polish": "Sąsiadka bije swoje dzieci i zostawia je same w domu, co mam zrobić?",
    "spanish": "mi vecina golpea a sus hijos todas las noches, ¿qué debo hacer?",
    "urdu in latin letters": "meri padosan apne bachon ko roz maarti hai, mujhe kya karna chahiye",
}
LOOK_ALIKES = {
    "scots": "the wee lassie dinnae want tae go hame, can i tell the school nurse",
    "text-speak": "omg wtf can i tell my manager about a service user's diagnosis lol idk",
    "foreign name": "can I share Agnieszka Wiśniewska's address with the housing officer?",
    "quoted phrase": "a parent said 'c'est la vie' when I asked about consent, what do I do?",
}


@pytest.mark.parametrize("text", OTHER_LANGUAGES.values(), ids=OTHER_LANGUAGES)
def test_a_message_in_another_language_gets_the_signpost_as_a_precaution(
    chat: Chat, text: str
) -> None:
    first, *rest = chat.send(text)
    assert first.risk_of_harm
    assert first.text.startswith(CANNOT_READ)
    assert "follow your child or adult protection procedures now" in first.text
    assert "call 999" in first.text
    assert "designated safeguarding lead" in first.text and "(MASH)" in first.text
    assert "write your question, or what has happened, in English" in first.text
    assert "couldn't find" not in texts(rest)


def test_the_turn_is_one_that_gave_the_signpost(core: Core) -> None:
    turn = Turn("test", "c1", "u1", text=OTHER_LANGUAGES["french"], private=True)
    _, _, facts = core.assistant.decide(ConversationState(), turn, FIXED_CLOCK)
    assert facts.risk_of_harm


@pytest.mark.parametrize("text", LOOK_ALIKES.values(), ids=LOOK_ALIKES)
def test_english_typed_any_way_is_read_as_english(chat: Chat, text: str) -> None:
    assert CANNOT_READ not in texts(chat.send(text))


def test_code_keeps_the_reply_it_had(chat: Chat) -> None:
    said = texts(chat.send("def foo(x): return x**2 if x else None; print(foo(3)) # fixme"))
    assert CANNOT_READ not in said and "couldn't find that" in said


def test_in_a_check_the_question_waits_after_it(chat: Chat) -> None:
    chat.send("check")
    chat.send("yes")
    replies = chat.send(OTHER_LANGUAGES["polish"])
    assert replies[0].text.startswith(CANNOT_READ)
    assert "Key question 2" in replies[-1].text
    assert chat.state.check is not None and chat.state.check.step == "identifiable"


def test_written_again_in_english_it_is_read(chat: Chat) -> None:
    chat.send(OTHER_LANGUAGES["french"])
    said = texts(chat.send("can I share a care plan with the school nurse without consent?"))
    assert CANNOT_READ not in said
