"""How the matcher's cost grows with the size of the Q&A pack: one fresh process per size.

For each size the published 14 entries are joined by generated ones (noise no dev-set question
asks about, so accuracy should not move), and a fresh interpreter measures: the cold build of
the `Matcher` (no index on disk yet: normalising everything, then writing the cache), the next
start reading that cache, the memory the first one keeps (resident set after the build minus
the resident set before it, the entries themselves already made), per-question latency over the
dev set (median, 99th percentile and the single worst question, garbage collector paused as
``timeit`` does) and accuracy with `knowledge.evaluation`. A fresh process per size keeps one
size's garbage out of the next one's memory figure.

Sizes are the number of generated entries added to the published 14. Run one size alone with
``python -m bench.matcher_growth 5000``; it prints JSON.
"""

from __future__ import annotations

import gc
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import yaml

import knowledge
from knowledge.evaluation import evaluate, load_cases
from knowledge.matching import Matcher, load_matcher_packs
from knowledge.qa_pack import QAEntry, QAPack

ROOT = Path(__file__).resolve().parents[1]
# The packs of the knowledge package measured: a baseline's own, which its code can read.
PACKS = Path(knowledge.__file__).resolve().parent / "packs"
DEV_SET = ROOT / "tests" / "data" / "dev-questions.yaml"
# Generated entries added to the published 14: the 514, 5,014 and 20,014 entries.
SIZES = (0, 500, 5_000, 20_000)


@dataclass(frozen=True)
class Growth:
    """One row of the growth table."""

    entries: int
    build_s: float
    cached_load_s: float
    memory_mib: float
    median_us: float
    p99_us: float
    worst_us: float
    worst_question: str
    answered_right: float
    declined: float
    # The same in CPU time of the process (build, start) or thread (questions): what a loaded,
    # shared machine does not inflate by making the process wait for a core.
    build_cpu_s: float = 0.0
    cached_load_cpu_s: float = 0.0
    p99_cpu_us: float = 0.0
    median_cpu_us: float = 0.0
    worst_cpu_us: float = 0.0


_FIELDS = frozenset(f.name for f in fields(Growth))


def generated_entries(count: int, seed: int = 7) -> list[QAEntry]:
    """Synthetic entries that look like a big organisation's own Q&A pack."""
    rng = random.Random(seed)
    syllables = ["ca", "re", "pol", "ist", "mon", "ter", "ad", "vi", "sor", "lan", "dex", "ur"]
    common = (
        "information",
        "sharing",
        "guidance",
        "consent",
        "record",
        "policy",
        "team",
        "service",
        "family",
        "child",
        "adult",
        "school",
        "health",
        "police",
        "referral",
        "assessment",
        "safeguarding",
        "practitioner",
        "manager",
        "agency",
        "data",
        "protocol",
        "meeting",
        "plan",
        "review",
        "case",
        "notes",
        "support",
        "risk",
    )
    invented = sorted(
        {"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(3000)}
    )
    stems = ["What is", "How do I", "Can I", "Why does", "Who should", "When must", "Do we"]

    def sentence(words: int) -> str:
        picked = [rng.choice(invented if rng.random() < 0.5 else common) for _ in range(words)]
        return f"{rng.choice(stems)} {' '.join(picked)}?"

    return [
        QAEntry(
            number=1000 + i,
            question=sentence(6),
            answer=" ".join(sentence(12) for _ in range(4)),
            alternates=tuple(sentence(rng.randint(3, 9)) for _ in range(20)),
            keywords=tuple(rng.choice(invented) for _ in range(5)),
        )
        for i in range(count)
    ]


def _rss_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def measure(extra: int, repeats: int) -> Growth:
    """Build a matcher with the published entries plus `extra` generated ones and measure it."""
    pack = QAPack.model_validate(yaml.safe_load((PACKS / "qa.yaml").read_text("utf-8")))
    not_covered, lexicon = load_matcher_packs(PACKS)
    entries = [*pack.entries, *generated_entries(extra)]
    cases = load_cases(DEV_SET)
    with tempfile.TemporaryDirectory() as cache:
        gc.collect()
        before = _rss_mib()
        started, cpu = time.perf_counter(), time.process_time()
        matcher = Matcher(entries, not_covered, lexicon, cache_dir=Path(cache))
        build, build_cpu = time.perf_counter() - started, time.process_time() - cpu
        after = _rss_mib()
        started, cpu = time.perf_counter(), time.process_time()
        Matcher(entries, not_covered, lexicon, cache_dir=Path(cache))
        load, load_cpu = time.perf_counter() - started, time.process_time() - cpu
    report = evaluate(matcher, cases)  # also the warm-up pass
    worst: dict[str, int] = {}
    samples: list[int] = []
    cpu_samples: list[int] = []
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeats):
            for case in cases:
                start, cpu_start = time.perf_counter_ns(), time.thread_time_ns()
                matcher.match(case.text)
                took = time.perf_counter_ns() - start
                cpu_samples.append(time.thread_time_ns() - cpu_start)
                samples.append(took)
                worst[case.text] = max(worst.get(case.text, 0), took)
    finally:
        gc.enable()
    samples.sort()
    cpu_samples.sort()
    slowest = max(worst, key=lambda q: worst[q])
    return Growth(
        entries=len(entries),
        build_s=build,
        cached_load_s=load,
        memory_mib=max(0.0, after - before),
        median_us=statistics.median(samples) / 1000,
        p99_us=samples[min(len(samples) - 1, int(len(samples) * 0.99))] / 1000,
        worst_us=worst[slowest] / 1000,
        worst_question=slowest,
        answered_right=report.answered_right_rate,
        declined=report.declined_rate,
        build_cpu_s=build_cpu,
        cached_load_cpu_s=load_cpu,
        p99_cpu_us=cpu_samples[min(len(cpu_samples) - 1, int(len(cpu_samples) * 0.99))] / 1000,
        median_cpu_us=statistics.median(cpu_samples) / 1000,
        worst_cpu_us=cpu_samples[-1] / 1000,
    )


