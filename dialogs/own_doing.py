"""The writer telling of harm they did, or fear doing, to someone in their care (round 45,
issue 11): "looking after my mum with dementia, some days i lose it, yesterday i shouted at her
and shoved her into her chair", "i lost my temper and smacked my 4 year old too hard", "im scared
ill hurt the baby, i cant cope". They got "If you're worried about someone you know" or a
practitioner's procedures; their reply is their own (`dialogs.own_voice`'s voices `parent` and
`carer`): telling is a good first step, the one in their care safe first, and help for them.

Read only of a message telling of harm that names none of the people a practitioner works with
and no harm to the writer: the writer's own doing (the typed-words pack's `friend.own_doing`)
beside someone in their care (`cared_for`, `own_family`, or "my 4 year old"), and no harm word
after someone else (`other_doers`: "my dad hit my mum and i pushed him off her"), nor anyone
told to have said it. Pure and linear: set lookups over the simplified words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from knowledge.matching.phrases import PhraseSet
from knowledge.risk_words import age_in_word
from knowledge.typed_word_names import FriendList

# After "my" and a child's age ("my 4 year old", "my 8 month old").
_AGE_UNITS = frozenset(["year", "years", "yr", "yrs", "yo", "month", "months", "week", "weeks"])


class OwnDoing:
    """Reads a message as the writer's own harm, done or feared, to someone in their care, by
    the typed-words pack's `friend` words."""

    def __init__(self, words: Mapping[FriendList, tuple[str, ...]]) -> None:
        self._doing = PhraseSet(words.get("own_doing", ()))
        self._using = PhraseSet(words.get("own_using", ()))
        self._child = PhraseSet(words.get("cared_for", ()))
        self._shared = PhraseSet(words.get("shared_child", ()))
        self._partner = PhraseSet(words.get("own_partner", ()))
        self._grand = frozenset(words.get("grand_kin", ()))
        self._family = PhraseSet((*words.get("cared_adult", ()), *words.get("own_family", ())))
        self._cared = PhraseSet(words.get("cared_adult", ()))
        self._others = frozenset(words.get("other_doers", ()))
        # harm words read after someone else, beside the writer-harmed words `harms` (`voice`)
        self._also = frozenset(words.get("also_harms", ()))

    def voice(
        self, words: list[str], harms: frozenset[str], telling: frozenset[str]
    ) -> Literal["parent", "carer", "partner"] | None:
        """Who wrote `words` (a message telling of harm, simplified) when it tells of the
        writer's own doing, or fear of doing, harm to someone in their care: `parent` of a child
        (`cared_for`, "my 4 year old"), `partner` of their partner or ex not told as cared for
        (`own_partner`: "i hit my wife"), `carer` of anyone else in the family (`cared_adult`,
        `own_family`); `parent` too of the writer's own drinking or drug use beside their child
        (`own_using`: "i drink most nights and drove the kids to school after a few"); None when
        it does not, when a harm word (`harms`) follows someone else
        (`other_doers`), or when someone is told to have said it (`telling`: "a mum told me").
        """
        if any(w in telling for w in words):
            return None
        if self._doing.first_in_words(words) is None:  # one's own drinking beside one's child
            using = self._using.first_in_words(words) is not None
            own = self.names_own_child(words) or self._shared.first_in_words(words) is not None
            return "parent" if using and own else None
        harmed = harms | self._also
        if any(w in harmed and at and words[at - 1] in self._others for at, w in enumerate(words)):
            return None
        if self.names_own_child(words) or self._shared.first_in_words(words) is not None:
            return "parent"
        cared = self._cared.first_in_words(words) is not None  # "i look after my husband"
        if self._partner.first_in_words(words) is not None and not cared:
            return "partner"  # "i hit my wife": help to stop (round 46, voice103)
        return "carer" if self._family.first_in_words(words) is not None else None

    def names_own_child(self, words: list[str]) -> bool:
        """Whether `words` (a message simplified) name the writer's own child: "my son", "my 4
        year old" (`cared_for`), or "the baby" (`shared_child`) beside the writer's partner
        (`own_partner`: "my new partner gets so angry when the baby cries"); never of a
        grandparent's (`grand_kin`: their "my daughter" is the children's mum)."""
        if any(w in self._grand for w in words):
            return False
        if self._child.first_in_words(words) is not None or _own_child_age(words):
            return True
        return (
            self._shared.first_in_words(words) is not None
            and self._partner.first_in_words(words) is not None
        )


def _own_child_age(words: list[str]) -> bool:
    """Whether `words` name the writer's own child by age ("my 4 year old", "my 8 month old")."""
    return any(
        w == "my"
        and at + 2 < len(words)
        and age_in_word(words[at + 1]) is not None
        and words[at + 2] in _AGE_UNITS
        for at, w in enumerate(words)
    )
