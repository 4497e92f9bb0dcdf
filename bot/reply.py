"""What the core hands back to a door: platform-neutral `Reply` values.

Text uses a small Markdown subset that every door can render: ``**bold**``, ``*italic*``, lines
starting ``- `` for bullets, and ``[label](https://…)`` links.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Outcome(StrEnum):
    """Where a consent check ends."""

    SHARE = "share"
    DO_NOT_SHARE = "do-not-share"
    SEEK_ADVICE = "seek-advice"


@dataclass(frozen=True, slots=True)
class Choice:
    """A button. Its value names the step it answers, so a late press is recognised."""

    label: str
    value: str
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Card:
    """A quoted answer or summary: title, body, optional facts and the source line."""

    title: str
    body: str
    facts: tuple[tuple[str, str], ...] = ()
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used by `infoshare chat --json`."""
        return {
            "title": self.title,
            "body": self.body,
            "facts": [{"name": n, "value": v} for n, v in self.facts],
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class RecordedAnswer:
    """One line of a decision record: a key question and the answer given."""

    number: int
    question: str
    answer: str


@dataclass(frozen=True, slots=True)
class RecordEntry:
    """One place in a decision record: a label and what was written there ("" for blank).

    A field with `options` is a pick-one: its value is one option's key, shown by its label.
    """

    id: str
    label: str
    value: str = ""
    long: bool = False
    options: tuple[tuple[str, str], ...] = ()

    def shown(self) -> str:
        """The value as the record shows it: an option's label, or the text as written."""
        return dict(self.options).get(self.value, self.value) if self.options else self.value

    def to_dict(self) -> dict[str, Any]:
        """The structured form."""
        return {
            "id": self.id,
            "label": self.label,
            "value": self.value,
            "long": self.long,
            "options": [{"value": k, "label": v} for k, v in self.options],
        }


@dataclass(frozen=True, slots=True)
class RecordForm:
    """A decision record's fields to fill in where the person is: a modal, a card, prompts.

    The core decides the fields; a door only renders them and sends the values back with the
    choice `submit_value`. Every field may be left blank; `max_chars` bounds each one.
    """

    title: str
    intro: str
    fields: tuple[RecordEntry, ...]
    submit_label: str
    submit_value: str
    max_chars: int = 1000

    def to_dict(self) -> dict[str, Any]:
        """The structured form, for `infoshare chat --json`."""
        return {
            "title": self.title,
            "intro": self.intro,
            "fields": [f.to_dict() for f in self.fields],
            "submit_label": self.submit_label,
            "submit_value": self.submit_value,
            "max_chars": self.max_chars,
        }


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """What a practitioner pastes into case notes at the end of a consent check.

    `entries` are the places that fit the outcome (golden rule 7), blank or completed.
    """

    created_at: str
    guidance: str
    flow_version: str
    answers: tuple[RecordedAnswer, ...]
    outcome: Outcome
    outcome_title: str
    entries: tuple[RecordEntry, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The structured form, for doors that render the record themselves."""
        return {
            "created_at": self.created_at,
            "guidance": self.guidance,
            "flow_version": self.flow_version,
            "answers": [
                {"number": a.number, "question": a.question, "answer": a.answer}
                for a in self.answers
            ],
            "outcome": self.outcome.value,
            "outcome_title": self.outcome_title,
            "entries": [e.to_dict() for e in self.entries],
        }

    def as_text(self) -> str:
        """Plain text that pastes cleanly into case notes (no markup, no emoji)."""
        lines = [
            "INFORMATION SHARING DECISION RECORD",
            f"Date and time: {self.created_at}",
            f"Guidance: {self.guidance}",
            f"Checklist version: {self.flow_version}",
            "",
            "Key questions and answers:",
        ]
        lines += [f"  Q{a.number}. {a.question} -- {a.answer}" for a in self.answers]
        lines += ["", f"Outcome: {self.outcome_title}"]
        for entry in self.entries:
            shown = entry.shown().splitlines() or ["______________________________"]
            lines += ["", f"{entry.label}:", *(f"  {line}" for line in shown)]
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Reply:
    """One message from the assistant.

    `risk_of_harm` marks the signpost to protection procedures, given because the message may
    describe a risk of harm; doors show it prominently. `form` asks the door to let the person
    fill in a decision record's fields (a modal, a card with inputs, prompts).
    """

    text: str
    choices: tuple[Choice, ...] = ()
    card: Card | None = None
    outcome: Outcome | None = None
    record: DecisionRecord | None = None
    risk_of_harm: bool = False
    form: RecordForm | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON object `infoshare chat --json` prints for this reply."""
        return {
            "text": self.text,
            "choices": [{"label": c.label, "value": c.value} for c in self.choices],
            "card": self.card.to_dict() if self.card else None,
            "outcome": self.outcome.value if self.outcome else None,
            "record": self.record.to_dict() if self.record else None,
            "risk_of_harm": self.risk_of_harm,
            "form": self.form.to_dict() if self.form else None,
        }
