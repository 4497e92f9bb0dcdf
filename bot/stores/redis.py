"""The shared store for several bot processes or machines: Redis, through redis-py's asyncio client.

Every check-and-write runs as one Lua script, so it is atomic on the Redis server whichever
process sends it. Expiry is judged by the caller's clock (wall-clock milliseconds, the same
source the SQLite store uses), which keeps every backend to one contract and lets the contract
suite move time on; Redis's own expiry (`PEXPIRE`) is set to the same span so that expired keys
also leave the server's memory.
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any, cast

import redis.asyncio as aioredis
from redis.commands.core import AsyncScript
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import NoScriptError
from redis.exceptions import TimeoutError as RedisTimeoutError

from bot.stores.factory import DEFAULT_REDIS_MAX_CONNECTIONS, DEFAULT_REDIS_POOL_TIMEOUT_SECONDS
from bot.stores.memory import Clock, check_ttl, encode_json
from bot.stores.protocol import Claim, ClaimLost, Conflict, JSONObject, Versioned
from bot.stores.redis_attempts import (
    HEALTH_CHECK_SECONDS,
    RETRIES,
    NotingRetry,
    restart_backoff,
    unsent,
)
from bot.stores.redis_scripts import (
    CLAIM,
    CLAIM_AND_GET,
    DELETE_COUNTING_LIVE,
    FINISH,
    GET,
    PUT,
    RELEASE,
    RENEW,
)

if TYPE_CHECKING:
    from redis.asyncio.cluster import RedisCluster

DEFAULT_NAMESPACE = "infoshare"

_SCAN_BATCH = 500
_Key = tuple[str, str]
"""A key by its kind (``v`` value, ``e`` claim, ``f`` finished mark, ``d`` delivered parts) and
name."""
_SCRIPT_ATTEMPTS = 3


class RedisStore:
    """Keyed JSON values in Redis, shared by every process that points at the same server.

    Keys are namespaced (``{infoshare}:v:<key>`` for values, ``{infoshare}:e:<id>`` for
    claimed event ids, ``{infoshare}:f:<id>`` for finished ones, ``{infoshare}:d:<id>`` for
    the parts of a released event's answer that arrived) so the server can be shared with other
    applications. Build one with `RedisStore.open`.

    The namespace is the keys' hash tag, so a Redis Cluster keeps them in one slot (on one
    node: the data is small), as a write under a claim needs: it checks the event's claim and
    writes the conversation in one script, and the two share no name to tag both with (a turn
    moved to the person's DM saves there under the claim read with the channel's).
    """

    def __init__(
        self,
        client: aioredis.Redis | RedisCluster,
        *,
        namespace: str,
        clock: Clock,
        cluster: bool = False,
    ) -> None:
        """Wrap a client (`cluster`: a Redis Cluster's); use `RedisStore.open` instead."""
        if not namespace:
            raise ValueError("a Redis store needs a namespace")
        self._redis = client
        self._cluster = cluster
        self._namespace = namespace
        self._clock = clock
        self._put = client.register_script(PUT)
        self._get = client.register_script(GET)
        self._claim = client.register_script(CLAIM)
        self._claim_and_get = client.register_script(CLAIM_AND_GET)
        self._renew = client.register_script(RENEW)
        self._finish = client.register_script(FINISH)
        self._release = client.register_script(RELEASE)
        self._delete_counting = client.register_script(DELETE_COUNTING_LIVE)

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        namespace: str = DEFAULT_NAMESPACE,
        clock: Clock = time.time,
        timeout_seconds: float = 2.0,
        max_connections: int = DEFAULT_REDIS_MAX_CONNECTIONS,
        pool_timeout_seconds: float = DEFAULT_REDIS_POOL_TIMEOUT_SECONDS,
        cluster: bool = False,
    ) -> RedisStore:
        """Connect to the server a ``redis://`` or ``rediss://`` URL names (with `cluster`, to
        the Redis Cluster it names one node of).

        Nothing is sent until the first call, so a server that is down at start-up shows up
        in `ping` (and `/healthz`) rather than stopping the process; the client reconnects by
        itself when the server comes back.

        Args:
            url: the server, as redis-py reads it (``redis://:password@host:6379/0``).
            namespace: the prefix of every key this store writes.
            clock: wall-clock seconds; injectable so tests can move time on.
            timeout_seconds: how long one command may take, connecting included, before
                it fails (and the person gets an apology instead of a long wait).
            max_connections: the most connections this process opens to the server.
            pool_timeout_seconds: how long a call waits for one of them to come free
                before it fails.
            cluster: the server is a node of a Redis Cluster: talk to the cluster through
                redis-py's cluster client (`bot.stores.redis_cluster`).

        Raises:
            ValueError: with `cluster`, the URL names a database other than 0.
            ImportError: with `cluster`, the installed redis-py lacks what the cluster client
                overrides (`bot.stores.redis_cluster.check_attempt_hook`).
        """
        if cluster:
            # Imported here: only a cluster needs the cluster client.
            from bot.stores.redis_cluster import open_cluster  # noqa: PLC0415

            client = open_cluster(
                url,
                timeout_seconds=timeout_seconds,
                max_connections=max_connections,
                pool_timeout_seconds=pool_timeout_seconds,
            )
            return cls(client, namespace=namespace, clock=clock, cluster=True)
        # A burst of turns shares the connections: a call that finds them all busy waits its
        # turn (redis-py's default pool raises instead, and a burst became apologies).
        pool = aioredis.BlockingConnectionPool.from_url(
            url,
            max_connections=max_connections,
            timeout=pool_timeout_seconds,
            socket_timeout=timeout_seconds,
            socket_connect_timeout=timeout_seconds,
            health_check_interval=HEALTH_CHECK_SECONDS,
            # A restart of the server drops every connection. Retrying is safe: a write whose
            # reply was lost shows up as a version conflict, which the turn pipeline resolves
            # by replaying.
            retry=NotingRetry(restart_backoff(), retries=RETRIES),
            retry_on_error=[RedisConnectionError, RedisTimeoutError],
        )
        return cls(aioredis.Redis.from_pool(pool), namespace=namespace, clock=clock)

    async def get(self, key: str) -> Versioned | None:
        """Return the value and its version, or None if absent or expired."""
        found = await self._run(self._get, [("v", key)], [self._now_ms()])
        if not found:
            return None
        encoded, version = cast(list[bytes], found)
        return Versioned(value=_decode(encoded), version=int(version))

    async def put(
        self,
        key: str,
        value: JSONObject,
        *,
        expected_version: int | None,
        ttl_seconds: float,
        claim: Claim | None = None,
    ) -> int:
        """Store `value` if the current version is `expected_version` (None: key must be absent)
        and, given a `claim`, no other owner holds a live claim on its event.

        Raises:
            ClaimLost: another owner holds the claim's event.
            Conflict: the key's version is not `expected_version`.
            NotWritten: the server refused every connection the write tried (nothing sent).
            ValueError: `ttl_seconds` is not a positive number.
            TypeError: `value` cannot be written as JSON.
        """
        check_ttl(ttl_seconds)
        encoded = encode_json(value)
        expected = "" if expected_version is None else str(expected_version)
        keys = [("v", key)]
        args: list[Any] = [expected, encoded, self._now_ms(), _ms(ttl_seconds)]
        if claim is not None:
            keys.append(("e", claim.event_id))
            args.append(claim.owner)
        result = await unsent(self._run(self._put, keys, args))
        if isinstance(result, list) and len(result) == 1:
            raise ClaimLost("another owner holds the event's claim")
        if isinstance(result, list):
            found = int(result[1])
            raise Conflict(
                f"expected version {expected_version}, found {None if found < 0 else found}"
            )
        return int(result)

    async def delete(self, key: str) -> None:
        """Remove the key if present."""
        await self._redis.delete(self._tagged("v", key))

    async def claim_event(self, event_id: str, ttl_seconds: float, *, owner: str) -> bool:
        """Claim an event for `owner`; False if it is finished or under a live claim."""
        check_ttl(ttl_seconds)
        claimed = await self._run(
            self._claim, self._event_keys(event_id), [self._now_ms(), _ms(ttl_seconds), owner]
        )
        return bool(claimed)

    async def claim_and_get(
        self, event_id: str, ttl_seconds: float, *, owner: str, key: str
    ) -> tuple[bool, Versioned | None]:
        """`claim_event`, then `get(key)`, in one script: one round trip."""
        check_ttl(ttl_seconds)
        result = await self._run(
            self._claim_and_get,
            [*self._event_keys(event_id), ("v", key)],
            [self._now_ms(), _ms(ttl_seconds), owner],
        )
        found = cast(list[Any], result)
        if len(found) < 3:
            return bool(found[0]), None
        return bool(found[0]), Versioned(value=_decode(found[1]), version=int(found[2]))

    async def finish_event(self, event_id: str, ttl_seconds: float, *, owner: str) -> bool:
        """Record an event as answered for `ttl_seconds` from now, claimed or not; False if
        another owner holds a live claim on it."""
        check_ttl(ttl_seconds)
        finished = await self._run(
            self._finish, self._event_keys(event_id), [self._now_ms(), _ms(ttl_seconds), owner]
        )
        return bool(finished)

    async def renew_event(self, event_id: str, ttl_seconds: float, *, owner: str) -> bool:
        """Extend `owner`'s unfinished claim, lapsed or not, to `ttl_seconds` from now; False if
        the event is finished or its last claim is not `owner`'s."""
        check_ttl(ttl_seconds)
        renewed = await self._run(
            self._renew, self._event_keys(event_id), [self._now_ms(), _ms(ttl_seconds), owner]
        )
        return bool(renewed)

    async def release_event(
        self, event_id: str, *, owner: str, delivered: int = 0, ttl_seconds: float = 0.0
    ) -> bool:
        """Drop `owner`'s unfinished claim now, keeping a positive `delivered` for
        `ttl_seconds`; False if the event is finished or its last claim is not `owner`'s."""
        if delivered > 0:
            check_ttl(ttl_seconds)
        released = await self._run(
            self._release,
            [*self._event_keys(event_id), ("d", event_id)],
            [self._now_ms(), owner, max(delivered, 0), _ms(ttl_seconds) if delivered > 0 else 0],
        )
        return bool(released)

    async def delivered_parts(self, event_id: str) -> int:
        """The parts of the event's answer that arrived, as its last release said."""
        kept = await self._redis.get(self._tagged("d", event_id))
        if kept is None:
            return 0
        expires, _, parts = (kept.decode() if isinstance(kept, bytes) else str(kept)).partition("|")
        return int(parts) if int(expires) > self._now_ms() else 0

    async def event_finished(self, event_id: str) -> bool:
        """Whether the event was finished and that record has not yet expired."""
        expires = await self._redis.get(self._tagged("f", event_id))
        return expires is not None and int(expires) > self._now_ms()

    async def delete_prefix(self, prefix: str) -> int:
        """Remove every key starting with `prefix`; return how many unexpired keys went."""
        return await self._delete_matching(self._tagged("v", prefix))

    async def ping(self) -> None:
        """Raise if the server cannot be reached (on a cluster: the node serving the store)."""
        if self._cluster:
            # A cluster client sends PING to any node: one that answers while the node holding
            # the store's slot is down, or failing over, would call the store up. A read of one
            # key goes where every call of the store goes, and follows a failover as they do
            # (TYPE: redis-py's cluster client sends EXISTS, a many-key command, by a pipeline
            # per slot, past `WaitingCluster.execute_command` and what it raises).
            await self._redis.type(self._tagged("v", ""))
            return
        await self._redis.ping()

    async def close(self) -> None:
        """Close every connection."""
        await self._redis.aclose()

    async def _delete_matching(self, prefix: str) -> int:
        pattern = _glob_escape(prefix) + "*"
        removed = 0
        batch: list[str] = []
        async for found in self._redis.scan_iter(match=pattern, count=_SCAN_BATCH):
            batch.append(found.decode() if isinstance(found, bytes) else str(found))
            if len(batch) >= _SCAN_BATCH:
                removed += await self._delete_batch(batch)
                batch = []
        if batch:
            removed += await self._delete_batch(batch)
        return removed

    async def _delete_batch(self, keys: list[str]) -> int:
        # Names found by one pattern share its tag, so one script takes them on a cluster too.
        return int(await self._script(self._delete_counting, keys, [self._now_ms()]))

    async def _run(self, script: AsyncScript, keys: list[_Key], args: list[Any]) -> Any:
        return await self._script(script, [self._tagged(*key) for key in keys], args)

    async def _script(self, script: AsyncScript, keys: list[str], args: list[Any]) -> Any:
        # A restarted server has forgotten every script. redis-py loads a missing script and
        # runs it again, but a restart between that load and the run loses it once more.
        for _ in range(_SCRIPT_ATTEMPTS - 1):
            try:
                return await script(keys=keys, args=args)
            except NoScriptError:
                continue
        return await script(keys=keys, args=args)

    def _tagged(self, kind: str, name: str) -> str:
        return f"{{{self._namespace}}}:{kind}:{name}"

    def _event_keys(self, event_id: str) -> list[_Key]:
        return [("e", event_id), ("f", event_id)]

    def _now_ms(self) -> int:
        return int(self._clock() * 1000)


def _ms(seconds: float) -> int:
    return max(1, round(seconds * 1000))


def _decode(encoded: bytes) -> JSONObject:
    value = json.loads(encoded)
    if not isinstance(value, dict):
        raise TypeError("a stored value is not a JSON object")
    return value


def _glob_escape(text: str) -> str:
    """Escape the characters Redis's MATCH treats as a pattern, so a prefix matches literally."""
    return "".join("\\" + c if c in "*?[]\\^-" else c for c in text)
