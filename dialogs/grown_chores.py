"""A grown writer made to do an ordinary task at home by their family, which the learnt model
is not asked about (round 55, fa211).

The learnt model takes a short telling of being made to do something for harm: "im 30 and my mum
made me wash the car" rang though the cues read no sign in it. The reading: the writer gives an
age of 18 or more ("im 19", "i am 25"); one of the risk pack's `grown-chore-makers` ("mum",
"parents") is told, then one of `grown-chore-made` ("make", "made") with "me" just after it and,
within `_TASK_WORDS` words, a word of `grown-chore-tasks` ("wash", "mow", "washing"); the
message has at most `_MOST_WORDS` words and none of `grown-chore-not` but the
made words themselves: a burden ("all", "only"), a reason ("because") or a harm ("hit",
"scared"). "im 15 and my parents make me do the washing up" (a child's age),
"im 30 and my husband makes me clean the house" (a partner, not a parent) and "im 20 and my dad
makes me do all the cooking" are left to the model.
"""

from __future__ import annotations

from knowledge.matching.text import joined_words
from knowledge.pack_values import Value
from knowledge.value_class import value_class

_ADULT = 18
_OLDEST = 120
_TASK_WORDS = 3
"""Words after "me" up to the task: "me wash", "me do the washing", "me mow the lawn"."""
_MOST_WORDS = 25
_ME = "me"
_I_AM = (("im",), ("i", "am"), ("iam",))


@value_class
class GrownChores(Value):
    """The risk pack's words for the reading (markers `grown-chore-makers`, `grown-chore-made`,
    `grown-chore-tasks`, `grown-chore-not`)."""

    makers: frozenset[str]
    made: frozenset[str]
    tasks: frozenset[str]
    not_words: frozenset[str]

    def told(self, text: str) -> bool:
        """Whether `text` tells of a grown writer made to do a task at home by family, and
        nothing more (see the module); the caller asks only when the cues judged no harm."""
        said = joined_words(text)
        if len(said) > _MOST_WORDS or not (self.not_words - self.made).isdisjoint(said):
            return False
        if not _grown_writer(said):
            return False
        for i, word in enumerate(said):
            if word not in self.made or said[i + 1 : i + 2] != [_ME]:
                continue
            if self.makers.isdisjoint(said[:i]):
                continue
            if not self.tasks.isdisjoint(said[i + 2 : i + 2 + _TASK_WORDS]):
                return True
        return False


def _grown_writer(said: list[str]) -> bool:
    """Whether the writer gives an age of 18 or more ("im 19", "i am 25")."""
    for i in range(len(said)):
        for opener in _I_AM:
            end = i + len(opener)
            if (
                tuple(said[i:end]) == opener
                and end < len(said)
                and said[end].isascii()
                and said[end].isdecimal()
            ):
                return _ADULT <= int(said[end]) < _OLDEST
    return False
