"""`infoshare report`: what the Q&A owners may learn from the journal.

It shows what was asked and not answered (redacted, grouped by similarity in
`bot.insight.phrasing_groups`, with counts), which
suggestions people picked for which phrasings, and proposes alternate phrasings for existing
entries. Proposals go to a review file for a person to approve: nothing here writes to a pack.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from bot.insight.journal import JournalKind
from bot.insight.journal_reading import JournalData, KeptQuestion
from bot.insight.phrasing_groups import Group, group_similar, phrasing_key
from bot.insight.redact import has_placeholder
from knowledge.loader import Knowledge

_DECLINED = frozenset({JournalKind.DECLINED, JournalKind.NOT_COVERED, JournalKind.OFF_TOPIC})
_UNANSWERED = _DECLINED | {JournalKind.SUGGESTED}


@dataclass(frozen=True, slots=True)
class PickedPhrasing:
    """A phrasing, and how often people picked `entry` after asking it."""

    entry: int
    phrasing: str
    count: int


@dataclass(frozen=True, slots=True)
class Proposal:
    """An alternate phrasing proposed for an existing entry, for a person to approve."""

    entry: int
    question: str
    phrasing: str
    picked: int


@dataclass(frozen=True)
class Report:
    """Everything the report shows."""

    days: tuple[date, ...]
    series: dict[str, tuple[int, ...]]
    totals: Counter[JournalKind]
    text_kept: bool
    unanswered: tuple[Group, ...]
    low_confidence: Counter[int]
    picked: tuple[PickedPhrasing, ...]
    proposals: tuple[Proposal, ...]


def build_report(data: JournalData, knowledge: Knowledge) -> Report:
    """Add up a journal: series by day, unanswered groups, picks and proposals."""
    days = _day_range({d for d, _ in data.counts})
    series = {
        "answered": _series(data, days, {JournalKind.ANSWERED, JournalKind.LOW_CONFIDENCE}),
        "suggested": _series(data, days, {JournalKind.SUGGESTED}),
        "declined": _series(data, days, set(_DECLINED)),
    }
    totals: Counter[JournalKind] = Counter()
    for (_, kind), n in data.counts.items():
        totals[kind] += n

    questions = {q.ref: q for q in data.questions}
    picked_refs = {p.ref for p in data.picks}
    unanswered_qs = [
        q for q in data.questions if q.kind in _UNANSWERED and q.ref not in picked_refs
    ]
    groups = group_similar([q.text for q in unanswered_qs])
    kind_of: dict[str, Counter[JournalKind]] = {}
    for q in unanswered_qs:
        kind_of.setdefault(q.text, Counter())[q.kind] += 1
    for group in groups:
        for text in group.phrasings:
            group.kinds.update(kind_of[text])
    low = Counter(
        q.entry
        for q in data.questions
        if q.kind is JournalKind.LOW_CONFIDENCE and q.entry is not None
    )
    picked = _picked(data, questions)
    return Report(
        days=tuple(days),
        series=series,
        totals=totals,
        text_kept=bool(data.questions or data.picks),
        unanswered=tuple(groups),
        low_confidence=low,
        picked=picked,
        proposals=_proposals(picked, knowledge),
    )


def _day_range(days: set[date]) -> list[date]:
    if not days:
        return []
    first, last = min(days), max(days)
    return [date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1)]


def _series(data: JournalData, days: list[date], kinds: set[JournalKind]) -> tuple[int, ...]:
    return tuple(sum(data.counts.get((d, k), 0) for k in kinds) for d in days)


def _picked(data: JournalData, questions: dict[str, KeptQuestion]) -> tuple[PickedPhrasing, ...]:
    counts: Counter[tuple[int, str]] = Counter()
    shown: dict[tuple[int, str], str] = {}
    for pick in data.picks:
        question = questions.get(pick.ref)
        if question is None:  # the question expired first, or was asked before text was on
            continue
        key = (pick.entry, phrasing_key(question.text))
        counts[key] += 1
        shown.setdefault(key, question.text)
    return tuple(
        PickedPhrasing(entry, shown[(entry, k)], n)
        for (entry, k), n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))
    )


def _proposals(picked: tuple[PickedPhrasing, ...], knowledge: Knowledge) -> tuple[Proposal, ...]:
    """Phrasings people confirmed by picking an entry, that the entry does not know yet.

    A phrasing that held an identifier (now a placeholder) is never proposed: it was a case,
    not a way of asking.
    """
    proposals = []
    for p in picked:
        entry = knowledge.entry(p.entry)
        if entry is None or has_placeholder(p.phrasing) or not 3 <= len(p.phrasing) <= 200:
            continue
        known = {phrasing_key(entry.question), *(phrasing_key(a) for a in entry.alternates)}
        if phrasing_key(p.phrasing) in known:
            continue
        proposals.append(Proposal(p.entry, entry.question, p.phrasing, p.count))
    return tuple(proposals)


REVIEW_HEADER = """\
# Proposed alternate phrasings, from questions people asked (redacted) and the entry they then
# picked from "Did you mean...". Nothing here changes any knowledge pack.
#
# To accept a proposal, a person sets `approve: true`, then copies the phrasing into that
# entry's `alternates` in the pack and runs `infoshare knowledge check` before deploying.
# Delete this file when done: it holds what people typed, redacted.
"""


def review_yaml(report: Report, generated: date) -> str:
    """The review file: a header saying what to do, then one proposal per item."""
    body = {
        "kind": "review",
        "generated": generated.isoformat(),
        "proposals": [
            {
                "entry": p.entry,
                "question": p.question,
                "phrasing": p.phrasing,
                "picked": p.picked,
                "approve": False,
            }
            for p in report.proposals
        ],
    }
    return REVIEW_HEADER + yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=100)


def format_report(report: Report, knowledge: Knowledge, *, files: int) -> str:
    """The report as plain text for the terminal."""
    t = report.totals
    if report.days:
        span = f"{report.days[0].isoformat()} to {report.days[-1].isoformat()}"
    else:
        span = "no questions yet"
    answered = t[JournalKind.ANSWERED] + t[JournalKind.LOW_CONFIDENCE]
    declined = sum(t[k] for k in _DECLINED)
    lines = [
        f"Insight report: {files} journal file{'s' if files != 1 else ''}, {span}",
        "",
        f"Questions: {answered} answered ({t[JournalKind.LOW_CONFIDENCE]} with low "
        f"confidence), {t[JournalKind.SUGGESTED]} offered suggestions "
        f"({t[JournalKind.PICKED]} picked one), {declined} declined "
        f"({t[JournalKind.NOT_COVERED]} on nearby topics the Q&A does not cover, "
        f"{t[JournalKind.OFF_TOPIC]} taken as off-topic)",
    ]
    if not report.text_kept:
        lines += [
            "",
            "Question text is not kept (INFOSHARE_INSIGHT is not 'text'), so only counts are "
            "shown.",
        ]
        return "\n".join(lines) + "\n"
    lines += ["", "Asked and not answered (redacted, grouped by similarity):"]
    if not report.unanswered:
        lines.append("  (none)")
    for group in report.unanswered:
        kinds = ", ".join(f"{k.value} {n}" for k, n in sorted(group.kinds.items()))
        leader = group.leader  # once: it looks at every phrasing of the group
        lines.append(f"  {group.count:>4}  {leader}   [{kinds}]")
        others = [p for p in group.phrasings if p != leader]
        if others:
            lines.append("        also: " + "; ".join(others[:5]))
    if report.low_confidence:
        lines += ["", "Answered with low confidence (worth checking), by entry:"]
        for number, n in report.low_confidence.most_common():
            entry = knowledge.entry(number)
            lines.append(f"  {n:>4}  Q{number} {entry.question if entry else ''}")
    lines += ["", "Suggestions people picked, for which phrasings:"]
    if not report.picked:
        lines.append("  (none)")
    last_entry = None
    for p in report.picked:
        if p.entry != last_entry:
            entry = knowledge.entry(p.entry)
            lines.append(f"  Q{p.entry} {entry.question if entry else '(no longer in the packs)'}")
            last_entry = p.entry
        lines.append(f"    {p.count:>4}  {p.phrasing}")
    return "\n".join(lines) + "\n"


def write_review(report: Report, path: Path, generated: date) -> None:
    """Write the review file (only the file named; never a pack)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(review_yaml(report, generated), encoding="utf-8")
