"""Building the matcher: the cyclic garbage collector waits until the index is built."""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from knowledge.matching import Matcher, load_matcher_packs
from knowledge.qa_pack import QAEntry, QAPack

PACKS = Path(__file__).resolve().parents[3] / "knowledge" / "packs"


@pytest.fixture(scope="module")
def big_pack() -> list[QAEntry]:
    """The published entries and 40 renumbered copies of each: enough allocations to set
    off several collections."""
    pack = QAPack.model_validate(yaml.safe_load((PACKS / "qa.yaml").read_text(encoding="utf-8")))
    copies = [
        dataclasses.replace(e, number=1000 + 100 * k + e.number, question=f"{e.question} {k}")
        for k in range(40)
        for e in pack.entries
    ]
    return [*pack.entries, *copies]


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generation of every collection the garbage collector starts meanwhile."""
    started: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(note)
    try:
        yield started
    finally:
        gc.callbacks.remove(note)


def test_a_cold_build_and_a_cached_start_run_no_collection_and_leave_the_collector_on(
    big_pack: list[QAEntry], collections: list[int], tmp_path: Path
) -> None:
    not_covered, lexicon = load_matcher_packs(PACKS)
    gc.collect()
    collections.clear()
    Matcher(big_pack, not_covered, lexicon, cache_dir=tmp_path)
    Matcher(big_pack, not_covered, lexicon, cache_dir=tmp_path)
    # Each build's young objects are looked at once, by the first collection after it.
    assert len(collections) <= 2
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off(big_pack: list[QAEntry]) -> None:
    not_covered, lexicon = load_matcher_packs(PACKS)
    gc.disable()
    try:
        Matcher(big_pack[:14], not_covered, lexicon)
        assert not gc.isenabled()
    finally:
        gc.enable()
