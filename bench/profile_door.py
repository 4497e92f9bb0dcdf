"""Profile the Slack or Teams door under a bench's load: ``python -m bench.profile_door slack``.

Runs the same stand-in and load as ``bench_slack`` / ``bench_teams`` at one infoshare server
(shipped defaults; ``--quiet`` for quiet) running under cProfile, then prints where the
event-loop thread spent its CPU time (the profile's clock is the thread's CPU clock, so waits
for the network, SQLite's thread and the core's thread do not count). The core runs in its
own worker thread, which cProfile does not see: profile it apart (``Assistant.decide``).
"""

from __future__ import annotations

import io
import pstats
import signal
import sys
import tempfile
from pathlib import Path

from bench import bench_slack, bench_teams
from bench._door_bench import App, serve_infoshare
from bench._servers import start_server

ROUNDS = 1


def main(door: str, *, quiet: bool, keep: Path | None = None) -> str:
    """Profile one door; returns the top of the profile, by own time and by cumulative time.

    Args:
        door: ``slack`` or ``teams``.
        quiet: serve quiet (warnings only, no insight journal) rather than as shipped.
        keep: where to keep the stats file for a closer look (``python -m pstats FILE``).
    """
    with tempfile.TemporaryDirectory() as scratch:
        stats = keep or Path(scratch) / "door.prof"
        stand_in, stand_in_url = start_server(f"bench.bench_{door}", "stand-in")
        if door == "slack":
            env = {
                "SLACK_BOT_TOKEN": "xoxb-defaults",
                "SLACK_SIGNING_SECRET": bench_slack.SECRET,
                "SLACK_API_URL": stand_in_url + "api/",
            }
            load = bench_slack._load
        else:
            env = {}
            load = bench_teams._loader(stand_in_url)
        server, url = serve_infoshare(
            env, Path(scratch) / "data", quiet=quiet, dev=door == "teams", profile=stats
        )
        try:
            app = App("xoxb-defaults" if door == "slack" else "defaults", url, server.pid)
            for n in range(ROUNDS):
                played = load(app, n + 1)
                print(f"round {n + 1}: {len(played.latencies) / played.wall:.0f}/s", flush=True)
        finally:
            server.send_signal(signal.SIGINT)
            server.wait()
            stand_in.terminate()
            stand_in.wait()
        out = io.StringIO()
        for order in ("tottime", "cumulative"):
            pstats.Stats(str(stats), stream=out).sort_stats(order).print_stats(45)
        return out.getvalue()


if __name__ == "__main__":
    keep = next(
        (Path(a.removeprefix("--keep=")) for a in sys.argv if a.startswith("--keep=")), None
    )
    print(main(sys.argv[1], quiet="--quiet" in sys.argv[2:], keep=keep))
