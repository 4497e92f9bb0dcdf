"""Answers to "Do you have consent to share?" with the person or a parent as subject, as
practitioners type them: "mum's happy for us to", "the young person has agreed", "the family
have refused", "no, mum refused". The leads were written only for she, he and they, so these
were asked again, and some ("mums happy for us to share", "the family have refused") got a
quoted entry. A person is now read as the pronoun the typed-words pack lists them under."""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat, quoted
from tests.support.reply_probe import answered, assert_asked_again, go_to


@pytest.mark.parametrize(
    ("words", "meant"),
    [
        ("mum's happy for us to", AnswerKey.YES),
        ("mums happy for us to share", AnswerKey.YES),
        ("the young person has agreed", AnswerKey.YES),
        ("her parents have agreed", AnswerKey.YES),
        ("dad's agreed", AnswerKey.YES),
        ("he's given his consent", AnswerKey.YES),
        ("she's fine with it", AnswerKey.YES),
        ("i've got her consent", AnswerKey.YES),
        ("the family have refused", AnswerKey.REFUSED),
        ("mum's refused", AnswerKey.REFUSED),
        ("no, mum refused", AnswerKey.REFUSED),
        ("he won't give consent", AnswerKey.REFUSED),
        ("she doesn't want it shared", AnswerKey.REFUSED),
        ("she withdrew her consent", AnswerKey.REFUSED),
        ("i havent spoken to her yet", AnswerKey.NOT_ASKED),
        ("asking would put her at risk", AnswerKey.UNSAFE_TO_ASK),
        ("she said maybe", AnswerKey.NOT_SURE),
    ],
)
def test_consent_said_of_a_person_is_read_and_confirmed(
    chat: Chat, words: str, meant: AnswerKey
) -> None:
    answer, replies = answered(chat, "consent", words)
    assert answer is meant
    assert "I've taken that as **" in replies


@pytest.mark.parametrize(
    ("words", "meant"),
    [
        ("the young person has agreed", AnswerKey.YES),
        ("mum's refused", AnswerKey.REFUSED),
        ("she wants to think about it", AnswerKey.NOT_SURE),
    ],
)
def test_after_asking_too(chat: Chat, words: str, meant: AnswerKey) -> None:
    answer, _ = answered(chat, "ask-first", words)
    assert answer is meant


@pytest.mark.parametrize(
    "words", ["the family have refused", "she said maybe", "mums happy for us to share"]
)
def test_said_of_a_person_it_is_neither_quoted_on_nor_signposted(chat: Chat, words: str) -> None:
    go_to(chat, "consent")
    replies = chat.send(words)
    assert not quoted(replies)
    assert not any(r.risk_of_harm for r in replies)


@pytest.mark.parametrize(
    "words", ["mum has parental responsibility", "the young person has a social worker"]
)
def test_a_person_going_on_about_something_else_is_not_an_answer(chat: Chat, words: str) -> None:
    assert_asked_again(chat, "consent", words)
