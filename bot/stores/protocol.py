"""The narrow interface every state store implements, and passes one contract suite for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

JSONObject = dict[str, Any]


class Conflict(Exception):
    """Raised by `Store.put` when the stored version is not the one the caller read."""


@dataclass(frozen=True, slots=True)
class Versioned:
    """A stored value with the version it was read at."""

    value: JSONObject
    version: int


class Store(Protocol):
    """Keyed JSON values with optimistic concurrency, expiry and event de-duplication.

    Versions start at 1 for a new key and grow by one with every successful `put`.
    """

    async def get(self, key: str) -> Versioned | None:
        """Return the value and its version, or None if absent or expired."""
        ...

    async def put(
        self, key: str, value: JSONObject, *, expected_version: int | None, ttl_seconds: float
    ) -> int:
        """Store `value` if the current version is `expected_version` (None: key must be absent).

        Returns the new version. Raises `Conflict` otherwise. The value expires after
        `ttl_seconds` without a write.
        """
        ...

    async def delete(self, key: str) -> None:
        """Remove the key if present."""
        ...

    async def claim_event(self, event_id: str, ttl_seconds: float) -> bool:
        """Record an event id; True the first time it is seen within `ttl_seconds`, else False."""
        ...

    async def finish_event(self, event_id: str, ttl_seconds: float) -> None:
        """Record an event as answered for `ttl_seconds` from now, claimed or not.

        A turn claims its event with a short lease while it works, and finishes it once its
        replies are delivered: it then cannot be claimed again within `ttl_seconds`.
        """
        ...

    async def renew_event(self, event_id: str, ttl_seconds: float) -> bool:
        """Extend a live, unfinished claim to `ttl_seconds` from now.

        False, changing nothing, if the claim has lapsed or the event is finished: a turn
        still being delivered keeps its event this way, so a re-delivery waits rather than
        answering it a second time.
        """
        ...

    async def event_finished(self, event_id: str) -> bool:
        """Whether the event was finished and that record has not yet expired."""
        ...

    async def delete_prefix(self, prefix: str) -> int:
        """Remove every key starting with `prefix` (for example all of one workspace's dialogs)."""
        ...

    async def ping(self) -> None:
        """Raise if the store cannot be reached; used by health checks."""
        ...

    async def close(self) -> None:
        """Release connections and files."""
        ...
