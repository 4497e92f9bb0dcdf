"""Whether a thing is a term, asked out of a check ("is a festival wristband with a name on it
personal data?", "is a childs date of birth personal information?"; tryout40 #15): asked as
"what is personal data", for the route that answers what the term is (the key question 2
summary), however long the thing asked of."""

from __future__ import annotations

import re

from knowledge.matching.phrases import PhraseSet
from knowledge.matching.text import words

# The words a yes-or-no question about what a thing is opens with.
_OPENERS = frozenset({"is", "are", "isnt", "arent"})  # not "does the guidance apply…"
_TERM_WORDS = 2  # "personal data", "sensitive information": the term the question ends on
_WHAT_IS = "what is"
# A role said first ("St John volunteer - is…", "receptionist: is…") is no part of the question.
_LEAD = re.compile("\\s[-\u2013:]\\s|:\\s")


def whether_asked(question: str, sharing: PhraseSet) -> list[str]:
    """For a yes-or-no question ending on a two-word term, that term asked as "what is …"
    ("is x personal data" is "what is personal data"); empty for any other question, and for
    one naming an act of sharing (one of `sharing`: "is consent required before sharing
    personal information?" asks about sharing it)."""
    found = words(_LEAD.split(question)[-1])
    if len(found) <= _TERM_WORDS or found[0] not in _OPENERS:
        return []
    if sharing.first_in_words(found) is not None:
        return []
    return [f"{_WHAT_IS} {' '.join(found[-_TERM_WORDS:])}"]
