"""A Redis Cluster that cannot be reached takes the path an unreachable single server takes
(round 60): `/healthz` answers 503, a turn gets the short apology (a press offered back as Try
again), a save every node refused is `NotWritten` (its event is given up at once) and one that
may have been sent keeps its event for the lease. redis-py's cluster client gives up with its
own cluster exception; the store raises the connection error inside it instead. Against a
closed loopback port, and a real three-node cluster whose every node is stopped after start.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from redis.asyncio.cluster import RedisCluster
from redis.exceptions import ConnectionError as RedisConnectionError

from bot.app import Core
from bot.stores.protocol import NotWritten, Store
from bot.stores.redis import RedisStore
from dialogs.contract import Turn
from dialogs.notices import UNAVAILABLE_REPLY
from tests.support.health import health_status
from tests.support.network import free_port
from tests.support.pipelines import test_pipeline
from tests.support.redis_cluster_nodes import ClusterNodes, start_cluster_nodes

LEASE = 30.0


def _turn(text: str | None = None, action: str | None = None, event: str = "") -> Turn:
    return Turn("slack", "T7/D7", "U7", text=text, action=action, event_id=event or None)


async def _closed_port_store() -> RedisStore:
    return await RedisStore.open(
        f"redis://127.0.0.1:{free_port()}/0", cluster=True, timeout_seconds=0.5
    )


@pytest.fixture
async def cluster(tmp_path: Path) -> AsyncIterator[ClusterNodes]:
    """A cluster of its own: every node of it is stopped here."""
    made = start_cluster_nodes(tmp_path / "cluster")
    yield made
    for node in made.nodes:
        node.stop()


def _stop_all(cluster: ClusterNodes) -> None:
    for node in cluster.nodes:
        node.stop()


async def _start_all(cluster: ClusterNodes, store: Store) -> None:
    """Start every node again and wait until the cluster serves the store."""
    for node in cluster.nodes:
        node.start()
    deadline = time.monotonic() + 20
    while True:
        try:
            await store.ping()
            await store.get("probe")  # the store's slot is served again
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.1)


async def test_a_cluster_on_a_closed_port_fails_as_a_single_server_does() -> None:
    store = await _closed_port_store()
    try:
        started = time.monotonic()
        with pytest.raises(RedisConnectionError):
            await store.ping()
        with pytest.raises(RedisConnectionError):
            await store.claim_and_get("Ev1", LEASE, owner="o", key="dialog:a")
        with pytest.raises(NotWritten):  # refused at connect: certainly not written
            await store.put("dialog:a", {"n": 1}, expected_version=None, ttl_seconds=60)
        assert time.monotonic() - started < 5  # no stall: refused at once
    finally:
        await store.close()


async def test_a_cluster_on_a_closed_port_gets_a_503_and_the_short_apology(core: Core) -> None:
    store = await _closed_port_store()
    try:
        assert await health_status(store) == 503
        pipeline = test_pipeline(core, store, lease_seconds=LEASE)
        typed = await pipeline.answer(_turn("who can I share a referral with", event="Ev1"))
        assert typed.apology and [r.text for r in typed.replies] == [UNAVAILABLE_REPLY.text]
        pressed = await pipeline.answer(_turn(action="yes", event="Ev2"))
        assert pressed.apology and [c.label for c in pressed.replies[0].choices] == ["Try again"]
    finally:
        await store.close()


async def test_a_cluster_whose_every_node_stops_apologises_and_resumes_by_itself(
    core: Core, cluster: ClusterNodes
) -> None:
    store = await RedisStore.open(
        cluster.url, namespace=f"gone-{uuid.uuid4().hex}", cluster=True, timeout_seconds=0.5
    )
    try:
        pipeline = test_pipeline(core, store, lease_seconds=LEASE)
        first = await pipeline.handle(_turn("check", event="Ev1"))
        yes = next(c.value for c in first[-1].choices if c.label == "Yes")
        assert await health_status(store) == 200

        _stop_all(cluster)
        started = time.monotonic()
        apology = await pipeline.handle(_turn(action=yes, event="Ev2"))
        waited = time.monotonic() - started

        assert apology[0].text == UNAVAILABLE_REPLY.text
        assert [c.label for c in apology[0].choices] == ["Try again"]
        assert waited < 8  # as a single server: retried for a few seconds, then an apology
        assert await health_status(store) == 503

        await _start_all(cluster, store)  # same ports, same files
        assert await health_status(store) == 200
        again = await pipeline.handle(_turn(action=apology[0].choices[0].value, event="Ev3"))
        assert "Key question 2" in again[-1].text  # the person's place was kept
    finally:
        await store.close()


class StoppedAtSave(RedisStore):
    """A cluster store whose every node stops just before the first save under a claim, and
    starts again once that save failed."""

    cluster: ClusterNodes
    connections_dropped: bool
    stopped = False

    async def put(self, *args: Any, **kwargs: Any) -> int:
        if kwargs.get("claim") is None or self.stopped:
            return await super().put(*args, **kwargs)
        self.stopped = True
        _stop_all(self.cluster)
        if self.connections_dropped:  # as after any failed call: no connection left open
            assert isinstance(self._redis, RedisCluster)
            for node in self._redis.get_nodes():
                await node.disconnect()
        try:
            return await super().put(*args, **kwargs)
        finally:
            await _start_all(self.cluster, self)


async def _stopping_store(cluster: ClusterNodes, *, connections_dropped: bool) -> StoppedAtSave:
    store = await StoppedAtSave.open(
        cluster.url, namespace=f"refused-{uuid.uuid4().hex}", cluster=True, timeout_seconds=0.5
    )
    assert isinstance(store, StoppedAtSave)
    store.cluster = cluster
    store.connections_dropped = connections_dropped
    return store


async def test_a_save_every_node_refused_frees_the_event_at_once(
    core: Core, cluster: ClusterNodes
) -> None:
    store = await _stopping_store(cluster, connections_dropped=True)
    try:
        pipeline = test_pipeline(core, store, lease_seconds=LEASE)
        answer = await pipeline.answer(_turn("who can I share a referral with", event="Ev1"))
        assert answer.apology and store.stopped

        assert await store.get("slack|T7/D7|U7") is None  # nothing was saved
        # Given up: another process claims the event straight away, not after the lease.
        assert await store.claim_event("slack|Ev1", LEASE, owner="another") is True
    finally:
        await store.close()


async def test_a_save_that_may_have_reached_a_node_keeps_the_event_for_its_lease(
    core: Core, cluster: ClusterNodes
) -> None:
    store = await _stopping_store(cluster, connections_dropped=False)  # the claim's is open
    try:
        pipeline = test_pipeline(core, store, lease_seconds=LEASE)
        answer = await pipeline.answer(_turn("who can I share a referral with", event="Ev1"))
        assert answer.apology and store.stopped

        # Sent on a connection that then broke: it may have landed, so the lease holds.
        assert await store.claim_event("slack|Ev1", LEASE, owner="another") is False
    finally:
        await store.close()
