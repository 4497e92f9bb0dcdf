"""The Redis store on a Redis Cluster (round 58): every script's keys carry the namespace's
hash tag, so they share one slot, which a cluster requires (it refuses a script naming keys in
two slots: CROSSSLOT). Run against a real redis-server in cluster mode, serving every slot
alone.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
import redis.asyncio as aioredis

from bot.stores import Claim, ClaimLost
from bot.stores.redis import RedisStore
from tests.support.clocks import FakeClock
from tests.support.redis_cluster import redis_cluster
from tests.support.redis_server import RedisServer

__all__ = ["redis_cluster"]

LEASE = 30.0
DAY = 86400.0


@dataclass
class Opened:
    store: RedisStore
    namespace: str
    clock: FakeClock


async def _opened(server: RedisServer) -> Opened:
    clock, namespace = FakeClock(), f"slots-{uuid.uuid4().hex}"
    return Opened(
        await RedisStore.open(server.url, namespace=namespace, clock=clock), namespace, clock
    )


@pytest.fixture
async def on_cluster(redis_cluster: RedisServer) -> AsyncIterator[Opened]:
    opened = await _opened(redis_cluster)
    yield opened
    await opened.store.close()


async def _every_call(store: RedisStore, clock: FakeClock) -> None:
    """Every store method, each script at least once (claims, writes under them, releases)."""
    assert await store.get("dialog:a") is None
    assert await store.put("dialog:a", {"n": 1}, expected_version=None, ttl_seconds=DAY) == 1
    claimed, stored = await store.claim_and_get("Ev1", LEASE, owner="o1", key="dialog:a")
    assert claimed and stored is not None and stored.value == {"n": 1}
    assert await store.renew_event("Ev1", LEASE, owner="o1") is True
    assert (
        await store.put(
            "dialog:a", {"n": 2}, expected_version=1, ttl_seconds=DAY, claim=Claim("Ev1", "o1")
        )
        == 2
    )
    with pytest.raises(ClaimLost):
        await store.put(
            "dialog:a", {"n": 3}, expected_version=2, ttl_seconds=DAY, claim=Claim("Ev1", "o2")
        )
    assert await store.release_event("Ev1", owner="o1", delivered=1, ttl_seconds=DAY) is True
    assert await store.delivered_parts("Ev1") == 1
    assert await store.claim_event("Ev1", LEASE, owner="o2") is True
    assert await store.finish_event("Ev1", DAY, owner="o2") is True
    assert await store.event_finished("Ev1") is True
    await store.delete("dialog:a")
    assert await store.get("dialog:a") is None
    await store.put("dialog:b1", {"n": 1}, expected_version=None, ttl_seconds=DAY)
    await store.put("dialog:b2", {"n": 1}, expected_version=None, ttl_seconds=DAY)
    assert await store.delete_prefix("dialog:b") == 2
    clock.advance(1)
    await store.ping()


async def test_a_cluster_takes_every_call_of_the_store(on_cluster: Opened) -> None:
    await _every_call(on_cluster.store, on_cluster.clock)  # a CROSSSLOT refusal would raise here


async def test_every_script_names_keys_of_one_slot(
    on_cluster: Opened, redis_cluster: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = on_cluster.store
    sent: list[list[str]] = []
    script = store._script

    async def recording(run: Any, keys: list[str], args: list[Any]) -> Any:
        answer = await script(run, keys, args)
        sent.append(list(keys))
        return answer

    monkeypatch.setattr(store, "_script", recording)
    client = aioredis.Redis.from_url(redis_cluster.url)
    try:
        await _every_call(store, on_cluster.clock)
        multi = [keys for keys in sent if len(keys) > 1]
        assert len(multi) >= 8  # claim, claim_and_get, renew, put under a claim, release...
        slots = {await client.cluster("KEYSLOT", key) for keys in sent for key in keys}
        assert len(slots) == 1  # one tag: every key of the namespace in one slot
        tag = f"{{{on_cluster.namespace}}}:"
        assert all(key.startswith(tag) for keys in sent for key in keys)
    finally:
        await client.aclose()
