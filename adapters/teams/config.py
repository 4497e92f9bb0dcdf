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
    return ConfigurationBotFrameworkAuthentication(config, **kwargs)
