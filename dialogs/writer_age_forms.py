"""The age a writer gives of themselves in the short forms of a post or a chat (round 54,
voice203): a tag of age and sex ("17f my dad hits me", "me (19m)", "im 16f"), an age the
message opens with before "and", "here" or a sex ("15 and my dad hits me", "15 yo here", "15 f
…"), and "I'm a 15 year old".

`dialogs.writer_harmed.OwnHarm.own_age` reads "im 14" and "i am 84"; it asks these when it finds
none, so a young person's "17f" gets a young person's reply and a grown writer's "25f" an
adult's.
Only the writer's own: a tag just after someone else ("my bf (19m) hits me") is theirs, and an
age opening a note about someone ("15 year old girl disclosed…", "15yo pupil") is no writer's.

The words of these forms are the typed-words pack's `friend` lists `age_sexes`, `age_writer`,
`age_openings`, `age_years` and `age_run_in` (pack data in round 55), read by `AgeForms`, which
`dialogs.friend_voice.FriendVoice` builds with the rest of its lists.

Pure and linear: a look at the first words, and one pass for a tag, set lookups only.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_words import age_in_word
from knowledge.typed_word_names import FriendList

__all__ = ["AgeForms"]

_OLD = "old"
_A = "a"
# The youngest a tag or an opening age is read as a writer's: not a road's "m6" or "2 and…".
_YOUNGEST = 10


class AgeForms:
    """Reads the age a writer gives of themselves in a post's short forms, by the typed-words
    pack's `friend` lists."""

    def __init__(self, words: Mapping[FriendList, tuple[str, ...]]) -> None:
        """`words`: the typed-words pack's `friend` (with an organisation's own added): the
        sexes of a tag (`age_sexes`: "17f"), the words just before a tag of the writer's own
        (`age_writer`: "im 17f", "me (19m)"), those after an age the message opens with that
        make it the writer's besides a sex (`age_openings`: "15 and…", "15 here"; not "15 year
        old girl"), the words of years in "15 year old" (`age_years`), and those an opening age
        is run into (`age_run_in`: "15yo here")."""
        self._sexes = frozenset(words.get("age_sexes", ()))
        self._writer = frozenset(words.get("age_writer", ()))
        self._openings = frozenset((*words.get("age_openings", ()), *self._sexes))
        self._years = frozenset(words.get("age_years", ()))
        self._run_in = frozenset(words.get("age_run_in", ()))
        self.years_old = frozenset((*self._years, _OLD))
        """The words between an age and whose it is ("15 year old daughter"): `age_years` and
        "old"."""

    def tagged_age(self, words: list[str]) -> int | None:
        """The age `words` (a message simplified) give of the writer in a tag of age and sex
        opening the message or just after one of `age_writer` ("17f", "im f17", "me 19m"), or in
        an age the message opens with before one of `age_openings` or a sex ("15 and…", "15 yo
        here", "15 year old here"); None if none."""
        for at, word in enumerate(words):
            if (at == 0 or words[at - 1] in self._writer) and (age := self._tag(word)):
                return age
        return self._opening(words)

    def a_years_old(self, after: list[str]) -> int | None:
        """The age in "a 15 year old" (or "a 15yo") opening `after`, the words just after "im":
        the writer's ("im a 15 year old and…"); not "a 15 year olds mum"."""
        if len(after) < 2 or after[0] != _A:
            return None
        age = age_in_word(after[1])
        if not age:
            return None
        if after[1].isdecimal():
            return age if after[2:3] and after[2] in self._years and after[3:4] == [_OLD] else None
        return age

    def _tag(self, word: str) -> int | None:
        """The age in a tag of age and sex ("17f", "f17", "25m"), or None."""
        sexes = self._sexes
        if len(word) < 2 or not (word[-1] in sexes or word[0] in sexes):
            return None
        digits = word[:-1] if word[-1] in sexes else word[1:]
        age = age_in_word(digits) if digits.isdecimal() else None
        return age if age is not None and age >= _YOUNGEST else None

    def _opening(self, words: list[str]) -> int | None:
        """The age the message opens with, followed by one of the openings ("15 and", "15 f"),
        by one after "yo" or "year old", or run into one of `age_run_in` before one ("15yo
        here")."""
        age = age_in_word(words[0]) if words else None
        if age is None or age < _YOUNGEST:
            return None
        at = 1
        if not words[0].isdecimal():
            at = 1 if words[0].lstrip("0123456789") in self._run_in else 0
        elif words[1:2] == ["yo"]:
            at = 2
        elif words[1:2] and words[1] in self._years and words[2:3] == [_OLD]:
            at = 3
        if not at or at >= len(words) or words[at] not in self._openings:
            return None
        after_and = words[at + 1 : at + 2]
        if words[at] == "and" and (at > 1 or (after_and and age_in_word(after_and[0]) is not None)):
            return None  # "15 and 16 year olds", "15 year old and…": a group, or someone told of
        return age
