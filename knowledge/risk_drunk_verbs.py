"""A word for drunk used as a verb on something: round 39 (whom40, tryout39 #11, #10).

"optician - a patient told me her husband smashed her glasses and wont let her get new ones"
read "husband … smashed" as a relative drunk (the pack's `drunk` words), a parent's substance
misuse, and named a child at risk and child procedures alone: no child is named, the husband
broke her glasses. A hit ending on a word of the pack's `drunk-verbs` marker ("smashed",
"wasted", "hammered"), at a place for being drunk (one that also holds a word of its
`drunk-probe`, "drunk"), is set aside when one of its `verb-objects` comes next ("smashed her
glasses", "wasted the money", "hammered the door"); "dad came home smashed" stays.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_types import Hit, Tokens, Words

__all__ = ["drunk_verbs"]


def drunk_verbs(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> list[Hit]:
    """`hits` without those reading a verb done to something as drunk (module docstring)."""
    words = read.words
    return [h for h in hits if not _done_to_something(h, words, markers)]


def _done_to_something(hit: Hit, words: list[str], markers: Mapping[str, frozenset[str]]) -> bool:
    last = hit.end - 1
    if not 0 <= last < len(words) - 1 or words[last] not in markers["drunk-verbs"]:
        return False
    slot = hit.phrase.slots[-1] if hit.phrase.slots else None
    if not isinstance(slot, Words) or slot.single.isdisjoint(markers["drunk-probe"]):
        return False
    return words[hit.end] in markers["verb-objects"]
