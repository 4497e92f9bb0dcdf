"""Staff who saw a relative's act are the witness, not the accused: round 37 (tryout37 #6).

"one of our lifeguards says a dad was rough with his 5 yo in the family changing room": a
`together` item naming staff in its first group ("<staff>") and an act in its others ("rough")
read as an allegation about the lifeguard, and named the LADO. When a word of the pack's
`staff-saw` marker ("says", "saw", "noticed", "reported") follows the staff word within two
words, and a relative (a word of the pack's `family` set) or someone else (a word of the pack's
`seen-people` marker: "a man", "a customer") is named after it in the same sentence, the staff
member tells of what that person did: the staff word is set aside for that
item. Not when the relative is said to tell or complain of something in turn (a word of the
pack's `alleging` marker after them: "one of our coaches said a mum complained he grabbed her
son": the coach may be who did it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.risk_pack import RiskPack
from knowledge.risk_staff_acts import names_staff
from knowledge.risk_types import Hit, Kinds, Tokens

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["witness_staff"]

_SAW_GAP = 2  # "one of our lifeguards says", "the coach who saw"


def witness_staff(
    hits: list[Hit], read: Tokens, pack: RiskPack, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits without the staff of a staff item who saw a relative's act (module docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        pack: the pack the phrases came from.
        markers: the stems of the pack's markers by name.
    """
    saw, alleging, words = markers["staff-saw"], markers["alleging"], read.words
    others = read.kin | {i for i, w in enumerate(words) if w in markers["seen-people"]}
    if not others:
        return hits

    def witness(h: Hit) -> bool:
        if h.phrase.kind is not Kinds.GROUP or h.phrase.group != 0 or not names_staff(h):
            return False
        verb = next(
            (
                k
                for k in range(h.end, min(h.end + _SAW_GAP, len(words)))
                if words[k] in saw and read.sentence_of[k] == h.sentence
            ),
            None,
        )
        if verb is None:
            return False
        kin = [p for p in others if p > verb and read.sentence_of[p] == h.sentence]
        return bool(kin) and not any(
            words[k] in alleging
            for k in range(min(kin) + 1, len(words))
            if read.sentence_of[k] == h.sentence
        )

    return [h for h in hits if not witness(h)]
