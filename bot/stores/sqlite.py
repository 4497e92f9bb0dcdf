"""The embedded default store: one SQLite file that several bot processes on one host can share."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from bot.stores.memory import Clock, check_ttl, encode_json
from bot.stores.protocol import Claim, ClaimLost, Conflict, JSONObject, NotWritten, Versioned
from bot.stores.sqlite_sql import (
    CLAIM_EVENT,
    FINISH_EVENT,
    GET,
    INSERT_NEW,
    KEEP_DELIVERED,
    PURGE_BATCH,
    RELEASE_EVENT,
    RENEW_EVENT,
    TAKEN,
    UPDATE_VERSION,
    VACUUM_PAGES,
    VACUUM_SCRIPT,
    check_file,
    prepare,
)
from bot.stores.sqlite_thread import SQLiteThread

Parameters = Sequence[Any] | Mapping[str, Any]

_log = logging.getLogger("infoshare.store")
_EXPIRING_TABLES = ("events", "finished_events", "delivered_parts", "state")
_BATCH_PAUSE_SECONDS = 0.002
"""Between purge batches: long enough for another process waiting on the write lock to take it."""


class SQLiteStore:
    """Keyed JSON values in a SQLite file, in WAL mode so readers never block the writer.

    Each check-and-write is a single SQL statement, so it is atomic across every connection
    to the file, whichever process holds it. Expiry times are absolute wall-clock seconds,
    because several processes must agree on them. Each call is one handoff to the
    connection's thread and back (see `bot.stores.sqlite_thread`).

    Build one with `await SQLiteStore.open(path)`.
    """

    def __init__(
        self,
        connection: SQLiteThread,
        *,
        clock: Clock,
        purge_interval_seconds: float,
        path: Path | None = None,
        purge_batch_rows: int,
    ) -> None:
        """Wrap an open connection whose schema exists; use `SQLiteStore.open` instead.

        `path` is the connection's file, which `ping` checks afresh (None: `ping` checks only
        the connection).
        """
        self._db = connection
        self._path = path
        self._clock = clock
        self._purge_interval = purge_interval_seconds
        self._purge_batch = purge_batch_rows
        self._purging: asyncio.Task[None] | None = None
        self._purge_lock = asyncio.Lock()

    @classmethod
    async def open(
        cls,
        path: Path,
        *,
        clock: Clock = time.time,
        busy_timeout_seconds: float = 5.0,
        purge_interval_seconds: float = 300.0,
        purge_batch_rows: int = 500,
    ) -> SQLiteStore:
        """Open (creating if need be) the database file, its parent directories and its schema.

        Expired rows are purged in the background, straight away and then every
        `purge_interval_seconds`, whether or not anyone is writing, until `close`.

        Args:
            path: the database file.
            clock: wall-clock seconds since the epoch; injectable so tests can move time on.
            busy_timeout_seconds: how long a write waits for another process's write to finish.
            purge_interval_seconds: how often expired rows are deleted.
            purge_batch_rows: the most rows one purge statement deletes, so that the write
                lock is only ever held briefly, even after a long downtime.

        Returns:
            The open store.
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        db = await SQLiteThread.connect(path, busy_timeout_seconds=busy_timeout_seconds)
        try:
            await db.run(prepare)
            store = cls(
                db,
                clock=clock,
                purge_interval_seconds=purge_interval_seconds,
                purge_batch_rows=purge_batch_rows,
                path=path,
            )
        except BaseException:
            await db.close()
            raise
        store._purging = asyncio.create_task(store._purge_every_interval())
        return store

    async def get(self, key: str) -> Versioned | None:
        """Return the value and its version, or None if absent or expired."""
        now = self._clock()
        return await self._db.run(lambda db: _get(db, key, now))

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
            NotWritten: another connection held the write lock past the busy timeout ("database
                is locked"): each statement is its own transaction, rolled back whole.

        Nothing else is `NotWritten`: the file is opened once, by `open`, before any event is
        claimed, and a file or folder made unreadable since does not stop this connection.
        """
        check_ttl(ttl_seconds)
        now = self._clock()
        params = {
            "key": key,
            "value": encode_json(value),
            "expires_at": now + ttl_seconds,
            "now": now,
            "version": expected_version,
            "event_id": None if claim is None else claim.event_id,
            "owner": None if claim is None else claim.owner,
        }
        sql = INSERT_NEW if expected_version is None else UPDATE_VERSION

        def put(db: sqlite3.Connection) -> None:
            if db.execute(sql, params).rowcount == 1:
                return
            if claim is not None and db.execute(TAKEN, params).fetchone()[0]:
                raise ClaimLost("another owner holds the event's claim")
            raise Conflict(f"expected version {expected_version} was not the stored one")

        try:
            await self._db.run(put)
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY:  # BUSY_SNAPSHOT etc. too
                raise
            raise NotWritten("another connection held the SQLite write lock") from exc
        return 1 if expected_version is None else expected_version + 1

    async def delete(self, key: str) -> None:
        """Remove the key if present."""
        await self._changes("DELETE FROM state WHERE key = ?", (key,))

    async def claim_event(self, event_id: str, ttl_seconds: float, *, owner: str) -> bool:
        """Claim an event for `owner`; False if it is finished or under a live claim."""
        check_ttl(ttl_seconds)
        params = self._event_params(event_id, ttl_seconds, owner)
        return await self._changes(CLAIM_EVENT, params) == 1

    async def claim_and_get(
        self, event_id: str, ttl_seconds: float, *, owner: str, key: str
    ) -> tuple[bool, Versioned | None]:
        """`claim_event`, then `get(key)`, in one handoff to the connection's thread."""
        check_ttl(ttl_seconds)
        params = self._event_params(event_id, ttl_seconds, owner)

        def claim_and_get(db: sqlite3.Connection) -> tuple[bool, Versioned | None]:
            claimed = db.execute(CLAIM_EVENT, params).rowcount == 1
            return claimed, _get(db, key, params["now"])

        return await self._db.run(claim_and_get)

    async def finish_event(self, event_id: str, ttl_seconds: float, *, owner: str) -> bool:
        """Record an event as answered for `ttl_seconds` from now, claimed or not; False if
        another owner holds a live claim on it."""
        check_ttl(ttl_seconds)
        params = self._event_params(event_id, ttl_seconds, owner)
        return await self._changes(FINISH_EVENT, params) == 1

    async def renew_event(self, event_id: str, ttl_seconds: float, *, owner: str) -> bool:
        """Extend `owner`'s unfinished claim, lapsed or not, to `ttl_seconds` from now; False if
        the event is finished or its last claim is not `owner`'s (or was purged)."""
        check_ttl(ttl_seconds)
        params = self._event_params(event_id, ttl_seconds, owner)
        return await self._changes(RENEW_EVENT, params) == 1

    async def release_event(
        self, event_id: str, *, owner: str, delivered: int = 0, ttl_seconds: float = 0.0
    ) -> bool:
        """Drop `owner`'s unfinished claim now, keeping a positive `delivered` for
        `ttl_seconds`; False if the event is finished or its last claim is not `owner`'s (or
        was purged)."""
        if delivered <= 0:
            params = {"event_id": event_id, "now": self._clock(), "owner": owner}
            return await self._changes(RELEASE_EVENT, params) == 1
        check_ttl(ttl_seconds)
        kept = {**self._event_params(event_id, ttl_seconds, owner), "parts": delivered}

        def release(db: sqlite3.Connection) -> bool:
            db.execute("BEGIN IMMEDIATE")
            try:
                released = db.execute(RELEASE_EVENT, kept).rowcount == 1
                if released:
                    db.execute(KEEP_DELIVERED, kept)
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
            return released

        return await self._db.run(release)

    async def delivered_parts(self, event_id: str) -> int:
        """The parts of the event's answer that arrived, as its last release said."""
        rows = await self._fetch(
            "SELECT parts FROM delivered_parts WHERE event_id = ? AND expires_at > ?",
            (event_id, self._clock()),
        )
        return int(rows[0][0]) if rows else 0

    async def event_finished(self, event_id: str) -> bool:
        """Whether the event was finished and that record has not yet expired."""
        rows = await self._fetch(
            "SELECT 1 FROM finished_events WHERE event_id = ? AND expires_at > ?",
            (event_id, self._clock()),
        )
        return bool(rows)

    async def delete_prefix(self, prefix: str) -> int:
        """Remove every key starting with `prefix`; return how many unexpired keys went."""
        now = self._clock()
        rows = await self._fetch(
            "DELETE FROM state WHERE substr(key, 1, ?) = ? RETURNING expires_at",
            (len(prefix), prefix),
        )
        return sum(1 for (expires_at,) in rows if expires_at > now)

    async def purge_expired(self) -> int:
        """Delete every expired row now, in batches, and give the freed space back to the file
        system; return how many values went (event ids not counted)."""
        async with self._purge_lock:
            now = self._clock()
            removed = dict.fromkeys(_EXPIRING_TABLES, 0)
            for table in _EXPIRING_TABLES:
                sql = PURGE_BATCH.format(table=table)
                while True:
                    batch = await self._changes(sql, {"now": now, "limit": self._purge_batch})
                    removed[table] += batch
                    if batch < self._purge_batch:
                        break
                    await asyncio.sleep(_BATCH_PAUSE_SECONDS)
            await self._vacuum_freed_pages()
            return removed["state"]

    async def ping(self) -> None:
        """Raise unless the file can really be read and written.

        The store's own connection serves reads from its page cache, so a file truncated or
        overwritten underneath it still looks healthy there; a fresh connection reads the file
        itself: the first and last row of every table (a few pages each, however large the
        file), then one write.

        Raises:
            sqlite3.Error: the file is missing, damaged, locked for too long or read-only.
            ValueError: the store is closed.
        """
        await self._fetch("SELECT 1")
        if self._path is not None:
            await asyncio.to_thread(check_file, self._path, self._clock())

    async def close(self) -> None:
        """Stop the background purge and close the connection; safe to call twice."""
        if self._purging is not None:
            self._purging.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._purging
            self._purging = None
        await self._db.close()

    def _event_params(self, event_id: str, ttl_seconds: float, owner: str) -> dict[str, Any]:
        now = self._clock()
        return {"event_id": event_id, "expires_at": now + ttl_seconds, "now": now, "owner": owner}

    async def _changes(self, sql: str, params: Parameters = ()) -> int:
        return await self._db.run(lambda db: db.execute(sql, params).rowcount)

    async def _fetch(self, sql: str, params: Parameters = ()) -> list[Any]:
        return await self._db.run(lambda db: db.execute(sql, params).fetchall())

    async def _purge_every_interval(self) -> None:
        while True:
            try:
                await self.purge_expired()
            except (sqlite3.Error, ValueError) as exc:  # busy, disk full, or closed under us
                _log.warning("purge failed", extra={"error": type(exc).__name__})
            await asyncio.sleep(self._purge_interval)

    async def _vacuum_freed_pages(self) -> None:
        """Hand free pages back to the file system, a bounded number per statement."""
        while True:
            free = (await self._fetch("PRAGMA freelist_count"))[0][0]
            if free == 0:
                return
            await self._db.run(lambda db: db.executescript(VACUUM_SCRIPT))
            if free <= VACUUM_PAGES:
                return
            await asyncio.sleep(_BATCH_PAUSE_SECONDS)


def _get(db: sqlite3.Connection, key: str, now: float) -> Versioned | None:
    row = db.execute(GET, (key, now)).fetchone()
    if row is None:
        return None
    value, version = row
    return Versioned(value=json.loads(value), version=version)
