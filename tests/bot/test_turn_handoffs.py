"""How many handoffs to other threads a turn makes on the SQLite store: each wakes the event
loop and, under load, waits for the GIL (see docs/benchmarks.md, "The Slack door, round 11").
A change that adds one fails here; one that removes one updates the count."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import Core
from bot.core_thread import CoreThread
from bot.stores.sqlite import SQLiteStore
from bot.stores.sqlite_sql import prepare
from bot.stores.sqlite_thread import SQLiteThread
from dialogs.contract import Turn
from tests.support.clocks import FakeClock
from tests.support.pipelines import test_pipeline

QUESTION = "Why is information sharing important?"


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SQLiteStore]:
    # Built without `open`'s background purge, whose calls would count as the turn's.
    db = await SQLiteThread.connect(tmp_path / "state.sqlite3", busy_timeout_seconds=5.0)
    await db.run(prepare)
    made = SQLiteStore(
        db, clock=FakeClock(1_000.0), purge_interval_seconds=300, purge_batch_rows=500
    )
    yield made
    await made.close()


@pytest.fixture
def handoffs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every call handed to the store's thread or the core's, by the thread's kind."""
    seen: list[str] = []
    store_run = SQLiteThread.run
    core_run = CoreThread.run

    async def on_store(self: SQLiteThread, work: Any, **kwargs: Any) -> Any:
        seen.append("store")
        return await store_run(self, work, **kwargs)

    async def on_core(self: CoreThread, call: Any) -> Any:
        seen.append("core")
        return await core_run(self, call)

    monkeypatch.setattr(SQLiteThread, "run", on_store)
    monkeypatch.setattr(CoreThread, "run", on_core)
    return seen


async def test_a_direct_message_turn_makes_four_handoffs(
    core: Core, store: SQLiteStore, handoffs: list[str]
) -> None:
    pipeline = test_pipeline(core, store)
    turn = Turn("slack", "T1/D1", "U1", text=QUESTION, event_id="Ev1", private=True)

    answer = await pipeline.answer(turn)
    await pipeline.finish(turn, answer)

    assert answer.replies
    assert handoffs == ["store", "core", "store", "store"]  # claim and read; decide; save; finish


async def test_a_channel_turn_placed_first_makes_four_handoffs(
    core: Core, store: SQLiteStore, handoffs: list[str]
) -> None:
    pipeline = test_pipeline(core, store)
    turn = Turn("slack", "T1/C1/1.0", "U1", text=QUESTION, event_id="Ev1", private=False)

    assert await pipeline.goes_private(turn) is None
    answer = await pipeline.answer(turn)
    await pipeline.finish(turn, answer)

    assert answer.replies
    assert handoffs == ["store", "core", "store", "store"]  # decided once, when placed
