"""A girl or a lad at work, no age given, may be grown: round 41 (whom41, tryout40 #9).

"nail bar - girl doing my nails had bruises and whispered help me when the boss went out" named
a child at risk and a child's procedures alone: "girl" is a word for a child, but a girl at work
(a boss, a shift, a salon, doing someone's nails) is most often a young woman. Where every word
for a child the message names is one of the pack's `maybe-grown` marker ("girl", "lad"), no age
under 18 is given, and a word of its `at-work-signs` marker is there ("boss", "employer",
"salon", "nails"), a child's finding becomes a child's or an adult's ("a 15 year old girl doing
my nails", "a girl in year 10 with a weekend job" stay a child's).
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import Concern
from knowledge.risk_stated_ages import ages_now
from knowledge.risk_types import Hit, Kind, Tokens
from knowledge.risk_words import ADULT_AGE

__all__ = ["girl_at_work"]


def girl_at_work(
    concern: Concern, hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> Concern:
    """`concern`, or "either" where the module docstring's reading finds a girl or a lad at
    work and no child's age."""
    if concern != "child" or markers["at-work-signs"].isdisjoint(read.words):
        return concern
    maybe = markers["maybe-grown"]
    kids = [h for h in hits if h.phrase.kind is Kind.CHILD]
    if not kids or any(read.words[k] not in maybe for h in kids for k in range(h.position, h.end)):
        return concern
    if any(age < ADULT_AGE for *_, age, _ in ages_now(read, writer=markers["age-writer"])):
        return concern
    return "either"
