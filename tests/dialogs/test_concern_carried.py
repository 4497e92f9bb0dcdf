"""A risk of harm signposted before or during a consent check is remembered (as a flag) until
the check's outcome, which then always carries the protection reminder, whatever the path."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from bot.app import Core
from dialogs.check_outcome import CONCERN_LEAD
from dialogs.contract import Reply
from dialogs.facts import KeptRecord
from knowledge.flow_graph import all_paths, graph_problems
from knowledge.flow_pack import AnswerKey, FlowOutcome
from tests.support.core import FIXED_NOW, Chat
from tests.support.packs import builtin_knowledge

FLOW = builtin_knowledge().flow
PATHS = all_paths(FLOW)
Path = tuple[tuple[tuple[str, AnswerKey], ...], FlowOutcome]
DISCLOSURE = "she told me her stepdad hits her"
PROCEDURES = "follow your child or adult protection procedures now"
QUIET = [p for p in PATHS if not p[1].protection_reminder]
REMINDING = [p for p in PATHS if p[1].protection_reminder]


def _id(path: Path) -> str:
    return "-".join(f"{s}={a.value}" for s, a in path[0]) + f"->{path[1].id}"


def _answer(chat: Chat, steps: tuple[tuple[str, AnswerKey], ...], *, told_at: int = -1) -> Reply:
    """Press each answer of `steps` (typing the disclosure before answer `told_at`); the
    outcome's reply."""
    replies: list[Reply] = []
    for i, (step, answer) in enumerate(steps):
        if i == told_at:
            told = chat.send(DISCLOSURE)
            assert told[0].risk_of_harm, "the disclosure is signposted first"
        question = FLOW.question(step)
        assert question is not None
        replies = chat.press(question.label(answer))
    return next(r for r in replies if r.outcome is not None)


def test_there_are_outcomes_with_and_without_their_own_reminder() -> None:
    assert QUIET and REMINDING


@pytest.mark.parametrize("path", QUIET, ids=[_id(p) for p in QUIET])
def test_a_disclosure_before_the_check_puts_the_reminder_on_every_outcome(
    chat: Chat, path: Path
) -> None:
    assert chat.send(DISCLOSURE)[0].risk_of_harm
    chat.send("check")
    outcome = _answer(chat, path[0])
    assert CONCERN_LEAD in outcome.text
    assert PROCEDURES in outcome.text.split(CONCERN_LEAD, 1)[1].lower()


@pytest.mark.parametrize("path", QUIET, ids=[_id(p) for p in QUIET])
def test_a_disclosure_during_the_check_puts_the_reminder_on_every_outcome(
    chat: Chat, path: Path
) -> None:
    chat.send("check")
    outcome = _answer(chat, path[0], told_at=len(path[0]) - 1)
    assert CONCERN_LEAD in outcome.text


@pytest.mark.parametrize("path", QUIET, ids=[_id(p) for p in QUIET])
def test_without_a_disclosure_those_outcomes_stay_as_they_were(chat: Chat, path: Path) -> None:
    chat.send("check")
    outcome = _answer(chat, path[0])
    assert CONCERN_LEAD not in outcome.text
    assert PROCEDURES not in outcome.text.lower()


@pytest.mark.parametrize("path", REMINDING, ids=[_id(p) for p in REMINDING])
def test_an_outcome_with_its_own_reminder_gives_it_once(chat: Chat, path: Path) -> None:
    assert chat.send(DISCLOSURE)[0].risk_of_harm
    chat.send("check")
    outcome = _answer(chat, path[0])
    assert CONCERN_LEAD not in outcome.text
    assert outcome.text.lower().count(PROCEDURES) == 1


def test_the_concern_belongs_to_one_check_and_survives_a_restart_and_going_back(
    chat: Chat,
) -> None:
    steps = QUIET[0][0]
    assert chat.send(DISCLOSURE)[0].risk_of_harm
    chat.send("check")
    chat.send("restart")
    chat.press(FLOW.question(steps[0][0]).label(steps[0][1]))  # type: ignore[union-attr]
    chat.send("back")
    assert CONCERN_LEAD in _answer(chat, steps).text
    chat.press("Start another check")
    assert CONCERN_LEAD not in _answer(chat, steps).text, "a later check is another case"


def test_the_state_keeps_a_flag_and_never_the_words(chat: Chat) -> None:
    assert chat.send(DISCLOSURE)[0].risk_of_harm
    kept = json.dumps(chat.state.to_json())
    assert chat.state.concern and '"concern": true' in kept
    assert "stepdad" not in kept and "hits" not in kept
    chat.send("check")
    kept = json.dumps(chat.state.to_json())
    assert chat.state.check is not None and chat.state.check.concern
    assert not chat.state.concern, "moved into the check"
    assert "stepdad" not in kept


@pytest.mark.parametrize("path", PATHS, ids=[_id(p) for p in PATHS])
def test_the_record_has_a_place_for_the_protection_steps_only_after_a_concern(
    core: Core, path: Path
) -> None:
    wanted = set(FLOW.concern_record)
    assert wanted, "the flow pack names the fields a concern adds"
    for concern in (True, False):
        chat = Chat(core)
        if concern:
            assert chat.send(DISCLOSURE)[0].risk_of_harm
        chat.send("check")
        _answer(chat, path[0])
        record = next(r.record for r in chat.history[::-1] if r.record is not None)
        fields = {e.id for e in record.entries}
        assert (wanted <= fields) is concern
        assert (wanted & fields == set()) is not concern


def test_a_kept_record_keeps_the_concern_flag_and_nothing_else_new() -> None:
    kept = KeptRecord(1, QUIET[0][1].id, QUIET[0][0], FIXED_NOW, FLOW.version, concern=True)
    data = kept.to_json()
    assert data["concern"] is True
    assert KeptRecord.from_json(data) == kept
    assert "concern" not in replace(kept, concern=False).to_json()
    assert KeptRecord.from_json(data | {"concern": "yes"}) == replace(kept, concern=False)


def test_a_concern_field_the_pack_does_not_define_is_a_problem() -> None:
    broken = replace(FLOW, concern_record=("no-such-field",))
    assert any("no-such-field" in p for p in graph_problems(broken))
    assert not graph_problems(FLOW)
