"""A word for a harm that is part of another harm's cue is no sign of its own kind.

Round 46 (doors104, issue 11). "I think my drink was spiked": parental substance misuse's term
"drinks" (a word for the harm itself, as "drinking" is) is the drink of spiking's cue "drink *
spiked", which tells what was done with it. A kind shown by a term, whose every cue and term
found lies wholly inside the words of a cue of another kind found, is not found; a cue or term
of its own elsewhere ("my mum drinks every night. Last week my drink was spiked") keeps it.

A helper of `knowledge.risk_signpost.finding_of`, read only when a message shows harm.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import RiskPack
from knowledge.risk_types import Hit, Kind

__all__ = ["terms_inside"]

_SIGNS = frozenset({Kind.CUE, Kind.TERM})


def terms_inside(found: Mapping[int, str], counted: list[Hit], *, pack: RiskPack) -> set[int]:
    """The kinds among `found` (the pack's category indexes) shown by a term, whose every cue
    and term counted lies inside a cue of another kind found.

    Args:
        found: the kinds of harm found, each with the phrase that showed it.
        counted: the phrases that counted.
        pack: the pack the phrases came from.
    """
    spans = [
        (h.phrase.category, h.position, h.end)
        for h in counted
        if h.phrase.kind is Kind.CUE and h.phrase.category in found
    ]
    dropped = set[int]()
    for c, shown in found.items():
        if shown not in pack.categories[c].terms:
            continue
        own = [h for h in counted if h.phrase.category == c and h.phrase.kind in _SIGNS]
        if own and all(
            any(o != c and start <= h.position and h.end <= end for o, start, end in spans)
            for h in own
        ):
            dropped.add(c)
    return dropped
