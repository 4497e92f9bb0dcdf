"""Round 36: a word on one's own message posted by mistake ("sorry meant to DM this", "oops
wrong channel", "ignore that", "please delete") is the core's to decide: the route
`posted-by-mistake`, a brief reply that the message can be deleted and that no copy is kept,
to its writer alone in a shared place. Only the whole message: the same words in a question
ask it."""

from __future__ import annotations

import pytest

from bot.app import Core
from dialogs.contract import Private
from tests.support.core import Chat, texts

SAID = "You can delete your message"


@pytest.mark.parametrize(
    "message",
    ["Sorry, meant to DM this", "oops wrong channel", "ignore that please", "please delete"],
)
def test_in_a_channel_it_goes_to_its_writer_alone(core: Core, message: str) -> None:
    replies = Chat(core, private=False).send(message)  # the day's privacy reminder too

    [reply] = [r for r in replies if SAID in r.text]
    assert "don't keep a copy" in reply.text and not any(r.choices for r in replies)
    assert all(r.private is Private.POSTED_BY_MISTAKE for r in replies)


def test_in_a_dm_it_is_said_there(chat: Chat) -> None:
    replies = chat.send("sorry, wrong chat")

    assert any(SAID in r.text for r in replies) and all(r.private is None for r in replies)


@pytest.mark.parametrize(
    "message",
    ["can I ignore that she said no to sharing?", "should I delete the referral from my notes?"],
)
def test_the_words_inside_a_question_ask_it(chat: Chat, message: str) -> None:
    assert SAID not in texts(chat.send(message))
