"""`Turns.once`: a door's one-off event (a share confirmed) counts once, on every store, across
pipelines sharing a store, and a store that fails says no rather than risk a second post."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.app import Core
from bot.stores.memory import MemoryStore
from bot.stores.protocol import Store
from bot.stores.redis import RedisStore
from bot.stores.sqlite import SQLiteStore
from tests.support.pipelines import test_pipeline
from tests.support.redis_server import RedisServer


class BrokenStore(MemoryStore):
    async def claim_event(self, event_id: str, ttl_seconds: float, *, owner: str) -> bool:
        raise ConnectionError("the store is away")


async def _once_on_two_pipelines(core: Core, store: Store) -> list[bool]:
    first, second = test_pipeline(core, store), test_pipeline(core, store)
    presses = [first.once("slack", "share:T/C:1.2:U"), second.once("slack", "share:T/C:1.2:U")]
    said = list(await asyncio.gather(*presses))
    said.append(await first.once("slack", "share:T/C:1.2:U"))
    return said


async def test_once_is_true_once_in_memory(core: Core) -> None:
    assert await _once_on_two_pipelines(core, MemoryStore()) == [True, False, False]


async def test_once_is_true_once_in_sqlite(core: Core, tmp_path: Path) -> None:
    store = await SQLiteStore.open(tmp_path / "state.sqlite3")
    try:
        assert sorted(await _once_on_two_pipelines(core, store)) == [False, False, True]
    finally:
        await store.close()


async def test_once_is_true_once_in_redis(core: Core, redis_server: RedisServer) -> None:
    store = await RedisStore.open(redis_server.url, namespace="once-test")
    try:
        assert sorted(await _once_on_two_pipelines(core, store)) == [False, False, True]
    finally:
        await store.close()


async def test_another_event_or_door_is_not_the_same_one(core: Core) -> None:
    pipeline = test_pipeline(core, MemoryStore())
    assert await pipeline.once("slack", "share:a")
    assert await pipeline.once("slack", "share:b")
    assert await pipeline.once("teams", "share:a")


async def test_a_failing_store_says_no(core: Core, caplog: pytest.LogCaptureFixture) -> None:
    assert await test_pipeline(core, BrokenStore()).once("slack", "share:a") is False
    assert any(r.getMessage() == "claim failed" for r in caplog.records)
