"""The labelled dev messages and the candidate entries the assistant's matcher offers for them,
for the learnt quote verifier study (tests/support/quote_learnt.py; docs/matcher.md, "Round 18: a
learnt verifier"). Held-out files are never read.

Runs in this tree, or copied with quote_learnt.py and quote_verifier.py into an older tree (``git
archive``) to see what the matcher of that time offered: the labelled files are then read from
the tree named by ``QUOTE_LEARNT_DATA``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

try:
    from bot.core import Core
except ModuleNotFoundError:  # a tree from before bot.core (round 4 and earlier), for --history
    from bot.app import Core  # type: ignore[attr-defined,no-redef,unused-ignore]
from dialogs.evaluation import assistant_judge
from knowledge.matching import Match, MatchResult

ROOT = Path(os.environ.get("QUOTE_LEARNT_DATA") or Path(__file__).resolve().parents[2])
"""Where the labelled files and their history are read: this tree, or the tree named by
``QUOTE_LEARNT_DATA`` when these scripts are copied into an older one and run there."""
DATA = ROOT / "tests" / "data"
PROBES = ROOT / "tests" / "knowledge" / "data"
MIN_WORDS = 3
"""A rescue needs a message of 3 words or more."""
SHARING = re.compile(r"\b(shar\w*|disclos\w*|pass(?:ed|ing)? on|consent\w*)\b", re.IGNORECASE)
"""The harm-dev ordinary items kept are those that mention sharing, disclosing or consent."""
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


@dataclass(frozen=True)
class Item:
    """One labelled message."""

    text: str
    expect: frozenset[int]
    group: str
    file: str


@dataclass(frozen=True)
class Pair:
    """One candidate entry of one message, with the matcher's view of it."""

    text: str
    entry: int
    numbers: tuple[float, ...]
    label: bool
    answer: bool


def _page(source: str) -> str:
    return source.split("://", 1)[-1].removeprefix("www.").rstrip("/").lower()


def _files() -> list[Path]:
    names = [
        *sorted(DATA.glob("practice-dev*.yaml")),
        DATA / "dev-questions.yaml",
        *sorted(DATA.glob("harm-dev*.yaml")),
        *sorted(PROBES.glob("*.yaml")),
    ]
    return [p for p in names if "holdout" not in p.name]


def _added(path: Path) -> str:
    found = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%aI", "--", str(path.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return found[-1] if found else "9999"


def load_items() -> list[Item]:
    """Every labelled dev message (first copy of a text kept), oldest file first."""
    files = sorted(_files(), key=lambda p: (_added(p), p.name))
    seen: set[str] = set()
    out: list[Item] = []
    for path in files:
        assert "holdout" not in path.name
        for raw in yaml.safe_load(path.read_text("utf-8")) or []:
            text = str(raw["q"])
            if path.name.startswith("harm-dev") and (raw.get("risk") or not SHARING.search(text)):
                continue
            if text in seen:
                continue
            seen.add(text)
            expect = raw.get("expect")
            numbers = [] if expect is None else expect if isinstance(expect, list) else [expect]
            if "source" in raw:
                group = _page(str(raw["source"]))
            else:
                group = f"{path.name}:{sorted(numbers)}"
            out.append(Item(text, frozenset(int(n) for n in numbers), group, path.name))
    return out


def time_order() -> list[str]:
    """The files in the order they were added."""
    return [p.name for p in sorted(_files(), key=lambda p: (_added(p), p.name))]


# -- candidates -------------------------------------------------------------------------------


def candidates(result: MatchResult) -> list[tuple[Match, tuple[float, ...], bool]]:
    """The entries a matcher result offers, each with the numbers the verifier reads."""
    offered = [m for m in (result.answer, *result.suggestions) if m is not None]
    out: list[tuple[Match, tuple[float, ...], bool]] = []
    top = offered[0].score if offered else 0.0
    for rank, match in enumerate(offered):
        following = offered[rank + 1].score if rank + 1 < len(offered) else 0.0
        numbers = (
            match.score / 100.0,
            rank / 2.0,
            float(result.answer is not None and rank == 0),
            float(getattr(result, "withheld", False)),  # not in the oldest trees
            (match.score - following) / 100.0,
            (top - match.score) / 100.0,
        )
        out.append((match, numbers, result.answer is not None and rank == 0))
    return out


Hook = Callable[[str, MatchResult], MatchResult]


def hooked(core: Core, hook: Hook | None, seen: list[tuple[str, MatchResult]]) -> None:
    """Route the assistant's matcher results through ``hook``, recording the originals."""
    qa = core.assistant._qa  # research: the one place results reach the dialogs
    original = type(qa).match.__get__(qa)

    def match(text: str, parts: Any = None) -> MatchResult:
        # An older tree's `QAAnswers.match` takes the text alone.
        result = original(text) if parts is None else original(text, parts)
        seen.append((text, result))
        return hook(text, result) if hook is not None else result

    qa.match = match  # type: ignore[method-assign]


def collect(core: Core, items: Sequence[Item]) -> list[Pair]:
    """The candidate pairs of every item, as the assistant's matcher results offer them."""
    seen: list[tuple[str, MatchResult]] = []
    hooked(core, None, seen)
    judge = assistant_judge(core.assistant)
    expect = {i.text: i.expect for i in items}
    pairs: dict[tuple[str, int], Pair] = {}
    for item in items:
        judge(item.text)
    for text, result in seen:
        labels = expect.get(text, frozenset())
        for match, numbers, is_answer in candidates(result):
            key = (text, match.number)
            if key not in pairs:
                pairs[key] = Pair(text, match.number, numbers, match.number in labels, is_answer)
    return list(pairs.values())


def words(text: str) -> int:
    """How many words (2 or more letters or digits) a message holds."""
    return len(_TOKEN.findall(text))


def write_pairs(pairs: Sequence[Pair], path: Path) -> None:
    """Keep ``pairs`` as JSON, for ``--history``."""
    rows = [[p.text, p.entry, list(p.numbers), p.label, p.answer] for p in pairs]
    path.write_text(json.dumps(rows), encoding="utf-8")


def read_pairs(path: Path) -> list[Pair]:
    """Pairs written by `write_pairs`."""
    return [
        Pair(str(t), int(e), tuple(float(x) for x in n), bool(lab), bool(a))
        for t, e, n, lab, a in json.loads(path.read_text(encoding="utf-8"))
    ]


def quoted_by_assistant(core: Core, items: Sequence[Item]) -> set[tuple[str, int]]:
    """The (text, entry) pairs the shipped assistant quotes."""
    judge = assistant_judge(core.assistant)
    out = set()
    for item in items:
        quoted = judge(item.text).quoted
        if quoted is not None:
            out.add((item.text, quoted))
    return out
