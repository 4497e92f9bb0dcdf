"""The risk pack's `set_aside` (round 53, tidy194): the categories whose signs a reading may set
aside, by the reading's name, once constants in the code (`risk_animals`, `risk_grown_couple`).
Each reading reads its own names from the pack, and a pack naming a reading the risk check does
not have, or a category no pack has, is refused."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from knowledge.loader import KnowledgeError, load_knowledge
from knowledge.risk import RiskDetector
from tests.support.packs import builtin_knowledge

KNOWLEDGE = builtin_knowledge()


@pytest.mark.parametrize(
    ("reading", "text"),
    [
        ("animals", "an owner who we think is neglecting their dogs"),
        ("grown-couple", "my niece is 25 and has been talking to a guy who is 40 she met online"),
    ],
)
def test_each_reading_sets_aside_the_categories_the_pack_names_for_it(
    reading: str, text: str
) -> None:
    assert KNOWLEDGE.risk_detector.detect(text) is None
    named = {n: ids for n, ids in KNOWLEDGE.risk.set_aside.items() if n != reading}
    without = RiskDetector(dataclasses.replace(KNOWLEDGE.risk, set_aside=named))
    assert without.detect(text) is not None


@pytest.mark.parametrize(
    ("set_aside", "problem"),
    [
        ("animals: [gambling-harm]", "set_aside 'animals' names category 'gambling-harm', which"),
        ("parrots: [neglect]", "set_aside 'parrots' is no reading of the risk check"),
        ("animals: []", "set_aside 'animals': members must be category ids"),
    ],
)
def test_a_pack_naming_an_unknown_reading_or_category_is_refused(
    tmp_path: Path, set_aside: str, problem: str
) -> None:
    (tmp_path / "risk.yaml").write_text(f"kind: risk\nset_aside:\n  {set_aside}\n", "utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path)
    assert problem in "\n".join(caught.value.problems)


def test_an_organisations_pack_adds_ids_to_a_reading(tmp_path: Path) -> None:
    (tmp_path / "risk.yaml").write_text(
        "kind: risk\nset_aside:\n  grown-couple: [neglect]\n", encoding="utf-8"
    )
    merged = load_knowledge(tmp_path).risk.set_aside
    assert merged["grown-couple"] == (*KNOWLEDGE.risk.set_aside["grown-couple"], "neglect")
    assert merged["animals"] == KNOWLEDGE.risk.set_aside["animals"]
