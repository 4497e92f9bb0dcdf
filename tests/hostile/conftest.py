"""The hostile-input suite: each finding of the bad-input probe (issue 13), replayed over real
HTTP against the real doors, plus fuzzing of both doors' entry points. Every test here also
checks the logs (`no_tracebacks`). The fixtures are defined in `tests.support`."""

from tests.support.hostile import no_tracebacks, signed_slack, slack_store, unsigned_slack
from tests.support.slack import slack
from tests.support.teams import connector, hosting, keys, secured, signing_keys, store, teams

__all__ = [
    "connector",
    "hosting",
    "keys",
    "no_tracebacks",
    "secured",
    "signed_slack",
    "signing_keys",
    "slack",
    "slack_store",
    "store",
    "teams",
    "unsigned_slack",
]
