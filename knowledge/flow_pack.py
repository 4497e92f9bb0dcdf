"""The schema of the consent-check flow, and its checks as a graph."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class AnswerKey(StrEnum):
    """The answers a key question may offer, in the order their buttons appear.

    Every question offers yes and not sure; the rest offer no, or (key question 4) the three
    kinds of "no" the guidance tells apart: refused, not sought because asking would be unsafe,
    and not asked yet.
    """

    YES = "yes"
    NO = "no"
    REFUSED = "refused"
    UNSAFE_TO_ASK = "unsafe-to-ask"
    NOT_ASKED = "not-asked"
    NOT_SURE = "not-sure"


NO_LIKE = (AnswerKey.NO, AnswerKey.REFUSED, AnswerKey.UNSAFE_TO_ASK, AnswerKey.NOT_ASKED)
"""The answers that say "no" in some way: a question offers at least one of them."""

DEFAULT_ANSWER_LABELS: dict[AnswerKey, str] = {
    AnswerKey.YES: "Yes",
    AnswerKey.NO: "No",
    AnswerKey.REFUSED: "No: refused",
    AnswerKey.UNSAFE_TO_ASK: "Not sought: unsafe to ask",
    AnswerKey.NOT_ASKED: "Not asked yet",
    AnswerKey.NOT_SURE: "Not sure",
}


class Outcome(StrEnum):
    """Where a consent check ends: the kinds of outcome a flow pack may name."""

    SHARE = "share"
    DO_NOT_SHARE = "do-not-share"
    SEEK_ADVICE = "seek-advice"


_ID = r"^[a-z][a-z0-9-]{0,30}$"


class FlowQuestion(_Strict):
    """A key question: its text, its help, and where each answer leads."""

    id: str = Field(pattern=_ID)
    number: int = Field(ge=1, le=7)
    text: str = Field(min_length=3)
    help: str = Field(min_length=3)
    guide: str | None = None
    """Said before the question (what to do first, what to tell the person)."""
    answers: dict[AnswerKey, str]
    answer_labels: dict[AnswerKey, str] = Field(default_factory=dict)
    answer_descriptions: dict[AnswerKey, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _answers_are_sound(self) -> FlowQuestion:
        missing = [a.value for a in (AnswerKey.YES, AnswerKey.NOT_SURE) if a not in self.answers]
        if missing:
            raise ValueError(f"answers for {', '.join(missing)} are missing")
        if not any(a in self.answers for a in NO_LIKE):
            raise ValueError("no answer says no (no, refused, unsafe-to-ask or not-asked)")
        stray = [a.value for a in (*self.answer_labels, *self.answer_descriptions)]
        stray = [a for a in stray if AnswerKey(a) not in self.answers]
        if stray:
            raise ValueError(f"labels for answers not offered: {', '.join(stray)}")
        return self

    @property
    def offered(self) -> tuple[AnswerKey, ...]:
        """The answers this question offers, in button order."""
        return tuple(a for a in AnswerKey if a in self.answers)

    def label(self, answer: AnswerKey) -> str:
        """The button label for `answer` at this question."""
        return self.answer_labels.get(answer, DEFAULT_ANSWER_LABELS[answer])

    def description(self, answer: AnswerKey) -> str:
        """What a screen reader says for `answer`'s button."""
        return self.answer_descriptions.get(
            answer, f"{self.label(answer)}: answer to key question {self.number}"
        )


class RecordField(_Strict):
    """One place in a decision record: free text (one line or `long`), or one of `options`.

    Option keys are what a form sends back; the labels are what the record says.
    """

    id: str = Field(pattern=_ID)
    label: str = Field(min_length=3, max_length=150)
    long: bool = False
    options: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _options_are_ids(self) -> RecordField:
        if any(not re.match(_ID, key) for key in self.options):
            raise ValueError(f"field {self.id!r}: option keys must be ids")
        return self


class FlowOutcome(_Strict):
    """Where a path ends; `protection_reminder` adds the reminder to follow protection
    procedures (and the safeguarding contacts) to it."""

    id: str = Field(pattern=_ID)
    kind: Outcome
    title: str = Field(min_length=3)
    explanation: str = Field(min_length=3)
    protection_reminder: bool = False
    tell_person: bool = True
    """For a share: whether the share steps include telling the person."""
    resumable: bool = False
    """The check can go back to the question that led here, keeping the answers before it."""
    record: tuple[str, ...] = Field(min_length=1)
    """The ids of the record fields that fit this outcome, in order."""


class ShareSteps(_Strict):
    """Key question 6: how to share safely."""

    title: str
    steps: tuple[str, ...] = Field(min_length=1)
    tell: str
    """The step of telling the person, left out where there is no person to tell."""

    def for_outcome(self, outcome: FlowOutcome | None = None) -> tuple[str, ...]:
        """The steps that fit `outcome` (all of them when None)."""
        if outcome is not None and not outcome.tell_person:
            return self.steps
        return (*self.steps, self.tell)


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
    record_fields: tuple[RecordField, ...] = Field(min_length=1)
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

    def fields_of(self, outcome: FlowOutcome) -> tuple[RecordField, ...]:
        """The record fields of `outcome`, in its order (unknown ids are left out)."""
        by_id = {f.id: f for f in self.record_fields}
        return tuple(by_id[i] for i in outcome.record if i in by_id)


def graph_problems(flow: FlowPack) -> list[str]:
    """Check the flow as a graph; return one plain sentence per problem (empty when sound).

    Checks: unique ids, a start that is a question, no dangling targets, every question and
    outcome reachable, no cycles (so every path ends in an outcome), question numbers that never
    go down along a path, "not sure" always leading to a seek-advice outcome, and record fields
    that exist.
    """
    problems: list[str] = []
    ids = [q.id for q in flow.questions] + [o.id for o in flow.outcomes]
    problems += [f"step id {i!r} is used more than once" for i in _repeated(ids)]
    field_ids = [f.id for f in flow.record_fields]
    problems += [f"record field {i!r} is defined more than once" for i in _repeated(field_ids)]
    for o in flow.outcomes:
        problems += [
            f"outcome {o.id!r}: record field {i!r} is not defined"
            for i in o.record
            if i not in field_ids
        ]
        problems += [
            f"outcome {o.id!r}: record field {i!r} is repeated" for i in _repeated(o.record)
        ]
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
        unsure = flow.outcome(q.answers[AnswerKey.NOT_SURE])
        if unsure is not None and unsure.kind != "seek-advice":
            problems.append(f"question {q.id!r}: 'not sure' must lead to seeking advice")
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
            following = questions.get(target)
            if following is not None and following.number < question.number:
                problems.append(
                    f"question {target!r} (key question {following.number}) follows "
                    f"{step!r} (key question {question.number}): the numbers go down"
                )
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
        for answer in question.offered:
            walk(question.answers[answer], (*taken, (step, answer)))

    walk(flow.start, ())
    return found
