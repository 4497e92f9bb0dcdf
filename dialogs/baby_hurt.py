"""A baby shaken or hurt not long ago (round 45, danger81; tryout75 #2).

"my new partner gets so angry when the baby cries, last night he shook him. hes 8 months" got the
practitioner's signpost, 999 only in its second sentence, and "last night" made it no danger now.
A shaken baby can be hurt inside without showing it: the signpost of a baby shaken or hurt, told
as anything but long past or seen to already, leads with getting the baby checked now, 999 or
A&E (the about pack's `now_baby`). The words are the typed-words pack's worries `baby-words`,
`baby-hurt` and `baby-past`. Imported only with a harm told.
"""

from __future__ import annotations

from collections.abc import Callable

from knowledge.matching.phrases import PhraseSet
from knowledge.risk_pack import CaseMark
from knowledge.typed_word_names import WorryName
from knowledge.typed_words import TypedWordsPack, phrases_of

BABY_HURT: CaseMark = "baby-hurt"
"""The mark a finding gets for a baby shaken or hurt not long ago: checked now, 999 or A&E."""
_YEAR_DIGITS = 4  # "in 2019": a year typed is a past matter


class BabyHurt:
    """Reads a baby shaken or hurt not long ago. Pure; built with `dialogs.danger_now`."""

    def __init__(
        self, typed: TypedWordsPack, not_now: Callable[[list[str], int, int], bool] | None = None
    ) -> None:
        """`typed`: the typed-words pack, whose worries `baby`, `baby-words`, `baby-hurt` (with
        `substance-collapse`'s: floppy, won't wake), `baby-past` and `overdose-safe` tell it;
        `not_now`: whether a hurt phrase's span (words, start, end) tells no hurt now ("cant
        wake up when the baby cries", a habit: `DangerNow`'s reading; round 47)."""
        self._not_now = not_now
        worries = typed.worries

        def phrases(*names: WorryName) -> PhraseSet:
            return PhraseSet([p for n in names for p in phrases_of(worries.get(n, ""))])

        # A phrase tells one worry only: the baby words of `baby`, the long past and the cared
        # for of an overdose's `overdose-safe`, are read here as well.
        self._baby = phrases("baby", "baby-words")
        self._hurt = phrases("baby-hurt", "substance-collapse", "collapse-grave")  # won't wake
        self._collapse = phrases("substance-collapse", "collapse-grave")
        self._past = phrases("baby-past", "overdose-safe")

    def tells(self, found: list[str]) -> bool:
        """Whether `found`, a message's words, tells of a baby shaken or hurt ("last night he
        shook him. hes 8 months"), not long past nor seen to already ("he shook the baby once
        in 2019, social services were involved")."""
        if self._baby.first_in_words(found) is None or not self._hurt_now(found):
            return False
        if any(len(w) == _YEAR_DIGITS and w.isdigit() for w in found):
            return False
        return self._past.first_in_words(found) is None

    def _hurt_now(self, found: list[str]) -> bool:
        not_now = self._not_now
        if not_now is None:
            return self._hurt.first_in_words(found) is not None
        collapses = self._collapse.all_ends(found)
        return any(
            start not in collapses or end not in collapses[start] or not not_now(found, start, end)
            for start, ends in self._hurt.all_ends(found).items()
            for end in ends
        )
