"""Answers to "Do you have consent to share?" said in the perfect or with the person as subject:
"she has said no", "they've refused", "she's agreed to it", "she has given consent". "She has"
is also a yes that echoes the question, and was matched first: "she has said no" was asked
again and the learnt risk model, reading it as a first message, signposted it (+5.39);
"she's agreed" got a quoted entry. The reader now tries the longest lead of each kind first."""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat
from tests.support.reply_probe import answered


@pytest.mark.parametrize(
    ("words", "meant"),
    [
        ("she has said no", AnswerKey.REFUSED),
        ("she's said no", AnswerKey.REFUSED),
        ("they've refused", AnswerKey.REFUSED),
        ("mum has said no", AnswerKey.REFUSED),
        ("he has declined", AnswerKey.REFUSED),
        ("she's agreed", AnswerKey.YES),
        ("she has agreed to it", AnswerKey.YES),
        ("she has given consent", AnswerKey.YES),
        ("the parents agreed", AnswerKey.YES),
    ],
)
def test_consent_said_another_way_is_read_and_confirmed(
    chat: Chat, words: str, meant: AnswerKey
) -> None:
    answer, replies = answered(chat, "consent", words)
    assert answer is meant
    assert "I've taken that as **" in replies


def test_a_consent_answer_is_not_taken_for_a_disclosure(chat: Chat) -> None:
    _, replies = answered(chat, "consent", "she has said no")
    assert "protection procedures" not in replies


def test_she_has_going_on_about_something_else_is_not_an_answer(chat: Chat) -> None:
    answer, _ = answered(chat, "consent", "she has a social worker")
    assert answer is None
