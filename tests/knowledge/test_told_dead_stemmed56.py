"""Round 56 (tidy224): `knowledge.risk_own_child` reads a relative told dead ("my dad died…",
"since grandad passed away…") by the risk pack's `upset-died`, `upset-passed` and `upset-away`
markers as the detector's tables stem them once, not stemming them again at every message that
names a death and a child's upset."""

from __future__ import annotations

from dataclasses import replace

from knowledge.risk_hits import find_hits
from knowledge.risk_judging import SetTables, judged
from knowledge.risk_types import RiskFinding
from tests.support.packs import builtin_knowledge

DETECTOR = builtin_knowledge().risk_detector


def _finding(message: str, tables: SetTables) -> RiskFinding | None:
    """What the risk check makes of `message` with `tables`, as the detector judges it."""
    read = DETECTOR._tokens(message)
    harm, context = DETECTOR._starts
    hits = find_hits(read, DETECTOR._harm_index, harm)
    hits += find_hits(read, DETECTOR._context_index, context)
    return judged(hits, read, DETECTOR._pack, tables)[0]


def _with_died(words: frozenset[str]) -> SetTables:
    tables = DETECTOR._tables
    return replace(tables, markers={**tables.markers, "upset-died": words})


def test_the_built_in_markers_are_stemmed_once_with_the_tables() -> None:
    markers = DETECTOR._tables.markers
    assert {"died", "dies"} <= markers["upset-died"]  # as the tables stem them
    assert "pass" in markers["upset-passed"]  # "passed", stemmed
    assert "away" in markers["upset-away"]


def test_a_death_is_read_by_the_stemmed_markers_the_tables_hold() -> None:
    message = "my dad perished last month and my 8 year old cries at night"
    assert _finding(message, _with_died(frozenset())) is not None  # no death word: the upset
    # the tables' own stems ("perish"), as given, set the child's upset aside
    assert _finding(message, _with_died(frozenset({"perish"}))) is None


def test_a_death_told_quiets_a_childs_upset_and_someone_alive_still_rings() -> None:
    assert DETECTOR.detect("my dad died last month and my 8 year old cries at night") is None
    assert (
        DETECTOR.detect("my dad died and my stepdad shouts at my 8 year old till she cries")
        is not None
    )
