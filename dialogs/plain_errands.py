"""Short ordinary lines the learnt model rings, which it is not asked about (round 56,
model229).

The learnt model weighs a few words of a short line, not what they say: "my dad makes me take
things back to the shop" scored 3.3 against its threshold of 1.9 on "makes" and "me", "the lads
said theyll do me a favour" 2.7 on "said", "lads" and "me", "no food in the house till the
shopping comes" 2.2 on "the house", "till" and "food", "try not to wake up the baby" 2.3 on
"baby" and "not". The cues judged no harm in each. Four readings tell that such a line is about
something ordinary (each in a message of at most `_MOST_WORDS` words, the first three with at
most `_TAIL_WORDS` words after the place, the kindness or the end told), and the model does not
overrule them:

- an errand: a word of the risk pack's `grown-chore-makers` ("mum", "dad") before one of
  `grown-chore-made` ("makes"), "me" and one of `errand-takes` ("take", "bring") just after it,
  then within `_THING_WORDS` words a word of `errand-things` ("things", "bags", "books"), "back"
  or not, "to" and ("the" or "my" between or not) one of `plain-places` or `errand-places`
  ("school", "shop"), with no word of `errand-not` ("without", "paying", "hide", "drugs"):
  "my dad makes me take things from the shop without paying" is left to the model;
- a favour promised: a word of `offer-said` ("said", "promised"), within `_WILL_WORDS` words
  one of `offer-will` ("theyll", "will"), then "me a" and one of `offer-kinds` ("favour",
  "hand"), with no word of `offer-not` ("if", "owe", "pay", "man", "older"): "the lads said theyll
  do me in if i dont pay" is left to the model;
- a want with an ordinary end: "no", within one word one of `want-needs` ("food", "milk"), then
  "till" or "until" (`want-till`) and within `_END_WORDS` words one of `want-ends`
  ("shopping", "delivery", "tomorrow"), with no word of `want-not` ("days", "again", "back",
  "alone"): "no food in the house for days and mum's not back" is left to the model;
- a care asked of the reader (only when the cues read no sign of harm at all): the line opens
  with a word of `care-asks` ("try", "please", "dont") and within `_CARE_WORDS` words holds one
  of `care-acts` ("wake", "disturb"), with no word of `care-not` ("he", "or", "angry").
"""

from __future__ import annotations

from knowledge.matching.text import joined_words
from knowledge.pack_values import Value
from knowledge.value_class import value_class

_MOST_WORDS = 16
_THING_WORDS = 3
"""Words after the taking up to the thing: "take my things", "bring the empty bottles"."""
_BACK = "back"
_TO = "to"
_BEFORE_PLACE = frozenset({"the", "my", "our"})
_ME = "me"
_WILL_WORDS = 2
"""Words after the saying up to the will: "said theyll", "said that they will"."""
_ME_A = ("me", "a")
_KIND_AFTER = 2
"""Words between the will and "me a": "theyll do me a", "will give me a"."""
_NO = "no"
_END_WORDS = 3
"""Words after "till" up to the end: "till the shopping", "until the tesco delivery"."""
_WANT_WORDS = 8
"""Words after the need up to "till": "food in the house till"."""
_CARE_WORDS = 4
"""Words after the opening up to the act: "try not to wake", "please dont disturb"."""
_TAIL_WORDS = 2
"""Words a reading's last word may have after it: "to school every day", "delivery comes"."""


@value_class
class PlainErrands(Value):
    """The risk pack's words for the readings (markers `grown-chore-makers`, `grown-chore-made`,
    `plain-places`, and round 56's `errand-*`, `offer-*`, `want-*`, `care-*`)."""

    makers: frozenset[str]
    made: frozenset[str]
    places: frozenset[str]
    takes: frozenset[str]
    things: frozenset[str]
    errand_places: frozenset[str]
    errand_not: frozenset[str]
    said: frozenset[str]
    will: frozenset[str]
    kinds: frozenset[str]
    offer_not: frozenset[str]
    needs: frozenset[str]
    till: frozenset[str]
    ends: frozenset[str]
    want_not: frozenset[str]
    asks: frozenset[str] = frozenset()
    acts: frozenset[str] = frozenset()
    care_not: frozenset[str] = frozenset()

    def told(self, text: str) -> bool:
        """Whether `text` tells an errand, a favour promised or a want with an ordinary end
        (see the module); the caller asks only when the cues judged no harm in it."""
        said = joined_words(text)
        if len(said) > _MOST_WORDS:
            return False
        return self._errand(said) or self._offer(said) or self._want(said)

    def asked_care(self, text: str) -> bool:
        """Whether `text` asks the reader to take an ordinary care (see the module); the caller
        asks only when the cues read no sign of harm at all in it."""
        said = joined_words(text)
        if len(said) > _MOST_WORDS or not said or said[0] not in self.asks:
            return False
        return self.care_not.isdisjoint(said) and not self.acts.isdisjoint(
            said[1 : 2 + _CARE_WORDS]
        )

    def _errand(self, said: list[str]) -> bool:
        if not self.errand_not.isdisjoint(said):
            return False
        for i, word in enumerate(said):
            if (
                word in self.made
                and said[i + 1 : i + 2] == [_ME]
                and said[i + 2 : i + 3]
                and said[i + 2] in self.takes
                and not self.makers.isdisjoint(said[:i])
                and self._taken_to(said, i + 3)
            ):
                return True
        return False

    def _taken_to(self, said: list[str], at: int) -> bool:
        """Whether a thing, "back" or not, "to" and a place follow from `at` in `said`."""
        for k in range(at, min(at + _THING_WORDS, len(said))):
            if said[k] not in self.things:
                continue
            j = k + 1
            if said[j : j + 1] == [_BACK]:
                j += 1
            if said[j : j + 1] != [_TO]:
                return False
            j += 1
            if said[j : j + 1] and said[j] in _BEFORE_PLACE:
                j += 1
            return (
                j < len(said)
                and (said[j] in self.places or said[j] in self.errand_places)
                and _ends_near(said, j)
            )
        return False

    def _offer(self, said: list[str]) -> bool:
        if not self.offer_not.isdisjoint(said):
            return False
        for i, word in enumerate(said):
            if word not in self.said:
                continue
            for w in range(i + 1, min(i + 2 + _WILL_WORDS, len(said))):
                if said[w] in self.will and _kind_after(said, w + 1, self.kinds):
                    return True
        return False

    def _want(self, said: list[str]) -> bool:
        if not self.want_not.isdisjoint(said):
            return False
        for i, word in enumerate(said):
            if word != _NO or self.needs.isdisjoint(said[i + 1 : i + 3]):
                continue
            for t in range(i + 2, min(i + 3 + _WANT_WORDS, len(said))):
                if said[t] in self.till and any(
                    said[e] in self.ends and _ends_near(said, e)
                    for e in range(t + 1, min(t + 1 + _END_WORDS, len(said)))
                ):
                    return True
        return False


def _kind_after(said: list[str], at: int, kinds: frozenset[str]) -> bool:
    """Whether "me a" and a word of `kinds` follow within `_KIND_AFTER` words of `at`."""
    for m in range(at, min(at + 1 + _KIND_AFTER, len(said) - 2)):
        if tuple(said[m : m + 2]) == _ME_A and said[m + 2] in kinds and _ends_near(said, m + 2):
            return True
    return False


def _ends_near(said: list[str], at: int) -> bool:
    """Whether at most `_TAIL_WORDS` words follow `at` in `said`: the reading is all the line."""
    return len(said) - 1 - at <= _TAIL_WORDS
