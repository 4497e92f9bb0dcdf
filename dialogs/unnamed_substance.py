"""Drink or drugs taken with nothing named (round 46, life102; issue 11).

"she wont wake up after the party and her lips look blue" was signposted with 999 only in its
second sentence: the ambulance lead of an overdose or of drink or drugs taken
(`dialogs.danger_now`) wanted a substance named ("vodka", "pills"). A body that will not wake
is an emergency now whatever was taken, and who tells of one often does not know what it was.
So, beside a collapse now (the typed-words pack's worry `substance-collapse`), either a place
where drink or drugs are taken (`substance-where`: "after the party", "on a night out") or a
second sign of it apart from the first ("her lips look blue", "breathing really slowly",
"choking on his vomit") counts as something taken. One sign alone does not ("my blue lips in
this cold", "my son wont wake up for school"), nor a party alone. Imported with
`dialogs.danger_now`.
"""

from __future__ import annotations

from knowledge.matching.phrases import PhraseSet
from knowledge.typed_words import TypedWordsPack, phrases_of


class UnnamedSubstance:
    """Reads something taken, told by where or by its signs alone. Pure; built with
    `dialogs.danger_now`."""

    def __init__(self, typed: TypedWordsPack) -> None:
        """`typed`: the typed-words pack, whose worry `substance-where` tells where drink or
        drugs are taken."""
        self._where = PhraseSet(phrases_of(typed.worries.get("substance-where", "")))

    def tells(self, found: list[str], collapsed: dict[int, list[int]]) -> bool:
        """Whether `found`, a message's words, tells of something taken though nothing is
        named: beside the collapse signs `collapsed` (their spans, as `PhraseSet.all_ends`
        gives them), a place where drink or drugs are taken, or two signs apart."""
        if not collapsed:
            return False
        if self._where.first_in_words(found) is not None:
            return True
        # Two signs apart, not one inside another ("wont wake" in "cant get her to wake").
        first = min(collapsed)
        return any(start >= max(collapsed[first]) for start in collapsed)
