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

import aiosqlite

from bot.stores.memory import Clock, check_ttl, encode_json
from bot.stores.protocol import Conflict, JSONObject, Versioned

Parameters = Sequence[Any] | Mapping[str, Any]

_log = logging.getLogger("infoshare.store")
_EXPIRING_TABLES = ("events", "finished_events", "state")
_BATCH_PAUSE_SECONDS = 0.002
"""Between purge batches: long enough for another process waiting on the write lock to take it."""
_VACUUM_PAGES = 100
"""Pages handed back to the file system per statement (400 KiB at SQLite's default page size)."""
_WAL_LIMIT_BYTES = 4 * 1024 * 1024
"""The write-ahead log is cut back to this after a checkpoint, so a big purge leaves no big log."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    version INTEGER NOT NULL,
    expires_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS state_expires_at ON state (expires_at);
CREATE TABLE IF NOT EXISTS events (
    event_id TEXT PRIMARY KEY,
    expires_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS events_expires_at ON events (expires_at);
CREATE TABLE IF NOT EXISTS finished_events (
    event_id TEXT PRIMARY KEY,
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS health (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS finished_events_expires_at ON finished_events (expires_at);
"""

# One batch of a purge: at most :limit rows, found through the table's expiry index.
_PURGE_BATCH = """
DELETE FROM {table} WHERE rowid IN (
    SELECT rowid FROM {table} WHERE expires_at <= :now LIMIT :limit
)
"""

# An expired row counts as absent, so inserting over it is allowed and starts again at version 1.
_INSERT_NEW = """
INSERT INTO state (key, value, version, expires_at) VALUES (:key, :value, 1, :expires_at)
ON CONFLICT (key) DO UPDATE
    SET value = excluded.value, version = 1, expires_at = excluded.expires_at
    WHERE state.expires_at <= :now
"""

_UPDATE_VERSION = """
UPDATE state SET value = :value, version = version + 1, expires_at = :expires_at
WHERE key = :key AND version = :version AND expires_at > :now
"""

# A finished event cannot be claimed again; checking that here keeps `finish_event` to one
# statement (it is on every turn's path).
_CLAIM_EVENT = """
INSERT INTO events (event_id, expires_at)
SELECT :event_id, :expires_at
WHERE NOT EXISTS (
    SELECT 1 FROM finished_events WHERE event_id = :event_id AND expires_at > :now
)
ON CONFLICT (event_id) DO UPDATE
    SET expires_at = excluded.expires_at
    WHERE events.expires_at <= :now
"""

_RENEW_EVENT = """
UPDATE events SET expires_at = :expires_at
WHERE event_id = :event_id AND expires_at > :now AND NOT EXISTS (
    SELECT 1 FROM finished_events WHERE event_id = :event_id AND expires_at > :now
)
"""

_FINISH_EVENT = """
INSERT INTO finished_events (event_id, expires_at) VALUES (:event_id, :expires_at)
ON CONFLICT (event_id) DO UPDATE SET expires_at = excluded.expires_at
"""


