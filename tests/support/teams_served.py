"""The Teams door served as `infoshare serve` serves it, on a shared store, with the default
lease: the `teams` fixture the round-57 refused-delivery tests share."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.app import Core, build_lookups
from bot.stores.protocol import Store
from tests.support.pipelines import test_pipeline
from tests.support.teams import TeamsBot, local_door, serve
from tests.support.teams_standins import Connector


@pytest.fixture
async def teams(
    core: Core, shared_store: Store, connector: Connector, hosting: str
) -> AsyncIterator[TeamsBot]:
    """The door as `teams` serves it, with the default lease."""
    pipeline = test_pipeline(core, shared_store)
    door = local_door(pipeline, hosting, lookups=build_lookups(core, pipeline))
    server = await serve(door, shared_store)  # type: ignore[arg-type]  # any store serves /healthz
    async with aiohttp.ClientSession() as session:
        yield TeamsBot(str(server.make_url("")).rstrip("/"), session, connector)
    await server.close()
