"""A young person's everyday help with a chore at home, which the learnt model is not asked
about (round 53, fa191).

The learnt model takes a child's short telling of home life for harm: "im 12 and i help my mum
with the washing up every day" rang though the cues read no sign in it. The reading: one of the
risk pack's `plain-chore-helps` ("help", "helping"), a word of `plain-helpers` ("mum", "dad",
"gran") within `_HELPER_WORDS` words after it, "with" just after the helper, then within
`_CHORE_WORDS` words one of `plain-chores` ("washing", "cooking", "shopping", "garden"); the
message has at most `_MOST_WORDS` words and none of `plain-chore-not`: a burden ("have to",
"all", "only"), a parent who cannot ("cant", "ill", "drunk", "bed"), school missed ("miss",
"instead") or a reason given ("because"). "i have to do all the cooking and mum cant get up",
"i help my mum with the cooking because she is ill" are left to the model.
"""

from __future__ import annotations

from knowledge.matching.text import joined_words
from knowledge.pack_values import Value
from knowledge.value_class import value_class

_HELPER_WORDS = 2
"""Words after the help up to the helper: "help my mum", "help out my nan"."""
_CHORE_WORDS = 3
"""Words after "with" up to the chore: "with the washing", "with all the"."""
_MOST_WORDS = 20
_WITH = "with"


@value_class
class PlainChores(Value):
    """The risk pack's words for the reading (markers `plain-chore-helps`, `plain-helpers`,
    `plain-chores`, `plain-chore-not`)."""

    helps: frozenset[str]
    helpers: frozenset[str]
    chores: frozenset[str]
    not_words: frozenset[str]

    def told(self, text: str) -> bool:
        """Whether `text` tells a help with a chore at home and nothing more (see the module);
        the caller asks only when the cues judged no harm in it."""
        said = joined_words(text)
        if len(said) > _MOST_WORDS or not self.not_words.isdisjoint(said):
            return False
        for i, word in enumerate(said):
            if word not in self.helps:
                continue
            helper = next(
                (
                    k
                    for k in range(i + 1, min(i + 2 + _HELPER_WORDS, len(said)))
                    if said[k] in self.helpers
                ),
                -1,
            )
            if helper < 0 or said[helper + 1 : helper + 2] != [_WITH]:
                continue
            if not self.chores.isdisjoint(said[helper + 2 : helper + 2 + _CHORE_WORDS]):
                return True
        return False
