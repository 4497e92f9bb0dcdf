"""Thanks said with a few words of praise is thanks, not a question the Q&A could not find
("thanks that's helpful" was told "I couldn't find that in the published Q&A"); thanks before a
question leaves the question to be answered."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts

WELCOME = "You're welcome"


@pytest.mark.parametrize(
    "message",
    [
        "thanks that's helpful",
        "thank you, that really helps",
        "perfect thank you",
        "that's useful, thanks",
        "great, thanks for your help",
        "that's very clear, thank you",
    ],
)
def test_thanks_with_praise_is_welcomed(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert WELCOME in texts(replies)
    assert not quoted(replies)


@pytest.mark.parametrize(
    "message",
    ["thanks, can I share with the police?", "thank you for your help, what about adults?"],
)
def test_thanks_before_a_question_leaves_the_question(chat: Chat, message: str) -> None:
    assert WELCOME not in texts(chat.send(message))


def test_praise_without_thanks_is_not_thanks(chat: Chat) -> None:
    assert WELCOME not in texts(chat.send("that is really useful for the team"))


def test_thanks_in_a_check_does_not_sound_like_goodbye(chat: Chat) -> None:
    # Round 31 (a practitioner trial): "Ask me anything else… any time" mid-check read as if the
    # check were over; the question waiting follows the welcome.
    chat.send("check")
    said = texts(chat.send("thanks"))
    assert WELCOME in said
    assert "any time" not in said
    assert "Key question 1" in said
