"""Fixtures shared by the tests of `bot/`: a real Redis server when the machine has one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.redis_server import RedisServer


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """One `redis-server` for the session; tests keep apart by key namespace."""
    try:
        server = RedisServer(tmp_path_factory.mktemp("redis"))
    except FileNotFoundError as missing:
        pytest.skip(str(missing))
    with server:
        yield server
