"""Sending to Slack: messages, ephemeral answers, updates and the Home tab, with fallbacks.

Every failure is caught and logged by its Slack error code only (never a token or a message
text). A message Slack refuses is sent again as plain text, so the person still gets the answer;
if even that fails, an apology is tried by another route.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from adapters.refused import Arrival, arrival_after
from adapters.slack.blocks import SlackMessage, answered
from adapters.slack.inbound import Destination, DirectMessage, Ephemeral, Post, Pressed
from adapters.slack.webapi import TokenRevoked, retry_handlers

if TYPE_CHECKING:
    from adapters.slack.outbound import Delivery

_log = logging.getLogger("infoshare.slack")
SESSION_TIMEOUT = aiohttp.ClientTimeout(total=10)
"""The door's HTTP session's timeout: the one `AsyncWebhookClient` uses on a session it is
given (Web API calls pass their own)."""
RESPONSE_URL_ORIGIN = "https://hooks.slack.com"
"""Where Slack's response URLs live; the door posts to no other (but its own Web API's host)."""
REPLY_EVENT_TYPE = "infoshare_reply"
"""The metadata type of an answer's messages (outcomes keep their own type)."""
_READ_BACK = 30


class DeliveryError(Exception):
    """Slack did not take a message, even as plain text."""


SEND_ERRORS = (
    SlackApiError,
    SlackClientError,
    aiohttp.ClientError,
    asyncio.TimeoutError,
    DeliveryError,
)
"""What a call to Slack can fail with; anything else is a bug and is logged as one."""


