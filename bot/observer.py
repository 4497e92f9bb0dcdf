"""The seam between the turn pipeline and what watches it: insight and kept decision records.

The pipeline asks an observer for a `TurnContext` before running a turn, and tells it the turn's
`TurnFacts` after saving. Both calls are guarded by the pipeline: an observer that fails or
stalls is logged by error type and skipped, and the person is answered all the same.
"""

from __future__ import annotations

from typing import Protocol

from dialogs.contract import Turn
from dialogs.facts import KeptRecord, TurnContext, TurnFacts


class TurnObserver(Protocol):
    """Watches turns; never decides what to say."""

    async def context(self, turn: Turn) -> TurnContext:
        """What the core should know before this turn (records kept, question id)."""
        ...

    async def last_record(self, turn: Turn) -> KeptRecord | None:
        """This person's last kept decision record, fetched when the core asks to show it."""
        ...

    async def observe(self, turn: Turn, facts: TurnFacts) -> None:
        """Note what happened, after the conversation has been saved."""
        ...
