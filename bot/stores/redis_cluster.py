"""The client `RedisStore` uses on a Redis Cluster: redis-py's asyncio `RedisCluster`, made to
behave as the store's single-server client does in the two ways the store relies on.

- A burst waits its turn. The cluster client keeps a pool per node that raises once its
  connections are all busy (the single-server client is given a blocking pool instead: a burst
  of a thousand turns into one process became apologies without it). Here a call waits for one
  of `max_connections` places, up to the pool timeout, before it takes a connection; each node
  gets one connection more, for the client's own look at the cluster's layout.
- Every attempt is noted (`bot.stores.redis_attempts`): the cluster client retries a command
  itself, node by node, rather than through the retry object the single-server client notes
  with, so a failed save is known not to have been sent only when every attempt was refused.
  No public hook of redis-py 5 to 8 sees each attempt, so this overrides the private
  `RedisCluster._execute_command`; `check_attempt_hook` stops the import with a clear message
  should a version of redis-py drop or rename it.
- A cluster that cannot be reached fails as a single server does: redis-py gives up with its
  own `RedisClusterException` ("cannot be connected", `RedisClusterUnreachableError` in
  redis-py 8) carrying the connection error or timeout as its cause; that error is raised
  instead, so a save every node refused is `NotWritten` (`bot.stores.redis_attempts.unsent`).

Every key the store names carries one hash tag, so a script's keys are in one slot, and the
whole store on one node of the cluster.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any, cast
from urllib.parse import urlsplit

from redis import __version__ as redis_version
from redis.asyncio.cluster import ClusterNode, RedisCluster
from redis.asyncio.retry import Retry
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisClusterException
from redis.exceptions import TimeoutError as RedisTimeoutError

from bot.stores.redis_attempts import (
    HEALTH_CHECK_SECONDS,
    RETRIES,
    note_failed_attempt,
    restart_backoff,
)

ATTEMPT_HOOK = "_execute_command"
"""The private method of redis-py's `RedisCluster` that makes one attempt of a command on one
node (`target_node`, then the command's arguments)."""


def check_attempt_hook(cluster_class: type) -> None:
    """Make sure `cluster_class` still has the per-attempt method `WaitingCluster` overrides.

    Raises:
        ImportError: it is gone, or no longer takes the node then the command's arguments.
    """
    hook = getattr(cluster_class, ATTEMPT_HOOK, None)
    parameters = list(inspect.signature(hook).parameters.values()) if callable(hook) else []
    kinds = [p.kind for p in parameters]
    if not (
        inspect.iscoroutinefunction(hook)
        and kinds[:2] == [inspect.Parameter.POSITIONAL_OR_KEYWORD] * 2
        and parameters[1].name == "target_node"
        and inspect.Parameter.VAR_POSITIONAL in kinds
        and inspect.Parameter.VAR_KEYWORD in kinds
    ):
        raise ImportError(
            f"redis-py {redis_version} has no `async RedisCluster.{ATTEMPT_HOOK}(self, "
            "target_node, *args, **kwargs)`, which bot.stores.redis_cluster overrides to note "
            "each attempt of a command: use redis-py >=5.0.1,<9 (as pyproject.toml pins), or "
            "port WaitingCluster to this version before using INFOSHARE_REDIS_CLUSTER"
        )


check_attempt_hook(RedisCluster)


class WaitingCluster(RedisCluster):
    """A `RedisCluster` whose commands wait for a free connection, noting each attempt."""

    def __init__(self, *, pool_timeout_seconds: float, places: int, **kwargs: Any) -> None:
        """Connect as `RedisCluster` does, with `places` commands in flight at most."""
        super().__init__(max_connections=places + 1, **kwargs)
        self._places = asyncio.Semaphore(places)
        self._pool_timeout_seconds = pool_timeout_seconds

    async def execute_command(self, *args: Any, **kwargs: Any) -> Any:
        """Run a command once one of the places is free (waiting up to the pool timeout).

        Raises:
            redis.exceptions.ConnectionError: no place came free in time (as a blocking pool's
                wait for a connection does); or no node could be reached (the connection
                error redis-py's cluster exception carries).
            redis.exceptions.TimeoutError: no node answered in time (likewise).
        """
        try:
            async with asyncio.timeout(self._pool_timeout_seconds):
                await self._places.acquire()
        except TimeoutError:
            raise RedisConnectionError("no free connection to the Redis Cluster") from None
        try:
            return await super().execute_command(*args, **kwargs)
        except RedisClusterException as error:
            lost = unreachable_cause(error)
            if lost is None:
                raise
        finally:
            self._places.release()
        # Raised outside the handler: inside, it would take as its context the cluster's
        # error, whose cause it is. Its own cause (a refused connection) is what
        # `redis_attempts.refused` reads.
        raise lost

    async def _execute_command(self, target_node: ClusterNode, *args: Any, **kwargs: Any) -> Any:
        try:
            return await super()._execute_command(target_node, *args, **kwargs)
        except Exception as error:
            note_failed_attempt(error)
            raise


def unreachable_cause(
    error: RedisClusterException,
) -> RedisConnectionError | RedisTimeoutError | None:
    """The connection error or timeout a cluster that could not be reached failed with, if
    `error` is that failure (other cluster errors, such as keys in two slots, are not)."""
    cause = error.__cause__
    if isinstance(cause, RedisConnectionError | RedisTimeoutError):
        return cause
    return None


def cluster_database_problem(url: str) -> str | None:
    """Why `url` cannot name a cluster (one that names a database other than 0), else None."""
    database = urlsplit(url).path.strip("/")
    if database in {"", "0"}:
        return None
    return "a Redis Cluster has only database 0: end INFOSHARE_STORE with /0, or with the port"


def open_cluster(
    url: str,
    *,
    timeout_seconds: float,
    max_connections: int,
    pool_timeout_seconds: float,
) -> WaitingCluster:
    """A client of the cluster that `url` names one node of (``redis://`` or ``rediss://``, as
    redis-py's `RedisCluster.from_url` reads it); it finds the other nodes itself.

    Nothing is sent until the first call, as with a single server.

    Raises:
        ValueError: the URL names a database other than 0 (`cluster_database_problem`).
    """
    problem = cluster_database_problem(url)
    if problem is not None:
        raise ValueError(problem)
    # Reads stay on each slot's primary (redis-py's default; no replica is read): a replica
    # lags behind, and a claim just taken must be read back as taken. A failover needs no
    # setting: a call to a dead primary is retried on the layout the client refreshes.
    client = WaitingCluster.from_url(
        url,
        places=max_connections,
        pool_timeout_seconds=pool_timeout_seconds,
        socket_timeout=timeout_seconds,
        socket_connect_timeout=timeout_seconds,
        health_check_interval=HEALTH_CHECK_SECONDS,
        retry=Retry(restart_backoff(), retries=RETRIES),
    )
    return cast(WaitingCluster, client)
