"""Children named only as a grown-up's reason not to act: round 39 (whom40, tryout39 #7).

"gambling support - client said he's lost everything and he goes to the bridge at night to
think. he says dont worry hes fine and hes got kids so wouldnt do anything" named a child at
risk and child procedures alone: the children are his reason to live, not the ones at risk; he
is. In a message found to tell of self-harm or suicide and of no harm only children suffer, a
word for children just after one of the pack's `have-words` ("hes got kids", "she has two
kids"), followed within three words by one of its `reason-joiners` ("so", "because") and that
within four by one of its `wont-words` ("wouldnt", "never"), names a parent, a grown-up. When
every word for a child the message gives is such, and no child's age is given, the finding is
an adult's ("she has kids so she would never do it"). Children said to be better off without
someone (a word of `better-words` then one of `off-words` within three words after them: "the
kids r better off w/o me") are named as the reason too: the grown-up is at risk beside them,
and a child's finding becomes a child's or an adult's.
"""

from __future__ import annotations

from collections.abc import Mapping, Set

from knowledge.risk_pack import Concern
from knowledge.risk_types import Hit, Kind, Tokens

__all__ = ["kids_as_reason"]

_HAVE_BEFORE, _JOINER_WITHIN, _WONT_WITHIN = 2, 3, 4
_SUICIDE = "self-harm-suicide"


def kids_as_reason(
    concern: Concern,
    people: list[Hit],
    read: Tokens,
    markers: Mapping[str, frozenset[str]],
    *,
    kinds: Set[Concern | None],
    found: Set[str],
) -> Concern:
    """`concern`, or "adult" where the module docstring's reading finds the only children named
    to be a grown-up's reason not to act ("either" where they are said to be better off without
    someone).

    Args:
        concern: whom the harm concerns.
        people: the words for people found, with ages told as a child's or an adult's
            (`knowledge.risk_stated_ages.aged`).
        read: the message as the detector read it.
        markers: the stems of the words of the pack's markers, by name.
        kinds: whom the kinds of harm found concern (child, adult, either).
        found: the ids of the kinds of harm found.
    """
    if concern == "adult" or "child" in kinds or _SUICIDE not in found:
        return concern
    kids = [h for h in people if h.phrase.kind is Kind.CHILD]
    if kids and all(_a_reason(h, read.words, markers) for h in kids):
        return "adult"
    if concern == "child" and any(_better_off(h, read.words, markers) for h in kids):
        return "either"
    return concern


def _a_reason(hit: Hit, words: list[str], markers: Mapping[str, frozenset[str]]) -> bool:
    start, end = hit.position, hit.end
    if not any(w in markers["have-words"] for w in words[max(0, start - _HAVE_BEFORE) : start]):
        return False
    for k in range(end, min(end + _JOINER_WITHIN, len(words))):
        if words[k] in markers["reason-joiners"]:
            ahead = words[k + 1 : k + 1 + _WONT_WITHIN]
            return not markers["wont-words"].isdisjoint(ahead)
    return False


def _better_off(hit: Hit, words: list[str], markers: Mapping[str, frozenset[str]]) -> bool:
    ahead = words[hit.end : hit.end + _JOINER_WITHIN + 1]
    return any(
        w in markers["better-words"]
        and ahead[i + 1 : i + 2]
        and ahead[i + 1] in markers["off-words"]
        for i, w in enumerate(ahead)
    )
