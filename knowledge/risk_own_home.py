"""A home of one's own above or behind a workplace: "the cleaners live above the restaurant and
split the rent".

Round 45 (quiet78, issue 11). Living above, behind or at a workplace is a sign of modern slavery
("four men living in the garage behind the car wash and they never leave"), and it is also how
many people live: a flat above a shop, rented or owned. A message that names such a home (a word
of the pack's `own-home` marker: "rent", "mortgage", "tenancy") and none of the signs of
being kept (a word of `own-home-not`: pay or wages, "never", a passport, hours, a boss, a debt,
"leave", "locked"), naming no child, tells of a home: the signs of the modern slavery category
are set aside. Every other category's signs still count, and so does modern slavery wherever a
word of `own-home-not` stands ("…split the rent but the boss keeps their passports").
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.risk_pack import RiskPack
from knowledge.risk_types import Hit, Kind, Tokens

__all__ = ["home_of_their_own", "kept_categories"]

KEPT_AT_WORK = frozenset({"modern-slavery-trafficking"})
"""The categories whose signs a home of one's own sets aside: people kept where they work."""


def kept_categories(pack: RiskPack) -> frozenset[int]:
    """The indexes of the `KEPT_AT_WORK` categories in `pack`."""
    return frozenset(i for i, c in enumerate(pack.categories) if c.id in KEPT_AT_WORK)


def home_of_their_own(
    hits: list[Hit],
    read: Tokens,
    markers: Mapping[str, frozenset[str]],
    categories: frozenset[int],
) -> list[Hit]:
    """The hits without the signs of `categories` (`kept_categories`) in a message that names a
    home of one's own and no sign of being kept, nor a child (see the module docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`own-home`, `own-home-not`).
        categories: the indexes of the categories set aside.
    """
    words = read.words
    if (
        markers.get("own-home", frozenset()).isdisjoint(words)
        or not markers.get("own-home-not", frozenset()).isdisjoint(words)
        or any(h.phrase.kind is Kind.CHILD for h in hits)
    ):
        return hits
    return [h for h in hits if h.phrase.category not in categories]
