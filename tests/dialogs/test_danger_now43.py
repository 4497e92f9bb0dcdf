"""Round 42 (tryout43 #1): danger now in the street, at work or to a stranger is led by 999.

A knife or a beating "right now" outside the flats or in the street, a threat to kill with
something in his hand in a GP waiting room, a drunk dad with his car keys collecting a child got
the general signpost ("If someone is in immediate danger, call 999" its second sentence), and
"what do i do right now" after the drunk dad a Q&A miss. Now the first reply leads with ring 999
now, and "what do i do right now" after it gets the 999 steps. A past matter, a "now" only in the
question asked, and the same harm with no time or place of now keep the general signpost. Every
conversation runs through the core the terminal door runs (`bot.app.build_core`).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

LEAD = "**Ring 999 now"
STEPS = "Ring 999 now, if you haven't already"
GENERAL = "**What you've described may mean"

DRUNK_DAD = (
    "quick one - a dad has just turned up at reception to collect his 6 yr old and hes "
    "absolutely wasted, swaying and slurring, his car is outside"
)
NOW = [
    # The trial's lines (tryout43 P28, m_now, L2, P2, L1).
    "theres a man outside the flats with a knife threatening his girlfriend right now",
    "a man with a knife is threatening his girlfriend outside right now",
    "there's a guy outside with a knife right now",
    "a man is beating up a woman in the street outside my window right now",
    "practice nurse, a patient's husband is in our waiting room shouting he'll kill her and he's "
    "got something in his hand",
    DRUNK_DAD,
    "a dad has just turned up to collect his 6 yr old and hes drunk, swaying, car keys in hand",
    # In other words.
    "a lad is stabbing another lad in the car park right now",
    "care worker, a resident's son is in reception waving a hammer at the staff",
    "a mum is hammered and about to drive her kids home from the party",
]


@pytest.mark.parametrize("told", NOW)
def test_danger_now_where_the_writer_is_is_led_by_999(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    assert replies[0].text.startswith(LEAD)
    assert "safeguarding" in replies[0].text  # the procedures and contacts still follow


@pytest.mark.parametrize(
    "told",
    [
        # A "now" only in the question asked.
        "a boy in year 5 told me his dad hits him. what do i do right now?",
        "a woman told me her partner beats her, what should i do right now",
        # A past matter, with a weapon or an attack, a place or a drunk driver.
        "he had a knife last year",
        "a boy told me his dad hit him with a hammer, he is now in foster care",
        "last week a dad was hitting his son outside the school gates",
        "a boy told me his mum drove them home drunk from the party yesterday",
        # The same harm with no time or place of now.
        "a girl told me her dad gets drunk and hits her mum",
        "a man is beating his wife, she told me at her appointment",
    ],
)
def test_a_past_or_asked_now_keeps_the_general_signpost(chat: Chat, told: str) -> None:
    replies = chat.send(told)
    assert replies[0].risk_of_harm
    assert replies[0].text.startswith(GENERAL)
    assert LEAD not in texts(replies)


@pytest.mark.parametrize("told", [DRUNK_DAD, NOW[0], NOW[4]])
@pytest.mark.parametrize("asked", ["what do i do right now", "what should i do right now?"])
def test_what_to_do_right_now_after_danger_now_keeps_999(chat: Chat, told: str, asked: str) -> None:
    chat.send(told)
    assert STEPS in texts(chat.send(asked))


@pytest.mark.parametrize(
    ("told", "asked"),
    [
        ("a boy told me his dad hit him", "what do i do right now"),
        ("a girl told me her step dad touches her", "what should I do now about the referral"),
    ],
)
def test_what_to_do_now_after_another_signpost_gets_no_999(
    chat: Chat, told: str, asked: str
) -> None:
    chat.send(told)
    assert LEAD not in texts(chat.send(asked))
    assert STEPS not in texts(chat.send(asked))
