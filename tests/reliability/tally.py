"""What the simulated users saw, counted."""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.flow_pack import FlowOutcome


@dataclass(frozen=True)
class Ack:
    """One delivery the platform saw acknowledged: by which instance, sent and acknowledged when
    (on the suite's monotonic clock)."""

    instance: str
    sent: float
    acked: float


@dataclass(frozen=True)
class Miss:
    """An action acknowledged and never answered within the person's patience."""

    user: str
    acks: tuple[Ack, ...]
    given_up: float

    def describe(self, moments: dict[str, float]) -> str:
        """One line: which instance acknowledged it, how fast, and how long before or after
        the ack each of the chaos `moments` came (an instance killed, Redis stopped or back)."""
        parts = []
        for ack in self.acks:
            line = f"{ack.instance} acked after {ack.acked - ack.sent:.2f} s"
            line += "".join(
                f", {what} {at - ack.acked:+.2f} s from the ack" for what, at in moments.items()
            )
            parts.append(line)
        return f"{self.user}: " + ("; ".join(parts) or "no acknowledgement recorded")


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
    misses: list[Miss] = field(default_factory=list)
    stuck_users: list[str] = field(default_factory=list)
    """For each stuck user: who, and the last messages they saw (the bot's words only)."""

    def finished(self, expected: FlowOutcome, shown: str) -> None:
        """A user reached an outcome: the one their answers lead to, or not."""
        self.finished_users += 1
        if shown != expected.kind:
            self.outcomes_wrong += 1

    def add(self, other: Tally) -> None:
        """Fold another phase's counts into this one."""
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
