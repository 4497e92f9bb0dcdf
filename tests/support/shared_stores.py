"""The real stores a fleet of processes shares (a SQLite file, a redis-server), as one fixture
for door tests that must hold on both (`shared_store`)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.stores.protocol import Store
from bot.stores.redis import RedisStore
from bot.stores.sqlite import SQLiteStore
from tests.support.redis_server import RedisServer


@pytest.fixture(params=["sqlite", "redis"])
async def shared_store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    """A SQLite file, then a namespace of the session's redis-server (the test module must
    import the `redis_server` fixture too)."""
    if request.param == "sqlite":
        store: Store = await SQLiteStore.open(tmp_path / "state.sqlite3")
    else:
        server: RedisServer = request.getfixturevalue("redis_server")
        store = await RedisStore.open(server.url, namespace=f"shared-{uuid.uuid4().hex}")
    yield store
    await store.close()
