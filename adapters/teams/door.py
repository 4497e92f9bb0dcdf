"""The Teams door's glue on botbuilder: `POST /api/messages`, authentication and sending.

Everything Teams-specific that is not SDK plumbing lives in the pure modules (`inbound`,
`cards`, `outbound`); this module only authenticates a request, hands the activity to a
`CloudAdapter` and an `ActivityHandler`, and sends the activities those modules built. What
happens at the endpoint around the SDK is shared with the Agents SDK hosting (`endpoint`).
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from typing import TypeVar

from aiohttp import web
from botbuilder.core import (  # type: ignore[import-untyped]
    ActivityHandler,
    BotAdapter,
    TurnContext,
)
from botbuilder.integration.aiohttp import CloudAdapter  # type: ignore[import-untyped]
from botbuilder.schema import (  # type: ignore[import-untyped]
    Activity,
    ChannelAccount,
    ConversationParameters,
)
from botframework.connector.auth import (  # type: ignore[import-untyped]
    AuthenticateRequestResult,
    BotFrameworkAuthentication,
)
from msrest.exceptions import ClientException, HttpOperationError

from adapters.arrival import ARRIVED
from adapters.teams.answering import answer_and_deliver
from adapters.teams.endpoint import (
    DEFAULT_RETRY_DELAYS,
    PATH,
    RETRY_STATUSES,
    SEARCH_DEADLINE_SECONDS,
    answer_search,
    malformed,
    problem,
    read_body,
    retry_after,
    route,
)
from adapters.teams.inbound import Inbound
from adapters.teams.outbound import Activity as ActivityJson
from adapters.teams.outbound import addressed, personal_conversation
from adapters.teams.pacing import Pacer
from adapters.teams.search import is_search
from adapters.teams.signing_keys import FETCH_TIMEOUT_SECONDS
from adapters.teams.signing_keys import install as install_signing_keys
from adapters.teams.typing import TYPING_AFTER_SECONDS, Typing
from dialogs.contract import Lookups, Turns

T = TypeVar("T")

_INBOUND_KEY = "infoshare.teams.inbound"
_log = logging.getLogger("infoshare.teams")


class TeamsDoor:
    """The Teams door: a `WebDoor` serving the Bot Framework messaging endpoint.

    Args:
        turns: the turn pipeline.
        auth: the SDK's authentication, built from the Microsoft app settings.
        local_only: True when no app id is configured: the endpoint then accepts unsigned
            requests, but only from this machine and not through a proxy (the Bot Framework
            Emulator's way), and never takes a removal from them as a reason to forget anything.
        retry_delays: seconds to wait before each retry of a rate-limited send.
        typing_after: seconds after which, if no answer has been sent yet, Teams is told the
            assistant is typing (its validation asks for a reply or a typing indicator
            within 2 seconds).
        key_fetch_timeout: how long fetching the token-signing keys may take (see
            `signing_keys`: they are fetched without blocking the server).
        lookups: the search of the published questions the message extension answers from
            (``composeExtension/query``); None: the door offers no message extension.
        search_deadline: seconds after a search arrived by which it must be answered.
    """

    name = "teams"

    def __init__(
        self,
        turns: Turns,
        auth: BotFrameworkAuthentication,
        *,
        local_only: bool,
        retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
        typing_after: float = TYPING_AFTER_SECONDS,
        key_fetch_timeout: float = FETCH_TIMEOUT_SECONDS,
        lookups: Lookups | None = None,
        search_deadline: float = SEARCH_DEADLINE_SECONDS,
    ) -> None:
        install_signing_keys(timeout=key_fetch_timeout)
        self._turns = turns
        self._lookups = lookups
        self._search_deadline = search_deadline
        self._auth = auth
        self._adapter = CloudAdapter(auth)
        self._bot = _AssistantHandler(self)
        self._local_only = local_only
        self._retry_delays = tuple(retry_delays)
        self._typing_after = typing_after
        self._pacer = Pacer()

    def mount(self, app: web.Application) -> None:
        """Serve `POST /api/messages`."""
        app.router.add_post(PATH, self._on_post)

    def health(self) -> str | None:
        """Always None: the door holds nothing that can die between requests."""
        return None

    async def close(self) -> None:
        """Nothing to release: connector clients live for one turn."""

    async def _on_post(self, request: web.Request) -> web.Response:
        body = await read_body(request, local_only=self._local_only)
        if isinstance(body, web.Response):
            return body
        try:
            activity = Activity().deserialize(body)
        except Exception as exc:  # whatever the SDK's reader trips on is a malformed activity
            return malformed(exc)
        auth = await self._authenticate(activity, request.headers.get("Authorization", ""))
        if isinstance(auth, web.Response):
            return auth
        if self._lookups is not None and is_search(body):
            arrived = request.get(ARRIVED) or asyncio.get_running_loop().time()
            return await answer_search(
                body, self._lookups, arrived=arrived, deadline=self._search_deadline
            )
        inbound = await route(body, self._turns, local_only=self._local_only)
        if isinstance(inbound, web.Response):
            return inbound
        return await self._run(auth, activity, inbound)

    async def _authenticate(
        self, activity: Activity, header: str
    ) -> AuthenticateRequestResult | web.Response:
        try:
            result: AuthenticateRequestResult = await self._auth.authenticate_request(
                activity, header
            )
        except PermissionError as exc:  # the SDK's "not authorized" (an OSError, so first)
            _log.info("request refused", extra={"error": type(exc).__name__})
            return problem(401, "a valid Bot Framework token is required")
        except OSError as exc:  # the OpenID metadata could not be fetched
            _log.warning("token check unavailable", extra={"error": type(exc).__name__})
            return problem(503, "the token could not be checked just now; try again")
        except Exception as exc:  # any other failure is a token we cannot accept
            _log.info("request refused", extra={"error": type(exc).__name__})
            return problem(401, "a valid Bot Framework token is required")
        return result

    async def _run(
        self, auth: AuthenticateRequestResult, activity: Activity, inbound: Inbound
    ) -> web.Response:
        async def logic(context: TurnContext) -> None:
            context.turn_state[_INBOUND_KEY] = inbound
            typing = Typing.start(context, self._typing_after)
            try:
                await self._bot.on_turn(context)
            finally:
                await typing.stop()

        try:
            await self._adapter.process_activity(auth, activity, logic)
        except ClientException as exc:
            _log.error("reply not delivered", extra={"error": type(exc).__name__})
            return problem(502, "the reply could not be delivered to the Bot Connector")
        except Exception as exc:  # the caller gets a plain answer, never a traceback
            _log.error("turn failed in the Teams door", extra={"error": type(exc).__name__})
            return problem(500, "the activity could not be handled; it was not answered")
        return web.json_response({"status": "answered"})

    async def answer(self, context: TurnContext) -> None:
        """Run the turn through the core and deliver its replies where they belong.

        The Bot Connector waits for the whole turn, so a process killed part-way leaves the
        activity unanswered for the platform (or the person) to send again.
        """
        inbound: Inbound = context.turn_state[_INBOUND_KEY]
        await answer_and_deliver(
            self._turns,
            inbound,
            send_here=partial(self._send_here, context),
            send_personal=partial(self._send_personal, context, inbound),
            unreachable=ClientException,
        )

    async def _send_here(self, context: TurnContext, activity: ActivityJson) -> None:
        """Reply where the person wrote; in a channel, the SDK replies in the same thread.

        An activity carrying an ``id`` replaces the card with that id (see
        `Reply.replaces_pressed`); if Teams will not update it, the answer is posted instead.
        """
        replaces = activity.get("id")
        async with self._pacer.slot(context.activity.conversation.id):
            if isinstance(replaces, str):
                try:
                    await self._retrying(
                        lambda: context.update_activity(Activity().deserialize(activity))
                    )
                    return
                except ClientException as exc:
                    _log.info("card not updated; posting", extra={"error": type(exc).__name__})
                activity = {k: v for k, v in activity.items() if k != "id"}
            await self._retrying(lambda: context.send_activity(Activity().deserialize(activity)))

    async def _send_personal(
        self,
        context: TurnContext,
        inbound: Inbound,
        activities: Sequence[ActivityJson],
        go_on: Callable[[], Awaitable[bool]],
    ) -> bool:
        """Send `activities` to the person's personal chat; False if `go_on` stopped them."""
        await Typing.stop_in(context)  # nothing may show "typing" once an answer is on its way
        client = context.turn_state[BotAdapter.BOT_CONNECTOR_CLIENT_KEY]
        params = ConversationParameters().deserialize(personal_conversation(inbound))
        params.tenant_id = inbound.tenant_id  # the SDK spells the wire name "tenantID"
        created = await self._retrying(lambda: client.conversations.create_conversation(params))
        for activity in activities:
            if not await go_on():
                return False
            full = addressed(
                activity, conversation_id=created.id, bot=inbound.bot, user=inbound.user
            )
            send = client.conversations.send_to_conversation
            async with self._pacer.slot(created.id):
                await self._retrying(partial(send, created.id, Activity().deserialize(full)))
        return True

    async def _retrying(self, call: Callable[[], Awaitable[T]]) -> T:
        """Call the Bot Connector, backing off (with jitter) while it asks us to slow down."""
        for delay in self._retry_delays:
            try:
                return await call()
            except HttpOperationError as exc:
                status = getattr(exc.response, "status_code", None)
                if status not in RETRY_STATUSES:
                    raise
                headers = getattr(exc.response, "headers", None) or {}
                wait = retry_after(headers.get("Retry-After"))
                # Jitter spreads retries from many conversations; it is not a security measure.
                await asyncio.sleep(wait if wait is not None else delay * random.uniform(0.5, 1.5))  # noqa: S311
        return await call()


class _AssistantHandler(ActivityHandler):  # type: ignore[misc]
    """The SDK's activity dispatch: messages and the assistant being added reach the core."""

    def __init__(self, door: TeamsDoor) -> None:
        super().__init__()
        self._door = door

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        await self._door.answer(turn_context)

    async def on_message_update_activity(self, turn_context: TurnContext) -> None:
        await self._door.answer(turn_context)  # an edit: the core reads it for a risk of harm

    async def on_members_added_activity(
        self, members_added: list[ChannelAccount], turn_context: TurnContext
    ) -> None:
        await self._door.answer(turn_context)
