"""Asking what a word of the waiting key question means gets that question's explanation."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, texts
from tests.support.packs import builtin_knowledge

FLOW = builtin_knowledge().flow


def _at(chat: Chat, step: str) -> None:
    chat.send("check")
    for earlier in ("purpose", "identifiable", "confidential"):
        if earlier == step:
            return
        chat.send("yes")


@pytest.mark.parametrize(
    ("step", "asked"),
    [
        ("identifiable", "what does identified mean?"),
        ("confidential", "What is confidential information?"),
        ("confidential", "what counts as confidential"),
        ("purpose", "what is meant by a legitimate purpose?"),
        ("purpose", "define legitimate purpose"),
    ],
)
def test_a_term_of_the_waiting_question_is_explained_and_the_place_kept(
    chat: Chat, step: str, asked: str
) -> None:
    _at(chat, step)
    question = FLOW.question(step)
    assert question is not None
    replies = chat.send(asked)
    assert f"Why key question {question.number}?" in replies[0].text
    assert question.text in replies[-1].text, "the question is asked again"
    assert chat.state.in_check() and chat.state.check is not None
    assert chat.state.check.step == step


def test_a_term_the_question_does_not_use_is_still_a_question_for_the_qa(chat: Chat) -> None:
    _at(chat, "identifiable")
    said = texts(chat.send("what is an ISP?"))
    assert published_question(12) in said
    assert "Why key question" not in said


@pytest.mark.parametrize(
    "said", ["huh?", "what?", "I don't understand the question", "sorry?", "can you explain that"]
)
def test_confusion_in_a_check_gets_the_waiting_question_explained(chat: Chat, said: str) -> None:
    _at(chat, "confidential")
    replies = chat.send(said)
    assert replies[0].text.startswith("**Why key question 3?**")
    assert "Is the information confidential?" in replies[-1].text
    assert chat.state.check is not None and chat.state.check.step == "confidential"


def test_confusion_right_after_an_outcome_explains_it_and_elsewhere_gets_the_help(
    chat: Chat,
) -> None:
    _at(chat, "confidential")
    chat.send("no")
    assert "Why this outcome?" in texts(chat.send("huh?"))
    assert "What I can do" in texts(chat.send("huh?"))
