"""The schema of the consent-check flow, and its checks as a graph."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AnswerKey(StrEnum):
    """The three answers every key question offers."""

    YES = "yes"
    NO = "no"
    NOT_SURE = "not-sure"


DEFAULT_ANSWER_LABELS: dict[AnswerKey, str] = {
    AnswerKey.YES: "Yes",
    AnswerKey.NO: "No",
    AnswerKey.NOT_SURE: "Not sure",
}


class Outcome(StrEnum):
    """Where a consent check ends: the kinds of outcome a flow pack may name."""

    SHARE = "share"
    DO_NOT_SHARE = "do-not-share"
    SEEK_ADVICE = "seek-advice"


class FlowQuestion(_Strict):
    """A key question: its text, its help, and where each answer leads."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]{0,30}$")
    number: int = Field(ge=1, le=99)
    text: str = Field(min_length=3)
    help: str = Field(min_length=3)
    answers: dict[AnswerKey, str]
    answer_labels: dict[AnswerKey, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _every_answer_has_a_target(self) -> FlowQuestion:
        missing = [a.value for a in AnswerKey if a not in self.answers]
        if missing:
            raise ValueError(f"answers for {', '.join(missing)} are missing")
        return self

    def label(self, answer: AnswerKey) -> str:
        """The button label for `answer` at this question."""
        return self.answer_labels.get(answer, DEFAULT_ANSWER_LABELS[answer])


class FlowOutcome(_Strict):
    """Where a path ends; `protection_reminder` adds the reminder to follow protection
    procedures (and the safeguarding contacts) to it."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]{0,30}$")
    kind: Outcome
    title: str = Field(min_length=3)
    explanation: str = Field(min_length=3)
    protection_reminder: bool = False


class ShareSteps(_Strict):
    """Key question 6: how to share safely."""

    title: str
    steps: tuple[str, ...] = Field(min_length=1)


class RecordStep(_Strict):
    """Key question 7: recording the decision."""

    title: str
    text: str


class SeekAdvice(_Strict):
    """The lead-in to the list of people to ask."""

    text: str


class FlowPack(_Strict):
    """A file of kind `flow`: the whole consent check."""

    kind: Literal["flow"]
    version: str = Field(min_length=1)
    guidance: str = Field(min_length=1)
    start: str
    urgent_note: str
    privacy_note: str
    intro: str
    questions: tuple[FlowQuestion, ...] = Field(min_length=1)
    outcomes: tuple[FlowOutcome, ...] = Field(min_length=1)
    share_steps: ShareSteps
    record_step: RecordStep
    seek_advice: SeekAdvice

    def question(self, step_id: str) -> FlowQuestion | None:
        """The question with this id, if any."""
        return next((q for q in self.questions if q.id == step_id), None)

    def outcome(self, step_id: str) -> FlowOutcome | None:
        """The outcome with this id, if any."""
        return next((o for o in self.outcomes if o.id == step_id), None)


def graph_problems(flow: FlowPack) -> list[str]:
    """Check the flow as a graph; return one plain sentence per problem (empty when sound).

    Checks: unique ids and numbers, a start that is a question, no dangling targets, every
    question and outcome reachable, and no cycles (so every path ends in an outcome).
    """
    problems: list[str] = []
    ids = [q.id for q in flow.questions] + [o.id for o in flow.outcomes]
    problems += [f"step id {i!r} is used more than once" for i in _repeated(ids)]
    numbers = [q.number for q in flow.questions]
    problems += [f"question number {n} is used more than once" for n in _repeated(numbers)]
    questions = {q.id: q for q in flow.questions}
    known = set(ids)
    if flow.start not in questions:
        problems.append(f"start {flow.start!r} is not the id of a question")
    for q in flow.questions:
        for answer, target in q.answers.items():
            if target not in known:
                problems.append(
                    f"question {q.id!r}: answer {answer.value!r} leads to {target!r}, "
                    "which is neither a question nor an outcome"
                )
    if problems:
        return problems
    reached: set[str] = set()
    on_path: list[str] = []

    def visit(step: str) -> None:
        if step in on_path:
            cycle = " -> ".join([*on_path[on_path.index(step) :], step])
            problems.append(f"the flow loops back on itself: {cycle}")
            return
        if step in reached:
            return
        reached.add(step)
        question = questions.get(step)
        if question is None:
            return
        on_path.append(step)
        for target in question.answers.values():
            visit(target)
        on_path.pop()

    visit(flow.start)
    problems += [f"step {i!r} cannot be reached from the start" for i in ids if i not in reached]
    return problems


def _repeated(items: Iterable[Hashable]) -> list[Hashable]:
    return [item for item, count in Counter(items).items() if count > 1]


def all_paths(flow: FlowPack) -> list[tuple[tuple[tuple[str, AnswerKey], ...], FlowOutcome]]:
    """Every path from the start to an outcome: the (question id, answer) pairs and the outcome.

    Used to generate tests, so that a change to the flow cannot go untested.
    """
    found: list[tuple[tuple[tuple[str, AnswerKey], ...], FlowOutcome]] = []

    def walk(step: str, taken: tuple[tuple[str, AnswerKey], ...]) -> None:
        outcome = flow.outcome(step)
        if outcome is not None:
            found.append((taken, outcome))
            return
        question = flow.question(step)
        if question is None:
            raise ValueError(f"step {step!r} is neither a question nor an outcome")
        for answer in AnswerKey:
            walk(question.answers[answer], (*taken, (step, answer)))

    walk(flow.start, ())
    return found
