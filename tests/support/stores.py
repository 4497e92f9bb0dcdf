"""The store backends the contract suite runs on: the memory store, a real SQLite file and a
real redis-server, each reading time from a fake clock the test moves on.

A new backend joins by adding one entry to `BACKENDS`: an async context manager that takes the
test's request (for fixtures such as a Redis server), a scratch directory and a fake clock, and
yields an open store reading time from that clock.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.stores import MemoryStore, SQLiteStore, Store
from bot.stores.redis import RedisStore
from tests.support.clocks import FakeClock
from tests.support.redis_server import RedisServer


@asynccontextmanager
async def memory_backend(
    _request: pytest.FixtureRequest, _tmp: Path, clock: FakeClock
) -> AsyncIterator[Store]:
    store = MemoryStore(clock=clock)
    yield store
    await store.close()


@asynccontextmanager
async def sqlite_backend(
    _request: pytest.FixtureRequest, tmp: Path, clock: FakeClock
) -> AsyncIterator[Store]:
    store = await SQLiteStore.open(tmp / "state" / "infoshare.sqlite3", clock=clock)
    yield store
    await store.close()


@asynccontextmanager
async def redis_backend(
    request: pytest.FixtureRequest, _tmp: Path, clock: FakeClock
) -> AsyncIterator[Store]:
    server: RedisServer = request.getfixturevalue("redis_server")
    namespace = f"contract-{uuid.uuid4().hex}"
    store = await RedisStore.open(server.url, namespace=namespace, clock=clock)
    yield store
    await store.close()


Backend_ = Callable[[pytest.FixtureRequest, Path, FakeClock], AbstractAsyncContextManager[Store]]
BACKENDS: dict[str, Backend_] = {
    "memory": memory_backend,
    "sqlite": sqlite_backend,
    "redis": redis_backend,
}


@dataclass
class Backend:
    store: Store
    clock: FakeClock


@pytest.fixture(params=list(BACKENDS))
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Backend]:
    clock = FakeClock()
    async with BACKENDS[request.param](request, tmp_path, clock) as store:
        yield Backend(store, clock)


@pytest.fixture
def store(backend: Backend) -> Store:
    return backend.store


MakeStore = Callable[..., Awaitable[Store]]
"""Makes a store, reading time from the clock given (if any)."""


@pytest.fixture(params=["memory", "sqlite"])
async def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[MakeStore]:
    """Makes stores of one kind, reading time from the clock given (if any): the memory store,
    and SQLite's, which claims an event and reads its conversation in one call
    (`SQLiteStore.claim_and_get`); each SQLite store its own file, all closed after the test."""
    opened: list[Store] = []

    async def make(clock: FakeClock | None = None) -> Store:
        timed: dict[str, Any] = {} if clock is None else {"clock": clock}
        if request.param == "memory":
            return MemoryStore(**timed)
        store = await SQLiteStore.open(tmp_path / f"state{len(opened)}.sqlite3", **timed)
        opened.append(store)
        return store

    yield make
    for store in opened:
        await store.close()
