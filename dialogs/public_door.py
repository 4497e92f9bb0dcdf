"""The public's own door alone: a signpost to one of the public with no practitioner's contacts.

A message read as the public's (`dialogs.own_voice`) gets their own words first, then "If
you're asking as a practitioner: … your designated safeguarding lead", as the reading may be
wrong. Some messages leave no doubt (round 48, voice134, a trial of the build as the public
types): a neighbour's ("the little boy next door is always outside in the cold till late, mum's
never home": the typed-words pack's `friend` list `neighbours`), read as family's (`family`)
and naming no work of the writer's; and the writer's own scam call ("i got a call saying my bank
account was hacked and i had to move my savings to a safe account, i'm 81": `scam_told`), read
as their own (`adult`, `self`). They get their own door alone, as a young person or a parent
does: the council's social care, 999 in danger and the NSPCC for a neighbour; the scam's steps
and where to report it for a scam.

Pure and linear: phrase searches over the simplified message.
"""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.matching.phrases import PhraseSet
from knowledge.typed_word_names import FriendList

_NEIGHBOURS = ("family",)  # the public telling of someone they know
_OWN_SCAM = ("adult", "self")  # the one called, telling of it themselves


class PublicDoor:
    """Reads whether a message read as the public's leaves no doubt it is theirs."""

    def __init__(
        self, friend: Mapping[FriendList, tuple[str, ...]], scams: tuple[str, ...]
    ) -> None:
        """`friend`: the typed-words pack's `friend`, whose `neighbours` name a neighbour and
        whose `stranger_not` name the writer's work ("school", "shift", "staff"); `scams`:
        phrases naming a scam call (`scam_told`)."""
        self._neighbours = PhraseSet(friend.get("neighbours", ()))
        self._work = frozenset(friend.get("stranger_not", ()))
        self._scams = PhraseSet(scams)

    def alone(self, simple: str, voice: str | None) -> bool:
        """Whether `simple` (a message simplified), read in `voice`, gets the writer's own door
        alone: a neighbour's told of by one of the public, naming no work ("i walk my
        neighbours 9 year old to school, im a lunchtime supervisor there" keeps the
        practitioner's door: the school's lead is theirs too); or a scam call told of by the one
        called."""
        if voice in _NEIGHBOURS:
            named = self._neighbours.first_in(simple) is not None
            return named and self._work.isdisjoint(simple.split())
        return voice in _OWN_SCAM and self._scams.first_in(simple) is not None
