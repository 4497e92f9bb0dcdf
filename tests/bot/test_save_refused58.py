"""A save the store refused before it was sent frees the event at once (round 58).

A turn whose save fails gets an apology. If the save may have landed, the event is kept until
its lease ends (a re-delivery then replays what was saved). If the store says for certain that
nothing was written (Redis refused every connection the save tried: `NotWritten`), the event is
given up at once, as for any failure before the save, so the person's message sent again is
answered straight away. Against a real redis-server stopped mid-turn, and a real SQLite file
made unreadable mid-run (which SQLite's open connection does not notice).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as aioredis

from bot.app import Core
from bot.stores import SQLiteStore
from bot.stores.protocol import NotWritten
from bot.stores.redis import RedisStore
from dialogs.contract import Turn
from tests.support.pipelines import test_pipeline
from tests.support.redis_server import RedisServer, redis_or_skip

LEASE = 30.0


class _Server(RedisServer):
    running = False

    def start(self) -> None:
        super().start()
        self.running = True

    def stop(self) -> None:
        super().stop()
        self.running = False


class StoppedAtSave(RedisStore):
    """A Redis store whose server stops just before the first save under a claim, and starts
    again once that save failed (so that what follows reaches it)."""

    server: _Server
    connections_dropped: bool

    async def put(self, *args: Any, **kwargs: Any) -> int:
        if kwargs.get("claim") is None or not self.server.running:
            return await super().put(*args, **kwargs)
        self.server.stop()
        if self.connections_dropped:  # as after any failed call: no connection left open
            assert isinstance(self._redis, aioredis.Redis)  # a single server's client
            await self._redis.connection_pool.disconnect()
        try:
            return await super().put(*args, **kwargs)
        finally:
            self.server.start()


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[_Server]:
    redis_or_skip(tmp_path)  # skips (or fails in CI) without redis-server
    made = _Server(tmp_path / "redis")
    made.start()
    yield made
    made.stop()


async def _store(server: _Server, *, connections_dropped: bool) -> StoppedAtSave:
    store = await StoppedAtSave.open(server.url, namespace=f"refused-{uuid.uuid4().hex}")
    assert isinstance(store, StoppedAtSave)
    store.server = server
    store.connections_dropped = connections_dropped
    return store


def _turn(text: str, event: str) -> Turn:
    return Turn("slack", "T1/D1", "U1", text=text, event_id=event)


async def test_a_save_refused_at_connect_frees_the_event_at_once(
    core: Core, server: _Server
) -> None:
    store = await _store(server, connections_dropped=True)
    try:
        pipeline = test_pipeline(core, store, lease_seconds=LEASE)
        answer = await pipeline.answer(_turn("who can I share a referral with", "Ev1"))
        assert answer.apology

        assert await store.get("slack|T1/D1|U1") is None  # nothing was saved
        # Given up: another process claims the event straight away, not after the lease.
        assert await store.claim_event("slack|Ev1", LEASE, owner="another") is True
    finally:
        await store.close()


async def test_a_save_that_may_have_been_sent_keeps_the_event_for_its_lease(
    core: Core, server: _Server
) -> None:
    store = await _store(server, connections_dropped=False)  # the claim's connection is open
    try:
        pipeline = test_pipeline(core, store, lease_seconds=LEASE)
        answer = await pipeline.answer(_turn("who can I share a referral with", "Ev1"))
        assert answer.apology

        # Sent on a connection that then broke: it may have landed, so the lease holds.
        assert await store.claim_event("slack|Ev1", LEASE, owner="another") is False
    finally:
        await store.close()


async def test_a_redis_put_to_a_port_nobody_listens_on_is_not_written() -> None:
    from tests.support.network import free_port  # noqa: PLC0415

    store = await RedisStore.open(f"redis://127.0.0.1:{free_port()}/0", timeout_seconds=0.5)
    try:
        with pytest.raises(NotWritten):
            await store.put("k", {"n": 1}, expected_version=None, ttl_seconds=60)
    finally:
        await store.close()


async def test_a_sqlite_file_made_unreadable_mid_run_still_takes_the_save(
    core: Core, tmp_path: Path
) -> None:
    folder = tmp_path / "state"
    store = await SQLiteStore.open(folder / "infoshare.sqlite3")
    modes: list[tuple[Path, Any]] = []
    try:
        pipeline = test_pipeline(core, store, lease_seconds=LEASE)
        for path in [*folder.iterdir(), folder]:
            modes.append((path, path.stat().st_mode))
            os.chmod(path, 0)
        answer = await pipeline.answer(_turn("who can I share a referral with", "Ev1"))

        assert not answer.apology  # the open connection saves: no refusal to free a lease for
        assert await store.get("slack|T1/D1|U1") is not None
    finally:
        for path, mode in reversed(modes):
            os.chmod(path, mode)
        await store.close()
