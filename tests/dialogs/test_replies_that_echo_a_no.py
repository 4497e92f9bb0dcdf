"""A no that repeats a verb ("they didn't …", "we don't …", "it isn't …") is a no only when it goes
on with the question's own words, as a yes that does is ("we have consent"): "it isn't
confidential" is no to "Is the information confidential?", "they didn't want anyone to know" is
not (it says the opposite), and is asked again. Found by the probe
tests/dialogs/data/check-replies-18.yaml."""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat, texts
from tests.support.reply_probe import go_to


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
    go_to(chat, step)
    replies = chat.send(words)
    check = chat.state.check
    assert check is not None and check.step == step and check.answered(step) is None
    assert "I've taken that as" not in texts(replies)


@pytest.mark.parametrize(
    ("step", "words"),
    [
        ("confidential", "it isn't confidential"),
        ("confidential", "it is not"),
        ("confidential", "it isnt, it was on facebook"),
        ("purpose", "there isn't a clear purpose"),
        ("public-interest", "there isnt"),
    ],
)
def test_a_no_echo_of_the_question_is_no(chat: Chat, step: str, words: str) -> None:
    go_to(chat, step)
    chat.send(words)
    check = chat.state.check
    assert check is not None and check.answered(step) is AnswerKey.NO


@pytest.mark.parametrize(
    ("step", "words", "meant"),
    [
        ("confidential", "it is, she told me in confidence", AnswerKey.YES),
        ("consent", "we do. mum signed the form", AnswerKey.YES),
    ],
)
def test_an_echo_that_ends_its_clause_is_an_answer(
    chat: Chat, step: str, words: str, meant: AnswerKey
) -> None:
    go_to(chat, step)
    chat.send(words)
    check = chat.state.check
    assert check is not None and check.answered(step) is meant
