"""The parts of an answer that arrived, kept by the release (round 57, parts247), on every
backend (memory, real SQLite, real redis-server): a count only, kept apart from the claim the
release deletes, read back by the replay, forgotten when its span ends; and a SQLite file made
before the count was kept takes it on opening.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.stores import Store
from bot.stores.sqlite import SQLiteStore
from tests.support.stores import Backend, backend, store

__all__ = ["backend", "store"]  # the contract's fixtures, one per backend

LEASE = 30.0
KEPT = 600.0


async def test_the_count_outlives_the_released_claim_and_a_new_claim(store: Store) -> None:
    assert await store.claim_event("Ev1", LEASE, owner="a") is True

    assert await store.release_event("Ev1", owner="a", delivered=2, ttl_seconds=KEPT) is True

    assert await store.delivered_parts("Ev1") == 2
    assert await store.claim_event("Ev1", LEASE, owner="b") is True  # a re-delivery
    assert await store.delivered_parts("Ev1") == 2
    assert await store.delivered_parts("Ev2") == 0


async def test_no_count_is_kept_by_a_release_that_was_refused(store: Store) -> None:
    assert await store.claim_event("Ev1", LEASE, owner="a") is True

    assert await store.release_event("Ev1", owner="b", delivered=1, ttl_seconds=KEPT) is False

    assert await store.delivered_parts("Ev1") == 0


async def test_a_later_release_of_nothing_keeps_the_count(store: Store) -> None:
    assert await store.claim_event("Ev1", LEASE, owner="a") is True
    assert await store.release_event("Ev1", owner="a", delivered=1, ttl_seconds=KEPT) is True
    assert await store.claim_event("Ev1", LEASE, owner="b") is True

    assert await store.release_event("Ev1", owner="b") is True

    assert await store.delivered_parts("Ev1") == 1


async def test_the_count_is_forgotten_when_its_span_ends(backend: Backend) -> None:
    store, clock = backend.store, backend.clock
    assert await store.claim_event("Ev1", LEASE, owner="a") is True
    assert await store.release_event("Ev1", owner="a", delivered=1, ttl_seconds=KEPT) is True

    clock.advance(KEPT + 1)

    assert await store.delivered_parts("Ev1") == 0


async def test_a_file_from_before_the_count_takes_it_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
        " version INTEGER NOT NULL, expires_at REAL NOT NULL);"
        "CREATE TABLE events (event_id TEXT PRIMARY KEY, expires_at REAL NOT NULL,"
        " owner TEXT NOT NULL DEFAULT '');"
        "CREATE TABLE finished_events (event_id TEXT PRIMARY KEY, expires_at REAL NOT NULL);"
    )
    old.close()
    store = await SQLiteStore.open(path)
    try:
        assert await store.claim_event("Ev1", LEASE, owner="a") is True
        assert await store.release_event("Ev1", owner="a", delivered=1, ttl_seconds=KEPT)
        assert await store.delivered_parts("Ev1") == 1
        assert await store.purge_expired() == 0
    finally:
        await store.close()
