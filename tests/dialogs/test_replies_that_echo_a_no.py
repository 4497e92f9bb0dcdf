"""A no that repeats a verb ("they didn't …", "we don't …", "it isn't …") is a no only when it goes
on with the question's own words, as a yes that does is ("we have consent"): "it isn't
confidential" is no to "Is the information confidential?", "they didn't want anyone to know" is
not (it says the opposite), and is asked again. An echo that ends its clause ("it isn't, it was
on facebook") is an answer. Found by the probe tests/dialogs/data/check-replies-18.yaml."""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat
from tests.support.reply_probe import answered, assert_asked_again


@pytest.mark.parametrize(
    ("step", "words"),
    [
        ("confidential", "they didnt want anyone to know"),
        ("confidential", "she didn't want me to tell anyone"),
        ("confidential", "we dont normally share it"),
        ("confidential", "he didn't tell anyone else"),
        ("public-interest-unsought", "he didnt want police involved"),
    ],
)
def test_a_no_echo_going_on_with_other_words_is_asked_again(
    chat: Chat, step: str, words: str
) -> None:
    assert_asked_again(chat, step, words)


@pytest.mark.parametrize(
    ("step", "words", "meant"),
    [
        ("confidential", "it isn't confidential", AnswerKey.NO),
        ("confidential", "it is not", AnswerKey.NO),
        ("confidential", "it isnt, it was on facebook", AnswerKey.NO),
        ("purpose", "there isn't a clear purpose", AnswerKey.NO),
        ("public-interest", "there isnt", AnswerKey.NO),
        ("confidential", "it is, she told me in confidence", AnswerKey.YES),
        ("consent", "we do. mum signed the form", AnswerKey.YES),
    ],
)
def test_an_echo_of_the_question_or_ending_its_clause_is_read(
    chat: Chat, step: str, words: str, meant: AnswerKey
) -> None:
    answer, _ = answered(chat, step, words)
    assert answer is meant


@pytest.mark.parametrize(
    ("step", "words"),
    [
        ("public-interest", "yes she did"),
        ("public-interest", "she did"),
        ("public-interest", "she has"),
    ],
)
def test_an_echo_whose_verb_is_not_the_questions_is_asked_again(
    chat: Chat, step: str, words: str
) -> None:
    assert_asked_again(chat, step, words)


@pytest.mark.parametrize(
    ("step", "words", "meant"),
    [
        ("consent", "she has", AnswerKey.YES),
        ("consent", "we do", AnswerKey.YES),
        ("consent", "yes she did", AnswerKey.YES),
        ("identifiable", "it does", AnswerKey.YES),
        ("public-interest", "there is", AnswerKey.YES),
        ("purpose", "there isnt", AnswerKey.NO),
        ("ask-first", "they have", AnswerKey.YES),
    ],
)
def test_an_echo_whose_verb_is_the_questions_is_read(
    chat: Chat, step: str, words: str, meant: AnswerKey
) -> None:
    answer, _ = answered(chat, step, words)
    assert answer is meant
