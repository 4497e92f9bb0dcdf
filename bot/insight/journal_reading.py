"""Reading insight journals for the report: every unexpired count, kept question and pick of
one or more journal files (`bot.insight.journal` writes them), added up.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.insight.journal import PURGE, JournalKind


@dataclass(frozen=True, slots=True)
class KeptQuestion:
    """A redacted question as kept, with what the assistant did."""

    ref: str
    day: date
    channel: str
    kind: JournalKind
    text: str
    entry: int | None
    score: float | None
    suggestions: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Pick:
    """An entry picked on the turn after a kept question."""

    ref: str
    day: date
    entry: int


@dataclass(frozen=True)
class JournalData:
    """Everything unexpired in one or more journal files, added up."""

    counts: dict[tuple[date, JournalKind], int]
    questions: tuple[KeptQuestion, ...]
    picks: tuple[Pick, ...]


def read_journals(paths: Iterable[Path], now: float | None = None) -> JournalData:
    """Read (and first purge) journal files, adding their counts together.

    Raises:
        sqlite3.DatabaseError: a file is not a journal.
    """
    moment = time.time() if now is None else now
    counts: dict[tuple[date, JournalKind], int] = {}
    questions: dict[str, KeptQuestion] = {}
    picks: dict[tuple[str, int], Pick] = {}
    for path in paths:
        db = sqlite3.connect(path)
        try:
            for statement in PURGE:
                db.execute(statement, (moment,))
            db.commit()
            for day, kind, n in db.execute("SELECT day, kind, sum(n) FROM counts GROUP BY 1, 2"):
                key = (date.fromisoformat(day), JournalKind(kind))
                counts[key] = counts.get(key, 0) + int(n)
            for row in db.execute(
                "SELECT ref, day, channel, kind, text, entry, score, suggestions FROM questions"
            ):
                questions[row[0]] = KeptQuestion(
                    ref=row[0],
                    day=date.fromisoformat(row[1]),
                    channel=row[2],
                    kind=JournalKind(row[3]),
                    text=row[4],
                    entry=row[5],
                    score=row[6],
                    suggestions=tuple(int(n) for n in json.loads(row[7])),
                )
            for ref, day, entry in db.execute("SELECT ref, day, entry FROM picks"):
                picks[(ref, entry)] = Pick(ref, date.fromisoformat(day), int(entry))
        finally:
            db.close()
    ordered = sorted(questions.values(), key=lambda q: (q.day, q.ref))
    return JournalData(counts, tuple(ordered), tuple(picks.values()))
