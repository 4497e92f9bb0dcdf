"""A drink told with only a harmless act after it: round 53 (fa191).

"when my dad gets drunk he sings karaoke", "after he drinks he falls asleep on the sofa": the
cues read a relative drunk, or drinking, as a parent's substance misuse, though the message tells
only what the drinker does then, and it harms no one. A sign of the `parental-substance`
category is set aside when the message is one sentence of at most `_MOST_WORDS` words that opens
with one of the pack's `drunk-when` markers ("when", "whenever", "after", "if"), tells the drink
after it, and then one of `drunk-harmless` ("sings", "dances", "laughs", "asleep", "snores")
with at most `_TAIL_WORDS` words after it, and no word after the drink is one of `drunk-more`
("and", "but", "then", "because", "every", "always"; the writer, "i", "me", "us"; "crying",
"hide"): nothing else is told of the drink, nor of the writer then. "when my dad gets drunk he
shouts at us" (no harmless act), "after he drinks he falls asleep and we cant wake him" (more
told after), "when my dad gets drunk i fall asleep crying" (the writer), "my mum drinks every
day and falls asleep" (no opening "when") keep the sign; every other category's signs stay, and
so do signals before the drink.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import RiskPack
from knowledge.risk_types import Hit, Kind, Tokens

__all__ = ["drunk_harmless", "substance_category"]

_CATEGORY = "parental-substance"
_MOST_WORDS = 15  # "when my dad gets drunk he sings karaoke" is 8
_TAIL_WORDS = 4  # "falls asleep on the sofa": "on the sofa"
_SIGNS = frozenset({Kind.CUE, Kind.TERM, Kind.SIGNAL})


def substance_category(pack: RiskPack) -> int:
    """The index of the `parental-substance` category in `pack` (-1 when it has none)."""
    return next((i for i, c in enumerate(pack.categories) if c.id == _CATEGORY), -1)


def drunk_harmless(
    hits: list[Hit], read: Tokens, category: int, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """`hits` without those of the `parental-substance` category (its index `category`: see
    `substance_category`), signs and context alike, and without the signals after the drink,
    when the message tells a drink with only a harmless act after it (module docstring)."""
    drink = [h for h in hits if h.phrase.category == category >= 0]
    signs = [h.end for h in drink if h.phrase.kind in _SIGNS]
    if not signs or not _harmless(read, after := min(signs), markers):
        return hits
    # the harmless act may be another category's signal ("falls asleep" is one of neglect's)
    return [
        h
        for h in hits
        if h not in drink and (h.phrase.kind is not Kind.SIGNAL or h.position < after)
    ]


def _harmless(read: Tokens, after: int, markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether the message is one short sentence opening with a `drunk-when` word whose words
    from `after` (the drink's end) hold a `drunk-harmless` act, and nothing more after it."""
    words = read.words
    if not words or len(words) > _MOST_WORDS or len(set(read.sentence_of)) > 1:
        return False
    if words[0] not in markers["drunk-when"]:
        return False
    acts = [i for i in range(after, len(words)) if words[i] in markers["drunk-harmless"]]
    if not acts:
        return False
    tail = words[acts[-1] + 1 :]
    return len(tail) <= _TAIL_WORDS and markers["drunk-more"].isdisjoint(words[after:])
