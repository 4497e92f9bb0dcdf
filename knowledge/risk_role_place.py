"""The writer's role and the place it is worked, opening a message: round 44 (miss63).

Tryout47 #5: "night staff at a refuge, a residents ex found us, hes banging on the door now
shouting hes going to kill her" named staff as who shouted at a resident, so the signpost led
with the position-of-trust line for staff; the opening clause is who writes. The writer's role
(`knowledge.risk_subjects.role_label`) was an opening of at most four words pointing at no one,
which "at a refuge" outgrew. A role, then "at", "in" or "for" and a place of a determiner and
at most two words, is such an opening too ("support worker in the day centre").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

__all__ = ["works_at"]

_WHERE_WORDS = 3  # "at a refuge", "in the day centre"
_AT = frozenset({"at", "in", "for"})
_PLACE_DETERMINERS = frozenset({"a", "an", "the", "our"})


def works_at(opening: Sequence[str], pointers: Collection[str], role_words: int) -> bool:
    """Whether `opening` (the words of a message's first clause, stemmed) is a role of at most
    `role_words` words pointing at no one (none of `pointers`: "a girl at the school" is
    someone), then where it is worked ("night staff at a refuge").

    Args:
        opening: the first clause's words, when a second clause follows it.
        pointers: the words that point at someone other than the writer.
        role_words: the most words the role itself may have.
    """
    if len(opening) > role_words + 1 + _WHERE_WORDS:
        return False
    at = next((i for i, w in enumerate(opening) if w in _AT), -1)
    if not 0 < at <= role_words or any(w in pointers for w in opening[:at]):
        return False
    place = opening[at + 1 :]
    return (
        0 < len(place) <= _WHERE_WORDS
        and place[0] in _PLACE_DETERMINERS
        and not any(w in pointers for w in place[1:])
    )
