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

Time on a shared machine swings by more than most changes, so ``--instructions=1`` also counts
the instructions a question costs, which do not (callgrind, when valgrind is installed): each
version once more in a fresh interpreter under ``valgrind --tool=callgrind --instr-atstart=no``,
instrumentation on only around one pass of each part after a warm-up pass, for the slowest
decile of the questions (by this tree's first round) apart from the rest.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
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


def _parts() -> tuple[dict[str, Callable[[str], object]], list[str]]:
    """The parts measured (the matcher alone, the risk check alone, both) and the questions."""
    pack = QAPack.model_validate(yaml.safe_load((PACKS / "qa.yaml").read_text("utf-8")))
    not_covered, lexicon = load_matcher_packs(PACKS)
    matcher = Matcher(pack.entries, not_covered, lexicon)
    knowledge = load_knowledge()
    cues = RiskDetector(knowledge.risk, qa_words(knowledge.entries))
    # The learnt second opinion, where this tree has one: asked when the cues find nothing, as
    # the assistant asks it (dialogs/risk_reading.py).
    model = getattr(knowledge, "risk_model", None)
    queries = [c.text for c in load_cases(DEV_SET)]
    unread = _unread(matcher.known_words | cues.known_words, knowledge.risk.markers)

    def risk(query: str) -> None:
        if unread(query):  # not in English: the assistant reads no further (round 46)
            return
        if cues.detect(query) is None and model is not None:
            model.fires(query)

    def both(query: str) -> None:
        risk(query)
        matcher.match(query)

    return {"matcher": matcher.match, "risk": risk, "both": both}, queries


def _unread(known: frozenset[str], markers: Mapping[str, Sequence[str]]) -> Callable[[str], bool]:
    """The reading of a message in another language that every typed message gets first
    (`knowledge.english_share`), where this tree has one; else one that reads nothing."""
    try:
        from knowledge.english_share import not_english  # noqa: PLC0415 (not in older trees)
    except ImportError:
        return lambda _: False
    also = frozenset(markers.get("english-also", ()))
    return lambda query: not_english(query, known, also)


def measure() -> dict[str, object]:
    """One round in this interpreter: the matcher alone, the risk check alone (the cues, then the
    learnt model where they find nothing and this tree has one), and both; and the slowest
    decile of the questions (risk check + matcher, by their median)."""
    parts, queries = _parts()
    found: dict[str, object] = {}
    for name, step in parts.items():
        samples = _timed(step, queries)
        found[name] = figures([s for each in samples.values() for s in each])
        if name == "both":
            typical = {q: statistics.median(s) / 1000 for q, s in samples.items()}
            slowest = sorted(typical, key=lambda q: -typical[q])[:SLOWEST]
            found["slowest"] = [[q, typical[q]] for q in slowest]
            found["decile"] = sorted(typical, key=lambda q: -typical[q])[: len(queries) // 10]
    return found


def _callgrind(*args: str) -> str:
    """`callgrind_control` on this process (which must run under callgrind)."""
    command = ["callgrind_control", *args, str(os.getpid())]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _counted(step: Callable[[str], object], queries: Sequence[str]) -> int:
    """Instructions of one pass of `step` over `queries`, less those of counting an empty pass."""

    def count(run: Callable[[], object]) -> int:
        _callgrind("--instr=on")
        _callgrind("--zero")
        run()
        totals = _callgrind("-e")
        _callgrind("--instr=off")
        return int(totals.split()[-1].replace(",", ""))

    return count(lambda: [step(q) for q in queries]) - count(lambda: None)


def count(decile: Sequence[str]) -> dict[str, dict[str, float]]:
    """Under callgrind: instructions a question of each part, for the `decile` questions and
    for the rest, after a warm-up pass."""
    parts, queries = _parts()
    slow = [q for q in queries if q in set(decile)]
    rest = [q for q in queries if q not in set(decile)]
    found: dict[str, dict[str, float]] = {}
    for name, step in parts.items():
        for query in queries:
            step(query)
        found[name] = {
            group: _counted(step, chosen) / max(1, len(chosen))
            for group, chosen in (("slowest", slow), ("rest", rest))
        }
    return found


def _count_round(root: Path, decile: Sequence[str], scratch: Path) -> dict[str, object]:
    (scratch / "decile.json").write_text(json.dumps(list(decile)), "utf-8")
    out = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={scratch / 'callgrind.out'}",
            sys.executable,
            "-m",
            "bench.bench_tail",
            str(scratch / "decile.json"),
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=root,
        env={
            **os.environ,
            "PYTHONHASHSEED": "0",
            "PYTHONPATH": os.pathsep.join(dict.fromkeys(map(str, (root, ROOT)))),
        },
    )
    found: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return found


def instruction_table(versions: dict[str, dict[str, object]], slow: int, rest: int) -> str:
    """The Markdown table of instructions a question, each version beside the first's."""
    first = next(iter(versions.values()))
    lines = [
        f"| code | part | slowest decile ({slow}), instructions | | the rest ({rest}) | |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for code, counts in versions.items():
        for part, label in _LABELS:
            cells = []
            for group in ("slowest", "rest"):
                value = float(counts[part][group])  # type: ignore[index]
                base = float(first[part][group])  # type: ignore[index]
                cells += [f"{value:,.0f}", f"{value / base - 1:+.1%}" if base else ""]
            lines.append(f"| {code} | {label} | {' | '.join(cells)} |")
    return "\n".join(lines)


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


_LABELS = (("both", "risk check + matcher"), ("matcher", "matcher"), ("risk", "risk check"))


def table(versions: dict[str, list[dict[str, object]]]) -> str:
    """The Markdown table: each version's median over rounds of each figure, with its range."""
    lines = [
        "| code | part | median µs (CPU) | p99 µs (CPU) | worst µs (CPU) |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for code, rounds in versions.items():
        for part, label in _LABELS:
            cells = " | ".join(_spread(rounds, part, f) for f in FIGURES)
            lines.append(f"| {code} | {label} | {cells} |")
    return "\n".join(lines)


def run(baseline: str = "", runs: str = "3", instructions: str = "") -> str:
    """Run the bench and return a Markdown report.

    Args:
        baseline: a git ref (e.g. ``main``) measured beside this tree, rounds alternating.
        runs: rounds per version (medians and ranges over them are shown).
        instructions: any value but "" or "0" also counts instructions (needs valgrind).
    """
    count = max(1, int(runs or "1"))
    versions: dict[str, list[dict[str, object]]] = {"this tree": []}
    counts: dict[str, dict[str, object]] = {}
    counting = instructions not in ("", "0")
    with contextlib.ExitStack() as stack:
        roots = {"this tree": ROOT}
        if baseline:
            roots = {f"`{baseline}`": stack.enter_context(source_of(baseline)), **roots}
        versions = {code: [] for code in roots}
        for _ in range(count):
            for code in reversed(roots):
                versions[code].append(_round(roots[code]))
        decile = versions["this tree"][0]["decile"]
        assert isinstance(decile, list)
        if counting and shutil.which("valgrind"):
            scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="tail-")))
            counts = {code: _count_round(root, decile, scratch) for code, root in roots.items()}
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
    if counts:
        lines += [
            "",
            "Instructions a question (callgrind, one pass after a warm-up; the slowest decile "
            "by this tree's first round), each version beside the first:",
            "",
            instruction_table(counts, len(decile), cases - len(decile)),
        ]
    elif counting:
        lines += ["", "Instructions not counted: valgrind is not installed."]
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) > 1:  # under callgrind, with the decile's file: count instructions
        print(json.dumps(count(json.loads(Path(sys.argv[1]).read_text("utf-8")))))
    else:
        print(json.dumps(measure()))
