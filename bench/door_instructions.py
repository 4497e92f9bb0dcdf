"""Instructions a Slack event costs each server, counted by callgrind: ``python -m
bench.door_instructions [--before REF] [--events N] [--passes P]``.

The same stand-in, bare slack-bolt app and infoshare servers as ``bench_slack`` (and one more
infoshare, quiet, on the memory store: the SQLite store's share), each run under
``valgrind --tool=callgrind`` (counting off while it starts). Each server gets a warm-up, then
its counters are zeroed, `--events` signed mentions are sent one after another (one at a time,
so that no answer outlasts the acknowledgement deadline under valgrind's slowness and is
parked), and the instructions of every thread of the process are read. Instructions do not
depend on the machine's load, as the rate and CPU time of ``bench_slack`` do, so a change of
a few per cent shows; what they leave out is time spent waiting (for a core, the GIL, a lock).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from bench import bench_slack
from bench._door_bench import App, machine_load, play, serve_infoshare, source_tree
from bench._servers import ROOT, start_server

EVENTS = 200
PASSES = 2
_WARM_UP = 40
_START_TIMEOUT_SECONDS = 900.0


def _valgrind(out: Path) -> list[str]:
    return [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        f"--callgrind-out-file={out}",
    ]


def _control(pid: int, *args: str) -> str:
    command = ["callgrind_control", *args, str(pid)]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _by_thread(report: str) -> dict[int, int]:
    """The instructions in `callgrind_control -e`'s report, by thread (1: the main thread,
    which runs the event loop)."""
    threads = re.findall(r"^\s*Th\s+(\d+)\s+([\d,]+)\s*$", report, re.MULTILINE)
    return {int(n): int(count.replace(",", "")) for n, count in threads}


def _events(first: int, count: int) -> list[tuple[bytes, Any]]:
    return [bench_slack._signed(first + n, "00001") for n in range(count)]


def _count(app: App, first: int, events: int) -> tuple[float, float]:
    """Instructions per event at `app` (whose process runs under callgrind): every thread's,
    and the event loop's."""
    _control(app.pid, "--instr=on")
    warm = _events(first, _WARM_UP)
    asyncio.run(play(app.url + "slack/events", [], warm))
    _control(app.pid, "--zero")
    played = asyncio.run(play(app.url + "slack/events", [_events(first + _WARM_UP, events)], []))
    report = _control(app.pid, "-e")
    if played.failures:
        raise RuntimeError(f"{app.name}: {played.failures} requests failed")
    threads = _by_thread(report)
    return sum(threads.values()) / events, threads.get(1, 0) / events


def run(events: str = str(EVENTS), before: str = "", passes: str = str(PASSES)) -> str:
    """Count instructions per event: the bare app, infoshare as shipped and quiet (and
    `before`'s infoshare, shipped, if given), `passes` times each, alternating."""
    os.environ["PYTHONHASHSEED"] = "0"
    stand_in, stand_in_url = start_server("bench.bench_slack", "stand-in")
    servers: list[subprocess.Popen[Any]] = [stand_in]
    variants = [("defaults", False, ROOT), ("quiet", True, ROOT), ("memory", True, ROOT)]
    counts: dict[str, list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        if before:
            variants.insert(0, ("before", False, source_tree(before, root / "code")))
        try:
            apps = []
            for name, quiet, code in variants:
                env = {
                    "SLACK_BOT_TOKEN": f"xoxb-{name}",
                    "SLACK_SIGNING_SECRET": bench_slack.SECRET,
                    "SLACK_API_URL": stand_in_url + "api/",
                    "PYTHONHASHSEED": "0",
                    **({"INFOSHARE_STORE": "memory://"} if name == "memory" else {}),
                }
                process, url = serve_infoshare(
                    env,
                    root / name,
                    quiet=quiet,
                    code=code,
                    prefix=_valgrind(root / f"{name}.callgrind"),
                    start_timeout=_START_TIMEOUT_SECONDS,
                )
                servers.append(process)
                apps.append(App(name, url, process.pid))
            calls = bench_slack._probe(apps[-3].url, stand_in_url, "xoxb-defaults")
            calls_file = root / "calls.json"
            calls_file.write_text(json.dumps(calls))
            bare, bare_url = start_server(
                "bench.bench_slack",
                "bare",
                stand_in_url,
                str(calls_file),
                prefix=_valgrind(root / "bare.callgrind"),
            )
            servers.append(bare)
            apps.insert(0, App("bare", bare_url, bare.pid))
            load_before = machine_load()
            for n in range(int(passes)):
                for i, app in enumerate(apps):
                    first = (n * len(apps) + i + 1) * 10_000_000
                    counts.setdefault(app.name, []).append(_count(app, first, int(events)))
                    print(f"{app.name}: {counts[app.name][-1]}", file=sys.stderr, flush=True)
        finally:
            for server in servers:
                server.terminate()
                server.wait()
    return _report(counts, events, passes, before, load_before)


def _report(
    counts: Mapping[str, Sequence[tuple[float, float]]],
    events: str,
    passes: str,
    before: str,
    load: str,
) -> str:
    bare = statistics.median(every for every, _ in counts["bare"])
    labels = {
        "bare": "bare slack-bolt, makes infoshare's calls then acks (baseline)",
        "before": f"infoshare Slack door at {before}, shipped defaults",
        "defaults": "infoshare Slack door, shipped defaults",
        "quiet": "infoshare Slack door, quiet",
        "memory": "infoshare Slack door, quiet, memory store instead of SQLite",
    }
    lines = [
        f"Instructions per signed `app_mention` event (callgrind, every thread of the server; "
        f"{events} events one at a time after {_WARM_UP} warm-up events, {passes} passes "
        f"alternating; machine load {load}, which does not change these counts):",
        "",
        "| app | instructions an event (median) | passes | of them the event loop's | against "
        "the bare app |",
        "|---|---:|---|---:|---:|",
    ]
    for name, values in counts.items():
        median = statistics.median(every for every, _ in values)
        loop = statistics.median(loop for _, loop in values)
        each = ", ".join(f"{v / 1e6:.2f} M" for v, _ in values)
        lines.append(
            f"| {labels[name]} | {median / 1e6:.2f} M | {each} | {loop / 1e6:.2f} M "
            f"| {median / bare:.2f}x |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    options = dict(zip(sys.argv[1::2], sys.argv[2::2], strict=False))
    print(
        run(
            options.get("--events", str(EVENTS)),
            options.get("--before", ""),
            options.get("--passes", str(PASSES)),
        )
    )
