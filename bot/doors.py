"""Building the chat doors from the settings: part of the wiring, above the doors it builds.

Each builder reads the settings, explains in plain words what is missing, and hands the door the
core it calls (`dialogs.contract.Turns`). The doors themselves never read the settings.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.settings import Settings, SettingsError
from dialogs.contract import Lookups, Parking, Turns

if TYPE_CHECKING:
    from adapters.slack.door import SlackDoor
    from adapters.teams.agents_door import AgentsTeamsDoor
    from adapters.teams.config import SdkConfiguration
    from adapters.teams.door import TeamsDoor

_log = logging.getLogger("infoshare.teams")

LOCAL_ONLY_WARNING = (
    "Teams: MicrosoftAppId is not set, so POST /api/messages accepts unsigned requests from "
    "this machine only (local development with the Bot Framework Emulator). Set MicrosoftAppId, "
    "MicrosoftAppPassword and MicrosoftAppTenantId to serve Teams."
)


def slack_doors(
    settings: Settings,
    turns: Turns,
    *,
    dev: bool,
    lookups: Lookups | None = None,
    parking: Parking | None = None,
) -> list[SlackDoor]:
    """The Slack door if Slack is configured, else none; with `lookups`, it lets people share
    published answers into conversations.

    Socket Mode is used when ``SLACK_APP_TOKEN`` is set; otherwise the door takes HTTP requests
    and needs ``SLACK_SIGNING_SECRET``, unless `dev` allows unsigned local requests.

    Raises:
        SettingsError: when the Slack settings are incomplete, naming what is missing.
    """
    token = _reveal(settings.slack_bot_token)
    secret = _reveal(settings.slack_signing_secret)
    app_token = _reveal(settings.slack_app_token)
    if token is None:
        if secret is not None or app_token is not None:
            raise SettingsError(
                "SLACK_BOT_TOKEN is missing: the Slack door needs the bot token (xoxb-…) from "
                "your app's OAuth & Permissions page."
            )
        return []
    if app_token is None and secret is None and not dev:
        raise SettingsError(
            "SLACK_SIGNING_SECRET is missing: without it anyone could send requests that look "
            "like Slack's. Set it from your app's Basic Information page, set SLACK_APP_TOKEN "
            "to use Socket Mode, or start with --dev for local development only."
        )
    from adapters.slack.door import SlackDoor  # noqa: PLC0415 (the web stack loads lazily)

    return [
        SlackDoor(
            turns,
            bot_token=token,
            signing_secret=secret,
            api_url=settings.slack_api_url,
            app_token=app_token,
            lookups=lookups,
            parking=parking,
        )
    ]


def _reveal(value: object) -> str | None:
    secret = getattr(value, "get_secret_value", None)
    revealed = secret() if callable(secret) else None
    return revealed.strip() or None if isinstance(revealed, str) else None


def sdk_configuration(settings: Settings) -> SdkConfiguration:
    """The SDK configuration for `settings`.

    Raises:
        SettingsError: when an app id is set without what its app type needs.
    """
    from adapters.teams.config import SdkConfiguration  # noqa: PLC0415 (loads the SDK lazily)

    app_id = (settings.microsoft_app_id or "").strip() or None
    password = settings.microsoft_app_password
    secret = password.get_secret_value() if password is not None else None
    tenant = (settings.microsoft_app_tenant_id or "").strip() or None
    kind = settings.microsoft_app_type
    if app_id is not None:
        require_app_settings(kind, secret, tenant)
    return SdkConfiguration(app_id, secret, tenant, kind)


def require_app_settings(kind: str, secret: str | None, tenant: str | None) -> None:
    """Check that a MicrosoftAppId comes with what its MicrosoftAppType needs (either SDK).

    Raises:
        SettingsError: naming every missing setting.
    """
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


def build_teams_door(
    settings: Settings, turns: Turns, *, dev: bool = False, lookups: Lookups | None = None
) -> TeamsDoor | AgentsTeamsDoor:
    """The Teams door for these settings, on the SDK ``INFOSHARE_TEAMS_SDK`` names, ready to mount.

    With an app id every request must carry a valid Bot Framework token, `dev` or not. Without
    one the door serves this machine only, and says so once, here, at start-up. With
    `lookups`, the door answers the message extension's searches (``composeExtension/query``).

    Raises:
        SettingsError: when the Microsoft app settings are incomplete.
    """
    if settings.teams_sdk == "agents":  # INFOSHARE_TEAMS_SDK: each SDK loads only if chosen
        from bot.agents_doors import build_agents_door  # noqa: PLC0415

        return build_agents_door(settings, turns, dev=dev, lookups=lookups)
    from adapters.teams.config import build_auth  # noqa: PLC0415 (loads the SDK lazily)
    from adapters.teams.door import TeamsDoor  # noqa: PLC0415

    del dev  # the Teams door never relaxes token checks; the absence of an app id does
    config = sdk_configuration(settings)
    local_only = not config.APP_ID
    if local_only:
        _log.warning(LOCAL_ONLY_WARNING)
    return TeamsDoor(turns, build_auth(config), local_only=local_only, lookups=lookups)
