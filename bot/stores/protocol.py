"""The narrow interface every state store implements, and passes one contract suite for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

JSONObject = dict[str, Any]


class Conflict(Exception):
    """Raised by `Store.put` when the stored version is not the one the caller read."""


class ClaimLost(Exception):
    """Raised by `Store.put` given a `claim` when another owner holds that event's claim."""


class NotWritten(Exception):
    """Raised by `Store.put` when the store knows for certain that nothing was written (Redis:
    its server refused the connection before the command was sent; SQLite: the file stayed
    locked by another writer past the busy timeout)."""


@dataclass(frozen=True, slots=True)
class Claim:
    """An event claimed by one owner: a write made under it lands only while nobody else
    holds a live claim on the event.

    Attributes:
        event_id: the claimed event.
        owner: the token its claimant chose, new for every claim.
    """

    event_id: str
    owner: str


@dataclass(frozen=True, slots=True)
class Versioned:
    """A stored value with the version it was read at."""

    value: JSONObject
    version: int


class Store(Protocol):
    """Keyed JSON values with optimistic concurrency, expiry and event de-duplication.

    Versions start at 1 for a new key and grow by one with every successful `put`.

    Each claim of an event carries its claimant's owner token. Renewing needs the event's last
    claim to be the caller's (lapsed or not: if nobody has claimed it since, nobody else has
    answered it); finishing, and a `put` made under a claim, are refused only while *another*
    owner holds a live claim (the event has been taken over).
    """

    async def get(self, key: str) -> Versioned | None:
        """Return the value and its version, or None if absent or expired."""
        ...

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

        Returns the new version. Raises `Conflict` or `ClaimLost` otherwise (`ClaimLost` when
        both hold). The value expires after `ttl_seconds` without a write. A failure that
        certainly wrote nothing is `NotWritten` (a store need not tell one).
        """
        ...

    async def delete(self, key: str) -> None:
        """Remove the key if present."""
        ...

    async def claim_event(self, event_id: str, ttl_seconds: float, *, owner: str) -> bool:
        """Claim an event for `owner` for `ttl_seconds`; False if it is finished or anyone
        (`owner` included) holds a live claim on it."""
        ...

    async def claim_and_get(
        self, event_id: str, ttl_seconds: float, *, owner: str, key: str
    ) -> tuple[bool, Versioned | None]:
        """`claim_event`, then `get(key)`, in one call to the store (the start of every turn).

        Returns whether the event was claimed, and the value (read whether it was or not).
        """
        ...

    async def finish_event(self, event_id: str, ttl_seconds: float, *, owner: str) -> bool:
        """Record an event as answered for `ttl_seconds` from now, claimed or not; False,
        changing nothing, if another owner holds a live claim on it.

        A turn claims its event with a short lease while it works, and finishes it once its
        replies are delivered: it then cannot be claimed again within `ttl_seconds`.
        """
        ...

    async def renew_event(self, event_id: str, ttl_seconds: float, *, owner: str) -> bool:
        """Extend `owner`'s unfinished claim to `ttl_seconds` from now, even once lapsed,
        as long as nobody has claimed the event since.

        False, changing nothing, if the event is finished or its last claim is another
        owner's (or is forgotten: a store may drop a claim some minutes after it lapsed). A
        turn still being delivered keeps its event this way, so a re-delivery waits rather
        than answering it a second time, and learns when it must stop because another process
        has taken the event over.
        """
        ...

    async def release_event(
        self, event_id: str, *, owner: str, delivered: int = 0, ttl_seconds: float = 0.0
    ) -> bool:
        """Drop `owner`'s unfinished claim on the event now, rather than at the end of its
        lease; False, changing nothing, if the event is finished or its last claim is another
        owner's (or is forgotten).

        A door that knows its answer did not arrive gives the event up this way, so that the
        person's press or message sent again is answered at once (replaying the saved turn)
        instead of after the lease. The owner cannot renew the claim afterwards. A positive
        `delivered` (how many parts of the answer did arrive, a count only) is kept, apart
        from the claim, for `ttl_seconds` (`delivered_parts`): the replay sends only the rest.
        """
        ...

    async def delivered_parts(self, event_id: str) -> int:
        """The parts of the event's answer that arrived, as its last release said (0: none, or
        that record has expired)."""
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
