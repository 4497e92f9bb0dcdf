"""The writer's role opening a message is who writes, not someone a harm is about.

"family support - we watched the Baby P documentary in team meeting, would this guidance have
helped" paired the label's "family" with "watched" (a family watching a girl: honour-based
abuse), as "gambling support -" or "youth worker:" might lend a word to any pairing. A word of
the writer's role (`knowledge.risk_subjects.role_label`: an opening clause of a few words, "as
a…" or "…here") completes no `near` pair: those pairs of two groups are read only outside it.
Cues and terms are left as they were ("domestic abuse worker -" is a service's name, read as
such by the pack's `names`), and so are `together` items (`knowledge.risk_set_aside` reads the
role's staff words there). Round 39 (r1u39, tryout39 #12).
"""

from __future__ import annotations

from knowledge.risk_subjects import role_label
from knowledge.risk_types import Hit, Kind, Tokens

__all__ = ["near_outside_label"]


def near_outside_label(hits: list[Hit], read: Tokens) -> list[Hit]:
    """The hits without the `near` groups found inside the writer's role label.

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
    """
    label = role_label(read)
    if not label:
        return hits
    return [
        h
        for h in hits
        if not (h.phrase.kind is Kind.NEAR and h.position in label and h.end - 1 in label)
    ]
