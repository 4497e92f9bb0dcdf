"""Where a yes leads straight to sharing without consent (the public-interest questions, as the
flow data marks them), a doubtful yes ("probably", "I think so") is asked again for a clear
answer, nothing recorded; a clear yes, a no and a not sure keep what they always did."""

from __future__ import annotations

import pytest

from knowledge.flow_graph import all_paths
from knowledge.flow_pack import AnswerKey
from tests.support.core import Chat, texts
from tests.support.packs import builtin_knowledge
from tests.support.reply_probe import go_to

FLOW = builtin_knowledge().flow
# Every question that asks a clear yes to share without consent (its outcome reminds of the
# protection procedures), and the path (by buttons) up to it, from the flow data. Every other
# answer that ends the check with sharing is in test_a_doubtful_answer_that_shares.py.
CLEAR_AT = {
    step: steps[:i]
    for steps, _ in all_paths(FLOW)
    for i, (step, _) in enumerate(steps)
    if (q := FLOW.question(step)) is not None
    and AnswerKey.YES in q.clear_answers
    and (ends := FLOW.outcome(q.answers[AnswerKey.YES])) is not None
    and ends.protection_reminder
}
assert len(CLEAR_AT) >= 2, "both public-interest questions"
DOUBTFUL = [
    "probably",
    "I think so",
    "yeah I reckon",
    "yes, I think so",
    "pretty sure",
    "yes probably",
]


def _at(chat: Chat, step: str) -> None:
    chat.send("check")
    for before, answer in CLEAR_AT[step]:
        question = FLOW.question(before)
        assert question is not None
        chat.press(question.label(answer))
    assert chat.state.check is not None and chat.state.check.step == step


def test_the_questions_asking_a_clear_yes_lead_to_sharing_without_consent() -> None:
    for step in CLEAR_AT:
        question = FLOW.question(step)
        assert question is not None and question.clear_text
        outcome = FLOW.outcome(question.answers[AnswerKey.YES])
        assert outcome is not None and outcome.kind == "share" and outcome.protection_reminder


@pytest.mark.parametrize("step", sorted(CLEAR_AT))
@pytest.mark.parametrize("words", DOUBTFUL)
def test_a_doubtful_yes_is_asked_again(chat: Chat, step: str, words: str) -> None:
    _at(chat, step)
    before = chat.state.check
    replies = chat.send(words)
    question = FLOW.question(step)
    assert question is not None and question.clear_text
    assert chat.state.check == before, "nothing recorded"
    assert question.clear_text.split(",")[0] in texts(replies)
    assert "I've taken that as" not in texts(replies)
    labels = [c.label for c in replies[-1].choices]
    assert question.label(AnswerKey.YES) in labels and question.label(AnswerKey.NOT_SURE) in labels


@pytest.mark.parametrize("step", sorted(CLEAR_AT))
@pytest.mark.parametrize(
    ("then", "ends"), [("yes", "share"), ("not sure", "seek-advice"), ("no", "do-not-share")]
)
def test_after_asking_again_a_clear_answer_decides(
    chat: Chat, step: str, then: str, ends: str
) -> None:
    _at(chat, step)
    chat.send("probably")
    replies = chat.send(then)
    check = chat.state.check
    assert check is not None and check.finished
    assert any(r.outcome is not None and r.outcome.value == ends for r in replies)


@pytest.mark.parametrize("step", sorted(CLEAR_AT))
@pytest.mark.parametrize("words", ["yes", "yes definitely", "yep, there is"])
def test_a_clear_yes_still_leads_to_sharing(chat: Chat, step: str, words: str) -> None:
    _at(chat, step)
    chat.send(words)
    check = chat.state.check
    assert check is not None and check.finished and check.answered(step) is AnswerKey.YES


@pytest.mark.parametrize("words", ["probably", "I think so"])
def test_a_doubtful_yes_elsewhere_is_still_read_as_yes(chat: Chat, words: str) -> None:
    # At key question 2, where a yes leads on (key question 1 asks a clear answer: follow106).
    go_to(chat, "identifiable")
    chat.send(words)
    check = chat.state.check
    assert check is not None and check.answered("identifiable") is AnswerKey.YES
