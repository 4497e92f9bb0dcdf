"""The cluster store notes each attempt of a command by overriding redis-py's private
`RedisCluster._execute_command` (no public hook of redis-py 5 to 8 sees each attempt): the
import of `bot.stores.redis_cluster` checks that it is still there, with the node then the
command's arguments, and stops with a message saying what to do when it is not (round 60)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from redis.asyncio.cluster import RedisCluster

from bot.stores import open_store
from bot.stores.factory import StoreUnavailable
from bot.stores.redis_cluster import ATTEMPT_HOOK, WaitingCluster, check_attempt_hook


def test_the_installed_redis_py_has_the_hook_the_cluster_store_overrides() -> None:
    check_attempt_hook(RedisCluster)  # raises ImportError when it is gone
    assert ATTEMPT_HOOK in vars(WaitingCluster)  # and the override is on it


class _Gone:
    pass


class _Renamed:
    async def _execute_on_node(self, target_node: Any, *args: Any, **kwargs: Any) -> Any:
        return None


class _Nodeless:
    async def _execute_command(self, *args: Any, **kwargs: Any) -> Any:
        return None


class _NotAwaited:
    def _execute_command(self, target_node: Any, *args: Any, **kwargs: Any) -> Any:
        return None


class _Same:
    async def _execute_command(self, target_node: Any, *args: Any, **kwargs: Any) -> Any:
        return None


@pytest.mark.parametrize("changed", [_Gone, _Renamed, _Nodeless, _NotAwaited])
def test_a_redis_py_without_the_hook_stops_the_import_with_a_clear_message(
    changed: type,
) -> None:
    with pytest.raises(ImportError, match=r"RedisCluster\._execute_command\(self, target_node"):
        check_attempt_hook(changed)


def test_a_hook_of_the_same_shape_passes() -> None:
    check_attempt_hook(_Same)


async def test_a_start_on_a_cluster_without_the_hook_is_refused_with_the_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delattr(RedisCluster, ATTEMPT_HOOK)
    monkeypatch.delitem(sys.modules, "bot.stores.redis_cluster")  # imported afresh
    with pytest.raises(StoreUnavailable, match="overrides to note each attempt"):
        await open_store("redis://127.0.0.1:7000/0", data_dir=tmp_path, redis_cluster=True)
