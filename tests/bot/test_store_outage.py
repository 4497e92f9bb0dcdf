"""When Redis goes away: a quick apology, an honest health check, and recovery on its own."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.app import Core
from bot.pipeline import TurnPipeline
from bot.server import build_web_app
from bot.stores.redis import RedisStore
from dialogs.contract import Turn
from dialogs.notices import UNAVAILABLE_REPLY
from tests.support.pipelines import test_pipeline
from tests.support.redis_server import RedisServer, redis_or_skip


@dataclass
class Service:
    redis: RedisServer
    pipeline: TurnPipeline
    health_url: str

    async def health(self) -> int:
        async with aiohttp.ClientSession() as session, session.get(self.health_url) as response:
            return response.status


@pytest.fixture
async def service(core: Core, tmp_path: Path) -> AsyncIterator[Service]:
    redis = redis_or_skip(tmp_path / "redis")
    redis.start()
    store = await RedisStore.open(redis.url, timeout_seconds=0.5)
    runner = web.AppRunner(build_web_app(store, []))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    pipeline = test_pipeline(core, store)
    yield Service(redis, pipeline, f"http://127.0.0.1:{port}/healthz")
    await runner.cleanup()
    await store.close()
    redis.stop()


def _turn(text: str | None = None, action: str | None = None, event: str = "") -> Turn:
    return Turn("slack", "T1/D1", "U1", text=text, action=action, event_id=event or None)


async def test_a_store_outage_gets_a_quick_apology_and_service_resumes_by_itself(
    service: Service,
) -> None:
    first = await service.pipeline.handle(_turn("check", event="Ev1"))
    yes = next(c.value for c in first[-1].choices if c.label == "Yes")
    assert await service.health() == 200

    service.redis.stop()
    started = time.monotonic()
    apology = await service.pipeline.handle(_turn(action=yes, event="Ev2"))
    waited = time.monotonic() - started

    assert apology[0].text == UNAVAILABLE_REPLY.text
    assert [c.label for c in apology[0].choices] == ["Try again"]  # the way to retry
    assert waited < 8  # the store retries for about four seconds, then apologises
    assert await service.health() == 503

    service.redis.start()  # same port, same files: the client reconnects by itself
    assert await service.health() == 200
    again = await service.pipeline.handle(_turn(action=apology[0].choices[0].value, event="Ev3"))
    assert "Key question 2" in again[-1].text  # the person's place was kept


async def test_a_redis_restart_keeps_every_conversation(service: Service) -> None:
    first = await service.pipeline.handle(_turn("check", event="Ev1"))
    await service.pipeline.finish(_turn("check", event="Ev1"))
    yes = next(c.value for c in first[-1].choices if c.label == "Yes")

    service.redis.restart()

    replies = await service.pipeline.handle(_turn(action=yes, event="Ev2"))
    assert "Key question 2" in replies[-1].text
    assert await service.pipeline.handle(_turn("check", event="Ev1")) == []
