"""The door's glue for sharing a published answer into a conversation (see `share` for the flow).

Listeners for ``/infoshare share …``, the two shortcuts, the shortcut's modal and the flow's
buttons, registered before the door's catch-all listeners. Each acknowledges through the door's
`answer_then_ack`, once its work is done. What is found, previewed and posted comes from the
core (`Lookups`); a confirmation counts once across every instance (`Turns.once`), so a double
click, or an old message's button, never posts twice.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncBoltContext

from adapters.slack import share
from adapters.slack.blocks import SlackMessage
from adapters.slack.delivery import SEND_ERRORS, Messenger
from adapters.slack.inbound import CHANNEL, Post
from adapters.slack.outbound import REFUSALS
from adapters.slack.share import SharePress, ShareRequest
from dialogs import sharing
from dialogs.contract import Lookups, Turns

_log = logging.getLogger("infoshare.slack")
LIMIT = 20
"""The most published questions offered at once (the Q&A has 14)."""
HOW_TO_ADD = "Add me with **/invite @infoshare** in that channel"
Job = Callable[[], Awaitable[None]]
AnswerThenAck = Callable[[AsyncAck, Job, AsyncBoltContext], Awaitable[None]]


class Sharing:
    """Shares published answers into Slack conversations.

    Args:
        lookups: the core's search of the published questions and its shared answers.
        turns: the core's turns, for `Turns.once`.
        messenger: the door's side of Slack's Web API and response URLs.
        answer_then_ack: the door's way to run a job and acknowledge once it is done.
    """

    def __init__(
        self,
        lookups: Lookups,
        turns: Turns,
        messenger: Messenger,
        answer_then_ack: AnswerThenAck,
    ) -> None:
        self._lookups = lookups
        self._turns = turns
        self._messenger = messenger
        self._answer_then_ack = answer_then_ack

    def register(self, bolt: AsyncApp) -> None:
        """Add the listeners; call before the door's catch-all ones, which would take these."""
        bolt.command(re.compile(".*"), matchers=[_asks_to_share])(self._on_command)
        bolt.shortcut(share.SHORTCUT_ID)(self._on_shortcut)
        bolt.shortcut(share.MESSAGE_SHORTCUT_ID)(self._on_message_shortcut)
        bolt.view(share.FIND_VIEW_ID)(self._on_find)
        bolt.action(share.ACTIONS)(self._on_press)

    # -- listeners -------------------------------------------------------------------------

    async def _on_command(self, ack: AsyncAck, body: dict[str, Any], context: Any) -> None:
        words = sharing.share_words(str(body.get("text") or "")) or ""
        job = partial(self._offer, share.from_command(body, words))
        await self._answer_then_ack(ack, job, context)

    async def _on_shortcut(self, ack: AsyncAck, body: dict[str, Any], context: Any) -> None:
        trigger = body.get("trigger_id")
        if not isinstance(trigger, str) or not trigger:
            await ack()
            return
        job = partial(self._open_find, trigger)
        await self._answer_then_ack(ack, job, context)

    async def _on_message_shortcut(self, ack: AsyncAck, body: dict[str, Any], context: Any) -> None:
        job = partial(self._offer, share.from_message_shortcut(body))
        await self._answer_then_ack(ack, job, context)

    async def _on_find(self, ack: AsyncAck, body: dict[str, Any], context: Any) -> None:
        request = share.from_find_submission(body)
        if request is None:  # no conversation to answer in: say so on the modal, keep it open
            errors = {"where": sharing.pick_a_conversation()}
            await ack(response_action="errors", errors=errors)
            return
        await self._answer_then_ack(ack, partial(self._offer, request), context)

    async def _on_press(self, ack: AsyncAck, body: dict[str, Any], context: Any) -> None:
        await self._answer_then_ack(ack, partial(self._pressed, share.press(body)), context)

    # -- the flow --------------------------------------------------------------------------

    async def _open_find(self, trigger: str) -> None:
        await self._messenger.open_view(trigger, share.find_view())

    async def _offer(self, request: ShareRequest | None) -> None:
        """Show the person (only) the published questions their words find; the signpost
        first, when the words describe a risk of harm."""
        if request is None or not self._messenger.may_respond(request.response_url):
            return
        found = await self._lookups.lookup(request.words, limit=LIMIT)
        messages = share.notice_messages([found.notice]) if found.notice is not None else []
        if found.picks:
            messages.append(share.picks_message(found, request.thread_ts))
        _log.info("slack share offered", extra={"count": len(found.picks), "status": "offered"})
        await self._respond(request.response_url, messages, replace=False)

    async def _pressed(self, pressed: SharePress | None) -> None:
        if pressed is None or not self._messenger.may_respond(pressed.response_url):
            return
        if pressed.action == share.CANCEL:
            said = sharing.cancelled()
            if not await self._turns.once(CHANNEL, pressed.once_key):
                said = sharing.already_shared()
            await self._respond(pressed.response_url, [share.note(said)])
            return
        answer = None
        if pressed.number is not None:
            answer = await self._lookups.shared_answer(pressed.number)
        if answer is None or pressed.number is None:
            said = sharing.expired(share.HOW_TO_START)
            await self._respond(pressed.response_url, [share.note(said)])
            return
        if pressed.action == share.PICK:
            preview = share.preview_message(answer, pressed.number, pressed.thread_ts)
            await self._respond(pressed.response_url, [preview])
            return
        if not await self._turns.once(CHANNEL, pressed.once_key):
            await self._respond(pressed.response_url, [share.note(sharing.already_shared())])
            return
        to = Post(pressed.channel, pressed.thread_ts)
        if await self._messenger.deliver(to, share.shared_messages(answer, pressed.user)):
            _log.info("slack answer shared", extra={"entry": pressed.number, "status": "shared"})
            said = sharing.shared()
        else:
            reason = REFUSALS.get(self._messenger.refusal(to) or "")
            said = sharing.not_shared(reason, HOW_TO_ADD)
        await self._respond(pressed.response_url, [share.note(said)])

    async def _respond(
        self, url: str, messages: Sequence[SlackMessage], *, replace: bool = True
    ) -> None:
        """Show messages to the person alone: the first in place of the pressed message."""
        for n, message in enumerate(messages):
            fields: dict[str, Any] = {"response_type": "ephemeral"}
            fields["replace_original"] = replace and n == 0
            try:
                await self._messenger.respond(url, fields, message)
            except SEND_ERRORS as exc:
                _log.warning("slack: share response failed", extra={"error": type(exc).__name__})
                return


async def _asks_to_share(body: dict[str, Any]) -> bool:
    text = body.get("text")
    return isinstance(text, str) and sharing.share_words(text) is not None
