"""`infoshare report`'s grouping of unanswered questions, as the number of different ones grows.

Questions are made from the dev set's 320 questions, each varied at random (words swapped for
words of the built-in knowledge packs, words dropped or added, a letter slipped), so they come in
clusters of near-repeats among many one-offs, as real unanswered questions do. The baseline
is the grouping as it was, each phrasing compared with every group leader, run in the same
process on the same questions where it finishes in reasonable time; the agreement column
says how many phrasings end up in exactly the same group as the baseline puts them.
"""

from __future__ import annotations

import asyncio
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import yaml

from bot.insight.journal import Journal
from bot.insight.phrasing_groups import Group, group_similar, phrasing_key
from knowledge.loader import builtin_packs_dir
from tests.support.grouping import group_comparing_every_leader

ROOT = Path(__file__).resolve().parents[1]
SIZES = (2_000, 5_000, 20_000, 100_000)
BASELINE_UP_TO = 5_000
ROUNDS = 3


def questions(count: int, seed: int = 18) -> list[str]:
    """`count` different questions, varied from the dev set, some asked more than once."""
    rng = random.Random(seed)
    dev = yaml.safe_load((ROOT / "tests" / "data" / "dev-questions.yaml").read_text("utf-8"))
    templates = [item["q"] for item in dev]
    packs = " ".join(p.read_text("utf-8") for p in builtin_packs_dir().glob("*.yaml"))
    vocabulary = sorted(set(re.findall(r"[a-z]{3,}", packs.lower())))
    seen: set[str] = set()
    made: list[str] = []
    while len(made) < count:
        words = rng.choice(templates).split()
        for _ in range(rng.randint(0, 3)):
            where = rng.randrange(len(words) + 1)
            change = rng.random()
            if change < 0.4 and len(words) > 2 and where < len(words):
                words[where] = rng.choice(vocabulary)
            elif change < 0.6 and len(words) > 2 and where < len(words):
                del words[where]
            elif change < 0.8:
                words.insert(where, rng.choice(vocabulary))
            elif where < len(words) and len(words[where]) > 3:
                w = words[where]
                cut = rng.randrange(1, len(w) - 1)
                words[where] = w[:cut] + w[cut + 1] + w[cut] + w[cut + 2 :]
        text = " ".join(words)
        if phrasing_key(text) in seen:
            continue
        seen.add(phrasing_key(text))
        made.append(text)
    # Some are asked again, as people do: the commonest name their groups.
    return made + [rng.choice(made) for _ in range(count // 10)]


def _timed(
    group: Callable[[list[str]], list[Group]], texts: list[str]
) -> tuple[float, list[Group]]:
    started = time.perf_counter()
    groups = group(texts)
    return time.perf_counter() - started, groups


def _journal_with(texts: list[str], path: Path) -> None:
    """A real journal file holding `texts` as declined questions, asked today."""

    async def create() -> None:
        journal = await Journal.open(path, keep_text=True, keep_days=30)
        await journal.close()

    asyncio.run(create())
    now = time.time()
    today = datetime.fromtimestamp(now, UTC).date().isoformat()
    raw = sqlite3.connect(path)
    with raw:
        raw.executemany(
            "INSERT INTO questions VALUES (?, ?, 'slack', 'declined', ?, NULL, NULL, '[]', ?)",
            ((f"r{n}", today, text, now + 86_400) for n, text in enumerate(texts)),
        )
        raw.execute(
            "INSERT INTO counts VALUES (?, 'slack', 'declined', ?, ?)",
            (today, len(texts), now + 86_400),
        )
    raw.close()


def _whole_command(size: int) -> str:
    """Time `infoshare report` on a journal of `size` different questions, as a user runs it."""
    with tempfile.TemporaryDirectory() as scratch:
        journal = Path(scratch) / "insight.sqlite3"
        _journal_with(questions(size), journal)
        command = [sys.executable, "-m", "bot.cli", "report", str(journal), "--out", scratch]
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=scratch)
        seconds = time.perf_counter() - started
    return (
        f"`infoshare report` on a journal of {size:,} different questions "
        f"(plus {size // 10:,} asked again), the whole command: {seconds:.1f} s."
    )


def _agreement(ours: list[Group], theirs: list[Group]) -> float:
    def placement(groups: list[Group]) -> dict[str, frozenset[str]]:
        return {p: frozenset(g.phrasings) for g in groups for p in g.phrasings}

    a, b = placement(ours), placement(theirs)
    return sum(a[p] == b[p] for p in a) / len(a)


def run() -> str:
    """Time the grouping at each size beside the quadratic baseline, alternating rounds."""
    lines = [
        f"Grouping unanswered questions; {ROUNDS} rounds alternating where the baseline runs; "
        "medians (range) in seconds.",
        "",
        "| different questions | groups | baseline s | infoshare s | ratio "
        "| same group as baseline |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for size in SIZES:
        texts = questions(size)
        ours: list[float] = []
        theirs: list[float] = []
        rounds = ROUNDS if size <= BASELINE_UP_TO else 1
        for _ in range(rounds):
            seconds, groups = _timed(group_similar, texts)
            ours.append(seconds)
            if size <= BASELINE_UP_TO:
                seconds, baseline = _timed(group_comparing_every_leader, texts)
                theirs.append(seconds)
        if theirs:
            base = _spread(theirs)
            ratio = f"{statistics.median(theirs) / statistics.median(ours):.0f}x"
            same = f"{_agreement(groups, baseline):.1%}"
        else:
            base, ratio, same = "not run (quadratic)", "", ""
        lines.append(
            f"| {size:,} | {len(groups):,} | {base} | {_spread(ours)} | {ratio} | {same} |"
        )
    lines += ["", _whole_command(SIZES[-1])]
    return "\n".join(lines)


def _spread(values: list[float]) -> str:
    median = statistics.median(values)
    if len(values) == 1:
        return f"{median:.2f}"
    return f"{median:.2f} ({min(values):.2f} to {max(values):.2f})"
