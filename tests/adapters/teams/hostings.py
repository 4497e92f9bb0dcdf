"""The Teams door on either SDK, built as `infoshare serve` builds it, for tests to run over both.

`HOSTINGS` names them; `local_door` builds one without an app id (local development), and
`secured_door` one with an app id whose tokens are checked against a stand-in `KeyServer`, and
whose own outbound token is a fixed test token (fetching one from Microsoft Entra ID is not
tested: MSAL insists on an https authority; `test_agents_serve` fetches one as a managed
identity from a local stand-in instead).
"""

from __future__ import annotations

from typing import Any

from microsoft_agents.hosting.core import (
    AgentAuthConfiguration,
    AnonymousTokenProvider,
    AuthenticationConstants,
    ConnectionManager,
)

from adapters.teams.agents_door import AgentsTeamsDoor
from adapters.teams.agents_settings import SERVICE_CONNECTION, AgentsConnection, connections
from dialogs.contract import Turns
from tests.adapters.teams.standins import APP_ID, TENANT_ID, KeyServer

HOSTINGS = ("botbuilder", "agents")
OUTBOUND_TOKEN = "test-outbound-token"
ENTRA_KEYS = f"https://login.microsoftonline.com/{TENANT_ID}/discovery/v2.0/keys"
"""Where the Agents SDK looks for the keys of a token from an Entra issuer (not Bot Framework)."""


def keys_url(keys: KeyServer) -> str:
    """The stand-in's key set itself (its OpenID metadata names it)."""
    return keys.metadata_url.removesuffix("/openid") + "/keys"


def agents_local_door(turns: Turns, **options: Any) -> AgentsTeamsDoor:
    """The Agents SDK door as `infoshare serve` builds it with no app id: local only."""
    options.setdefault("retry_delays", (0, 0, 0))
    return AgentsTeamsDoor(
        turns, None, connections(AgentsConnection(None)), local_only=True, **options
    )


class _FixedToken(AnonymousTokenProvider):
    """The bot's own outbound token, fixed instead of one from Entra ID."""

    async def get_access_token(
        self, resource_url: str, scopes: list[str], force_refresh: bool = False
    ) -> str:
        return OUTBOUND_TOKEN


def agents_auth(*, validate_issuer: bool = True) -> AgentAuthConfiguration:
    """The service connection `build_agents_door` makes for the stand-ins' bot."""
    config = AgentsConnection(APP_ID, TENANT_ID, client_secret="not-used").auth_configuration()
    config.VALIDATE_ISSUER = validate_issuer
    return config


def agents_secured_door(
    turns: Turns, keys_at: str, *, validate_issuer: bool = True, **options: Any
) -> AgentsTeamsDoor:
    """The Agents SDK door with an app id, its key sets fetched from `keys_at`."""
    config = agents_auth(validate_issuer=validate_issuer)
    fixed = ConnectionManager(
        provider_factory=lambda _: _FixedToken(),
        connections_configurations={SERVICE_CONNECTION: config},
    )
    key_urls = {AuthenticationConstants.PUBLIC_ABS_JWKS_URL: keys_at, ENTRA_KEYS: keys_at}
    return AgentsTeamsDoor(turns, config, fixed, local_only=False, key_urls=key_urls, **options)
