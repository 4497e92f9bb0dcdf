"""The matcher beside a plain rapidfuzz baseline: accuracy on the dev set, and per-query latency.

Baseline: ``process.extractOne(query, titles, scorer=WRatio)`` over the 14 published titles,
declining when the score is below 80. Latency is measured per query with ``perf_counter_ns``
after a warm-up pass, with the garbage collector paused as ``timeit`` does; medians and 99th
percentiles are reported. Generated packs of 500, 5,000 and 20,000 entries (each with 20
alternates and 5 keywords) show how the matcher scales (`bench.matcher_growth`; choose the sizes
with ``python -m bench matcher --sizes 0,500,5000``). The risk-of-harm
check runs before the matcher on every typed message, so it is timed alone and together with the
matcher, and on adversarial 4,000-character messages beside 400-character ones (linear time).
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import yaml
from rapidfuzz import fuzz, process, utils

from bench.matcher_growth import (
    DEV_SET,
    PACKS,
    SIZES,
    Growth,
    median_rows,
    run_sizes,
    source_of,
    table,
)
from knowledge.evaluation import EvalCase, EvalReport, evaluate, load_cases
from knowledge.loader import load_knowledge, qa_words
from knowledge.matching import Match, Matcher, MatchResult, load_matcher_packs
from knowledge.qa_pack import QAEntry, QAPack
from knowledge.risk import RiskDetector

BASELINE_THRESHOLD = 80.0
REPEATS = 5
# Messages built to make the risk check work hardest: every word starts many cues.
ADVERSARIAL = (
    "he she him her ",
    "my mum my dad my stepdad ",
    "hit her hit him with a belt ",
    "if i tell anyone ",
    "she said her dad hit her and she is scared to go home, ",
    "negelcted touchd strangld aaaaaaaa ",
)
LONG_ACCOUNT = "Here is a long account of what happened with the family. " * 900
"""About 52,000 characters of story before the question: the longest message the matcher is
timed on (a person pasting case notes)."""
FALLBACK_QUERIES = (
    "What is an ISP?",
    "do I need consent to share",
    "why was the guidance updated",
    "can you share the slides",
    "ok",
    "how long should we keep records",
)


@dataclass(frozen=True)
class Timing:
    """Per-query latency in microseconds."""

    median_us: float
    p99_us: float


class Baseline:
    """WRatio against the published titles only; declines below a fixed score."""

    def __init__(self, entries: Sequence[QAEntry], threshold: float = BASELINE_THRESHOLD) -> None:
        """Keep the titles, pre-processed once."""
        self._numbers = [e.number for e in entries]
        self._titles = [utils.default_process(e.question) for e in entries]
        self._threshold = threshold

    def match(self, text: str) -> MatchResult:
        """The best title if it scores at least the threshold, else nothing."""
        found = process.extractOne(
            utils.default_process(text), self._titles, scorer=fuzz.WRatio, processor=None
        )
        if found is None or found[1] < self._threshold:
            return MatchResult()
        return MatchResult(answer=Match(self._numbers[found[2]], float(found[1])))


def time_queries(match: Callable[[str], object], queries: Sequence[str]) -> Timing:
    """Median and 99th-percentile latency of `match` over `queries`, after one warm-up pass.

    As `timeit` does, the garbage collector is paused while timing, so that a collection
    triggered by earlier allocations is not charged to whichever query happens to run then.
    """
    for query in queries:
        match(query)
    samples: list[int] = []
    gc.collect()
    gc.disable()
    try:
        for _ in range(REPEATS):
            for query in queries:
                start = time.perf_counter_ns()
                match(query)
                samples.append(time.perf_counter_ns() - start)
    finally:
        gc.enable()
    samples.sort()
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    return Timing(statistics.median(samples) / 1000, p99 / 1000)


def _row(name: str, report: EvalReport | None, timing: Timing) -> str:
    right = f"{report.answered_right_rate:.1%}" if report else "n/a"
    declined = f"{report.declined_rate:.1%}" if report else "n/a"
    return f"| {name} | {right} | {declined} | {timing.median_us:.0f} | {timing.p99_us:.0f} |"


def run(sizes: str = "", baseline: str = "", runs: str = "1") -> str:
    """Run the bench and return a Markdown report.

    Args:
        sizes: comma-separated numbers of generated entries for the growth table, each added to
            the published 14 (default ``0,500,5000,20000``).
        baseline: a git ref (e.g. ``main``) whose matcher is measured beside this one in the
            growth table, in the same run, rounds alternating.
        runs: how many times each size is measured (medians are shown).
    """
    growth_sizes = tuple(int(s) for s in sizes.split(",") if s.strip()) if sizes else SIZES
    pack = QAPack.model_validate(yaml.safe_load((PACKS / "qa.yaml").read_text("utf-8")))
    not_covered, lexicon = load_matcher_packs(PACKS)
    started = time.perf_counter()
    ours = Matcher(pack.entries, not_covered, lexicon)
    build_small = time.perf_counter() - started
    wratio = Baseline(pack.entries)
    cases: list[EvalCase] = load_cases(DEV_SET) if DEV_SET.exists() else []
    queries = [c.text for c in cases] or list(FALLBACK_QUERIES)

    ours_report = evaluate(ours, cases) if cases else None
    base_report = evaluate(wratio, cases) if cases else None
    ours_time = time_queries(ours.match, queries)
    base_time = time_queries(wratio.match, queries)

    knowledge = load_knowledge()
    risk = RiskDetector(knowledge.risk, qa_words(knowledge.entries))
    risk_time = time_queries(risk.detect, queries)

    def checked(query: str) -> None:
        risk.detect(query)
        ours.match(query)

    both_time = time_queries(checked, queries)
    adversarial = [(u * (4000 // len(u) + 1))[:4000] for u in ADVERSARIAL]
    short = [(u * (400 // len(u) + 1))[:400] for u in ADVERSARIAL]
    long_time = time_queries(risk.detect, adversarial)
    short_time = time_queries(risk.detect, short)

    pasted = [LONG_ACCOUNT + q for q in queries[:20]]
    pasted_time = time_queries(ours.match, pasted)
    asked_time = time_queries(ours.match, queries[:20])

    growth, before = _growth(growth_sizes, baseline, max(1, int(runs or "1")))

    lines = [
        f"{len(cases)} dev-set questions ({DEV_SET.name}); latency over {len(queries)} "
        f"queries x {REPEATS} after warm-up, garbage collector paused while timing.",
        "",
        "| matcher | answered right | declined | median µs | p99 µs |",
        "| --- | ---: | ---: | ---: | ---: |",
        _row("infoshare matcher, 14 entries", ours_report, ours_time),
        _row(
            f"baseline WRatio on titles (decline < {BASELINE_THRESHOLD:.0f})",
            base_report,
            base_time,
        ),
        _row("risk-of-harm check alone", None, risk_time),
        _row("risk check + infoshare matcher, 14 entries", ours_report, both_time),
        "",
        f"- risk check on adversarial messages ({len(ADVERSARIAL)} kinds): 400 characters "
        f"median {short_time.median_us:.0f} µs, p99 {short_time.p99_us:.0f} µs; 4,000 characters "
        f"median {long_time.median_us:.0f} µs, p99 {long_time.p99_us:.0f} µs "
        f"({long_time.median_us / short_time.median_us:.1f}x for 10x the text)",
        f"- matcher on the same questions after {len(LONG_ACCOUNT):,} characters of pasted "
        f"story: median {pasted_time.median_us:.0f} µs, p99 {pasted_time.p99_us:.0f} µs "
        f"({pasted_time.median_us / asked_time.median_us:.1f}x the questions alone)",
        f"- latency ratio ours/baseline: median {ours_time.median_us / base_time.median_us:.1f}x, "
        f"p99 {ours_time.p99_us / base_time.p99_us:.1f}x",
        f"- build time: 14 entries {build_small * 1000:.0f} ms",
    ]
    if ours_report and base_report:
        lines.append(
            f"- right first (answer or first suggestion): ours {ours_report.right_first_rate:.1%}, "
            f"baseline {base_report.right_first_rate:.1%}"
        )
    lines += [
        "",
        "Growth with the size of the pack (published 14 + generated entries; one fresh process "
        "per size; the cold build normalises everything and writes the on-disk index, the "
        "cached start reads it; memory kept after the cold build):",
        "",
        table(growth, before, f"`{baseline}` (baseline)"),
    ]
    return "\n".join(lines)


def _growth(
    sizes: tuple[int, ...], baseline: str, runs: int
) -> tuple[list[Growth], list[Growth] | None]:
    ours: list[list[Growth]] = []
    theirs: list[list[Growth]] = []
    if not baseline:
        return median_rows([run_sizes(sizes) for _ in range(runs)]), None
    with source_of(baseline) as tree:
        for _ in range(runs):
            ours.append(run_sizes(sizes))
            theirs.append(run_sizes(sizes, root=tree))
    return median_rows(ours), median_rows(theirs)
