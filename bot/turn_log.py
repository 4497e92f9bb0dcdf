"""The one log line of a turn: what became of it, with hashed ids and no text."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from bot.observer import hashed_ids
from dialogs.contract import Reply, Turn
from dialogs.facts import TurnFacts

_log = logging.getLogger("infoshare.turns")


def log_turn(
    what: str,
    turn: Turn,
    started: float,
    replies: Sequence[Reply] = (),
    facts: TurnFacts | None = None,
) -> None:
    """Log the turn's outcome at INFO (`what`: answered, replayed, duplicate, conflict), with
    the time since `started` (`time.perf_counter`); nothing is worked out when INFO is off."""
    if not _log.isEnabledFor(logging.INFO):
        return  # nothing to hash or gather for a line that would not be written
    outcome = next((r.outcome.value for r in replies if r.outcome), None)
    _log.info(
        what,
        extra={
            **hashed_ids(turn),
            "replies": len(replies),
            "outcome": outcome,
            **(facts.log_fields() if facts is not None else {}),
            "ms": round((time.perf_counter() - started) * 1000, 2),
        },
    )
