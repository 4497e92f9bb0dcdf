"""Round 49 (quote148): a question about key question 5's answers asked while it waits ("what if
there isn't enough public interest?", "what if i'm wrong?") gets the check's own help for that
step (what each answer leads to) and the same question again, never a quote; an answer or a
term's meaning is read as before.

Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat, quoted, texts
from tests.support.packs import builtin_knowledge

FLOW = builtin_knowledge().flow
FIVE = [q for q in FLOW.questions if q.number == 5]


def _help_of(step: str) -> str:
    question = FLOW.question(step)
    assert question is not None and question.what_if_text is not None
    return question.what_if_text.split(". ")[1]


def _at(chat: Chat, step: str) -> None:
    """Into a check, through its answers to `step` (a refusal or not safe to ask at key question
    4, yes before it)."""
    chat.send("check")
    for _ in FLOW.questions:
        check = chat.state.check
        assert check is not None and not check.finished
        if check.step == step:
            return
        question = FLOW.question(check.step)
        assert question is not None
        onward = next((a for a, to in question.answers.items() if to == step), AnswerKey.YES)
        chat.press(question.label(onward))
    pytest.fail(f"{step} never waited")


@pytest.mark.parametrize("step", [q.id for q in FIVE])
@pytest.mark.parametrize(
    "words",
    [
        "what if she says no?",
        "what if there isn't enough public interest?",
        "what if there's no public interest?",
        "what if it's not serious enough?",
        "what if i'm wrong?",
        "what if i share anyway?",
        "what if i don't share?",
        "can i share without her consent?",
    ],
)
def test_a_what_if_at_key_question_5_gets_its_help_and_the_place_kept(
    chat: Chat, step: str, words: str
) -> None:
    _at(chat, step)
    before = chat.state.check
    replies = chat.send(words)
    assert quoted(replies) == []
    assert _help_of(step) in texts(replies)
    assert chat.state.check == before
    assert "Key question 5" in replies[-1].text


@pytest.mark.parametrize("step", [q.id for q in FIVE])
@pytest.mark.parametrize(
    "words",
    [
        "yes",  # an answer: the check goes on
        "what does public interest mean?",  # the term's meaning, as before
    ],
)
def test_an_answer_or_a_meaning_at_key_question_5_is_not_the_help(
    chat: Chat, step: str, words: str
) -> None:
    _at(chat, step)
    assert _help_of(step) not in texts(chat.send(words))


def test_key_question_5s_help_is_not_said_at_key_question_4(chat: Chat) -> None:
    _at(chat, "consent")
    said = texts(chat.send("what if there isn't enough public interest?"))
    assert all(_help_of(q.id) not in said for q in FIVE)
