"""One turn run on its conversation as stored, and saved once (`bot.pipeline` claims the event
first): the core decides on the state read, the new state is saved only if its version is still
the one read, else the conversation is read again and the turn run again. An event already
applied is answered by replaying the turn saved with it; each turn's line in the log.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.claims import Hold
from bot.core_decisions import CoreDecisions
from bot.observer import hashed_ids
from bot.retry_button import retried
from bot.room_reminders import RoomReminders
from bot.stored_conversation import DecidedEarly, StoredConversation
from bot.stores.protocol import ClaimLost, Conflict, NotWritten, Store, Versioned
from dialogs.contract import Answer, Reply, Turn
from dialogs.facts import TurnFacts

_log = logging.getLogger("infoshare.turns")
_MAX_ATTEMPTS = 5

BUSY_REPLY = Reply(
    text="Sorry, I couldn't keep up with two of your messages arriving at once. "
    "Please send your last message again."
)


class SaveInDoubt(Exception):
    """A turn failed once its save was sent: it may have been saved (its answer is then the
    one to replay), so its event is kept until the lease ends."""


@dataclass(slots=True)
class _Sending:
    """Watches a turn's run: a failure once a save was sent, and not refused, leaves it as a
    `SaveInDoubt` (a lost claim, or a save known `NotWritten`, leaves as it came)."""

    save: bool = False
    """A save was sent and not refused (a conflict or a lost claim is a refusal)."""

    @contextmanager
    def watching(self) -> Iterator[_Sending]:
        """Watch the run within."""
        try:
            yield self
        except (ClaimLost, NotWritten):
            raise
        except Exception as exc:
            if self.save:
                raise SaveInDoubt(type(exc).__name__) from exc
            raise


class TurnRuns:
    """Runs a claimed turn on the stored conversation, saving it under optimistic versions."""

    def __init__(
        self,
        store: Store,
        decisions: CoreDecisions,
        observer: RoomReminders,
        *,
        clock: Callable[[], datetime],
        dialog_ttl_seconds: float,
        undelivered: Callable[[str, str], Awaitable[bool]],
        delivered: Callable[[str], Awaitable[int]],
        event_ttl_seconds: float,
    ) -> None:
        """The pipeline's store, the core's decisions, the observer told of each answered turn,
        the time of a turn, how long an idle conversation is kept, whether an event's answer
        never reached the person (`EventClaims.undelivered`: the event, the key of its
        conversation), how many parts of an event's answer arrived before it was given up
        (`EventClaims.delivered`), and how long a delivered event is remembered as such."""
        self._undelivered = undelivered
        self._delivered = delivered
        # Only while an answered event is surely still remembered as delivered can a turn sent
        # again be told from one whose answer was lost: half the span, since the clocks of two
        # instances (the turn's time, the store's expiry) need not agree.
        self._replay_window = timedelta(seconds=event_ttl_seconds / 2)
        self._store = store
        self._decisions = decisions
        self._observer = observer
        self._clock = clock
        self._dialog_ttl = dialog_ttl_seconds

    async def apply(
        self,
        turn: Turn,
        hold: Hold | None,
        stored: Versioned | None,
        started: float,
        placed: DecidedEarly | None,
    ) -> Answer:
        """Run the turn on the conversation as read (`stored`, with a `hold`), saving under the
        event's claim; on a conflict, read it again and run again. `placed`: the turn decided
        already (`TurnPipeline.goes_private`), used if the conversation has not moved since.

        Raises:
            SaveInDoubt: a failure once a save was sent and not refused (it may have landed;
                not `NotWritten`, which says it did not).
            ClaimLost: the event passed on before the save (nothing saved).
            Exception: any other failure, before anything was saved.
        """
        with _Sending().watching() as sending:
            key = turn.key.as_str()
            event = None if hold is None else hold.claim.event_id
            failed_id, turn = retried(turn)
            failed = None if failed_id is None else event_key_of(turn, failed_id)
            context = (
                placed.decision[3] if placed is not None else await self._observer.context(turn)
            )
            for attempt in range(_MAX_ATTEMPTS):
                if hold is None or attempt > 0:
                    stored = await self._store.get(key)
                conversation = StoredConversation.from_json(stored.value if stored else None)
                if failed is not None and conversation.replay_of(failed):
                    event = failed  # it was saved after all: answer it again
                if event is not None and conversation.has_applied(event):
                    replay = conversation.replay_of(event)
                    if replay is None:  # answered, and the person has moved on since
                        log_turn("duplicate", turn, started)
                        return Answer([])
                    _, replies, _, _ = await self._decisions.decide(
                        replay.before, turn, replay.at, context
                    )
                    log_turn("replayed", turn, started, replies)
                    return Answer(replies, replayed=True, delivered=await self._delivered(event))
                again = conversation.sent_again(turn, event)
                # The same button pressed again, or the same answer typed again, under a new event:
                # on a platform that does not send a failed event again (Teams tells the person, who
                # sends it again), this is the only way an answer saved by a process killed before
                # delivering it (a check's outcome) still reaches the person. Replayed, and made the
                # turn a re-delivery replays, only if that answer was never delivered.
                if (
                    again
                    and hold
                    and self._clock() - again.at <= self._replay_window
                    and await self._undelivered(again.event, key)
                ):
                    sending.save = True
                    try:
                        await self._store.put(
                            key,
                            conversation.answered_again(again, hold.claim.event_id, turn).to_json(),
                            expected_version=stored.version if stored else None,
                            ttl_seconds=self._dialog_ttl,
                            claim=hold.claim,
                        )
                    except Conflict:
                        sending.save = False  # refused: nothing saved
                        continue
                    _, replies, _, _ = await self._decisions.decide(
                        again.before, turn, again.at, context
                    )
                    log_turn("replayed", turn, started, replies)
                    return Answer(
                        replies, replayed=True, delivered=await self._delivered(again.event)
                    )
                if placed is not None and placed.holds_for(turn, stored):
                    now, (new_state, replies, facts, context) = placed.now, placed.decision
                else:
                    now = self._clock()
                    new_state, replies, facts, context = await self._decisions.decide(
                        conversation.state, turn, now, context
                    )
                placed = None  # after a conflict, the conversation has moved on: decide afresh
                sending.save = True
                try:
                    await self._store.put(
                        key,
                        conversation.after(
                            event, new_state, now, turn.action, None if turn.edited else turn.text
                        ).to_json(),
                        expected_version=stored.version if stored else None,
                        ttl_seconds=self._dialog_ttl,
                        claim=None if hold is None else hold.claim,
                    )
                except Conflict:
                    sending.save = False
                    continue
                log_turn("answered", turn, started, replies, facts)
                await self._observer.observe(turn, facts)
                return Answer(replies)
            log_turn("conflict", turn, started)
            return Answer([BUSY_REPLY], apology=True)


def log_turn(
    what: str,
    turn: Turn,
    started: float,
    replies: Sequence[Reply] = (),
    facts: TurnFacts | None = None,
) -> None:
    """Log what became of `turn` (`what`: answered, replayed, duplicate, conflict), in ids and
    numbers only, with the milliseconds since `started` (`time.perf_counter`)."""
    if not _log.isEnabledFor(logging.INFO):
        return  # nothing to hash or gather for a line that would not be written
    outcome = next((r.outcome.value for r in replies if r.outcome), None)
    _log.info(
        what,
        extra={
            **hashed_ids(turn),
            "replies": len(replies),
            "outcome": outcome,
            **(facts.log_fields() if facts is not None else {}),
            "ms": round((time.perf_counter() - started) * 1000, 2),
        },
    )


def event_key(turn: Turn) -> str | None:
    """The store's key of the turn's platform event (None for a turn without one)."""
    return None if turn.event_id is None else event_key_of(turn, turn.event_id)


def event_key_of(turn: Turn, event_id: str) -> str:
    """The store's key of the event `event_id` of the turn's door."""
    return f"{turn.channel}|{event_id}"
