"""The Slack door: slack-bolt's async app, served on ``POST /slack/events`` or over Socket Mode.

Thin glue around the pure converters in `inbound` and `blocks`. A request is acknowledged only
once its answer is delivered, or after `ACK_DEADLINE_SECONDS` if that takes longer (Slack
allows 3 s), while the answer carries on. Acknowledging after delivery is what lets several
instances share the work safely: if this process dies mid-answer, Slack gets no
acknowledgement and sends the event again, and another instance answers it (the turn
pipeline's lease and replay make that answer the same one, sent once). A request acknowledged
at the deadline is parked first (`dialogs.contract.Parking`), so that if this process dies
before the answer is out, another instance's sweep answers it instead, as Slack would have.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncBoltContext
from slack_sdk.signature import SignatureVerifier

from adapters.arrival import ARRIVED
from adapters.http_guard import BodyRejected, unauthenticated_refusal
from adapters.slack import forms, payloads
from adapters.slack import inbound as convert
from adapters.slack.answering import SlackAnswering
from adapters.slack.delivery import SESSION_TIMEOUT, Messenger
from adapters.slack.lifecycle import Lifecycle
from adapters.slack.pane import AssistantPane
from adapters.slack.parked import ParkedRequests, Reader, Request
from adapters.slack.requests import ARRIVED_KEY, bolt_request_for, unsigned_reason
from adapters.slack.sharing import Sharing
from adapters.slack.webapi import build_client
from dialogs.contract import Lookups, Parking, Turns

EVENTS_PATH = "/slack/events"

_log = logging.getLogger("infoshare.slack")
_CLOSE_GRACE_SECONDS = 10.0
ACK_DEADLINE_SECONDS = 2.0
"""How long after a request arrives it is acknowledged at the latest: Slack's limit is 3 s."""
MAX_ANSWERING = 64
"""Answers worked on at once; the rest wait their turn, so that a burst of events cannot fill the
event loop with work and delay the acknowledgements that fall due meanwhile."""
Job = Callable[[], Awaitable[None]]
Ctx = AsyncBoltContext
_UNSIGNED = "without SLACK_SIGNING_SECRET"


