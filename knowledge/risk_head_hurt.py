""" "Head" as the body part, not the head teacher: round 39 (whom40, tryout39 #11).

"rough sleeper (40s) with a head wound, confused, says people at the hostel beat him up" read
"head" as staff (the pack's `staff` set holds it for the head teacher) and "beat him up" as what
staff did: an allegation against staff, with the LADO. A one-word hit on a word of the pack's
`head-words` marker, where the place it matched is one for staff (one that also holds a word of
its `head-staff` marker, "headteacher"), is set aside when the word comes just before one of
its `head-hurts` ("a head wound", "head injury") or just after one of its `head-owners` ("his
head", "hit her head"). "the head hit a pupil" stays an allegation.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_types import Hit, Tokens, Words

__all__ = ["head_hurt"]


def head_hurt(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> list[Hit]:
    """`hits` without those reading the body's head as staff (module docstring)."""
    words = read.words
    return [h for h in hits if not _body_head(h, words, markers)]


def _body_head(hit: Hit, words: list[str], markers: Mapping[str, frozenset[str]]) -> bool:
    if hit.end - hit.position != 1 or words[hit.position] not in markers["head-words"]:
        return False
    slot = hit.phrase.slots[0] if hit.phrase.slots else None
    if not isinstance(slot, Words) or slot.single.isdisjoint(markers["head-staff"]):
        return False
    after = words[hit.end] if hit.end < len(words) else ""
    before = words[hit.position - 1] if hit.position else ""
    return after in markers["head-hurts"] or before in markers["head-owners"]
