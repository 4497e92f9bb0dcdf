"""One decision per labelled message, timed and written down, for the decide bench.

Run in a fresh interpreter with a source tree's packages first on the path (that is how
`bench_decide` measures another git ref beside this one): ``python -m bench.decisions time``
prints one JSON object of CPU times per decision, and ``python -m bench.decisions dump`` prints
every decision, one line per message, for two trees to be compared line by line.

A decision is what the doors act on: `Assistant.decide` on a typed message, the first turn of a
returning person's conversation (the dev sets' setting), as the evaluation and `infoshare ask`
call it. Its line is the new state, every reply and the turn's facts (their `repr`), then the
matcher's result and the risk check's finding for the same text. Messages come from every
labelled development file in tests/data (never a held-out one) and the risk brainstorm files.
"""

from __future__ import annotations

import gc
import hashlib
import json
import statistics
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import yaml

from bot.core import Core, build_core
from dialogs.contract import Turn
from dialogs.facts import fixed_clock
from dialogs.state import ConversationState

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
PATTERNS = ("dev-questions.yaml", "practice-dev*.yaml", "harm-dev*.yaml", "risk-brainstorm*.yaml")
TIMED = PATTERNS[:3]
"""The files timed: the dev sets the brief names (the brainstorm files are only compared)."""
DOOR_QUESTION = "<@UBOT> Why is information sharing important?"
"""What the Slack bench's every event asks (`bench.bench_slack.QUESTION`, as a mention)."""
REPEATS = 3
_RETURNING = ConversationState(greeted=True, reminded=True)
_CLOCK = fixed_clock(datetime(2026, 1, 1, tzinfo=UTC))


def messages(patterns: tuple[str, ...] = PATTERNS) -> list[str]:
    """The labelled messages of the files matching `patterns`, file by file, in order."""
    found: list[str] = []
    for pattern in patterns:
        for path in sorted(DATA.glob(pattern)):
            if "holdout" not in path.name:
                # The brainstorm files hold messages without the labels `load_cases` wants.
                found.extend(item["q"] for item in yaml.safe_load(path.read_text("utf-8")))
    return found


def decision_lines(core: Core, texts: list[str]) -> Iterator[str]:
    """One line per message: everything the core decided about it, as `repr`s."""
    risk = core.knowledge.risk_detector
    for text in texts:
        state, replies, facts = core.assistant.decide(_RETURNING, _turn(text), _CLOCK)
        yield repr((state, replies, facts, core.matcher.match(text), risk.detect(text)))


def cpu_per_decision(core: Core, texts: list[str]) -> list[int]:
    """Thread CPU time in nanoseconds of each decision, `REPEATS` passes after a warm-up pass,
    the garbage collector paused (as `timeit` does)."""
    turns = [_turn(text) for text in texts]
    decide = core.assistant.decide
    for turn in turns:
        decide(_RETURNING, turn, _CLOCK)
    samples: list[int] = []
    clock = time.thread_time_ns
    gc.collect()
    gc.disable()
    try:
        for _ in range(REPEATS):
            for turn in turns:
                start = clock()
                decide(_RETURNING, turn, _CLOCK)
                samples.append(clock() - start)
    finally:
        gc.enable()
    return samples


def figures(samples: list[int]) -> dict[str, float]:
    """Median, 99th percentile and mean of samples in nanoseconds, as microseconds."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return {
        "median_us": statistics.median(ordered) / 1000,
        "p99_us": p99 / 1000,
        "mean_us": statistics.fmean(ordered) / 1000,
    }


def _turn(text: str) -> Turn:
    return Turn("bench", "conversation", "person", text=text)


def main(argv: list[str]) -> int:
    """``time``: JSON figures for the dev sets and the door's question; ``dump``: the lines."""
    command = argv[0] if argv else "time"
    core = build_core()
    if command == "dump":
        for line in decision_lines(core, messages()):
            print(line)
        return 0
    if command != "time":
        print("usage: python -m bench.decisions [time|dump]", file=sys.stderr)
        return 2
    texts = messages(TIMED)
    digest = hashlib.sha256()
    for line in decision_lines(core, messages()):
        digest.update(line.encode() + b"\n")
    result = {
        "messages": len(texts),
        "dev": figures(cpu_per_decision(core, texts)),
        "door": figures(cpu_per_decision(core, [DOOR_QUESTION] * 200)),
        "digest": digest.hexdigest(),
        "code": str(Path(sys.modules[build_core.__module__].__file__ or "").parents[1]),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
