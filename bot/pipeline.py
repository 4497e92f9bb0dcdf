"""The turn pipeline: ignore repeats, load state, run the dialogs, save state once."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime

from bot.observer import TurnObserver
from bot.reply import Reply
from bot.stores.protocol import Conflict, Store
from bot.turn import Turn
from dialogs.assistant import Assistant
from dialogs.facts import TurnContext, TurnFacts
from dialogs.state import ConversationState

_log = logging.getLogger("infoshare.turns")
_MAX_ATTEMPTS = 5
_OBSERVER_TIMEOUT = 1.0  # seconds; insight must never hold up an answer

BUSY_REPLY = Reply(
    text="Sorry, I couldn't keep up with two of your messages arriving at once. "
    "Please send your last message again."
)
UNAVAILABLE_REPLY = Reply(
    text="Sorry, something went wrong on my side and I couldn't answer. Please try again in a "
    "minute: your place in a consent check is kept."
)


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
        observer: TurnObserver | None = None,
    ) -> None:
        self._assistant = assistant
        self._store = store
        self._clock = clock
        self._dialog_ttl = dialog_ttl_seconds
        self._event_ttl = event_ttl_seconds
        self._observer = observer

    @property
    def store(self) -> Store:
        """The store this pipeline keeps conversations in."""
        return self._store

    async def handle(self, turn: Turn) -> list[Reply]:
        """Answer a turn; a re-delivered event (same event id) gets no replies at all.

        State is saved with optimistic concurrency: if another process changed the conversation
        meanwhile, the turn is run again on the fresh state, so two messages of one person can
        never both answer the same question.
        """
        started = time.perf_counter()
        key = turn.key.as_str()
        try:
            if turn.event_id is not None and not await self._store.claim_event(
                f"{turn.channel}|{turn.event_id}", self._event_ttl
            ):
                self._log("duplicate", turn, started)
                return []
            context = await self._context(turn)
            for _ in range(_MAX_ATTEMPTS):
                stored = await self._store.get(key)
                state = ConversationState.from_json(stored.value if stored else None)
                new_state, replies, facts = self._assistant.decide(
                    state, turn, self._clock(), context
                )
                try:
                    await self._store.put(
                        key,
                        new_state.to_json(),
                        expected_version=stored.version if stored else None,
                        ttl_seconds=self._dialog_ttl,
                    )
                except Conflict:
                    continue
                self._log("answered", turn, started, replies, facts)
                await self._observe(turn, facts)
                return replies
        except Exception as exc:  # a person must always get an answer, never a traceback
            _log.error(
                "turn failed",
                extra={"error": type(exc).__name__, **_ids(turn)},
            )
            return [UNAVAILABLE_REPLY]
        self._log("conflict", turn, started)
        return [BUSY_REPLY]

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

    async def _observe(self, turn: Turn, facts: TurnFacts) -> None:
        """Tell the observer what happened; a failure or stall is logged and ignored."""
        if self._observer is None:
            return
        try:
            async with asyncio.timeout(_OBSERVER_TIMEOUT):
                await self._observer.observe(turn, facts)
        except Exception as exc:  # includes TimeoutError
            _log.warning("observer failed", extra={"error": type(exc).__name__, **_ids(turn)})


def _ids(turn: Turn) -> dict[str, str]:
    """Conversation and user ids, hashed: logs never carry raw ids or message text."""

    def digest(value: str) -> str:
        return hashlib.sha256(value.encode()).hexdigest()[:12]

    return {
        "channel": turn.channel,
        "conversation": digest(turn.conversation_id),
        "user": digest(turn.user_id),
    }
