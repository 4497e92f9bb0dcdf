"""Round 45 (ask84, tryout75 #7): a hedge ended by a question mark, then a remark that asks
nothing ("probably not? its just a number" at "Is the information confidential?"), is read as
the same hedge said with a comma, at every key question; before, the question mark made it a
question for the published Q&A ("I couldn't find that"). A question after the hedge is still a
question. Generated from the flow data.

Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from knowledge.flow_pack import FlowPack
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge
from tests.support.reply_probe import go_to

FLOW: FlowPack = builtin_knowledge().flow
STEPS = [question.id for question in FLOW.questions]
NOT_FOUND = ("I couldn't find that", "I don't think the published Q&A answers")
# (hedge, remark): the trial's line, then the same kind in other words.
HEDGED = [
    ("probably not", "its just a number"),
    ("i think so", "she told me herself"),
    ("maybe", "it was in a letter"),
    ("not sure", "she didnt say"),
    ("dunno", "nobody mentioned it"),
    ("i doubt it", "its on facebook anyway"),
    ("kind of", "its complicated"),
]
# A question after the hedge stays a question: never taken as an answer.
ASKED = ["probably not? can i share it then", "not sure? what does that mean"]


def _said(chat: Chat, step: str, words: str) -> tuple[str, object]:
    go_to(chat, step)
    said = texts(chat.send(words))
    check = chat.state.check
    reading = check.answered(step) if check is not None else None
    chat.send("cancel")
    return said, reading


@pytest.mark.parametrize("step", STEPS)
def test_a_hedge_asked_then_a_remark_is_the_hedge(chat: Chat, step: str) -> None:
    for hedge, remark in HEDGED:
        asked, asked_reading = _said(chat, step, f"{hedge}? {remark}")
        comma, comma_reading = _said(chat, step, f"{hedge}, {remark}")
        assert not any(words in asked for words in NOT_FOUND), (step, hedge)
        assert (asked, asked_reading) == (comma, comma_reading), (step, hedge)


def test_the_trial_line_is_asked_to_be_sure_at_key_question_3(chat: Chat) -> None:
    question = FLOW.question("confidential")
    assert question is not None and question.clear_text
    said, reading = _said(chat, "confidential", "probably not? its just a number")
    assert reading is None and question.clear_text.split(":")[0] in said


@pytest.mark.parametrize("step", STEPS)
def test_a_question_after_the_hedge_is_no_answer(chat: Chat, step: str) -> None:
    for words in ASKED:
        said, reading = _said(chat, step, words)
        assert reading is None and "I've taken that as" not in said, (step, words)
