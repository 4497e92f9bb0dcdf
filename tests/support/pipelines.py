"""One way for tests to build the turn pipeline, with the fixed clock and test-sized spans, and
the `Turns` a door sees wrapped around it."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.app import Core
from bot.pipeline import TurnPipeline
from bot.stores.protocol import Store
from dialogs.contract import Answer, Private, Reply, Turn
from tests.support.core import FIXED_NOW


def test_pipeline(core: Core, store: Store, **options: Any) -> TurnPipeline:
    """The real pipeline over `store`; `options` override the keyword arguments
    (`lease_seconds`, `observer`, the spans)."""
    settings: dict[str, Any] = {
        "clock": lambda: FIXED_NOW,
        "dialog_ttl_seconds": 3600,
        "event_ttl_seconds": 3600,
        **options,
    }
    return TurnPipeline(core.assistant, store, **settings)


test_pipeline.__test__ = False  # type: ignore[attr-defined]  # a factory, not a test


def dm_turn(text: str | None = None, action: str | None = None, event: str | None = None) -> Turn:
    """A turn of user U1 in the Slack DM D1: typed `text` or a pressed `action`, with `event`
    as its platform event id (None: a turn without one)."""
    return Turn("slack", "D1", "U1", text=text, action=action, event_id=event)


class TurnsBetween:
    """The `Turns` a door sees, passed straight on to a pipeline: tests override the one method
    whose behaviour they change (a slow answer, a failure, a recorded call)."""

    def __init__(self, pipeline: TurnPipeline) -> None:
        self._pipeline = pipeline

    async def handle(self, turn: Turn) -> list[Reply]:
        return (await self.answer(turn)).replies

    async def answer(self, turn: Turn) -> Answer:
        return await self._pipeline.answer(turn)

    async def may_deliver(self, answer: Answer) -> bool:
        return await self._pipeline.may_deliver(answer)

    async def finish(self, turn: Turn, answer: Answer | None = None) -> None:
        await self._pipeline.finish(turn, answer)

    async def release(
        self,
        turn: Turn,
        answer: Answer | None = None,
        *,
        undelivered: bool = False,
        delivered: int = 0,
    ) -> None:
        await self._pipeline.release(turn, answer, undelivered=undelivered, delivered=delivered)

    async def goes_private(self, turn: Turn) -> Private | None:
        return await self._pipeline.goes_private(turn)

    async def forget(self, channel: str, conversation_id: str, *, nested: bool = False) -> int:
        return await self._pipeline.forget(channel, conversation_id, nested=nested)

    async def once(self, channel: str, event_id: str) -> bool:
        return await self._pipeline.once(channel, event_id)


class SlowTurns(TurnsBetween):
    """The pipeline, answering `seconds` late (a slow store, say)."""

    def __init__(self, pipeline: TurnPipeline, seconds: float) -> None:
        super().__init__(pipeline)
        self._seconds = seconds

    async def answer(self, turn: Turn) -> Answer:
        await asyncio.sleep(self._seconds)
        return await self._pipeline.answer(turn)
