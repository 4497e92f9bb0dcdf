"""The built risk detector kept beside the checked knowledge: a later start reads its tables
instead of building it, finds exactly what a built one finds, and never trusts a damaged file."""

from __future__ import annotations

import hashlib
import json
import marshal
from pathlib import Path
from typing import Any
from unittest.mock import ANY

import pytest
import yaml

from knowledge import detector_cache
from knowledge.detector_cache import ATTRIBUTES, DERIVED, dump_detector, load_detector
from knowledge.loader import load_knowledge
from knowledge.pack_cache import PREFIX, read_fields
from knowledge.risk import RiskDetector

DATA = Path(__file__).parents[1] / "data"
MESSAGES = (
    "what is an ISP?",
    "my pupil said her stepdad hits her, can I tell social care?",
    "As a school nurse, do I need consent to share a child's records?",
    "he's been sending her messages at night and she looks frightened",
    "do we need a signed ISP before I ring the school?",
)


def _messages() -> list[str]:
    """The labelled harm sets' messages (dev sets only), and a few of our own."""
    found = list(MESSAGES)
    for path in sorted(DATA.glob("harm-dev*.yaml")):
        found += [case["q"] for case in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return found


def _kept_record(cache: Path) -> tuple[Path, dict[str, Any]]:
    (kept,) = cache.glob(f"{PREFIX}*.json")
    return kept, json.loads(kept.read_text(encoding="utf-8"))


def _refuse_to_build(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: RiskDetector, *args: object) -> None:
        raise AssertionError("the risk detector was built although its tables are kept")

    monkeypatch.setattr(RiskDetector, "__init__", refuse)


def test_a_later_start_reads_the_detector_and_finds_what_a_built_one_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = load_knowledge(cache_dir=tmp_path / "cache").risk_detector
    _refuse_to_build(monkeypatch)
    read = load_knowledge(cache_dir=tmp_path / "cache").risk_detector

    assert read is not built
    # `_tables` is made at a detector's first message with a sign of harm, `_starts` as
    # messages meet words: never kept.
    kept = {"_compiled", *DERIVED}
    assert {k: v for k, v in vars(read).items() if k not in kept} == {
        k: v for k, v in vars(built).items() if k not in kept
    }
    assert _places(read) == _places(built)  # `firsts` too, which equality leaves out
    messages = _messages()
    assert len(messages) > 100
    for message in messages:
        assert read.detect(message) == built.detect(message), message


def _first_changed(tables: dict[str, Any], column: str, value: object) -> None:
    tables[column] = (value, *tables[column][1:])


def _places(detector: RiskDetector) -> list[tuple[object, ...]]:
    """Every place of every phrase and set, with all its fields."""
    phrases = [
        p
        for table in (detector._harm_index, detector._context_index)
        for ps in table.values()
        for p in ps
    ]
    places = [
        *detector._sets.values(),
        *(s for p in phrases for s in p.slots if not isinstance(s, str)),
    ]
    return [(w.single, w.several, w.firsts) for w in places]


def _a_place_out_of_range(tables: dict[str, Any]) -> None:
    _first_changed(tables, "slots", (len(tables["place_single"]) + 5,))


def _a_place_counted_from_the_end(tables: dict[str, Any]) -> None:
    _first_changed(tables, "slots", (-1,))


def _a_place_named_by_true(tables: dict[str, Any]) -> None:
    _first_changed(tables, "slots", (True,))


def _a_word_a_number(tables: dict[str, Any]) -> None:
    tables["known"] = frozenset({*tables["known"], 7})


def _an_unknown_kind(tables: dict[str, Any]) -> None:
    _first_changed(tables, "kind", 99)


def _a_need_of_words(tables: dict[str, Any]) -> None:
    _first_changed(tables, "needs", (frozenset({"hit"}),))


def _a_need_out_of_range(tables: dict[str, Any]) -> None:
    _first_changed(tables, "needs", (len(tables["place_single"]) + len(tables["other_needs"]),))


def _an_index_of_text(tables: dict[str, Any]) -> None:
    words, numbers = tables["harm"]
    tables["harm"] = (words, ("every phrase", *numbers[1:]))


def _a_phrase_out_of_range(tables: dict[str, Any]) -> None:
    words, numbers = tables["harm"]
    tables["harm"] = (words, ((len(tables["text"]),), *numbers[1:]))


def _a_column_cut_short(tables: dict[str, Any]) -> None:
    tables["group"] = tables["group"][:-1]


def _a_list_for_a_tuple(tables: dict[str, Any]) -> None:
    tables["place_single"] = list(tables["place_single"])


def _another_format(tables: dict[str, Any]) -> None:
    tables["format"] = 0


def _kept_tables(cache: Path) -> tuple[Path, dict[str, Any]]:
    (kept,) = cache.glob(f"{PREFIX}*.bin")
    return kept, marshal.loads(kept.read_bytes())


def _rewrite(cache: Path, kept: Path, content: bytes) -> None:
    """Write `content` as the kept tables, with their SHA-256 in the record (as if written so)."""
    record_path, record = _kept_record(cache)
    record["extra"] = hashlib.sha256(content).hexdigest()
    record_path.write_text(json.dumps(record), encoding="utf-8")
    kept.write_bytes(content)


@pytest.mark.parametrize(
    "damage",
    [
        _a_place_out_of_range,
        _a_place_counted_from_the_end,
        _a_place_named_by_true,
        _a_word_a_number,
        _an_unknown_kind,
        _a_need_of_words,
        _a_need_out_of_range,
        _an_index_of_text,
        _a_phrase_out_of_range,
        _a_column_cut_short,
        _a_list_for_a_tuple,
        _another_format,
    ],
)
def test_damaged_tables_are_not_used_and_the_detector_is_built(damage: Any, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    built = load_knowledge(cache_dir=cache).risk_detector
    kept, tables = _kept_tables(cache)
    damage(tables)
    _rewrite(cache, kept, marshal.dumps(tables))

    assert load_detector(kept.read_bytes(), load_knowledge().risk) is None
    again = load_knowledge(cache_dir=cache).risk_detector
    for message in MESSAGES:
        assert again.detect(message) == built.detect(message)


@pytest.mark.parametrize("cut", [1, 1000, 100_000])
def test_tables_not_ending_as_written_are_not_read(cut: int, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    built = load_knowledge(cache_dir=cache).risk_detector
    kept, _ = _kept_tables(cache)
    content = kept.read_bytes()
    kept.write_bytes(content[:-cut])

    assert read_fields(cache, _kept_record(cache)[1]["key"]) == (ANY, None)
    assert load_detector(content[:-cut], load_knowledge().risk) is None  # even if it were read
    again = load_knowledge(cache_dir=cache).risk_detector
    for message in MESSAGES:
        assert again.detect(message) == built.detect(message)


def test_missing_tables_only_mean_the_detector_is_built(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    built = load_knowledge(cache_dir=cache).risk_detector
    kept, _ = _kept_tables(cache)
    kept.unlink()

    again = load_knowledge(cache_dir=cache).risk_detector
    for message in MESSAGES:
        assert again.detect(message) == built.detect(message)


def test_a_detector_with_an_attribute_this_cache_does_not_know_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    detector = load_knowledge().risk_detector
    detector._new_table = {}  # type: ignore[attr-defined]

    assert dump_detector(detector) is None

    monkeypatch.setattr(detector_cache, "ATTRIBUTES", (*ATTRIBUTES, "_new_table"))
    monkeypatch.setattr(detector_cache, "PHRASE_FIELDS", ("text",))
    assert dump_detector(detector) is None


def test_the_detector_has_the_attributes_this_cache_keeps() -> None:
    """When the risk detector changes shape, add its new table to `detector_cache` (or a
    warm start quietly builds it again)."""
    detector = load_knowledge().risk_detector

    assert sorted(k for k in vars(detector) if k not in DERIVED) == sorted(ATTRIBUTES)
    assert detector_cache.shapes_known()
    assert dump_detector(detector) is not None
