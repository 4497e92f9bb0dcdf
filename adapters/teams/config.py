"""The Bot Framework SDK's authentication for the Teams door (`bot.doors` reads the settings)."""

from __future__ import annotations

from typing import Any

from botbuilder.integration.aiohttp import (  # type: ignore[import-untyped]
    ConfigurationBotFrameworkAuthentication,
)
from botframework.connector.auth import BotFrameworkAuthentication  # type: ignore[import-untyped]


class SdkConfiguration:
    """The attribute names `ConfigurationBotFrameworkAuthentication` reads.

    Args:
        app_id: the bot's Azure app id; empty means local development (no tokens).
        app_password: its client secret.
        tenant_id: the Azure tenant of a single-tenant bot.
        app_type: SingleTenant, MultiTenant or UserAssignedMSI.
        **endpoints: SDK endpoint overrides, such as ``TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL``.
    """

    def __init__(
        self,
        app_id: str | None,
        app_password: str | None,
        tenant_id: str | None,
        app_type: str,
        **endpoints: str,
    ) -> None:
        self.APP_ID = app_id or ""
        self.APP_PASSWORD = app_password or ""
        self.APP_TENANTID = tenant_id or ""
        # Without an app id the SDK's only credential-free mode is its MultiTenant one.
        self.APP_TYPE = app_type if app_id else "MultiTenant"
        for name, value in endpoints.items():
            setattr(self, name, value)


def build_auth(config: SdkConfiguration, **kwargs: Any) -> BotFrameworkAuthentication:
    """The SDK's request authentication and outbound credentials for `config`.

    Keyword arguments go to `ConfigurationBotFrameworkAuthentication` (tests pass a credentials
    factory there).
    """
    return _Authentication(config, **kwargs)


class _Authentication(ConfigurationBotFrameworkAuthentication):  # type: ignore[misc]
    """The SDK's authentication, making connector clients without msrest's hidden retries.

    msrest retries a PUT (a card update) answered 408 or 5xx up to three more times, with
    backoff, before the door hears of it; the door's own retry (for the statuses Teams asks to
    be retried, after Retry-After) is then the only one, as on the Agents SDK.
    """

    async def authenticate_request(self, activity: Any, auth_header: str) -> Any:
        result = await super().authenticate_request(activity, auth_header)
        result.connector_factory = _NoHiddenRetries(result.connector_factory)
        return result

    def create_connector_factory(self, claims_identity: Any) -> Any:
        return _NoHiddenRetries(super().create_connector_factory(claims_identity))


class _NoHiddenRetries:
    """A `ConnectorFactory` whose clients leave every retry to the door."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    async def create(self, service_url: str, audience: str | None = None) -> Any:
        client = await self._inner.create(service_url, audience)
        policy = client.config.retry_policy
        policy.retries = 0
        policy.policy.status_forcelist = []  # a refusal reaches the door as the status it is
        return client
