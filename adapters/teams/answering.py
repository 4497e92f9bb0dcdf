"""Answering a Teams turn and delivering it, the same on both hostings (botbuilder and the
Microsoft 365 Agents SDK): each door brings only how it sends an activity with its SDK."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from functools import partial

from adapters.refused import surely_unsent
from adapters.teams.inbound import Inbound
from adapters.teams.outbound import Activity, plan_delivery
from dialogs.contract import Answer, Turns

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
    sent = _Sent(answer.delivered)
    try:
        go_on = partial(turns.may_deliver, answer)
        await _deliver(
            inbound,
            answer,
            go_on,
            sent,
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
        await turns.release(inbound.turn, answer, undelivered=refused, delivered=sent.parts)


@dataclass(slots=True)
class _Sent:
    """How many of the planned activities (here, then personal, then `moved`) have arrived."""

    parts: int


async def _deliver(
    inbound: Inbound,
    answer: Answer,
    go_on: GoOn,
    sent: _Sent,
    *,
    send_here: SendHere,
    send_personal: SendPersonal,
    unreachable: type[Exception] | tuple[type[Exception], ...],
) -> None:
    # A replay's replies are decided again on the same state, so its plan is the same as the
    # refused answer's: the activities that arrived then are skipped, in the order sent.
    delivery = plan_delivery(answer.replies, inbound)
    for activity in delivery.here[answer.delivered :]:
        if not await go_on():
            return
        await send_here(activity)
        sent.parts += 1
    if not delivery.personal:
        return
    personal = delivery.personal[max(0, answer.delivered - len(delivery.here)) :]
    if personal:
        counting = _Counting(go_on, sent)
        try:
            if not await send_personal(personal, counting):
                return
            counting.flush()
        except unreachable as exc:
            _log.warning("personal chat not opened", extra={"error": type(exc).__name__})
            # A stand-in for the personal part, not counted: a replay tries that part again.
            if delivery.unreachable is not None and await go_on():
                await send_here(delivery.unreachable)
            return
    already = answer.delivered > len(delivery.here) + len(delivery.personal)
    if delivery.moved is not None and not already and await go_on():
        await send_here(delivery.moved)
        sent.parts += 1


class _Counting:
    """`go_on` for a sender that asks it before each activity: an ask after a yes means the
    activity before it went out, and so does the sender's return (`flush`)."""

    def __init__(self, go_on: GoOn, sent: _Sent) -> None:
        self._go_on = go_on
        self._sent = sent
        self._pending = False

    async def __call__(self) -> bool:
        self.flush()
        self._pending = await self._go_on()
        return self._pending

    def flush(self) -> None:
        """Count the activity last allowed as sent."""
        if self._pending:
            self._sent.parts += 1
            self._pending = False
