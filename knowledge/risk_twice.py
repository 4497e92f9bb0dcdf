"""An adult's kind of harm read again in the words of a cue that names a child.

"My foster carer has been locking the 11 year old in his room at night": a cue of emotional
abuse names the child in its own words ("locking the 11 year old in … room"), and the adult's
cue of confinement ("locking … in his room") lies wholly inside it. The same words are one harm,
the child's: the adult's kind does not make the signpost the adult's too. An adult's kind found
in words of its own still does ("an 18 year old student", "the old boy next door").

A helper of `knowledge.risk_finding.judge`, read only when a message shows harm.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import RiskPack
from knowledge.risk_types import Hit, Kind, Tokens

__all__ = ["read_again"]

_HARM = frozenset({Kind.CUE, Kind.TERM})


def read_again(
    counted: list[Hit],
    hits: list[Hit],
    read: Tokens,
    found: Mapping[int, str],
    *,
    pack: RiskPack,
    grown_kin: frozenset[str],
) -> set[int]:
    """The adult-only kinds among `found`, shown by a cue, whose every counted cue lies inside
    a cue, of a kind a child may suffer, that names a child clearly within it (not a son or a
    grandson, a word of `grown_kin`, who may be grown: "i am 82 and my grandson takes my money").

    Args:
        counted: the phrases that counted.
        hits: every phrase found (the nouns for children among them).
        read: the message as read.
        found: the kinds of harm found (their places in the pack), each with the phrase that
            showed it.
        pack: the pack the phrases came from.
        grown_kin: the stems of the pack's `grown-kin` marker.
    """
    young = {
        p
        for h in hits
        if h.phrase.kind is Kind.CHILD and read.words[h.end - 1] not in grown_kin
        for p in range(h.position, h.end)
    }
    childs = [
        h
        for h in counted
        if h.phrase.kind in _HARM
        and h.phrase.category in found
        and pack.categories[h.phrase.category].concerns != "adult"
        and any(p in young for p in range(h.position, h.end))
    ]
    adults = {c for c in found if pack.categories[c].concerns == "adult"}
    return {
        c
        for c in adults
        if (own := [h for h in counted if h.phrase.category == c and h.phrase.kind in _HARM])
        and found[c] in {h.phrase.text for h in own}
        and all(
            any(
                k.sentence == h.sentence and k.position <= h.position and h.end <= k.end
                for k in childs
            )
            for h in own
        )
    }
