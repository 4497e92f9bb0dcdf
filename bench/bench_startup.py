"""Start-up time and peak memory of `infoshare ask`, beside a bare Python start in the same run.

Each command runs as a fresh process, alternating with the baseline so that machine noise hits
both alike; the report gives medians, the 90th percentile and the ratio to the baseline.

`infoshare ask` keeps the checked packs and the matcher's index in its data directory between
starts. The "first start" row runs each time with an empty data directory (the caches are
built and written); the measured row is an ordinary later start, reading them (`--before REF`
adds a later start of the code at a git commit or branch to the same alternating runs). All run with
byte-code written once, as an installed package has it: a `PYTHONDONTWRITEBYTECODE` in the
environment would otherwise make every run compile the project's modules again.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 15
FIRST_RUNS = 5
STAGE_RUNS = 7
QUESTION = "do I need an information sharing protocol before I share?"
# Where a later start's CPU goes: each stage imports (or runs) what the one before has not, in
# the order `infoshare ask` meets it; each line is (name, code), timed by the process's CPU.
STAGES = (
    ("rapidfuzz (import)", "import rapidfuzz.fuzz, rapidfuzz.process"),
    ("knowledge/: pack values, matcher, risk code", "import knowledge.loader"),
    ("dialogs/ and the terminal door", "import adapters.console, bot.core"),
    ("the rest of the CLI (its modules, argparse)", "from bot.cli import main"),
    ("reading the caches and answering", f"main(['ask', {QUESTION!r}])"),
)
_STAGE_PROBE = f"""
import contextlib, io, json, time
spent = []
for name, code in {STAGES!r}:
    started = time.process_time()
    with contextlib.redirect_stdout(io.StringIO()):
        exec(code)
    spent.append((time.process_time() - started) * 1000)
print(json.dumps(spent))
"""


def _env(data_dir: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "INFOSHARE_STORE": "memory://", "INFOSHARE_DATA_DIR": data_dir}


def _run(cmd: list[str], env: dict[str, str], cwd: Path | None = None) -> tuple[float, float]:
    """Wall time and CPU time (user and system) of one run of `cmd`, in milliseconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=cwd)
    wall = (time.perf_counter() - started) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def _peak_mib(cmd: list[str], env: dict[str, str], cwd: Path | None = None) -> float:
    """Peak memory of one run of `cmd`, read by a fresh parent process that runs only it."""
    probe = (
        "import resource,subprocess,sys;"
        "subprocess.run(sys.argv[1:],check=True,capture_output=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, *cmd],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
    )
    return int(out.stdout.strip()) / 1024


def _p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1]


def _row(name: str, runs: list[tuple[float, float]], mib: float) -> str:
    wall, cpu = [w for w, _ in runs], [c for _, c in runs]
    return (
        f"| {name} | {statistics.median(wall):.0f} | {_p90(wall):.0f} | "
        f"{statistics.median(cpu):.0f} | {mib:.0f} |"
    )


def _stages(env: dict[str, str]) -> list[str]:
    """A table of the median CPU of each of `STAGES` in a later start, and its share."""
    runs = []
    for _ in range(STAGE_RUNS):
        done = subprocess.run(
            [sys.executable, "-c", _STAGE_PROBE], check=True, capture_output=True, env=env
        )
        runs.append(json.loads(done.stdout))
    medians = [statistics.median(run[n] for run in runs) for n in range(len(STAGES))]
    total = sum(medians)
    return [
        f"Where a later start's CPU goes ({STAGE_RUNS} runs, medians, the interpreter's own "
        "start not counted):",
        "",
        "| stage | CPU ms | share |",
        "|---|---:|---:|",
        *(
            f"| {name} | {ms:.0f} | {ms / total:.0%} |"
            for (name, _), ms in zip(STAGES, medians, strict=True)
        ),
        f"| all | {total:.0f} | |",
    ]


def run(before: str = "") -> str:
    """Time `infoshare ask` (first and later starts) and a bare interpreter, alternating.

    Args:
        before: a git commit or branch: its `infoshare ask` (a later start) joins the
            alternating runs, to show a change before and after in the same conditions.
    """
    baseline = [sys.executable, "-c", "pass"]
    ask = [sys.executable, "-m", "bot.cli", "ask", QUESTION]
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="infoshare-bench-") as scratch:
        env = _env(os.path.join(scratch, "data"))
        _run(ask, env)  # byte-code, the file cache, and this data directory's caches
        earlier: list[tuple[float, float]] = []
        if before:
            from bench._door_bench import source_tree  # noqa: PLC0415 (only for --before)

            tree = source_tree(before, Path(scratch) / "code")
            # Run from that tree, so that its packages are found before this checkout's.
            old = {**_env(os.path.join(scratch, "before-data")), "PYTHONPATH": str(tree)}
            _run(ask, old, tree)
        base: list[tuple[float, float]] = []
        later: list[tuple[float, float]] = []
        first: list[tuple[float, float]] = []
        for n in range(RUNS):
            base.append(_run(baseline, env))
            later.append(_run(ask, env))
            if before:
                earlier.append(_run(ask, old, tree))
            if n < FIRST_RUNS:
                first.append(_run(ask, _env(os.path.join(scratch, f"first-{n}"))))
        base_mem, ask_mem = _peak_mib(baseline, env), _peak_mib(ask, env)
        old_mem = _peak_mib(ask, old, tree) if before else 0.0
        stages = _stages(env)
        first_mem = _peak_mib(ask, _env(os.path.join(scratch, "first-mem")))
    load_after = os.getloadavg()[0]
    b, a = statistics.median(w for w, _ in base), statistics.median(w for w, _ in later)
    f = statistics.median(w for w, _ in first)
    b_cpu, a_cpu = statistics.median(c for _, c in base), statistics.median(c for _, c in later)
    then = (
        f" At {before}: {statistics.median(w for w, _ in earlier) / b:.1f}x "
        f"(CPU {statistics.median(c for _, c in earlier) / b_cpu:.1f}x)."
        if before
        else ""
    )
    return "\n".join(
        [
            f"{RUNS} runs each ({FIRST_RUNS} first starts), alternating, on {os.cpu_count()} "
            f"cores; load average {load_before:.1f} before, {load_after:.1f} after.",
            "",
            "| command | median ms | p90 ms | CPU ms (median) | peak RSS MiB |",
            "|---|---:|---:|---:|---:|",
            _row("`python -c pass` (baseline)", base, base_mem),
            _row("`infoshare ask QUESTION`", later, ask_mem),
            *([_row(f"`infoshare ask QUESTION` at {before}", earlier, old_mem)] if before else []),
            _row("`infoshare ask QUESTION`, first start", first, first_mem),
            "",
            f"Start-up ratio to a bare interpreter: {a / b:.1f}x (median; CPU "
            f"{a_cpu / b_cpu:.1f}x); first start "
            f"{f / b:.1f}x; memory ratio: {ask_mem / base_mem:.1f}x." + then,
            "",
            *stages,
        ]
    )
