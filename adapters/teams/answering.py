"""Answering a Teams turn and delivering it, the same on both hostings (botbuilder and the
Microsoft 365 Agents SDK): each door brings only how it sends an activity with its SDK."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from functools import partial

from adapters.refused import surely_unsent
from adapters.teams.inbound import Inbound
from adapters.teams.outbound import Activity, plan_delivery
from dialogs.contract import Reply, Turns

_log = logging.getLogger("infoshare.teams")
GoOn = Callable[[], Awaitable[bool]]
SendHere = Callable[[Activity], Awaitable[None]]
SendPersonal = Callable[[Sequence[Activity], GoOn], Awaitable[bool]]


async def answer_and_deliver(
    turns: Turns,
    inbound: Inbound,
    *,
    send_here: SendHere,
    send_personal: SendPersonal,
    unreachable: type[Exception] | tuple[type[Exception], ...],
) -> None:
    """Run the turn through the core and deliver its replies where they belong.

    Only a delivered answer is marked finished, so a failed delivery can be replayed: at once
    if the connector refused it, else once its lease ends (it may have arrived); an answer
    whose event passed to another process stops part-way.

    Args:
        turns: the core.
        inbound: the turn as read from the activity.
        send_here: replies where the person wrote (updating the pressed card if asked).
        send_personal: sends activities to the person's personal chat, each only while the
            given check says so; False if it stopped them.
        unreachable: what the SDK raises when the personal chat cannot be opened.
    """
    answer = await turns.answer(inbound.turn)
    refused = False
    try:
        go_on = partial(turns.may_deliver, answer)
        await _deliver(
            inbound,
            answer.replies,
            go_on,
            send_here=send_here,
            send_personal=send_personal,
            unreachable=unreachable,
        )
        if not answer.apology:
            await turns.finish(inbound.turn, answer)  # nothing, if it stood down
    except Exception as exc:
        refused = surely_unsent(exc)  # the event is open again at once, not after its lease
        raise
    finally:
        # After `finish`, nothing is left.
        await turns.release(inbound.turn, answer, undelivered=refused)


async def _deliver(
    inbound: Inbound,
    replies: list[Reply],
    go_on: GoOn,
    *,
    send_here: SendHere,
    send_personal: SendPersonal,
    unreachable: type[Exception] | tuple[type[Exception], ...],
) -> None:
    delivery = plan_delivery(replies, inbound)
    for activity in delivery.here:
        if not await go_on():
            return
        await send_here(activity)
    if not delivery.personal:
        return
    try:
        if not await send_personal(delivery.personal, go_on):
            return
    except unreachable as exc:
        _log.warning("personal chat not opened", extra={"error": type(exc).__name__})
        if delivery.unreachable is not None and await go_on():
            await send_here(delivery.unreachable)
        return
    if delivery.moved is not None and await go_on():
        await send_here(delivery.moved)
