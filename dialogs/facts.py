"""What happened in a turn, as ids and numbers only, for the logs and the Q&A owners' insight.

`TurnFacts` never holds message text: it is safe to log whole. `TurnContext` is what the house
tells the pure core before a turn: whether decision records are kept, the record to show again,
and an opaque id to remember a question by. A `KeptRecord` is a finished check in ids: the
record's words are rebuilt from the flow pack whenever it is shown.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeAlias

from dialogs.contract import Outcome
from knowledge.flow_pack import AnswerKey
from knowledge.lazy_pattern import LazyPattern
from knowledge.pack_values import Value
from knowledge.value_class import value_class

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

# Only reading a stored or clicked value checks these (compiled then), not a typed question.
REF_PATTERN = LazyPattern(r"^[0-9a-f]{32}$")
_STEP = LazyPattern(r"^[a-z][a-z0-9-]{0,30}$")

Clock: TypeAlias = "Callable[[], datetime]"
"""The time of a turn, read only when a decision record is made out: reading it in the
records' time zone imports `zoneinfo` (and `datetime`), which a turn without a record (every
`infoshare ask`) need not. Read more than once in a turn, it gives the same time."""


def fixed_clock(moment: datetime) -> Clock:
    """The clock of a turn whose time is already read (or fixed, to decide as at `moment`)."""
    return lambda: moment


class TurnKind(StrEnum):
    """What the assistant did with a turn."""

    ANSWERED = "answered"  # a typed question answered with a quoted entry
    SUGGESTED = "suggested"  # "Did you mean…"
    DECLINED = "declined"  # nothing in the Q&A fits
    NOT_COVERED = "not-covered"  # a nearby topic the Q&A does not answer
    OFF_TOPIC = "off-topic"
    OFFER_CHECK = "offer-check"  # "can I share?" with no entry to quote: the check is offered
    TOPIC = "topic"  # an entry shown from a button
    CHECK = "check"  # a consent-check step (start, answer, back, why)
    RECORD = "record"  # the last decision record, asked for again
    COMMAND = "command"  # help, topics, rules, about, cancel…
    SMALL_TALK = "small-talk"
    OTHER = "other"  # empty text, stale or unknown buttons


@value_class
class KeptRecord(Value):
    """A finished consent check as ids: enough to write its decision record again."""

    run: int
    outcome_step: str
    answers: tuple[tuple[str, AnswerKey], ...]
    created_at: datetime
    flow_version: str
    concern: bool = False
    """Whether a risk of harm was signposted before or during the check."""

    def to_json(self) -> dict[str, Any]:
        """The form kept in the store (ids, answer keys and a time: no free text)."""
        return {
            "format": 1,
            "run": self.run,
            "outcome": self.outcome_step,
            "answers": [[s, a.value] for s, a in self.answers],
            "created_at": self.created_at.isoformat(),
            "flow_version": self.flow_version,
            **({"concern": True} if self.concern else {}),
        }

    @classmethod
    def from_json(cls, data: object) -> KeptRecord | None:
        """Rebuild a kept record; None for anything malformed."""
        try:
            if not isinstance(data, dict) or data.get("format") != 1:
                return None
            answers = tuple((_step(s), AnswerKey(a)) for s, a in data["answers"])
            run = data["run"]
            if isinstance(run, bool) or not isinstance(run, int):
                return None
            from datetime import datetime  # noqa: PLC0415 (only a kept record: see `Clock`)

            created = datetime.fromisoformat(str(data["created_at"]))
            return cls(
                run=run,
                outcome_step=_step(data["outcome"]),
                answers=answers,
                created_at=created,
                flow_version=str(data["flow_version"])[:40],
                concern=data.get("concern") is True,
            )
        except (KeyError, TypeError, ValueError):
            return None


def _step(value: object) -> str:
    if not isinstance(value, str) or not _STEP.match(value):
        raise ValueError("bad step id")
    return value


@value_class
class TurnContext(Value):
    """What the house tells the core before a turn.

    Attributes:
        records_kept: the organisation keeps decision records (`INFOSHARE_KEEP_RECORDS`).
        record_days: how long a kept record lasts, to say so.
        last_record: this person's last kept record, looked up only when they ask for it.
        question_ref: a fresh opaque id; the core keeps it in state when it declines or
            suggests, so a pick on the next turn can be linked to the (redacted) question.
            None when question text is not kept.
        questions_kept: redacted question text is kept (`INFOSHARE_INSIGHT=text`), so the
            privacy reminder must not say that nothing typed is kept.
        reminded_here: this person was given the privacy reminder in the turn's `Turn.room`
            today (the house keeps a hashed key and the date, nothing else).
    """

    records_kept: bool = False
    record_days: float = 0
    last_record: KeptRecord | None = None
    question_ref: str | None = None
    questions_kept: bool = False
    reminded_here: bool = False


@value_class
class TurnFacts(Value):
    """What happened, in ids and numbers. Safe to log: no text, no user ids.

    Attributes:
        kind: what the assistant did.
        entry: the Q&A entry answered or shown.
        score: the matcher's score for `entry` (typed questions only).
        suggestions: the entries offered as "Did you mean…".
        suggestion_scores: the matcher's scores for `suggestions`, in the same order.
        topic: the not-covered topic id.
        step: the consent-check step reached (a question or outcome id).
        outcome: the check's outcome, when it ended this turn.
        question_ref: the id this turn's question is remembered by (see `TurnContext`).
        picked_ref: the remembered question that `entry` was picked for, on the turn after.
        record: the finished check, when it ended this turn (to keep, if records are on).
        risk_of_harm: the replies led with the signpost to protection procedures, because the
            message described a possible risk of harm to a child or an adult.
        reminded: the replies gave the privacy reminder (for the house to note, in a room).
    """

    kind: TurnKind
    entry: int | None = None
    score: float | None = None
    suggestions: tuple[int, ...] = ()
    suggestion_scores: tuple[float, ...] = ()
    topic: str | None = None
    step: str | None = None
    outcome: Outcome | None = None
    question_ref: str | None = None
    picked_ref: str | None = None
    record: KeptRecord | None = None
    risk_of_harm: bool = False
    reminded: bool = False

    def log_fields(self) -> dict[str, object]:
        """The facts as log fields (the names `bot.logs` lets through); unset ones left out."""
        fields: dict[str, object] = {
            "kind": self.kind.value,
            "entry": self.entry,
            "score": self.score,
            "suggestions": list(self.suggestions) or None,
            "topic": self.topic,
            "step": self.step,
            "outcome": self.outcome.value if self.outcome else None,
            "picked": self.entry if self.picked_ref else None,
            "risk_of_harm": True if self.risk_of_harm else None,
        }
        return {k: v for k, v in fields.items() if v is not None}
