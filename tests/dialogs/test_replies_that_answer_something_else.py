"""A consent-check reply whose yes or no is about something other than the question is asked
again, never recorded: "yes I asked her" (asking is not consent), "yes it's unsafe to ask" (to
"is there a sufficient public interest?"), "no doubt, she's at risk" (a yes, not a no), "they
didn't want anyone to know" (to "is the information confidential?": a yes, not a no). Found by
the probe tests/dialogs/data/check-replies-18.yaml."""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat, texts
from tests.support.reply_probe import go_to


@pytest.mark.parametrize(
    ("step", "words"),
    [
        ("ask-first", "yes I asked her"),
        ("ask-first", "yes i've asked"),
        ("ask-first", "we have asked them"),
        ("public-interest-unsought", "yes it's unsafe to ask"),
        ("purpose", "no doubt about it, shes at risk"),
        ("public-interest", "no question, the child is at risk"),
        ("identifiable", "no doubt, it has her address"),
    ],
)
def test_a_yes_or_no_about_something_else_is_asked_again(chat: Chat, step: str, words: str) -> None:
    go_to(chat, step)
    replies = chat.send(words)
    check = chat.state.check
    assert check is not None and check.step == step and check.answered(step) is None
    assert "I've taken that as" not in texts(replies)


@pytest.mark.parametrize(
    ("step", "words", "meant"),
    [
        ("ask-first", "it wasnt safe to ask after all", AnswerKey.UNSAFE_TO_ASK),
        ("consent", "it is not safe to ask", AnswerKey.UNSAFE_TO_ASK),
        ("ask-first", "yes she agreed", AnswerKey.YES),
    ],
)
def test_it_was_not_safe_to_ask_is_read(
    chat: Chat, step: str, words: str, meant: AnswerKey
) -> None:
    go_to(chat, step)
    chat.send(words)
    check = chat.state.check
    assert check is not None and check.answered(step) is meant


@pytest.mark.parametrize(
    ("step", "words"),
    [
        ("consent", "yes she has a learning disability"),
        ("ask-first", "yeah we have a safeguarding concern"),
        ("confidential", "yes she has a social worker"),
    ],
)
def test_a_yes_then_an_echo_going_on_about_something_else_is_asked_again(
    chat: Chat, step: str, words: str
) -> None:
    go_to(chat, step)
    replies = chat.send(words)
    check = chat.state.check
    assert check is not None and check.step == step and check.answered(step) is None
    assert "I've taken that as" not in texts(replies)


@pytest.mark.parametrize(
    ("step", "words", "meant"),
    [
        ("consent", "yes we have consent", AnswerKey.YES),
        ("consent", "yes, she has", AnswerKey.YES),
        ("confidential", "it's not confidential", AnswerKey.NO),
    ],
)
def test_a_yes_then_an_echo_of_the_question_is_read(
    chat: Chat, step: str, words: str, meant: AnswerKey
) -> None:
    go_to(chat, step)
    chat.send(words)
    check = chat.state.check
    assert check is not None and check.answered(step) is meant
