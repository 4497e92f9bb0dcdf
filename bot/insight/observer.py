"""The observer the composition root hands the pipeline: journal and kept decision records."""

from __future__ import annotations

import logging
import uuid

from bot.insight.journal import Journal
from bot.stores.protocol import Conflict, Store
from dialogs.contract import Turn
from dialogs.facts import KeptRecord, TurnContext, TurnFacts

_log = logging.getLogger("infoshare.insight")
_DAY = 86400.0


def record_key(turn: Turn) -> str:
    """Where a person's last decision record is kept: beside their conversation's key, so
    that removing a workspace's or conversation's keys by prefix removes their records too."""
    return f"{turn.key.as_str()}|record"


class RecordKeeper:
    """Keeps each person's last decision record (as ids) in the state store, with an expiry."""

    def __init__(self, store: Store, *, keep_days: float) -> None:
        self._store = store
        self._ttl = keep_days * _DAY
        self.keep_days = keep_days

    async def last(self, turn: Turn) -> KeptRecord | None:
        """This person's last kept record, if it has not expired."""
        stored = await self._store.get(record_key(turn))
        return KeptRecord.from_json(stored.value) if stored else None

    async def keep(self, turn: Turn, record: KeptRecord) -> None:
        """Keep `record` as this person's last, replacing the one before."""
        key = record_key(turn)
        for _ in range(3):
            stored = await self._store.get(key)
            try:
                await self._store.put(
                    key,
                    record.to_json(),
                    expected_version=stored.version if stored else None,
                    ttl_seconds=self._ttl,
                )
            except Conflict:
                continue
            return


class Insight:
    """Feeds the journal and keeps decision records; each part is optional and fails alone."""

    def __init__(self, journal: Journal | None, records: RecordKeeper | None) -> None:
        self._journal = journal
        self._records = records

    async def context(self, turn: Turn) -> TurnContext:
        """Give a fresh question id when question text is kept."""
        keeps_text = self._journal is not None and self._journal.keeps_text
        return TurnContext(
            records_kept=self._records is not None,
            record_days=self._records.keep_days if self._records is not None else 0,
            question_ref=uuid.uuid4().hex if keeps_text and turn.text else None,
            questions_kept=keeps_text,
        )

    async def last_record(self, turn: Turn) -> KeptRecord | None:
        """This person's last kept record, when the core asks to show it (None if none)."""
        if self._records is None:
            return None
        try:
            return await self._records.last(turn)
        except Exception as exc:  # the reply says there is no record; the turn goes on
            _log.warning("record lookup failed", extra={"error": type(exc).__name__})
            return None

    async def observe(self, turn: Turn, facts: TurnFacts) -> None:
        """Journal the turn, and keep the record of a check that has just ended."""
        if self._journal is not None:
            try:
                await self._journal.note(turn.channel, facts, turn.text)
            except Exception as exc:
                _log.warning("journal write failed", extra={"error": type(exc).__name__})
        if self._records is not None and facts.record is not None:
            try:
                await self._records.keep(turn, facts.record)
            except Exception as exc:
                _log.warning("record keeping failed", extra={"error": type(exc).__name__})
