"""A pressed button and a typed answer are kept alike (round 58): one digest, keyed with the
event it is kept for (`sent_digest`). A button's value could be any text a platform sends, so
its digest is keyed as a typed answer's is: the same press kept for two turns gives two
digests, and no table of likely values reads one back.
"""

from __future__ import annotations

import hashlib

from bot.app import Core
from bot.pipeline import TurnPipeline
from bot.stored_conversation import sent_digest
from bot.stores.protocol import Store
from dialogs.contract import Reply, Turn
from tests.support.clocks import FakeClock
from tests.support.pipelines import test_pipeline
from tests.support.stores import MakeStore, make_store

__all__ = ["make_store"]


def _press(value: str, event: str, user: str = "29:user-1") -> Turn:
    return Turn("teams", f"a:personal-{user}", user, action=value, event_id=event)


def _choice(reply: Reply, label: str) -> str:
    return next(c.value for c in reply.choices if c.label == label)


async def _last_question(process: TurnPipeline, user: str = "29:user-1") -> str:
    """Start a check and answer Yes, Yes (each delivered); the value of the third's No."""
    start = Turn("teams", f"a:personal-{user}", user, text="check", event_id=f"{user}-1")
    card = (await process.answer(start)).replies[-1]
    await process.finish(start)
    for number, label in enumerate(("Yes", "Yes"), 2):
        turn = _press(_choice(card, label), f"{user}-{number}", user)
        card = (await process.answer(turn)).replies[-1]
        await process.finish(turn)
    return _choice(card, "No")


async def _kept_press(store: Store, user: str = "29:user-1") -> str:
    stored = await store.get(f"teams|a:personal-{user}|{user}")
    assert stored is not None
    return str(stored.value["replay"]["press"])


async def test_the_same_press_kept_for_two_people_is_two_digests(
    core: Core, make_store: MakeStore
) -> None:
    store = await make_store()
    process = test_pipeline(core, store)
    pressed = []
    for user in ("29:user-1", "29:user-2"):
        no = await _last_question(process, user)
        turn = _press(no, f"{user}-4", user)
        await process.finish(turn, await process.answer(turn))
        pressed.append((no, await _kept_press(store, user)))

    (first, kept_first), (second, kept_second) = pressed
    assert first == second  # the same button
    assert kept_first != kept_second
    assert kept_first == sent_digest(first, "teams|29:user-1-4")
    assert kept_first != hashlib.blake2b(first.encode(), digest_size=12).hexdigest()


async def test_a_press_answered_again_and_lost_again_is_replayed_at_the_next_press(
    core: Core, make_store: MakeStore
) -> None:
    clock = FakeClock(1_000.0)
    store = await make_store(clock)
    first, second, survivor = (test_pipeline(core, store, lease_seconds=0.3) for _ in range(3))
    no = await _last_question(survivor)
    lost = await first.answer(_press(no, "act-4"))
    clock.now += 11
    replayed = await second.answer(_press(no, "act-5"))  # replayed, and lost again
    assert replayed.replayed
    clock.now += 11

    again = await survivor.answer(_press(no, "act-6"))  # the press kept keyed with act-5

    assert again.replayed and [r.text for r in again.replies] == [r.text for r in lost.replies]
