"""The reliability suite: many people, two instances, one SIGKILL and one Redis restart.

Run it with ``python -m tests.reliability`` (it prints the report) or as part of the tests
(``tests/reliability/test_reliability.py`` asserts on the same report).

Three phases, every user doing a whole consent check along a path drawn from the flow data:

1. *one instance*: users sent to instance A only, for the single-instance throughput;
2. *two instances*: users spread over A and B at random, for the two-instance throughput;
3. *chaos*: users spread over both while B is killed with SIGKILL part-way through, and Redis
   is restarted later on, with the survivors carrying on.

Throughout, Slack users' events are re-sent, their buttons double-clicked and old buttons
pressed; Teams users' activities are sometimes sent twice at once.
"""

from __future__ import annotations

import asyncio
import random
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from knowledge.flow_graph import all_paths
from knowledge.loader import load_knowledge
from tests.reliability.fleet import Fleet, Instance
from tests.reliability.slack_users import SlackPlatform, SlackUser, WatchedSlack
from tests.reliability.tally import Tally
from tests.reliability.teams_users import Connector, TeamsUser, is_apology, rng_for

PATHS = all_paths(load_knowledge().flow)
REDIS_DOWN_SECONDS = 1.5
PHASE_LIMIT_SECONDS = 120.0
"""A phase that takes longer has people left waiting: the suite ends it and counts them lost."""


@dataclass
class Phase:
    """One phase of the run and what it measured."""

    name: str
    slack_users: int
    teams_users: int
    instances: int
    seconds: float = 0.0
    tally: Tally = field(default_factory=Tally)
    timed_out: bool = False

    @property
    def users(self) -> int:
        return self.slack_users + self.teams_users

    @property
    def turns_per_second(self) -> float:
        return self.tally.actions / self.seconds if self.seconds else 0.0


@dataclass
class Report:
    """Everything the suite measured."""

    phases: list[Phase]
    duplicated: int
    seconds: float
    killed_at_action: int = 0
    redis_restarted_at_action: int = 0
    redis_down_ms: float = 0.0
    redis_stopped: float = 0.0
    redis_back: float = 0.0
    doubled: list[tuple[str, list[float]]] = field(default_factory=list)
    """Each Slack part posted more than once, and when each copy arrived (monotonic clock)."""
    moments: dict[str, float] = field(default_factory=dict)
    """When each instance was killed, and Redis stopped and came back (monotonic clock)."""

    @property
    def total(self) -> Tally:
        total = Tally()
        for phase in self.phases:
            total.add(phase.tally)
        return total

    @property
    def users(self) -> int:
        return sum(p.users for p in self.phases)

    @property
    def lost(self) -> int:
        """Replies that never came although the platform took the action, plus actions never
        answered even after the person tried again, plus users left without an outcome."""
        total = self.total
        unfinished = self.users - total.finished_users
        return total.silent_losses + total.lost + max(total.stuck, unfinished)

    def _when(self, times: list[float]) -> str:
        first = min(times)
        copies = ", ".join(f"{t - first:+.2f} s" for t in sorted(times)[1:])
        moments = ", ".join(f"{what} {at - first:+.2f} s" for what, at in self.moments.items())
        return f"copies at {copies} from the first; {moments} from the first"

    def as_text(self) -> str:
        """The report, as printed and as quoted in the README."""
        total = self.total
        lines = [
            f"users: {self.users} ({sum(p.slack_users for p in self.phases)} Slack, "
            f"{sum(p.teams_users for p in self.phases)} Teams), "
            f"every one a full consent check; {self.seconds:.0f} s in all",
            f"replies lost: {self.lost}",
            f"replies duplicated: {self.duplicated}",
            f"outcomes wrong: {total.outcomes_wrong}",
            f"outcomes reached: {total.finished_users} of {self.users}",
        ]
        lines += [
            f"throughput, {p.name} ({p.instances} instance{'s' if p.instances > 1 else ''}, "
            f"{p.users} users): {p.turns_per_second:.0f} turns/s"
            for p in self.phases
        ]
        lines.append(
            f"mixed in: {total.resent_events} re-sent events, {total.double_clicks} double "
            f"clicks, {total.stale_presses} stale buttons; {total.platform_resends} deliveries "
            f"re-sent after a cut connection or error; {total.visible_failures} Teams messages "
            "that failed to send (cut off by the SIGKILL) and were sent again; "
            f"{total.apologies} apologies while the store was away, each followed by a retry"
        )
        lines.append(
            f"SIGKILL of instance B after {self.killed_at_action} actions of the chaos phase; "
            f"Redis restarted after {self.redis_restarted_at_action} (down for "
            f"{self.redis_down_ms:.0f} ms)"
        )
        lines += [f"  missed: {miss.describe(self.moments)}" for miss in total.misses]
        lines += [f"  stuck: {stuck}" for stuck in total.stuck_users]
        lines += [f"  doubled: {what}, {self._when(times)}" for what, times in self.doubled]
        lines += [f"  timed out: {p.name}" for p in self.phases if p.timed_out]
        return "\n".join(lines)


async def run_suite(
    *, seed: int = 20261126, scale: float = 1.0, workdir: Path | None = None
) -> Report:
    """Run every phase against a fresh Redis and two fresh instances; return the report."""
    with tempfile.TemporaryDirectory(prefix="infoshare-reliability-") as scratch:
        return await _run(seed, scale, workdir or Path(scratch))


