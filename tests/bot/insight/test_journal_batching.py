"""The journal adds counts up in memory and writes them together: soon, on closing, and again
after a failed write, never losing a count to a write that failed."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.insight import journal as journal_module
from bot.insight.journal import Journal, JournalKind
from bot.insight.journal_reading import read_journals
from dialogs.facts import TurnFacts, TurnKind

NOW = 1_795_000_000.0
ANSWERED = TurnFacts(TurnKind.ANSWERED, entry=3, score=95.0)
DECLINED = TurnFacts(TurnKind.DECLINED)


def _counts(path: Path) -> dict[JournalKind, int]:
    return {kind: n for (_, kind), n in read_journals([path], now=NOW).counts.items()}


async def _open(path: Path) -> Journal:
    return await Journal.open(path, keep_text=False, keep_days=30, clock=lambda: NOW)


async def test_counts_reach_the_file_soon_without_a_write_per_turn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal_module, "FLUSH_SECONDS", 0.05)
    path = tmp_path / "insight.sqlite3"
    journal = await _open(path)
    try:
        for _ in range(5):
            await journal.note("slack", ANSWERED, "why share?")
        await journal.note("teams", DECLINED, "what about lunch")
        assert _counts(path) == {}  # not yet: they are written together

        await asyncio.sleep(0.3)
        assert _counts(path) == {JournalKind.ANSWERED: 5, JournalKind.DECLINED: 1}

        await journal.note("slack", ANSWERED, "why share?")
    finally:
        await journal.close()
    assert _counts(path) == {JournalKind.ANSWERED: 6, JournalKind.DECLINED: 1}


async def test_closing_writes_what_is_kept_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "insight.sqlite3"
    journal = await _open(path)
    await journal.note("slack", ANSWERED, "why share?")
    await journal.note("slack", ANSWERED, "why share?")
    await journal.close()
    assert _counts(path) == {JournalKind.ANSWERED: 2}


async def test_a_failed_write_keeps_its_counts_for_the_next(tmp_path: Path) -> None:
    path = tmp_path / "insight.sqlite3"
    journal = await _open(path)
    await journal.note("slack", ANSWERED, "why share?")
    real_db = journal._db

    class Broken:
        async def executemany(self, *_: object) -> None:
            raise OSError("disk full")

    journal._db = Broken()  # type: ignore[assignment]
    with pytest.raises(OSError):
        await journal.flush()
    journal._db = real_db
    await journal.note("slack", ANSWERED, "why share?")
    await journal.close()
    assert _counts(path) == {JournalKind.ANSWERED: 2}
