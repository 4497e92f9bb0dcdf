"""The reliability suite, asserted: no reply lost, none doubled, no outcome wrong.

Two real `infoshare serve` processes share a real Redis; see `tests.reliability.suite`.
"""

from __future__ import annotations

from pathlib import Path

from tests.reliability.suite import run_suite
from tests.support.redis_server import redis_or_skip


async def test_many_people_across_two_instances_a_crash_and_a_redis_restart(
    tmp_path: Path,
) -> None:
    redis_or_skip(tmp_path)  # skips, or fails in CI, without the redis-server binary
    report = await run_suite(workdir=tmp_path)
    print(report.as_text())  # shown with -s, and in the failure report

    assert report.users >= 200
    assert report.lost == 0, report.as_text()
    assert report.duplicated == 0, report.as_text()
    assert report.total.outcomes_wrong == 0, report.as_text()
    assert report.total.finished_users == report.users
    assert report.killed_at_action > 0 and report.redis_restarted_at_action > 0
    mixed_in = report.total
    assert mixed_in.resent_events and mixed_in.double_clicks and mixed_in.stale_presses
    assert all(phase.turns_per_second > 0 for phase in report.phases)
