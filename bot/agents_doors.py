"""Building the Teams door on the Microsoft 365 Agents SDK from the settings, checked at start-up.

The bot's Azure identity can be given in the Agents SDK's own names
(``CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID``, ``…CLIENTSECRET``, ``…TENANTID``,
``…AUTHTYPE``, ``…CERTPFXFILE``) or in the botbuilder names this project has always read
(``MicrosoftAppId``, ``MicrosoftAppPassword``, ``MicrosoftAppTenantId``, ``MicrosoftAppType``),
which are mapped onto them: switching SDK needs no new secrets. `bot.doors.build_teams_door`
comes here when ``INFOSHARE_TEAMS_SDK=agents`` (this module loads the Agents SDK).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from microsoft_agents.hosting.core import AuthenticationConstants
from microsoft_agents.hosting.core.authorization import AuthTypes

from adapters.teams.agents_door import AgentsTeamsDoor
from adapters.teams.agents_settings import (
    FROM_APP_TYPE,
    MULTI_TENANT,
    SUPPORTED,
    AgentsConnection,
    connections,
)
from bot.doors import LOCAL_ONLY_WARNING, require_app_settings
from bot.settings import AGENTS_CONNECTION, Settings, SettingsError
from dialogs.contract import Lookups, Turns

_log = logging.getLogger("infoshare.teams")


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
    auth_type = SUPPORTED.get(given) or next(
        (t for name, t in SUPPORTED.items() if name.lower() == given.lower()), None
    )
    if auth_type is None:
        raise SettingsError(
            f"{AGENTS_CONNECTION}AUTHTYPE: it is not one of the allowed values; expected "
            f"{', '.join(SUPPORTED)}."
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
    require_app_settings(kind, secret, tenant)
    if kind == "MultiTenant":
        tenant = tenant or MULTI_TENANT
    return AgentsConnection(app_id, tenant, FROM_APP_TYPE[kind], secret)


def build_agents_door(
    settings: Settings,
    turns: Turns,
    *,
    dev: bool = False,
    key_urls: Mapping[str, str] | None = None,
    lookups: Lookups | None = None,
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
        lookups: the search the message extension answers from; None: no message extension.

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
        lookups=lookups,
    )


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def _secret(value: object) -> str | None:
    get = getattr(value, "get_secret_value", None)
    return _text(get()) if callable(get) else None
