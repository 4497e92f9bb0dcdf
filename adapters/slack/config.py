"""Building the Slack door from the settings (this module loads slack-bolt and aiohttp)."""

from __future__ import annotations

from adapters.slack.door import SlackDoor
from bot.pipeline import Turns
from bot.settings import Settings, SettingsError

__all__ = ["slack_doors"]


def slack_doors(settings: Settings, turns: Turns, *, dev: bool) -> list[SlackDoor]:
    """The Slack door if Slack is configured, else none.

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
    return [
        SlackDoor(
            turns,
            bot_token=token,
            signing_secret=secret,
            api_url=settings.slack_api_url,
            app_token=app_token,
        )
    ]


def _reveal(value: object) -> str | None:
    secret = getattr(value, "get_secret_value", None)
    revealed = secret() if callable(secret) else None
    return revealed.strip() or None if isinstance(revealed, str) else None
