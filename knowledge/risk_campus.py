"""A student at university is an adult: round 37 (whom37, tryout37 #7).

"uni welfare - a student told me her boyfriend hits her", "student union adviser - a postgrad
told me her supervisor keeps touching her": "student" is a word for a child (pupils are
students too), and with no age given these were sent to children's social care alone. Where
the message names a university (a word of the pack's `campus` marker: "uni", "university",
"postgrad", "lecturer"; "union" just after "student" or "students"; a year of a degree, "2nd
year", "final year", an ordinal of `campus-years` before "year"; a word of `campus-halls` just
after "in" or "student", "in halls", round 43), no age under 18 is given,
every word for a child in it is one of the pack's `campus-people` ("student", "fresher") and
no kind of harm found is only a child's, the one at risk is an adult: adult only.

Round 43 (now48, tryout44 #1): with no university named, no age given and no school named (a
word of the pack's `school-words` marker: "pupil", "her teacher", "in my form"), a harm read
as a child's only from "student" ("student just rang me, she's swallowed a whole packet of
pills") may be a grown student's as well: both doors, as for anyone of no age.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import Concern
from knowledge.risk_stated_ages import ages_now
from knowledge.risk_types import Hit, Kind, Tokens
from knowledge.risk_words import ADULT_AGE

__all__ = ["on_campus"]

_UNION = "union"
_YEAR = "year"
_STUDENT = frozenset({"student", "students"})
_HALLS_AFTER = frozenset({"in", "student", "students"})


def on_campus(
    concern: Concern,
    hits: list[Hit],
    read: Tokens,
    *,
    kinds: frozenset[str | None],
    markers: Mapping[str, frozenset[str]],
) -> Concern:
    """`concern`, or "adult" where the module docstring's rule decides.

    Args:
        concern: whom the harm was taken to concern so far.
        hits: every phrase that matched.
        read: the message as the detector read it.
        kinds: whom the kinds of harm found concern ("child", "adult", "either").
        markers: the stems of the words of the pack's markers, by name.
    """
    if concern == "adult" or kinds == {"child"}:
        return concern
    campus = _campus(read.words, markers)
    if not campus and (concern != "child" or not markers["school-words"].isdisjoint(read.words)):
        return concern
    ages = [age for _, _, _, age, _ in ages_now(read, writer=markers["age-writer"])]
    if any(age < ADULT_AGE for age in ages) or (ages and not campus):
        return concern
    people = markers["campus-people"]
    kids = [h for h in hits if h.phrase.kind is Kind.CHILD]
    if any(read.words[k] not in people for h in kids for k in range(h.position, h.end)):
        return concern
    if not (campus or kids):
        return concern
    return "adult" if campus else "either"


def _campus(words: list[str], markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether `words` name a university (module docstring)."""
    if not markers["campus"].isdisjoint(words):
        return True
    years, halls = markers["campus-years"], markers["campus-halls"]
    return any(
        i
        and (
            (w == _UNION and words[i - 1] in _STUDENT)
            or (w == _YEAR and words[i - 1] in years)
            or (w in halls and words[i - 1] in _HALLS_AFTER)
        )
        for i, w in enumerate(words)
    )
