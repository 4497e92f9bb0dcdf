"""A young person telling of harm done to them with their friends ("gives us vodka and films
us") gets a young person's own signpost (Childline, someone they trust), not a practitioner's
procedures nor only the reply for worrying about a friend (round 47, tryout123 #6). The reading
is the typed-words pack's friend lists `done_to_us` and `young_self` ("my mates dad").
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

YOUNG = "If this is happening to you, you've done the right thing telling someone"
PRACTITIONER = "Follow your child protection procedures now"
FRIEND = "You're right to worry about your friend"

DONE_TO_US = [
    # the trial's line
    "my mates dad gives us vapes and vodka and films us on his phone when we're drunk",
    # with an age, and other wordings
    "im 15 and my mates dad gives us vapes and vodka and films us on his phone when we're drunk",
    "my friends mum buys us vodka and takes photos of us when were drunk",
    "my mates stepdad gets us drunk and films us",
]


@pytest.mark.parametrize("message", DONE_TO_US)
def test_harm_done_to_the_writer_and_friends_gets_a_young_persons_signpost(
    chat: Chat, message: str
) -> None:
    replies = chat.send(message)
    assert replies[0].risk_of_harm
    said = texts(replies)
    assert replies[0].text.startswith(f"**{YOUNG}"), said
    assert "Childline" in replies[0].text
    assert PRACTITIONER not in said
    assert FRIEND not in said


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        # harm to a friend alone stays the friend's reply
        ("im 14 and my mates dad hits her", FRIEND),
        # a practitioner telling of pupils keeps the practitioner's signpost
        ("a parent at our school gives the year 10s vodka and films them", PRACTITIONER),
    ],
)
def test_harm_to_others_keeps_its_voice(chat: Chat, message: str, kept: str) -> None:
    replies = chat.send(message)
    assert replies[0].risk_of_harm
    assert kept in texts(replies)
