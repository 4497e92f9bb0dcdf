"""Fixtures of the hostile-input suite (tests/hostile): both doors as served, signed and
unsigned, and a check on every test's logs: no traceback and nothing logged as an error."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator

import pytest

from bot.app import Core
from bot.stores.memory import MemoryStore
from tests.support.fake_slack import FakeSlack
from tests.support.slack import Server, start_server


@pytest.fixture(autouse=True)
def no_tracebacks(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], "an error was logged"


@pytest.fixture
def slack_store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
async def signed_slack(
    core: Core, slack: FakeSlack, slack_store: MemoryStore
) -> AsyncIterator[Server]:
    """The Slack door with its signing secret, as in production."""
    server = await start_server(core, slack, slack_store, signed=True)
    yield server
    await server.close()


@pytest.fixture
async def unsigned_slack(
    core: Core, slack: FakeSlack, slack_store: MemoryStore
) -> AsyncIterator[Server]:
    """The Slack door as ``infoshare serve --dev`` builds it without a signing secret."""
    server = await start_server(core, slack, slack_store, signed=False)
    yield server
    await server.close()
