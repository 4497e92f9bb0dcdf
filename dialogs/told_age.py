"""The ages a short message tells, each reading named by what it reads: a bare age remark
("shes 14": `bare_age`), ages beside an age word in a longer remark ("she's 17 so…":
`ages_beside_age_words`), and every age a follow-up gives but spans and counts ("16yo", not "in
2 weeks": `ages_not_spans`); and a case's contacts at a new age (`as_adults`, `as_children`).

Read in a consent check and after a key question's summary (a bare age: "shes 14"), and just
after a signpost, where "she's 18" re-reads the case at that age (`dialogs.after_signpost`;
round 43, ask48)."""

from __future__ import annotations

from collections.abc import Collection

from knowledge.matching.text import words
from knowledge.risk_words import age_in_word

MAX_AGE_WORDS = 6  # "she is only 14 years old" is six


def bare_age(simple: str, age_words: Collection[str]) -> int | None:
    """The age `simple` (already simplified) gives when it is a bare age remark: at most six
    words, one an age up to 120, the rest of `age_words` (the typed-words pack's); None for
    anything else."""
    said = simple.split()
    if not 0 < len(said) <= MAX_AGE_WORDS:
        return None
    ages = [age for w in said if (age := age_in_word(w)) is not None]
    others = [w for w in said if age_in_word(w) is None]
    if len(ages) != 1 or any(w not in age_words for w in others):
        return None
    return ages[0]


def ages_beside_age_words(simple: str, age_words: Collection[str]) -> list[int]:
    """The ages `simple` (already simplified) tells inside a longer remark ("she's 17 so…",
    "aged 16"): each age with one of `age_words` (the typed-words pack's) just before or after
    it, not a count ("she has 2 kids")."""
    said = simple.split()
    return [
        age
        for i, w in enumerate(said)
        if (age := age_in_word(w)) is not None
        and any(n in age_words for n in said[max(0, i - 1) : i] + said[i + 1 : i + 2])
    ]


def ages_not_spans(text: str, spans: Collection[str]) -> list[int]:
    """The ages a follow-up gives, read as the risk check reads them (`age_in_word`): each of
    its words that is an age from 1 to 120, bare or run into "yo", "yrs"… ("16", "16yo"), and
    not a span or count (followed by a word of `spans`, the typed-words pack's: "in 2 weeks",
    "3 times") unless "old" follows ("6 weeks old")."""
    said = words(text)
    return [
        age
        for i, w in enumerate(said)
        if (age := age_in_word(w))
        and (
            said[i + 1 : i + 2] == [] or said[i + 1] not in spans or said[i + 2 : i + 3] == ["old"]
        )
    ]


def as_adults(contacts: tuple[str, ...]) -> tuple[str, ...]:
    """A case's contact roles once its person is told to be 18 or over: adult social care in
    place of children's, the rest as they were."""
    adult = ("adult-social-care" if c == "childrens-social-care" else c for c in contacts)
    return tuple(dict.fromkeys(adult))


def as_children(contacts: tuple[str, ...]) -> tuple[str, ...]:
    """A case's contact roles once its person is told to be under 18: children's social care in
    place of adults', the rest as they were."""
    child = ("childrens-social-care" if c == "adult-social-care" else c for c in contacts)
    return tuple(dict.fromkeys(child))
