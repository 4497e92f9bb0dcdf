"""Workers held in modern slavery, named only as grown-ups (round 43, adults48).

"Padlock on the outside of a bedroom door, 4 mattresses in there, lads sleeping on them, owner
said they're his workers and told them to keep quiet": a "lad" may be a child, but people named
as workers or men, with no child's age and no word that names only a child, are adults, whose
signpost names adult social care, the police and the Modern Slavery Helpline (tryout44 #4, left
by adults47). "One of the lads on the night shift" alone may be 16 (round 41): both doors. A
helper of `knowledge.risk_whom.whom`, read with no child named clearly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from knowledge.risk_types import Hit

__all__ = ["grown_workers"]

_SLAVERY = "modern-slavery-trafficking"


def grown_workers(
    words: Sequence[str],
    kids: list[Hit],
    found: frozenset[str],
    markers: Mapping[str, frozenset[str]],
) -> bool:
    """Whether modern slavery is found of people named as one of the pack's `grown-workers`
    ("men", "workers"), every word for a child being a grown relative's or "lad" (`grown-kin`,
    the caller reads no child named clearly): "lads" alone may be young, and stay both."""
    return (
        _SLAVERY in found
        and not markers["grown-workers"].isdisjoint(words)
        and all(words[h.end - 1] in markers["grown-kin"] for h in kids)
    )
