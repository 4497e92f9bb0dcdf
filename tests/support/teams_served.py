"""The Teams door served as `infoshare serve` serves it, on a shared store, with the default
lease: the `teams` fixture the round-57 refused-delivery tests share."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.app import Core
from bot.stores.protocol import Store
from tests.support.teams import TeamsBot, served_bot
from tests.support.teams_standins import Connector


@pytest.fixture
async def teams(
    core: Core, shared_store: Store, connector: Connector, hosting: str
) -> AsyncIterator[TeamsBot]:
    """The door as `teams` serves it, with the default lease."""
    async with served_bot(core, shared_store, connector, hosting) as bot:
        yield bot
