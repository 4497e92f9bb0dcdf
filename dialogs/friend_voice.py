"""A young person writing about a friend at risk (tryout39 #5): "15 and my mate (14) is cutting
herself … says shes gonna take all her mums pills tonight", "me and my friend are both 14, she
said shes going to kill herself tonight". They got a practitioner's procedures and contacts, or
the reply for a young person at risk themselves ("If this is happening to you"); their reply is
for a friend: tell an adult now, it keeps her safe and breaks no promise (`dialogs.own_voice`'s
voice `friend`).

Pure: set lookups over the simplified words. Imported only when a message tells of harm.
"""

from __future__ import annotations

from knowledge.matching.phrases import PhraseSet
from knowledge.risk_words import ADULT_AGE, age_in_word

_FRIEND = (
    "my friend",
    "my friends",
    "my mate",
    "my mates",
    "my best friend",
    "my bestfriend",
    "my best mate",
    "my bestie",
    "my bff",
    "a friend of mine",
    "a mate of mine",
)
# Said by a young person at school of a friend, or of the adults they would tell ("my friend in
# my class", "should i tell my form tutor"): young with no age given.
_AT_SCHOOL = (
    "friend at school",
    "friends at school",
    "mate at school",
    "mates at school",
    "friend in my class",
    "mate in my class",
    "friend in my year",
    "mate in my year",
    "in my year",
    "in my form",
    "my teacher",
    "my teachers",
    "my form tutor",
    "my form teacher",
    "my head of year",
    "my year head",
)
# A worry about the friend, not harm to the writer ("will she hate me").
_NOT_HARM = frozenset(["hate", "hates"])
# Said by the writer of themselves and a friend together ("we are both 14", "me and her are both
# 15"): "both" then an age, after one of these.
_US = frozenset(["we", "were", "me", "i", "us"])
_YEAR = frozenset(["year", "yr"])
# After an age the writer opens with ("15 and my mate…", "14 yo here", "15f"): not "15 year old",
# which tells of someone else.
_OPENING = frozenset(["and", "here", "yo", "f", "m"])
# Before "in year 9": the writer, or the writer and a friend ("were both in year 10").
_IN_YEAR = frozenset(["im", "am", "both", "were"])
# School years a young person is in ("im in year 9"): 5 to 13.
_FIRST_YEAR, _LAST_YEAR = 5, 13


def of_a_friend(words: list[str], age: int | None) -> bool:
    """Whether `words` (a message telling of harm, simplified) read as a young person's about a
    friend: naming a friend of theirs, and young by the age they give (`age`, under 18), by an
    age they open with ("15 and my mate (14)…"), one they share ("we are both 14"), their
    school year ("im in year 9") or school ("my friend in my class", "my form tutor")."""
    if PhraseSet(_FRIEND).first_in_words(words) is None:
        return False
    if age is not None:
        return age < ADULT_AGE
    return (
        _opens_young(words)
        or _both_young(words)
        or _in_a_school_year(words)
        or PhraseSet(_AT_SCHOOL).first_in_words(words) is not None
    )


def of_themselves(words: list[str]) -> list[str]:
    """`words` read for harm told to the writer themselves: without the words of a worry about
    the friend ("will he hate me")."""
    return [w for w in words if w not in _NOT_HARM]


def _young(word: str) -> bool:
    age = age_in_word(word)
    return age is not None and 0 < age < ADULT_AGE


def _opens_young(words: list[str]) -> bool:
    return len(words) > 1 and _young(words[0]) and words[1] in _OPENING


def _both_young(words: list[str]) -> bool:
    return any(
        w == "both" and _young(words[i + 1]) and not _US.isdisjoint(words[:i])
        for i, w in enumerate(words[:-1])
    )


def _in_a_school_year(words: list[str]) -> bool:
    return any(
        w in _YEAR
        and i >= 2
        and words[i - 1] == "in"
        and words[i - 2] in _IN_YEAR
        and words[i + 1].isdecimal()
        and _FIRST_YEAR <= int(words[i + 1]) <= _LAST_YEAR
        for i, w in enumerate(words[:-1])
    )
