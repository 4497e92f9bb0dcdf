"""An in-process store: for the console, tests, and a single bot process that may lose its state."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from bot.stores.protocol import Claim, ClaimLost, Conflict, JSONObject, Versioned

Clock = Callable[[], float]


@dataclass(slots=True)
class _Entry:
    encoded: str
    version: int
    expires_at: float


@dataclass(frozen=True, slots=True)
class _Lease:
    expires_at: float
    owner: str


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
        self._events: dict[str, _Lease] = {}
        self._finished: dict[str, float] = {}
        self._delivered: dict[str, tuple[int, float]] = {}  # parts arrived, until when
        self._closed = False

    async def get(self, key: str) -> Versioned | None:
        """Return the value and its version, or None if absent or expired."""
        entry = self._live(key)
        if entry is None:
            return None
        return Versioned(value=json.loads(entry.encoded), version=entry.version)

    async def put(
        self,
        key: str,
        value: JSONObject,
        *,
        expected_version: int | None,
        ttl_seconds: float,
        claim: Claim | None = None,
    ) -> int:
        """Store `value` if the current version is `expected_version` (None: key must be absent)
        and, given a `claim`, no other owner holds a live claim on its event.

        Raises:
            ClaimLost: another owner holds the claim's event.
            Conflict: the key's version is not `expected_version`.
            ValueError: `ttl_seconds` is not a positive number.
            TypeError: `value` cannot be written as JSON.
        """
        check_ttl(ttl_seconds)
        encoded = encode_json(value)
        if claim is not None and self._taken(claim.event_id, claim.owner):
            raise ClaimLost("another owner holds the event's claim")
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

    async def claim_event(self, event_id: str, ttl_seconds: float, *, owner: str) -> bool:
        """Claim an event for `owner`; False if it is finished or under a live claim."""
        check_ttl(ttl_seconds)
        now = self._clock()
        held = self._events.get(event_id)
        if (held is not None and held.expires_at > now) or self._finished.get(event_id, 0.0) > now:
            return False
        self._events[event_id] = _Lease(now + ttl_seconds, owner)
        self._maybe_purge(now)
        return True

    async def claim_and_get(
        self, event_id: str, ttl_seconds: float, *, owner: str, key: str
    ) -> tuple[bool, Versioned | None]:
        """`claim_event`, then `get(key)`."""
        claimed = await self.claim_event(event_id, ttl_seconds, owner=owner)
        return claimed, await self.get(key)

    async def finish_event(self, event_id: str, ttl_seconds: float, *, owner: str) -> bool:
        """Record an event as answered for `ttl_seconds` from now, claimed or not; False if
        another owner holds a live claim on it."""
        check_ttl(ttl_seconds)
        if self._taken(event_id, owner):
            return False
        self._finished[event_id] = self._clock() + ttl_seconds
        return True

    async def renew_event(self, event_id: str, ttl_seconds: float, *, owner: str) -> bool:
        """Extend `owner`'s unfinished claim, lapsed or not, to `ttl_seconds` from now; False if
        the event is finished or its last claim is not `owner`'s."""
        check_ttl(ttl_seconds)
        now = self._clock()
        if not self._unfinished_claim_of(event_id, owner, now):
            return False
        self._events[event_id] = _Lease(now + ttl_seconds, owner)
        return True

    async def release_event(
        self, event_id: str, *, owner: str, delivered: int = 0, ttl_seconds: float = 0.0
    ) -> bool:
        """Drop `owner`'s unfinished claim now, keeping a positive `delivered` for
        `ttl_seconds`; False if the event is finished or its last claim is not `owner`'s."""
        if delivered > 0:
            check_ttl(ttl_seconds)
        if not self._unfinished_claim_of(event_id, owner, self._clock()):
            return False
        del self._events[event_id]
        if delivered > 0:
            self._delivered[event_id] = (delivered, self._clock() + ttl_seconds)
        return True

    async def delivered_parts(self, event_id: str) -> int:
        """The parts of the event's answer that arrived, as its last release said."""
        parts, expires_at = self._delivered.get(event_id, (0, 0.0))
        return parts if expires_at > self._clock() else 0

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
        self._delivered.clear()
        self._closed = True

    def _unfinished_claim_of(self, event_id: str, owner: str, now: float) -> bool:
        """Whether the event's last claim, lapsed or not, is `owner`'s and it is not finished."""
        held = self._events.get(event_id)
        return held is not None and held.owner == owner and self._finished.get(event_id, 0.0) <= now

    def _taken(self, event_id: str, owner: str) -> bool:
        """Whether someone other than `owner` holds a live claim on the event."""
        held = self._events.get(event_id)
        return held is not None and held.owner != owner and held.expires_at > self._clock()

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
        for event_id in [e for e, held in self._events.items() if held.expires_at <= now]:
            del self._events[event_id]
        for event_id in [e for e, expires_at in self._finished.items() if expires_at <= now]:
            del self._finished[event_id]
        for event_id in [e for e, (_, until) in self._delivered.items() if until <= now]:
            del self._delivered[event_id]
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
