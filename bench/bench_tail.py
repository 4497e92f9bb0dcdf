"""The slow end of the 14-entry matcher, risk check included, beside another version of the code.

Issue 11's target is a p99 under 1 ms at 14 entries for the risk check and the matcher together,
which is what every typed message costs. Each round is a fresh interpreter per version of the
code (this tree and, with ``--baseline main``, that ref's knowledge package), rounds
alternating so that both see the same load; each times every dev-set question `REPEATS` times in
CPU time of the thread (what a shared machine does not inflate by making the process wait for a
core), garbage collector paused as ``timeit`` does. The report gives, per version, the median
over rounds of each figure with its range, and the questions that were slowest.

``python -m bench tail --baseline main --runs 3``; one round alone:
``python -m bench.bench_tail`` (prints JSON).
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

from bench.matcher_growth import DEV_SET, PACKS, ROOT, source_of
from knowledge.evaluation import load_cases
from knowledge.loader import load_knowledge, qa_words
from knowledge.matching import Matcher, load_matcher_packs
from knowledge.qa_pack import QAPack
from knowledge.risk import RiskDetector

REPEATS = 5
SLOWEST = 5
FIGURES = ("median_us", "p99_us", "worst_us")
Figures = dict[str, float]


def figures(samples: Sequence[int]) -> Figures:
    """Median, 99th percentile (the bench matcher's rank) and worst, in microseconds."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return {
        "median_us": statistics.median(ordered) / 1000,
        "p99_us": p99 / 1000,
        "worst_us": ordered[-1] / 1000,
    }


def _timed(step: Callable[[str], object], queries: Sequence[str]) -> dict[str, list[int]]:
    for query in queries:
        step(query)  # warm-up
    samples: dict[str, list[int]] = {q: [] for q in queries}
    gc.collect()
    gc.disable()
    try:
        for _ in range(REPEATS):
            for query in queries:
                start = time.thread_time_ns()
                step(query)
                samples[query].append(time.thread_time_ns() - start)
    finally:
        gc.enable()
    return samples


def measure() -> dict[str, object]:
    """One round in this interpreter: the matcher alone, the risk check alone (the cues, then the
    learnt model where they find nothing and this tree has one), and both."""
    pack = QAPack.model_validate(yaml.safe_load((PACKS / "qa.yaml").read_text("utf-8")))
    not_covered, lexicon = load_matcher_packs(PACKS)
    matcher = Matcher(pack.entries, not_covered, lexicon)
    knowledge = load_knowledge()
    cues = RiskDetector(knowledge.risk, qa_words(knowledge.entries))
    # The learnt second opinion, where this tree has one: asked when the cues find nothing, as
    # the assistant asks it (dialogs/risk_reading.py).
    model = getattr(knowledge, "risk_model", None)
    queries = [c.text for c in load_cases(DEV_SET)]

    def risk(query: str) -> None:
        if cues.detect(query) is None and model is not None:
            model.fires(query)

    def both(query: str) -> None:
        risk(query)
        matcher.match(query)

    found: dict[str, object] = {}
    for name, step in (("matcher", matcher.match), ("risk", risk), ("both", both)):
        samples = _timed(step, queries)
        found[name] = figures([s for each in samples.values() for s in each])
        if name == "both":
            typical = {q: statistics.median(s) / 1000 for q, s in samples.items()}
            slowest = sorted(typical, key=lambda q: -typical[q])[:SLOWEST]
            found["slowest"] = [[q, typical[q]] for q in slowest]
    return found


def _round(root: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.bench_tail"],
        check=True,
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(dict.fromkeys(map(str, (root, ROOT))))},
    )
    found: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return found


def _spread(rounds: list[dict[str, object]], part: str, figure: str) -> str:
    values = sorted(float(r[part][figure]) for r in rounds)  # type: ignore[index]
    middle = statistics.median(values)
    return f"{middle:,.0f} ({values[0]:,.0f}-{values[-1]:,.0f})"


def table(versions: dict[str, list[dict[str, object]]]) -> str:
    """The Markdown table: each version's median over rounds of each figure, with its range."""
    lines = [
        "| code | part | median µs (CPU) | p99 µs (CPU) | worst µs (CPU) |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for code, rounds in versions.items():
        for part, label in (
            ("both", "risk check + matcher"),
            ("matcher", "matcher"),
            ("risk", "risk check"),
        ):
            cells = " | ".join(_spread(rounds, part, f) for f in FIGURES)
            lines.append(f"| {code} | {label} | {cells} |")
    return "\n".join(lines)


def run(baseline: str = "", runs: str = "3") -> str:
    """Run the bench and return a Markdown report.

    Args:
        baseline: a git ref (e.g. ``main``) measured beside this tree, rounds alternating.
        runs: rounds per version (medians and ranges over them are shown).
    """
    count = max(1, int(runs or "1"))
    versions: dict[str, list[dict[str, object]]] = {"this tree": []}
    if baseline:
        versions[f"`{baseline}`"] = []
        with source_of(baseline) as tree:
            for _ in range(count):
                versions["this tree"].append(_round(ROOT))
                versions[f"`{baseline}`"].append(_round(tree))
    else:
        versions["this tree"] = [_round(ROOT) for _ in range(count)]
    cases = len(load_cases(DEV_SET))
    lines = [
        f"{cases} dev-set questions ({DEV_SET.name}) x {REPEATS} per round, {count} rounds per "
        "version, each a fresh interpreter, rounds alternating; thread CPU time, collector "
        "paused. Median over rounds (range).",
        "",
        table(versions),
        "",
        "Slowest questions (risk check + matcher, median of their samples), first round:",
    ]
    for code, rounds in versions.items():
        slowest = rounds[0]["slowest"]
        assert isinstance(slowest, list)
        shown = "; ".join(f"{t:,.0f} µs {q[:60]!r}" for q, t in slowest)
        lines.append(f"- {code}: {shown}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(json.dumps(measure()))
