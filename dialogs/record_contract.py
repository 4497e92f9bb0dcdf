"""The decision record as the core hands it to the doors: the record itself and its form.

Part of the core/door contract (`dialogs.contract` re-exports these names).
"""

from __future__ import annotations

from typing import Any

from knowledge.flow_pack import Outcome
from knowledge.pack_values import Value
from knowledge.value_class import value_class

__all__ = ["DecisionRecord", "RecordEntry", "RecordForm", "RecordedAnswer"]


@value_class
class RecordedAnswer(Value):
    """One line of a decision record: a key question and the answer given."""

    number: int
    question: str
    answer: str


@value_class
class RecordEntry(Value):
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


@value_class
class RecordForm(Value):
    """A decision record's fields to fill in where the person is: a modal, a card, prompts.

    The core decides the fields; a door only renders them and sends the values back with the
    choice `submit_value`. Every field may be left blank; `max_chars` bounds each one.
    `open_value` is the choice that opens this form again, for a door that could not open it.
    `field_value` is the choice a door that prompts one field at a time (the terminal) sends
    with each field as it is typed, before the next prompt: the core reads it for a risk of
    harm then, so a signpost comes at the prompt where the harm was told, not after the last.
    """

    title: str
    intro: str
    fields: tuple[RecordEntry, ...]
    submit_label: str
    submit_value: str
    open_value: str
    max_chars: int = 1000
    field_value: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The structured form, for `infoshare chat --json`."""
        return {
            "title": self.title,
            "intro": self.intro,
            "fields": [f.to_dict() for f in self.fields],
            "submit_label": self.submit_label,
            "submit_value": self.submit_value,
            "field_value": self.field_value,
            "max_chars": self.max_chars,
        }


@value_class
class DecisionRecord(Value):
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
