"""Round 57 (tidy242): an organisation's cue word that typo correction reads a common word one
slip away as (round 56's check) is a warning, not a problem: the pack loads, `infoshare knowledge
check` prints the pair and passes, a start logs how many warnings there are (not what they say),
and the built-in packs have none."""

from __future__ import annotations

import gc
import io
import json
import logging
from pathlib import Path
from types import SimpleNamespace

import pytest

import bot.cli
from bot.cli import _knowledge_check, _log_pack_warnings
from knowledge.loader import load_knowledge
from tests.support.logs_kept import logs_kept
from tests.support.packs import builtin_knowledge

_SLIP = "cue word 'dancers' is one slip from the common word 'dances'"


def _pack(tmp_path: Path) -> Path:
    (tmp_path / "risk.yaml").write_text(
        'kind: risk\ncategories:\n  - id: exploitation\n    cues: ["made to work as dancers"]\n',
        encoding="utf-8",
    )
    return tmp_path


def test_an_organisation_s_slip_cue_word_loads_with_a_warning_naming_the_pair(
    tmp_path: Path,
) -> None:
    knowledge = load_knowledge(_pack(tmp_path))
    assert knowledge.risk.category("exploitation") is not None
    (warning,) = knowledge.pack_warnings
    assert _SLIP in warning
    assert "beside a sign of harm" in warning  # taken as typed at first, not beside harm


def test_a_later_start_keeps_the_warnings(tmp_path: Path) -> None:
    packs, cache = tmp_path / "packs", tmp_path / "cache"
    packs.mkdir()
    _pack(packs)
    first = load_knowledge(packs, cache_dir=cache).pack_warnings
    assert first
    assert load_knowledge(packs, cache_dir=cache).pack_warnings == first


def test_the_knowledge_check_prints_the_slip_and_passes(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert _knowledge_check(_pack(tmp_path), out, err) == 0
    assert out.getvalue().startswith("ok:")
    assert f"warning: risk packs: {_SLIP}" in err.getvalue()


def test_the_built_in_packs_have_no_warning() -> None:
    assert builtin_knowledge().pack_warnings == ()


def test_a_start_logs_how_many_warnings_not_what_they_say(
    caplog: pytest.LogCaptureFixture,
) -> None:
    core = SimpleNamespace(knowledge=SimpleNamespace(pack_warnings=(f"risk packs: {_SLIP}",)))
    with caplog.at_level(logging.WARNING, logger="infoshare.packs"):
        _log_pack_warnings(core)  # type: ignore[arg-type]
    (record,) = caplog.records
    assert record.name == "infoshare.packs" and record.count == 1  # type: ignore[attr-defined]
    assert "dancers" not in record.getMessage()
    assert "infoshare knowledge check" in record.getMessage()


def test_a_start_without_warnings_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    core = SimpleNamespace(knowledge=SimpleNamespace(pack_warnings=()))
    with caplog.at_level(logging.DEBUG):
        _log_pack_warnings(core)  # type: ignore[arg-type]
    assert caplog.records == []


def test_ask_logs_the_count_as_a_json_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(gc, "freeze", lambda: None)  # ask freezes its core: not the tests'
    core = SimpleNamespace(knowledge=SimpleNamespace(pack_warnings=("a", "b")))
    monkeypatch.setattr(bot.cli, "_core_or_problems", lambda packs, cache: core)
    monkeypatch.setattr(bot.cli, "_ask", lambda core, question, json_mode: None)
    with logs_kept():
        assert bot.cli._ask_command("who do I tell?", json_mode=False) == 0
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line]
    (logged,) = [line for line in lines if line.get("logger") == "infoshare.packs"]
    assert logged["count"] == 2
