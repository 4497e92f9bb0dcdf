"""Sends each follow-up of tests/dialogs/data/after_signpost.yaml right after its disclosure
(the signpost shown) through the real core, and prints a markdown table of what the follow-ups
got, by the kind of reply each should get: the right reply, a quoted entry, "Did you mean…"
suggestions, "I couldn't find that", or something else.

A probe for finding replies that ignore the signpost, never an accuracy figure:
`python -m tests.support.after_signpost [--all] [--variants|--fresh-1|--fresh-2]` (`--all`
lists every follow-up's reply; the others read that part of the file instead).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import yaml

from bot.app import Core, build_core
from dialogs.contract import Reply, Turn
from dialogs.facts import TurnFacts, TurnKind
from tests.support.core import FIXED_CLOCK, Chat, texts

PROBE = Path(__file__).parents[1] / "dialogs" / "data" / "after_signpost.yaml"
# What the reply each kind should get says (its heading, or the words that show it answered).
MARKS = {
    "unsure": "You don't need to be sure",
    "police": "Calling the police",
    "no-lead": "or can't reach them",
    "alone": "no safeguarding lead of your own",
    "secret": "When you've been asked to keep it secret",
    "identity": "Worried they'll know it was you",
    "questioning": "You don't need to find out more first",
    "record": "What to write down now",
    "feelings": "It's a lot to take in",
    "thanks": "your protection procedures",
    "next-steps": "What to do next",
    "tell-family": "speak to your designated safeguarding lead first",
    "tell-gp": "their GP isn't involved",
    "consent": "sharing without consent",
}
DISCLOSURE = "disclosure"
# One follow-up of each worry answered only after a signpost, for the doors' render tests.
AFTER_SIGNPOST = (
    "what if I'm wrong?",
    "should I ring the police",
    "I don't know who our lead is",
    "she asked me not to tell anyone",
    "will the family find out it was me?",
    "should I ask her more questions?",
    "should I write it down?",
    "I'm scared",
    "thanks",
)
_PARTS = ("variants", "fresh-1", "fresh-2", "fresh-3")
COLUMNS = ("right", "quote", "suggestions", "couldn't find", "other")


class FollowUp(NamedTuple):
    """One follow-up of the probe file, and the reply it should get."""

    text: str
    kind: str
    after: str


class Got(NamedTuple):
    """What a follow-up got: its column, and the first line of its first reply."""

    column: str
    line: str


def load(path: Path = PROBE, part: str = "follow-ups") -> tuple[dict[str, str], list[FollowUp]]:
    """The probe's disclosures by name, and its follow-ups (`part`: or its "variants")."""
    data = yaml.safe_load(path.read_text("utf-8"))
    items = [FollowUp(i["q"], i["kind"], i["after"]) for i in data[part]]
    assert data["disclosures"] == DISCLOSURES, "the probe file's disclosures have changed"
    return data["disclosures"], items


DISCLOSURES = {
    "child": "a year 9 girl told me her stepdad touches her at night",
    "adult": "an elderly client says her son takes her pension and won't let her see anyone",
}
"""The probe file's disclosures, for tests that need no file read (`load` checks they agree)."""


def fits(kind: str, replies: list[Reply]) -> bool:
    """Whether `replies` (one follow-up turn's) are the reply its kind should get."""
    if kind == DISCLOSURE:
        return bool(replies) and replies[0].risk_of_harm
    answered = [r for r in replies if not r.risk_of_harm]
    return MARKS[kind].casefold() in texts(answered).casefold()


def column(kind: str, replies: list[Reply], facts: TurnFacts) -> str:
    """The column a follow-up's replies fall in."""
    if fits(kind, replies):
        return "right"
    if facts.kind is TurnKind.ANSWERED:
        return "quote"
    if facts.kind is TurnKind.SUGGESTED:
        return "suggestions"
    if facts.kind in {TurnKind.DECLINED, TurnKind.NOT_COVERED, TurnKind.OFF_TOPIC}:
        return "couldn't find"
    return "other"


def follow(core: Core, disclosure: str, text: str) -> tuple[list[Reply], TurnFacts]:
    """A follow-up's replies and facts, sent right after `disclosure` in a new conversation."""
    chat = Chat(core)
    chat.send(disclosure)
    assert chat.state.has_concern(), f"the disclosure was not signposted: {disclosure!r}"
    turn = Turn("test", "c1", "u1", text=text, private=True)
    _, replies, facts = core.assistant.decide(chat.state, turn, FIXED_CLOCK)
    return replies, facts


def run(core: Core, part: str = "follow-ups") -> list[tuple[FollowUp, Got]]:
    """Every follow-up (or variant) of the probe file with what it got."""
    disclosures, items = load(PROBE, part)
    found: list[tuple[FollowUp, Got]] = []
    for item in items:
        replies, facts = follow(core, disclosures[item.after], item.text)
        said = [r for r in replies if not r.risk_of_harm] or replies
        line = said[0].text.split("\n")[0][:70] if said else "(nothing)"
        if facts.kind is TurnKind.ANSWERED:
            line = f"quote {facts.entry}: {line}"
        found.append((item, Got(column(item.kind, replies, facts), line)))
    return found


def table(found: list[tuple[FollowUp, Got]]) -> str:
    """The markdown table: one row per kind of follow-up, counts in each column."""
    kinds = list(dict.fromkeys(item.kind for item, _ in found))
    counts = Counter((item.kind, got.column) for item, got in found)
    rows = ["| kind | n | " + " | ".join(COLUMNS) + " |", "|---|---:|" + "---:|" * len(COLUMNS)]
    for kind in kinds:
        n = sum(1 for item, _ in found if item.kind == kind)
        rows.append(f"| {kind} | {n} | " + " | ".join(str(counts[kind, c]) for c in COLUMNS) + " |")
    total = Counter(got.column for _, got in found)
    rows.append(f"| all | {len(found)} | " + " | ".join(str(total[c]) for c in COLUMNS) + " |")
    return "\n".join(rows)


def main(argv: list[str]) -> None:
    """Print the table (and, with `--all`, every follow-up's reply)."""
    parts = [a.removeprefix("--") for a in argv if a.removeprefix("--") in _PARTS]
    part = parts[0] if parts else "follow-ups"
    found = run(build_core(), part)
    print(table(found))
    for item, got in found:
        if "--all" in argv or got.column != "right":
            print(f"- [{item.kind} -> {got.column}] {item.text!r}: {got.line}")


if __name__ == "__main__":
    main(sys.argv[1:])
