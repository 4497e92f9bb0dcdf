"""After "not asked yet", the question of what the person said when asked does not claim they
have asked; saying again that they haven't keeps the place with nothing recorded, so the record
shows only what happened."""

from __future__ import annotations

import pytest

from knowledge.flow_graph import all_paths
from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

FLOW = builtin_knowledge().flow
# The question "not asked yet" leads to, and the path (by buttons) to it, from the flow data.
WAITING, BEFORE = next(
    (steps[i + 1][0], steps[: i + 1])
    for steps, _ in all_paths(FLOW)
    for i, (_, answer) in enumerate(steps[:-1])
    if answer is AnswerKey.NOT_ASKED
)
QUESTION = next(q for q in FLOW.questions if q.id == WAITING)
assert AnswerKey.NOT_ASKED in QUESTION.waits and QUESTION.wait_text


def _at_waiting(chat: Chat) -> None:
    chat.send("check")
    for step, answer in BEFORE:
        question = FLOW.question(step)
        assert question is not None
        chat.press(question.label(answer))
    assert chat.state.check is not None and chat.state.check.step == WAITING


def test_the_question_does_not_say_they_have_asked(chat: Chat) -> None:
    chat.send("check")
    replies = []
    for step, answer in BEFORE:
        question = FLOW.question(step)
        assert question is not None
        replies = chat.press(question.label(answer))
    said = texts(replies).lower()
    assert "now that you have asked" not in said
    assert QUESTION.label(AnswerKey.NOT_ASKED) in [c.label for c in replies[-1].choices]


@pytest.mark.parametrize(
    "how", ["press", "we haven't asked yet", "not yet", "I haven't had a chance to ask her"]
)
def test_not_asked_yet_again_keeps_the_place_and_records_nothing(chat: Chat, how: str) -> None:
    _at_waiting(chat)
    before = chat.state.check
    pressed = how == "press"
    replies = chat.press(QUESTION.label(AnswerKey.NOT_ASKED)) if pressed else chat.send(how)
    assert chat.state.check == before
    said = texts(replies)
    assert QUESTION.wait_text is not None and QUESTION.wait_text.split(":")[0] in said
    assert "I've taken that as" not in said
    assert f"Key question {QUESTION.number}" in replies[-1].text


def test_the_record_shows_only_what_happened(chat: Chat) -> None:
    _at_waiting(chat)
    chat.send("not yet")
    replies = chat.send("we asked her this afternoon and she agreed")
    records = [r.record for r in replies if r.record is not None]
    assert records, "the check ended with a record"
    lines = [(a.question, a.answer) for a in records[-1].answers]
    said_when_asked = [(q, a) for q, a in lines if q == QUESTION.text]
    assert said_when_asked == [(QUESTION.text, QUESTION.label(AnswerKey.YES))]
    assert "now that you have asked" not in " ".join(q for q, _ in lines).lower()
