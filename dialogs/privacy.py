"""Spotting details that could identify someone, so the assistant can ask people to leave them out.

Shapes are certain (an e-mail address, a phone, NHS or National Insurance number, a postcode, a
date of birth); names and street addresses are not, so they are read with care to warn only where
a person is most likely named: a title with a name ("Mrs Patel"), a house number and a street
("12 Acacia Avenue"), two capitalised words together that the assistant does not know as
words ("Jane Smith"), a common given name before a capitalised word ("Sarah Black"), or a
hyphenated given name with a class ("Ellie-Mae in 2R"). A name typed alone or in lower case
gets through: the reminder not to type identifying details comes first anyway. Nothing here
stores or logs text.
"""

from __future__ import annotations

import re

from knowledge.lazy_pattern import LazyPattern, holding, holding_any_case
from knowledge.person_names import NOT_NAMES, capitalised_words, full_name_in, given_name_in

_PATTERNS = (
    # Each needs a digit (two messages in three have none, and are not searched with them).
    LazyPattern(r"(?<!\d)(?:\+44\s?|0)(?:\d[\s-]?){9,10}(?!\d)"),  # UK phone number
    LazyPattern(r"(?<!\d)\d{3}[\s-]?\d{3}[\s-]?\d{4}(?!\d)"),  # NHS number
    LazyPattern(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.IGNORECASE),  # NI number
    LazyPattern(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE),  # postcode
    LazyPattern(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}\b"),  # date, e.g. of birth
    LazyPattern(  # a house number and a street
        r"(?<![\w.])\d{1,4}[a-zA-Z]?,? (?:[A-Z][a-z'-]+ ){1,3}"
        r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Court|Crescent|Place|Gardens"
        r"|Terrace|Grove|Hill|Mews|Walk|Rise|View|Row|Square)\b"
    ),
    # The rest need no digit.
    LazyPattern(  # a date of birth given ("born 3 May", "DOB: March 2015"), not only named
        r"\b(?:born|dob|d\.o\.b\.?|date of birth)\W{0,3}(?:(?:on|in|is|was) )?"
        r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
        re.IGNORECASE,
        needs=holding_any_case("born", "dob", "d.o.b", "date of birth"),
    ),
    LazyPattern(  # a title and a name
        r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.? [A-Z][a-z]", needs=holding("Mr", "Ms", "Miss", "Mx")
    ),
    LazyPattern(  # a hyphenated given name and a class ("Ellie-Mae in 2R", "Mary-Jane in Year 5")
        # Only from a chain's first name, not from each name after a hyphen: linear in a chain.
        r"(?<![-\w])[A-Z][a-z]+(?:-[A-Z][a-z]+)+,? (?:in|from|of) (?:(?:class|form|set) )?"
        r"(?:\d{1,2}[A-Z]{1,3}\b|(?:[Yy]ear|[Yy]r|Y) ?\d{1,2}\b)",
        needs=holding("-"),
    ),
    LazyPattern(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+"),  # e-mail address: last, needs an "@"
)
_WITH_DIGITS = 6  # the first six
_DIGIT = re.compile(r"\d")


def looks_identifying(
    text: str,
    known_words: frozenset[str] = frozenset(),
    also_names: frozenset[str] = frozenset(),
    given_names: frozenset[str] = frozenset(),
) -> bool:
    """Whether the text contains something that looks like personal data.

    Args:
        text: what someone typed.
        known_words: words, in lower case, that are never taken for a name (the packs' own).
        also_names: common names among `known_words` that are still names beside another
            (the risk pack's `also_names`: "Sarah Smith").
        given_names: common given names that name someone before any capitalised word (the
            risk pack's `given_names`: "Sarah Black").
    """
    # Only the patterns that can match: most messages hold no digit, and fewer an "@".
    patterns = _PATTERNS if _DIGIT.search(text) else _PATTERNS[_WITH_DIGITS:]
    if "@" not in text:
        patterns = patterns[:-1]
    return (
        any(p.search(text) for p in patterns)
        or _names_a_person(text, known_words, also_names)
        or given_name_in(text, given_names)
    )


def _names_a_person(text: str, known_words: frozenset[str], also_names: frozenset[str]) -> bool:
    """Two capitalised words side by side, neither a word the assistant knows ("Jane Smith")."""
    previous_end = -2
    for word, match in capitalised_words(text):
        if word in known_words or word in NOT_NAMES:
            previous_end = -2
            continue
        if match.start() == previous_end + 1 and text[previous_end] == " ":
            return True
        previous_end = match.end()
    return full_name_in(text, known_words, also_names)
