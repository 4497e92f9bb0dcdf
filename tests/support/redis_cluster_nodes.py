"""A real Redis Cluster of three nodes on loopback, made as an administrator makes one: three
`redis-server --cluster-enabled yes`, joined by `redis-cli --cluster create`, each serving a
third of the slots. A client that is not cluster-aware is sent away (MOVED) from every key
another node serves; redis-py's `RedisCluster` follows."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.network import free_port
from tests.support.redis_server import RedisServer, redis_or_skip, send_inline

NO_REDIS_CLI = (
    "redis-cli is not installed, so the three-node Redis Cluster cannot be created here; "
    "install it with `apt-get install -y redis-tools` (redis-server's package brings it)"
)


@dataclass
class ClusterNodes:
    """The nodes, each a `RedisServer`; `url` names the first, as an administrator would."""

    nodes: list[RedisServer]

    @property
    def url(self) -> str:
        """A store URL naming one node: a cluster-aware client finds the others from it."""
        return self.nodes[0].url


def redis_cli_or_skip() -> str:
    binary = shutil.which("redis-cli")
    if binary is None:
        if os.environ.get("INFOSHARE_REQUIRE_REDIS") == "1":
            pytest.fail(NO_REDIS_CLI)
        pytest.skip(NO_REDIS_CLI)
    return binary


def start_cluster_nodes(directory: Path, count: int = 3) -> ClusterNodes:
    """Start `count` cluster-enabled servers in `directory` and join them into one cluster."""
    cli = redis_cli_or_skip()
    nodes: list[RedisServer] = []
    try:
        for number in range(count):
            home = directory / f"node{number}"
            server = redis_or_skip(home)
            server.options = (
                *("--cluster-enabled", "yes", "--cluster-config-file", str(home / "nodes")),
                # The bus port is the client port + 10000 unless given: past 65535 for a
                # high free port.
                *("--cluster-port", str(free_port())),
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
                "0",
                "--cluster-yes",
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        _wait_until_ok(nodes)
    except BaseException:
        for node in nodes:
            node.stop()
        raise
    return ClusterNodes(nodes)


def _wait_until_ok(nodes: list[RedisServer]) -> None:
    deadline = time.monotonic() + 20
    while not all(b"cluster_state:ok" in send_inline(node, "CLUSTER INFO") for node in nodes):
        if time.monotonic() > deadline:
            raise RuntimeError("the three-node cluster did not come up within 20 s")
        time.sleep(0.1)


@pytest.fixture(scope="session")
def redis_cluster_nodes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ClusterNodes]:
    """One three-node Redis Cluster for the session; tests keep apart by key namespace."""
    cluster = start_cluster_nodes(tmp_path_factory.mktemp("redis-cluster-nodes"))
    yield cluster
    for node in cluster.nodes:
        node.stop()
