"""Stopping a check said in passing ("actually forget it") stops it, as "cancel" does; the
commands after a word said in passing ("oh just go back") are still the commands."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts


@pytest.mark.parametrize(
    "words",
    [
        "actually forget it",
        "forget it",
        "oh forget about it",
        "um, scrap that",
        "sorry, I want to stop",
        "actually leave it there",
        "just cancel the check",
    ],
)
def test_stopping_said_in_passing_stops_the_check(chat: Chat, words: str) -> None:
    chat.send("check")
    chat.send("yes")
    replies = chat.send(words)
    assert "cancelled" in texts(replies).lower()
    assert chat.state.check is None


@pytest.mark.parametrize(
    "words", ["oh just go back", "actually, go back", "wait, previous question"]
)
def test_going_back_said_in_passing_goes_back(chat: Chat, words: str) -> None:
    chat.send("check")
    chat.send("yes")
    replies = chat.send(words)
    assert "Going back one question" in texts(replies)
    check = chat.state.check
    assert check is not None and check.answers == ()


def test_a_clear_answer_after_a_word_in_passing_is_still_an_answer(chat: Chat) -> None:
    chat.send("check")
    chat.send("actually, yes")
    check = chat.state.check
    assert check is not None and len(check.answers) == 1
