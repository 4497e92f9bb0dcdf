"""The store's share of a turn: claim the event, read the conversation, save it, finish the event.

Each row runs the same turns, one after another, and times the store calls of each turn. The
baselines are the turn as the pipeline made it before this round: four calls (`claim_event`,
`get`, `put`, `finish_event`). For SQLite the baseline is the store as it was, on aiosqlite,
rebuilt here with its statements (each write two handoffs to aiosqlite's thread, each read one:
seven a turn). The rows after it are this store: the same four calls (one handoff each), then
the turn as the pipeline makes it now (`claim_and_get`, `put` under the claim, `finish_event`:
three). Plain `sqlite3` on the event loop's own thread is the floor, for reference. For Redis,
the four calls against the three (round trips), on the store as it is now. Rounds alternate
between the rows; the report gives the median turn, the range of the rounds' medians, and each
row against its baseline. Last, the cost of one handoff to a thread and back.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import aiosqlite

from bot.stores import Claim, SQLiteStore, Store
from bot.stores.redis import RedisStore
from bot.stores.sqlite_thread import SQLiteThread
from tests.support.redis_server import RedisServer

TURNS = 400
"""Turns per row per round."""
ROUNDS = 7
CONVERSATIONS = 50
LEASE, EVENT_TTL, DIALOG_TTL = 30.0, 3600.0, 86400.0
VALUE = {
    "dialog": {"check": {"step": "q3", "answers": ["q1:yes", "q2:yes"]}, "noticed": True},
    "applied": [f"slack|Ev{n:08d}" for n in range(8)],
    "replay": None,
}

Turn = Callable[[int], Awaitable[None]]

# The statements of the store as it was (aiosqlite, claims without owners).
_OLD_CLAIM = """
INSERT INTO events (event_id, expires_at)
SELECT :event_id, :expires_at
WHERE NOT EXISTS (
    SELECT 1 FROM finished_events WHERE event_id = :event_id AND expires_at > :now
)
ON CONFLICT (event_id) DO UPDATE
    SET expires_at = excluded.expires_at
    WHERE events.expires_at <= :now
"""
_OLD_GET = "SELECT value, version FROM state WHERE key = ? AND expires_at > ?"
_OLD_INSERT = """
INSERT INTO state (key, value, version, expires_at) VALUES (:key, :value, 1, :expires_at)
ON CONFLICT (key) DO UPDATE
    SET value = excluded.value, version = 1, expires_at = excluded.expires_at
    WHERE state.expires_at <= :now
