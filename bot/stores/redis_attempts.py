"""Whether a failed Redis command can have reached the server: redis-py tries a command several
times (`RedisStore.open`'s retry, or a cluster client's own), and only a command whose every
attempt was refused at connect is known for certain not to have been sent, nor written."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.exceptions import ConnectionError as RedisConnectionError

from bot.stores.protocol import NotWritten

T = TypeVar("T")

RETRIES = 6
"""Retries of a command after a connection error, single server or cluster alike: with
`restart_backoff`, about four seconds, which ride through a restart of the server or a node
(the person waits a moment rather than getting an apology)."""

HEALTH_CHECK_SECONDS = 30
"""A connection idle this long is checked before it is used again."""


def restart_backoff() -> ExponentialBackoff:
    """The wait between `RETRIES`: 0.2 s, doubling to 1 s."""
    return ExponentialBackoff(cap=1.0, base=0.1)


@dataclass(slots=True)
class _Attempts:
    reached: bool = False
    """An attempt failed otherwise than by a refused connection (it may have been sent)."""


_CURRENT: ContextVar[_Attempts | None] = ContextVar("infoshare_redis_attempts", default=None)


def refused(error: BaseException) -> bool:
    """Whether `error` is a connection the server refused (nothing could be sent on it)."""
    return isinstance(error, RedisConnectionError) and isinstance(
        error.__cause__, ConnectionRefusedError
    )


def note_failed_attempt(error: BaseException) -> None:
    """Note a failed attempt of the command run under `unsent`, if it may have been sent."""
    attempts = _CURRENT.get()
    if attempts is not None and not refused(error):
        attempts.reached = True


class NotingRetry(Retry):
    """redis-py's retry, noting every failed attempt of a command run under `unsent` that may
    have reached the server."""

    async def call_with_retry(
        self,
        do: Callable[[], Awaitable[T]],
        fail: Callable[..., Any],
        is_retryable: Callable[[Exception], bool] | None = None,
        with_failure_count: bool = False,
    ) -> T:
        """Run `do` as redis-py's retry does, noting each failure before `fail` sees it."""

        async def noted(error: Exception, *count: int) -> Any:
            note_failed_attempt(error)
            return await fail(error, *count)

        return await super().call_with_retry(do, noted, is_retryable, with_failure_count)


async def unsent(command: Awaitable[T]) -> T:
    """Await a command of a client built with `NotingRetry`.

    Raises:
        NotWritten: every attempt was refused at connect (nothing was sent).
        Exception: any other failure, as raised.
    """
    attempts = _Attempts()
    token = _CURRENT.set(attempts)
    try:
        return await command
    except RedisConnectionError as exc:
        if refused(exc) and not attempts.reached:
            raise NotWritten("the Redis server refused the connection") from exc
        raise
    finally:
        _CURRENT.reset(token)