class _WithoutTokenNote(logging.Filter):
    """Drops bolt's note that our own client wins over ``SLACK_BOT_TOKEN``: it always does."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("As you gave `client`")


def _bolt_logger() -> logging.Logger:
    logger = logging.getLogger("infoshare.slack.bolt")
    if not any(isinstance(f, _WithoutTokenNote) for f in logger.filters):
        logger.addFilter(_WithoutTokenNote())
    return logger


class SlackDoor(SlackAnswering):
    """The Slack door: mount it on the web server, or let it connect over Socket Mode."""

    name = "slack"

    def __init__(
        self,
        turns: Turns,
        *,
        bot_token: str,
        signing_secret: str | None,
        api_url: str,
        app_token: str | None = None,
        lookups: Lookups | None = None,
        parking: Parking | None = None,
    ) -> None:
        """Build the door (no network yet; connections open when the web app starts).

        Args:
            turns: the core's turns (the turn pipeline) every Slack turn goes through.
            bot_token: the bot token (``xoxb-…``).
            signing_secret: the app's signing secret; None only for local development, when
                requests are accepted unsigned, but only from this machine and not through a
                proxy, and uninstall or token-revoked events are not acted on.
            api_url: the base URL of Slack's Web API (a local stand-in in tests).
            app_token: an app-level token (``xapp-…``) to receive everything over Socket Mode
                instead of HTTP.
            lookups: the core's search of the published questions; with it, people can share
                a published answer into a conversation (``/infoshare share``, the shortcuts).
            parking: where a request acknowledged before its answer is out is kept until it
                is, and swept for when its process died; None: such a request is lost if
                this process dies before answering it.
        """
        self._turns = turns
        self._parked = ParkedRequests(parking, self._answer_again)
        self._app_token = app_token
        self._verifier = SignatureVerifier(signing_secret) if signing_secret else None
        self._client = build_client(bot_token, api_url)
        self._messenger = Messenger(self._client)
        self._socket: AsyncSocketModeHandler | None = None
        self._answering: set[asyncio.Task[None]] = set()
        self._admit = asyncio.Semaphore(MAX_ANSWERING)
        self._bolt = AsyncApp(
            # Bolt configures a logger named after the app, so the name must not be one of ours.
            name="slack-bolt-infoshare",
            client=self._client,
            signing_secret=signing_secret or "",
            # `handle_http` checks every signature before bolt sees the request (Socket Mode
            # needs none), so bolt's own second check would only cost time.
            request_verification_enabled=False,
            process_before_response=True,  # the listeners ack when the answer is out
            logger=_bolt_logger(),
        )
        self._lifecycle = Lifecycle(
            turns,
            self._client,
            self._messenger.forget,
            # Socket Mode is authenticated by the app token; HTTP needs the signing secret.
            trusted=signing_secret is not None or app_token is not None,
        )
        # Bolt tries the listeners in order, each check costing it an argument injection:
        # the events nearly every request carries come first. None of the listeners registered
        # after them takes these event types; only the catch-alls must come last.
        self._bolt.event("app_mention")(self._on_message)
        self._bolt.event("message")(self._on_message)
        self._lifecycle.register(self._bolt)  # before the catch-all event listener below
        # The pane's middleware takes messages in DM threads before the `message` listener.
        AssistantPane(self._client, self._answer_then_ack, self._answer).register(
            self._bolt, _bolt_logger()
        )
        if lookups is not None:  # before the catch-all listeners below, which would take these
            Sharing(lookups, turns, self._messenger, self._answer_then_ack).register(self._bolt)
        self._bolt.event("app_home_opened")(self._on_home_opened)
        self._bolt.event(re.compile(".*"))(self._on_other_event)
        self._bolt.action(re.compile(".*"))(self._on_action)
        self._bolt.view(re.compile(".*"))(self._on_view)
        self._bolt.command(re.compile(".*"))(self._on_command)

    @property
    def socket_mode(self) -> bool:
        """Whether the door receives over Socket Mode rather than HTTP."""
        return self._app_token is not None

    def mount(self, app: web.Application) -> None:
        """Add ``POST /slack/events`` (HTTP mode), and start-up of the Web API session."""
        app.on_startup.append(self._start)
        if not self.socket_mode:
            app.router.add_post(EVENTS_PATH, self.handle_http)

    def health(self) -> str | None:
        """Why the door cannot serve (its bot token is dead), or None."""
        return "bot token revoked" if self._client.revoked else None

    async def _start(self, _: web.Application) -> None:
        self._client.session = aiohttp.ClientSession(timeout=SESSION_TIMEOUT)
        self._parked.start()
        if self._app_token is not None:
            self._socket = AsyncSocketModeHandler(
                self._bolt, self._app_token, web_client=self._client
            )
            await self._socket.connect_async()  # type: ignore[no-untyped-call]

    async def close(self) -> None:
        """Let answers under way finish (briefly), then disconnect and close the session."""
        await self._parked.stop()
        if self._answering:
            _, late = await asyncio.wait(set(self._answering), timeout=_CLOSE_GRACE_SECONDS)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        if self._socket is not None:
            await self._socket.close_async()  # type: ignore[no-untyped-call]
            self._socket = None
        if self._client.session is not None:
            await self._client.session.close()
            self._client.session = None

    async def idle(self) -> None:
        """Wait until every answer under way has been sent (for tests and benchmarks)."""
        while self._answering:
            await asyncio.gather(*set(self._answering), return_exceptions=True)

    # -- HTTP ------------------------------------------------------------------------------

    async def handle_http(self, request: web.Request) -> web.Response:
        """``POST /slack/events``: verify the signature before reading anything, then dispatch.

        Forged, unsigned or stale requests get 401 and touch nothing (without a signing secret,
        requests from another machine or through a proxy get 403); a body that is not UTF-8
        (Slack's never is), or a signed one that is not JSON or a form, or is nested too
        deeply, gets 400; a signed payload whose fields have
        the wrong shape, and anything Slack sends that the door has no use for, is
        acknowledged and ignored.
        """
        if self._verifier is None:
            peer = request.transport.get_extra_info("peername") if request.transport else None
            refusal = unauthenticated_refusal(peer, request.headers, _UNSIGNED)
            if refusal is not None:
                return web.json_response({"error": refusal}, status=403)
        arrived = request.get(ARRIVED) or asyncio.get_running_loop().time()
        raw = await request.read()
        if self._verifier is not None:
            unsigned = unsigned_reason(self._verifier, request.headers, raw)
            if unsigned is not None:
                status, reason = unsigned
                return web.json_response({"error": reason}, status=status)
        try:
            body = payloads.parse(raw, request.content_type)
        except BodyRejected as exc:
            return web.json_response({"error": str(exc)}, status=400)
        if not body:
            return web.json_response({"error": "malformed body"}, status=400)
        if not payloads.well_formed(body):
            _log.info("slack payload ignored: fields of the wrong shape")
            return web.Response(status=200)
        bolt_request = bolt_request_for(request, raw, body, {ARRIVED_KEY: arrived})
        response = await self._bolt.async_dispatch(bolt_request)
        if response.status == 404:
            return web.Response(status=200)
        return await to_aiohttp_response(response)

    # -- listeners: answer, then acknowledge ----------------------------------------------

    async def _on_message(self, ack: AsyncAck, body: dict[str, Any], context: Ctx) -> None:
        job = partial(self._answer_payload, convert.from_event, body)
        await self._answer_then_ack(ack, job, context, resumable=("event", body))

    async def _on_action(self, ack: AsyncAck, body: dict[str, Any], context: Ctx) -> None:
        job = partial(self._answer_payload, convert.from_action, body)
        await self._answer_then_ack(ack, job, context, resumable=("action", body))

    async def _on_view(self, ack: AsyncAck, body: dict[str, Any], context: Ctx) -> None:
        job = partial(self._answer_payload, forms.from_view_submission, body)
        # Never parked: what a person types into a record's fields is never stored (PRIVACY.md).
        await self._answer_then_ack(ack, job, context)

    async def _on_command(self, ack: AsyncAck, body: dict[str, Any], context: Ctx) -> None:
        job = partial(self._answer_payload, convert.from_command, body)
        await self._answer_then_ack(ack, job, context, resumable=("command", body))

    async def _on_home_opened(self, ack: AsyncAck, body: dict[str, Any], context: Ctx) -> None:
        await self._answer_then_ack(ack, partial(self._show_home, body), context)

    async def _on_other_event(self, ack: AsyncAck) -> None:
        await ack()

    async def _answer_then_ack(
        self, ack: AsyncAck, job: Job, context: Ctx, *, resumable: Request | None = None
    ) -> None:
        """Acknowledge once the answer is out, or at the deadline with the answer carrying on
        (a `resumable` request parked first, until the answer has ended).

        The deadline counts from the request's first byte (Socket Mode: from now), so time
        spent waiting for the event loop counts against it.
        """
        parked: list[str] = []
        task = asyncio.create_task(self._run(job, parked))
        self._answering.add(task)
        task.add_done_callback(self._answering.discard)
        arrived = context.get(ARRIVED_KEY)
        waited = asyncio.get_running_loop().time() - arrived if isinstance(arrived, float) else 0
        # One deadline for every event: acknowledging a queued one sooner (tried at 1 s) let a
        # crash lose answers already acknowledged, which the reliability suite caught.
        # `wait` never cancels the task, so no `shield` (and no second future) is needed.
        await asyncio.wait((task,), timeout=max(0.0, ACK_DEADLINE_SECONDS - waited))
        if not task.done() and resumable is not None:
            await self._parked.park(*resumable, task, parked)
        await ack()

    async def resume(self, payload: str) -> None:
        """Answer a parked request whose process died, as Slack's re-delivery would be; after
        an uninstall, drop it (answering would keep a conversation for a workspace forgotten)."""
        if not self._client.revoked:
            await self._parked.resume(payload)

    async def _answer_again(self, reader: Reader, body: dict[str, Any]) -> None:
        task = asyncio.create_task(self._run(partial(self._answer_payload, reader, body)))
        self._answering.add(task)
        task.add_done_callback(self._answering.discard)
        await task

    async def _run(self, job: Job, parked: list[str] | None = None) -> None:
        try:
            async with self._admit:
                await job()
        except Exception as exc:  # an answer must never take the server down
            _log.error("slack answer failed", extra={"error": type(exc).__name__})
        finally:
            if parked:
                await self._parked.unpark(parked)
