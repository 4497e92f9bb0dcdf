"""A person's full name typed in lower case, as busy people type on phones ("chloe thompson's gp").

`dialogs.privacy` reads capitalised names; in a channel, where others can read what was typed, a
name typed in lower case is as much a person's name. Read only from the risk pack's common given
names and surnames, so that everyday words beside each other ("mark brown", "grace period") are
not taken for one. Nothing here stores or logs text.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

# A class or form after "in": "3b", "2r", "10c", "y7"; a word of at most five letters and digits.
_CLASS = re.compile(r"[a-z]?\d{1,2}[a-z]{0,2}")
_YEAR_WORDS = frozenset({"year", "yr", "class", "form", "room"})


class LowerCaseNames:
    """Finds a common given name beside a common surname, or a given name and its class."""

    def __init__(self, given: frozenset[str], surnames: Iterable[str]) -> None:
        """`given`, `surnames`: the risk pack's `given_names` and `surnames`, in lower case (the
        surnames are made a set only when a channel message is first read)."""
        self._given = given
        self._surname_list = surnames

    @cached_property
    def _surnames(self) -> frozenset[str]:
        return frozenset(self._surname_list)

    def named(self, simple: str) -> bool:
        """Whether `simple` (a message as `dialogs.typed.simplify` leaves it) names someone.

        A given name followed by a surname ("chloe thompson", "chloe thompsons gp", as an
        apostrophe is dropped) or by "in" and a class, a word between or none ("ellie mae in
        2r", "tom in year 4").
        """
        said = simple.split()
        given, surnames = self._given, self._surnames
        for i, word in enumerate(said):
            if word not in given:
                continue
            after = said[i + 1 : i + 5]
            if after and (after[0] in surnames or after[0].removesuffix("s") in surnames):
                return True
            if after[1:2] == ["in"]:  # a double given name ("ellie mae in 2r")
                after = after[1:]
            if after[:1] == ["in"] and _a_class(after[1:]):
                return True
        return False


def _a_class(words: list[str]) -> bool:
    if not words:
        return False
    if words[0] in _YEAR_WORDS:
        return len(words) > 1 and words[1].isdigit() and len(words[1]) <= 2
    return _CLASS.fullmatch(words[0]) is not None
