"""Round 42 (tryout42 #4): harm happening now, where the writer is, is led by 999.

A delivery driver still parked outside a house where a kid was crying after a thud, someone
knocking at a flat where a toddler leant over a balcony railing, a neighbour who just heard a
smash and the baby crying got the general signpost with 999 its second sentence; "should i call
999 or is that overreacting" got "if someone is in immediate danger…"; a knife threat got "Call
the police now, on 999" only in a second reply, and "what do i do" after it the general steps.
Now the first reply leads with ring 999 now, and the follow-ups of that case keep it; a past
matter, a general question and other signposts keep their replies. Every conversation runs
through the core the terminal door runs (`bot.app.build_core`).
"""

from __future__ import annotations

import pytest

from bot.app import Core
from dialogs.contract import Private
from tests.support.core import Chat, texts

LEAD = "**Ring 999 now"
STEPS = "Ring 999 now, if you haven't already"
YES = "Yes: ring 999 now. It isn't overreacting"
GENERAL = "**What you've described may mean"
NEXT_STEPS = "**What to do next**"
POLICE = "**Calling the police**"

NOW = [
    # The trial's lines (tryout42 P23, E2, P26, E1).
    "i deliver parcels. at a house just now i heard a man screaming at a kid and a thud and the "
    "kid crying, im still parked outside",
    "theres a toddler alone on a 2nd floor balcony leaning over the railing, no adults around, "
    "ive been knocking for 10 mins",
    "next door are screaming at each other again and i just heard a smash and the baby crying, "
    "it's been going on an hour",
    "my neighbour's boyfriend is outside her flat with a knife screaming hes going to kill her, "
    "the kids are inside",
    # In other words.
    "home carer here, im sat outside my next call and i can hear a man shouting and a woman "
    "screaming inside, the kids are in there",
    "on my round and theres a little boy about 3 hanging out of the window upstairs, the door is "
    "locked and nobody is answering the door",
    "the dad next door is battering the kids again, i just heard a bang and them screaming",
]


@pytest.mark.parametrize("told", NOW)
def test_harm_happening_now_is_led_by_999(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    assert replies[0].text.startswith(LEAD)
    # The procedures and contacts still follow: a practitioner's, or (a neighbour writing, voice134)
    # the public's route to social care.
    assert "safeguarding" in replies[0].text or "social care" in replies[0].text


@pytest.mark.parametrize(
    "told",
    [
        # A past matter: the same harm, not happening now.
        "i deliver parcels. last week at a house i heard a man screaming at a kid and a thud and "
        "the kid crying",
        "a 10 year old boy brought a knife into school and threatened to stab another child",
        "a boy told me his dad hit him with a belt last year",
        # A question asked now about a harm that is not happening now.
        "a boy in year 5 told me his dad hits him. what do i do right now?",
        # A threat whose weapon is only in its own words: its reply beneath, as before.
        "a man rang our helpline and said he's going to stab his neighbour tonight",
    ],
)
def test_a_past_or_told_harm_keeps_the_general_signpost(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    assert replies[0].text.startswith(GENERAL)
    assert LEAD not in texts(replies)


@pytest.mark.parametrize(
    "asked", ["when should you call 999?", "should i call 999 if i hear a child screaming?"]
)
def test_a_general_question_gets_no_lead(chat: Chat, asked: str) -> None:
    assert LEAD not in texts(chat.send(asked))


@pytest.mark.parametrize("told", NOW[:3])
@pytest.mark.parametrize(
    "asked",
    [
        "should i call 999 or is that overreacting",
        "should i ring the police or social services",
        "do i call the police",
    ],
)
def test_asking_about_999_after_danger_now_gets_yes(chat: Chat, told: str, asked: str) -> None:
    chat.send(told)
    said = texts(chat.send(asked))
    assert YES in said
    assert "immediate danger" not in said  # not the general "if someone is in immediate danger"


@pytest.mark.parametrize("told", [NOW[0], NOW[3], NOW[5]])
@pytest.mark.parametrize("asked", ["what do i do", "what should i do now", "should i go in"])
def test_what_to_do_after_danger_now_keeps_999(chat: Chat, told: str, asked: str) -> None:
    chat.send(told)
    said = texts(chat.send(asked))
    assert STEPS in said
    assert "Don't go in" in said
    assert NEXT_STEPS not in said


def test_999_kept_for_more_than_one_follow_up(chat: Chat) -> None:
    chat.send(NOW[2])
    assert STEPS in texts(chat.send("what do i do"))
    assert YES in texts(chat.send("should i call 999 or is that overreacting"))


@pytest.mark.parametrize(
    ("told", "asked", "kept"),
    [
        ("a boy told me his dad hit him with a belt last year", "what do i do", NEXT_STEPS),
        ("a boy told me his dad hit him with a belt last year", "should i call 999", POLICE),
        ("a woman told me her partner beats her", "should i ring the police", POLICE),
    ],
)
def test_follow_ups_after_other_signposts_keep_their_replies(
    chat: Chat, told: str, asked: str, kept: str
) -> None:
    chat.send(told)
    said = texts(chat.send(asked))
    assert kept in said
    assert STEPS not in said
    assert YES not in said


def test_danger_now_told_after_a_signpost_gets_999(chat: Chat) -> None:
    chat.send("a woman told me her partner beats her")
    said = texts(chat.send("im outside her flat now and i can hear him shouting at her"))
    assert "Ring 999 now" in said
    assert YES in texts(chat.send("should i call 999"))


def test_the_replies_are_the_writers_alone_in_a_shared_place(core: Core) -> None:
    chat = Chat(core, private=False)
    chat.send(NOW[0])
    replies = chat.send("what do i do")
    now = [r for r in replies if STEPS in r.text]
    assert now and all(r.private is Private.RISK_OF_HARM for r in now)
