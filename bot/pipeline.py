"""The turn pipeline: ignore repeats, load state, run the dialogs, save state once.

Several processes may serve one conversation at once (behind a load balancer, sharing a Redis
store). Turns of one conversation are serialised by optimistic versions rather than locks: a
turn reads the state and its version, runs the pure dialogs, and saves only if nobody saved in
between, else runs again on the fresh state. A lock would need a timeout long enough for the
slowest turn, and a process killed while holding it would stall that person for the whole
timeout; a lost race here costs one re-run of a sub-millisecond pure function.

Each platform event is claimed with a short lease before it runs, and finished (remembered
for the long de-duplication span) once the door has delivered the replies. A re-delivery that
finds the event leased waits: if the other process finishes, there is nothing more to send;
if that process died, its lease runs out and the re-delivery is answered by *replaying* the
saved turn (see `bot.stored_conversation`), so the person gets the same answer, once.

A process that is alive but cut off from the store (a store outage longer than the lease)
cannot renew its claim, so the event may pass to another process while the first is still
delivering. Every claim carries a new owner token, and the store refuses the turn's save,
renewals and finish once another owner has claimed the event: the first process learns that
the event has passed on, and stands down (see `bot.claims` and `TurnPipeline.may_deliver`).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime

from bot.claims import EarlyClaims, EventClaims, Hold
from bot.core_decisions import CoreDecisions
from bot.observer import GuardedObserver, TurnObserver, hashed_ids
from bot.retry_button import unavailable_reply
from bot.room_reminders import RoomReminders, forgotten_prefixes
from bot.stored_conversation import DecidedEarly, StoredConversation
from bot.stores.protocol import ClaimLost, Store, Versioned
from bot.turn_runs import SaveInDoubt, TurnRuns, event_key, log_turn
from dialogs.assistant import Assistant
from dialogs.contract import Answer, ConversationKey, Private, Reply, Turn

_log = logging.getLogger("infoshare.turns")
_CLAIM_ATTEMPTS = 3
"""How many times a turn claims its event again after the claim passed on before the save."""
_OBSERVER_TIMEOUT = 1.0  # seconds; insight must never hold up an answer
DEFAULT_LEASE_SECONDS = 30.0
_PLACED_KEPT = 256
"""How many of `goes_private`'s decisions wait for their turn's `answer` (a door that asked
and then gave up leaves one behind; the oldest go first)."""


class TurnPipeline:
    """Runs each turn exactly once against the stored state of its conversation."""

    def __init__(
        self,
        assistant: Assistant,
        store: Store,
        *,
        clock: Callable[[], datetime],
        dialog_ttl_seconds: float,
        event_ttl_seconds: float,
        lease_seconds: float = DEFAULT_LEASE_SECONDS,
        observer: TurnObserver | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        decide_off_loop: bool = True,
    ) -> None:
        """Args:
        assistant: the pure dialogs.
        store: where conversations and event ids are kept.
        clock: the time of a turn, for decision records.
        dialog_ttl_seconds: how long an idle conversation is kept.
        event_ttl_seconds: how long a delivered event id is remembered, to drop repeats.
        lease_seconds: how long a turn being answered holds its event before another
            process may answer a re-delivery of it (longer than the slowest answer).
        observer: told what each answered turn did (insight, decision records), if given.
        monotonic: seconds from any fixed origin, for a re-delivery waiting on a lease; with
            `sleep`, injectable so tests wait out a lease without waiting (the store's lease
            must then read the same clock).
        sleep: how a re-delivery waits between looks at its event.
        decide_off_loop: run the core in a worker thread, so that a slow decision (a long
            pasted story, a huge organisation pack) never stalls the other conversations of
            this process; False runs it on the event loop (the bench's baseline).
        """
        self._store = store
        self._clock = clock
        self._event_ttl = event_ttl_seconds
        self._observer = RoomReminders(GuardedObserver(observer, _OBSERVER_TIMEOUT), store, clock)
        self._claims = EventClaims(
            store, lease_seconds=lease_seconds, monotonic=monotonic, sleep=sleep
        )
        self._placed: dict[str, DecidedEarly] = {}
        self._early = EarlyClaims(self._claims, kept=_PLACED_KEPT)
        self.decisions = CoreDecisions(assistant, self._observer, decide_off_loop=decide_off_loop)
        """The core's decisions, and other calls into the core on its thread (a door's search)."""
        self._runs = TurnRuns(
            store,
            self.decisions,
            self._observer,
            clock=clock,
            dialog_ttl_seconds=dialog_ttl_seconds,
            undelivered=self._claims.undelivered,
            delivered=self._claims.delivered,
            event_ttl_seconds=event_ttl_seconds,
        )

    @property
    def store(self) -> Store:
        """The store this pipeline keeps conversations in."""
        return self._store

    async def handle(self, turn: Turn) -> list[Reply]:
        """Answer a turn; a repeat of an event already answered gets no replies at all.

        The door calls `finish` once it has delivered the replies (or given up).
        """
        return (await self.answer(turn)).replies

    async def answer(self, turn: Turn) -> Answer:
        """Like `handle`, saying also whether the replies are a replay or an apology, and the
        claim they are delivered under (for `may_deliver`, `finish` and `release`)."""
        started = time.perf_counter()
        event = event_key(turn)
        unsaved = True  # nothing of this turn can have been saved
        for _ in range(_CLAIM_ATTEMPTS):
            hold: Hold | None = None
            try:
                stored: Versioned | None = None
                if event is not None:
                    claimed = await self._early.take(event, turn.key, self._store)
                    if claimed is None:
                        log_turn("duplicate", turn, started)
                        return Answer([])
                    hold, stored = claimed
                placed = None if hold is None else self._placed.pop(hold.claim.event_id, None)
                answer = await self._runs.apply(turn, hold, stored, started, placed)
            except ClaimLost:
                # Another process took the event over before this turn was saved. Waiting on
                # the event, as a re-delivery does, leaves the answer to that process, or
                # replays it here if that process died before finishing: never lost, never twice.
                _log.warning(
                    "the event passed on before its turn was saved", extra=hashed_ids(turn)
                )
                if hold is not None:
                    self._claims.let_go(hold)
                continue
            except Exception as exc:  # a person must always get an answer, never a traceback
                _log.error("turn failed", extra={"error": type(exc).__name__, **hashed_ids(turn)})
                answer = Answer([unavailable_reply(turn)], apology=True)
                unsaved = not isinstance(exc, SaveInDoubt)
            break
        else:
            _log.warning("stood down: the event kept passing on", extra=hashed_ids(turn))
            return Answer([])
        if hold is None:
            return answer
        if answer.apology and unsaved:
            # The apology is no answer to replay: the event is given up now, so that the press
            # or message sent again after it is answered afresh without waiting out the lease.
            await self._give_up(turn, hold)
            return answer
        if answer.apology or not answer.replies:
            self._claims.let_go(hold)  # nothing of the answer delivered: a re-delivery may try
            return answer
        return replace(answer, claim=hold.claim.owner)

    async def may_deliver(self, answer: Answer) -> bool:
        """Whether the door may send the next part of `answer`.

        False once its event has passed to another process (see `EventClaims.may_deliver`):
        the door then sends nothing more and neither finishes nor apologises; `finish` records
        nothing.
        """
        return await self._claims.may_deliver(answer.claim)

    async def release(
        self,
        turn: Turn,
        answer: Answer | None = None,
        *,
        undelivered: bool = False,
        delivered: int = 0,
    ) -> None:
        """Stop holding the turn's event without marking it answered (the door gave up).

        Args:
            turn: the turn.
            answer: what `answer` gave for it; None: this process's newest claim on its event.
            undelivered: the door knows the answer did not arrive (its platform refused it):
                the claim is dropped in the store too, so that the event, pressed or typed
                again, is answered at once. Otherwise (the door may have sent part of it, or
                cannot tell) the lease runs out first, and nothing is answered twice.
            delivered: with `undelivered`, how many parts (activities) of the answer did
                arrive before the refused one: the replay is told to skip them
                (`Answer.delivered`).
        """
        hold = self._hold_of(turn, answer)
        self._early.drop(event_key(turn))
        if hold is None:
            return
        if not undelivered:
            self._claims.let_go(hold)
            return
        await self._give_up(turn, hold, delivered=delivered)

    async def finish(self, turn: Turn, answer: Answer | None = None) -> None:
        """Remember the turn's event as answered for the whole de-duplication span; nothing,
        if the door stood down (the event passed to another process).

        Args:
            turn: the turn.
            answer: what `answer` gave for it; None: this process's newest claim on its event.
        """
        hold = self._hold_of(turn, answer)
        if hold is None:
            return
        try:
            if not await self._claims.finish(hold, self._event_ttl) and not hold.lost:
                _log.warning("finish refused: the event passed on", extra=hashed_ids(turn))
        except Exception as exc:  # the lease still guards the next few seconds
            _log.warning("finish failed", extra={"error": type(exc).__name__, **hashed_ids(turn)})

    async def goes_private(self, turn: Turn) -> Private | None:
        """Whether the core, answering this turn where it was asked, would send any reply to
        the person's private chat (and why). Reads the dialog; saves nothing. None if the turn
        is private already, or the store cannot be read (the turn is then answered in place).

        A turn with an event id has its event claimed as the dialog is read (one call to the
        store), and `answer` takes that claim over instead of claiming again; a door that
        gives up before answering calls `release`. A repeat of an event answered or being
        answered elsewhere waits here as `answer` would, and `answer` then says it is a repeat.
        """
        if turn.private:
            return None
        event = event_key(turn)
        try:
            if event is None:
                stored = await self._store.get(turn.key.as_str())
            else:  # claimed now, with the read, rather than read now and claimed again after
                claimed = await self._early.claim(event, turn.key, self._store)
                if claimed is None:
                    return None  # a repeat: `answer` says so
                stored = claimed[1]
        except Exception as exc:
            _log.warning(
                "placement failed", extra={"error": type(exc).__name__, **hashed_ids(turn)}
            )
            return None
        conversation = StoredConversation.from_json(stored.value if stored else None)
        context = await self._observer.context(turn)
        now = self._clock()
        decision = await self.decisions.decide(conversation.state, turn, now, context)
        if event is not None:  # kept for `answer`, which would otherwise decide it again
            self._placed.pop(event, None)
            self._placed[event] = DecidedEarly(turn, stored, now, decision)
            if len(self._placed) > _PLACED_KEPT:
                del self._placed[next(iter(self._placed))]
        reasons = [r.private for r in decision[1] if r.private is not None]
        # A check or record goes to the private chat even when a signpost comes with it.
        return next((r for r in reasons if not r.to_writer_alone), None) or next(
            iter(reasons), None
        )

    async def forget(self, channel: str, conversation_id: str, *, nested: bool = False) -> int:
        """Delete every key of one conversation (every user's in it, kept records, and the
        reminders noted in it as a room); return how many went. A failure is logged and counts
        as none: the keys still expire.

        Args:
            channel: the door (``"slack"``, ``"teams"``).
            conversation_id: the conversation, or with `nested` the start of the ids of the
                conversations under it (a Slack workspace: ``team`` for ``team/channel…``).
            nested: also delete every conversation whose id is ``conversation_id/…``.
        """
        prefixes = [ConversationKey(channel, conversation_id, "").as_str()]
        if nested:
            prefixes.append(f"{channel}|{conversation_id}/")
        prefixes += forgotten_prefixes(channel, conversation_id, nested=nested)
        try:
            return sum([await self._store.delete_prefix(prefix) for prefix in prefixes])
        except Exception as exc:
            _log.warning("forget failed", extra={"error": type(exc).__name__, "channel": channel})
            return 0

    async def once(self, channel: str, event_id: str) -> bool:
        """Claim a door's one-off event for good (see `Turns.once`); False when already
        claimed, or when the store fails (better nothing than twice)."""
        event = f"{channel}|{event_id}"
        owner = secrets.token_hex(8)
        try:
            if not await self._store.claim_event(event, self._event_ttl, owner=owner):
                return False
            await self._store.finish_event(event, self._event_ttl, owner=owner)
        except Exception as exc:
            _log.warning("claim failed", extra={"error": type(exc).__name__, "channel": channel})
            return False
        return True

    async def _give_up(self, turn: Turn, hold: Hold, *, delivered: int = 0) -> None:
        try:
            await self._claims.give_up(hold, delivered=delivered, ttl_seconds=self._event_ttl)
        except Exception as exc:  # the lease still ends in time
            _log.warning("release failed", extra={"error": type(exc).__name__, **hashed_ids(turn)})

    def _hold_of(self, turn: Turn, answer: Answer | None) -> Hold | None:
        if answer is None:  # a door that used `handle`: this process's newest claim on the event
            return self._claims.newest_on(event_key(turn))
        return self._claims.held(answer.claim)
