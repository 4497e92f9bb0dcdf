"""What the simulated users saw, counted."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.flow_pack import FlowOutcome


@dataclass
class Tally:
    """Counts kept by the simulated users and their platforms during one phase.

    A *silent loss* is an action the platform took (acknowledged) that was never answered:
    the person waited in vain. A *visible failure* is one the person was told of (Teams shows
    a message that failed to send), after which they sent it again.
    """

    actions: int = 0
    platform_resends: int = 0
    resent_events: int = 0
    double_clicks: int = 0
    stale_presses: int = 0
    apologies: int = 0
    silent_losses: int = 0
    visible_failures: int = 0
    lost: int = 0
    stuck: int = 0
    finished_users: int = 0
    outcomes_wrong: int = 0

    def finished(self, expected: FlowOutcome, shown: str) -> None:
        """A user reached an outcome: the one their answers lead to, or not."""
        self.finished_users += 1
        if shown != expected.kind:
            self.outcomes_wrong += 1

    def add(self, other: Tally) -> None:
        """Fold another phase's counts into this one."""
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
