"""The hostile-input suite: each finding of the bad-input probe (issue 13), replayed over real
HTTP against the real doors, plus fuzzing of both doors' entry points.

Every test here also checks the logs: no traceback and nothing logged as an error.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator

import pytest

from adapters.slack.door import SlackDoor
from bot.app import Core
from bot.stores.memory import MemoryStore
from tests.adapters.slack.conftest import SECRET, Server, slack
from tests.adapters.slack.conftest import make_pipeline as slack_pipeline
from tests.adapters.slack.fake_slack import FakeSlack
from tests.adapters.teams.conftest import connector, hosting, keys, secured, store, teams

__all__ = ["connector", "hosting", "keys", "secured", "slack", "store", "teams"]


@pytest.fixture(autouse=True)
def _no_tracebacks(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
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
    door = SlackDoor(
        slack_pipeline(core, store),
        bot_token="xoxb-test-token",
        signing_secret=SECRET if signed else None,
        api_url=slack.api_url,
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
