"""A consent-check reply whose yes or no is about something other than the question is asked
again, never recorded: "yes I asked her" (asking is not consent), "yes it's unsafe to ask" (to
"is there a sufficient public interest?"), "no doubt, she's at risk" (a yes, not a no), "yes she
has a learning disability" (to "Do you have consent to share?"). Found by the probe
tests/dialogs/data/check-replies-18.yaml."""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat
from tests.support.reply_probe import answered, assert_asked_again


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
        # an echo after the lead must keep to the question as one at the start must
        ("consent", "yes she has a learning disability"),
        ("ask-first", "yeah we have a safeguarding concern"),
        ("confidential", "yes she has a social worker"),
    ],
)
def test_a_yes_or_no_about_something_else_is_asked_again(chat: Chat, step: str, words: str) -> None:
    assert_asked_again(chat, step, words)


@pytest.mark.parametrize(
    ("step", "words", "meant"),
    [
        ("ask-first", "it wasnt safe to ask after all", AnswerKey.UNSAFE_TO_ASK),
        ("consent", "it is not safe to ask", AnswerKey.UNSAFE_TO_ASK),
        ("ask-first", "yes she agreed", AnswerKey.YES),
        ("consent", "yes we have consent", AnswerKey.YES),
        ("consent", "yes, she has", AnswerKey.YES),
        ("confidential", "it's not confidential", AnswerKey.NO),
    ],
)
def test_an_answer_said_so_is_read(chat: Chat, step: str, words: str, meant: AnswerKey) -> None:
    answer, _ = answered(chat, step, words)
    assert answer is meant