class SQLiteStore:
    """Keyed JSON values in a SQLite file, in WAL mode so readers never block the writer.

    Each check-and-write is a single SQL statement, so it is atomic across every connection
    to the file, whichever process holds it. Expiry times are absolute wall-clock seconds,
    because several processes must agree on them.

    Build one with `await SQLiteStore.open(path)`.
    """

    def __init__(
        self,
        connection: aiosqlite.Connection,
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
        # When aiosqlite cannot open a file its worker thread outlives the event loop and
        # prints a traceback at exit, so the file is tried first without it.
        await asyncio.to_thread(_try_open, path)
        # isolation_level=None: autocommit, so each statement is its own transaction;
        # timeout sets SQLite's busy timeout.
        db = await aiosqlite.connect(path, timeout=busy_timeout_seconds, isolation_level=None)
        try:
            # Before WAL mode and the tables: afterwards a new file could only take it by VACUUM.
            await db.execute_fetchall("PRAGMA auto_vacuum = INCREMENTAL")
            await db.execute_fetchall("PRAGMA journal_mode = WAL")
            await db.execute_fetchall("PRAGMA synchronous = NORMAL")
            await db.execute_fetchall(f"PRAGMA journal_size_limit = {_WAL_LIMIT_BYTES}")
            await db.executescript(_SCHEMA)
            await _give_back_space_from_now_on(db)
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
        rows = await self._db.execute_fetchall(
            "SELECT value, version FROM state WHERE key = ? AND expires_at > ?",
            (key, self._clock()),
        )
        row = next(iter(rows), None)
        if row is None:
            return None
        value, version = row
        return Versioned(value=json.loads(value), version=version)

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
        now = self._clock()
        params = {
            "key": key,
            "value": encode_json(value),
            "expires_at": now + ttl_seconds,
            "now": now,
            "version": expected_version,
        }
        sql = _INSERT_NEW if expected_version is None else _UPDATE_VERSION
        if await self._changes(sql, params) != 1:
            raise Conflict(f"expected version {expected_version} was not the stored one")
        return 1 if expected_version is None else expected_version + 1

    async def delete(self, key: str) -> None:
        """Remove the key if present."""
        await self._changes("DELETE FROM state WHERE key = ?", (key,))

    async def claim_event(self, event_id: str, ttl_seconds: float) -> bool:
        """Record an event id; True the first time it is seen within `ttl_seconds`, else False."""
        check_ttl(ttl_seconds)
        now = self._clock()
        params = {"event_id": event_id, "expires_at": now + ttl_seconds, "now": now}
        return await self._changes(_CLAIM_EVENT, params) == 1

    async def finish_event(self, event_id: str, ttl_seconds: float) -> None:
        """Record an event as answered for `ttl_seconds` from now, claimed or not."""
        check_ttl(ttl_seconds)
        params = {"event_id": event_id, "expires_at": self._clock() + ttl_seconds}
        await self._changes(_FINISH_EVENT, params)

    async def renew_event(self, event_id: str, ttl_seconds: float) -> bool:
        """Extend a live, unfinished claim to `ttl_seconds` from now; False if there is none."""
        check_ttl(ttl_seconds)
        now = self._clock()
        params = {"event_id": event_id, "expires_at": now + ttl_seconds, "now": now}
        return await self._changes(_RENEW_EVENT, params) == 1

    async def event_finished(self, event_id: str) -> bool:
        """Whether the event was finished and that record has not yet expired."""
        rows = await self._db.execute_fetchall(
            "SELECT 1 FROM finished_events WHERE event_id = ? AND expires_at > ?",
            (event_id, self._clock()),
        )
        return bool(list(rows))

    async def delete_prefix(self, prefix: str) -> int:
        """Remove every key starting with `prefix`; return how many unexpired keys went."""
        now = self._clock()
        rows = await self._db.execute_fetchall(
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
                sql = _PURGE_BATCH.format(table=table)
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
        await self._db.execute_fetchall("SELECT 1")
        if self._path is not None:
            await asyncio.to_thread(_check_file, self._path, self._clock())

    async def close(self) -> None:
        """Stop the background purge and close the connection; safe to call twice."""
        if self._purging is not None:
            self._purging.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._purging
            self._purging = None
        await self._db.close()

    async def _changes(self, sql: str, params: Parameters) -> int:
        async with self._db.execute(sql, params) as cursor:
            return cursor.rowcount

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
            rows = await self._db.execute_fetchall("PRAGMA freelist_count")
            free = next(iter(rows))[0]
            if free == 0:
                return
            # As a script: a plain execute steps this pragma once, freeing a single page.
            await self._db.executescript(f"PRAGMA incremental_vacuum({_VACUUM_PAGES});")
            if free <= _VACUUM_PAGES:
                return
            await asyncio.sleep(_BATCH_PAUSE_SECONDS)


async def _give_back_space_from_now_on(db: aiosqlite.Connection) -> None:
    """Convert a file made before incremental vacuum was on, so purges can shrink it.

    VACUUM rewrites the whole file in one transaction: if it cannot (another process is
    writing, or the disk is short of room for the copy), the file is left as it was, still
    whole, and the next start tries again.
    """
    rows = await db.execute_fetchall("PRAGMA auto_vacuum")
    if next(iter(rows))[0] != 0:
        return
    try:
        await db.execute_fetchall("PRAGMA auto_vacuum = INCREMENTAL")
        await db.execute_fetchall("VACUUM")
    except sqlite3.Error as exc:
        _log.warning("vacuum failed", extra={"error": type(exc).__name__})


_HEALTH_TABLES = ("state", "events", "finished_events")
_HEALTH_WRITE = """
INSERT INTO health (id, checked_at) VALUES (1, ?)
ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at
"""


def _try_open(path: Path) -> None:
    sqlite3.connect(path).close()


def _check_file(path: Path, now: float) -> None:
    """Open `path` afresh (never creating it), read the ends of every table and write one row."""
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=2.0)
    try:
        for table in _HEALTH_TABLES:
            db.execute(f"SELECT min(rowid), max(rowid) FROM {table}").fetchall()  # noqa: S608
        with db:
            db.execute(_HEALTH_WRITE, (now,))
    finally:
        db.close()
