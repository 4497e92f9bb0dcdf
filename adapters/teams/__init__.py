"""The Teams door: Bot Framework activities in, Adaptive Cards out, on botbuilder.

The translation (`inbound`, `cards`, `outbound`) is pure and works on raw activity JSON; only
`door` and `config` touch the SDK.
"""

from adapters.teams.config import build_teams_door
from adapters.teams.door import TeamsDoor

__all__ = ["TeamsDoor", "build_teams_door"]
