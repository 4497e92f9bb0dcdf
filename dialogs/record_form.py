"""Decision records with the places that fit each outcome, and the form to fill them in.

Golden rule 7: record the decision and the reasons, whether or not you share, and if you share,
what was shared, with whom and why. The flow pack says which fields fit each outcome; this
module turns them into a `DecisionRecord` (blank, or completed from a submitted form) and the
`RecordForm` a door renders. What a person types into the form is used once, to write the
completed record, and then forgotten: nothing here keeps it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogs.choices import field_value, form_value, submit_value
from dialogs.clean_input import clean_input
from dialogs.contract import DecisionRecord, Outcome, RecordedAnswer, RecordEntry, RecordForm
from dialogs.state import CheckProgress
from knowledge.flow_pack import FlowOutcome, FlowPack, RecordField

if TYPE_CHECKING:
    from datetime import datetime

MAX_FIELD_CHARS = 1000
"""The longest text one field takes; a longer submission is cut there."""
MAX_SHORT_FIELD_CHARS = 200

FORM_INTRO = (
    "Fill in what you can; every field may be left blank. Use roles, not names, and don't type "
    "details that could identify anyone: add those in your case system. What you type is put "
    "into the record once, shown back to you to copy, and not kept by this assistant."
)


class RecordBuilder:
    """Writes the decision record of a finished run, blank or completed, and its form."""

    def __init__(self, flow: FlowPack) -> None:
        self._flow = flow

    def record(
        self,
        progress: CheckProgress,
        now: datetime,
        values: tuple[tuple[str, str], ...] = (),
    ) -> DecisionRecord:
        """The record of a finished run, with `values` (field id, text) written in.

        Raises:
            ValueError: the run's step is not an outcome, or an answer names no question.
        """
        outcome = self._outcome(progress)
        answers = []
        for step, answer in progress.answers:
            question = self._flow.question(step)
            if question is None:
                raise ValueError(f"step {step!r} is not a question")
            answers.append(RecordedAnswer(question.number, question.text, question.label(answer)))
        fields = self._flow.fields_of(outcome, concern=progress.concern)
        written = cleaned(fields, values)
        return DecisionRecord(
            created_at=now.strftime("%Y-%m-%d %H:%M %Z").strip(),
            guidance=self._flow.guidance,
            flow_version=self._flow.version,
            answers=tuple(answers),
            outcome=Outcome(outcome.kind),
            outcome_title=outcome.title,
            entries=tuple(_entry(f, written.get(f.id, "")) for f in fields),
        )

    def form(self, progress: CheckProgress) -> RecordForm:
        """The form for the record of a finished run: its fields, all blank."""
        outcome = self._outcome(progress)
        return RecordForm(
            title="Decision record",
            intro=FORM_INTRO,
            fields=tuple(
                _entry(f, "") for f in self._flow.fields_of(outcome, concern=progress.concern)
            ),
            submit_label="Write the record",
            submit_value=submit_value(progress.run),
            max_chars=MAX_FIELD_CHARS,
            open_value=form_value(progress.run),
            field_value=field_value(progress.run),
        )

    def _outcome(self, progress: CheckProgress) -> FlowOutcome:
        outcome = self._flow.outcome(progress.step)
        if outcome is None:
            raise ValueError(f"step {progress.step!r} is not an outcome")
        return outcome


def cleaned(fields: tuple[RecordField, ...], values: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """The submitted values that fit `fields`: known ids only, known options only, safe text.

    Control characters and markup are dropped, blank lines squeezed, and each value cut to its
    field's length; anything else a door sent (unknown ids, a second value for one field) is
    ignored.
    """
    by_id = {f.id: f for f in fields}
    kept: dict[str, str] = {}
    for field_id, raw in values:
        field = by_id.get(field_id)
        if field is None or field_id in kept or not isinstance(raw, str):
            continue
        if field.options:
            if raw in field.options:
                kept[field_id] = raw
            continue
        limit = MAX_FIELD_CHARS if field.long else MAX_SHORT_FIELD_CHARS
        lines = [clean_input(line) for line in raw[: limit * 2].splitlines()]
        text = "\n".join(line for line in lines if line) if field.long else " ".join(lines)
        text = text.strip()[:limit]
        if text:
            kept[field_id] = text
    return kept


def _entry(field: RecordField, value: str) -> RecordEntry:
    return RecordEntry(
        id=field.id,
        label=field.label,
        value=value,
        long=field.long,
        options=tuple(field.options.items()),
    )
