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
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
import weakref
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime
from functools import partial
from typing import TypeVar

from bot.observer import TurnObserver
from bot.stored_conversation import StoredConversation
from bot.stores.protocol import Conflict, Store
from dialogs.assistant import Assistant
from dialogs.contract import Answer, Choice, ConversationKey, Private, Reply, Turn
from dialogs.facts import KeptRecord, TurnContext, TurnFacts, TurnKind
from dialogs.notices import UNAVAILABLE_REPLY
from dialogs.state import ConversationState

_log = logging.getLogger("infoshare.turns")
_T = TypeVar("_T")
_MAX_ATTEMPTS = 5
_CLAIM_POLL_SECONDS = 0.2
_HOLD_RENEWALS = 12
"""How many times a turn being delivered renews its claim (every third of a lease): a door that
never says it is done holds its event for at most five leases."""
_OBSERVER_TIMEOUT = 1.0  # seconds; insight must never hold up an answer
DEFAULT_LEASE_SECONDS = 30.0

BUSY_REPLY = Reply(
    text="Sorry, I couldn't keep up with two of your messages arriving at once. "
    "Please send your last message again."
)
RETRY_LABEL = "Try again"
RETRY_PREFIX = "again:"
"""A Try again button's value: the failed event's id, then the pressed value (see `_retried`)."""


def unavailable_reply(turn: Turn) -> Reply:
    """The apology when the store cannot be reached, with a way to retry.

    A pressed button is offered again, carrying the failed event's id: if that turn was in fact
    saved just as the store went away, pressing Try again replays its answer instead of
    treating the press as a second answer. Typed words cannot be offered back, because they
    are never kept.
    """
    if turn.action is None:
        return UNAVAILABLE_REPLY
    value = turn.action
    if turn.event_id is not None and not value.startswith(RETRY_PREFIX):
        value = f"{RETRY_PREFIX}{turn.event_id}|{turn.action}"
    return Reply(text=UNAVAILABLE_REPLY.text, choices=(Choice(RETRY_LABEL, value),))