class Messenger:
    """The door's side of Slack's Web API and response URLs."""

    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client
        self._dms: dict[str, str] = {}
        self._refusals: dict[str, str] = {}
        self._response_origins = {_origin(RESPONSE_URL_ORIGIN), _origin(client.base_url)}

    def may_respond(self, url: str) -> bool:
        """Whether `url` is a response URL the door will post to: Slack's own
        (``https://hooks.slack.com/…``), or one on the host of the configured Web API (a local
        stand-in in tests). A request naming any other is not Slack's, signed or not."""
        origin = _origin(url)
        return origin is not None and origin in self._response_origins

    def forget(self) -> None:
        """Drop every cached direct-message id (the app was uninstalled)."""
        self._dms.clear()
        self._refusals.clear()

    def refusal(self, to: Destination) -> str | None:
        """Slack's error code for the last message refused at `to`, if one was (taken once)."""
        channel = to.user if isinstance(to, DirectMessage) else to.channel
        return self._refusals.pop(channel, None)

    async def open_dm(self, user: str) -> str:
        """The id of the person's direct message with the app (cached per process)."""
        if user not in self._dms:
            response = await self.client.conversations_open(users=user)
            channel = response.get("channel")
            channel_id = channel.get("id") if isinstance(channel, dict) else None
            if not isinstance(channel_id, str):
                raise DeliveryError("conversations.open returned no channel")
            self._dms[user] = channel_id
        return self._dms[user]

    async def deliver(self, to: Destination, messages: list[SlackMessage]) -> bool:
        """Send messages in order; True if every one arrived (as blocks or as plain text)."""
        return await self.send_all(to, messages) is Arrival.ARRIVED

    async def send_all(
        self,
        to: Destination,
        messages: list[SlackMessage],
        *,
        event: str | None = None,
        already_posted: frozenset[int] = frozenset(),
        go_on: Callable[[], Awaitable[bool]] | None = None,
    ) -> Arrival:
        """Send messages in order; whether every one arrived, or one was refused, or may not
        have arrived (`adapters.refused`).

        Args:
            to: where to send them.
            messages: the messages, in order.
            event: the turn's event id, carried in each message's metadata with the part
                number, so a replay can see what already arrived (`posted_parts`).
            already_posted: part numbers not to send again.
            go_on: asked before each message; when it says no, nothing more is sent.
        """
        for part, message in enumerate(messages):
            if part in already_posted:
                continue
            if go_on is not None and not await go_on():
                return Arrival.UNSURE
            tag = None if event is None else (event, part)
            try:
                await self._send_either_way(to, message, tag)
            except SEND_ERRORS as exc:
                _log_failure("deliver", exc)
                code = _error_code(exc)
                if code is not None:
                    self._refusals[to.user if isinstance(to, DirectMessage) else to.channel] = code
                return arrival_after(exc)
        return Arrival.ARRIVED

    async def posted_parts(self, to: Destination, event: str) -> frozenset[int]:
        """The parts of an event's answer Slack already shows where `to` points.

        Read back from the conversation's recent history by message metadata. Ephemeral
        messages cannot be read back, and a failed read (a missing history scope in a
        channel, say) counts as nothing posted: better a repeat than a lost answer.
        """
        if isinstance(to, Ephemeral):
            return frozenset()
        try:
            channel = to.channel if isinstance(to, Post) else await self.open_dm(to.user)
            thread = to.thread_ts if isinstance(to, Post) else None
            if thread is not None:
                found = await self.client.conversations_replies(
                    channel=channel, ts=thread, limit=_READ_BACK, include_all_metadata=True
                )
            else:
                found = await self.client.conversations_history(
                    channel=channel, limit=_READ_BACK, include_all_metadata=True
                )
        except SEND_ERRORS as exc:
            _log_failure("read back", exc)
            return frozenset()
        messages = found.get("messages")
        return frozenset(
            _part_of(message, event) for message in messages or () if isinstance(message, dict)
        ) - {-1}

    async def _send_either_way(
        self, to: Destination, message: SlackMessage, tag: tuple[str, int] | None
    ) -> None:
        try:
            await self.send(to, message, tag)
        except SlackApiError as exc:
            if not message.blocks:
                raise
            _log_failure("blocks refused, sending plain text", exc)
            await self.send(to, SlackMessage(message.text, (), message.outcome), tag)

    async def send(
        self, to: Destination, message: SlackMessage, tag: tuple[str, int] | None = None
    ) -> None:
        """Send one message to one destination, tagged with its event and part if given."""
        blocks = list(message.blocks) or None
        if isinstance(to, DirectMessage):
            to = Post(await self.open_dm(to.user))
        if isinstance(to, Post):
            await self.client.chat_postMessage(
                channel=to.channel,
                thread_ts=to.thread_ts,
                text=message.text,
                blocks=blocks,
                metadata=_metadata(message, tag),
                unfurl_links=False,
                unfurl_media=False,
                link_names=False,
            )
        elif to.response_url is not None:
            await self.respond(
                to.response_url,
                {"response_type": "ephemeral", "replace_original": False},
                message,
            )
        else:
            await self.client.chat_postEphemeral(
                channel=to.channel,
                user=to.user,
                thread_ts=to.thread_ts,
                text=message.text,
                blocks=blocks,
                link_names=False,
            )

    async def respond(self, url: str, fields: dict[str, Any], message: SlackMessage) -> None:
        """Post to a ``response_url`` (slash commands and ephemeral messages)."""
        body = {**fields, "text": message.text}
        if message.blocks:
            body["blocks"] = list(message.blocks)
        if self.client.session is None:
            raise DeliveryError("no HTTP session")
        if not self.may_respond(url):
            raise DeliveryError("the response URL is not Slack's; nothing was sent")
        if getattr(self.client, "revoked", False):
            raise TokenRevoked("the app was uninstalled; the response URL was not used")
        webhook = AsyncWebhookClient(
            url,
            session=self.client.session,  # whose timeout is `SESSION_TIMEOUT`
            retry_handlers=retry_handlers(),
        )
        try:
            response = await webhook.send_dict(body)
        except ValueError as exc:  # a Retry-After that is not a number, say
            raise DeliveryError(f"response_url failed: {type(exc).__name__}") from None
        if response.status_code != 200:
            raise DeliveryError(f"response_url answered {response.status_code}")

    async def carry_out(
        self, delivery: Delivery, user: str, go_on: Callable[[], Awaitable[bool]]
    ) -> Arrival:
        """Send what an answer's plan (`outbound.plan_delivery`) says, each message only while
        `go_on` says so; whether the answer itself arrived (`send_all`)."""
        sending = delivery.answer
        posted = frozenset[int]()
        if delivery.read_back and delivery.event is not None:
            posted = await self.posted_parts(sending.to, delivery.event)
        if delivery.mark_pressed is not None:
            await self.mark_answered(delivery.mark_pressed, user)
        pointer = delivery.pointer
        if pointer is not None and not delivery.pointer_after and await go_on():
            await self.deliver(pointer.to, list(pointer.messages))
        arrived = await self.send_all(
            sending.to,
            list(sending.messages),
            event=delivery.event,
            already_posted=posted,
            go_on=go_on,
        )
        if (
            pointer is not None
            and delivery.pointer_after
            and arrived is Arrival.ARRIVED
            and await go_on()
        ):
            await self.deliver(pointer.to, list(pointer.messages))
        return arrived

    async def mark_answered(self, pressed: Pressed, user: str) -> None:
        """Show the chosen answer on the pressed message and take its buttons away.

        For a Home tab button, publish the view again: that gives it a new version, so the
        next press of the same button is a new request rather than a repeat.
        """
        try:
            if pressed.view_blocks is not None:
                view = {"type": "home", "blocks": list(pressed.view_blocks)}
                await self.client.views_publish(user_id=user, view=view)
                return
            update = answered(pressed.message or {}, pressed.label)
            if pressed.ephemeral and pressed.response_url is not None:
                await self.respond(pressed.response_url, {"replace_original": True}, update)
            elif pressed.message is not None and pressed.channel and pressed.ts:
                await self.client.chat_update(
                    channel=pressed.channel,
                    ts=pressed.ts,
                    text=update.text,
                    blocks=list(update.blocks),
                )
        except SEND_ERRORS as exc:
            _log_failure("update pressed message", exc)

    async def open_view(self, trigger_id: str, view: dict[str, Any]) -> bool:
        """Open a modal for the press that gave `trigger_id`; False if Slack refused."""
        try:
            await self.client.views_open(trigger_id=trigger_id, view=view)
        except SEND_ERRORS as exc:
            _log_failure("open form", exc)
            return False
        return True

    async def publish_home(self, user: str, view: dict[str, Any]) -> None:
        """Show the Home tab."""
        try:
            await self.client.views_publish(user_id=user, view=view)
        except SEND_ERRORS as exc:
            _log_failure("publish home", exc)


