"""A turn claimed, decided and saved in one call to the SQLite store's thread (`Settling`), and
how many handoffs to other threads a turn makes."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.app import Core
from bot.core_thread import CoreThread
from bot.stores.protocol import Conflict, JSONObject, Save, Settling, Versioned
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


def _saving(value: JSONObject) -> Callable[[Versioned | None, Save], int]:
    def settle(stored: Versioned | None, save: Save) -> int:
        return save(value, None if stored is None else stored.version, 60)

    return settle


async def test_the_sqlite_store_settles(store: SQLiteStore) -> None:
    assert isinstance(store, Settling)


async def test_the_work_runs_after_the_claim_and_saves_under_it(store: SQLiteStore) -> None:
    claimed, stored, version = await store.claim_and_settle(
        "slack|Ev1", 30, owner="a", key="k", settle=_saving({"n": 1})
    )
    assert (claimed, stored, version) == (True, None, 1)
    assert await store.get("k") == Versioned({"n": 1}, 1)

    claimed, stored, version = await store.claim_and_settle(
        "slack|Ev2", 30, owner="a", key="k", settle=_saving({"n": 2})
    )
    assert (claimed, stored, version) == (True, Versioned({"n": 1}, 1), 2)
    assert await store.get("k") == Versioned({"n": 2}, 2)


async def test_the_work_does_not_run_when_the_event_is_not_claimed(store: SQLiteStore) -> None:
    await store.put("k", {"n": 1}, expected_version=None, ttl_seconds=60)
    assert await store.claim_event("slack|Ev1", 30, owner="a")
    ran: list[Versioned | None] = []

    def settle(stored: Versioned | None, _: Save) -> str:
        ran.append(stored)
        return "ran"

    result = await store.claim_and_settle("slack|Ev1", 30, owner="b", key="k", settle=settle)

    assert result == (False, Versioned({"n": 1}, 1), None)
    assert ran == []


async def test_a_save_on_a_stale_version_conflicts_and_keeps_the_value(
    store: SQLiteStore,
) -> None:
    await store.put("k", {"n": 1}, expected_version=None, ttl_seconds=60)

    def stale(_: Versioned | None, save: Save) -> int:
        return save({"n": 2}, None, 60)

    with pytest.raises(Conflict):
        await store.claim_and_settle("slack|Ev1", 30, owner="a", key="k", settle=stale)
    assert await store.get("k") == Versioned({"n": 1}, 1)
    assert not await store.claim_event("slack|Ev1", 30, owner="b")  # the claim stands


async def test_plain_calls_go_before_the_slow_ones_waiting(tmp_path: Path) -> None:
    """A turn's save or finish never queues behind other turns' decisions."""
    db = await SQLiteThread.connect(tmp_path / "lanes.sqlite3", busy_timeout_seconds=5.0)
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def blocking(_: object) -> None:
        started.set()
        release.wait(5)
        ran.append("running")

    def called(name: str) -> Callable[[object], None]:
        return lambda _: ran.append(name)

    try:
        first = asyncio.ensure_future(db.run(blocking, slow=True))
        await asyncio.to_thread(started.wait, 5)
        waiting = [
            asyncio.ensure_future(db.run(called("slow 1"), slow=True)),
            asyncio.ensure_future(db.run(called("plain 1"))),
            asyncio.ensure_future(db.run(called("slow 2"), slow=True)),
            asyncio.ensure_future(db.run(called("plain 2"))),
        ]
        await asyncio.sleep(0)
        release.set()
        await asyncio.gather(first, *waiting)
    finally:
        await db.close()

    assert ran == ["running", "plain 1", "plain 2", "slow 1", "slow 2"]


# --- handoffs: each call to another thread wakes the event loop, and waits for the GIL ------


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


async def test_a_direct_message_turn_makes_two_handoffs(
    core: Core, store: SQLiteStore, handoffs: list[str]
) -> None:
    pipeline = test_pipeline(core, store)
    turn = Turn("slack", "T1/D1", "U1", text=QUESTION, event_id="Ev1", private=True)

    answer = await pipeline.answer(turn)
    await pipeline.finish(turn, answer)

    assert answer.replies
    assert handoffs == ["store", "store"]  # claim, read, decide and save; finish


async def test_a_channel_turn_placed_first_makes_three_handoffs(
    core: Core, store: SQLiteStore, handoffs: list[str]
) -> None:
    pipeline = test_pipeline(core, store)
    turn = Turn("slack", "T1/C1/1.0", "U1", text=QUESTION, event_id="Ev1", private=False)

    assert await pipeline.goes_private(turn) is None
    answer = await pipeline.answer(turn)
    await pipeline.finish(turn, answer)

    assert answer.replies
    assert handoffs == ["store", "store", "store"]  # claim, read and decide; save; finish


async def test_a_save_refused_with_the_claim_is_made_again_by_the_pipeline(
    core: Core, tmp_path: Path
) -> None:
    """As if another process wrote the conversation between the read and the save."""

    class RefusesOnce(SQLiteStore):
        refused = 0

        async def claim_and_settle(self, *args: Any, settle: Any, **kwargs: Any) -> Any:
            def refusing(stored: Versioned | None, save: Save) -> Any:
                def refuse(*_: Any) -> int:
                    RefusesOnce.refused += 1
                    raise Conflict("written meanwhile")

                return settle(stored, refuse)

            return await super().claim_and_settle(*args, settle=refusing, **kwargs)

    store = await RefusesOnce.open(tmp_path / "state.sqlite3")
    try:
        pipeline = test_pipeline(core, store)
        turn = Turn("slack", "T1/D1", "U1", text="check", event_id="Ev1", private=True)
        answer = await pipeline.answer(turn)
        stored = await store.get(turn.key.as_str())
    finally:
        await store.close()

    assert RefusesOnce.refused == 1
    assert answer.replies and not answer.apology
    assert stored is not None and stored.version == 1
