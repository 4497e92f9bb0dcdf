"""The store on a Redis Cluster of three nodes (round 60): with `INFOSHARE_REDIS_CLUSTER=true`
the store talks to the cluster through redis-py's `RedisCluster`, given the URL of any one
node, as an administrator of a managed clustered Redis expects. Run against a real cluster
made with `redis-cli --cluster create`; each namespace here is one whose slot another node
than the one named serves, which a client that is not cluster-aware cannot reach (MOVED).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import MovedError

from bot.app import Core, open_pipeline
from bot.settings import load_settings
from bot.stores import Claim, ClaimLost, open_store
from bot.stores.factory import StoreUnavailable
from bot.stores.redis import RedisStore
from dialogs.contract import Turn
from tests.support.clocks import FakeClock
from tests.support.environment import hide_settings
from tests.support.pipelines import test_pipeline
from tests.support.redis_cluster_nodes import ClusterNodes, redis_cluster_nodes, start_cluster_nodes
from tests.support.redis_server import RedisServer

__all__ = ["redis_cluster_nodes"]

LEASE = 30.0
DAY = 86400.0


async def _served_elsewhere(cluster: ClusterNodes) -> str:
    """A namespace whose keys the named node does not serve (it answers MOVED)."""
    plain = aioredis.Redis.from_url(cluster.url)
    try:
        while True:
            namespace = f"cluster-{uuid.uuid4().hex}"
            try:
                await plain.get(f"{{{namespace}}}:v:probe")
            except MovedError:
                return namespace
    finally:
        await plain.aclose()


async def _holder(cluster: ClusterNodes, namespace: str) -> RedisServer:
    """The node that holds the namespace's keys."""
    counts = await _holders(cluster, namespace)
    return next(node for node, count in zip(cluster.nodes, counts, strict=True) if count)


async def _holders(cluster: ClusterNodes, namespace: str) -> list[int]:
    """How many of the namespace's keys each node holds."""
    counts = []
    for node in cluster.nodes:
        plain = aioredis.Redis.from_url(node.url)
        try:
            counts.append(len([k async for k in plain.scan_iter(match=f"{{{namespace}}}:*")]))
        finally:
            await plain.aclose()
    return counts


@pytest.fixture
async def namespace(redis_cluster_nodes: ClusterNodes) -> str:
    return await _served_elsewhere(redis_cluster_nodes)


@pytest.fixture
async def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def store(
    redis_cluster_nodes: ClusterNodes, namespace: str, clock: FakeClock
) -> AsyncIterator[RedisStore]:
    opened = await RedisStore.open(
        redis_cluster_nodes.url, namespace=namespace, clock=clock, cluster=True
    )
    yield opened
    await opened.close()


async def test_a_store_that_is_not_told_of_the_cluster_is_sent_away(
    redis_cluster_nodes: ClusterNodes, namespace: str
) -> None:
    plain = await RedisStore.open(redis_cluster_nodes.url, namespace=namespace)
    try:
        with pytest.raises(MovedError):
            await plain.get("dialog:a")
    finally:
        await plain.close()


async def test_scripts_claims_and_saves_work_on_the_cluster(
    store: RedisStore, redis_cluster_nodes: ClusterNodes, namespace: str
) -> None:
    assert await store.get("dialog:a") is None
    assert await store.put("dialog:a", {"n": 1}, expected_version=None, ttl_seconds=DAY) == 1
    claimed, stored = await store.claim_and_get("Ev1", LEASE, owner="o1", key="dialog:a")
    assert claimed and stored is not None and (stored.value, stored.version) == ({"n": 1}, 1)
    assert await store.claim_event("Ev1", LEASE, owner="o2") is False
    assert await store.renew_event("Ev1", LEASE, owner="o1") is True
    saved = await store.put(
        "dialog:a", {"n": 2}, expected_version=1, ttl_seconds=DAY, claim=Claim("Ev1", "o1")
    )
    assert saved == 2
    with pytest.raises(ClaimLost):
        await store.put(
            "dialog:a", {"n": 3}, expected_version=2, ttl_seconds=DAY, claim=Claim("Ev1", "o2")
        )
    assert await store.release_event("Ev1", owner="o1", delivered=1, ttl_seconds=DAY) is True
    assert await store.delivered_parts("Ev1") == 1
    assert await store.claim_event("Ev1", LEASE, owner="o2") is True
    assert await store.finish_event("Ev1", DAY, owner="o2") is True
    assert await store.event_finished("Ev1") is True
    assert await store.claim_event("Ev1", LEASE, owner="o3") is False
    await store.put("dialog:b1", {"n": 1}, expected_version=None, ttl_seconds=DAY)
    await store.put("dialog:b2", {"n": 1}, expected_version=None, ttl_seconds=DAY)
    assert await store.delete_prefix("dialog:b") == 2
    await store.delete("dialog:a")
    assert await store.get("dialog:a") is None
    await store.ping()

    counts = await _holders(redis_cluster_nodes, namespace)
    assert counts[0] == 0 and sorted(counts)[-2:] == [0, 3]  # e:, f:, d: on one other node


