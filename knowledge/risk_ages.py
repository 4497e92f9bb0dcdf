"""Ages of small children in a message, for the ordinary-cause rule (`knowledge.risk_causes`):
a baby named ("my 9 month old"; a bruise on a baby is a concern whatever the cause) and an age
under five ("a 2 year old"), whose blows in play are a small child's; and, for whom a harm
concerns (`knowledge.risk_concern`), a baby's age given alone ("query NAI, 4 months"). Read on
stemmed words."""

from __future__ import annotations

from knowledge.risk_types import Tokens
from knowledge.risk_words import age_in_word

_YOUNG_AGES = frozenset({"one", "two", "three", "four"})
_YOUNGEST_SCHOOL_AGE = 5  # under it, a child's blows in play are a small child's
_YO = "yo"  # "2 yo"
_AGE_WORDS = frozenset({"year", "yr", "yo"})
_OLD = "old"
_MONTH = "month"  # a baby's age only before "old": "last month" is a time
_BABY_MONTHS = 24  # the oldest age in months or weeks read as a baby's


def names_a_baby(tokens: list[str], babies: frozenset[str]) -> bool:
    """Whether the message names a baby: a word of the `baby` set, "month" only as an age just
    before "old" ("my 9 month old"), not a time ("last month", "for two months")."""
    last = len(tokens) - 1
    return any(
        w in babies and (w != _MONTH or (i < last and tokens[i + 1] == _OLD))
        for i, w in enumerate(tokens)
    )


def young_age_at(tokens: list[str], j: int, before: int) -> bool:
    """Whether an age under five ends at `j + 2`, before `before`: "2 year old" from `j`, or
    typed shorter, "2 yo" or "2yo" (the age read by `knowledge.risk_words.age_in_word`)."""
    end = j + 2
    if not 0 <= end < before:
        return False
    if not tokens[end].isdecimal() and age_in_word(tokens[end]) is not None:  # "2yo", "3yrs"
        return _young(tokens[end])
    return (j + 1 >= 0 and tokens[end] == _YO and _young(tokens[j + 1])) or (
        j >= 0 and _young(tokens[j]) and tokens[j + 1] in _AGE_WORDS and tokens[end] == _OLD
    )


def _young(word: str) -> bool:
    """Whether `word` gives an age under five ("2", "two", "2yo")."""
    age = age_in_word(word)
    return word in _YOUNG_AGES if age is None else age < _YOUNGEST_SCHOOL_AGE


def baby_age_alone(
    read: Tokens, units: frozenset[str], openers: frozenset[str], times: frozenset[str]
) -> bool:
    """Whether a clause of the message gives a baby's age alone, in months or weeks with no
    "old" ("pt in resus, query NAI, 4 months", "3 months, spiral fracture", "he's 6 weeks"): a
    number up to 24 and a word of `units`, after nothing but words of `openers` ("he's",
    "aged"), starting or ending the clause; not one that starts it before a word of `times`
    ("4 months ago", "4 months pregnant"), nor after a word that makes it a time ("for 4
    months").

    Args:
        read: the message as read.
        units: the stems of the pack's `baby-ages` marker ("months", "weeks").
        openers: the stems of the pack's `age-openers` marker ("is", "aged", "she's").
        times: the stems of the pack's `age-times` marker ("ago", "pregnant").
    """
    clauses: dict[int, list[str]] = {}
    for word, clause in zip(read.words, read.clause_of, strict=True):
        clauses.setdefault(clause, []).append(word)
    return any(_age_in(words, units, openers, times) for words in clauses.values())


def _age_in(
    words: list[str], units: frozenset[str], openers: frozenset[str], times: frozenset[str]
) -> bool:
    """Whether the clause `words` starts or ends with a baby's age."""
    first = 0
    while first < len(words) and words[first] in openers:
        first += 1
    starts = _an_age(words[first : first + 2], units) and (
        first + 2 >= len(words) or words[first + 2] not in times
    )
    ends = _an_age(words[-2:], units) and all(w in openers for w in words[:-2])
    return starts or ends


def _an_age(pair: list[str], units: frozenset[str]) -> bool:
    """Whether `pair` is a number up to 24 and a word of `units` ("4 months")."""
    return (
        len(pair) == 2 and pair[0].isdigit() and int(pair[0]) <= _BABY_MONTHS and pair[1] in units
    )
