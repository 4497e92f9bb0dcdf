"""Fixtures of the hostile-input suite (tests/hostile): both doors as served, signed and
unsigned, and a check on every test's logs: no traceback and nothing logged as an error."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator

import pytest

from adapters.slack.door import SlackDoor
from bot.app import Core, build_lookups
from bot.stores.memory import MemoryStore
from tests.support.fake_slack import FakeSlack
from tests.support.slack import SECRET, Server
from tests.support.slack import make_pipeline as slack_pipeline


@pytest.fixture(autouse=True)
def no_tracebacks(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], "an error was logged"


@pytest.fixture
def slack_store() -> MemoryStore:
    return MemoryStore()


async def _slack_server(
    core: Core, slack: FakeSlack, store: MemoryStore, *, signed: bool
) -> Server:
    pipeline = slack_pipeline(core, store)
    door = SlackDoor(
        pipeline,
        bot_token="xoxb-test-token",
        signing_secret=SECRET if signed else None,
        api_url=slack.api_url,
        lookups=build_lookups(core, pipeline),
    )
    server = Server(door, store)
    await server.start()
    return server


@pytest.fixture
async def signed_slack(
    core: Core, slack: FakeSlack, slack_store: MemoryStore
) -> AsyncIterator[Server]:
    """The Slack door with its signing secret, as in production."""
    server = await _slack_server(core, slack, slack_store, signed=True)
    yield server
    await server.close()


@pytest.fixture
async def unsigned_slack(
    core: Core, slack: FakeSlack, slack_store: MemoryStore
) -> AsyncIterator[Server]:
    """The Slack door as ``infoshare serve --dev`` builds it without a signing secret."""
    server = await _slack_server(core, slack, slack_store, signed=False)
    yield server
    await server.close()
