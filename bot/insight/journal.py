"""The insight journal: daily counts, and (only when turned on) redacted unanswered questions.

Why its own SQLite file, not the conversation store:

- What it holds has its own retention (`INFOSHARE_INSIGHT_DAYS`) and its own readers (the Q&A
  owners, through `infoshare report`), so it is a separate file that can be deleted, copied to
  the owners or left out of backups without touching anyone's conversation.
- It holds no key that names a person or a conversation: a question row is keyed by a random
  id, and nothing in the journal links it back to the state store's keys.
- Several instances behind a load balancer each write their own journal (set
  `INFOSHARE_INSIGHT_FILE` per instance, or give each its own data directory); `infoshare report`
  reads any number of journal files and adds them up. A pick made on another instance than the
  question still joins up, because the link is the random id, not a row of one file.

Everything is purged when it expires: on opening, at most hourly while writing, and by the report.

Counts are added up in memory and written together, at most `FLUSH_SECONDS` after the first
count not yet written, and on closing: one statement for many turns instead of one trip to
SQLite's thread per turn. A process killed outright loses the counts of those last seconds
(never a question kept as text, which is written at once).

The report reads the files with `bot.insight.journal_reading`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

import aiosqlite

from bot.insight.redact import redact, vocabulary
from dialogs.facts import TurnFacts, TurnKind
from knowledge.loader import Knowledge

LOW_CONFIDENCE = 70.0
"""An answer scored below this is kept as "low-confidence": right often, but worth a look."""

_DAY = 86400.0
_PURGE_EVERY = 3600.0
FLUSH_SECONDS = 2.0
"""The longest a count waits in memory before it is written (see the module's note)."""
_log = logging.getLogger("infoshare.insight")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS counts (
    day TEXT NOT NULL,
    channel TEXT NOT NULL,
    kind TEXT NOT NULL,
    n INTEGER NOT NULL,
    expires_at REAL NOT NULL,
    PRIMARY KEY (day, channel, kind)
);
CREATE TABLE IF NOT EXISTS questions (
    ref TEXT PRIMARY KEY,
    day TEXT NOT NULL,
    channel TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    entry INTEGER,
    score REAL,
    suggestions TEXT NOT NULL,
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS picks (
    ref TEXT NOT NULL,
    day TEXT NOT NULL,
    channel TEXT NOT NULL,
    entry INTEGER NOT NULL,
    expires_at REAL NOT NULL,
    PRIMARY KEY (ref, entry)
);
CREATE INDEX IF NOT EXISTS counts_expires_at ON counts (expires_at);
CREATE INDEX IF NOT EXISTS questions_expires_at ON questions (expires_at);
CREATE INDEX IF NOT EXISTS picks_expires_at ON picks (expires_at);
"""

_COUNT = """
INSERT INTO counts (day, channel, kind, n, expires_at) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (day, channel, kind) DO UPDATE
    SET n = n + excluded.n, expires_at = max(expires_at, excluded.expires_at)
"""
PURGE = (
    "DELETE FROM counts WHERE expires_at <= ?",
    "DELETE FROM questions WHERE expires_at <= ?",
    "DELETE FROM picks WHERE expires_at <= ?",
)
"""The statements that delete what has expired, each given the time now."""


class JournalKind(StrEnum):
    """What the journal counts (and, for some, keeps the redacted question of)."""

    ANSWERED = "answered"
    LOW_CONFIDENCE = "low-confidence"
    SUGGESTED = "suggested"
    DECLINED = "declined"
    NOT_COVERED = "not-covered"
    OFF_TOPIC = "off-topic"
    PICKED = "picked"


KEPT_KINDS = frozenset(
    {
        JournalKind.LOW_CONFIDENCE,
        JournalKind.SUGGESTED,
        JournalKind.DECLINED,
        JournalKind.NOT_COVERED,
        JournalKind.OFF_TOPIC,
    }
)
"""The kinds whose redacted question is kept, when question text is turned on."""


def knowledge_words(knowledge: Knowledge) -> frozenset[str]:
    """Every word the packs use: redaction never takes one of these for a name."""
    texts = [
        " ".join([e.question, e.answer, *e.alternates, *e.keywords]) for e in knowledge.entries
    ]
    texts += [" ".join([t.reply, *t.cues]) for t in knowledge.not_covered.topics]
    lexicon = knowledge.lexicon
    for mapping in (lexicon.abbreviations, lexicon.spellings, lexicon.synonyms):
        texts += [*mapping, *mapping.values()]
    flow = knowledge.flow
    texts += [" ".join([q.text, q.help]) for q in flow.questions]
    texts += [knowledge.about.summary, knowledge.about.status]
    return vocabulary(texts)


def journal_kind(facts: TurnFacts) -> JournalKind | None:
    """How the journal counts a turn; None for turns it does not count (commands, the check)."""
    match facts.kind:
        case TurnKind.ANSWERED:
            low = facts.score is not None and facts.score < LOW_CONFIDENCE
            return JournalKind.LOW_CONFIDENCE if low else JournalKind.ANSWERED
        case TurnKind.SUGGESTED:
            return JournalKind.SUGGESTED
        case TurnKind.DECLINED:
            return JournalKind.DECLINED
        case TurnKind.NOT_COVERED:
            return JournalKind.NOT_COVERED
        case TurnKind.OFF_TOPIC:
            return JournalKind.OFF_TOPIC
        case TurnKind.TOPIC if facts.picked_ref is not None:
            return JournalKind.PICKED
        case _:
            return None


class Journal:
    """Writes the journal of one instance. Open with `Journal.open`; close when done."""

    def __init__(
        self,
        db: aiosqlite.Connection,
        *,
        keep_text: bool,
        keep_days: float,
        clock: Callable[[], float],
        known_words: frozenset[str] = frozenset(),
    ) -> None:
        self._db = db
        self._known = known_words
        self._keep_text = keep_text
        self._ttl = keep_days * _DAY
        self._clock = clock
        self._purged_at = clock()
        self._pending: Counter[tuple[str, str, str]] = Counter()
        """Counts not yet written, by day, channel and kind."""
        self._expires: dict[tuple[str, str, str], float] = {}
        self._flushing: asyncio.TimerHandle | None = None
        self._writes: set[asyncio.Task[None]] = set()

    @classmethod
    async def open(
        cls,
        path: Path,
        *,
        keep_text: bool,
        keep_days: float,
        clock: Callable[[], float] = time.time,
        known_words: frozenset[str] = frozenset(),
    ) -> Journal:
        """Open (creating if needed) the journal file at `path` and purge what has expired.

        Args:
            path: the journal file.
            keep_text: keep redacted questions (otherwise daily counts only).
            keep_days: how long anything is kept.
            clock: wall-clock seconds (tests move it).
            known_words: the packs' words, which redaction never takes for names.
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        # Each statement commits itself, so a turn's count is one trip to SQLite's thread, not
        # two; and in WAL mode NORMAL syncs at checkpoints rather than on every count (a power
        # cut may lose the last few counts, never the file).
        db = await aiosqlite.connect(path, isolation_level=None)
        try:
            await db.execute("PRAGMA journal_mode=WAL")
            await db.execute("PRAGMA synchronous=NORMAL")
            await db.execute("PRAGMA busy_timeout=2000")
            await db.executescript(_SCHEMA)
            if not keep_text:
                # Text was turned off: what was kept while it was on goes now, not in N days.
                await db.execute("DELETE FROM questions")
                await db.execute("DELETE FROM picks")
            for statement in PURGE:
                await db.execute(statement, (clock(),))
        except BaseException:
            await db.close()
            raise
        return cls(
            db, keep_text=keep_text, keep_days=keep_days, clock=clock, known_words=known_words
        )

    @property
    def keeps_text(self) -> bool:
        """Whether redacted questions are kept (otherwise counts only)."""
        return self._keep_text

    async def note(self, channel: str, facts: TurnFacts, text: str | None) -> None:
        """Count a turn and, if text is kept and it was not answered well, keep it redacted.

        Args:
            channel: the door, e.g. "slack".
            facts: what happened.
            text: what the person typed; only ever written after `redact`.
        """
        kind = journal_kind(facts)
        if kind is None:
            return
        now = self._clock()
        day = _day(now)
        expires = now + self._ttl
        counted = (day, channel[:20], kind.value)
        self._pending[counted] += 1
        self._expires[counted] = expires
        if self._flushing is None:
            self._flushing = asyncio.get_running_loop().call_later(FLUSH_SECONDS, self._flush_soon)
        if self._keep_text and kind in KEPT_KINDS and text and facts.question_ref is not None:
            await self._db.execute(
                "INSERT OR IGNORE INTO questions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    facts.question_ref,
                    day,
                    channel[:20],
                    kind.value,
                    redact(text, self._known),
                    facts.entry,
                    facts.score,
                    json.dumps(list(facts.suggestions)),
                    expires,
                ),
            )
        elif self._keep_text and kind is JournalKind.PICKED and facts.entry is not None:
            await self._db.execute(
                "INSERT OR IGNORE INTO picks VALUES (?, ?, ?, ?, ?)",
                (facts.picked_ref, day, channel[:20], facts.entry, expires),
            )
        if now - self._purged_at > _PURGE_EVERY:
            self._purged_at = now
            for statement in PURGE:
                await self._db.execute(statement, (now,))

    async def flush(self) -> None:
        """Write the counts kept in memory now."""
        if self._flushing is not None:
            self._flushing.cancel()
            self._flushing = None
        if not self._pending:
            return
        pending, expires = self._pending, self._expires
        self._pending, self._expires = Counter(), {}
        try:
            await self._db.executemany(
                _COUNT, [(*counted, n, expires[counted]) for counted, n in pending.items()]
            )
        except BaseException:  # kept for the next flush, with the counts made meanwhile
            pending.update(self._pending)
            self._pending = pending
            self._expires = {**expires, **self._expires}
            raise

    async def close(self) -> None:
        """Write what is kept in memory, and close the file."""
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*self._writes)
        try:
            await self.flush()
        finally:
            await self._db.close()

    def _flush_soon(self) -> None:
        self._flushing = None
        task = asyncio.create_task(self._flush_logged())
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    async def _flush_logged(self) -> None:
        try:
            await self.flush()
        except Exception as exc:  # the counts are kept: the next flush writes them
            _log.warning("journal write failed", extra={"error": type(exc).__name__})


def _day(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).date().isoformat()