def _retried(turn: Turn) -> tuple[str | None, Turn]:
    """For a Try again press: the failed event's id, and the turn as first pressed."""
    if turn.action is None or not turn.action.startswith(RETRY_PREFIX):
        return None, turn
    failed, _, action = turn.action.removeprefix(RETRY_PREFIX).partition("|")
    return (failed or None), replace(turn, action=action or None)


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
        self._assistant = assistant
        self._store = store
        self._clock = clock
        self._dialog_ttl = dialog_ttl_seconds
        self._event_ttl = event_ttl_seconds
        self._lease = lease_seconds
        self._observer = observer
        self._monotonic = monotonic
        self._sleep = sleep
        self._holding: dict[str, asyncio.Task[None]] = {}
        # One thread: with the GIL, more would only make the loop wait its turn behind them all.
        self._core_thread = ThreadPoolExecutor(1, "infoshare-core") if decide_off_loop else None
        if self._core_thread is not None:
            weakref.finalize(self, self._core_thread.shutdown, wait=False)

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
        """Like `handle`, saying also whether the replies are a replay or an apology."""
        started = time.perf_counter()
        event = _event_key(turn)
        try:
            if event is not None and not await self._claim(event):
                self._log("duplicate", turn, started)
                return Answer([])
            if event is not None:
                self._hold(event)
            answer = await self._apply(turn, event, started)
        except Exception as exc:  # a person must always get an answer, never a traceback
            _log.error("turn failed", extra={"error": type(exc).__name__, **_ids(turn)})
            answer = Answer([unavailable_reply(turn)], apology=True)
        if event is not None and (answer.apology or not answer.replies):
            self._let_go(event)  # nothing of the answer is delivered: a re-delivery may try
        return answer

    async def release(self, turn: Turn) -> None:
        """Stop holding the turn's event without marking it answered (the door gave up)."""
        event = _event_key(turn)
        if event is not None:
            self._let_go(event)

    async def finish(self, turn: Turn) -> None:
        """Remember the turn's event as answered for the whole de-duplication span."""
        event = _event_key(turn)
        if event is None:
            return
        self._let_go(event)
        try:
            await self._store.finish_event(event, self._event_ttl)
        except Exception as exc:  # the lease still guards the next few seconds
            _log.warning("finish failed", extra={"error": type(exc).__name__, **_ids(turn)})

    async def goes_private(self, turn: Turn) -> Private | None:
        """Whether the core, answering this turn where it was asked, would send any reply to
        the person's private chat (and why). Reads the dialog; saves nothing. None if the turn
        is private already, or the store cannot be read (the turn is then answered in place)."""
        if turn.private:
            return None
        try:
            stored = await self._store.get(turn.key.as_str())
        except Exception as exc:
            _log.warning("placement failed", extra={"error": type(exc).__name__, **_ids(turn)})
            return None
        conversation = StoredConversation.from_json(stored.value if stored else None)
        context = await self._context(turn)
        _, replies, _, _ = await self._decide(conversation.state, turn, self._clock(), context)
        return next((r.private for r in replies if r.private is not None), None)

    async def forget(self, channel: str, conversation_id: str, *, nested: bool = False) -> int:
        """Delete every key of one conversation (every user's in it, and kept records); return
        how many went. A failure is logged and counts as none: the keys still expire.

        Args:
            channel: the door (``"slack"``, ``"teams"``).
            conversation_id: the conversation, or with `nested` the start of the ids of the
                conversations under it (a Slack workspace: ``team`` for ``team/channel…``).
            nested: also delete every conversation whose id is ``conversation_id/…``.
        """
        prefixes = [ConversationKey(channel, conversation_id, "").as_str()]
        if nested:
            prefixes.append(f"{channel}|{conversation_id}/")
        try:
            return sum([await self._store.delete_prefix(prefix) for prefix in prefixes])
        except Exception as exc:
            _log.warning("forget failed", extra={"error": type(exc).__name__, "channel": channel})
            return 0

    async def once(self, channel: str, event_id: str) -> bool:
        """Claim a door's one-off event for good (see `Turns.once`); False when already
        claimed, or when the store fails (better nothing than twice)."""
        event = f"{channel}|{event_id}"
        try:
            if not await self._store.claim_event(event, self._event_ttl):
                return False
            await self._store.finish_event(event, self._event_ttl)
        except Exception as exc:
            _log.warning("claim failed", extra={"error": type(exc).__name__, "channel": channel})
            return False
        return True

    async def _claim(self, event: str) -> bool:
        """Claim the event; if another process holds it, wait until it finishes or its lease ends.

        Waiting is what turns a platform's re-delivery after a crash into an answer: the dead
        process's lease runs out and this one replays the turn. A re-delivery while the other
        process is alive ends as soon as that one finishes, with nothing more to send.
        """
        deadline = self._monotonic() + self._lease + _CLAIM_POLL_SECONDS
        while not await self._store.claim_event(event, self._lease):
            if await self._store.event_finished(event) or self._monotonic() > deadline:
                return False
            await self._sleep(_CLAIM_POLL_SECONDS)
        return True

    def _hold(self, event: str) -> None:
        """Keep the claim on `event` alive while its answer is delivered, however slowly, so a
        re-delivery waits for it instead of replaying it; `finish` or `release` ends it."""
        self._let_go(event)
        task = asyncio.create_task(self._keep_claim(event))
        self._holding[event] = task
        task.add_done_callback(lambda done: self._forget_hold(event, done))

    def _let_go(self, event: str) -> None:
        task = self._holding.pop(event, None)
        if task is not None:
            task.cancel()

    def _forget_hold(self, event: str, task: asyncio.Task[None]) -> None:
        if self._holding.get(event) is task:
            del self._holding[event]

    async def _keep_claim(self, event: str) -> None:
        for _ in range(_HOLD_RENEWALS):
            await self._sleep(self._lease / 3)
            try:
                if not await self._store.renew_event(event, self._lease):
                    return  # finished elsewhere, or lapsed: nothing left to hold
            except Exception as exc:  # the store may come back before the lease runs out
                _log.warning("renew failed", extra={"error": type(exc).__name__})

    async def _apply(self, turn: Turn, event: str | None, started: float) -> Answer:
        key = turn.key.as_str()
        failed_id, turn = _retried(turn)
        failed = None if failed_id is None else _event_key_of(turn, failed_id)
        context = await self._context(turn)
        for _ in range(_MAX_ATTEMPTS):
            stored = await self._store.get(key)
            conversation = StoredConversation.from_json(stored.value if stored else None)
            if failed is not None and conversation.replay_of(failed):
                event = failed  # it was saved after all: answer it again
            if event is not None and conversation.has_applied(event):
                replay = conversation.replay_of(event)
                if replay is None:  # answered, and the person has moved on since
                    self._log("duplicate", turn, started)
                    return Answer([])
                _, replies, _, _ = await self._decide(replay.before, turn, replay.at, context)
                self._log("replayed", turn, started, replies)
                return Answer(replies, replayed=True)
            now = self._clock()
            new_state, replies, facts, context = await self._decide(
                conversation.state, turn, now, context
            )
            try:
                await self._store.put(
                    key,
                    conversation.after(event, new_state, now).to_json(),
                    expected_version=stored.version if stored else None,
                    ttl_seconds=self._dialog_ttl,
                )
            except Conflict:
                continue
            self._log("answered", turn, started, replies, facts)
            await self._observe(turn, facts)
            return Answer(replies)
        self._log("conflict", turn, started)
        return Answer([BUSY_REPLY], apology=True)

    async def _decide(
        self, state: ConversationState, turn: Turn, now: datetime, context: TurnContext
    ) -> tuple[ConversationState, list[Reply], TurnFacts, TurnContext]:
        """The core's decision, and the context it was made in. When the core asked for the
        person's last decision record, the record is fetched and the turn decided again."""
        new_state, replies, facts = await self._core(state, turn, now, context)
        if facts.kind is TurnKind.RECORD and context.records_kept and context.last_record is None:
            context = replace(context, last_record=await self._last_record(turn))
            new_state, replies, facts = await self._core(state, turn, now, context)
        return new_state, replies, facts, context

    async def _core(
        self, state: ConversationState, turn: Turn, now: datetime, context: TurnContext
    ) -> tuple[ConversationState, list[Reply], TurnFacts]:
        return await self.run_core(partial(self._assistant.decide, state, turn, now, context))

    async def run_core(self, call: Callable[[], _T]) -> _T:
        """Run a call into the pure core where this pipeline runs its decisions: on its one
        worker thread (or on the event loop, without `decide_off_loop`).

        Other users of the core (a door's search) share the thread, so that the core never
        takes more than one of the process's cores from the event loop.
        """
        # The core is pure (its only writes are memos of fixed values): any thread may run it.
        if self._core_thread is None:
            return call()
        return await asyncio.get_running_loop().run_in_executor(self._core_thread, call)

    def _log(
        self,
        what: str,
        turn: Turn,
        started: float,
        replies: Sequence[Reply] = (),
        facts: TurnFacts | None = None,
    ) -> None:
        outcome = next((r.outcome.value for r in replies if r.outcome), None)
        _log.info(
            what,
            extra={
                **_ids(turn),
                "replies": len(replies),
                "outcome": outcome,
                **(facts.log_fields() if facts is not None else {}),
                "ms": round((time.perf_counter() - started) * 1000, 2),
            },
        )

    async def _context(self, turn: Turn) -> TurnContext:
        """The observer's context for a turn; the empty context if it fails or stalls."""
        if self._observer is None:
            return TurnContext()
        try:
            async with asyncio.timeout(_OBSERVER_TIMEOUT):
                return await self._observer.context(turn)
        except Exception as exc:  # includes TimeoutError
            _log.warning("observer failed", extra={"error": type(exc).__name__, **_ids(turn)})
            return TurnContext()

    async def _last_record(self, turn: Turn) -> KeptRecord | None:
        """The person's last kept decision record; None if there is none or it fails or stalls."""
        if self._observer is None:
            return None
        try:
            async with asyncio.timeout(_OBSERVER_TIMEOUT):
                return await self._observer.last_record(turn)
        except Exception as exc:  # includes TimeoutError; the reply says there is no record
            _log.warning("observer failed", extra={"error": type(exc).__name__, **_ids(turn)})
            return None

    async def _observe(self, turn: Turn, facts: TurnFacts) -> None:
        """Tell the observer what happened; a failure or stall is logged and ignored."""
        if self._observer is None:
            return
        try:
            async with asyncio.timeout(_OBSERVER_TIMEOUT):
                await self._observer.observe(turn, facts)
        except Exception as exc:  # includes TimeoutError
            _log.warning("observer failed", extra={"error": type(exc).__name__, **_ids(turn)})


def _event_key(turn: Turn) -> str | None:
    return None if turn.event_id is None else _event_key_of(turn, turn.event_id)


def _event_key_of(turn: Turn, event_id: str) -> str:
    return f"{turn.channel}|{event_id}"


def _ids(turn: Turn) -> dict[str, str]:
    """Conversation and user ids, hashed: logs never carry raw ids or message text."""

    def digest(value: str) -> str:
        return hashlib.sha256(value.encode()).hexdigest()[:12]

    return {
        "channel": turn.channel,
        "conversation": digest(turn.conversation_id),
        "user": digest(turn.user_id),
    }
