"""Ages of small children in a message, for the ordinary-cause rule (`knowledge.risk_causes`):
a baby named ("my 9 month old"; a bruise on a baby is a concern whatever the cause) and an age
under five ("a 2 year old"), whose blows in play are a small child's. Read on stemmed words."""

from __future__ import annotations

_YOUNG_AGES = frozenset({"1", "2", "3", "4", "one", "two", "three", "four"})
_AGE_WORDS = frozenset({"year", "yr", "yo"})
_OLD = "old"
_MONTH = "month"  # a baby's age only before "old": "last month" is a time


def names_a_baby(tokens: list[str], babies: frozenset[str]) -> bool:
    """Whether the message names a baby: a word of the `baby` set, "month" only as an age just
    before "old" ("my 9 month old"), not a time ("last month", "for two months")."""
    last = len(tokens) - 1
    return any(
        w in babies and (w != _MONTH or (i < last and tokens[i + 1] == _OLD))
        for i, w in enumerate(tokens)
    )


def young_age_at(tokens: list[str], j: int, before: int) -> bool:
    """Whether an age under five ("2 year old") starts at `j` and ends before `before`."""
    return (
        j >= 0
        and j + 2 < before
        and tokens[j] in _YOUNG_AGES
        and tokens[j + 1] in _AGE_WORDS
        and tokens[j + 2] == _OLD
    )
