"""What the door benches share: infoshare served as shipped, the load, rounds that alternate
between the apps, and tables of medians with their spread.

A door bench runs a bare SDK app (the baseline) and infoshare side by side in the same run,
each in its own process, and alternates rounds between them (bare, infoshare with production
defaults, infoshare quiet, bare, …), so that a machine that slows down part-way slows every
app alike. Each figure is the median of its rounds, shown with the lowest and highest round.
Besides the rate and latency seen by the caller, each round reads how much CPU the server
process spent per request (from ``/proc``): on a shared, busy machine that is the steadier
measure of what the code costs.
"""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from bench._servers import ROOT

Request = tuple[bytes, Mapping[str, str]]
"""One request of the load: its body and headers."""

QUIET = {"INFOSHARE_LOG_LEVEL": "WARNING", "INFOSHARE_INSIGHT": "off"}
"""What "quiet" changes from the shipped defaults (INFO logs, the insight journal counting)."""
_START_TIMEOUT_SECONDS = 120.0
_PROFILED = """
import cProfile, sys, time
from bot.cli import main
out, args = sys.argv[1], sys.argv[2:]
profile = cProfile.Profile(time.thread_time)
try:
    profile.runcall(main, args)
finally:
    profile.dump_stats(out)
"""


@dataclass(frozen=True, slots=True)
class Spread:
    """A figure over several rounds: the median round's value, and the lowest and highest."""

    median: float
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table: which figure, its heading, and how a value is written."""

    key: str
    heading: str
    form: str = "{:,.1f}"
    spread: bool = True
    """Whether the cell shows the lowest and highest round beside the median."""

    def cell(self, figure: Spread) -> str:
        """The median, and its range across rounds when that differs."""
        value = self.form.format(figure.median)
        if not self.spread or figure.low == figure.high:
            return value
        return f"{value} ({self.form.format(figure.low)}-{self.form.format(figure.high)})"


def latency_figures(latencies_ms: Sequence[float]) -> dict[str, float]:
    """The p50, p99 and max of one round's latencies (ms)."""
    ordered = sorted(latencies_ms)
    return {
        "p50": statistics.median(ordered),
        "p99": ordered[max(0, int(len(ordered) * 0.99) - 1)],
        "max": ordered[-1],
    }


def summarise(rounds: Sequence[Mapping[str, float]]) -> dict[str, Spread]:
    """Each figure's median, lowest and highest value over the rounds."""
    return {
        key: Spread(
            statistics.median(r[key] for r in rounds),
            min(r[key] for r in rounds),
            max(r[key] for r in rounds),
        )
        for key in rounds[0]
    }


def table(columns: Sequence[Column], rows: Sequence[tuple[str, Mapping[str, Spread]]]) -> list[str]:
    """A Markdown table: the row's name, then one cell per column."""
    head = "| app | " + " | ".join(c.heading for c in columns) + " |"
    rule = "|---|" + "---:|" * len(columns)
    body = [
        f"| {name} | " + " | ".join(c.cell(f[c.key]) for c in columns) + " |" for name, f in rows
    ]
    return [head, rule, *body]


def ratio(ours: Mapping[str, Spread], baseline: Mapping[str, Spread], key: str) -> float:
    """Ours over the baseline, median against median."""
    return ours[key].median / baseline[key].median


# -- servers ------------------------------------------------------------------------------