def run_sizes(sizes: tuple[int, ...] = SIZES, *, root: Path = ROOT) -> list[Growth]:
    """Measure each size (generated entries beside the published 14) in a fresh interpreter.

    Args:
        sizes: numbers of generated entries.
        root: the source tree to measure (another version's, for a baseline).
    """
    rows = []
    for size in sizes:
        out = subprocess.run(
            [sys.executable, "-m", "bench.matcher_growth", str(size)],
            check=True,
            capture_output=True,
            text=True,
            cwd=root,
            # The tree's knowledge package first, then this bench (and its dev set).
            env={**os.environ, "PYTHONPATH": _path(root)},
        )
        found = json.loads(out.stdout.strip().splitlines()[-1])
        rows.append(Growth(**{k: v for k, v in found.items() if k in _FIELDS}))
    return rows


def _path(root: Path) -> str:
    return os.pathsep.join(dict.fromkeys(map(str, (root, ROOT))))


@contextmanager
def source_of(ref: str) -> Iterator[Path]:
    """The knowledge package (the matcher) as it is at git `ref` (e.g. ``main``), in a temporary
    tree; this bench measures it, so both sides are timed by the same code."""
    with tempfile.TemporaryDirectory(prefix="matcher-baseline-") as where:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", ref, "knowledge"],
            check=True,
            capture_output=True,
        )
        subprocess.run(["tar", "-x", "-C", where], input=archive.stdout, check=True)
        yield Path(where)


def median_rows(runs: list[list[Growth]]) -> list[Growth]:
    """Row by row, the median of each figure over repeated runs (the slowest question of the
    median run's worst time)."""
    rows = []
    for same in zip(*runs, strict=True):
        middle = sorted(same, key=lambda r: r.worst_us)[len(same) // 2]
        rows.append(
            Growth(
                entries=same[0].entries,
                build_s=statistics.median(r.build_s for r in same),
                cached_load_s=statistics.median(r.cached_load_s for r in same),
                memory_mib=statistics.median(r.memory_mib for r in same),
                median_us=statistics.median(r.median_us for r in same),
                p99_us=statistics.median(r.p99_us for r in same),
                worst_us=middle.worst_us,
                worst_question=middle.worst_question,
                answered_right=statistics.median(r.answered_right for r in same),
                declined=statistics.median(r.declined for r in same),
                build_cpu_s=statistics.median(r.build_cpu_s for r in same),
                cached_load_cpu_s=statistics.median(r.cached_load_cpu_s for r in same),
                p99_cpu_us=statistics.median(r.p99_cpu_us for r in same),
                median_cpu_us=statistics.median(r.median_cpu_us for r in same),
                worst_cpu_us=statistics.median(r.worst_cpu_us for r in same),
            )
        )
    return rows


def table(rows: list[Growth], baseline: list[Growth] | None = None, label: str = "") -> str:
    """The growth table in Markdown, with the slowest question of the biggest size named.

    With `baseline` (the same sizes measured with another version, `label`), each size has a
    row for each, the baseline's second.
    """
    lines = [
        "| entries | code | cold build s (CPU) | cached start s (CPU) | memory MiB "
        "| median µs (CPU) | p99 µs (CPU) | worst µs (CPU) | answered right | declined |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for i, r in enumerate(rows):
        lines.append(_line(r, "this branch" if baseline else "", entries=True))
        if baseline:
            lines.append(_line(baseline[i], label, entries=False))
    if rows:
        lines.append("")
        lines.append(
            f"- slowest question at {rows[-1].entries:,} entries: {rows[-1].worst_question!r}"
        )
    if baseline:
        lines.append(
            f"- {label} at {baseline[-1].entries:,} entries: {baseline[-1].worst_question!r}"
        )
    return "\n".join(lines)


def _line(r: Growth, code: str, *, entries: bool) -> str:
    return (
        f"| {f'{r.entries:,}' if entries else ''} | {code} "
        f"| {r.build_s:.2f} ({r.build_cpu_s:.2f}) "
        f"| {r.cached_load_s:.2f} ({r.cached_load_cpu_s:.2f}) "
        f"| {r.memory_mib:.0f} | {r.median_us:,.0f} ({r.median_cpu_us:,.0f}) "
        f"| {r.p99_us:,.0f} ({r.p99_cpu_us:,.0f}) "
        f"| {r.worst_us:,.0f} ({r.worst_cpu_us:,.0f}) | {r.answered_right:.1%} | {r.declined:.1%} |"
    )


def _main(argv: list[str]) -> int:
    extra = max(0, int(argv[0]))
    # Fewer timed passes for the big sizes keep the whole table to a few minutes.
    repeats = 5 if extra <= 500 else 2
    print(json.dumps(asdict(measure(extra, repeats))))
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