"""
_OLD_UPDATE = """
UPDATE state SET value = :value, version = version + 1, expires_at = :expires_at
WHERE key = :key AND version = :version AND expires_at > :now
"""
_OLD_FINISH = """
INSERT INTO finished_events (event_id, expires_at) VALUES (:event_id, :expires_at)
ON CONFLICT (event_id) DO UPDATE SET expires_at = excluded.expires_at
"""


def _names(n: int, run: str) -> tuple[str, str]:
    return f"slack|{run}-Ev{n:08d}", f"slack|D{n % CONVERSATIONS}|U{n % CONVERSATIONS}|{run}"


def _encoded() -> str:
    return json.dumps(VALUE, separators=(",", ":"))


def aiosqlite_before(db: aiosqlite.Connection, run: str) -> Turn:
    """The four calls as the aiosqlite store made them: seven handoffs."""

    async def changes(sql: str, params: dict[str, object]) -> int:
        async with db.execute(sql, params) as cursor:
            return cursor.rowcount

    async def turn(n: int) -> None:
        event, key = _names(n, run)
        now = time.time()
        claim = {"event_id": event, "expires_at": now + LEASE, "now": now}
        assert await changes(_OLD_CLAIM, claim) == 1
        rows = list(await db.execute_fetchall(_OLD_GET, (key, now)))
        version = rows[0][1] if rows else None
        json.loads(rows[0][0]) if rows else None
        params = {"key": key, "value": _encoded(), "expires_at": now + DIALOG_TTL, "now": now}
        sql = _OLD_INSERT if version is None else _OLD_UPDATE
        assert await changes(sql, {**params, "version": version}) == 1
        await changes(_OLD_FINISH, {"event_id": event, "expires_at": now + EVENT_TTL})

    return turn


def plain_sqlite3(db: sqlite3.Connection, run: str) -> Turn:
    """The same four statements on the event loop's own thread: the floor, not an option
    (a slow disk would stall every conversation)."""

    async def turn(n: int) -> None:
        event, key = _names(n, run)
        now = time.time()
        claim = {"event_id": event, "expires_at": now + LEASE, "now": now}
        assert db.execute(_OLD_CLAIM, claim).rowcount == 1
        row = db.execute(_OLD_GET, (key, now)).fetchone()
        version = row[1] if row else None
        json.loads(row[0]) if row else None
        params = {"key": key, "value": _encoded(), "expires_at": now + DIALOG_TTL, "now": now}
        sql = _OLD_INSERT if version is None else _OLD_UPDATE
        assert db.execute(sql, {**params, "version": version}).rowcount == 1
        db.execute(_OLD_FINISH, {"event_id": event, "expires_at": now + EVENT_TTL})

    return turn


def four_calls(store: Store, run: str) -> Turn:
    """The turn as the pipeline made it before: claim, get, put, finish."""

    async def turn(n: int) -> None:
        event, key = _names(n, run)
        assert await store.claim_event(event, LEASE, owner="bench")
        stored = await store.get(key)
        expected = stored.version if stored else None
        await store.put(key, VALUE, expected_version=expected, ttl_seconds=DIALOG_TTL)
        await store.finish_event(event, EVENT_TTL, owner="bench")

    return turn


def three_calls(store: Store, run: str) -> Turn:
    """The turn as the pipeline makes it now: claim and read in one call, save under the
    claim, finish."""

    async def turn(n: int) -> None:
        event, key = _names(n, run)
        claimed, stored = await store.claim_and_get(event, LEASE, owner="bench", key=key)
        assert claimed
        expected = stored.version if stored else None
        await store.put(
            key,
            VALUE,
            expected_version=expected,
            ttl_seconds=DIALOG_TTL,
            claim=Claim(event, "bench"),
        )
        await store.finish_event(event, EVENT_TTL, owner="bench")

    return turn


async def _time(turn: Turn, first: int) -> list[float]:
    seconds = []
    for n in range(first, first + TURNS):
        started = time.perf_counter()
        await turn(n)
        seconds.append(time.perf_counter() - started)
    return seconds


async def _run_all(scratch: Path, redis_url: str | None) -> dict[str, list[list[float]]]:
    run = uuid.uuid4().hex[:8]
    before = await aiosqlite.connect(scratch / "before.sqlite3", isolation_level=None)
    now_four = await SQLiteStore.open(scratch / "four.sqlite3")
    now_three = await SQLiteStore.open(scratch / "three.sqlite3")
    floor = sqlite3.connect(scratch / "floor.sqlite3", isolation_level=None)
    for made in ("before.sqlite3", "floor.sqlite3"):  # the schema, as the store makes it
        await (await SQLiteStore.open(scratch / made)).close()
    floor.execute("PRAGMA journal_mode = WAL")
    floor.execute("PRAGMA synchronous = NORMAL")
    await before.execute_fetchall("PRAGMA journal_mode = WAL")
    await before.execute_fetchall("PRAGMA synchronous = NORMAL")
    rows: dict[str, Turn] = {
        "SQLite, aiosqlite store, 4 calls (before)": aiosqlite_before(before, run),
        "SQLite, this store, the same 4 calls": four_calls(now_four, run),
        "SQLite, this store, 3 calls (now)": three_calls(now_three, run),
        "SQLite, plain sqlite3 on the loop (floor)": plain_sqlite3(floor, run),
    }
    redis: list[RedisStore] = []
    if redis_url is not None:
        redis = [await RedisStore.open(redis_url, namespace=f"bench-{run}-{n}") for n in (4, 3)]
        rows["Redis, 4 calls (before)"] = four_calls(redis[0], run)
        rows["Redis, 3 calls (now)"] = three_calls(redis[1], run)
    timings: dict[str, list[list[float]]] = {name: [] for name in rows}
    try:
        for turn in rows.values():  # warm up: caches, connections, scripts
            await _time(turn, 10_000_000)
        for round_ in range(ROUNDS):
            order = list(rows.items())
            for name, turn in order if round_ % 2 == 0 else reversed(order):
                timings[name].append(await _time(turn, round_ * TURNS))
    finally:
        await before.close()
        await now_four.close()
        await now_three.close()
        floor.close()
        for store in redis:
            await store.close()
    return timings


def _report(timings: dict[str, list[list[float]]]) -> str:
    lines = [
        f"{TURNS} turns per row per round, {ROUNDS} rounds, the rows' order reversed every other",
        "round; one turn at a time. Against the baseline: the median of the rounds' ratios of",
        "medians (each round's rows ran side by side, so a busy spell weighs on both).",
        "",
        "| store calls of one turn | median µs | rounds' medians µs | against the baseline |",
        "|---|---:|---:|---:|",
    ]
    baseline: dict[str, list[float]] = {}
    for name, rounds in timings.items():
        median = statistics.median(t for r in rounds for t in r) * 1e6
        medians = [statistics.median(r) * 1e6 for r in rounds]
        backend = name.split(",")[0]
        if "(before)" in name:
            baseline[backend] = medians
        ratios = [m / b for m, b in zip(medians, baseline.get(backend, []), strict=False)]
        ratio = statistics.median(ratios) if ratios else float("nan")
        lines.append(
            f"| {name} | {median:.0f} | {min(medians):.0f}-{max(medians):.0f} | {ratio:.2f}x |"
        )
    return "\n".join(lines)


async def _handoffs(scratch: Path) -> str:
    """One empty call to a worker thread and back: this store's thread, and `run_in_executor`
    on a one-thread pool (the obvious alternative), alternating rounds."""
    thread = await SQLiteThread.connect(scratch / "handoff.sqlite3", busy_timeout_seconds=5)
    pool = ThreadPoolExecutor(1)
    loop = asyncio.get_running_loop()
    calls = TURNS * 5
    medians: dict[str, list[float]] = {"this store's thread": [], "run_in_executor": []}
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for _ in range(calls):
            await thread.run(lambda _: None)
        medians["this store's thread"].append((time.perf_counter() - started) / calls * 1e6)
        started = time.perf_counter()
        for _ in range(calls):
            await loop.run_in_executor(pool, int)
        medians["run_in_executor"].append((time.perf_counter() - started) / calls * 1e6)
    await thread.close()
    pool.shutdown()
    lines = ["| one handoff to a thread and back | mean µs, median of rounds |", "|---|---:|"]
    lines += [f"| {name} | {statistics.median(m):.0f} |" for name, m in medians.items()]
    return "\n".join(lines)


def run() -> str:
    """Time the store's part of a turn, before and now, on SQLite and (if it is installed)
    a local redis-server."""
    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch)
        try:
            server: RedisServer | None = RedisServer(directory / "redis")
        except FileNotFoundError:
            server = None
        handoffs = asyncio.run(_handoffs(directory))
        if server is None:
            timings = asyncio.run(_run_all(directory, None))
            missing = "(redis-server is not installed: no Redis rows.)"
            return f"{_report(timings)}\n\n{missing}\n\n{handoffs}"
        with server:
            timings = asyncio.run(_run_all(directory, server.url))
        return f"{_report(timings)}\n\n{handoffs}"
