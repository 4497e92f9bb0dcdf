"""Slack's assistant pane: the split view beside any channel where people open chats with an app.

Bolt's own `AsyncAssistant` middleware recognises the pane's events (a chat started, the person
looked at another channel, a message in a chat) and hands them to the listeners here. It fits
the door's acknowledge-after-delivery design: with ``process_before_response`` bolt runs the
listener first and acknowledges only if the listener did not, and the listeners here
acknowledge through the door's `answer_then_ack`, once the answer is out (or at the deadline).
Its default handler for a changed context is replaced: that one writes the channel the person is
looking at into the chat's first message (``chat.update``); infoshare never needs to know it.

Each chat is a thread in the person's direct message with the app, and each thread is a dialog
of its own (``team/D…/thread_ts``, see `inbound.from_event`), as people expect of separate
chats. A new chat gets the core's welcome (with its reminder not to type identifying details),
then the suggested prompts; a message is answered in its thread with a status line shown while
the core works, and the chat is titled from what the core understood (`dialogs.pane`). The
status, prompts and title are extras: a failure to set one is logged by Slack's error code and
the answer goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import Any, Protocol

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncBoltContext
from slack_bolt.middleware.assistant.async_assistant import AsyncAssistant
from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.delivery import SEND_ERRORS
from adapters.slack.fields import slack_id
from adapters.slack.inbound import CHANNEL, Inbound, Post, conversation_id, from_event
from dialogs import pane
from dialogs.choices import WELCOME
from dialogs.contract import Reply, Turn

_log = logging.getLogger("infoshare.slack")

Job = Callable[[], Awaitable[None]]


class AnswerThenAck(Protocol):
    """The door's way to run a job and acknowledge once it is done (a `resumable` request,
    its kind and body, is parked if acknowledged first, so another process can answer it)."""

    async def __call__(
        self,
        ack: AsyncAck,
        job: Job,
        context: AsyncBoltContext,
        *,
        resumable: tuple[str, dict[str, Any]] | None = None,
    ) -> None: ...


Answering = Callable[[Inbound], Awaitable[list[Reply]]]
PANE_EVENT_TYPES = frozenset(
    {"assistant_thread_started", "assistant_thread_context_changed", "message"}
)
"""The only event types any of bolt's assistant listeners, or its check for edits of messages
in a pane's thread, can take."""


def thread_started(body: dict[str, Any]) -> Inbound | None:
    """An ``assistant_thread_started`` event as the turn that asks for the welcome, in the new
    chat's thread; None when a field is missing or implausible."""
    event = body.get("event")
    thread = event.get("assistant_thread") if isinstance(event, dict) else None
    if not isinstance(thread, dict):
        return None
    team = slack_id(body.get("team_id"))
    user, channel = slack_id(thread.get("user_id")), slack_id(thread.get("channel_id"))
    ts, event_id = slack_id(thread.get("thread_ts")), slack_id(body.get("event_id"))
    if not (team and user and channel and ts and event_id):
        return None
    turn = Turn(
        CHANNEL, conversation_id(team, channel, ts), user, action=WELCOME, event_id=event_id
    )
    return Inbound(team, turn, Post(channel, ts))


def prompts_argument(prompts: Sequence[pane.Prompt]) -> list[dict[str, str]]:
    """The ``prompts`` of ``assistant.threads.setSuggestedPrompts``."""
    return [{"title": p.title, "message": p.message} for p in prompts]


def _thread_of(found: Inbound) -> tuple[str, str] | None:
    where = found.reply_to
    if isinstance(where, Post) and where.thread_ts:
        return where.channel, where.thread_ts
    return None


