"""A process that dies between posting an answer and acknowledging it: the replay fills gaps only.

Slack re-sends an unacknowledged event, perhaps to another instance. The turn was saved, so
the pipeline replays it; the door then reads the DM's history back (every message carries its
event and part in metadata) and posts only the parts that never arrived.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from adapters.slack.door import SlackDoor
from bot.app import Core
from bot.pipeline import TurnPipeline
from bot.stores.memory import MemoryStore
from dialogs.contract import Answer, Turn
from tests.support.core import FIXED_NOW
from tests.support.fake_slack import FakeSlack
from tests.support.slack import SECRET, Server, event_envelope, fixture

LEASE = 0.3


class DyingPipeline(TurnPipeline):
    """A pipeline whose process 'dies' before finishing, while `dying` is set."""

    dying = False

    async def finish(self, turn: Turn, answer: Answer | None = None) -> None:
        if not self.dying:
            await super().finish(turn, answer)


@pytest.fixture
async def dying(core: Core, slack: FakeSlack) -> AsyncIterator[tuple[Server, DyingPipeline]]:
    store = MemoryStore()
    pipeline = DyingPipeline(
        core.assistant,
        store,
        clock=lambda: FIXED_NOW,
        dialog_ttl_seconds=3600,
        event_ttl_seconds=3600,
        lease_seconds=LEASE,
    )
    door = SlackDoor(
        pipeline, bot_token="xoxb-test-token", signing_secret=SECRET, api_url=slack.api_url
    )
    server = Server(door, store)
    await server.start()
    yield server, pipeline
    await server.close()


def _hello() -> dict:
    event = fixture("message_im")["event"]
    event.update(text="check", ts="1700000001.000100")
    return event_envelope(event, event_id="EvCRASH")


async def _send(server: Server, body: dict, retry: int | None = None) -> int:
    headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_error"}
    status, _ = await server.post_json(body, headers=headers if retry else None)
    return status


def _parts(slack: FakeSlack) -> list[int]:
    return [m.metadata["event_payload"]["part"] for m in slack.messages if m.metadata]


async def test_every_message_of_an_answer_carries_its_event_and_part(
    dying: tuple[Server, DyingPipeline], slack: FakeSlack
) -> None:
    server, _ = dying
    await _send(server, _hello())

    assert len(slack.messages) >= 2
    assert _parts(slack) == list(range(len(slack.messages)))
    assert {m.metadata["event_payload"]["event"] for m in slack.messages if m.metadata} == {
        "EvCRASH"
    }


async def test_a_redelivery_after_a_full_answer_posts_nothing_more(
    dying: tuple[Server, DyingPipeline], slack: FakeSlack
) -> None:
    server, pipeline = dying
    pipeline.dying = True
    await _send(server, _hello())
    answered = [m.text for m in slack.messages]
    pipeline.dying = False

    await asyncio.sleep(LEASE)
    assert await _send(server, _hello(), retry=1) == 200

    assert [m.text for m in slack.messages] == answered
    assert slack.called("conversations.history")  # it looked before it spoke


async def test_a_redelivery_after_a_partial_answer_posts_only_the_missing_parts(
    dying: tuple[Server, DyingPipeline], slack: FakeSlack
) -> None:
    server, pipeline = dying
    pipeline.dying = True
    await _send(server, _hello())
    answered = [m.text for m in slack.messages]
    del slack.messages[1:]  # the process died after the first message was out
    pipeline.dying = False

    await asyncio.sleep(LEASE)
    await _send(server, _hello(), retry=1)

    assert [m.text for m in slack.messages] == answered
    assert _parts(slack) == list(range(len(answered)))


async def test_without_a_readable_history_the_answer_is_sent_again_not_lost(
    dying: tuple[Server, DyingPipeline], slack: FakeSlack
) -> None:
    server, pipeline = dying
    pipeline.dying = True
    await _send(server, _hello())
    answered = [m.text for m in slack.messages]
    del slack.messages[:]
    pipeline.dying = False
    slack.fail("conversations.history", "missing_scope")

    await asyncio.sleep(LEASE)
    await _send(server, _hello(), retry=1)

    assert [m.text for m in slack.messages] == answered


async def test_a_finished_answer_is_never_read_back_or_replayed(
    dying: tuple[Server, DyingPipeline], slack: FakeSlack
) -> None:
    server, _ = dying
    await _send(server, _hello())
    count = len(slack.messages)

    await asyncio.sleep(LEASE)
    await _send(server, _hello(), retry=1)

    assert len(slack.messages) == count
    assert not slack.called("conversations.history")
