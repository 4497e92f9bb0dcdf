"""An in-process store: for the console, tests, and a single bot process that may lose its state."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from bot.stores.protocol import Conflict, JSONObject, Versioned

Clock = Callable[[], float]


@dataclass(slots=True)
class _Entry:
    encoded: str
    version: int
    expires_at: float


class MemoryStore:
    """Keeps values in a dict, so it is lost on restart and not shared between processes.

    Values are stored as JSON text, so what comes back is always a fresh copy and anything
    the SQLite or Redis stores would refuse is refused here too.

    Every method does its check and its write without awaiting in between, so on one event
    loop each call is atomic and no lock is needed.

    Args:
        clock: seconds from any fixed origin; injectable so tests can move time on.
        purge_interval_seconds: how often, at most, a write also sweeps out expired entries.
    """

    def __init__(
        self, *, clock: Clock = time.monotonic, purge_interval_seconds: float = 300.0
    ) -> None:
        self._clock = clock
        self._purge_interval = purge_interval_seconds
        self._next_purge = clock() + purge_interval_seconds
        self._values: dict[str, _Entry] = {}
        self._events: dict[str, float] = {}
        self._finished: dict[str, float] = {}
        self._closed = False

    async def get(self, key: str) -> Versioned | None:
        """Return the value and its version, or None if absent or expired."""
        entry = self._live(key)
        if entry is None:
            return None
        return Versioned(value=json.loads(entry.encoded), version=entry.version)

    async def put(
        self, key: str, value: JSONObject, *, expected_version: int | None, ttl_seconds: float
    ) -> int:
        """Store `value` if the current version is `expected_version` (None: key must be absent).

        Raises:
            Conflict: the key's version is not `expected_version`.
            ValueError: `ttl_seconds` is not a positive number.
            TypeError: `value` cannot be written as JSON.
        """
        check_ttl(ttl_seconds)
        encoded = encode_json(value)
        entry = self._live(key)
        current = entry.version if entry is not None else None
        if current != expected_version:
            raise Conflict(f"expected version {expected_version}, found {current}")
        now = self._clock()
        version = 1 if current is None else current + 1
        self._values[key] = _Entry(encoded, version, now + ttl_seconds)
        self._maybe_purge(now)
        return version

    async def delete(self, key: str) -> None:
        """Remove the key if present."""
        self._values.pop(key, None)

    async def claim_event(self, event_id: str, ttl_seconds: float) -> bool:
        """Record an event id; True the first time it is seen within `ttl_seconds`, else False."""
        check_ttl(ttl_seconds)
        now = self._clock()
        expires_at = self._events.get(event_id)
        if expires_at is not None and expires_at > now:
            return False
        self._events[event_id] = now + ttl_seconds
        self._maybe_purge(now)
        return True

    async def finish_event(self, event_id: str, ttl_seconds: float) -> None:
        """Record an event as answered for `ttl_seconds` from now, claimed or not."""
        check_ttl(ttl_seconds)
        expires_at = self._clock() + ttl_seconds
        self._events[event_id] = expires_at
        self._finished[event_id] = expires_at

    async def renew_event(self, event_id: str, ttl_seconds: float) -> bool:
        """Extend a live, unfinished claim to `ttl_seconds` from now; False if there is none."""
        check_ttl(ttl_seconds)
        now = self._clock()
        if self._finished.get(event_id, 0.0) > now or self._events.get(event_id, 0.0) <= now:
            return False
        self._events[event_id] = now + ttl_seconds
        return True

    async def event_finished(self, event_id: str) -> bool:
        """Whether the event was finished and that record has not yet expired."""
        return self._finished.get(event_id, 0.0) > self._clock()

    async def delete_prefix(self, prefix: str) -> int:
        """Remove every key starting with `prefix`; return how many unexpired keys went."""
        now = self._clock()
        doomed = [key for key in self._values if key.startswith(prefix)]
        live = sum(1 for key in doomed if self._values[key].expires_at > now)
        for key in doomed:
            del self._values[key]
        return live

    async def purge_expired(self) -> int:
        """Drop every expired value and event id now; return how many values went."""
        return self._purge(self._clock())

    async def ping(self) -> None:
        """Raise `RuntimeError` once the store has been closed."""
        if self._closed:
            raise RuntimeError("the memory store has been closed")

    async def close(self) -> None:
        """Forget everything; the store must not be used afterwards."""
        self._values.clear()
        self._events.clear()
        self._finished.clear()
        self._closed = True

    def _live(self, key: str) -> _Entry | None:
        entry = self._values.get(key)
        if entry is None or entry.expires_at > self._clock():
            return entry
        del self._values[key]
        return None

    def _maybe_purge(self, now: float) -> None:
        if now >= self._next_purge:
            self._purge(now)

    def _purge(self, now: float) -> int:
        expired = [key for key, entry in self._values.items() if entry.expires_at <= now]
        for key in expired:
            del self._values[key]
        for events in (self._events, self._finished):
            for event_id in [e for e, expires_at in events.items() if expires_at <= now]:
                del events[event_id]
        self._next_purge = now + self._purge_interval
        return len(expired)


def encode_json(value: JSONObject) -> str:
    """Write a stored value as compact JSON, refusing what JSON cannot hold (NaN, sets...).

    Raises:
        TypeError: `value` is not a dict, or holds something JSON cannot represent.
    """
    if not isinstance(value, dict):
        raise TypeError(f"a stored value must be a JSON object, not {type(value).__name__}")
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError as exc:
        raise TypeError(f"value cannot be stored as JSON: {exc}") from None


def check_ttl(ttl_seconds: float) -> None:
    """Refuse a time-to-live that is not a positive, finite number of seconds.

    Raises:
        ValueError: it is zero, negative, infinite or NaN.
    """
    if not (ttl_seconds > 0 and math.isfinite(ttl_seconds)):
        raise ValueError(f"ttl_seconds must be a positive number of seconds, not {ttl_seconds}")
