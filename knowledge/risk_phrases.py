"""The syntax of a risk pack's cue phrases, and the check that a phrase follows it.

A cue is a phrase of words, each slot one of:

- a word, or alternatives ``hit|hits|hitting`` (compared after light stemming, so ``touched``
  also matches ``touching``); an alternative of several words joins them with ``_``
  (``privates|private_parts``);
- ``<name>``: any word of the pack's named set ``name`` (e.g. ``<them>`` for him, her, me…),
  also as one of several alternatives (``<kid>|pupils``);
- ``*``: any one word, or none;
- ``...``: a gap of up to four words.

The first slot is always a word or a set, so cues can be looked up by their first word.
"""

from __future__ import annotations

import itertools

from knowledge.lazy_pattern import LazyPattern
from knowledge.risk_types import ANY_WORD, GAP
from knowledge.risk_words import age_in_word

MAX_GAPS = 3
MAX_SLOTS = 8
_ALTERNATIVE = r"(?:[a-z0-9]+(?:_[a-z0-9]+){0,3}|<[a-z][a-z0-9-]{0,30}>)"
# Only a pack being checked is read with these.
_WORD = LazyPattern(rf"^{_ALTERNATIVE}(?:\|{_ALTERNATIVE})*$")
_SET = LazyPattern(r"^<([a-z][a-z0-9-]{0,30})>$")


def phrase_problem(phrase: str) -> str | None:
    """What is wrong with a cue phrase, in words; None when it is well formed."""
    slots = phrase.split()
    if not slots:
        return "a cue must have at least one word"
    if len(slots) > MAX_SLOTS:
        return f"{phrase!r}: a cue has at most {MAX_SLOTS} words"
    for slot in slots:
        if slot not in (ANY_WORD, GAP) and not _WORD.match(slot) and not _SET.match(slot):
            return (
                f"{phrase!r}: {slot!r} is not a word (lower-case letters and digits, "
                "alternatives joined by |, words of one alternative by _), a <set>, * or ..."
            )
    if slots[0] in (ANY_WORD, GAP) or slots[-1] == GAP:
        return f"{phrase!r}: a cue must start with a word or <set>, and cannot end with ..."
    if slots.count(GAP) > MAX_GAPS:
        return f"{phrase!r}: a cue may hold at most {MAX_GAPS} gaps (...)"
    if any(a == b == GAP for a, b in itertools.pairwise(slots)):
        return f"{phrase!r}: two gaps (...) in a row"
    return None


def set_names(phrase: str) -> list[str]:
    """The named sets a cue phrase refers to."""
    return [
        m.group(1)
        for slot in phrase.split()
        for m in map(_SET.match, slot.split("|"))
        if m is not None
    ]


def check_phrases(phrases: tuple[str, ...]) -> tuple[str, ...]:
    cleaned = tuple(" ".join(p.lower().split()) for p in phrases)
    for phrase in cleaned:
        problem = phrase_problem(phrase)
        if problem is not None:
            raise ValueError(problem)
    return cleaned


# Round 37 (r1o37): an age typed as one word ("14yo"; `words_of` reads "14y/o", "14 y.o." so)
# is one word where a cue names an age in two or three ("14 year old", "14 yo"). Each cue that
# reads an age's number and unit, or the unit alone after any word ("a * year_old|yo"), also
# reads it run in, every age taken by `knowledge.risk_words.age_in_word`, the one reader.
_UNITS = frozenset({"year", "years", "yr", "yrs", "yo"})  # after a number: "14 year old"
_UNITS_ALONE = frozenset({"year_old", "yr_old", "yrs_old", "yo"})  # "a * year_old|yo"
_OLD = "old"
_RUN_IN = "yo"
_OLDEST = 120


def run_in_ages(phrase: str) -> tuple[str, ...]:
    """A cue phrase, and the same phrase reading an age typed as one word, when it reads an
    age's number and unit ("11|12 year old|yo ... pregnant" also as "11yo|12yo ... pregnant")
    or a unit alone ("sent a * year_old|yo pictures" also as "sent a * 1yo|2yo|… pictures")."""
    slots = phrase.split()
    for i, slot in enumerate(slots):
        alternatives = slot.split("|")
        if i + 1 < len(slots) and not _UNITS.isdisjoint(slots[i + 1].split("|")):
            ages = [a for a in alternatives if a.isdecimal() and age_in_word(a) is not None]
            if ages:
                end = i + 3 if i + 2 < len(slots) and _OLD in slots[i + 2].split("|") else i + 2
                return phrase, " ".join([*slots[:i], _run_in(ages), *slots[end:]])
        if not _UNITS_ALONE.isdisjoint(alternatives) and (i == 0 or slots[i - 1] == ANY_WORD):
            every = [str(n) for n in range(1, _OLDEST + 1)]
            return phrase, " ".join([*slots[:i], _run_in(every), *slots[i + 1 :]])
    return (phrase,)


def _run_in(ages: list[str]) -> str:
    """The alternatives of a place reading each of `ages` run into "yo" ("14yo")."""
    return "|".join(f"{a}{_RUN_IN}" for a in ages if age_in_word(f"{a}{_RUN_IN}") is not None)
