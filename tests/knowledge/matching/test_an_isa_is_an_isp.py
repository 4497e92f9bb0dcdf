"""Round 34 (dev misses): "Information Sharing Arrangements (ISA)… What are ISAs?" was held back
from entry 12 (what an information sharing protocol is), whose anchors named an ISP, a protocol,
an agreement and a DSA but not an ISA. Entry 13 (whether one is needed) keeps its anchors: "when
exactly do companies need an ISA?" asks of organisations, which it does not answer."""

from __future__ import annotations

from knowledge.matching import Matcher


def test_what_an_isa_is_is_quoted_entry_12(built_in_matcher: Matcher) -> None:
    answer = built_in_matcher.match(
        "Our council is calling for Information Sharing Arrangements (ISA) with landlords. "
        "What are ISAs?"
    ).answer
    assert answer is not None and answer.number == 12


def test_when_companies_need_an_isa_is_not_quoted(built_in_matcher: Matcher) -> None:
    assert built_in_matcher.match("So, when exactly do companies need an ISA?").answer is None
