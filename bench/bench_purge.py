"""Purging after downtime: how long another process waits to write while expired rows go.

A file holds `ROWS` expired conversations (and their event ids) and a few live ones. A second
connection, as another instance would, writes a row every millisecond while the purge runs
and records its slowest write. The baseline is the purge as it was: one DELETE per table.
Rounds alternate; the report gives medians and the range, and the file's size after each.
"""

from __future__ import annotations

import asyncio
import sqlite3
import statistics
import tempfile
import threading
import time
from pathlib import Path

from bot.stores import SQLiteStore

ROWS = 100_000
ROUNDS = 3
_EXPIRED, _NOW = 1_000.0, 2_000.0


def _make_file(path: Path) -> None:
    asyncio.run(_create(path))
    raw = sqlite3.connect(path, isolation_level=None)
    value = '{"step": "q3", "answers": ["yes", "no", "yes"], "pad": "' + "x" * 200 + '"}'
    with raw:
        raw.execute("BEGIN")
        raw.executemany(
            "INSERT INTO state VALUES (?, ?, 1, ?)",
            ((f"slack|D{n}|U{n}", value, _EXPIRED) for n in range(ROWS)),
        )
        raw.executemany(
            "INSERT INTO events (event_id, expires_at) VALUES (?, ?)",
            ((f"slack|Ev{n}", _EXPIRED) for n in range(ROWS)),
        )
        raw.executemany(
            "INSERT INTO finished_events VALUES (?, ?)",
            ((f"slack|Ev{n}", _EXPIRED) for n in range(ROWS)),
        )
        raw.execute("COMMIT")
    raw.close()


async def _create(path: Path) -> None:
    store = await SQLiteStore.open(path, purge_interval_seconds=3600)
    await store.close()


def _old_purge(path: Path) -> None:
    raw = sqlite3.connect(path, isolation_level=None, timeout=30)
    for table in ("events", "finished_events", "state"):
        raw.execute(f"DELETE FROM {table} WHERE expires_at <= ?", (_NOW,))
    raw.close()


def _new_purge(path: Path) -> None:
    async def purge() -> None:
        store = await SQLiteStore.open(path, clock=lambda: _NOW, purge_interval_seconds=3600)
        await store.purge_expired()
        await store.close()

    asyncio.run(purge())


def _slowest_write_while(path: Path, purge: str) -> tuple[float, float, float]:
    """Run one purge beside a writer; return (purge seconds, slowest write ms, file MiB)."""
    stop = threading.Event()
    waits: list[float] = []

    def writer() -> None:
        raw = sqlite3.connect(path, isolation_level=None, timeout=30)
        n = 0
        while not stop.is_set():
            started = time.perf_counter()
            raw.execute(
                "INSERT INTO events (event_id, expires_at) VALUES (?, ?)",
                (f"other|{n}", _NOW + 3600),
            )
            waits.append(time.perf_counter() - started)
            n += 1
            time.sleep(0.001)
        raw.close()

    thread = threading.Thread(target=writer)
    thread.start()
    time.sleep(0.05)
    started = time.perf_counter()
    (_old_purge if purge == "old" else _new_purge)(path)
    seconds = time.perf_counter() - started
    stop.set()
    thread.join()
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 2**20
    return seconds, max(waits) * 1000, size


def run() -> str:
    """Purge 100,000 expired rows the old way and the batched way, alternating."""
    results: dict[str, list[tuple[float, float, float]]] = {"old": [], "new": []}
    full = 0.0
    with tempfile.TemporaryDirectory() as scratch:
        for round_number in range(ROUNDS):
            for kind in ("old", "new"):
                path = Path(scratch) / f"{kind}{round_number}.sqlite3"
                _make_file(path)
                full = path.stat().st_size / 2**20
                results[kind].append(_slowest_write_while(path, kind))
    names = {
        "old": "one DELETE per table (before, baseline)",
        "new": "batches of 500, then incremental vacuum",
    }
    lines = [
        f"{ROWS:,} expired conversations and {2 * ROWS:,} event ids ({full:.0f} MiB file); "
        f"another connection writes every ms meanwhile. {ROUNDS} rounds alternating; medians "
        "(range).",
        "",
        "| purge | seconds | slowest write by the other connection, ms | file after, MiB |",
        "|---|---:|---:|---:|",
    ]
    for kind, rounds in results.items():
        lines.append(
            f"| {names[kind]} | {_spread([r[0] for r in rounds], 2)} "
            f"| {_spread([r[1] for r in rounds], 0)} | {_spread([r[2] for r in rounds], 1)} |"
        )
    return "\n".join(lines)


def _spread(values: list[float], digits: int) -> str:
    median = statistics.median(values)
    return f"{median:,.{digits}f} ({min(values):,.{digits}f} to {max(values):,.{digits}f})"
