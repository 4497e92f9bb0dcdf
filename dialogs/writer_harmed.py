"""Whether the writer tells of harm done to themselves ("he hits me", "my ex is going to kill
me"), and the age they give of themselves ("im 14").

Read by `dialogs.own_voice` to tell who wrote a message that tells of harm, and by
`dialogs.writer_turn` and `dialogs.writer_said`. Pure and linear: one pass over the simplified
words, set lookups only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from dialogs.threat_voice import Threats, threatens_writer
from dialogs.writer_age_forms import AgeForms
from knowledge.matching.phrases import PhraseSet
from knowledge.risk_words import age_in_word

if TYPE_CHECKING:
    from knowledge.typed_word_names import FriendList

# Within this many words before "me", a word of harm tells of harm done to the writer.
_HARM_REACH = 3
_I_AM = (("im",), ("i", "am"), ("i", "m"))
# The age of a school year's oldest pupils, less the year (year 9: 14), and the last year (13).
_YEAR_AGE = 5
_LAST_YEAR = 13


class OwnHarm:
    """Reads harm told as done to the writer and the age they give, by the typed-words pack's
    `friend` lists `own_harms`, `age_only`, `school_year`, `not_school`, `threat_writer` and
    `said_writer` (sets in the code until round 55, words216), `own_harmed` and `plans_to_kill`
    (phrases in the code until round 56)."""

    def __init__(self, words: Mapping[FriendList, tuple[str, ...]]) -> None:
        """`words`: the typed-words pack's `friend` (with an organisation's own added): words of
        harm done to someone (`own_harms`: "hits", "grabbed"), those between "im" and an age
        (`age_only`: "im only 14"), those of a school year after "im in" (`school_year`: "im in
        year 9") and of a year of something else a few words on (`not_school`: "year 2 of my
        course", "year 1 at uni"), the writer's words after a threat (`threat_writer`: "kill
        me") and before a telling word (`said_writer`: "i said"), harm told as done to the
        writer (`own_harmed`: "i self harm", "tried to kill me"), a plan to kill them
        (`plans_to_kill`: "going to kill", before one of `threat_writer`); and the lists
        `dialogs.writer_age_forms` reads "im a 15 year old" and a post's short forms by ("17f":
        `age_sexes`…)."""
        self.harms = frozenset(words.get("own_harms", ()))
        """Words of harm done to someone: read before "me" here, and by `dialogs.own_voice` with
        the writer's own doing and their body harmed."""
        self._only = frozenset(words.get("age_only", ()))
        self._school_year = frozenset(words.get("school_year", ()))
        self._not_school = frozenset(words.get("not_school", ()))
        self.said_by_writer = frozenset(words.get("said_writer", ()))
        """The writer's words just before a telling word that make it theirs ("i said no",
        "ive told him"): `dialogs.doers_words.reports_telling`."""
        self._own = PhraseSet(words.get("own_harmed", ()))
        self._plans = Threats(
            PhraseSet(words.get("plans_to_kill", ())), frozenset(words.get("threat_writer", ()))
        )
        self.forms = AgeForms(words)
        """Reads "im a 15 year old" and a post's short forms ("17f", "15 and…": `age_sexes`…)."""

    def own_age(self, words: list[str]) -> int | None:
        """The age the writer gives ("im 14", "i am 84", "im 15yo", "im only 14"), or their school
        year's oldest ("im in year 9": 14; round 47, mend124), or, read by `forms`, in
        "im a 15 year old" or a post's short forms ("17f", "15 and …"), if any."""
        forms = self.forms
        for at in range(len(words)):
            for lead in _I_AM:
                end = at + len(lead)
                if tuple(words[at:end]) != lead:
                    continue
                if end + 1 < len(words) and words[end] in self._only:
                    end += 1
                year = self._year(words[end : end + 3])
                if year is not None and self._not_school.isdisjoint(words[end + 2 : end + 8]):
                    return year + _YEAR_AGE
                age = age_in_word(words[end]) if end < len(words) else None
                if age is not None:
                    return age or None
                if age := forms.a_years_old(words[end : end + 4]):
                    return age  # "im a 15 year old" (round 54)
        # "17f my dad hits me", "15 and …" (round 54, voice203)
        return forms.tagged_age(words)

    def _year(self, after: list[str]) -> int | None:
        """The school year `after` "im" names ("in year 9", "in yr 10", "in y9"), if any."""
        if len(after) < 2 or after[0] != "in":
            return None
        said = after[1]
        if said in self._school_year and len(after) > 2:
            said = after[2]
        elif said.startswith("y") and said[1:].isdigit():
            said = said[1:]
        year = int(said) if said.isdigit() and len(said) <= 2 else None
        return year if year is not None and 1 <= year <= _LAST_YEAR else None

    def tells(self, words: list[str]) -> bool:
        """Whether `words` (a message simplified) tell of harm to the writer ("he hits me"), or
        of a plan to kill them ("my ex is going to kill me")."""
        last_harm = -_HARM_REACH - 1
        for at, word in enumerate(words):
            if word in self.harms:
                last_harm = at
            elif word == "me" and at - last_harm <= _HARM_REACH:
                return True
        return self._own.first_in_words(words) is not None or threatens_writer(self._plans, words)
