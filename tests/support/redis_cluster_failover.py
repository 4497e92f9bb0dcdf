"""A real Redis Cluster with replicas on loopback, for a failover: three primaries, each with one
replica, joined by `redis-cli --cluster create --cluster-replicas 1`. A short
`cluster-node-timeout` makes a dead primary's replica take over in a second or two rather than
the production default's fifteen or more; a primary is killed outright (SIGKILL), as a crash or
a lost machine does, not shut down (a Redis 7 primary told to stop waits for its replicas to
catch up first)."""

from __future__ import annotations

import asyncio
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from tests.support.network import free_port
from tests.support.redis_cluster_nodes import ClusterNodes, redis_cli_or_skip
from tests.support.redis_server import RedisServer, redis_or_skip, send_inline

NODE_TIMEOUT_MS = 500
"""How long a node may be silent before the others count it failed (production: 15,000)."""


class CrashableServer(RedisServer):
    """A `RedisServer` that can also die at once, without a shutdown."""

    def crash(self) -> None:
        """Kill the server (SIGKILL): nothing it holds in memory alone survives."""
        if self._process is not None:
            self._process.kill()
            self._process.wait(timeout=10)
            self._process = None


@dataclass
class FailoverCluster(ClusterNodes):
    """Three primaries and their replicas; `url` names the first node."""

    nodes: list[CrashableServer]  # type: ignore[assignment]

    def node_on(self, port: int) -> CrashableServer:
        """The node listening on `port`."""
        return next(node for node in self.nodes if node.port == port)


def start_failover_cluster(
    directory: Path, *, node_timeout_ms: int = NODE_TIMEOUT_MS
) -> FailoverCluster:
    """Start six cluster-enabled servers in `directory`: three primaries, one replica each,
    with `cluster-node-timeout` `node_timeout_ms`."""
    cli = redis_cli_or_skip()
    redis_or_skip(directory)  # a skip (a failure in CI) with the reason when it is missing
    nodes: list[CrashableServer] = []
    try:
        for number in range(6):
            home = directory / f"node{number}"
            server = CrashableServer(home)
            server.options = (
                *("--cluster-enabled", "yes", "--cluster-config-file", str(home / "nodes")),
                *("--cluster-port", str(free_port())),
                *("--cluster-node-timeout", str(node_timeout_ms)),
                # A replica's first copy is sent at once, not after the 5 s Redis waits for
                # more replicas to share it.
                *("--repl-diskless-sync-delay", "0"),
            )
            server.start()
            nodes.append(server)
        subprocess.run(
            [
                cli,
                "--cluster",
                "create",
                *(f"127.0.0.1:{node.port}" for node in nodes),
                "--cluster-replicas",
                "1",
                "--cluster-yes",
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        _wait_until_replicated(nodes)
    except BaseException:
        for node in nodes:
            node.stop()
        raise
    return FailoverCluster(nodes)


def _wait_until_replicated(nodes: list[CrashableServer]) -> None:
    """Until every node says the cluster is ok and every replica's link is up."""
    deadline = time.monotonic() + 30
    while True:
        infos = [send_inline(node, "INFO replication") for node in nodes]
        replicas_up = sum(b"master_link_status:up" in info for info in infos)
        if replicas_up == 3 and all(
            b"cluster_state:ok" in send_inline(n, "CLUSTER INFO") for n in nodes
        ):
            return
        if time.monotonic() > deadline:
            raise RuntimeError("the cluster with replicas did not come up within 30 s")
        time.sleep(0.1)


async def primary_of(cluster: FailoverCluster, key: str) -> CrashableServer:
    """The node that serves `key`'s slot as primary now."""
    return cluster.node_on(await _primary_port(cluster.nodes[0], key))


async def _primary_port(asked: RedisServer, key: str) -> int:
    """The port of the primary serving `key`'s slot, as the node `asked` knows the layout."""
    plain = aioredis.Redis.from_url(asked.url)
    try:
        slot = int(await _command(plain, "CLUSTER KEYSLOT", key))
        layout = await _command(plain, "CLUSTER SLOTS")
    finally:
        await plain.aclose()
    return next(int(primary[1]) for start, end, primary, *_ in layout if start <= slot <= end)


async def _command(client: aioredis.Redis, *args: str) -> Any:
    return await client.execute_command(*args)  # type: ignore[no-untyped-call]


def replica_of(cluster: FailoverCluster, primary: CrashableServer) -> CrashableServer:
    """The node that replicates `primary`."""
    for node in cluster.nodes:
        info = send_inline(node, "INFO replication")
        if f"master_port:{primary.port}\r\n".encode() in info:
            return node
    raise LookupError(f"no replica of the node on port {primary.port}")


def hold_failover(replica: CrashableServer, held: bool) -> None:
    """Keep `replica` from taking over its primary (`cluster-replica-no-failover`), or let it
    (it then takes over a failed primary by itself): a failover as slow as a production
    cluster's, made in seconds."""
    reply = send_inline(
        replica, f"CONFIG SET cluster-replica-no-failover {'yes' if held else 'no'}"
    )
    if not reply.startswith(b"+OK"):
        raise RuntimeError(f"CONFIG SET was refused: {reply!r}")


def replica_caught_up(primary: CrashableServer) -> None:
    """Wait until `primary`'s replica has every write it acknowledged so far (its replication
    offset has reached the primary's)."""
    written = _field(send_inline(primary, "INFO replication"), b"master_repl_offset:")
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        replica = _field(send_inline(primary, "INFO replication"), b"slave0:")
        if int(dict(part.split("=") for part in replica.split(","))["offset"]) >= int(written):
            return
        time.sleep(0.02)
    raise RuntimeError("the replica did not catch up within 5 s")


def _field(info: bytes, name: bytes) -> str:
    line = next(line for line in info.splitlines() if line.startswith(name))
    return line.removeprefix(name).decode()


async def promoted(cluster: FailoverCluster, key: str, old: CrashableServer) -> CrashableServer:
    """Wait until a node other than `old` serves `key`'s slot, and every live node is ok."""
    deadline = time.monotonic() + 20
    while True:
        live = [node for node in cluster.nodes if node is not old]
        try:
            owner = await _primary_port(live[0], key)
            if owner != old.port and all(
                b"cluster_state:ok" in send_inline(node, "CLUSTER INFO") for node in live
            ):
                return cluster.node_on(owner)
        except (OSError, RedisError):
            pass  # asked while the cluster sorts itself out
        if time.monotonic() > deadline:
            raise RuntimeError("no replica was promoted within 20 s")
        await asyncio.sleep(0.1)
