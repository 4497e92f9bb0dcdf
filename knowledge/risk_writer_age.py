"""Whether an age the writer gives of themselves is theirs alone (round 43, adults48).

"Im 70 and worried about my granddaughter, her dad hits her": the 70 is the writer's, and the one
at risk is the granddaughter, so the age says nothing of whom the harm concerns (tryout44 #4,
left by adults47). A grown writer's age tells of the one at risk only when the writer tells of
harm to themselves: "me" or "myself" ("im 84 and my carer is rough with me"), or "my" before a
word that names no one ("im 79, my grandson takes my bank card", "my pension"). A young writer's
age is kept: a young person's friend is most often young too.

Pure and linear, set lookups only.
"""

from __future__ import annotations

from knowledge.risk_types import Tokens
from knowledge.risk_words import ADULT_AGE

__all__ = ["writers_own"]

_ME = frozenset({"me", "myself"})
_MY = "my"


def writers_own(read: Tokens, age: int) -> bool:
    """Whether `age`, which the writer gives of themselves ("im 70"), is the writer's alone: a
    grown-up's age in a message that tells of no harm to the writer."""
    if age < ADULT_AGE:
        return False
    words = read.words
    if not _ME.isdisjoint(words):
        return False
    return not any(
        word == _MY and at + 1 < len(words) and at + 1 not in read.persons
        for at, word in enumerate(words)
    )
