"""Building the Teams door on the Microsoft 365 Agents SDK from settings, checked at start-up.

The bot's Azure identity can be given in the Agents SDK's own names
(``CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID``, ``…CLIENTSECRET``, ``…TENANTID``,
``…AUTHTYPE``, ``…CERTPFXFILE``) or in the botbuilder names this project has always read
(``MicrosoftAppId``, ``MicrosoftAppPassword``, ``MicrosoftAppTenantId``, ``MicrosoftAppType``),
which are mapped onto them: switching SDK needs no new secrets.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from microsoft_agents.authentication.msal import MsalConnectionManager
from microsoft_agents.hosting.core import (
    AgentAuthConfiguration,
    AnonymousTokenProvider,
    AuthenticationConstants,
    ConnectionManager,
    Connections,
)
from microsoft_agents.hosting.core.authorization import AuthTypes

from adapters.teams.agents_door import AgentsTeamsDoor
from bot.pipeline import Turns
from bot.settings import AGENTS_CONNECTION, Settings, SettingsError

_log = logging.getLogger("infoshare.teams")

SERVICE_CONNECTION = "SERVICE_CONNECTION"
MULTI_TENANT = "botframework.com"
"""The tenant a multi-tenant bot's tokens come from (botbuilder's MultiTenant)."""
LOCAL_ONLY_WARNING = (
    "Teams: MicrosoftAppId is not set, so POST /api/messages accepts unsigned requests from "
    "this machine only (local development with the Bot Framework Emulator). Set MicrosoftAppId, "
    "MicrosoftAppPassword and MicrosoftAppTenantId to serve Teams."
)
_FROM_APP_TYPE = {
    "SingleTenant": AuthTypes.client_secret,
    "MultiTenant": AuthTypes.client_secret,
    "UserAssignedMSI": AuthTypes.user_managed_identity,
}
_SUPPORTED = {
    AuthTypes.client_secret.value: AuthTypes.client_secret,
    AuthTypes.certificate.value: AuthTypes.certificate,
    AuthTypes.user_managed_identity.value: AuthTypes.user_managed_identity,
    AuthTypes.system_managed_identity.value: AuthTypes.system_managed_identity,
}


@dataclass(frozen=True)
class AgentsConnection:
    """The bot's identity for the Agents SDK; no client id means local development.

    Attributes:
        client_id: the bot's Azure app id (the audience of every token Teams sends).
        tenant_id: its Azure tenant (``botframework.com`` for a multi-tenant bot).
        auth_type: how the bot gets its own tokens.
        client_secret: with `AuthTypes.client_secret`.
        cert_pfx_file: with `AuthTypes.certificate`.
    """

    client_id: str | None
    tenant_id: str | None = None
    auth_type: AuthTypes = AuthTypes.client_secret
    client_secret: str | None = field(default=None, repr=False)
    cert_pfx_file: str | None = None

    def auth_configuration(self) -> AgentAuthConfiguration:
        """The SDK's configuration of the service connection, with issuer validation on."""
        return AgentAuthConfiguration(
            auth_type=self.auth_type,
            client_id=self.client_id,
            tenant_id=self.tenant_id,
            client_secret=self.client_secret,
            cert_pfx_file=self.cert_pfx_file,
            connection_name=SERVICE_CONNECTION,
            # Off in the SDK by default; on, a token from another tenant's issuer is refused.
            validate_issuer=True,
        )


def agents_connection(settings: Settings) -> AgentsConnection:
    """The Agents SDK identity for `settings`, from either set of names.

    Raises:
        SettingsError: when a set is incomplete, or the two sets name different bots.
    """
    client_id = _text(settings.agents_client_id)
    app_id = _text(settings.microsoft_app_id)
    if client_id and app_id and client_id != app_id:
        raise SettingsError(
            f"The Teams settings disagree: {AGENTS_CONNECTION}CLIENTID and MicrosoftAppId name "
            "different bots; set one of them."
        )
    if client_id or settings.agents_auth_type:
        return _from_agents_names(settings, client_id)
    return _from_app_names(settings, app_id)


