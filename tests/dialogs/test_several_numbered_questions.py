"""Several numbered questions in one message are answered in turn, each under its number
(tryout35b finding 8): "1) Does the 2008 guidance apply to health? 2) What is an information
sharing protocol? …" got "I don't think the published Q&A answers that exactly", and
"1. can I share with the school nurse 2. do I need consent 3. what do I record" an answer to the
last question alone."""

from __future__ import annotations

import pytest

from dialogs.several import numbered_questions
from tests.support.core import Chat, published_question, quoted, texts

_IG_LEAD = (
    "NHS IG lead. Several questions: 1) Does the 2008 guidance apply to health? 2) What is an "
    "information sharing protocol? 3) Is it necessary to have a protocol before sharing? 4) how "
    "does this fit with our Trust's own policy"
)


def test_each_numbered_question_gets_its_own_answer_in_order(chat: Chat) -> None:
    replies = chat.send(_IG_LEAD)

    assert quoted(replies) == [published_question(n) for n in (9, 12, 13, 11)]
    said = texts(replies)
    headings = [said.index(f"Your question {n} of 4") for n in (1, 2, 3, 4)]
    assert headings == sorted(headings)


def test_a_practitioners_numbered_questions_are_each_answered(chat: Chat) -> None:
    said = texts(
        chat.send("1. can I share with the school nurse 2. do I need consent 3. what do I record")
    )

    for n in (1, 2, 3):
        assert f"Your question {n} of 3" in said
    assert "consent check" in said.split("Your question 2 of 3")[0]  # the first is a decision
    assert "Keep a record" in said.split("Your question 3 of 3")[1]


@pytest.mark.parametrize(
    "message",
    [
        "what is an information sharing protocol?",
        "we had 2 meetings and 1 call about it, do we need a protocol?",
        "1. can I share with the school nurse",  # one numbered question is no list
        "2) do I need consent 3) what do I record",  # not numbered from 1
        "the facts: 1. the boy is 14 2. mum refused consent. can I share with the school?",
    ],
)
def test_other_messages_are_not_read_as_numbered_questions(message: str) -> None:
    assert numbered_questions(message) == []