async def _run(seed: int, scale: float, workdir: Path) -> Report:
    slack = WatchedSlack()
    await slack.start()
    connector = Connector()
    await connector.start()
    fleet = Fleet(workdir, slack.api_url)
    started = time.monotonic()
    try:
        await fleet.start()
        a = fleet.instances[0]
        phases = [
            Phase("one instance", round(40 * scale), round(10 * scale), 1),
            Phase("two instances", round(80 * scale), round(20 * scale), 2),
            Phase("chaos", round(80 * scale), round(20 * scale), 2),
        ]
        numbers = iter(range(1, 1_000_000))
        report = Report(phases, 0, 0.0)
        async with aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=200, force_close=False)
        ) as session:
            for phase in phases:
                only = [a] if phase.instances == 1 else None
                users = _users(phase, numbers, seed, fleet, slack, connector, session, only)
                chaos = _chaos(phase, fleet, report) if phase.name == "chaos" else None
                began = time.monotonic()
                try:
                    async with asyncio.timeout(PHASE_LIMIT_SECONDS):
                        await asyncio.gather(*(_staggered(u, i) for i, u in enumerate(users)))
                except TimeoutError:  # whoever has not finished counts as lost
                    phase.timed_out = True
                phase.seconds = time.monotonic() - began
                if chaos is not None:
                    await chaos
        await asyncio.sleep(3)  # long enough for any late replay to show up as a duplicate
        report.doubled = _slack_duplicates(slack)
        report.duplicated = sum(len(t) - 1 for _, t in report.doubled) + _teams_duplicates(
            connector
        )
        report.moments = {f"{name} killed": at for name, at in fleet.killed.items()}
        report.moments |= {"Redis stopped": report.redis_stopped, "Redis back": report.redis_back}
        report.seconds = time.monotonic() - started
        return report
    finally:
        fleet.stop()
        await slack.close()
        await connector.close()


def _users(
    phase: Phase,
    numbers: Any,
    seed: int,
    fleet: Fleet,
    slack: WatchedSlack,
    connector: Connector,
    session: aiohttp.ClientSession,
    only: list[Instance] | None,
) -> list[SlackUser | TeamsUser]:
    users: list[SlackUser | TeamsUser] = []
    platform = SlackPlatform(fleet, random.Random(seed), session, phase.tally, only)
    for kind in ["slack"] * phase.slack_users + ["teams"] * phase.teams_users:
        number = next(numbers)
        rng = rng_for(seed, number)
        steps, outcome = rng.choice(PATHS)
        answers = dict(steps)
        if kind == "slack":
            users.append(SlackUser(number, answers, outcome, platform, slack, rng, phase.tally))
        else:
            users.append(
                TeamsUser(
                    number, answers, outcome, fleet, connector, session, rng, phase.tally, only
                )
            )
    return users


async def _staggered(user: SlackUser | TeamsUser, index: int) -> None:
    await asyncio.sleep((index % 50) * 0.02)
    await user.run()


def _chaos(phase: Phase, fleet: Fleet, report: Report) -> asyncio.Task[None]:
    """Kill B with SIGKILL a third of the way through the phase, restart Redis later on."""
    expected_actions = phase.users * 6

    async def reached(share: float) -> int:
        # Every user bumps the counter; polling it is simpler than an event per threshold.
        while phase.tally.actions < expected_actions * share:  # noqa: ASYNC110
            await asyncio.sleep(0.02)
        return phase.tally.actions

    async def wreck() -> None:
        report.killed_at_action = await reached(0.3)
        fleet.kill(fleet.instances[1])
        report.redis_restarted_at_action = await reached(0.6)
        began = time.monotonic()
        await asyncio.to_thread(fleet.redis.stop)
        await asyncio.sleep(REDIS_DOWN_SECONDS)  # a slow restart: long enough to be noticed
        await asyncio.to_thread(fleet.redis.start)
        report.redis_stopped, report.redis_back = began, time.monotonic()
        report.redis_down_ms = (report.redis_back - began) * 1000

    return asyncio.create_task(wreck())


def _slack_duplicates(slack: WatchedSlack) -> list[tuple[str, list[float]]]:
    """Parts of one answer posted more than once (every part carries its event and number;
    apologies carry none, since they are not the answer): each part's channel, event and
    number, and when each copy arrived."""
    copies: dict[tuple[str, Any, Any], list[float]] = defaultdict(list)
    for m in slack.messages:
        payload = (m.metadata or {}).get("event_payload", {})
        if "event" in payload:
            tag = (m.channel, payload.get("event"), payload.get("part"))
            copies[tag].append(slack.posted_at.get(m.ts, 0.0))
    return [
        (f"{channel} event {event} part {part}", times)
        for (channel, event, part), times in copies.items()
        if len(times) > 1
    ]


def _teams_duplicates(connector: Connector) -> int:
    """Activities answered more than once (each answer is a reply to the activity it answers).

    An apology is not an answer: the activity stays open, and answering it later is right.
    """
    replies = Counter(
        (d.conversation, d.answers)
        for deliveries in connector.by_conversation.values()
        for d in deliveries
        if d.answers is not None and not d.is_typing and not is_apology(d.body)
    )
    return sum(count - 1 for count in replies.values() if count > 1)
