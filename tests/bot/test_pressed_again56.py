"""A button pressed again after its answer was lost gets that answer (round 56).

Teams does not send an activity again when the bot's process dies before answering it: it
tells the person the message failed, and they press the button again, which is a new activity.
A process killed after it saved the answer to a check's last question but before delivering it
left the person with "your check has ended" and no outcome (the reliability suite's chaos phase,
round 55's first CI, under load). The same press under a new event now replays the saved answer
when, and only when, that answer was never delivered: a press made while the first answer is
still on its way waits for it, and a press after it arrived is told the check has ended.
"""

from __future__ import annotations

import asyncio
from typing import Any

from bot.app import Core
from bot.pipeline import TurnPipeline
from bot.stored_conversation import StoredConversation
from bot.stores.protocol import Store
from dialogs.contract import Reply, Turn
from tests.support.clocks import FakeClock
from tests.support.core import FIXED_NOW
from tests.support.pipelines import test_pipeline
from tests.support.stores import MakeStore, make_store

__all__ = ["make_store"]

ENDED = "check has ended"


def _process(core: Core, store: Store, lease: float = 0.3) -> TurnPipeline:
    return test_pipeline(core, store, lease_seconds=lease)


def _press(value: str, event: str) -> Turn:
    return Turn("teams", "a:personal-1", "29:user-1", action=value, event_id=event)


def _choice(reply: Reply, label: str) -> str:
    return next(c.value for c in reply.choices if c.label == label)


async def _last_question(process: TurnPipeline) -> str:
    """Start a check and answer Yes, Yes (each delivered); the value of the third's No."""
    start = Turn("teams", "a:personal-1", "29:user-1", text="check", event_id="act-1")
    card = (await process.answer(start)).replies[-1]
    await process.finish(start)
    for number, label in enumerate(("Yes", "Yes"), 2):
        turn = _press(_choice(card, label), f"act-{number}")
        card = (await process.answer(turn)).replies[-1]
        await process.finish(turn)
    assert "Key question 3" in card.text
    return _choice(card, "No")


def _texts(replies: list[Reply]) -> list[str]:
    return [r.text for r in replies]


async def test_the_last_answer_lost_with_its_process_comes_when_the_button_is_pressed_again(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    store = await make_store(clock)
    dying, survivor = _process(core, store), _process(core, store)
    no = await _last_question(survivor)
    lost = await dying.answer(_press(no, "act-4"))  # saved; the process died delivering it
    assert any(r.outcome for r in lost.replies)
    clock.now += 11  # its claim has run out

    again = await survivor.answer(_press(no, "act-5"))

    assert again.replayed and _texts(again.replies) == _texts(lost.replies)
    assert not any(ENDED in r.text for r in again.replies)
    await survivor.finish(_press(no, "act-5"), again)
    # Delivered now: a third press is told the check has ended, and a late re-delivery of the
    # lost activity is not answered a second time.
    third = await survivor.answer(_press(no, "act-6"))
    assert ENDED in third.replies[-1].text and not any(r.outcome for r in third.replies)
    await survivor.finish(_press(no, "act-6"), third)
    assert (await survivor.answer(_press(no, "act-4"))).replies == []


async def test_a_press_again_after_the_answer_arrived_is_told_the_check_has_ended(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    process = _process(core, await make_store(clock))
    no = await _last_question(process)
    first = await process.answer(_press(no, "act-4"))
    await process.finish(_press(no, "act-4"), first)
    clock.now += 11

    again = await process.answer(_press(no, "act-5"))

    assert not again.replayed and ENDED in again.replies[-1].text
    assert not any(r.outcome for r in again.replies)


async def test_a_press_again_while_the_first_answer_is_on_its_way_waits_for_it(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    store = await make_store(clock)
    first, second = _process(core, store, lease=30), _process(core, store, lease=30)
    no = await _last_question(first)
    delivering = await first.answer(_press(no, "act-4"))  # alive, still delivering

    waiting = asyncio.create_task(second.answer(_press(no, "act-5")))
    await asyncio.sleep(0.5)
    assert not waiting.done(), "it must wait: the outcome may be about to arrive"
    await first.finish(_press(no, "act-4"), delivering)
    again = await asyncio.wait_for(waiting, 5)

    assert not again.replayed and ENDED in again.replies[-1].text
    assert not any(r.outcome for r in again.replies)


async def test_another_button_after_a_lost_answer_is_answered_as_before(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    store = await make_store(clock)
    dying, survivor = _process(core, store), _process(core, store)
    no = await _last_question(survivor)
    await dying.answer(_press(no, "act-4"))
    clock.now += 11

    other = await survivor.answer(_press(no.replace(":no", ":yes"), "act-5"))

    assert not other.replayed and ENDED in other.replies[-1].text


def test_the_press_is_kept_with_the_turn_and_read_back_from_the_store() -> None:
    conversation = StoredConversation.from_json(None)
    turn = _press("check:1:purpose:yes", "act-2")
    after = conversation.after("teams|act-2", conversation.state, FIXED_NOW, turn.action)
    read: dict[str, Any] = after.to_json()

    back = StoredConversation.from_json(read)
    assert back.pressed_again(_press("check:1:purpose:yes", "act-3"), "teams|act-3")
    assert back.pressed_again(_press("check:1:purpose:yes", "act-2"), "teams|act-2") is None
    assert back.pressed_again(_press("check:1:purpose:no", "act-3"), "teams|act-3") is None
    assert "purpose" not in str(read), "a digest of the press is kept, not its value"
    del read["replay"]["press"]  # as saved before round 56: no press to compare
    older = StoredConversation.from_json(read)
    assert older.pressed_again(_press("check:1:purpose:yes", "act-3"), "teams|act-3") is None
