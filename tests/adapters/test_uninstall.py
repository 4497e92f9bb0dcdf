"""Both doors hand an uninstall to the core the same way: one call of `Turns.forget`.

Slack's ``app_uninstalled`` forgets the whole workspace; Teams' removal from a personal chat
forgets that person's dialog. Each door is served over real HTTP with a recording `Turns` in
front of the real pipeline.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from adapters.slack.door import SlackDoor
from adapters.teams.door import TeamsDoor
from bot.app import Core
from bot.pipeline import TurnPipeline
from bot.stores.memory import MemoryStore
from bot.stores.sqlite import SQLiteStore
from tests.support.fake_slack import TEAM, FakeSlack
from tests.support.pipelines import TurnsBetween, test_pipeline
from tests.support.slack import SECRET, Server, event_envelope
from tests.support.teams import SAM_DIALOG, TeamsBot, secured_auth, serve
from tests.support.teams_standins import Connector, KeyServer


class RecordingTurns(TurnsBetween):
    """The real pipeline, noting every `forget` a door asks of it."""

    def __init__(self, pipeline: TurnPipeline) -> None:
        super().__init__(pipeline)
        self.forgotten: list[tuple[str, str, bool]] = []

    async def forget(self, channel: str, conversation_id: str, *, nested: bool = False) -> int:
        self.forgotten.append((channel, conversation_id, nested))
        return await self._pipeline.forget(channel, conversation_id, nested=nested)


@pytest.fixture
async def slack_door(core: Core, slack: FakeSlack) -> AsyncIterator[tuple[Server, RecordingTurns]]:
    store = MemoryStore()
    turns = RecordingTurns(test_pipeline(core, store))
    door = SlackDoor(turns, bot_token="xoxb-test", signing_secret=SECRET, api_url=slack.api_url)
    server = Server(door, store)
    await server.start()
    yield server, turns
    await server.close()


@pytest.fixture
async def teams_door(
    core: Core, store: SQLiteStore, connector: Connector, keys: KeyServer
) -> AsyncIterator[tuple[TeamsBot, RecordingTurns]]:
    turns = RecordingTurns(test_pipeline(core, store))
    door = TeamsDoor(turns, secured_auth(keys.metadata_url), local_only=False)
    server = await serve(door, store)
    async with aiohttp.ClientSession() as session:
        yield TeamsBot(str(server.make_url("")).rstrip("/"), session, connector, keys), turns
    await server.close()


async def test_slack_uninstalled_forgets_the_workspace_through_turns(
    slack_door: tuple[Server, RecordingTurns],
) -> None:
    server, turns = slack_door

    status, _ = await server.post_json(event_envelope({"type": "app_uninstalled"}))

    assert status == 200
    assert turns.forgotten == [("slack", TEAM, True)]


async def test_teams_removal_from_personal_chat_forgets_the_dialog_through_turns(
    teams_door: tuple[TeamsBot, RecordingTurns],
) -> None:
    teams, turns = teams_door
    activity: dict[str, Any] = teams.activity("installation_update", action="remove")
    assert teams.keys is not None

    response = await teams.post(activity, token=teams.keys.token(teams.connector.url))

    assert response.status == 200
    assert turns.forgotten == [("teams", SAM_DIALOG, False)]
