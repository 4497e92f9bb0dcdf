"""When a workspace takes the app away: ``app_uninstalled`` and ``tokens_revoked``.

Slack's review asks an app to stop using a dead token and to delete what it holds for the
workspace (platform guidelines S-9, S-10). The two events can arrive in either order, more than
once, and on any process; handling either is enough, and handling both is harmless.

What infoshare holds for a workspace is conversation state (ids and choices, never message
text) for conversations ``{team}/…`` and the digests of whom its channels reminded today, which
the core forgets (`Turns.forget`, as the Teams door asks when a person removes the app), and the
direct-message channel ids the door has looked up.
Both go. Event ids kept against re-delivery are not keyed by workspace and expire
by themselves (``INFOSHARE_EVENT_TTL_SECONDS``).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

from adapters.slack.inbound import CHANNEL
from adapters.slack.webapi import SlackWebClient
from dialogs.contract import Turns

_log = logging.getLogger("infoshare.slack")
EVENTS = ("app_uninstalled", "tokens_revoked")


class Lifecycle:
    """Listens for the app being uninstalled or its bot token revoked, and cleans up.

    Args:
        turns: the core, which forgets the workspace's conversations.
        client: the door's Web API client; it is told to make no more calls.
        forget: called to drop what the door caches in memory (direct-message ids).
        trusted: whether requests are authenticated (signed, or over Socket Mode). When they
            are not (local development without a signing secret), the events are acknowledged
            and nothing is deleted: anyone able to send one could otherwise wipe a workspace.
    """

    def __init__(
        self,
        turns: Turns,
        client: SlackWebClient,
        forget: Callable[[], None],
        *,
        trusted: bool = True,
    ) -> None:
        self._turns = turns
        self._web = client
        self._forget = forget
        self._trusted = trusted

    def register(self, bolt: AsyncApp) -> None:
        """Add the listeners (before any catch-all event listener, so these ones win), and a
        middleware that, once the token is dead, answers everything else with a bare 200."""
        bolt.use(_WhileInstalled(self._web))
        for event in EVENTS:
            bolt.event(event)(self._on_event)

    async def _on_event(self, ack: AsyncAck, body: dict[str, Any]) -> None:
        event = body.get("event") if isinstance(body.get("event"), dict) else {}
        assert isinstance(event, dict)
        kind = str(event.get("type") or "")
        if not self._trusted:
            _log.warning("slack: unsigned lifecycle event ignored", extra={"status": kind})
            await ack()
            return
        if kind == "tokens_revoked" and not _bot_token_revoked(event):
            # Only people's own tokens went; infoshare never holds any.
            await ack()
            return
        self._web.revoke(kind)  # first, so that nothing more is sent
        await ack()
        team = body.get("team_id")
        if isinstance(team, str) and team:
            await self.forget_workspace(team, kind)

    async def forget_workspace(self, team: str, why: str) -> int:
        """Forget everything kept for workspace `team`; return how many keys went."""
        self._forget()
        deleted = await self._turns.forget(CHANNEL, team, nested=True)
        _log.info("slack: workspace forgotten", extra={"status": why, "count": deleted})
        return deleted


class _WhileInstalled(AsyncMiddleware):
    """After an uninstall, a request still in flight is acknowledged and not answered:
    answering would store a new conversation for a workspace whose data was deleted.

    A plain `AsyncMiddleware` rather than a decorated function: bolt then skips its argument
    injection, which would cost every request more than the check itself.
    """

    def __init__(self, client: SlackWebClient) -> None:
        self._client = client

    async def async_process(
        self,
        *,
        req: AsyncBoltRequest,
        resp: BoltResponse,
        next: Callable[[], Awaitable[BoltResponse]],
    ) -> BoltResponse | None:
        if self._client.revoked:
            event = req.body.get("event")
            if not (isinstance(event, dict) and event.get("type") in EVENTS):
                return BoltResponse(status=200, body="")
        return await next()


def _bot_token_revoked(event: dict[str, Any]) -> bool:
    """Whether the event names a bot token among those revoked (infoshare holds only one)."""
    tokens = event.get("tokens")
    bots = tokens.get("bot") if isinstance(tokens, dict) else None
    return isinstance(bots, list) and bool(bots)
