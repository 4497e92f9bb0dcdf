"""Choose and open a store from the `INFOSHARE_STORE` URL."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import SplitResult, urlsplit

from bot.stores.memory import MemoryStore
from bot.stores.protocol import Store

DEFAULT_SQLITE_FILE = "infoshare.sqlite3"
DEFAULT_REDIS_MAX_CONNECTIONS = 50
"""Connections one process opens to Redis at most. Redis runs one command at a time, so more
connections add no speed; this many keep a loopback or LAN round trip in flight for every
few turns, while ten instances stay far below the server's 10,000 clients."""
DEFAULT_REDIS_POOL_TIMEOUT_SECONDS = 10.0
"""How long a store call waits for a free Redis connection before failing. A burst of a
thousand turns into one process drains in about a second; waiting is what lets the later
ones answer rather than apologise."""

ACCEPTED_FORMS = (
    "memory:// (kept in this process only), "
    f"sqlite:// (the file {DEFAULT_SQLITE_FILE} in the data directory) "
    "or sqlite:///absolute/path/to/file.sqlite3, "
    "or redis://[:password@]host[:port][/db] (rediss:// for TLS) to share state between "
    "several instances"
)


class StoreUnavailable(Exception):
    """The store could not be opened: the message says which and why, never a password."""


@dataclass(frozen=True, slots=True)
class StoreURL:
    """What a store URL asks for.

    Attributes:
        kind: which backend.
        path: the SQLite file, or None for the default file in the data directory (and
            for backends without a file).
        url: the whole URL, for Redis (it may hold a password: never show it).
    """

    kind: Literal["memory", "sqlite", "redis"]
    path: Path | None = None
    url: str = field(default="", repr=False)


def parse_store_url(url: str) -> StoreURL:
    """Check a store URL's form without opening anything.

    Raises:
        ValueError: the URL is not one of the accepted forms. The message names at most the
            scheme, never the rest of the URL, which may hold a password.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    has_slashes = url.strip()[len(scheme) :].startswith("://")
    rest_is_empty = not (parts.netloc or parts.path or parts.query or parts.fragment)
    if scheme == "memory":
        if has_slashes and rest_is_empty:
            return StoreURL("memory")
        raise ValueError("a memory store URL is just memory://, with nothing after it")
    if scheme == "sqlite":
        if has_slashes and rest_is_empty:
            return StoreURL("sqlite")
        names_a_file = not (parts.netloc or parts.query or parts.fragment)
        if has_slashes and names_a_file and parts.path.startswith("/"):
            return StoreURL("sqlite", Path(parts.path))
        raise ValueError(
            "a sqlite store URL must be sqlite:// or name an absolute file path after three "
            "slashes, like sqlite:///var/lib/infoshare/state.sqlite3 (no ? or # parts)"
        )
    if scheme in {"redis", "rediss"}:
        if has_slashes and parts.hostname and not parts.fragment and _has_valid_port(parts):
            return StoreURL("redis", url=url.strip())
        raise ValueError(
            f"a {scheme} store URL must name a host, like {scheme}://cache.internal:6379/0"
        )
    named = f"the scheme {scheme!r}" if scheme else "no scheme"
    raise ValueError(f"unknown store URL with {named}; use {ACCEPTED_FORMS}")


def _has_valid_port(parts: SplitResult) -> bool:
    """Whether the port, if any, is a number (urlsplit raises otherwise)."""
    try:
        _ = parts.port
    except ValueError:
        return False
    return True


async def open_store(
    url: str,
    *,
    data_dir: Path,
    check: bool = False,
    redis_max_connections: int = DEFAULT_REDIS_MAX_CONNECTIONS,
    redis_pool_timeout_seconds: float = DEFAULT_REDIS_POOL_TIMEOUT_SECONDS,
    redis_cluster: bool = False,
) -> Store:
    """Open the store a URL names.

    Args:
        url: `memory://`, `sqlite://`, `sqlite:///absolute/path.sqlite3` or `redis://…`.
        data_dir: where `sqlite://` keeps its file (created if missing).
        check: also make sure a Redis server answers now (it is otherwise first asked on the
            first turn, so that a server started before Redis waits for it).
        redis_max_connections: for Redis, the most connections this process opens.
        redis_pool_timeout_seconds: for Redis, how long a call waits for a free connection.
        redis_cluster: for Redis, the URL names a node of a Redis Cluster.

    Returns:
        An open store; the caller closes it.

    Raises:
        ValueError: the URL is not one of the accepted forms.
        StoreUnavailable: the SQLite file or its folder cannot be used, a cluster's URL names
            a database other than 0, the installed redis-py lacks what the cluster client
            needs, or (with `check`) the Redis server does not answer.
    """
    parsed = parse_store_url(url)
    if parsed.kind == "memory":
        return MemoryStore()
    if parsed.kind == "redis":
        # Imported here: redis-py adds ~35 ms to every start, and most runs use SQLite.
        from bot.stores.redis import RedisStore  # noqa: PLC0415

        try:
            redis = await RedisStore.open(
                parsed.url,
                max_connections=redis_max_connections,
                pool_timeout_seconds=redis_pool_timeout_seconds,
                cluster=redis_cluster,
            )
        except (ValueError, ImportError) as exc:  # ImportError: see `check_attempt_hook`
            raise StoreUnavailable(str(exc)) from None
        if check:
            try:
                await redis.ping()
            except Exception as exc:
                await redis.close()
                raise StoreUnavailable(
                    f"the Redis server in INFOSHARE_STORE does not answer ({type(exc).__name__})"
                ) from None
        return redis
    # Imported here: settings check store URLs with this module, and `infoshare ask` opens
    # no store, so it starts without aiosqlite and asyncio.
    import sqlite3  # noqa: PLC0415

    from bot.stores.sqlite import SQLiteStore  # noqa: PLC0415

    path = parsed.path or data_dir / DEFAULT_SQLITE_FILE
    try:
        return await SQLiteStore.open(path)
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StoreUnavailable(f"the SQLite store {path} cannot be used ({reason})") from None
