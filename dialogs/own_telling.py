"""Whether a follow-up to a signpost speaks of its writer telling someone (round 56, secret221).

A young person told of their stepdad coming into their room at night, then asked "am i going to
be in trouble if i tell my mum". That follow-up used to be signposted again only because the
risk pack's older cue "if i tell … mum" rang 'threats' on it, a secret the writer keeps read as
a threat for telling. Round 55 (secret218) read such a secret as ordinary, with nothing after
the telling falling on anyone, and the follow-up lost its signpost: only its worry (being in
trouble) was answered. A follow-up of the person at risk about their own telling is a step
towards telling someone, so it keeps where they can get help (`dialogs.to_the_writer`), read
here, not by the cue: a word of the risk pack's `own-telling` marker ("tell", "talk", "report")
with a word of its `own-teller` marker ("i", "im") among the `_NEAR` words before it ("if i tell
my mum", "im scared to tell my teacher", "do i have to tell anyone").
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.matching.text import words

_NEAR = 4  # "if i tell", "im too scared to tell", "I am going to talk": the teller before


class OwnTelling:
    """Reads a follow-up for its writer's own telling. Pure; built at the first follow-up."""

    def __init__(self, markers: Mapping[str, tuple[str, ...]]) -> None:
        """`markers`: the risk pack's; `own-telling` and `own-teller` are read."""
        self._telling = frozenset(markers.get("own-telling", ()))
        self._tellers = frozenset(markers.get("own-teller", ()))

    def told(self, text: str) -> bool:
        """Whether `text` speaks of its writer telling someone: a word of telling with the
        writer among the few words before it ("what if i tell my mum", "i told my teacher")."""
        said = words(text)
        return any(
            word in self._telling and not self._tellers.isdisjoint(said[max(0, i - _NEAR) : i])
            for i, word in enumerate(said)
        )
