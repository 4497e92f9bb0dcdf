"""The turn pipeline's observer hook and log line: the facts of each turn in the log and to the
observer once, no message text or raw ids, and insight that can never break or stall a turn."""

from __future__ import annotations

import asyncio
import logging

import bot.pipeline
from bot.app import Core
from bot.pipeline import TurnPipeline
from bot.stores.memory import MemoryStore
from dialogs.facts import TurnContext, TurnKind
from tests.support.clocks import PassingTime
from tests.support.pipelines import dm_turn, test_pipeline


class RecordingObserver:
    def __init__(self, *, fail: bool = False, stall: bool = False) -> None:
        self.fail = fail
        self.stall = stall
        self.seen: list = []

    async def context(self, turn):
        if self.fail:
            raise RuntimeError(f"broken while reading {turn.text}")
        if self.stall:
            await asyncio.sleep(30)
        return TurnContext(question_ref="ab" * 16)

    async def observe(self, turn, facts) -> None:
        if self.fail:
            raise RuntimeError(f"broken while writing {turn.text}")
        if self.stall:
            await asyncio.sleep(30)
        self.seen.append(facts)


def _observed(core: Core, observer) -> TurnPipeline:
    return test_pipeline(core, MemoryStore(), observer=observer)


async def test_logs_carry_no_message_text_and_no_raw_ids(core: Core, caplog) -> None:
    with caplog.at_level(logging.INFO, logger="infoshare"):
        await test_pipeline(core, MemoryStore()).handle(
            dm_turn("what is an information sharing protocol")
        )
    assert caplog.records
    for record in caplog.records:
        dumped = repr(record.__dict__)
        assert "protocol" not in dumped.lower()
        assert "'U1'" not in dumped and "'D1'" not in dumped


async def test_the_log_line_carries_the_turns_facts(core: Core, caplog) -> None:
    with caplog.at_level(logging.INFO, logger="infoshare"):
        await test_pipeline(core, MemoryStore()).handle(dm_turn("what is an ISP"))
    record = next(r for r in caplog.records if r.getMessage() == "answered")
    assert record.kind == "answered"
    assert record.entry == 12
    assert record.score == 100.0


async def test_the_observer_sees_each_turns_facts_once_after_saving(core: Core) -> None:
    observer = RecordingObserver()
    time = PassingTime(1_000.0)
    pipeline = test_pipeline(
        core, MemoryStore(clock=time), observer=observer, monotonic=time, sleep=time.sleep
    )
    first = dm_turn("info for the school nurse", event="E1")
    await pipeline.handle(first)
    await pipeline.release(first)  # the door gave up delivering it
    # A re-delivery: it waits out the 30 s lease (on the fake clock), then finds the turn
    # saved and replays it, unseen by the observer.
    replayed = await pipeline.answer(dm_turn("info for the school nurse", event="E1"))
    assert replayed.replayed and time.now >= 1_000 + 30
    await pipeline.handle(dm_turn(action="topic:5"))
    assert [f.kind for f in observer.seen] == [TurnKind.SUGGESTED, TurnKind.TOPIC]
    assert observer.seen[0].question_ref == "ab" * 16
    assert observer.seen[1].picked_ref == "ab" * 16 and observer.seen[1].entry == 5


async def test_a_failing_observer_never_breaks_a_turn(core: Core, caplog) -> None:
    with caplog.at_level(logging.INFO, logger="infoshare"):
        replies = await _observed(core, RecordingObserver(fail=True)).handle(
            dm_turn("what is an ISP, asks Jo Bloggs")
        )
    assert "Information Sharing Protocol" in replies[-1].text
    failures = [r for r in caplog.records if r.getMessage() == "observer failed"]
    assert len(failures) == 2 and {r.error for r in failures} == {"RuntimeError"}
    assert "Bloggs" not in caplog.text


async def test_a_stalled_observer_is_given_up_on(core: Core, monkeypatch) -> None:
    monkeypatch.setattr(bot.pipeline, "_OBSERVER_TIMEOUT", 0.05)
    started = asyncio.get_running_loop().time()
    replies = await _observed(core, RecordingObserver(stall=True)).handle(dm_turn("rules"))
    assert "golden rules" in replies[-1].text.lower()
    assert asyncio.get_running_loop().time() - started < 1
