"""Which apologies give their event up at once (round 57): a turn that failed before anything
of it could be saved (the store busy, or failing before the save) frees its event, so that the
event sent again is answered afresh without waiting out the lease; a save that failed in doubt
(it may have landed) keeps the lease, so that the saved answer is replayed, never a second one.
"""

from __future__ import annotations

from typing import Any

from bot.app import Core
from bot.stores.memory import MemoryStore
from bot.stores.protocol import Conflict
from bot.turn_runs import BUSY_REPLY
from dialogs.contract import Turn
from dialogs.notices import UNAVAILABLE_REPLY
from tests.support.pipelines import test_pipeline

LEASE = 30.0
EVENT = "slack|Ev1"


class Failing(MemoryStore):
    """A memory store whose claimed saves conflict, or land and then lose their reply."""

    def __init__(self, how: str) -> None:
        super().__init__()
        self.how = how

    async def put(self, key: str, value: Any, **options: Any) -> int:
        if options.get("claim") is None:
            return await super().put(key, value, **options)
        if self.how == "busy":
            raise Conflict(key)
        await super().put(key, value, **options)
        raise ConnectionError("the reply to the write was lost")


def _turn() -> Turn:
    return Turn("slack", "D1", "U1", text="rules", event_id="Ev1")


async def _apology(core: Core, store: Failing) -> str:
    answer = await test_pipeline(core, store).answer(_turn())
    assert answer.apology
    return answer.replies[0].text


async def test_a_busy_store_frees_the_event_at_once(core: Core) -> None:
    store = Failing("busy")
    assert await _apology(core, store) == BUSY_REPLY.text
    assert await store.claim_event(EVENT, LEASE, owner="other") is True


async def test_a_save_that_failed_in_doubt_keeps_the_lease(core: Core) -> None:
    store = Failing("landed")
    assert await _apology(core, store) == UNAVAILABLE_REPLY.text
    assert await store.claim_event(EVENT, LEASE, owner="other") is False


async def test_a_failure_before_the_save_frees_the_event(core: Core) -> None:
    store = Failing("busy")

    async def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the core failed")

    pipeline = test_pipeline(core, store)
    pipeline.decisions.decide = broken  # type: ignore[method-assign]
    answer = await pipeline.answer(_turn())

    assert answer.apology and answer.replies[0].text == UNAVAILABLE_REPLY.text
    assert await store.claim_event(EVENT, LEASE, owner="other") is True