def _origin(url: str) -> tuple[str, str, int | None] | None:
    """Scheme, host and port of an http(s) URL with no user name in it, else None."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("https", "http") or not parts.hostname or "@" in parts.netloc:
        return None
    default = 443 if parts.scheme == "https" else 80
    return parts.scheme, parts.hostname, port if port not in (None, default) else None


def _metadata(message: SlackMessage, tag: tuple[str, int] | None) -> dict[str, Any] | None:
    """The message's metadata (its outcome, if any) plus the event and part it answers."""
    metadata = message.metadata()
    if tag is None:
        return metadata
    event, part = tag
    kind = metadata["event_type"] if metadata else REPLY_EVENT_TYPE
    payload = metadata["event_payload"] if metadata else {}
    return {"event_type": kind, "event_payload": {**payload, "event": event, "part": part}}


def _part_of(message: dict[str, Any], event: str) -> int:
    """The part number a posted message carries for `event`, or -1."""
    metadata = message.get("metadata")
    payload = metadata.get("event_payload") if isinstance(metadata, dict) else None
    if not isinstance(payload, dict) or payload.get("event") != event:
        return -1
    part = payload.get("part")
    return part if isinstance(part, int) else -1


def _error_code(exc: BaseException) -> str | None:
    data = exc.response.data if isinstance(exc, SlackApiError) else None
    code = data.get("error") if isinstance(data, dict) else None
    return code if isinstance(code, str) else None


def _log_failure(what: str, exc: BaseException) -> None:
    """Log a Slack failure by its error code or type only: never the token or the content."""
    _log.warning(f"slack: {what} failed", extra={"error": _error_code(exc) or type(exc).__name__})
