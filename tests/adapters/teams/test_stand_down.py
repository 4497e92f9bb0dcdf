"""A Teams answer whose event passes to another process part-way stops there, on both SDKs.

Asked in a channel, the consent check goes to the person's personal chat, then a note in the
channel says where it went. The first process sends the check; as it arrives, the first
process's lease has run out unrenewed and another process claims the event (a re-delivery,
replaying the saved turn). The door asks the core before each part, so it sends no note, and
the core does not count the event as answered by this process.
"""

from __future__ import annotations

from pathlib import Path

import aiohttp

from bot.app import Core
from bot.stores.sqlite import SQLiteStore
from dialogs.contract import Answer, Turn
from tests.support.clocks import FakeClock
from tests.support.pipelines import TurnsBetween, test_pipeline
from tests.support.teams import TeamsBot, local_door, say, serve
from tests.support.teams_standins import Connector, Sent

LEASE = 30.0


class Seen(TurnsBetween):
    """The real pipeline, noting the turn it was given."""

    turn: Turn | None = None

    async def answer(self, turn: Turn) -> Answer:
        self.turn = turn
        return await super().answer(turn)


async def test_a_teams_answer_taken_over_part_way_sends_nothing_more(
    core: Core, tmp_path: Path, connector: Connector, hosting: str
) -> None:
    clock = FakeClock(1_700_000_000.0)
    store = await SQLiteStore.open(tmp_path / "state.sqlite3", clock=clock)
    first, second = (
        test_pipeline(core, store, lease_seconds=LEASE, monotonic=clock) for _ in range(2)
    )
    turns = Seen(first)
    taken_over: list[Answer] = []

    async def meanwhile(activity: Sent) -> None:
        if turns.turn is not None and not taken_over and activity.body.get("type") == "message":
            clock.advance(LEASE + 1)
            taken_over.append(await second.answer(turns.turn))

    connector.on_activity = meanwhile
    server = await serve(local_door(turns, hosting), store)
    try:
        async with aiohttp.ClientSession() as session:
            bot = TeamsBot(str(server.make_url("")).rstrip("/"), session, connector)
            sent = await say(bot, "check", where="channel_mention")
    finally:
        await server.close()

    assert turns.turn is not None and taken_over and taken_over[0].replayed
    assert len(sent) == 1  # the check, in the personal chat; not the note saying where it went
    assert "personal" in sent[0].path
    event = turns.turn.event_id
    assert not await store.event_finished(f"teams|{event}")
    await second.finish(turns.turn, taken_over[0])
    assert await store.event_finished(f"teams|{event}")
    await store.close()
