"""A decision record's time: now, in the records' time zone, read only when a record is made out.

`infoshare ask` makes out no record, so it starts without `zoneinfo` and `datetime`
(`test_ask_start`); these tests hold the time a record does show to what it was before.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import bot.core
from bot.core import RECORD_TIMEZONE, Core, record_clock, turn_clock
from dialogs.contract import Turn
from dialogs.facts import Clock, fixed_clock
from dialogs.state import ConversationState
from tests.support.environment import command_env, run_command

# Summer time: a clock read in UTC, or in another zone, shows another hour at every instant.
ZONES = ("Europe/London", "Asia/Kolkata", "America/St_Johns", "UTC")


@pytest.mark.parametrize("zone", ZONES)
def test_the_record_clock_reads_now_in_the_zone_given(zone: str) -> None:
    before = datetime.now(UTC)
    read = record_clock(zone)
    after = datetime.now(UTC)

    assert before <= read <= after
    assert read.tzinfo == ZoneInfo(zone)
    assert read.utcoffset() == ZoneInfo(zone).utcoffset(read.replace(tzinfo=None))
    assert read.strftime("%H:%M") in {
        t.astimezone(ZoneInfo(zone)).strftime("%H:%M") for t in (before, after)
    }


def test_the_records_are_written_in_london_time_and_utc_for_an_unknown_zone() -> None:
    assert RECORD_TIMEZONE == "Europe/London"
    assert record_clock().tzinfo == ZoneInfo("Europe/London")
    assert record_clock().tzname() in {"GMT", "BST"}
    assert record_clock("Nowhere/Atlantis").tzinfo is UTC


def test_a_turn_clock_reads_the_record_clock_once_and_only_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[str] = []
    at = datetime(2026, 7, 1, 12, 0, tzinfo=ZoneInfo("Europe/London"))

    def counted(zone: str = RECORD_TIMEZONE) -> datetime:
        reads.append(zone)
        return at + timedelta(minutes=len(reads))

    monkeypatch.setattr(bot.core, "record_clock", counted)
    clock = turn_clock("Asia/Kolkata")
    assert reads == []
    assert clock() == clock() == at + timedelta(minutes=1)
    assert reads == ["Asia/Kolkata"]


class _Counted:
    """A turn's clock that counts its reads."""

    def __init__(self, at: datetime) -> None:
        self.at, self.reads = at, 0

    def __call__(self) -> datetime:
        self.reads += 1
        return self.at


def _finish_a_check(core: Core, clock: Clock) -> tuple[list[str], object]:
    state, _, _ = core.assistant.decide(ConversationState(greeted=True), _typed("check"), clock)
    records: list[str] = []
    kept = None
    for _ in range(12):  # "yes" to every key question ends the check (with consent)
        if state.check is None or state.check.finished:
            break
        state, replies, facts = core.assistant.decide(state, _typed("yes"), clock)
        records += [r.record.created_at for r in replies if r.record is not None]
        kept = facts.record or kept
    return records, kept


def _typed(text: str) -> Turn:
    return Turn("cli", "c", "u", text=text)


def test_a_question_never_reads_the_clock(core: Core) -> None:
    clock = _Counted(datetime(2026, 7, 1, 12, 0, tzinfo=UTC))
    for question in ("what is an ISP?", "can I share without consent?", "3", "rules", "help"):
        core.assistant.decide(ConversationState(greeted=True), _typed(question), clock)
    assert clock.reads == 0


def test_a_finished_check_writes_the_clocks_time_in_its_zone(core: Core) -> None:
    at = datetime(2026, 7, 1, 12, 5, tzinfo=ZoneInfo("Europe/London"))
    clock = _Counted(at)

    shown, kept = _finish_a_check(core, clock)

    assert clock.reads >= 1
    assert shown == ["2026-07-01 12:05 BST"]
    assert getattr(kept, "created_at", None) == at
    winter, _ = _finish_a_check(core, fixed_clock(datetime(2026, 12, 3, 4, 0, tzinfo=UTC)))
    assert winter == ["2026-12-03 04:00 UTC"]


@pytest.mark.usefixtures("warm_tmp_path")
def test_a_record_at_the_terminal_shows_london_time(tmp_path: Path) -> None:
    script = ["check", *(["yes"] * 8), "quit"]
    before = datetime.now(UTC)
    done = run_command(
        ["chat", "--json"], command_env(tmp_path), tmp_path, "\n".join(script) + "\n"
    )
    after = datetime.now(UTC)
    assert done.returncode == 0, done.stderr

    replies = [json.loads(line) for line in done.stdout.splitlines()]
    shown = [r["record"]["created_at"] for r in replies if r["record"]]
    london = ZoneInfo("Europe/London")
    assert len(shown) == 1
    assert shown[0] in {t.astimezone(london).strftime("%Y-%m-%d %H:%M %Z") for t in (before, after)}
