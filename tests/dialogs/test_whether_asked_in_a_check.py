"""Asking whether the case is what the waiting question asks about ("is this confidential?" at
the confidentiality question) gets that question's own explanation, the place kept; the same
words elsewhere keep the reply they always had."""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

FLOW = builtin_knowledge().flow
CONFIDENTIAL = next(q for q in FLOW.questions if "confidential" in q.text.lower().split("?")[0])
PATH = []  # the steps before the confidentiality question, answered yes
_step = FLOW.start
while _step != CONFIDENTIAL.id:
    _question = FLOW.question(_step)
    assert _question is not None
    PATH.append(_question.label(AnswerKey.YES))
    _step = _question.answers[AnswerKey.YES]


def _at_confidential(chat: Chat) -> None:
    chat.send("check")
    for label in PATH:
        chat.press(label)
    assert chat.state.check is not None and chat.state.check.step == CONFIDENTIAL.id


@pytest.mark.parametrize(
    "words",
    [
        "is this confidential?",
        "Is it confidential?",
        "is the information confidential?",
        "would this count as confidential",
        "how do I know if it's confidential?",
    ],
)
def test_whether_the_case_is_the_term_gets_the_questions_explanation(
    chat: Chat, words: str
) -> None:
    _at_confidential(chat)
    before = chat.state.check
    replies = chat.send(words)
    said = texts(replies)
    assert CONFIDENTIAL.help.split(".")[0] in said
    assert "What happens to what you type" not in said
    assert chat.state.check == before
    assert f"Key question {CONFIDENTIAL.number}" in replies[-1].text


def test_asking_about_the_chat_itself_still_gets_the_privacy_note(chat: Chat) -> None:
    _at_confidential(chat)
    said = texts(chat.send("is this chat confidential?"))
    assert CONFIDENTIAL.help.split(".")[0] not in said


@pytest.mark.parametrize("where", ["out of a check", "at another question"])
def test_is_this_confidential_elsewhere_is_about_the_chat(chat: Chat, where: str) -> None:
    if where == "at another question":
        chat.send("check")
    said = texts(chat.send("is this confidential?"))
    assert CONFIDENTIAL.help.split(".")[0] not in said
    assert "Why key question" not in said
