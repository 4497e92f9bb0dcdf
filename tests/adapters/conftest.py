"""The doors' fixtures (defined in `tests.support.slack` and `tests.support.teams`): the
stand-in Slack and Bot Connector, the served doors, and a person talking to Slack."""

from tests.support.slack import alice, server, slack
from tests.support.teams import connector, hosting, keys, secured, signing_keys, store, teams

__all__ = [
    "alice",
    "connector",
    "hosting",
    "keys",
    "secured",
    "server",
    "signing_keys",
    "slack",
    "store",
    "teams",
]
