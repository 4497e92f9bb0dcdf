"""A staff word that names something else here is no one at work: round 39 (whom39, tryout38 #10).

The pack's `staff` set holds "head" (the head teacher) and "miss" (a teacher as pupils call
her), and words are compared stemmed, so "missing" is "miss". "the dad … hit him round the
head" and "one of our tenants (22) keeps going missing … a new mate who gives him lifts" read
as allegations about staff, and named the LADO. The first word of a `together` item naming
staff ("<staff>") is set aside for that item when it is a word of the pack's `staff-body`
marker ("head") just after one of `body-before` ("round the head", "his head"), with the word
"the" between or none, and no word of `role-after` after it ("his head of year"); or a word of
`staff-missing` ("miss") just after one of `missing-before` ("going missing", "reported
missing", "keeps missing school").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_pack import RiskPack
from knowledge.risk_staff_acts import names_staff
from knowledge.risk_types import Hit, Kinds, Tokens

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["not_staff_words"]


def not_staff_words(
    hits: list[Hit], read: Tokens, pack: RiskPack, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits without a staff item's staff word that names a body part or going missing
    (module docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        pack: the pack the phrases came from.
        markers: the stems of the pack's markers by name.
    """
    words = read.words

    def before(i: int) -> str:
        return words[i - 1] if i > 0 else ""

    def other(i: int) -> bool:
        word = words[i]
        if word in markers["staff-missing"]:
            return before(i) in markers["missing-before"]
        if word not in markers["staff-body"]:
            return False
        if i + 1 < len(words) and words[i + 1] in markers["role-after"]:
            return False
        prior = i - 1 if before(i) == "the" else i
        return before(prior) in markers["body-before"]

    def set_aside(h: Hit) -> bool:
        return (
            h.phrase.kind is Kinds.GROUP
            and h.phrase.group == 0
            and h.end - h.position == 1
            and names_staff(h)
            and other(h.position)
        )

    return [h for h in hits if not set_aside(h)]
