"""A burst: many people asking at the same moment into one process, per store.

Each round sends `PEOPLE` first messages at once through the real turn pipeline, as a door
does (answer, then mark the event finished), and counts answers, apologies and events left
unfinished. The SQLite store is the same-run baseline; Redis runs twice, once with
redis-py's default connection pool (what the store used before) and once as shipped. Rounds
alternate between the rows and repeat; the report gives medians and the spread.

With ``--cluster`` (``python -m bench burst --cluster``) the rows are the store on one Redis
server and on a Redis Cluster of three primaries with a replica each (``INFOSHARE_REDIS_CLUSTER``,
made by `redis-cli --cluster create`), in the same run, with the cluster's medians over the
single server's.
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
from tests.support.redis_cluster_failover import start_failover_cluster
from tests.support.redis_server import RedisServer

PRODUCTION_NODE_TIMEOUT_MS = 15_000
"""The cluster's `cluster-node-timeout` here (Redis's default): a node slowed by the bench's own
load is not taken for dead, as the tests' short timeout could."""
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
    openers: dict[str, Callable[[], Awaitable[Store]]] = {
        "SQLite (baseline)": lambda: SQLiteStore.open(sqlite_dir / f"{uuid.uuid4().hex}.sqlite3"),
        "Redis, redis-py's default pool (before)": lambda: _default_pool_store(redis_url),
        "Redis, as shipped (waits for a connection)": lambda: RedisStore.open(
            redis_url, namespace=f"bench-{uuid.uuid4().hex}"
        ),
    }
    return await _alternate(openers)


async def _run_beside_cluster(redis_url: str, cluster_url: str) -> dict[str, list[Round]]:
    openers: dict[str, Callable[[], Awaitable[Store]]] = {
        SINGLE: lambda: RedisStore.open(redis_url, namespace=f"bench-{uuid.uuid4().hex}"),
        CLUSTER: lambda: RedisStore.open(
            cluster_url, namespace=f"bench-{uuid.uuid4().hex}", cluster=True
        ),
    }
    return await _alternate(openers)


async def _alternate(openers: dict[str, Callable[[], Awaitable[Store]]]) -> dict[str, list[Round]]:
    assistant = build_core().assistant
    results: dict[str, list[Round]] = {name: [] for name in openers}
    for round_number in range(ROUNDS):
        for name, open_store in openers.items():
            store = await open_store()
            results[name].append(await _burst(assistant, store, f"r{round_number}-"))
            await store.close()
    return results


SINGLE = "Redis, one server"
CLUSTER = "Redis Cluster, 3 primaries + 3 replicas"


def run(cluster: str | None = None) -> str:
    """Send bursts of first messages into one pipeline per store and report what came back;
    with `cluster` given (``--cluster``), a single Redis server beside a Redis Cluster."""
    logging.getLogger("infoshare").addHandler(logging.NullHandler())
    logging.getLogger("infoshare").propagate = False
    with tempfile.TemporaryDirectory() as scratch, RedisServer(Path(scratch) / "redis") as redis:
        if cluster is None:
            results = asyncio.run(_run_all(redis.url, Path(scratch)))
        else:
            nodes = start_failover_cluster(
                Path(scratch) / "cluster", node_timeout_ms=PRODUCTION_NODE_TIMEOUT_MS
            )
            try:
                results = asyncio.run(_run_beside_cluster(redis.url, nodes.url))
            finally:
                for node in nodes.nodes:
                    node.stop()
    lines = _table(results)
    if cluster is not None:
        lines += ["", _ratios(results[CLUSTER], results[SINGLE])]
    return "\n".join(lines)


def _table(results: dict[str, list[Round]]) -> list[str]:
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
    return lines


def _ratios(cluster: list[Round], single: list[Round]) -> str:
    """The cluster's median time to drain and p99 over the single server's."""
    drain = statistics.median(r.seconds for r in cluster) / statistics.median(
        r.seconds for r in single
    )
    p99 = statistics.median(r.p99_ms for r in cluster) / statistics.median(r.p99_ms for r in single)
    return f"Cluster over one server (medians): {drain:.2f}x the time to drain, {p99:.2f}x the p99."


def _spread(values: list[float], digits: int = 0) -> str:
    median = statistics.median(values)
    low, high = min(values), max(values)
    if low == high:
        return f"{median:,.{digits}f}"
    return f"{median:,.{digits}f} ({low:,.{digits}f} to {high:,.{digits}f})"
