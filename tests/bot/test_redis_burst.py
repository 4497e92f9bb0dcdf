"""A thousand people asking at the same moment into one process sharing a real Redis.

Every one must get the answer they would have got alone: the store waits for a free
connection rather than failing, and every event is marked finished afterwards.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError

from bot.app import Core
from bot.pipeline import TurnPipeline
from bot.stores import MemoryStore
from bot.stores.redis import RedisStore
from dialogs.contract import Answer, Turn
from tests.support.pipelines import test_pipeline
from tests.support.redis_server import RedisServer, redis_or_skip

PEOPLE = 1000
# What people type first: a question the guidance answers, and the start of a consent check.
OPENERS = ("Can I share information without consent?", "check", "help")


@pytest.fixture
async def redis_store(redis_server: RedisServer) -> AsyncIterator[RedisStore]:
    store = await RedisStore.open(redis_server.url, namespace=f"burst-{uuid.uuid4().hex}")
    yield store
    await store.close()


def _opening(person: int) -> Turn:
    return Turn(
        "slack",
        f"D{person}",
        f"U{person}",
        text=OPENERS[person % len(OPENERS)],
        event_id=f"Ev{person}",
    )


async def _ask_and_deliver(pipeline: TurnPipeline, turn: Turn) -> Answer:
    """What a door does: answer the turn, deliver the replies, then mark the event finished."""
    answer = await pipeline.answer(turn)
    await pipeline.finish(turn)
    return answer


async def test_a_thousand_people_asking_at_once_are_all_answered(
    core: Core, redis_store: RedisStore
) -> None:
    alone = test_pipeline(core, MemoryStore())
    expected = {text: (await alone.answer(_opening(n))).replies for n, text in enumerate(OPENERS)}
    pipeline = test_pipeline(core, redis_store)
    turns = [_opening(person) for person in range(PEOPLE)]

    answers = await asyncio.gather(*(_ask_and_deliver(pipeline, turn) for turn in turns))

    apologies = sum(answer.apology for answer in answers)
    assert apologies == 0, f"{apologies} of {PEOPLE} people got an apology"
    for turn, answer in zip(turns, answers, strict=True):
        assert turn.text is not None
        assert answer.replies == expected[turn.text]
    finished = [await redis_store.event_finished(f"slack|{turn.event_id}") for turn in turns]
    assert finished.count(False) == 0, f"{finished.count(False)} events never marked finished"


async def test_a_burst_shares_a_small_pool_without_opening_more_connections(
    core: Core, redis_server: RedisServer
) -> None:
    server = aioredis.Redis.from_url(redis_server.url)
    before = await _connected_clients(server)
    store = await RedisStore.open(
        redis_server.url, namespace=f"burst-{uuid.uuid4().hex}", max_connections=4
    )
    pipeline = test_pipeline(core, store)
    turns = [_opening(person) for person in range(200)]

    answers = await asyncio.gather(*(_ask_and_deliver(pipeline, turn) for turn in turns))

    assert not any(answer.apology for answer in answers)
    assert all(answer.replies for answer in answers)
    assert await _connected_clients(server) - before <= 4
    await store.close()
    await server.aclose()


async def test_a_call_waits_for_a_free_connection_only_as_long_as_the_pool_timeout(
    redis_server: RedisServer,
) -> None:
    store = await RedisStore.open(
        redis_server.url,
        namespace=f"burst-{uuid.uuid4().hex}",
        max_connections=1,
        pool_timeout_seconds=0.3,
    )
    await store.ping()
    # The server holds every client's commands for 1.5 s: the store's only connection is busy.
    async with aioredis.Redis.from_url(redis_server.url) as pauser:
        await pauser.client_pause(1500, all=True)
    slow = asyncio.create_task(store.get("first"))
    await asyncio.sleep(0.05)

    started = asyncio.get_running_loop().time()
    with pytest.raises(RedisConnectionError, match="No connection available"):
        await store.get("second")
    waited = asyncio.get_running_loop().time() - started

    assert 0.25 <= waited < 1.0  # it waited for the pool, then gave up before the pause ended
    assert await slow is None  # the call holding the connection was answered once it could be
    await store.close()


async def _connected_clients(server: aioredis.Redis) -> int:
    info = await server.info("clients")
    return int(info["connected_clients"])


async def test_a_burst_rides_through_a_redis_restart(core: Core, tmp_path: Path) -> None:
    redis = redis_or_skip(tmp_path / "redis")
    redis.start()
    store = await RedisStore.open(redis.url, max_connections=8)
    pipeline = test_pipeline(core, store)
    turns = [_opening(person) for person in range(300)]

    burst = asyncio.gather(*(_ask_and_deliver(pipeline, turn) for turn in turns))
    await asyncio.sleep(0.05)
    await asyncio.to_thread(redis.restart)
    answers = await burst

    assert sum(answer.apology for answer in answers) == 0
    assert all(answer.replies for answer in answers)
    await store.close()
    redis.stop()
