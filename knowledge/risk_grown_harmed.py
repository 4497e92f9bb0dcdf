"""A grown-up named as the one harmed is no sign of a child's kind of harm.

Round 36 (r1k36). "A volunteer at our day centre pushed an older man over": grooming's cue
"older man" (someone older than a young person, who may groom them) names here the one pushed,
an adult at risk. A child-only kind of harm whose every cue names a grown-up (overlaps a word for
an adult: "older") just after another kind's sign of harm ("pushed an…"), in a message naming no
child, is not found: "she's seeing an older man" and "my 14yo's older boyfriend hit her" keep it.

A helper of `knowledge.risk_finding`, read only when a message shows harm.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import RiskPack
from knowledge.risk_types import Hit, Kind

__all__ = ["grown_harmed"]

_CUES = frozenset({Kind.CUE, Kind.TERM})
_SIGNS = frozenset({Kind.CUE, Kind.TERM, Kind.GROUP, Kind.NEAR})
_BETWEEN = 1  # "pushed an older man": a determiner between the harm and the one harmed


def grown_harmed(found: Mapping[int, str], counted: list[Hit], *, pack: RiskPack) -> set[int]:
    """The child-only kinds among `found` (the pack's category indexes) whose every counted cue
    names a grown-up just after a sign of another kind found, in a message naming no child.

    Args:
        found: the kinds of harm found, each with the phrase that showed it.
        counted: the phrases that counted (the words for children and adults among them).
        pack: the pack the phrases came from.
    """
    if any(h.phrase.kind is Kind.CHILD for h in counted):
        return set()
    adults = [h for h in counted if h.phrase.kind is Kind.ADULT]
    dropped = set[int]()
    for c in found:
        if pack.categories[c].concerns != "child":
            continue
        own = [h for h in counted if h.phrase.category == c and h.phrase.kind in _CUES]
        if own and all(_harmed(h, adults, counted, set(found) - {c}) for h in own):
            dropped.add(c)
    return dropped if len(dropped) < len(found) else set()


def _harmed(cue: Hit, adults: list[Hit], counted: list[Hit], others: set[int]) -> bool:
    """Whether `cue` overlaps a word for an adult and starts just after a sign of one of the
    kinds `others`."""
    return any(a.position < cue.end and cue.position < a.end for a in adults) and any(
        h.phrase.category in others
        and h.phrase.kind in _SIGNS
        and h.sentence == cue.sentence
        and 0 <= cue.position - h.end <= _BETWEEN
        for h in counted
    )
