"""A reply that tells of consent given ("she has agreed", "mum agreed") answers only a question
that asks for consent (one offering "No: they refused"). At key question 1 or 2 "she has
agreed" had been recorded as YES (a clear purpose; identifiable), and "she has agreed now" to
"Consent was refused. Is there a sufficient public interest…?" as YES (share in the public
interest). They are asked again now; "yes" still answers everywhere."""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat
from tests.support.reply_probe import answered, assert_asked_again


@pytest.mark.parametrize(
    ("step", "words"),
    [
        ("purpose", "she has agreed"),
        ("purpose", "mum agreed"),
        ("identifiable", "she has agreed"),
        ("confidential", "mum's happy for us to"),
        ("public-interest", "she has agreed now"),
        ("public-interest", "mum has agreed"),
        ("public-interest-unsought", "mum's happy for us to"),
    ],
)
def test_consent_given_is_no_answer_to_another_question(chat: Chat, step: str, words: str) -> None:
    assert_asked_again(chat, step, words)


@pytest.mark.parametrize("step", ["consent", "ask-first"])
def test_it_answers_the_questions_that_ask_for_consent(chat: Chat, step: str) -> None:
    answer, _ = answered(chat, step, "she has agreed")
    assert answer is AnswerKey.YES


def test_a_plain_yes_still_answers_elsewhere(chat: Chat) -> None:
    answer, _ = answered(chat, "purpose", "yes, she's been referred to us")
    assert answer is AnswerKey.YES
