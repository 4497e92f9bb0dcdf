"""Fixtures of the tests of `bot/` (defined in `tests.support`): a real Redis server when the
machine has one."""

from tests.support.redis_server import redis_server

__all__ = ["redis_server"]
