"""The CPU cost of one decision (risk check, matcher, quote gate, dialogs) at the shipped 14
entries.

Each round runs ``python -m bench.decisions time`` in a fresh interpreter for this tree and, with
``--before REF``, for the packages at git `REF` (e.g. ``main``) first on the path, rounds
alternating, so both sides are measured by the same code in the same conditions. A side's figure
is the median over rounds of: the median, 99th percentile and mean thread CPU time of
`Assistant.decide` over the dev sets' messages (x 3, after a warm-up pass, garbage collector
paused), and the same for the Slack bench's question. The last column says whether the two
sides decided every dev-set and brainstorm message alike (a digest of every decision); when they
did not, ``python -m bench.decisions dump`` in each tree shows which.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench._door_bench import source_tree

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 3


def measure(tree: Path | None) -> dict[str, object]:
    """One round of `bench.decisions` in a fresh interpreter, `tree`'s packages first."""
    path = [str(tree), str(ROOT)] if tree is not None else [str(ROOT)]
    out = subprocess.run(
        [sys.executable, "-m", "bench.decisions", "time"],
        check=True,
        capture_output=True,
        text=True,
        # `-m` puts the working directory first on the path, ahead of PYTHONPATH.
        cwd=tree or ROOT,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(path)},
    )
    found: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    if Path(str(found["code"])) != (tree or ROOT):
        raise RuntimeError(f"measured the code in {found['code']}, not in {tree or ROOT}")
    return found


def _median(rounds: list[dict[str, object]], part: str, figure: str) -> float:
    return statistics.median(float(r[part][figure]) for r in rounds)  # type: ignore[index]


def run(before: str = "", rounds: str = str(ROUNDS)) -> str:
    """Measure this tree (and `before`, alternating) and return a Markdown report.

    Args:
        before: a git commit or branch measured beside this tree in the same run.
        rounds: how many fresh interpreters per side (medians are shown).
    """
    count = max(1, int(rounds or ROUNDS))
    sides: list[tuple[str, Path | None]] = [("this tree", None)]
    results: dict[str, list[dict[str, object]]] = {"this tree": []}
    with tempfile.TemporaryDirectory(prefix="decide-before-") as scratch:
        if before:
            sides.insert(0, (f"`{before}`", source_tree(before, Path(scratch) / "code")))
            results[f"`{before}`"] = []
        for _ in range(count):
            for name, tree in sides:
                results[name].append(measure(tree))
    first = results[sides[0][0]]
    lines = [
        f"CPU per decision (`Assistant.decide`, thread time), {first[0]['messages']} dev-set "
        f"messages x 3 and the Slack bench's question x 600; median of {count} fresh "
        "interpreter(s) per side, sides alternating.",
        "",
        "| code | dev median µs | dev p99 µs | dev mean µs | door question median µs | "
        "same decisions |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    digest = first[0]["digest"]
    for name, _ in sides:
        got = results[name]
        same = all(r["digest"] == digest for r in got)
        lines.append(
            f"| {name} | {_median(got, 'dev', 'median_us'):,.0f} | "
            f"{_median(got, 'dev', 'p99_us'):,.0f} | {_median(got, 'dev', 'mean_us'):,.0f} | "
            f"{_median(got, 'door', 'median_us'):,.0f} | {'yes' if same else 'NO'} |"
        )
    if before:
        base, ours = results[sides[0][0]], results["this tree"]
        ratios = [
            f"{label} {_median(ours, part, key) / _median(base, part, key):.2f}x"
            for label, part, key in (
                ("dev median", "dev", "median_us"),
                ("dev p99", "dev", "p99_us"),
                ("dev mean", "dev", "mean_us"),
                ("door question", "door", "median_us"),
            )
        ]
        lines += ["", f"This tree against `{before}`: " + ", ".join(ratios) + "."]
    return "\n".join(lines)