async def test_what_expires_expires_on_the_cluster(
    store: RedisStore, clock: FakeClock, redis_cluster_nodes: ClusterNodes, namespace: str
) -> None:
    await store.put("dialog:a", {"n": 1}, expected_version=None, ttl_seconds=60)
    assert await store.claim_event("Ev1", LEASE, owner="o1") is True
    assert await store.finish_event("Ev2", 120, owner="o1") is True
    # The server forgets the keys too, after the same span.
    holder = await _holder(redis_cluster_nodes, namespace)
    plain = aioredis.Redis.from_url(holder.url)
    try:
        assert 0 < await plain.pttl(f"{{{namespace}}}:v:dialog:a") <= 60_000
    finally:
        await plain.aclose()

    clock.advance(LEASE + 1)  # the lease is over: another owner may claim
    assert await store.claim_event("Ev1", LEASE, owner="o2") is True
    clock.advance(60)  # the value's span is over
    assert await store.get("dialog:a") is None
    assert await store.put("dialog:a", {"n": 9}, expected_version=None, ttl_seconds=60) == 1
    assert await store.event_finished("Ev2") is True
    clock.advance(60)
    assert await store.event_finished("Ev2") is False


async def test_a_burst_waits_for_the_clusters_connections(
    redis_cluster_nodes: ClusterNodes, namespace: str
) -> None:
    store = await RedisStore.open(
        redis_cluster_nodes.url, namespace=namespace, cluster=True, max_connections=2
    )
    try:
        await store.put("dialog:a", {"n": 1}, expected_version=None, ttl_seconds=DAY)
        found = await asyncio.gather(
            *(store.claim_and_get(f"Ev{n}", LEASE, owner="o", key="dialog:a") for n in range(300))
        )
    finally:
        await store.close()
    assert all(claimed and kept is not None for claimed, kept in found)


async def test_a_press_again_is_replayed_from_the_cluster(
    core: Core, store: RedisStore, clock: FakeClock
) -> None:
    clock.now = 1_000.0
    dying, survivor = (test_pipeline(core, store, lease_seconds=0.3) for _ in range(2))
    user = "29:user-1"
    start = Turn("teams", f"a:personal-{user}", user, text="check", event_id="act-1")
    card = (await survivor.answer(start)).replies[-1]
    await survivor.finish(start)
    no = next(c.value for c in card.choices if c.label == "No")
    press = Turn("teams", f"a:personal-{user}", user, action=no, event_id="act-2")
    lost = await dying.answer(press)  # saved; its process died delivering it
    clock.now += 11  # the dead process's claim has run out

    again = await survivor.answer(
        Turn("teams", f"a:personal-{user}", user, action=no, event_id="act-3")
    )

    assert again.replayed and [r.text for r in again.replies] == [r.text for r in lost.replies]


async def test_the_setting_opens_the_store_on_the_cluster(
    core: Core,
    redis_cluster_nodes: ClusterNodes,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    hide_settings(monkeypatch, tmp_path, platform=False)
    monkeypatch.setenv("INFOSHARE_STORE", redis_cluster_nodes.url)
    monkeypatch.setenv("INFOSHARE_REDIS_CLUSTER", "true")
    monkeypatch.setenv("INFOSHARE_DATA_DIR", str(tmp_path / "data"))
    settings = load_settings(env_file=None)
    assert settings.redis_cluster is True

    async with open_pipeline(settings, core, check_store=True) as pipeline:
        user = "29:user-9"
        turn = Turn("teams", f"a:personal-{user}", user, text="check", event_id="set-1")
        assert (await pipeline.answer(turn)).replies
        await pipeline.finish(turn)
        assert await pipeline.store.get(f"teams|a:personal-{user}|{user}") is not None


async def test_the_setting_is_off_unless_given(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    hide_settings(monkeypatch, tmp_path, platform=False)
    assert load_settings(env_file=None).redis_cluster is False


async def test_a_cluster_url_naming_another_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailable, match="only database 0"):
        await open_store("redis://:secret@127.0.0.1:7000/3", data_dir=tmp_path, redis_cluster=True)


async def test_a_call_that_finds_every_connection_busy_fails_after_the_pool_timeout(
    redis_cluster_nodes: ClusterNodes, namespace: str
) -> None:
    store = await RedisStore.open(
        redis_cluster_nodes.url,
        namespace=namespace,
        cluster=True,
        max_connections=1,
        pool_timeout_seconds=0.1,
    )
    try:
        # The one connection waits on an empty list for a second.
        busy = asyncio.ensure_future(store._redis.blpop([f"{{{namespace}}}:idle"], timeout=1))
        await asyncio.sleep(0.05)
        with pytest.raises(RedisConnectionError, match="no free connection"):
            await store.get("dialog:a")
        assert await busy is None
        assert await store.get("dialog:a") is None  # free again
    finally:
        await store.close()


async def test_a_restart_of_the_node_holding_the_store_is_ridden_through(tmp_path: Path) -> None:
    cluster = start_cluster_nodes(tmp_path / "own")  # its own: one node goes down here
    try:
        namespace = await _served_elsewhere(cluster)
        store = await RedisStore.open(cluster.url, namespace=namespace, cluster=True)
        try:
            await store.put("dialog:a", {"n": 1}, expected_version=None, ttl_seconds=DAY)
            holder = await _holder(cluster, namespace)
            await asyncio.to_thread(holder.stop)

            async def back_soon() -> None:
                # Down for 2 s: within the store's retries (about 4 s), beyond what the
                # cluster client's own (10, jittered from 10 ms) often ride through.
                await asyncio.sleep(2)
                await asyncio.to_thread(holder.start)

            back = asyncio.ensure_future(back_soon())
            claimed, stored = await store.claim_and_get("Ev1", LEASE, owner="o", key="dialog:a")
            await back
            assert claimed and stored is not None and stored.value == {"n": 1}
            saved = await store.put(
                "dialog:a", {"n": 2}, expected_version=1, ttl_seconds=DAY, claim=Claim("Ev1", "o")
            )
            assert saved == 2
        finally:
            await store.close()
    finally:
        for node in cluster.nodes:
            node.stop()
