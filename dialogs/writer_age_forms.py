"""The age a writer gives of themselves in the short forms of a post or a chat (round 54,
voice203): a tag of age and sex ("17f my dad hits me", "me (19m)", "im 16f"), an age the
message opens with before "and", "here" or a sex ("15 and my dad hits me", "15 yo here", "15 f
…"), and "I'm a 15 year old".

`dialogs.writer_harmed.own_age` reads "im 14" and "i am 84"; it asks these when it finds none,
so a young person's "17f" gets a young person's reply and a grown writer's "25f" an adult's.
Only the writer's own: a tag just after someone else ("my bf (19m) hits me") is theirs, and an
age opening a note about someone ("15 year old girl disclosed…", "15yo pupil") is no writer's.

Pure and linear: a look at the first words, and one pass for a tag, set lookups only.
"""

from __future__ import annotations

from knowledge.risk_words import age_in_word

_SEXES = frozenset({"f", "m"})
# Just before a tag of the writer's own ("im 17f", "me 19m": "me (19m)" simplified).
_WRITER = frozenset({"i", "im", "me"})
# After an age the message opens with: the writer's ("15 and…", "15 here", "15 f"; not "15
# year old girl", someone told of).
_OPENINGS = frozenset({"and", "here", *_SEXES})
_YEARS = frozenset({"year", "years", "yr", "yrs"})
_OLD = "old"
_A = "a"
# An age run into these is the writer's when the message opens with it ("15yo here").
_RUN_IN = frozenset({"yo", "y", "yrs", "years"})
# The youngest a tag or an opening age is read as a writer's: not a road's "m6" or "2 and…".
_YOUNGEST = 10


def tagged_age(words: list[str]) -> int | None:
    """The age `words` (a message simplified) give of the writer in a tag of age and sex
    opening the message or just after "i", "im" or "me" ("17f", "f17", "19m"), or in an age
    the message opens with before "and", "here" or a sex ("15 and…", "15 yo here", "15 year
    old here"); None if none."""
    for at, word in enumerate(words):
        if (at == 0 or words[at - 1] in _WRITER) and (age := _tag(word)):
            return age
    return _opening(words)


def a_years_old(after: list[str]) -> int | None:
    """The age in "a 15 year old" (or "a 15yo") opening `after`, the words just after "im":
    the writer's ("im a 15 year old and…"); not "a 15 year olds mum"."""
    if len(after) < 2 or after[0] != _A:
        return None
    age = age_in_word(after[1])
    if not age:
        return None
    if after[1].isdecimal():
        return age if after[2:3] and after[2] in _YEARS and after[3:4] == [_OLD] else None
    return age


def _tag(word: str) -> int | None:
    """The age in a tag of age and sex ("17f", "f17", "25m"), or None."""
    if len(word) < 2 or not (word[-1] in _SEXES or word[0] in _SEXES):
        return None
    digits = word[:-1] if word[-1] in _SEXES else word[1:]
    age = age_in_word(digits) if digits.isdecimal() else None
    return age if age is not None and age >= _YOUNGEST else None


def _opening(words: list[str]) -> int | None:
    """The age the message opens with, followed by one of `_OPENINGS` ("15 and", "15 f"), by
    "here" after "yo" or "year old", or run into "yo" before "here" ("15yo here")."""
    age = age_in_word(words[0]) if words else None
    if age is None or age < _YOUNGEST:
        return None
    at = 1
    if not words[0].isdecimal():
        at = 1 if words[0].lstrip("0123456789") in _RUN_IN else 0
    elif words[1:2] == ["yo"]:
        at = 2
    elif words[1:2] and words[1] in _YEARS and words[2:3] == [_OLD]:
        at = 3
    if not at or at >= len(words) or words[at] not in _OPENINGS:
        return None
    after_and = words[at + 1 : at + 2]
    if words[at] == "and" and (at > 1 or (after_and and age_in_word(after_and[0]) is not None)):
        return None  # "15 and 16 year olds", "15 year old and…": a group, or someone told of
    return age