def _from_agents_names(settings: Settings, client_id: str | None) -> AgentsConnection:
    given = (settings.agents_auth_type or AuthTypes.client_secret.value).strip()
    auth_type = _SUPPORTED.get(given) or next(
        (t for name, t in _SUPPORTED.items() if name.lower() == given.lower()), None
    )
    if auth_type is None:
        raise SettingsError(
            f"{AGENTS_CONNECTION}AUTHTYPE: it is not one of the allowed values; expected "
            f"{', '.join(_SUPPORTED)}."
        )
    secret = _secret(settings.agents_client_secret) or _secret(settings.microsoft_app_password)
    tenant = _text(settings.agents_tenant_id) or _text(settings.microsoft_app_tenant_id)
    pfx = _text(settings.agents_cert_pfx_file)
    needs = {"CLIENTID": client_id, "TENANTID": tenant}
    if auth_type is AuthTypes.client_secret:
        needs["CLIENTSECRET"] = secret
    if auth_type is AuthTypes.certificate:
        needs["CERTPFXFILE"] = pfx
    missing = [AGENTS_CONNECTION + name for name, value in needs.items() if not value]
    if missing:
        raise SettingsError(
            f"The Teams settings are not complete: {' and '.join(missing)} must be set when "
            f"{AGENTS_CONNECTION}AUTHTYPE is {auth_type.value}."
        )
    return AgentsConnection(client_id, tenant, auth_type, secret, pfx)


def _from_app_names(settings: Settings, app_id: str | None) -> AgentsConnection:
    if app_id is None:
        return AgentsConnection(None)
    secret = _secret(settings.microsoft_app_password)
    tenant = _text(settings.microsoft_app_tenant_id)
    kind = settings.microsoft_app_type
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
    if kind == "MultiTenant":
        tenant = tenant or MULTI_TENANT
    return AgentsConnection(app_id, tenant, _FROM_APP_TYPE[kind], secret)


def connections(connection: AgentsConnection) -> Connections:
    """The SDK's outbound token providers: MSAL with an app id, none without one."""
    if connection.client_id is None:
        anonymous = AgentAuthConfiguration(anonymous_allowed=True)
        return ConnectionManager(
            provider_factory=lambda _: AnonymousTokenProvider(),
            connections_configurations={SERVICE_CONNECTION: anonymous},
        )
    return MsalConnectionManager(
        connections_configurations={SERVICE_CONNECTION: connection.auth_configuration()}
    )


def build_agents_door(
    settings: Settings,
    turns: Turns,
    *,
    dev: bool = False,
    key_urls: Mapping[str, str] | None = None,
) -> AgentsTeamsDoor:
    """The Teams door on the Agents SDK for these settings, ready to mount.

    With an app id every request must carry a valid Bot Framework token, `dev` or not. Without
    one the door serves this machine only, and says so once, here, at start-up.

    Args:
        settings: the checked settings.
        turns: the turn pipeline.
        dev: accepted for symmetry with the botbuilder door; it relaxes nothing.
        key_urls: where to fetch a token-signing key set instead of the URL the SDK names
            (a sovereign cloud's mirror, or a test's key server).

    Raises:
        SettingsError: when the Microsoft app settings are incomplete.
    """
    del dev  # the Teams door never relaxes token checks; the absence of an app id does
    if key_urls is None and settings.teams_keys_url:
        key_urls = {AuthenticationConstants.PUBLIC_ABS_JWKS_URL: settings.teams_keys_url}
    connection = agents_connection(settings)
    local_only = connection.client_id is None
    if local_only:
        _log.warning(LOCAL_ONLY_WARNING)
    return AgentsTeamsDoor(
        turns,
        None if local_only else connection.auth_configuration(),
        connections(connection),
        local_only=local_only,
        key_urls=key_urls,
    )


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def _secret(value: object) -> str | None:
    get = getattr(value, "get_secret_value", None)
    return _text(get()) if callable(get) else None
