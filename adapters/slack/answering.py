"""Answering a Slack request: convert its payload, run the turn, send the replies.

The door's half that talks to the core and to Slack once a request is acknowledged (or is
about to be): `SlackDoor` inherits it, so the door's listeners and its parked requests' sweep
answer through the same methods.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from adapters.refused import Arrival, surely_unsent
from adapters.slack import forms, outbound
from adapters.slack import inbound as convert
from adapters.slack.blocks import home_view
from adapters.slack.delivery import SEND_ERRORS, Messenger
from adapters.slack.inbound import Ephemeral, Inbound, Post
from dialogs.contract import Answer, Reply, Turns

_log = logging.getLogger("infoshare.slack")


class SlackAnswering:
    """Runs a turn for a converted Slack request and sends its replies (`SlackDoor`'s base)."""

    _turns: Turns
    _messenger: Messenger

    # -- answering: the plan is `outbound`'s, the sending is here ---------------------------

    async def _answer_payload(
        self, to_inbound: Callable[[dict[str, Any]], Inbound | None], body: dict[str, Any]
    ) -> None:
        """Convert a payload (after the ack, so the ack stays as cheap as bolt's) and answer."""
        found = to_inbound(body)
        if found is None:
            return
        if not all(self._messenger.may_respond(url) for url in outbound.response_urls(found)):
            _log.warning("slack request ignored: its response URL is not Slack's")
            return
        await self._answer(found)

    async def _answer(self, found: Inbound) -> list[Reply]:
        """Run one turn and send its replies; a repeat (same event id) sends nothing.

        Returns:
            The replies delivered as the answer (none for a repeat, an apology or a failure).
        """
        pointer_to: Post | Ephemeral | None = None
        answer: Answer | None = None
        refused = False  # known not to have arrived: the event is open again at once
        try:
            # A DM is a dialog of its own: the core says first whether this belongs there
            # (and claims the turn's event as it reads the conversation).
            private = await self._turns.goes_private(found.turn)
            found = outbound.to_writer_alone(found, private)
            if outbound.needs_direct_message(found, private):
                try:
                    dm = await self._messenger.open_dm(found.turn.user_id)
                except SEND_ERRORS as exc:
                    _log.warning("could not open DM", extra={"error": type(exc).__name__})
                    refused = surely_unsent(exc)
                    await self._apologise(found)
                    return []
                found, pointer_to = outbound.moved_to_direct_message(found, dm)
            answer = await self._turns.answer(found.turn)
            as_messages = await forms.open_forms(self._messenger, found, answer.replies)
            delivery = outbound.plan_delivery(
                answer, found, pointer_to=pointer_to, as_messages=as_messages
            )
            if delivery is None:
                return []
            go_on = partial(self._turns.may_deliver, answer)
            arrived = await self._messenger.carry_out(delivery, found.turn.user_id, go_on)
            if arrived is Arrival.ARRIVED:
                if delivery.finish:
                    await self._turns.finish(found.turn, answer)
                    return answer.replies
            elif await go_on():  # else the core stood down: another process answers
                refused = arrived is Arrival.REFUSED
                await self._apologise(found)
            return []
        finally:
            # After `finish`, nothing is left; before `answer`, the claim the core made while
            # placing the turn is let go.
            await self._turns.release(found.turn, answer, undelivered=refused)

    async def _apologise(self, found: Inbound) -> None:
        """After a failed answer, say sorry by another route (see `outbound.plan_apology`)."""
        sorry = outbound.plan_apology(found, self._messenger.refusal(found.reply_to))
        if not await self._messenger.deliver(sorry.to, list(sorry.messages)):
            _log.error("could not answer or apologise")

    async def _show_home(self, body: dict[str, Any]) -> None:
        turn = convert.home_opened(body)
        if turn is None:
            return
        replies = await self._turns.handle(turn)
        if replies:
            await self._messenger.publish_home(turn.user_id, home_view(replies))
            await self._turns.finish(turn)
