"""The SQLite store keeps itself small: expired rows go in short batches, also while nobody
writes, through an index, and the space they took is given back to the file system."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from bot.stores import SQLiteStore
from tests.support.clocks import FakeClock

TTL = 60.0


async def _fill(store: SQLiteStore, rows: int, *, ttl: float = TTL, size: int = 10) -> None:
    for n in range(rows):
        await store.put(f"k{n}", {"pad": "x" * size}, expected_version=None, ttl_seconds=ttl)
        await store.claim_event(f"Ev{n}", ttl_seconds=ttl, owner="a")
        await store.finish_event(f"Ev{n}", ttl_seconds=ttl, owner="a")


def _count(path: Path, table: str) -> int:
    raw = sqlite3.connect(path)
    try:
        return int(raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        raw.close()


async def test_an_idle_store_purges_expired_rows_by_itself(tmp_path: Path) -> None:
    path, clock = tmp_path / "state.sqlite3", FakeClock()
    store = await SQLiteStore.open(path, clock=clock, purge_interval_seconds=0.05)
    await _fill(store, 3, ttl=5)
    await store.put("kept", {}, expected_version=None, ttl_seconds=TTL)
    clock.advance(10)

    # Nobody writes: the store's own timer must do it.
    for _ in range(100):
        if _count(path, "state") == 1:
            break
        await asyncio.sleep(0.02)

    assert _count(path, "state") == 1
    assert _count(path, "events") == 0
    assert _count(path, "finished_events") == 0
    assert await store.get("kept") is not None
    await store.close()


async def test_closing_stops_the_background_purge(tmp_path: Path) -> None:
    store = await SQLiteStore.open(tmp_path / "state.sqlite3", purge_interval_seconds=0.01)
    await asyncio.sleep(0.05)
    purges = [t for t in asyncio.all_tasks() if "_purge_every_interval" in repr(t.get_coro())]
    assert len(purges) == 1

    await store.close()
    await store.close()

    assert purges[0].done()


async def test_a_purge_deletes_at_most_one_batch_per_statement(tmp_path: Path) -> None:
    path, clock = tmp_path / "state.sqlite3", FakeClock()
    store = await SQLiteStore.open(
        path, clock=clock, purge_interval_seconds=3600, purge_batch_rows=100
    )
    await asyncio.sleep(0)  # the opening purge runs (and finds nothing)
    await _fill(store, 1_050, ttl=5)
    clock.advance(10)
    statements: list[str] = []
    await store._db.run(lambda db: db.set_trace_callback(statements.append))

    assert await store.purge_expired() == 1_050

    deletes = [s for s in statements if s.lstrip().startswith("DELETE FROM state")]
    assert len(deletes) == 11  # ten full batches of 100, then the last 50
    assert all("LIMIT 100" in s for s in deletes)
    assert _count(path, "state") == 0
    await store.close()


async def test_every_expiry_the_purge_scans_is_found_through_an_index(tmp_path: Path) -> None:
    path, clock = tmp_path / "state.sqlite3", FakeClock()
    store = await SQLiteStore.open(path, clock=clock, purge_interval_seconds=3600)
    await asyncio.sleep(0)
    statements: list[str] = []
    await store._db.run(lambda db: db.set_trace_callback(statements.append))
    await store.purge_expired()
    await store.close()

    deletes = [s for s in statements if s.lstrip().startswith("DELETE")]
    tables = {"state", "events", "finished_events", "delivered_parts"}  # the last: round 57
    assert {s.split()[2] for s in deletes} == tables
    raw = sqlite3.connect(path)
    try:
        for delete in deletes:
            table = delete.split()[2]
            plan = " ".join(row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {delete}"))
            assert f"INDEX {table}_expires_at (expires_at<?)" in plan, plan
    finally:
        raw.close()


async def test_the_file_shrinks_after_a_big_purge(tmp_path: Path) -> None:
    path, clock = tmp_path / "state.sqlite3", FakeClock()
    store = await SQLiteStore.open(path, clock=clock, purge_interval_seconds=3600)
    await _fill(store, 2_000, ttl=5, size=2_000)
    await store.put("kept", {"step": "q3"}, expected_version=None, ttl_seconds=TTL)
    await store.close()
    full = path.stat().st_size

    clock.advance(10)
    store = await SQLiteStore.open(path, clock=clock, purge_interval_seconds=3600)
    await store.purge_expired()
    kept = await store.get("kept")
    await store.close()

    assert kept is not None and kept.value == {"step": "q3"}
    assert full > 4_000_000
    assert path.stat().st_size < full / 10


async def test_a_file_made_before_incremental_vacuum_is_converted_and_kept(
    tmp_path: Path,
) -> None:
    path, clock = tmp_path / "state.sqlite3", FakeClock()
    old = sqlite3.connect(path, isolation_level=None)
    old.execute("PRAGMA journal_mode = WAL")
    old.executescript(
        "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
        " version INTEGER NOT NULL, expires_at REAL NOT NULL);"
        "CREATE INDEX state_expires_at ON state (expires_at);"
        "CREATE TABLE events (event_id TEXT PRIMARY KEY, expires_at REAL NOT NULL);"
        "CREATE INDEX events_expires_at ON events (expires_at);"
        "CREATE TABLE finished_events (event_id TEXT PRIMARY KEY, expires_at REAL NOT NULL);"
    )
    old.execute("INSERT INTO state VALUES ('k', '{\"step\": \"q2\"}', 3, ?)", (clock.now + TTL,))
    assert old.execute("PRAGMA auto_vacuum").fetchone() == (0,)
    old.close()

    store = await SQLiteStore.open(path, clock=clock)
    got = await store.get("k")
    await store.close()

    assert got is not None and (got.value, got.version) == ({"step": "q2"}, 3)
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA auto_vacuum").fetchone() == (2,)  # incremental
        indexes = {row[1] for row in raw.execute("PRAGMA index_list(finished_events)")}
        assert "finished_events_expires_at" in indexes
    finally:
        raw.close()
