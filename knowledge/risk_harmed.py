"""Who was harmed: signs of harm whose object is not someone the signpost is for.

A blow whose object is a member of staff ("a year 7 punched a teacher", "kicked one of our
TAs") tells of harm done to staff by someone in their care: a question of behaviour or
exclusion, not of protection. Its words are not signs of harm, unless a relative comes before
it in the sentence ("her dad punched a teacher in the playground"), who may harm the child too.
Every other sign in the message still counts. Read once, word by word.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.risk_types import Hit, Tokens

__all__ = ["Harmed", "harm_to_others"]

_ARTICLES = frozenset({"a", "an"})
_ONE_OF = ("one", "of")
_MEMBER_OF = ("member", "of")


@dataclass(frozen=True, slots=True)
class Harmed:
    """The stemmed words the rule reads (from the pack's sets).

    Attributes:
        blows: words for a blow ("punched", "kicked"): the `hurt` and `strike` sets.
        staff: nouns for staff that name no relative nor part of the body ("teacher", not
            "carer", "nanny" or "head").
        relatives: nouns for relatives (the `family` set).
        pointing: words pointing at someone (the `det` set).
    """

    blows: frozenset[str]
    staff: frozenset[str]
    relatives: frozenset[str]
    pointing: frozenset[str]


def harm_to_others(hits: list[Hit], read: Tokens, words: Harmed) -> list[Hit]:
    """The hits without the signs of harm in a blow to a member of staff.

    Args:
        hits: every phrase of the pack that matched, harm and context alike.
        read: the message as the detector read it.
        words: the words the rule reads.

    Returns:
        The hits that still count, in their order.
    """
    spans = _blows_to_staff(read, words)
    if not spans:
        return hits
    return [
        h
        for h in hits
        if h.phrase.category < 0
        or not any(start <= h.position and h.end <= end for start, end in spans)
    ]


def _blows_to_staff(read: Tokens, words: Harmed) -> list[tuple[int, int]]:
    """Where a blow is followed by the member of staff it struck: (blow, after the noun)."""
    tokens = read.words
    spans: list[tuple[int, int]] = []
    relative_in: set[int] = set()  # sentences where a relative was named so far
    for i, word in enumerate(tokens):
        sentence = read.sentence_of[i]
        if word in words.relatives:
            relative_in.add(sentence)
            continue
        if word not in words.blows or sentence in relative_in:
            continue
        j = i + 1
        if tuple(tokens[j : j + 2]) == _ONE_OF:
            j += 2
        if j < len(tokens) and (tokens[j] in _ARTICLES or tokens[j] in words.pointing):
            j += 1
        if tuple(tokens[j : j + 2]) == _MEMBER_OF:
            j += 2
        if j < len(tokens) and tokens[j] in words.staff and read.sentence_of[j] == sentence:
            spans.append((i, j + 1))
    return spans
