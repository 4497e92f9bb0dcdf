"""Building the Teams door from settings: the SDK's authentication, checked at start-up."""

from __future__ import annotations

import logging
from typing import Any

from botbuilder.integration.aiohttp import (  # type: ignore[import-untyped]
    ConfigurationBotFrameworkAuthentication,
)
from botframework.connector.auth import BotFrameworkAuthentication  # type: ignore[import-untyped]

from adapters.teams.door import TeamsDoor
from bot.pipeline import Turns
from bot.settings import Settings, SettingsError

_log = logging.getLogger("infoshare.teams")

LOCAL_ONLY_WARNING = (
    "Teams: MicrosoftAppId is not set, so POST /api/messages accepts unsigned requests from "
    "this machine only (local development with the Bot Framework Emulator). Set MicrosoftAppId, "
    "MicrosoftAppPassword and MicrosoftAppTenantId to serve Teams."
)


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


def sdk_configuration(settings: Settings) -> SdkConfiguration:
    """The SDK configuration for `settings`.

    Raises:
        SettingsError: when an app id is set without what its app type needs.
    """
    app_id = (settings.microsoft_app_id or "").strip() or None
    password = settings.microsoft_app_password
    secret = password.get_secret_value() if password is not None else None
    tenant = (settings.microsoft_app_tenant_id or "").strip() or None
    kind = settings.microsoft_app_type
    if app_id is not None:
        missing = []
        if kind in {"SingleTenant", "MultiTenant"} and not secret:
            missing.append("MicrosoftAppPassword")
        if kind in {"SingleTenant", "UserAssignedMSI"} and not tenant:
            missing.append("MicrosoftAppTenantId")
        if missing:
            raise SettingsError(
                f"The Teams settings are not complete: {' and '.join(missing)} "
                f"must be set when MicrosoftAppId is set and MicrosoftAppType is {kind}."
            )
    return SdkConfiguration(app_id, secret, tenant, kind)


def build_teams_door(settings: Settings, turns: Turns, *, dev: bool = False) -> TeamsDoor:
    """The Teams door for these settings, ready to mount.

    With an app id every request must carry a valid Bot Framework token, `dev` or not. Without
    one the door serves this machine only, and says so once, here, at start-up.

    Raises:
        SettingsError: when the Microsoft app settings are incomplete.
    """
    del dev  # the Teams door never relaxes token checks; the absence of an app id does
    config = sdk_configuration(settings)
    local_only = not config.APP_ID
    if local_only:
        _log.warning(LOCAL_ONLY_WARNING)
    return TeamsDoor(turns, build_auth(config), local_only=local_only)
