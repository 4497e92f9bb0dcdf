"""Round 46 (perf105): what the risk check now works out once is what it used to work out at
every hit, and the anchor search's quick test of the writer's support agrees with its search.

- `Phrase.staff` (found when the pack is compiled) says what scanning the `together` item's
  first group for `<staff>` said (`knowledge.risk_staff_acts.names_staff`).
- `Kinds` holds every member of `Kind`, the same objects (the judging steps compare by `is`).
- `AnchorSearch` blanks a phrase of the writer's support to others as before, with or without
  a typo fixed beside it.
"""

from __future__ import annotations

import pytest

from knowledge.loader import qa_words
from knowledge.matching.anchors import AnchorSearch
from knowledge.matching.text import words
from knowledge.risk import RiskDetector
from knowledge.risk_compile import compile_phrases
from knowledge.risk_types import STAFF_SET, Kind, Kinds
from tests.support.packs import builtin_knowledge

_KNOWLEDGE = builtin_knowledge()
_DETECTOR = RiskDetector(_KNOWLEDGE.risk, qa_words(_KNOWLEDGE.entries))
_PHRASES = compile_phrases(_KNOWLEDGE.risk, _DETECTOR._sets, {}).phrases


def test_staff_is_the_scan_of_the_items_first_group() -> None:
    pack = _KNOWLEDGE.risk
    groups = [p for p in _PHRASES if p.kind is Kind.GROUP]
    assert any(p.staff for p in groups)
    assert not all(p.staff for p in groups)
    for phrase in groups:
        first = pack.categories[phrase.category].together[phrase.item][0]
        assert phrase.staff == any(STAFF_SET in text for text in first), phrase.text


def test_no_other_phrase_names_staff() -> None:
    assert not any(p.staff for p in _PHRASES if p.kind is not Kind.GROUP)


@pytest.mark.parametrize("member", list(Kind), ids=lambda k: k.name)
def test_kinds_holds_every_member_of_kind(member: Kind) -> None:
    assert getattr(Kinds, member.name) is member


_SEARCH = AnchorSearch(
    [{1: ["support my staff", "someone"]}],
    writer_support=["i support", "support worker*"],
    support_asked_after=["can"],
)


@pytest.mark.parametrize(
    ("typed", "fixed", "found"),
    [
        # the writer's support to someone: no anchor inside it
        ("someone i support told me", "someone i support told me", {"someone"}),
        ("i support my staff", "i support my staff", set()),
        # a question of how to support: found as usual
        ("how can i support my staff", "how can i support my staff", {"support my staff"}),
        # a prefix phrase, and a typo fixed in the other split
        ("a support workers staff", "a support workers staff", set()),
        ("i supprot my staff", "i support my staff", set()),
        ("can i supprot my staff", "can i support my staff", {"support my staff"}),
        # no phrase of the writer's support at all
        ("support my staff please", "support my staff please", {"support my staff"}),
    ],
)
def test_anchors_beside_the_writers_support(typed: str, fixed: str, found: set[str]) -> None:
    assert _SEARCH.found(words(typed), words(fixed)) == found
