"""The SQLite store's schema and statements, and how a file is prepared and checked."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

_log = logging.getLogger("infoshare.store")
VACUUM_PAGES = 100
"""Pages handed back to the file system per statement (400 KiB at SQLite's default page size)."""
VACUUM_SCRIPT = f"PRAGMA incremental_vacuum({VACUUM_PAGES});"
"""As a script: a plain execute steps this pragma once, freeing a single page."""
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
    expires_at REAL NOT NULL,
    owner TEXT NOT NULL DEFAULT ''
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
CREATE TABLE IF NOT EXISTS delivered_parts (
    event_id TEXT PRIMARY KEY,
    parts INTEGER NOT NULL,
    expires_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS delivered_parts_expires_at ON delivered_parts (expires_at);
"""

# One batch of a purge: at most :limit rows, found through the table's expiry index.
PURGE_BATCH = """
DELETE FROM {table} WHERE rowid IN (
    SELECT rowid FROM {table} WHERE expires_at <= :now LIMIT :limit
)
"""

# True when someone other than :owner holds a live claim on :event_id (never, for a NULL
# :event_id: a write made under no claim).
TAKEN = """
SELECT EXISTS (
    SELECT 1 FROM events WHERE event_id = :event_id AND expires_at > :now AND owner != :owner
)
"""

# An expired row counts as absent, so inserting over it is allowed and starts again at version 1.
INSERT_NEW = """
INSERT INTO state (key, value, version, expires_at)
SELECT :key, :value, 1, :expires_at WHERE NOT EXISTS (
    SELECT 1 FROM events WHERE event_id = :event_id AND expires_at > :now AND owner != :owner
)
ON CONFLICT (key) DO UPDATE
    SET value = excluded.value, version = 1, expires_at = excluded.expires_at
    WHERE state.expires_at <= :now
"""

UPDATE_VERSION = """
UPDATE state SET value = :value, version = version + 1, expires_at = :expires_at
WHERE key = :key AND version = :version AND expires_at > :now AND NOT EXISTS (
    SELECT 1 FROM events WHERE event_id = :event_id AND expires_at > :now AND owner != :owner
)
"""

GET = "SELECT value, version FROM state WHERE key = ? AND expires_at > ?"

# A finished event cannot be claimed again; checking that here keeps `finish_event` to one
# statement (it is on every turn's path).
CLAIM_EVENT = """
INSERT INTO events (event_id, expires_at, owner)
SELECT :event_id, :expires_at, :owner
WHERE NOT EXISTS (
    SELECT 1 FROM finished_events WHERE event_id = :event_id AND expires_at > :now
)
ON CONFLICT (event_id) DO UPDATE
    SET expires_at = excluded.expires_at, owner = excluded.owner
    WHERE events.expires_at <= :now
"""

RENEW_EVENT = """
UPDATE events SET expires_at = :expires_at
WHERE event_id = :event_id AND owner = :owner AND NOT EXISTS (
    SELECT 1 FROM finished_events WHERE event_id = :event_id AND expires_at > :now
)
"""

RELEASE_EVENT = """
DELETE FROM events
WHERE event_id = :event_id AND owner = :owner AND NOT EXISTS (
    SELECT 1 FROM finished_events WHERE event_id = :event_id AND expires_at > :now
)
"""

# Kept apart from the claim, which the release deletes (made by the schema's IF NOT EXISTS in a
# file from before it, too).
KEEP_DELIVERED = """
INSERT INTO delivered_parts (event_id, parts, expires_at) VALUES (:event_id, :parts, :expires_at)
ON CONFLICT (event_id) DO UPDATE SET parts = excluded.parts, expires_at = excluded.expires_at
"""

FINISH_EVENT = """
INSERT INTO finished_events (event_id, expires_at)
SELECT :event_id, :expires_at WHERE NOT EXISTS (
    SELECT 1 FROM events WHERE event_id = :event_id AND expires_at > :now AND owner != :owner
)
ON CONFLICT (event_id) DO UPDATE SET expires_at = excluded.expires_at
"""


def prepare(db: sqlite3.Connection) -> None:
    """Set the file's modes and make its schema, converting a file from an earlier version."""
    # Before WAL mode and the tables: afterwards a new file could only take it by VACUUM.
    db.execute("PRAGMA auto_vacuum = INCREMENTAL")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute(f"PRAGMA journal_size_limit = {_WAL_LIMIT_BYTES}")
    db.executescript(_SCHEMA)
    _add_claim_owners(db)
    _give_back_space_from_now_on(db)


def _add_claim_owners(db: sqlite3.Connection) -> None:
    """Give a file made before claims had owners its `owner` column (another process opening
    the same file may just have done so)."""
    if any(row[1] == "owner" for row in db.execute("PRAGMA table_info(events)")):
        return
    try:
        db.execute("ALTER TABLE events ADD COLUMN owner TEXT NOT NULL DEFAULT ''")
    except sqlite3.OperationalError:
        if not any(row[1] == "owner" for row in db.execute("PRAGMA table_info(events)")):
            raise


def _give_back_space_from_now_on(db: sqlite3.Connection) -> None:
    """Convert a file made before incremental vacuum was on, so purges can shrink it.

    VACUUM rewrites the whole file in one transaction: if it cannot (another process is
    writing, or the disk is short of room for the copy), the file is left as it was, still
    whole, and the next start tries again.
    """
    if db.execute("PRAGMA auto_vacuum").fetchone()[0] != 0:
        return
    try:
        db.execute("PRAGMA auto_vacuum = INCREMENTAL")
        db.execute("VACUUM")
    except sqlite3.Error as exc:
        _log.warning("vacuum failed", extra={"error": type(exc).__name__})


_HEALTH_TABLES = ("state", "events", "finished_events")
_HEALTH_WRITE = """
INSERT INTO health (id, checked_at) VALUES (1, ?)
ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at
"""


def check_file(path: Path, now: float) -> None:
    """Open `path` afresh (never creating it), read the ends of every table and write one row."""
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=2.0)
    try:
        for table in _HEALTH_TABLES:
            db.execute(f"SELECT min(rowid), max(rowid) FROM {table}").fetchall()  # noqa: S608
        with db:
            db.execute(_HEALTH_WRITE, (now,))
    finally:
        db.close()
