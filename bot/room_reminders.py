"""Whether a person was given the privacy reminder in a room today, kept as little as can be.

In Slack each mention in a channel starts a thread, and each thread is a dialog of its own: the
reminder not to type identifying details was given in every one. Slack's convention is not to
repeat boilerplate, so the core gives it once a day per person and room (`Turn.room`), told by
the house whether it has been given there today (`TurnContext.reminded_here`). The house keeps,
per person and room, one store key made of digests of the two and a value holding only the
day; it lapses after two days, and goes when the room's workspace is forgotten. A failing store
only means the reminder is given again.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from bot.observer import GuardedObserver, hashed_ids
from bot.stores.protocol import Conflict, Store
from dialogs.contract import Turn
from dialogs.facts import KeptRecord, TurnContext, TurnFacts

_log = logging.getLogger("infoshare.turns")
_KEPT_SECONDS = 2 * 24 * 3600.0  # past the end of the day it was given, wherever the reader is


class RoomReminders:
    """The guarded observer, with each turn's context told whether the privacy reminder was
    given in its room today, and each reminder given in a room noted."""

    def __init__(
        self, observer: GuardedObserver, store: Store, clock: Callable[[], datetime]
    ) -> None:
        """Args:
        observer: the guarded observer whose context and notes this adds to.
        store: where the digests and days are kept (the conversations' store).
        clock: the time of a turn; its date is the day kept.
        """
        self._observer = observer
        self._store = store
        self._clock = clock

    async def context(self, turn: Turn) -> TurnContext:
        """The observer's context, with `reminded_here` for a turn in a room."""
        context = await self._observer.context(turn)
        if turn.room is None or turn.private:
            return context
        try:
            kept = await self._store.get(_key(turn))
        except Exception as exc:  # the reminder is given again: better twice than never
            _log.warning("reminder lookup failed", extra={"error": type(exc).__name__})
            return context
        today = kept is not None and kept.value.get("day") == self._day()
        return replace(context, reminded_here=today) if today else context

    async def last_record(self, turn: Turn) -> KeptRecord | None:
        """The person's last kept decision record (`GuardedObserver.last_record`)."""
        return await self._observer.last_record(turn)

    async def observe(self, turn: Turn, facts: TurnFacts) -> None:
        """Tell the observer what happened; note a reminder given in a room."""
        await self._observer.observe(turn, facts)
        if not facts.reminded or turn.room is None or turn.private:
            return
        key = _key(turn)
        try:
            kept = await self._store.get(key)
            await self._store.put(
                key,
                {"day": self._day()},
                expected_version=None if kept is None else kept.version,
                ttl_seconds=_KEPT_SECONDS,
            )
        except Conflict:
            return  # noted by a turn of the same person at the same time
        except Exception as exc:
            _log.warning(
                "reminder not noted", extra={"error": type(exc).__name__, **hashed_ids(turn)}
            )

    def _day(self) -> str:
        return self._clock().date().isoformat()


def forgotten_prefixes(channel: str, conversation_id: str, *, nested: bool) -> list[str]:
    """The store key prefixes of the reminders kept for a room being forgotten (`Turns.forget`):
    room `conversation_id` itself, and with `nested` every room under it (``id/…``)."""
    rooms = _rooms_key(channel, conversation_id)
    return [rooms] if nested else [f"{rooms}u"]


def _key(turn: Turn) -> str:
    """The store key for a person in a room: digests, so no id is kept in it. The room's path
    (``team/channel``) is digested one step at a time, so that forgetting a workspace finds
    its rooms' keys by their start; the person is digested with the room after them."""
    person = _digest(f"{turn.channel}|{turn.room}|{turn.user_id}", 32)
    return f"{_rooms_key(turn.channel, turn.room or '')}u{person}"


def _rooms_key(channel: str, room: str) -> str:
    steps = room.split("/")
    paths = ("/".join(steps[: n + 1]) for n in range(len(steps)))
    return "reminded|" + "".join(f"r{_digest(f'{channel}|{path}', 16)}|" for path in paths)


def _digest(text: str, length: int) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:length]
