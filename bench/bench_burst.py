"""A burst: many people asking at the same moment into one process, per store.

Each round sends `PEOPLE` first messages at once through the real turn pipeline, as a door
does (answer, then mark the event finished), and counts answers, apologies and events left
unfinished. The SQLite store is the same-run baseline; Redis runs twice, once with
redis-py's default connection pool (what the store used before) and once as shipped. Rounds
alternate between the rows and repeat; the report gives medians and the spread.
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import redis.asyncio as aioredis

from bot.app import build_core, record_clock
from bot.pipeline import TurnPipeline
from bot.stores import SQLiteStore, Store
from bot.stores.redis import RedisStore
from dialogs.assistant import Assistant
from dialogs.contract import Turn
from tests.support.redis_server import RedisServer

PEOPLE = 1000
ROUNDS = 3
OPENERS = ("Can I share information without consent?", "check", "help")


@dataclass
class Round:
    answered: int
    apologies: int
    unfinished: int
    seconds: float
    p99_ms: float


async def _burst(assistant: Assistant, store: Store, tag: str) -> Round:
    pipeline = TurnPipeline(
        assistant,
        store,
        clock=record_clock,
        dialog_ttl_seconds=3600,
        event_ttl_seconds=3600,
    )
    turns = [
        Turn("slack", f"D{tag}{n}", f"U{n}", text=OPENERS[n % 3], event_id=f"Ev{tag}{n}")
        for n in range(PEOPLE)
    ]
    latencies: list[float] = []

    async def one(turn: Turn) -> bool:
        started = time.perf_counter()
        answer = await pipeline.answer(turn)
        await pipeline.finish(turn)
        latencies.append(time.perf_counter() - started)
        return answer.apology

    started = time.perf_counter()
    apologies = sum(await asyncio.gather(*(one(turn) for turn in turns)))
    seconds = time.perf_counter() - started
    finished = [await store.event_finished(f"slack|{turn.event_id}") for turn in turns]
    return Round(
        answered=PEOPLE - apologies,
        apologies=apologies,
        unfinished=finished.count(False),
        seconds=seconds,
        p99_ms=statistics.quantiles(latencies, n=100)[-1] * 1000,
    )


async def _default_pool_store(url: str) -> Store:
    """The store as it was built before: redis-py's default pool, which raises when full."""
    client = aioredis.Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0)
    return RedisStore(client, namespace=f"bench-{uuid.uuid4().hex}", clock=time.time)


async def _run_all(redis_url: str, sqlite_dir: Path) -> dict[str, list[Round]]:
    assistant = build_core().assistant
    openers: dict[str, Callable[[], Awaitable[Store]]] = {
        "SQLite (baseline)": lambda: SQLiteStore.open(sqlite_dir / f"{uuid.uuid4().hex}.sqlite3"),
        "Redis, redis-py's default pool (before)": lambda: _default_pool_store(redis_url),
        "Redis, as shipped (waits for a connection)": lambda: RedisStore.open(
            redis_url, namespace=f"bench-{uuid.uuid4().hex}"
        ),
    }
    results: dict[str, list[Round]] = {name: [] for name in openers}
    for round_number in range(ROUNDS):
        for name, open_store in openers.items():
            store = await open_store()
            results[name].append(await _burst(assistant, store, f"r{round_number}-"))
            await store.close()
    return results


def run() -> str:
    """Send bursts of first messages into one pipeline per store and report what came back."""
    logging.getLogger("infoshare").addHandler(logging.NullHandler())
    logging.getLogger("infoshare").propagate = False
    with tempfile.TemporaryDirectory() as scratch, RedisServer(Path(scratch) / "redis") as redis:
        results = asyncio.run(_run_all(redis.url, Path(scratch)))
    lines = [
        f"{PEOPLE} first messages at once into one process, {ROUNDS} rounds alternating; "
        "medians (range).",
        "",
        "| store | answered | apologies | events unfinished | seconds to drain | p99 ms |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, rounds in results.items():
        lines.append(
            f"| {name} | {_spread([r.answered for r in rounds])} "
            f"| {_spread([r.apologies for r in rounds])} "
            f"| {_spread([r.unfinished for r in rounds])} "
            f"| {_spread([r.seconds for r in rounds], 2)} "
            f"| {_spread([r.p99_ms for r in rounds])} |"
        )
    return "\n".join(lines)


def _spread(values: list[float], digits: int = 0) -> str:
    median = statistics.median(values)
    low, high = min(values), max(values)
    if low == high:
        return f"{median:,.{digits}f}"
    return f"{median:,.{digits}f} ({low:,.{digits}f} to {high:,.{digits}f})"
