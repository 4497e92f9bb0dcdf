"""A drink or drug word with no parent and no child named: round 39 (whom40, tryout39 #10).

"she's saying she was drunk and it's her fault", said of a 19-year-old student kept in a man's
room, found parental substance misuse (a child's kind of harm) by the word "drunk" alone and
named a child at risk and child procedures. With parental substance misuse the only kind of
harm found, by one of its terms alone (not a cue telling of a parent or a pick-up: "he was off
his face again at pick up"), no relative named (no word of the pack's `family` set) and no word
for a child or a child's age, and no pregnancy (a word of its `pregnant` marker: "client is
pregnant and still using crack" is the unborn baby's), no parent is told of: the one drunk
may be a child or an adult, and the finding is either (with adult social care beside
children's, the kind's contacts for either).
"""

from __future__ import annotations

from collections.abc import Mapping, Set

from knowledge.risk_pack import Concern
from knowledge.risk_types import Hit, Kind, Tokens

__all__ = ["no_parent"]

_PARENTAL = "parental-substance"


def no_parent(
    concern: Concern,
    people: list[Hit],
    read: Tokens,
    markers: Mapping[str, frozenset[str]],
    *,
    found: Set[str],
    by_term: bool,
) -> Concern:
    """`concern`, or "either" where the module docstring says no parent is told of.

    Args:
        concern: whom the harm concerns.
        people: the words for people found, with ages told as a child's or an adult's
            (`knowledge.risk_stated_ages.aged`).
        read: the message as the detector read it.
        markers: the stems of the words of the pack's markers, by name.
        found: the ids of the kinds of harm found.
        by_term: whether each kind was found by one of its terms.
    """
    if concern != "child" or set(found) != {_PARENTAL} or not by_term or read.kin:
        return concern
    if any(h.phrase.kind is Kind.CHILD for h in people) or not markers["pregnant"].isdisjoint(
        read.words
    ):
        return concern
    return "either"
