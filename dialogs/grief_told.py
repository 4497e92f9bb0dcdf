"""A death told as over and the grief after it, which the learnt model is not asked about (round
57, fa241).

The learnt model weighs the words of mourning as it weighs those of harm: "our dog died of cancer
a year ago and my 5 year old has started crying herself to sleep" and a care worker's "one of my
favourite residents passed away this morning, I cried in the bathroom" rang though the cues read
no sign of harm in them. The reading: a death is told as over (a word of the risk pack's
`grief-died`: "died", "deaths", "funeral"; or one of `grief-passed` with one of `grief-away`
just after it: "passed away"); the grief is told (a word of `grief-felt`: "crying", "sad",
"grieving", "cope"); and no word of `grief-not` is said: a wish to die or to join the dead
("want", "join", "suicide"), a blame ("fault"), a harm or a want around the death ("hit",
"drinking", "alone", "food"), or what is happening since ("since", "now", "anymore"). "my grandad
died and my 8 yr old keeps crying and saying she wants to be with him" and "since dad died mum
cries all day and there's no food in the house" are left to the model (and the cues).

The caller asks only when the cues judged no harm in the message (the model's second opinion), so
any sign the cues read keeps its signpost.
"""

from __future__ import annotations

from knowledge.matching.text import joined_words
from knowledge.pack_values import Value
from knowledge.value_class import value_class


@value_class
class GriefTold(Value):
    """The risk pack's words for the reading (markers `grief-died`, `grief-passed`,
    `grief-away`, `grief-felt`, `grief-not`)."""

    died: frozenset[str]
    passed: frozenset[str]
    away: frozenset[str]
    felt: frozenset[str]
    not_words: frozenset[str]

    def told(self, text: str) -> bool:
        """Whether `text` tells a death as over and the grief after it, and nothing of
        `grief-not` (see the module)."""
        said = joined_words(text)
        if not self.not_words.isdisjoint(said) or self.felt.isdisjoint(said):
            return False
        return not self.died.isdisjoint(said) or any(
            word in self.passed and said[i + 1 : i + 2] and said[i + 1] in self.away
            for i, word in enumerate(said)
        )
