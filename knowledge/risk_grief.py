"""Tears of grief: "my dad died last week and i cant stop crying, do i need to tell his bank".

Round 45 (quiet78, issue 11). A message telling of a death (a word of the pack's `grief-deaths`
marker: "died", "funeral", "bereaved"; or one of `grief-verbs` just before one of `grief-passed`:
"passed away", not "passed out") tells why someone cries: the grief-stricken writer or family
asking what to do about the dead person's affairs. The signal words of grief there (the
`grief-feelings` marker: "crying", "tears", "devastated"; not fear, "scared", nor temper) are set
aside. Every other sign still counts: a cue ("my uncle has taken his bank card"), another
family's word ("since dad died mum drinks all day"), and a feeling in a message that tells of no
death.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from knowledge.risk_types import Hit, Kind, Tokens

__all__ = ["grief_feelings"]


def grief_feelings(
    hits: list[Hit], read: Tokens, markers: Mapping[str, frozenset[str]]
) -> list[Hit]:
    """The hits without the signal words of grief in a message telling of a death (see the
    module docstring).

    Args:
        hits: every phrase of the pack that matched.
        read: the message as the detector read it.
        markers: the pack's markers by name, stemmed (`grief-feelings`, `grief-deaths`,
            `grief-verbs`, `grief-passed`).
    """
    feelings = markers.get("grief-feelings", frozenset())
    words = read.words
    if feelings.isdisjoint(words) or not _tells_death(words, markers):
        return hits
    return [
        h for h in hits if h.phrase.kind is not Kind.SIGNAL or words[h.position] not in feelings
    ]


def _tells_death(words: list[str], markers: Mapping[str, frozenset[str]]) -> bool:
    """Whether `words` tell of a death: a word of `grief-deaths`, or one of `grief-verbs` just
    before one of `grief-passed` ("passed away", not "passed out")."""
    if not markers.get("grief-deaths", frozenset()).isdisjoint(words):
        return True
    verbs = markers.get("grief-verbs", frozenset())
    after = markers.get("grief-passed", frozenset())
    return any(w in verbs and nxt in after for w, nxt in itertools.pairwise(words))
