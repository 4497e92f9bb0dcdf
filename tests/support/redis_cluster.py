"""A real `redis-server` in cluster mode, alone in its cluster and serving every slot: it
refuses, as any Redis Cluster does, a script or command whose keys are in different slots
(CROSSSLOT), and it answers `CLUSTER KEYSLOT`, which a plain server does not."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.network import free_port
from tests.support.redis_server import RedisServer, redis_or_skip, send_inline

_SLOTS = 16384


def start_cluster(directory: Path) -> RedisServer:
    """Start a one-node cluster in `directory`, serving every slot, once it says it is ok."""
    server = redis_or_skip(directory)
    server.options = (
        *("--cluster-enabled", "yes", "--cluster-config-file", str(directory / "nodes")),
        # The bus port is the client port + 10000 unless given: past 65535 for a high free port.
        *("--cluster-port", str(free_port())),
    )
    server.start()
    send_inline(server, f"CLUSTER ADDSLOTSRANGE 0 {_SLOTS - 1}")
    deadline = time.monotonic() + 10
    while b"cluster_state:ok" not in send_inline(server, "CLUSTER INFO"):
        if time.monotonic() > deadline:
            server.stop()
            raise RuntimeError("the one-node cluster did not come up within 10 s")
        time.sleep(0.05)
    return server


@pytest.fixture(scope="session")
def redis_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """One single-node Redis Cluster for the session; tests keep apart by key namespace."""
    server = start_cluster(tmp_path_factory.mktemp("redis-cluster"))
    yield server
    server.stop()
