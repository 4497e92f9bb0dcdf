"""Asking to skip a key question while the check waits for its answer.

Tried by the lead (round 35, from tryout34's notes): "skip" at a key question got the general
"I'm keeping your place… I don't need the details of the case" reply, which reads as if the
message were a case told. The check cannot leave a question out (each answer decides where the
flow goes), so it says so, offers Not sure as an answer, and asks the same question again.
"""

from __future__ import annotations

import pytest

from knowledge.flow_graph import all_paths
from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat, quoted
from tests.support.packs import builtin_knowledge
from tests.support.reply_probe import go_to

KNOWLEDGE = builtin_knowledge()
FLOW = KNOWLEDGE.flow
STEPS = sorted({step for steps, _ in all_paths(FLOW) for step, _ in steps})
SKIPS = KNOWLEDGE.typed_words.skips


@pytest.mark.parametrize("step", STEPS)
def test_skip_keeps_the_question_and_says_not_sure_is_an_answer(chat: Chat, step: str) -> None:
    go_to(chat, step)
    before = chat.state.check
    question = FLOW.question(step)
    assert question is not None
    replies = chat.send("skip")
    assert chat.state.check == before, "nothing answered, nothing moved"
    assert quoted(replies) == []
    assert "can't be skipped" in replies[0].text
    assert question.label(AnswerKey.NOT_SURE) in replies[0].text
    assert "details of the case" not in replies[0].text
    assert f"**Key question {question.number}**\n{question.text}" in replies[-1].text


@pytest.mark.parametrize("words", SKIPS)
def test_every_skip_word_of_the_pack_is_read_so(chat: Chat, words: str) -> None:
    go_to(chat, STEPS[0])
    assert "can't be skipped" in chat.send(words)[0].text


def test_a_remark_is_not_read_as_a_skip(chat: Chat) -> None:
    go_to(chat, STEPS[0])
    replies = chat.send("the weather is nice")
    assert "can't be skipped" not in replies[0].text
