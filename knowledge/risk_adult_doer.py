"""A word for an adult that names the one who harms: round 41 (whom41, tryout40 #3, #8).

"one of the adult instructors has been adding cadets on snapchat and sending them vodka pics"
named an adult at risk, and an adult's procedures alone (no LADO, no children's front door);
"one of our instructors…" was a child's or an adult's. "adult" there describes the doer, as
"a man" would: a word of the pack's `adult-describes` marker ("adult", "grown") just before a
word of its `adult-doers` marker (a role or a word for a person: "adult instructors", "an
adult volunteer", "adult leaders", "a grown man") names no adult at risk. The hit for it is
left out of the people whom the harm may concern; every other word still counts ("an adult
with learning disabilities", "a vulnerable adult", "adult residents" are the ones at risk).
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_types import Hit, Kind, Tokens

__all__ = ["adult_doers"]


def adult_doers(hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]) -> list[Hit]:
    """`hits` without the words for an adult that describe the one who harms, as the module
    docstring reads them."""
    words = read.words
    describes, doers = markers["adult-describes"], markers["adult-doers"]
    return [
        h
        for h in hits
        if not (
            h.phrase.kind is Kind.ADULT
            and words[h.end - 1] in describes
            and h.end < len(words)
            and words[h.end] in doers
        )
    ]