class AssistantPane:
    """Listens for the pane's events and answers them through the door.

    Args:
        client: the door's Web API client.
        answer_then_ack: the door's way to run a job and acknowledge once it is done.
        answer: the door's way to answer an inbound turn; returns the replies delivered.
    """

    def __init__(
        self, client: AsyncWebClient, answer_then_ack: AnswerThenAck, answer: Answering
    ) -> None:
        self._client = client
        self._answer_then_ack = answer_then_ack
        self._answer = answer

    def register(self, bolt: AsyncApp, logger: logging.Logger) -> None:
        """Add bolt's assistant middleware with these listeners (before the door's own message
        listener, which then sees only messages outside the pane's threads)."""
        assistant = AsyncAssistant(logger=logger)
        assistant.thread_started(self._on_thread_started)
        assistant.thread_context_changed(self._on_context_changed)
        assistant.user_message(self._on_user_message)
        bolt.use(_OnlyPaneEvents(assistant))

    async def _on_thread_started(self, ack: AsyncAck, body: dict[str, Any], context: Any) -> None:
        await self._answer_then_ack(ack, partial(self._welcome, body), context)

    async def _on_context_changed(self, ack: AsyncAck) -> None:
        await ack()  # where the person is looking is theirs: nothing is kept or asked

    async def _on_user_message(self, ack: AsyncAck, body: dict[str, Any], context: Any) -> None:
        # Parked as a plain event: if this process dies, another answers it in the chat (without
        # the status, which Slack clears when the answer is posted).
        await self._answer_then_ack(
            ack, partial(self._reply, body), context, resumable=("event", body)
        )

    async def _welcome(self, body: dict[str, Any]) -> None:
        found = thread_started(body)
        thread = _thread_of(found) if found is not None else None
        if found is None or thread is None or not await self._answer(found):
            return  # nothing to answer, a repeat of a welcome given, or it could not be given
        channel, ts = thread
        await self._call(
            "set suggested prompts",
            self._client.assistant_threads_setSuggestedPrompts(
                channel_id=channel,
                thread_ts=ts,
                title=pane.PROMPTS_TITLE,
                prompts=prompts_argument(pane.suggested_prompts()),
            ),
        )

    async def _reply(self, body: dict[str, Any]) -> None:
        found = from_event(body)
        thread = _thread_of(found) if found is not None else None
        if found is None or thread is None:
            return
        channel, ts = thread
        await self._status(channel, ts, pane.ANSWERING_STATUS)
        try:
            replies = await self._answer(found)
            title = pane.thread_title(replies)
            if title is not None:
                await self._call(
                    "set title",
                    self._client.assistant_threads_setTitle(
                        channel_id=channel, thread_ts=ts, title=title
                    ),
                )
        finally:
            await self._status(channel, ts, "")  # an empty status clears it

    async def _status(self, channel: str, ts: str, status: str) -> None:
        await self._call(
            "set status",
            self._client.assistant_threads_setStatus(
                channel_id=channel, thread_ts=ts, status=status
            ),
        )

    @staticmethod
    async def _call(what: str, call: Awaitable[object]) -> None:
        try:
            await call
        except SEND_ERRORS as exc:
            data = exc.response.data if isinstance(exc, SlackApiError) else None
            code = data.get("error") if isinstance(data, dict) else None
            _log.warning(f"slack: {what} failed", extra={"error": code or type(exc).__name__})


class _OnlyPaneEvents(AsyncMiddleware):
    """Bolt's assistant middleware, shown only the event types it can take.

    It tries each of its listeners on every request, and each try costs bolt an argument
    injection: a mention or a button press skips them all.
    """

    def __init__(self, assistant: AsyncAssistant) -> None:
        self._assistant = assistant

    async def async_process(
        self,
        *,
        req: AsyncBoltRequest,
        resp: BoltResponse,
        next: Callable[[], Awaitable[BoltResponse]],
    ) -> BoltResponse | None:
        event = req.body.get("event")
        kind = event.get("type") if isinstance(event, dict) else None
        if isinstance(kind, str) and kind in PANE_EVENT_TYPES:
            return await self._assistant.async_process(req=req, resp=resp, next=next)
        return await next()
