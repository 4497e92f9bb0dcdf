"""The Microsoft 365 Agents SDK's view of the bot's identity: its service connection, and the
token providers for the bot's own replies (`bot.agents_doors` reads the settings)."""

from __future__ import annotations

from dataclasses import dataclass, field

from microsoft_agents.authentication.msal import MsalConnectionManager
from microsoft_agents.hosting.core import (
    AgentAuthConfiguration,
    AnonymousTokenProvider,
    ConnectionManager,
    Connections,
)
from microsoft_agents.hosting.core.authorization import AuthTypes

SERVICE_CONNECTION = "SERVICE_CONNECTION"
MULTI_TENANT = "botframework.com"
"""The tenant a multi-tenant bot's tokens come from (botbuilder's MultiTenant)."""
FROM_APP_TYPE = {
    "SingleTenant": AuthTypes.client_secret,
    "MultiTenant": AuthTypes.client_secret,
    "UserAssignedMSI": AuthTypes.user_managed_identity,
}
SUPPORTED = {
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
