"""The risk-of-harm check on 2,000-character messages, beside ``str.split`` of the same text.

Baseline: ``text.split()``, the least any check that reads every word must do. The messages are
2,000 characters cut from the development sets (practice questions, harm disclosures, and the
two mixed) and from the adversarial units of the matcher bench, where every word starts many
cues. Latency per message with ``perf_counter_ns`` after a warm-up, collector paused; medians and
99th percentiles, and the ratio of the check's median to the baseline's on the same messages.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from bench.bench_matcher import ADVERSARIAL, time_queries
from knowledge.loader import load_knowledge, qa_words
from knowledge.risk import RiskDetector

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
LENGTH = 2000
MESSAGES_PER_KIND = 40


def _texts(name: str, risk: bool | None) -> list[str]:
    items = yaml.safe_load((DATA / name).read_text("utf-8")) or []
    return [str(i["q"]) for i in items if risk is None or bool(i.get("risk")) == risk]


def _messages(texts: list[str], count: int = MESSAGES_PER_KIND) -> list[str]:
    """`count` messages of LENGTH characters, each the texts joined from a different start."""
    messages: list[str] = []
    for start in range(count):
        parts: list[str] = []
        size = 0
        i = start
        while size < LENGTH:
            text = texts[i % len(texts)]
            parts.append(text)
            size += len(text) + 1
            i += 1
        messages.append(" ".join(parts)[:LENGTH])
    return messages


def run() -> str:
    """Run the bench and return a Markdown report."""
    knowledge = load_knowledge()
    detector = RiskDetector(knowledge.risk, qa_words(knowledge.entries))
    ordinary = _texts("practice-dev.yaml", None) + _texts("dev-questions.yaml", None)
    disclosures = _texts("harm-dev.yaml", True) + _texts("harm-dev2.yaml", True)
    mixed = [t for pair in zip(ordinary, disclosures, strict=False) for t in pair]
    kinds = {
        "practice questions": _messages(ordinary),
        "harm disclosures": _messages(disclosures),
        "the two mixed": _messages(mixed),
        "adversarial units": _messages(list(ADVERSARIAL)),
    }
    lines = [
        f"Messages of {LENGTH:,} characters, {MESSAGES_PER_KIND} of each kind.",
        "",
        "| messages | str.split p50 µs | p99 µs | risk check p50 µs | p99 µs | p50 ratio |",
        "|---|---|---|---|---|---|",
    ]
    for name, messages in kinds.items():
        base = time_queries(str.split, messages)
        ours = time_queries(detector.detect, messages)
        lines.append(
            f"| {name} | {base.median_us:.1f} | {base.p99_us:.1f} | {ours.median_us:.0f} "
            f"| {ours.p99_us:.0f} | {ours.median_us / base.median_us:.0f}x |"
        )
    return "\n".join(lines)
