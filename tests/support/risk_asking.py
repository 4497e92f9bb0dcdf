"""Choosing the learnt model's threshold for messages asking to share (docs/risk-learnt.md,
"Round 29 (miss29)"); no scikit-learn.

    python -m tests.support.risk_asking [--budget 3] [--list]

Reads only the development files the shipped model did not train on (`RiskModel.trained_on`;
never a held-out file): each message as the first of a conversation, as the assistant reads it.
Among those the cues find nothing in, of the model's 3 words or more and scoring under its alarm
threshold, it takes the ones `dialogs.share_asks.asks_to_share` reads as asking for a decision about
sharing, and prints, for each threshold down to the lowest such score, the disclosures it would
add and the ordinary messages it would newly alarm; then the lowest threshold whose new false
alarms stay within the budget (per 100 ordinary fresh messages asking to share, rounded down).
``--list`` prints each candidate's score and label (not its words: fresh files stay fresh).
"""

from __future__ import annotations

import argparse
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.core import build_core
from dialogs.clean_input import clean_input
from dialogs.risk_reading import RiskReading
from dialogs.share_asks import asks_to_share
from dialogs.typed import simplify
from knowledge.evaluation import load_cases
from knowledge.risk_model import MAX_CHARS, MIN_WORDS

if TYPE_CHECKING:
    from bot.core import Core

DATA = Path("tests/data")
DEV_FILE = re.compile(r"(harm-dev|practice-dev|dev-questions)\d*\.yaml")
"""The labelled development sets (risk-brainstorm files are training data, not labelled sets)."""
_WORD = re.compile(r"(?u)\b\w\w+\b")
"""The words `RiskModel.fires` counts (scikit-learn's token pattern)."""


@dataclass(frozen=True)
class Candidate:
    """A message the cues find nothing in and the model scores under its alarm threshold."""

    file: str
    item: int
    score: float
    risk: bool
    asks: bool


def fresh_files(trained_on: tuple[str, ...]) -> list[Path]:
    """The development files not among `trained_on` (held-out files are never listed)."""
    return sorted(
        p
        for p in DATA.glob("*.yaml")
        if "holdout" not in p.name
        and DEV_FILE.fullmatch(p.name)
        and p.name not in trained_on
        and p.stem not in trained_on
    )


def candidates(core: Core, files: list[Path]) -> tuple[list[Candidate], dict[str, int]]:
    """The candidates of `files`, and how many messages of each kind the files hold (with the
    disclosures the shipped OR misses, and of those the ones asking to share)."""
    risk = RiskReading(core.knowledge, core.matcher)  # as the assistant reads: names and all
    model = core.knowledge.risk_model
    found: list[Candidate] = []
    counts = dict.fromkeys(
        (
            "disclosures",
            "disclosures asking",
            "ordinary",
            "ordinary asking",
            "missed",
            "missed asking",
        ),
        0,
    )
    for path in files:
        for number, case in enumerate(load_cases(path), start=1):
            text = clean_input(case.text)
            asks = asks_to_share(simplify(text))
            kind = "disclosures" if case.risk else "ordinary"
            counts[kind] += 1
            counts[kind + " asking"] += asks
            if risk.detect(text, second_opinion=False) is not None:
                continue
            if case.risk and not model.fires(text):
                counts["missed"] += 1
                counts["missed asking"] += asks
            # the model's own floor (`RiskModel.fires`): under it no threshold applies
            if len(_WORD.findall(text[:MAX_CHARS])) < MIN_WORDS:
                continue
            score = model.score(text)
            if score < model.threshold:
                found.append(Candidate(path.stem, number, score, case.risk, asks))
    return found, counts


def main() -> None:
    """Print the table of thresholds and the one the budget allows."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--budget", type=float, default=3.0)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    core = build_core(None)
    files = fresh_files(core.knowledge.risk_model.trained_on)
    print("fresh files:", " ".join(p.stem for p in files))
    found, counts = candidates(core, files)
    print("messages:", counts)
    allowed = math.floor(args.budget * counts["ordinary asking"] / 100)
    print(
        f"budget: {allowed} new false alarms ({args.budget} per 100 of "
        f"{counts['ordinary asking']} ordinary messages asking to share)"
    )
    asking = sorted((c for c in found if c.asks), key=lambda c: -c.score)
    if args.list:
        for c in sorted(found, key=lambda c: -c.score):
            label = "DISCLOSURE" if c.risk else "ordinary"
            print(
                f"  {c.score:+7.3f} {'asks ' if c.asks else '     '}{label:10s} {c.file}#{c.item}"
            )
    print(
        "\n| threshold | disclosures added | new false alarms (asking) | within budget |"
        " (no asking gate: added, new false alarms) |"
    )
    print("|---|---|---|---|---|")
    chosen: tuple[float, int] | None = None
    for c in asking:
        t = c.score
        added = sum(1 for d in asking if d.risk and d.score >= t)
        alarms = sum(1 for d in asking if not d.risk and d.score >= t)
        gate_off = [d for d in found if d.score >= t]
        within = alarms <= allowed
        if within:
            chosen = t, added
        print(
            f"| {t:+.3f} | {added} | {alarms} | {'yes' if within else 'no'} |"
            f" {sum(d.risk for d in gate_off)}, {sum(not d.risk for d in gate_off)} |"
        )
    if chosen is None:
        print("\nno threshold is within the budget: ship nothing")
    else:
        verdict = "ship it" if chosen[1] else "it adds no disclosure: ship nothing"
        print(
            f"\nlowest threshold within the budget: {chosen[0]:+.3f}, {chosen[1]} added: {verdict}"
        )


if __name__ == "__main__":
    main()
