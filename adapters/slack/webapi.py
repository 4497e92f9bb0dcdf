"""The door's Slack Web API client: slack_sdk's own retries, and a stop once the token is dead.

Retries are slack_sdk's built-in handlers: a rate-limited call (HTTP 429) waits for Slack's
``Retry-After`` and tries again; a server error (500, 503) or a dropped connection is tried again
after a short exponential backoff. A call Slack refused is never sent twice by the door itself,
so an answer arrives once.

Once the bot token is revoked (`app_uninstalled`, `tokens_revoked`, or Slack answering
``token_revoked`` to a call), the client makes no more calls: each raises `TokenRevoked`
before anything leaves the process.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import (
    BackoffRetryIntervalCalculator,
)
from slack_sdk.http_retry.jitter import RandomJitter
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_slack_response import AsyncSlackResponse

API_TIMEOUT_SECONDS = 10
RATE_LIMIT_RETRIES = 2
"""How many times a rate-limited call is tried again, each after Slack's ``Retry-After``."""
SERVER_ERROR_RETRIES = 2
"""How many times a call that met a server error or a dropped connection is tried again."""
DEAD_TOKEN_ERRORS = frozenset({"token_revoked", "invalid_auth", "account_inactive"})
"""Slack's error codes for a bot token that will never work again."""

_log = logging.getLogger("infoshare.slack")


class TokenRevoked(SlackClientError):
    """The bot token was revoked or the app uninstalled: the call was not made."""


class SlackWebClient(AsyncWebClient):
    """slack_sdk's client, refusing every call once the token is known to be dead."""

    revoked: bool = False
    """Set once the token is dead; never cleared (a new token means a restart)."""

    def revoke(self, reason: str) -> None:
        """Stop calling Slack with this token, for good."""
        if not self.revoked:
            _log.warning(
                "slack: bot token no longer usable; no more Web API calls", extra={"error": reason}
            )
        self.revoked = True

    async def api_call(self, *args: Any, **kwargs: Any) -> AsyncSlackResponse:
        """Make the call unless the token is dead; learn from Slack that it has died."""
        if self.revoked:
            raise TokenRevoked("the bot token was revoked; the call was not made")
        try:
            return await super().api_call(*args, **kwargs)
        except SlackApiError as exc:
            data = exc.response.data if exc.response is not None else None
            code = data.get("error") if isinstance(data, dict) else None
            if code in DEAD_TOKEN_ERRORS:
                self.revoke(str(code))
            raise


def retry_handlers() -> list[AsyncRetryHandler]:
    """slack_sdk's retry handlers, as every call to Slack uses them (Web API and response URLs).

    A rate-limited call waits for ``Retry-After``; a server error (500, 503) or a dropped
    connection is tried again after a short exponential backoff with jitter.
    """
    backoff = BackoffRetryIntervalCalculator(backoff_factor=0.5, jitter=RandomJitter())
    return [
        AsyncConnectionErrorRetryHandler(
            max_retry_count=SERVER_ERROR_RETRIES, interval_calculator=backoff
        ),
        AsyncRateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES),
        AsyncServerErrorRetryHandler(
            max_retry_count=SERVER_ERROR_RETRIES, interval_calculator=backoff
        ),
    ]


def build_client(token: str, api_url: str) -> SlackWebClient:
    """The Web API client for one bot token, with slack_sdk's retry handlers installed."""
    client = SlackWebClient(token=token, base_url=api_url, timeout=API_TIMEOUT_SECONDS)
    client.retry_handlers = retry_handlers()
    return client
