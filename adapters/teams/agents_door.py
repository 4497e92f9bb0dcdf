"""The Teams door's glue on the Microsoft 365 Agents SDK: `POST /api/messages`, tokens, sending.

The same door as `door` (botbuilder), on the SDK Microsoft supports: the same pure translation
(`inbound`, `cards`, `outbound`, `pacing`, `typing`), the same answers over HTTP. Where the
Agents SDK behaves differently out of the box, this module keeps today's behaviour:

- tokens are checked on this route only (never an app-wide middleware, so `/healthz` and the
  Slack routes stay open), with the SDK's `JwtTokenValidator` and issuer validation on, and the
  signing keys fetched by `signing_keys.KeySet` (aiohttp, timeout, back-off: unreachable → 503);
- the activity is read before the SDK sees it, so a malformed one is a 400, never a 500;
- the SDK's default `on_turn_error` (which sends "Exception caught: …" to the person and prints
  a traceback) is removed; a failed turn is the door's plain 500, as with botbuilder;
- no `AgentApplication`: no SDK typing timer; our `Typing` (never after the answer) instead;
- a 200 after the turn rather than the SDK's 202.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Mapping, Sequence
from functools import partial
from typing import Any, TypeVar

import aiohttp
from aiohttp import web
from microsoft_agents.activity import Activity, ConversationParameters
from microsoft_agents.hosting.aiohttp import CloudAdapter
from microsoft_agents.hosting.core import (
    AgentAuthConfiguration,
    ClaimsIdentity,
    Connections,
    JwtTokenValidator,
    RestChannelServiceClientFactory,
    TurnContext,
)
from microsoft_agents.hosting.core.connector import ConnectorClientBase
from microsoft_agents.hosting.core.connector.client import UserTokenClient

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
from adapters.teams.signing_keys import FETCH_TIMEOUT_SECONDS, KeySet, KeysUnavailable, SigningKey
from adapters.teams.typing import TYPING_AFTER_SECONDS, Typing
from dialogs.contract import Lookups, Turns

T = TypeVar("T")

MAX_CONVERSATION_ID = 100_000
"""Longer than any id a request within the body limit can carry: ids are never cut."""
_REFUSED = "a valid Bot Framework token is required"
_log = logging.getLogger("infoshare.teams")


class AgentsTeamsDoor:
    """The Teams door on the Agents SDK: a `WebDoor` serving the Bot Framework endpoint.

    Args:
        turns: the turn pipeline.
        auth: the service connection's configuration, checking every token; None when no app
            id is configured: the endpoint then accepts unsigned requests, but only from this
            machine and not through a proxy, and never takes a removal from them as a reason
            to forget anything.
        connections: the SDK's outbound token providers.
        local_only: True when no app id is configured (see `auth`).
        retry_delays: seconds to wait before each retry of a rate-limited send.
        typing_after: seconds after which, if no answer has been sent yet, Teams is told the
            assistant is typing.
        key_fetch_timeout: how long fetching the token-signing keys may take.
        key_urls: where to fetch a key set instead of the URL the SDK names for it.
        lookups: the search of the published questions the message extension answers from
            (``composeExtension/query``); None: the door offers no message extension.
        search_deadline: seconds after a search arrived by which it must be answered.
    """

    name = "teams"

    def __init__(
        self,
        turns: Turns,
        auth: AgentAuthConfiguration | None,
        connections: Connections,
        *,
        local_only: bool,
        retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
        typing_after: float = TYPING_AFTER_SECONDS,
        key_fetch_timeout: float = FETCH_TIMEOUT_SECONDS,
        key_urls: Mapping[str, str] | None = None,
        lookups: Lookups | None = None,
        search_deadline: float = SEARCH_DEADLINE_SECONDS,
    ) -> None:
        if auth is None and not local_only:
            raise ValueError("a door serving more than this machine needs token checks")
        self._turns = turns
        self._lookups = lookups
        self._search_deadline = search_deadline
        self._auth = auth
        self._adapter = CloudAdapter(channel_service_client_factory=_ClientFactory(connections))
        self._adapter.on_turn_error = None  # raise to the door
        self._local_only = local_only
        self._retry_delays = tuple(retry_delays)
        self._typing_after = typing_after
        self._pacer = Pacer()
        self._keys = _Keys(dict(key_urls or {}), key_fetch_timeout)

    def mount(self, app: web.Application) -> None:
        """Serve `POST /api/messages` (its token check is this route's alone)."""
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
            activity = Activity.model_validate(body)
        except Exception as exc:  # whatever the SDK's reader trips on is a malformed activity
            return malformed(exc)
        claims = await self._authenticate(body, request.headers.get("Authorization", ""))
        if isinstance(claims, web.Response):
            return claims
        if self._lookups is not None and is_search(body):
            arrived = request.get(ARRIVED) or asyncio.get_running_loop().time()
            return await answer_search(
                body, self._lookups, arrived=arrived, deadline=self._search_deadline
            )
        inbound = await route(body, self._turns, local_only=self._local_only)
        if isinstance(inbound, web.Response):
            return inbound
        return await self._run(claims, activity, inbound)

    async def _authenticate(
        self, body: Mapping[str, Any], header: str
    ) -> ClaimsIdentity | web.Response:
        """The token's claims, or the refusal: 401 for a bad token, 503 when keys are down."""
        if self._auth is None:
            return ClaimsIdentity()  # anonymous: replies carry no token either
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip() or " " in token.strip():
            _log.info("request refused", extra={"error": "no bearer token"})
            return problem(401, _REFUSED)
        lookup = _KeyLookup(self._keys)
        try:
            claims = await _Validator(self._auth, lookup).validate_token(token.strip())
        except KeysUnavailable as exc:
            _log.warning("token check unavailable", extra={"error": type(exc).__name__})
            return problem(503, "the token could not be checked just now; try again")
        except Exception as exc:  # any other failure is a token we cannot accept
            _log.info("request refused", extra={"error": type(exc).__name__})
            return problem(401, _REFUSED)
        # What botbuilder also checks and the Agents SDK leaves out: the token was issued for
        # this serviceUrl, by a key endorsed for this channel.
        endorsed = lookup.used is None or not lookup.used.endorsements
        if not endorsed and lookup.used is not None:
            endorsed = body.get("channelId") in lookup.used.endorsements
        if claims.get_claim_value("serviceurl") != body.get("serviceUrl") or not endorsed:
            _log.info("request refused", extra={"error": "claims"})
            return problem(401, _REFUSED)
        return claims

    async def _run(
        self, claims: ClaimsIdentity, activity: Activity, inbound: Inbound
    ) -> web.Response:
        async def logic(context: TurnContext) -> None:
            typing = Typing.start(context, self._typing_after)
            try:
                if context.activity.type in {"message", "messageUpdate", "conversationUpdate"}:
                    await self.answer(context, inbound)
            finally:
                await typing.stop()

        try:
            await self._adapter.process_activity(claims, activity, logic)
        except aiohttp.ClientError as exc:
            _log.error("reply not delivered", extra={"error": type(exc).__name__})
            return problem(502, "the reply could not be delivered to the Bot Connector")
        except Exception as exc:  # the caller gets a plain answer, never a traceback
            _log.error("turn failed in the Teams door", extra={"error": type(exc).__name__})
            return problem(500, "the activity could not be handled; it was not answered")
        return web.json_response({"status": "answered"})

    async def answer(self, context: TurnContext, inbound: Inbound) -> None:
        """Run the turn through the core and deliver its replies where they belong."""
        await answer_and_deliver(
            self._turns,
            inbound,
            send_here=partial(self._send_here, context),
            send_personal=partial(self._send_personal, context, inbound),
            unreachable=aiohttp.ClientError,
        )

    async def _send_here(self, context: TurnContext, activity: ActivityJson) -> None:
        """Reply where the person wrote; an activity with an ``id`` updates that card instead,
        or, if Teams will not update it, is posted."""
        replaces = activity.get("id")
        async with self._pacer.slot(context.activity.conversation.id):
            if isinstance(replaces, str):
                try:
                    await self._retrying(
                        lambda: context.update_activity(Activity.model_validate(activity))
                    )
                    return
                except aiohttp.ClientError as exc:
                    _log.info("card not updated; posting", extra={"error": type(exc).__name__})
                activity = {k: v for k, v in activity.items() if k != "id"}
            await self._retrying(lambda: context.send_activity(Activity.model_validate(activity)))

    async def _send_personal(
        self,
        context: TurnContext,
        inbound: Inbound,
        activities: Sequence[ActivityJson],
        go_on: Callable[[], Awaitable[bool]],
    ) -> bool:
        """Send `activities` to the person's personal chat; False if `go_on` stopped them."""
        await Typing.stop_in(context)  # nothing may show "typing" once an answer is on its way
        client = context.services.get(ConnectorClientBase)  # type: ignore[type-abstract]
        if client is None:
            raise RuntimeError("the turn has no connector client")
        conversations = client.conversations
        params = ConversationParameters.model_validate(personal_conversation(inbound))
        created = await self._retrying(lambda: conversations.create_conversation(params))
        send = conversations.send_to_conversation
        for activity in activities:
            if not await go_on():
                return False
            full = addressed(
                activity, conversation_id=created.id, bot=inbound.bot, user=inbound.user
            )
            message = Activity.model_validate(full)
            async with self._pacer.slot(created.id):
                await self._retrying(partial(send, created.id, message))
        return True

    async def _retrying(self, call: Callable[[], Awaitable[T]]) -> T:
        """Call the Bot Connector, backing off (with jitter) while it asks us to slow down."""
        for delay in self._retry_delays:
            try:
                return await call()
            except aiohttp.ClientResponseError as exc:
                if exc.status not in RETRY_STATUSES:
                    raise
                wait = retry_after(exc.headers.get("Retry-After") if exc.headers else None)
                # Jitter spreads retries from many conversations; it is not a security measure.
                await asyncio.sleep(wait if wait is not None else delay * random.uniform(0.5, 1.5))  # noqa: S311
        return await call()


class _ClientFactory(RestChannelServiceClientFactory):
    """The SDK's client factory, with an inert user token client: infoshare signs nobody in;
    and connector clients that send to a conversation by its whole id.

    The SDK makes a user token client every turn, fetching a token for Microsoft's user token
    service (a thread hop into MSAL) and, with no app id, logging a warning each time; neither
    is of any use here. Its connector client cuts every conversation id to 150 characters,
    which would send a reply in a conversation with a longer id somewhere else (botbuilder
    sends the id as it came).
    """

    async def create_connector_client(  # noqa: PLR0917 (the SDK's signature)
        self,
        context: TurnContext | None,
        claims_identity: ClaimsIdentity,
        service_url: str,
        audience: str,
        scopes: list[str] | None = None,
        use_anonymous: bool = False,
    ) -> ConnectorClientBase:
        client = await super().create_connector_client(
            context, claims_identity, service_url, audience, scopes, use_anonymous
        )
        conversations = client.conversations
        if hasattr(conversations, "_max_conversation_id_length"):
            conversations._max_conversation_id_length = MAX_CONVERSATION_ID
        return client

    async def create_user_token_client(
        self, context: TurnContext, claims_identity: ClaimsIdentity, use_anonymous: bool = False
    ) -> UserTokenClient:
        recipient = context.activity.recipient
        app_id = claims_identity.get_app_id() or (recipient.id if recipient else None)
        return UserTokenClient(self._token_service_endpoint, "", app_id=app_id or "infoshare")


class _Keys:
    """This door's signing key sets, by the URL the SDK names (one `KeySet` per URL)."""

    def __init__(self, urls: dict[str, str], timeout: float) -> None:
        self._urls = urls
        self._timeout = timeout
        self._sets: dict[str, KeySet] = {}

    def key_set(self, jwks_uri: str) -> KeySet:
        url = self._urls.get(jwks_uri, jwks_uri)
        if url not in self._sets:
            self._sets[url] = KeySet(url, timeout=self._timeout, keys_only=True)
        return self._sets[url]


class _KeyLookup:
    """The SDK's key source for one request (its `_JwkClientManager`), noting the key used."""

    def __init__(self, keys: _Keys) -> None:
        self._keys = keys
        self.used: SigningKey | None = None

    async def get_signing_key(self, jwks_uri: str, header: dict[str, Any]) -> Any:
        kid = header.get("kid")
        self.used = await self._keys.key_set(jwks_uri).get(kid if isinstance(kid, str) else None)
        return self.used.public_key


class _Validator(JwtTokenValidator):
    """The SDK's token validator, reading keys through `_KeyLookup` (no blocking fetches)."""

    def __init__(self, configuration: AgentAuthConfiguration, keys: _KeyLookup) -> None:
        super().__init__(configuration)
        self._jwk_client_manager = keys  # type: ignore[assignment]
