"""A Teams answer whose event passes to another process part-way stops there, on both SDKs.

Asked in a channel, the consent check goes to the person's personal chat, then a note in the
channel says where it went. The first process sends the check; as it arrives, the first
process's lease has run out unrenewed and another process claims the event (a re-delivery,
replaying the saved turn), which waits for the part the first has on its way (`bot.claims`).
The door asks the core before each part, so it sends no note, and the core does not count the
event as answered by this process.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import pytest

from bot.app import Core
from bot.stores.sqlite import SQLiteStore
from dialogs.contract import Answer, Turn
from tests.support.clocks import FakeClock
from tests.support.pipelines import TurnsBetween, test_pipeline
from tests.support.teams import TeamsBot, local_door, say, serve
from tests.support.teams_standins import Connector, Sent

LEASE = 30.0
_WAITING = "waiting for a part another process may have on its way"


class Seen(TurnsBetween):
    """The real pipeline, noting the turn it was given."""

    turn: Turn | None = None

    async def answer(self, turn: Turn) -> Answer:
        self.turn = turn
        return await super().answer(turn)


async def test_a_teams_answer_taken_over_part_way_sends_nothing_more(
    core: Core,
    tmp_path: Path,
    connector: Connector,
    hosting: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = FakeClock(1_700_000_000.0)
    store = await SQLiteStore.open(tmp_path / "state.sqlite3", clock=clock)
    first, second = (
        test_pipeline(core, store, lease_seconds=LEASE, monotonic=clock) for _ in range(2)
    )
    turns = Seen(first)
    taking: list[asyncio.Task[Answer]] = []

    async def meanwhile(activity: Sent) -> None:
        if turns.turn is not None and not taking and activity.body.get("type") == "message":
            clock.advance(LEASE + 1)
            taking.append(asyncio.create_task(second.answer(turns.turn)))
            async with asyncio.timeout(10):  # it has claimed the event, and waits for this part
                while _WAITING not in caplog.messages:  # noqa: ASYNC110
                    await asyncio.sleep(0.01)

    connector.on_activity = meanwhile
    server = await serve(local_door(turns, hosting), store)
    try:
        async with aiohttp.ClientSession() as session:
            bot = TeamsBot(str(server.make_url("")).rstrip("/"), session, connector)
            sent = await say(bot, "check", where="channel_mention")
    finally:
        await server.close()
    taken_over = [await task for task in taking]

    assert turns.turn is not None and taken_over and taken_over[0].replayed
    assert len(sent) == 1  # the check, in the personal chat; not the note saying where it went
    assert "personal" in sent[0].path
    event = turns.turn.event_id
    assert not await store.event_finished(f"teams|{event}")
    await second.finish(turns.turn, taken_over[0])
    assert await store.event_finished(f"teams|{event}")
    await store.close()
