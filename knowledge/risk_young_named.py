"""A child named as young or little beside a kind of harm only adults are taken to suffer: round
39 (whom40, tryout39 #3).

"estate agent - on a viewing there was a locked room with a bed and cameras and a young girl
there who didnt speak" found an adult's harm (someone locked in a room) and named the adult's
procedures alone. A word of the pack's `young-words` marker ("young", "little") just before one
of its `young-nouns` ("girl", "lad", "kids") names a child, as an age under 18 does
(`knowledge.risk_aged_child`): with no age of 18 or over given but a relative's and no woman
harmed, an adult's finding becomes a child's or an adult's ("a young man", "a young woman" stay
grown).
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import Concern
from knowledge.risk_stated_ages import PAST, stated_ages
from knowledge.risk_types import Tokens
from knowledge.risk_words import ADULT_AGE

__all__ = ["young_named"]


def young_named(
    concern: Concern, read: Tokens, markers: Mapping[str, frozenset[str]], *, woman: bool
) -> Concern:
    """`concern`, or "either" where the module docstring's reading finds a young child named
    beside an adult's harm (`woman`: a grown woman is herself the one harmed)."""
    if concern != "adult" or woman:
        return concern
    words = read.words
    if not any(
        words[i] in markers["young-nouns"] and words[i - 1] in markers["young-words"]
        for i in range(1, len(words))
    ):
        return concern
    ages = stated_ages(read, writer=markers["age-writer"])
    if any(
        age >= ADULT_AGE and holder not in read.kin for *_, age, holder in ages if holder != PAST
    ):
        return concern
    return "either"
