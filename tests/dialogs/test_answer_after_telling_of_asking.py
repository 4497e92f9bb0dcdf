"""A reply that first tells of asking the person, then what they said ("we asked her this
morning and she agreed"), is read by what they said; telling of asking alone answers nothing."""

from __future__ import annotations

import pytest

from knowledge.flow_graph import all_paths
from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge

FLOW = builtin_knowledge().flow
# The consent questions: those offering "refused", and the path up to each (from the flow data).
CONSENT_STEPS = {
    step: steps[:i]
    for steps, _ in all_paths(FLOW)
    for i, (step, _) in enumerate(steps)
    if (q := FLOW.question(step)) is not None and AnswerKey.REFUSED in q.answers
}
assert len(CONSENT_STEPS) >= 2, "the first consent question and the one after asking"

READINGS = [
    ("we asked her this morning and she agreed", AnswerKey.YES),
    ("I asked mum at the visit and she's happy for us to", AnswerKey.YES),
    ("we spoke to the family yesterday, they agreed", AnswerKey.YES),
    ("I've asked him and he said no", AnswerKey.REFUSED),
    ("we checked with dad but he refused", AnswerKey.REFUSED),
    ("I asked her whether she agreed and she said no", AnswerKey.REFUSED),
    ("we asked her and she wants to think about it", AnswerKey.NOT_SURE),
]


def _at(chat: Chat, step: str) -> None:
    chat.send("check")
    for before, answer in CONSENT_STEPS[step]:
        question = FLOW.question(before)
        assert question is not None
        chat.press(question.label(answer))
    assert chat.state.check is not None and chat.state.check.step == step


@pytest.mark.parametrize("step", sorted(CONSENT_STEPS))
@pytest.mark.parametrize(("words", "kind"), READINGS)
def test_what_the_person_said_when_asked_is_the_answer(
    chat: Chat, step: str, words: str, kind: AnswerKey
) -> None:
    _at(chat, step)
    replies = chat.send(words)
    check = chat.state.check
    assert check is not None and check.answered(step) is kind
    question = FLOW.question(step)
    assert question is not None
    assert f"I've taken that as **{question.label(kind)}**" in texts(replies)


@pytest.mark.parametrize("step", sorted(CONSENT_STEPS))
@pytest.mark.parametrize(
    "words", ["we asked her this morning", "yes I asked her", "I spoke to mum about it"]
)
def test_telling_of_asking_alone_answers_nothing(chat: Chat, step: str, words: str) -> None:
    _at(chat, step)
    chat.send(words)
    check = chat.state.check
    assert check is not None and check.step == step and check.answered(step) is None


def test_consent_given_when_asked_is_no_yes_to_a_question_not_about_consent(chat: Chat) -> None:
    chat.send("check")
    chat.send("we asked her and she agreed")
    check = chat.state.check
    assert check is not None and check.step == FLOW.start and check.answered(FLOW.start) is None
