"""Round 51 (fa177, issue 11): ordinary messages that rang, beside their near twins that must.

1. A known word with an "s" is read as typed: "he abuses his wife" was read as "abusers", a
   sexual-abuse cue, and named no domestic abuse line; it is domestic abuse
   (knowledge/risk_real_words.py).
2. An ordinary thing a harm word is part of (the risk pack's `things`): sent out of a lesson, a
   haircut of one's own, cutlery, a game won, a car bumped, homework run from, a team that lost,
   abuses of all kinds guarded against.
   Each near twin tells a harm and keeps its signpost.

Through the core the terminal door runs; the lines' ids are those the signpost showed.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat

_NATIONAL = "domestic-abuse-helpline"

ABUSES = ["he abuses his wife", "my dad abuses my mum", "he abuses his girlfriend"]

ORDINARY = [
    "i got kicked out of class for talking",
    "i got kicked out of the lesson for talking",
    "i cut my hair myself",
    "i got a knife and fork set for my birthday",
    "i want to run away from my homework lol",
    "my dad gets angry when his team loses lol",
    "he beat his wife at chess",
    "my dad hit my mums car",
    "sharing with the lead is a safeguard against abuses of all kinds, is that right?",
]

TWINS = [
    "i got kicked out by my dad",
    "i got kicked out of home by my dad",
    "i got kicked out of the house",
    "i cut myself",
    "i cut my arms myself",
    "he cut my hair and then hit me",
    "he beat his wife black and blue",
    "my dad hit my mum",
    "my dad hit my mum with his car",
    "my family arranged my marriage and i have no say",
    "he needs protection against abuse from his dad",
]


@pytest.mark.parametrize("message", ABUSES)
def test_abuses_is_domestic_abuse(chat: Chat, message: str) -> None:
    first = chat.first(message)
    assert first.risk_of_harm, first.text
    assert _NATIONAL in chat.state.lines, (chat.state.lines, first.text)


@pytest.mark.parametrize("message", ORDINARY)
def test_an_ordinary_thing_stays_quiet(chat: Chat, message: str) -> None:
    assert not chat.first(message).risk_of_harm


@pytest.mark.parametrize("message", TWINS)
def test_the_near_twin_still_rings(chat: Chat, message: str) -> None:
    first = chat.first(message)
    assert first.risk_of_harm, first.text
