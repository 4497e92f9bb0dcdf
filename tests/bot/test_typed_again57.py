"""A check's answer typed again after its reply was lost with its process gets it (round 57).

Round 56 replayed a button pressed again (`test_pressed_again56`). A person may type the answer
instead ("no", "not sure"), and type it again when no reply came: the process had saved the
check's outcome and died before delivering it, and the person was told there was no question
waiting. Of a turn typed while a check was asking, a keyed digest of the answer as read is kept
with the replay (never its text), and the same answer typed again under a new event replays the
saved reply when, and only when, it was never delivered, within half the span delivered events
are remembered.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest

from bot.app import Core
from bot.pipeline import TurnPipeline
from bot.stored_conversation import StoredConversation
from bot.stores.protocol import Store
from dialogs.contract import Answer, Turn
from dialogs.state import ConversationState
from tests.support.clocks import FakeClock
from tests.support.core import FIXED_CLOCK, FIXED_NOW
from tests.support.pipelines import test_pipeline
from tests.support.stores import MakeStore, make_store

__all__ = ["make_store"]

NOTHING_WAITING = "no question waiting"
SIGNPOST = "may mean a child or an adult is at risk of harm"


def _process(core: Core, store: Store, lease: float = 0.3, **options: Any) -> TurnPipeline:
    return test_pipeline(core, store, lease_seconds=lease, **options)


def _typed(text: str, event: str | None, channel: str = "teams") -> Turn:
    return Turn(channel, "a:personal-1", "29:user-1", text=text, event_id=event)


async def _to_the_last_question(
    process: TurnPipeline, channel: str = "teams", first: int = 1
) -> None:
    """Start a check and type yes, yes (each delivered, as act-`first` on): key question 3."""
    for number, text in enumerate(("check", "yes", "yes"), first):
        turn = _typed(text, f"act-{number}", channel)
        answer = await process.answer(turn)
        await process.finish(turn, answer)
    assert "Key question 3" in answer.replies[-1].text


def _said(answer: Answer) -> str:
    return "\n".join(r.text for r in answer.replies)


def _ended(answer: Answer) -> bool:
    return any(r.outcome for r in answer.replies)


@pytest.mark.parametrize("channel", ["teams", "slack"])
async def test_the_last_answer_typed_again_after_it_was_lost_gets_the_outcome_once(
    core: Core, make_store: MakeStore, channel: str
) -> None:
    clock = FakeClock(1_000.0)
    store = await make_store(clock)
    dying, survivor = _process(core, store), _process(core, store)
    await _to_the_last_question(survivor, channel)
    lost = await dying.answer(_typed("no", "act-4", channel))  # saved; died delivering it
    assert _ended(lost)
    clock.now += 11  # its claim has run out

    again = await survivor.answer(_typed("  NO. ", "act-5", channel))

    assert again.replayed and _said(again) == _said(lost)
    await survivor.finish(_typed("no", "act-5", channel), again)
    third = await survivor.answer(_typed("no", "act-6", channel))
    assert not _ended(third) and NOTHING_WAITING in _said(third)
    await survivor.finish(_typed("no", "act-6", channel), third)
    assert (await survivor.answer(_typed("no", "act-4", channel))).replies == []


async def test_a_replayed_answer_lost_again_is_replayed_again(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    store = await make_store(clock)
    dying, survivor = _process(core, store), _process(core, store)
    await _to_the_last_question(survivor)
    lost = await dying.answer(_typed("no", "act-4"))
    clock.now += 11
    await dying.answer(_typed("no", "act-5"))  # replayed, and lost with its process again
    clock.now += 11

    again = await survivor.answer(_typed("no", "act-6"))

    assert again.replayed and _said(again) == _said(lost)


async def test_a_last_answer_that_tells_of_harm_is_replayed_with_the_signpost_first(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    store = await make_store(clock)
    dying, survivor = _process(core, store), _process(core, store)
    told = "not sure, he has been hitting her"
    await _to_the_last_question(survivor)
    lost = await dying.answer(_typed(told, "act-4"))
    assert SIGNPOST in lost.replies[0].text and _ended(lost)
    clock.now += 11

    again = await survivor.answer(_typed(told, "act-5"))

    assert again.replayed and SIGNPOST in again.replies[0].text and _ended(again)


async def test_typed_again_after_the_reply_arrived_or_while_it_is_on_its_way_is_as_before(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    store = await make_store(clock)
    first, second = _process(core, store, lease=30), _process(core, store, lease=30)
    await _to_the_last_question(first)
    delivering = await first.answer(_typed("no", "act-4"))  # alive, still delivering

    waiting = asyncio.create_task(second.answer(_typed("no", "act-5")))
    await asyncio.sleep(0.5)
    assert not waiting.done(), "it must wait: the outcome may be about to arrive"
    await first.finish(_typed("no", "act-4"), delivering)
    again = await asyncio.wait_for(waiting, 5)

    assert not again.replayed and not _ended(again) and NOTHING_WAITING in _said(again)


async def test_another_answer_or_one_typed_after_the_window_is_answered_as_before(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    store = await make_store(clock)
    now = [FIXED_NOW]
    dying = _process(core, store, clock=lambda: now[0])
    survivor = _process(core, store, clock=lambda: now[0])
    await _to_the_last_question(survivor)
    await dying.answer(_typed("no", "act-4"))
    clock.now += 11

    other = await survivor.answer(_typed("not sure", "act-5"))
    assert not other.replayed and NOTHING_WAITING in _said(other)

    await _to_the_last_question(survivor, first=10)  # a new check, its last answer lost again
    await dying.answer(_typed("no", "act-8"))
    clock.now += 11
    now[0] += timedelta(minutes=31)  # past half the hour a delivered event is remembered
    late = await survivor.answer(_typed("no", "act-9"))
    assert not late.replayed and NOTHING_WAITING in _said(late)


async def test_the_terminal_without_event_ids_answers_a_repeat_as_before(
    core: Core, make_store: MakeStore
) -> None:
    process = _process(core, await make_store(FakeClock(1_000.0)))
    for text in ("check", "yes", "yes"):
        await process.answer(_typed(text, None, "console"))
    assert _ended(await process.answer(_typed("no", None, "console")))

    again = await process.answer(_typed("no", None, "console"))

    assert not again.replayed and NOTHING_WAITING in _said(again)


def test_a_typed_answer_is_kept_as_a_keyed_digest_only_while_a_check_asks(core: Core) -> None:
    state, _ = core.assistant.respond(ConversationState(), _typed("check", None), FIXED_CLOCK)
    assert state.check is not None
    asking = StoredConversation(state)
    read: dict[str, Any] = asking.after(
        "teams|act-2", asking.state, FIXED_NOW, None, "No"
    ).to_json()

    back = StoredConversation.from_json(read)
    assert back.typed_again(_typed("no!", "act-3"), "teams|act-3")
    assert back.typed_again(_typed("No", "act-2"), "teams|act-2") is None  # the same event
    assert back.typed_again(_typed("no way", "act-3"), "teams|act-3") is None
    edited = Turn("teams", "a:personal-1", "29:user-1", text="no", event_id="x", edited=True)
    assert back.typed_again(edited, "teams|act-3") is None
    assert '"No"' not in str(read).replace("'", '"'), "a digest is kept, never the text"
    other = asking.after("teams|act-9", asking.state, FIXED_NOW, None, "No").to_json()
    assert other["replay"]["typed"] != read["replay"]["typed"], "keyed with its event"

    idle = StoredConversation.from_json(None)
    outside = idle.after("teams|act-2", idle.state, FIXED_NOW, None, "what is consent")
    assert outside.replay is not None and outside.replay.typed is None
    del read["replay"]["typed"]  # as saved before round 57: nothing to compare
    assert StoredConversation.from_json(read).typed_again(_typed("no", "a"), "teams|a") is None


async def test_a_button_pressed_again_after_the_window_is_told_the_check_has_ended(
    core: Core, make_store: MakeStore
) -> None:
    # Past the window a delivered event may be forgotten, so a lost answer can no longer be told
    # from a delivered one: round 56's press replay would have shown the outcome a second time.
    clock = FakeClock(1_000.0)
    store = await make_store(clock)
    now = [FIXED_NOW]
    process = _process(core, store, clock=lambda: now[0])
    card = await process.answer(_typed("check", "act-20"))
    await process.finish(_typed("check", "act-20"), card)
    for number in (21, 22):
        yes = next(c.value for c in card.replies[-1].choices if c.label == "Yes")
        press = Turn("teams", "a:personal-1", "29:user-1", action=yes, event_id=f"act-{number}")
        card = await process.answer(press)
        await process.finish(press, card)
    no = next(c.value for c in card.replies[-1].choices if c.label == "No")
    pressed = Turn("teams", "a:personal-1", "29:user-1", action=no, event_id="act-23")
    lost = await process.answer(pressed)  # never finished: as if its process had died
    assert _ended(lost)
    clock.now += 11
    now[0] += timedelta(minutes=31)

    again = await process.answer(
        Turn("teams", "a:personal-1", "29:user-1", action=no, event_id="act-24")
    )

    assert not again.replayed and not _ended(again)
