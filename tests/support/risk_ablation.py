"""What each rule of the risk check costs: its catches and its false alarms, alone and with others.

A tuning helper: ``python -m tests.support.risk_ablation [--rows N] [--show UNIT]``.

A rule is one unit of the pack the check can fire on: a category's cue, term, worry or secret
phrase; a `together` item (all its groups); a `near` pair; a signal family (and, in a second
table, each signal word). For every labelled message of the development files (never a held-out
one) the check runs once as it is, then once with each rule that matched in the message taken
out (its hits removed before they are judged). A rule's **sole** catch or false alarm is a
signposted message that is no longer signposted without it; **with others** means it matched, the
message is signposted and one of the categories shown is the rule's, but the message stays
signposted without it. Files are counted in halves: A (harm-dev and practice-dev files numbered
odd, harm-dev.yaml and practice-dev.yaml being number 1), B (numbered even), and P (the other dev
files: dev-questions, risk-brainstorm-*, risk-paraphrase-*), whose labels are probes.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import yaml

import knowledge.risk as risk_module
from knowledge.loader import load_knowledge
from knowledge.risk import RiskDetector
from knowledge.risk_hits import find_hits
from knowledge.risk_pack import RiskPack
from knowledge.risk_types import Hit, Kind, Phrase, Tokens

DATA = Path(__file__).resolve().parents[1] / "data"
PATTERNS = (
    "harm-dev*.yaml",
    "practice-dev*.yaml",
    "dev-questions.yaml",
    "risk-brainstorm*.yaml",
    "risk-paraphrase*.yaml",
)
_NUMBER = re.compile(r"-dev(\d*)\.yaml$")
_COLUMNS = ("sole catch", "with catch", "sole FA", "with FA")

Unit = tuple[str, str, str]
"""(kind, category or family, text) of one rule."""
FIRED: Unit = ("", "", "")
"""Not a rule: the rules that fired in each signposted message, for `--messages`."""


def half_of(name: str) -> str:
    """A, B or P: the half a development file counts in."""
    found = _NUMBER.search(name)
    if found is None or not name.startswith(("harm-dev", "practice-dev")):
        return "P"
    number = int(found.group(1) or 1)
    return "A" if number % 2 else "B"


def labelled() -> Iterator[tuple[str, str, bool]]:
    """(file name, message, discloses) for every labelled development message, in order."""
    for pattern in PATTERNS:
        for path in sorted(DATA.glob(pattern)):
            if "holdout" in path.name:
                continue
            for item in yaml.safe_load(path.read_text("utf-8")) or []:
                risk = item.get("risk", False)
                if isinstance(risk, bool) and "q" in item:
                    yield path.name, str(item["q"]), risk


def unit_of(phrase: Phrase, pack: RiskPack, families: list[str], words: bool) -> Unit:
    """The rule a harm phrase belongs to (its signal family, or its word when `words`)."""
    kind = phrase.kind
    if kind is Kind.SIGNAL:
        return ("signal", families[phrase.item], phrase.text if words else "*")
    category = pack.categories[phrase.category]
    if kind in (Kind.GROUP, Kind.NEAR):
        items = category.together if kind is Kind.GROUP else category.near
        first = " / ".join(" | ".join(group[:2]) for group in items[phrase.item])
        return (kind.name.lower(), category.id, f"#{phrase.item}: {first}"[:90])
    return (kind.name.lower(), category.id, phrase.text)


Signposted = Callable[[Callable[[Phrase], bool]], bool]


@contextmanager
def reading(detector: RiskDetector, text: str) -> Iterator[Signposted]:
    """A test run on `text`, read and matched once: `signposted(kept)` says whether the check
    signposts it when only the harm hits whose phrase `kept` accepts are judged."""
    harm_index = detector._harm_index
    read = detector._tokens(text)
    found = {id(harm_index): find_hits(read, harm_index)}
    keep: list[Callable[[Phrase], bool]] = [lambda _: True]

    def cached(
        again: Tokens, index: Mapping[str, tuple[Phrase, ...]], _: object = None
    ) -> list[Hit]:
        hits = found.setdefault(id(index), find_hits(again, index))
        return [h for h in hits if keep[0](h.phrase)] if index is harm_index else hits

    def signposted(kept: Callable[[Phrase], bool]) -> bool:
        keep[0] = kept
        return detector.detect(text) is not None

    setattr(risk_module, "find_hits", cached)  # noqa: B010 (mypy: not exported, not assignable)
    tokens = detector._tokens

    def tokens_once(
        _: str, names: Collection[str] = (), *, every: bool = False, said: list[str] | None = None
    ) -> Tokens:
        return tokens(text, names, every=True, said=said) if every else read

    setattr(detector, "_tokens", tokens_once)  # noqa: B010
    try:
        yield signposted
    finally:
        setattr(risk_module, "find_hits", find_hits)  # noqa: B010
        delattr(detector, "_tokens")


def ablate(detector: RiskDetector, pack: RiskPack, words: bool) -> dict[Unit, Counter[str]]:
    """Per rule, the counts of `_COLUMNS` per half ("sole catch A"...) and, for its sole
    catches and false alarms, the messages."""
    families = list(pack.signals.families)
    table: dict[Unit, Counter[str]] = defaultdict(Counter)
    for name, text, risk in labelled():
        if detector.detect(text) is None:
            continue
        with reading(detector, text) as signposted:
            units = {
                unit_of(h.phrase, pack, families, words)
                for h in find_hits(detector._tokens(text), detector._harm_index)
            }
            for unit in units:

                def mine(p: Phrase, u: Unit = unit) -> bool:
                    return unit_of(p, pack, families, words) == u

                def others(p: Phrase, mine: Callable[[Phrase], bool] = mine) -> bool:
                    return not mine(p)

                alone = not signposted(others)
                if not alone and not signposted(mine):
                    continue  # matched, but does not signpost by itself
                table[FIRED][f"{risk}|{name}|{text}|{' '.join(unit)[:70]}{' (sole)' * alone}"] += 1
                column = ("sole " if alone else "with ") + ("catch" if risk else "FA")
                table[unit][f"{column} {half_of(name)}"] += 1
                if alone:
                    table[unit][f"{column}|{name}|{text}"] += 1
    return table


def per_file(detector: RiskDetector) -> str:
    """Disclosures signposted and false alarms per development file and per half."""
    counts: Counter[tuple[str, bool, bool]] = Counter()
    for name, text, risk in labelled():
        counts[name, risk, detector.detect(text) is not None] += 1
    names = sorted({name for name, _, _ in counts}, key=lambda n: (half_of(n), n))
    # caught, disclosures, false alarms, ordinary messages
    rows = {
        n: (
            counts[n, True, True],
            counts[n, True, True] + counts[n, True, False],
            counts[n, False, True],
            counts[n, False, True] + counts[n, False, False],
        )
        for n in names
    }
    for half in "ABP":
        mine = [rows[n] for n in names if half_of(n) == half]
        rows[f"half {half}"] = tuple(sum(column) for column in zip(*mine, strict=True))
    return "\n".join(
        f"{name}: caught {row[0]}/{row[1]}, false alarms {row[2]}/{row[3]}"
        for name, row in rows.items()
    )


def render(table: dict[Unit, Counter[str]], rows: int) -> str:
    """A markdown table of the rules, those whose sole false alarms most outnumber their sole
    catches first."""

    def total(counts: Counter[str], column: str) -> int:
        return sum(counts[f"{column} {h}"] for h in "ABP")

    def cost(unit: Unit) -> tuple[int, int]:
        counts = table[unit]
        return (
            total(counts, "sole catch") - total(counts, "sole FA"),
            -total(counts, "with FA"),
        )

    lines = [
        "| rule | " + " | ".join(f"{c} (A/B/P)" for c in _COLUMNS) + " |",
        "|---|" + "---|" * len(_COLUMNS),
    ]
    for unit in sorted(table, key=cost)[:rows]:
        counts = table[unit]
        cells = ["/".join(str(counts[f"{c} {h}"]) for h in "ABP") for c in _COLUMNS]
        lines.append(f"| {unit[0]} {unit[1]}: {unit[2]} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Print the tables (and the sole messages of rules matching --show)."""
    parser = argparse.ArgumentParser(prog="python -m tests.support.risk_ablation")
    parser.add_argument("--rows", type=int, default=40)
    parser.add_argument("--words", action="store_true", help="signal words, not families")
    parser.add_argument("--show", default="", help="print the sole messages of matching rules")
    parser.add_argument("--messages", action="store_true", help="the rules of each message")
    parser.add_argument("--files", action="store_true", help="only caught and false alarms")
    args = parser.parse_args(argv)
    knowledge = load_knowledge()
    detector = knowledge.risk_detector
    if args.files:
        print(per_file(detector))
        return 0
    table = ablate(detector, knowledge.risk, args.words)
    fired = table.pop(FIRED, Counter())
    print(render(table, args.rows))
    if args.messages:
        for key in sorted(k for k in fired if k.count("|") == 3):
            print("FIRED", key)
    if args.show:
        for unit, counts in table.items():
            if args.show in " ".join(unit):
                for key in sorted(k for k in counts if "|" in k):
                    print(" ".join(unit), "::", key)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
