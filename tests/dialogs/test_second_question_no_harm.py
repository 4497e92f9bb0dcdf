"""Two questions in one sentence, no harm told: the reply says which it answers, or answers both.

Round 48 (asks137, a practitioners' trial): "can i share this with the school and do i need her
consent?" got one reply, and never said the other question was left. Each question is now read
alone (nothing kept): the reply is one question's when it is what that question gets alone. Then
the other's own reply follows, each under its number, when it quotes nothing and is more than a
decline; otherwise a line says which was answered and to ask the other on its own. A reply that
is every question's ("can I tell the GP and should I tell his mum?") stands alone.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts
from tests.support.packs import builtin_knowledge

ABOUT = builtin_knowledge().about
ONE = ABOUT.several_one_answered
SEVERAL = ABOUT.several_questions
ISP = "What is an information sharing protocol?"


@pytest.mark.parametrize(
    ("message", "said", "quotes"),
    [
        # the quote answers the first; "do we need one?" alone is no question for the Q&A
        ("what is an ISP and do we need one?", ONE.format(answered=1, other=2, count=2), [ISP]),
        # the recording summary answers the second; the first alone would quote an entry
        (
            "do i need consent and what should i record?",
            ONE.format(answered=2, other=1, count=2),
            [],
        ),
        # the reply (asking first) is neither question's own: said to be one of them
        ("can i share this with the school and do i need her consent?", SEVERAL, []),
    ],
)
def test_which_question_was_answered_is_said(
    chat: Chat, message: str, said: str, quotes: list[str]
) -> None:
    replies = chat.send(message)
    assert said in texts(replies)
    assert quoted(replies) == quotes
    assert replies[-1].choices or not any(r.choices for r in replies)  # buttons stay last


def test_both_are_answered_in_order_when_the_other_quotes_nothing(chat: Chat) -> None:
    replies = chat.send("what is an ISP and can i share with the police?")
    said = texts(replies)
    first, second = said.index("Your question 1 of 2"), said.index("Your question 2 of 2")
    assert first < said.index(ISP) < second
    assert "professional judgement" in said[second:]
    assert quoted(replies) == [ISP]
    assert ONE.split("{")[0] not in said and SEVERAL not in said


@pytest.mark.parametrize(
    "message",
    ["can I tell the GP and should I tell his mum?", "can i share with the school?"],
)
def test_a_reply_for_every_question_stands_alone(chat: Chat, message: str) -> None:
    said = texts(chat.send(message))
    assert ONE.split("{")[0] not in said and SEVERAL not in said
    assert "Your question 1 of" not in said


def test_not_said_in_a_check(chat: Chat) -> None:
    chat.send("check")
    said = texts(chat.send("what is an ISP and do we need one?"))
    assert ONE.split("{")[0] not in said
