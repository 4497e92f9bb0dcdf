"""Decision records filled in within the chat, and asked for again: "my last record".

A record form's fields are written into the completed record once and forgotten: nothing here
returns them to the state or to the turn's facts.

The core never stores a record itself. When an organisation turns keeping on
(`INFOSHARE_KEEP_RECORDS`), the house keeps each finished check as ids (a `KeptRecord`) with an
expiry, and hands the last one back in the `TurnContext` when the person asks for it; the words
are written again here from the flow pack.
"""

from __future__ import annotations

from dialogs.choices import (
    Command,
    FormPick,
    RecordSubmit,
    bound_value,
    command_value,
    form_value,
)
from dialogs.consent_check import ConsentCheck
from dialogs.contract import Choice, Outcome, Reply
from dialogs.facts import Clock, KeptRecord, TurnContext
from dialogs.privacy import looks_identifying
from dialogs.state import CheckProgress
from dialogs.texts import Texts
from knowledge.loader import Knowledge

_AFTER = (
    Choice("Start a consent check", command_value(Command.CHECK)),
    Choice("Browse topics", command_value(Command.TOPICS)),
)


class RecordReplies:
    """Turns a finished check into a `KeptRecord`, and a kept record back into its reply."""

    def __init__(
        self, knowledge: Knowledge, check: ConsentCheck, known_words: frozenset[str] = frozenset()
    ) -> None:
        self._flow = knowledge.flow
        self._check = check
        self._texts = Texts(knowledge)
        self._known_words = known_words
        self._names = frozenset(knowledge.risk.also_names), frozenset(knowledge.risk.given_names)

    def fill(
        self,
        check: CheckProgress | None,
        pick: FormPick | RecordSubmit,
        fields: tuple[tuple[str, str], ...],
        now: Clock,
        context: TurnContext,
    ) -> list[Reply] | None:
        """The form of a finished check's record, or the record completed with `fields`.

        None when the pick belongs to no finished check in this conversation (ended, restarted
        or expired), so nothing is written.
        """
        if check is None or not check.finished or pick.run != check.run:
            return None
        if isinstance(pick, FormPick):
            return [self._check.form(check)]
        record = self._check.record(check, now(), fields)
        written = " ".join(text for _, text in fields[:40])
        warning = (
            [self._texts.identifying_warning(context.questions_kept)]
            if looks_identifying(written[:4000], self._known_words, *self._names)
            else []
        )
        return [
            *warning,
            Reply(
                text="Here is your completed record. Copy it into your case notes now: I haven't "
                "kept what you typed.\n\n" + record.as_text(),
                record=record,
                choices=(
                    Choice("Fill it in again", form_value(check.run)),
                    Choice("Start another check", bound_value(Command.CHECK, check.run)),
                ),
            ),
        ]

    @staticmethod
    def expired() -> Reply:
        """A record form, or its button, from a check that has ended or expired."""
        return Reply(
            text="That record belongs to a consent check that has ended or expired, so I can't "
            "fill it in now. Start a new check to get a new record."
        )

    @staticmethod
    def under_way() -> Reply:
        """A record form, or its button, from a check that went on again (after advice, or
        an answer changed) and is still under way."""
        return Reply(
            text="That record is from before the check went on again. The check is still under "
            "way, so I haven't filled it in: finish it and it ends with an up-to-date record."
        )

    def finished(self, progress: CheckProgress, now: Clock) -> tuple[KeptRecord, Outcome]:
        """The ids of a check that has just ended, and its outcome."""
        outcome = self._flow.outcome(progress.step)
        kind = Outcome(outcome.kind) if outcome is not None else Outcome.SEEK_ADVICE
        kept = KeptRecord(
            run=progress.run,
            outcome_step=progress.step,
            answers=progress.answers,
            created_at=now(),
            flow_version=self._flow.version,
            concern=progress.concern,
        )
        return kept, kind

    def again(self, check: CheckProgress | None, context: TurnContext, now: Clock) -> list[Reply]:
        """The reply to "my record": the check just finished in this conversation, if there
        is one, else the last record the house kept."""
        shown = self._check.record_again(check, now) if check is not None else None
        if shown is None and check is not None and not context.records_kept:
            # Under way (again, after "Change my last answer"): its record comes at its end.
            return [
                Reply(
                    text="Your check is under way, so there's no record of it yet: it ends with "
                    "one, ready to fill in here or to copy into your case notes."
                )
            ]
        return [shown] if shown is not None else self.show(context, now)

    def fill_in(self, check: CheckProgress | None) -> list[Reply]:
        """The reply to "fill in the record": the form of the check just finished."""
        if check is not None and check.finished:
            return [self._check.form(check)]
        return [
            Reply(
                text="There's no record to fill in yet: each consent check ends with one, "
                "ready to fill in here or to copy into your case notes.",
                choices=_AFTER,
            )
        ]

    def show(self, context: TurnContext, now: Clock) -> list[Reply]:
        """The reply to "my last record" from the records the house kept."""
        if not context.records_kept:
            return [
                Reply(
                    text="I don't keep decision records: your organisation hasn't turned that "
                    "on, so nothing from a check is stored once it ends. When a check finishes, "
                    "copy the record from my last message straight into your case notes.",
                    choices=_AFTER,
                )
            ]
        kept = context.last_record
        days = _days(context.record_days)
        if kept is None or kept.flow_version != self._flow.version:
            return [
                Reply(
                    text=f"I don't have a record for you. Records are kept for {days} after a "
                    "check ends, and only for checks finished here with the current checklist.",
                    choices=_AFTER,
                )
            ]
        progress = CheckProgress(
            kept.run, kept.outcome_step, kept.answers, finished=True, concern=kept.concern
        )
        try:
            record = self._check.record(progress, kept.created_at)
        except ValueError:  # the flow pack has changed shape since the record was kept
            return [Reply(text="I can't rebuild that record with the current checklist.")]
        return [
            Reply(
                text=f"Here is your last decision record, kept for {days} from when the check "
                "ended. Copy it into your case notes, then add your reasons.\n\n"
                + record.as_text(),
                record=record,
                choices=_AFTER,
            )
        ]


def _days(days: float) -> str:
    whole = round(days)
    if abs(days - whole) < 1e-9:
        return f"{whole} day{'s' if whole != 1 else ''}"
    return f"{days:g} days"
