"""Start-up time and peak memory of `infoshare ask`, beside a bare Python start in the same run.

Each command runs as a fresh process, alternating with the baseline so that machine noise hits
both alike; the report gives medians, the 90th percentile and the ratio to the baseline.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

RUNS = 15
QUESTION = "do I need an information sharing protocol before I share?"
_ENV = {**os.environ, "INFOSHARE_STORE": "memory://"}


def _ms(cmd: list[str]) -> float:
    """Wall time of one run of `cmd`, in milliseconds."""
    started = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=_ENV)
    return (time.perf_counter() - started) * 1000


def _peak_mib(cmd: list[str]) -> float:
    """Peak memory of one run of `cmd`, read by a fresh parent process that runs only it."""
    probe = (
        "import resource,subprocess,sys;"
        "subprocess.run(sys.argv[1:],check=True,capture_output=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, *cmd], check=True, capture_output=True, text=True, env=_ENV
    )
    return int(out.stdout.strip()) / 1024


def _p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1]


def run() -> str:
    """Time `infoshare ask` and a bare interpreter, alternating, and report the ratio."""
    baseline = [sys.executable, "-c", "pass"]
    ask = [sys.executable, "-m", "bot.cli", "ask", QUESTION]
    _ms(ask)  # warm the file cache and byte-code once
    base_ms: list[float] = []
    ask_ms: list[float] = []
    for _ in range(RUNS):
        base_ms.append(_ms(baseline))
        ask_ms.append(_ms(ask))
    base_mem, ask_mem = _peak_mib(baseline), _peak_mib(ask)
    b, a = statistics.median(base_ms), statistics.median(ask_ms)
    return "\n".join(
        [
            f"{RUNS} runs each, alternating, on {os.cpu_count()} cores.",
            "",
            "| command | median ms | p90 ms | peak RSS MiB |",
            "|---|---:|---:|---:|",
            f"| `python -c pass` (baseline) | {b:.0f} | {_p90(base_ms):.0f} | {base_mem:.0f} |",
            f"| `infoshare ask QUESTION` | {a:.0f} | {_p90(ask_ms):.0f} | {ask_mem:.0f} |",
            "",
            f"Start-up ratio to a bare interpreter: {a / b:.1f}x (median); "
            f"memory ratio: {ask_mem / base_mem:.1f}x.",
        ]
    )
