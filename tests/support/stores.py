"""The store backends the contract suite runs on: the memory store, a real SQLite file and a
real redis-server, each reading time from a fake clock the test moves on.

A new backend joins by adding one entry to `BACKENDS`: an async context manager that takes the
test's request (for fixtures such as a Redis server), a scratch directory and a fake clock, and
yields an open store reading time from that clock.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

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
