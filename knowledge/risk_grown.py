"""Whom a harm concerns when the words for people left it "either": the grown-up told of.

Round 35 (r1i35, tryout35b finding 2). `knowledge.risk_concern.concern_of` reads the words for
people; some messages it leaves at "either" name only a grown-up at risk, or only a child:

- an old person's relative ("an elderly man, his nephew takes his bank card"): a son or a
  nephew (a word of the pack's `grown-kin` marker) of someone elderly (its `old-age` marker) is
  grown, so no child is named.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import Concern, RiskPack
from knowledge.risk_types import Hit, Kind, Tokens

__all__ = ["grown_up"]


def grown_up(
    concern: Concern,
    found: list[int],
    hits: list[Hit],
    read: Tokens,
    *,
    pack: RiskPack,
    markers: Mapping[str, frozenset[str]],
) -> Concern:
    """`concern`, or "adult" or "child" where a rule of the module docstring decides an
    "either" whose kinds of harm (the indexes `found` of the pack's categories) include none
    only a child suffers.

    Args:
        concern: whom `knowledge.risk_concern.concern_of` took the harm to concern.
        found: the indexes of the categories found.
        hits: every phrase of the pack that matched and was kept.
        read: the message as the detector read it.
        pack: the pack the phrases came from.
        markers: the stems of the words of the pack's markers, by name.
    """
    kinds = {pack.categories[c].concerns for c in found}
    if concern != "either" or "child" in kinds:
        return concern
    kids = [h for h in hits if h.phrase.kind is Kind.CHILD]
    clear = [h for h in kids if read.words[h.end - 1] not in markers["grown-kin"]]
    adults = [h for h in hits if h.phrase.kind is Kind.ADULT]
    if kids and not clear and any(read.words[h.end - 1] in markers["old-age"] for h in adults):
        return "adult"
    return concern
