"""Fixtures shared by the tests of `bot/`: a real Redis server when the machine has one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.redis_server import RedisServer, redis_or_skip


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """One `redis-server` for the session; tests keep apart by key namespace."""
    with redis_or_skip(tmp_path_factory.mktemp("redis")) as server:
        yield server