def free_port() -> int:
    """A loopback port nobody listens on just now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def serve_infoshare(
    env: Mapping[str, str],
    data: Path,
    *,
    quiet: bool,
    dev: bool = False,
    profile: Path | None = None,
    code: Path = ROOT,
    prefix: Sequence[str] = (),
    start_timeout: float = _START_TIMEOUT_SECONDS,
) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``infoshare serve`` as shipped, with `env` besides the defaults; wait until healthy.

    Its data (SQLite store, insight journal, matcher cache) goes in `data`, and its logs (JSON
    lines on stderr, as in production) to ``serve.log`` there. `quiet` turns logging down to
    warnings and the insight journal off. With `profile`, the server runs under cProfile,
    counting its event-loop thread's CPU time (not its waits), and writes the stats there
    when interrupted (SIGINT). `code` is where its packages are imported from (see
    `source_tree`). `prefix` runs the server under another command (valgrind), which may
    need a longer `start_timeout` (seconds).
    """
    data.mkdir(parents=True, exist_ok=True)
    port = free_port()
    ours = ("INFOSHARE_", "SLACK_", "Microsoft", "CONNECTIONS__")
    full = {k: v for k, v in os.environ.items() if not k.startswith(ours)}
    full.update({"INFOSHARE_DATA_DIR": str(data), **env, **(QUIET if quiet else {})})
    serve = ["serve", "--port", str(port)]
    if profile is None:
        command = [sys.executable, "-m", "bot.cli", *serve]
    else:
        command = [sys.executable, "-c", _PROFILED, str(profile), *serve]
    with (data / "serve.log").open("ab") as log:
        process = subprocess.Popen(
            [*prefix, *command, *(["--dev"] if dev else [])],
            cwd=data,  # no stray .env file is read
            env={**full, "PYTHONPATH": str(code)},
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        asyncio.run(_healthy(url, process, start_timeout))
    except BaseException:
        process.kill()
        raise
    return process, url


def source_tree(ref: str, into: Path) -> Path:
    """The assistant's packages as they were at `ref` (a commit or branch), written to `into`,
    for `serve_infoshare` to serve the code before a change beside the code after it."""
    into.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(
        ["git", "archive", ref, "bot", "adapters", "dialogs", "knowledge"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


async def _healthy(url: str, process: subprocess.Popen[bytes], limit: float) -> None:
    deadline = time.monotonic() + limit
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"infoshare serve ended at start-up ({process.returncode})")
            try:
                async with session.get(url + "healthz") as r:
                    if r.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError("infoshare serve did not become healthy")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time the process has used, all its threads together."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# -- the load -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Played:
    """One round of load at one app.

    Attributes:
        latencies: each timed request's, in ms, from sending it to reading the response.
        wall: seconds from the first timed request to the last response.
        failures: responses with a status not taken as success.
        requests: every request sent, the warm-up included (what the app's CPU and calls out
            are divided by).
    """

    latencies: list[float]
    wall: float
    failures: int
    requests: int


async def play(
    url: str,
    conversations: Sequence[Sequence[Request]],
    warm_up: Sequence[Request],
    ok: frozenset[int] = frozenset({200}),
) -> Played:
    """Every conversation at once, each sending its requests one after another, timed; the
    warm-up requests, sent one by one first, are not timed."""
    latencies: list[float] = []
    failures = 0
    connector = aiohttp.TCPConnector(limit=len(conversations))
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:

        async def converse(requests: Sequence[Request]) -> None:
            nonlocal failures
            for body, headers in requests:
                started = time.perf_counter()
                async with session.post(url, data=body, headers=headers) as r:
                    await r.read()
                    failures += r.status not in ok
                latencies.append((time.perf_counter() - started) * 1000)

        await converse(warm_up)
        latencies.clear()
        began = time.perf_counter()
        await asyncio.gather(*(converse(c) for c in conversations))
        wall = time.perf_counter() - began
    return Played(latencies, wall, failures, len(warm_up) + len(latencies))


@dataclass(frozen=True, slots=True)
class App:
    """A server under test: its name in the table, where to send the load, and its process."""

    name: str
    url: str
    pid: int


def alternate(
    apps: Sequence[App],
    rounds: int,
    load: Callable[[App, int], Played],
    stand_in_calls: Callable[[App], tuple[int, int]],
) -> dict[str, list[dict[str, float]]]:
    """Run `rounds` rounds, each giving every app in turn the same load; figures per round.

    Args:
        apps: the apps, in the order each round visits them.
        rounds: how many rounds.
        load: plays one round at an app (its second argument numbers the round and app, so
            that event ids never repeat).
        stand_in_calls: how many calls, and bytes, the app has sent to the stand-in so far.

    Returns:
        Per app name, one dict per round: requests/s, p50/p99/max (ms), server CPU ms per
        request, calls to the stand-in and bytes per request, and failures.
    """
    figures: dict[str, list[dict[str, float]]] = {app.name: [] for app in apps}
    for n in range(rounds):
        for i, app in enumerate(apps):
            calls, sent = stand_in_calls(app)
            cpu = cpu_seconds(app.pid)
            played = load(app, n * len(apps) + i + 1)
            cpu = cpu_seconds(app.pid) - cpu
            more_calls, more_sent = stand_in_calls(app)
            every = played.requests
            figures[app.name].append(
                {
                    "rps": len(played.latencies) / played.wall,
                    **latency_figures(played.latencies),
                    "cpu": cpu * 1000 / every,
                    "calls": (more_calls - calls) / every,
                    "bytes": (more_sent - sent) / every,
                    "failures": played.failures,
                }
            )
    return figures


DOOR_COLUMNS = (
    Column("rps", "per second", "{:,.0f}"),
    Column("p50", "p50 ms"),
    Column("p99", "p99 ms", "{:,.0f}"),
    Column("cpu", "server CPU ms each", "{:.2f}"),
    Column("calls", "calls out each", "{:.2f}", spread=False),
    Column("bytes", "bytes out each", "{:,.0f}", spread=False),
    Column("failures", "failed", "{:.0f}"),
)
"""The columns of a door bench's table."""


def ratios(
    rows: Sequence[tuple[str, Mapping[str, Spread]]], baseline: Mapping[str, Spread]
) -> list[str]:
    """One line per row besides the baseline: its rate and CPU against the baseline's."""
    return [
        f"- {name}: {ratio(f, baseline, 'rps'):.2f}x the baseline's rate (median against "
        f"median), {ratio(f, baseline, 'cpu'):.2f}x its CPU per request."
        for name, f in rows
    ]


def machine_load() -> str:
    """The machine's load averages, to read the figures by."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f} / {five:.1f} / {fifteen:.1f} (1 / 5 / 15 min) on {os.cpu_count()} cores"
