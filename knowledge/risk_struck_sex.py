"""Whether the one a blow struck is a woman or a man (round 51, domestic171).

"my neighbours boyfriend hits her" named the Men's Advice Line, a line for men harmed: the one hit
is a woman. The contacts pack names a line `only_when_harmed` … `unless` a reading says it is not
for whom the harm struck (`knowledge.contacts_pack.HarmedCondition.unless`); this is that reading,
over a message's words as the cues compare them (stemmed).

Each act of harm (a word of the pack's `struck-acts` or `struck-also` markers: "hits", "beats",
"strangled", "controls") is read for the one it struck, the first word for a person within
`OBJECT_REACH` words after it, past a determiner ("my", "his"):

- a word of `struck-women` ("her", "wife", "mum", "girlfriend") is a woman struck, a word of
  `struck-men` ("him", "husband", "dad", "boyfriend") a man, unless a possessive "her" or "his"
  is followed within `OBJECT_REACH` words by a word for a child or another person ("hits her
  kids", "beats his wife": the noun after it is the one struck);
- any other word for people ("me", "us", "them", "the kids") is someone whose sex is not told:
  "my wife hits me" is read for no one, and keeps every line;
- a passive act ("she was beaten by her husband", "he got beaten up by his wife"): the person
  named within `OBJECT_REACH` words before it.

`sex_struck` is "woman" when every act with a one struck named struck a woman, "man" when every
one struck a man, and None otherwise (none named, someone unknown, or both). Linear: each word
is looked at a bounded number of times.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

__all__ = ["OBJECT_REACH", "STRUCK_MARKERS", "STRUCK_TELLINGS", "sex_struck", "struck_telling"]

OBJECT_REACH = 3
"""How far from the act the one struck is named ("hits her 2 little kids")."""

Sex = Literal["woman", "man"]
STRUCK_TELLINGS: Mapping[str, Sex] = {"woman-struck": "woman", "man-struck": "man"}
"""The tellings this reading gives a line's `unless` (`HarmedCondition.unless`), by the sex read."""

_DETERMINERS = frozenset({"my", "his", "her", "their", "our", "the", "your", "a", "an", "this"})
_POSSESSIVES = frozenset({"her", "his"})
_PASSIVE = frozenset({"by"})
_PARTICLES = frozenset({"up", "about", "around", "badly"})  # "beaten up by"
_AUXILIARIES = frozenset({"was", "is", "got", "get", "been", "being", "were", "be", "gets"})
_JOINS = frozenset({"and", "or", "but", "then", "in", "with", "when", "while", "becaus"})
_UNKNOWN = "someone"
_NONE: frozenset[str] = frozenset()


STRUCK_MARKERS = (
    *("struck-acts", "struck-also", "struck-women", "struck-men", "struck-others", "offspring"),
)
"""The risk pack's markers `sex_struck` and `struck_telling` read."""


def sex_struck(said: Sequence[str], markers: Mapping[str, frozenset[str]]) -> Sex | None:
    """ "woman" or "man" when every act of harm in `said` (a message's words, stemmed as the
    markers are) struck one of that sex, as the module docstring reads it; else None.

    Args:
        said: the message's words, stemmed.
        markers: the risk pack's markers by name, stemmed (`struck-acts`, `struck-also`,
            `struck-women`, `struck-men`, `struck-others`, `offspring`).
    """
    acts = markers.get("struck-acts", _NONE) | markers.get("struck-also", _NONE)
    sexes = {
        whom
        for i, word in enumerate(said)
        if word in acts and (whom := _struck(said, i, markers)) is not None
    }
    if len(sexes) != 1:
        return None
    whom = sexes.pop()
    return "woman" if whom == "woman" else "man" if whom == "man" else None


def struck_telling(said: Sequence[str], markers: Mapping[str, frozenset[str]]) -> str | None:
    """The telling of `STRUCK_TELLINGS` for the sex `sex_struck` reads, or None."""
    sex = sex_struck(said, markers)
    return next((t for t, s in STRUCK_TELLINGS.items() if s == sex), None)


def _struck(said: Sequence[str], act: int, markers: Mapping[str, frozenset[str]]) -> str | None:
    """Whom the act at `act` struck: "woman", "man", `_UNKNOWN`, or None when no one is named."""
    women, men = markers.get("struck-women", _NONE), markers.get("struck-men", _NONE)
    others = markers.get("struck-others", _NONE) | markers.get("offspring", _NONE)
    people = women | men | others
    end = min(len(said), act + 1 + OBJECT_REACH)
    by = act + 2 if act + 1 < end and said[act + 1] in _PARTICLES else act + 1
    if by < end and said[by] in _PASSIVE:  # "was beaten by", "got beaten up by"
        before = [w for w in said[max(0, act - OBJECT_REACH) : act] if w not in _AUXILIARIES]
        return _sex(before[-1], women, men, people) if before else None
    for p in range(act + 1, end):
        word = said[p]
        if word in _POSSESSIVES and _owner(said[p + 1 : p + 1 + OBJECT_REACH], people):
            continue  # "hits her kids", "beats his wife": the noun after is the one struck
        if word in people:
            return _sex(word, women, men, people)
        if word not in _DETERMINERS:
            return None
    return None


def _owner(after: Sequence[str], people: frozenset[str]) -> bool:
    """Whether a "her" or "his" before `after` owns the one struck: a word for people comes in
    `after` before any word that joins another ("hits her and the kids": she is struck)."""
    for word in after:
        if word in _JOINS:
            return False
        if word in people:
            return True
    return False


def _sex(
    word: str, women: frozenset[str], men: frozenset[str], people: frozenset[str]
) -> str | None:
    """The sex `word` names of the one struck, `_UNKNOWN` for someone else, None for no one."""
    if word in women:
        return "woman"
    if word in men:
        return "man"
    return _UNKNOWN if word in people else None
