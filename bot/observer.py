"""The seam between the turn pipeline and what watches it: insight and kept decision records.

The pipeline asks an observer for a `TurnContext` before running a turn, and tells it the turn's
`TurnFacts` after saving. Both calls go through `GuardedObserver`: an observer that fails or
stalls is logged by error type and skipped, and the person is answered all the same.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from typing import Protocol

from dialogs.contract import Turn
from dialogs.facts import KeptRecord, TurnContext, TurnFacts

_log = logging.getLogger("infoshare.turns")


class TurnObserver(Protocol):
    """Watches turns; never decides what to say."""

    async def context(self, turn: Turn) -> TurnContext:
        """What the core should know before this turn (records kept, question id)."""
        ...

    async def last_record(self, turn: Turn) -> KeptRecord | None:
        """This person's last kept decision record, fetched when the core asks to show it."""
        ...

    async def observe(self, turn: Turn, facts: TurnFacts) -> None:
        """Note what happened, after the conversation has been saved."""
        ...


class GuardedObserver:
    """An observer (or none) whose failures and stalls are logged and skipped, so that a
    person is always answered: no context, no record, nothing noted."""

    def __init__(self, observer: TurnObserver | None, timeout_seconds: float) -> None:
        self._observer = observer
        self._timeout = timeout_seconds

    async def context(self, turn: Turn) -> TurnContext:
        """The observer's context for a turn; the empty context if it fails or stalls."""
        if self._observer is None:
            return TurnContext()
        try:
            async with asyncio.timeout(self._timeout):
                return await self._observer.context(turn)
        except Exception as exc:  # includes TimeoutError
            _failed(turn, exc)
            return TurnContext()

    async def last_record(self, turn: Turn) -> KeptRecord | None:
        """The person's last kept decision record; None if there is none or it fails or stalls."""
        if self._observer is None:
            return None
        try:
            async with asyncio.timeout(self._timeout):
                return await self._observer.last_record(turn)
        except Exception as exc:  # includes TimeoutError; the reply says there is no record
            _failed(turn, exc)
            return None

    async def observe(self, turn: Turn, facts: TurnFacts) -> None:
        """Tell the observer what happened; a failure or stall is logged and ignored."""
        if self._observer is None:
            return
        try:
            async with asyncio.timeout(self._timeout):
                await self._observer.observe(turn, facts)
        except Exception as exc:  # includes TimeoutError
            _failed(turn, exc)


def hashed_ids(turn: Turn) -> dict[str, str]:
    """Conversation and user ids, hashed: logs never carry raw ids or message text."""

    def digest(value: str) -> str:
        return hashlib.sha256(value.encode()).hexdigest()[:12]

    return {
        "channel": turn.channel,
        "conversation": digest(turn.conversation_id),
        "user": digest(turn.user_id),
    }


def _failed(turn: Turn, exc: Exception) -> None:
    _log.warning("observer failed", extra={"error": type(exc).__name__, **hashed_ids(turn)})
