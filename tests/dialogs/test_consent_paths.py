"""Every path of the consent check, generated from the flow data, by buttons and by typing."""

from __future__ import annotations

import pytest

from bot.reply import Outcome
from knowledge.flow_pack import AnswerKey, all_paths
from knowledge.loader import load_knowledge
from tests.support.core import Chat

FLOW = load_knowledge().flow
PATHS = all_paths(FLOW)
TYPED = {AnswerKey.YES: "yep", AnswerKey.NO: "No.", AnswerKey.NOT_SURE: "I'm not sure"}


def _path_id(path: tuple[tuple[tuple[str, AnswerKey], ...], object]) -> str:
    steps, outcome = path
    return "-".join(f"{s}={a.value}" for s, a in steps) + f"->{outcome.id}"  # type: ignore[attr-defined]


def test_the_flow_has_a_path_to_every_outcome_kind() -> None:
    assert {o.kind for _, o in PATHS} == {"share", "do-not-share", "seek-advice"}
    assert {o.id for _, o in PATHS} == {o.id for o in FLOW.outcomes}


@pytest.mark.parametrize("path", PATHS, ids=[_path_id(p) for p in PATHS])
@pytest.mark.parametrize("how", ["buttons", "typed"])
def test_every_path_reaches_its_outcome_with_a_full_record(chat: Chat, path, how) -> None:
    steps, outcome = path
    replies = chat.send("check")
    assert "protection procedures" in replies[-2].text or "protection procedures" in replies[0].text
    for step, answer in steps:
        question = FLOW.question(step)
        assert question is not None
        assert question.text in replies[-1].text, "the pending question is the one on screen"
        if how == "buttons":
            replies = chat.press(question.label(answer))
        else:
            replies = chat.send(TYPED[answer])
    final = [r for r in replies if r.outcome is not None]
    assert [r.outcome for r in final] == [Outcome(outcome.kind)]
    assert outcome.title in final[0].text
    record = next(r.record for r in replies if r.record is not None)
    assert record.outcome is Outcome(outcome.kind)
    assert [(a.question, a.answer) for a in record.answers] == [
        (FLOW.question(s).text, FLOW.question(s).label(a))  # type: ignore[union-attr]
        for s, a in steps
    ]
    text = record.as_text()
    for a in record.answers:
        assert a.question in text and a.answer in text
    assert outcome.title in text and "Reasons" in text
    if outcome.kind == "share":
        assert FLOW.share_steps.title in final[0].text
    if outcome.kind == "seek-advice":
        assert "information-governance" in final[0].text
    assert FLOW.record_step.title in final[0].text
    assert chat.state.check is not None and chat.state.check.finished
