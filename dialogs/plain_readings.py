"""Messages the cues read no harm in, which the learnt model is not asked about (round 47,
mend125; the brief's classes 1 and 4).

The learnt model (knowledge/risk_model.py) takes most short statements about a "her" or a "him"
for harm: "the coach told her to keep her phone in her bag during sessions" scored 3.9 against
its threshold of 1.9, "she has capacity, she's just hard of hearing, can I talk to her son…"
1.9. When the cues find no sign of harm at all (`RiskDetector.holds_signs`), two readings tell
that the message is about something ordinary, and the model does not overrule them (the last
two, round 52, whenever the cues judged no harm, whatever signs they read):

- an ordinary instruction: one of the risk pack's `plain-told` words ("told", "asked"), at most
  `_WHOM_WORDS` words, then "to" and one of `plain-acts` ("stretch", "rest", "bring", "tidy"):
  an instruction for a training session, kit or a task. An instruction to do anything else ("he
  told her to send him pictures", "the coach told her to take her top off") is still read by the
  model, which alone catches those;
- capacity said of someone with a condition named: "has" (or a word of `plain-has`) before
  "capacity" (`plain-capacity`), and a word of `plain-conditions` ("deaf", "blind", "hearing");
- an everyday help (round 52, fa182): a word of `plain-helpers` ("husband", "mum"), just after
  it one of `plain-helps` ("drives", "takes", "picks"), then within `_HELP_WORDS` words "to" or
  "from" and one of `plain-places` ("work", "school", "church"), "the" between or not: "her
  husband drives her to work", "my dad takes me to the shops" (round 56, quiet225). An act
  that is no help ("locks", "follows") or a place not ordinary is left to the model;
- a life event dated: a word of `plain-events` ("married", "met", "born", "divorced"), then
  within `_EVENT_WORDS` words "in" and a year ("my dad married my mum in 1990").
"""

from __future__ import annotations

import itertools
from collections.abc import Container, Iterator

from knowledge.matching.text import joined_words
from knowledge.pack_values import Value
from knowledge.value_class import value_class

_WHOM_WORDS = 3
"""Words between the telling word and "to": "told her", "asked the under 9s"."""
_TO = frozenset({"to"})
_CAPACITY_GAP = 2
"""Words between "has" and "capacity": "has full mental capacity"."""
_HELP_WORDS = 4
"""Words after the help up to "to" or "from": "drives her to", "picks her up from"."""
_HELP_TO = frozenset({"to", "from"})
_THE = "the"  # "to the shops", as "to shops"
_EVENT_WORDS = 4
"""Words after the event up to "in": "married my mum in", "met in"."""
_IN = frozenset({"in"})
_YEARS = range(1900, 2100)
_YEAR_DIGITS = 4


@value_class
class PlainReadings(Value):
    """The risk pack's words for the readings (markers `plain-told`, `plain-not`, `plain-acts`,
    `plain-has`, `plain-capacity`, `plain-conditions`; round 52: `plain-helpers`,
    `plain-helps`, `plain-places`, `plain-events`, none when not given)."""

    told: frozenset[str]
    not_words: frozenset[str]
    acts: frozenset[str]
    has: frozenset[str]
    capacity: frozenset[str]
    conditions: frozenset[str]
    helpers: frozenset[str] = frozenset()
    helps: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    events: frozenset[str] = frozenset()

    def ordinary(self, text: str) -> bool:
        """Whether `text` tells an ordinary instruction or capacity with a condition (see the
        module); the caller asks only when the cues found no sign of harm in it."""
        said = joined_words(text)
        return self._instruction(said) or self._capacity(said)

    def everyday(self, text: str) -> bool:
        """Whether `text` tells an everyday help or a life event dated (see the module); the
        caller asks only when the cues judged no harm in it, whatever signs they read: "her
        husband … her" is a sign the cues set aside, which the model would not."""
        said = joined_words(text)
        return self._help(said) or self._dated(said)

    def _help(self, said: list[str]) -> bool:
        return any(
            i > 0 and said[i - 1] in self.helpers and _place(said, j + 1, self.places)
            for i, j in _joined(said, self.helps, _HELP_WORDS, _HELP_TO)
        )

    def _dated(self, said: list[str]) -> bool:
        return any(_year(said[j + 1]) for _, j in _joined(said, self.events, _EVENT_WORDS, _IN))

    def _instruction(self, said: list[str]) -> bool:
        # only the first "to" after the telling word, with no `plain-not` word before it
        return any(
            _TO.isdisjoint(said[i + 1 : j])
            and self.not_words.isdisjoint(said[i + 1 : j])
            and said[j + 1] in self.acts
            for i, j in _joined(said, self.told, _WHOM_WORDS + 1, _TO)
        )

    def _capacity(self, said: list[str]) -> bool:
        if self.conditions.isdisjoint(said):
            return False
        return any(
            w in self.capacity and not self.has.isdisjoint(said[max(i - 1 - _CAPACITY_GAP, 0) : i])
            for i, w in enumerate(said)
        ) and not any(a in self.has and b in self.not_words for a, b in itertools.pairwise(said))


def _place(said: list[str], at: int, places: Container[str]) -> bool:
    """Whether a word of `places` stands at `at` in `said`, or just after "the" there."""
    if said[at] == _THE:
        at += 1
    return at < len(said) and said[at] in places


def _joined(
    said: list[str], words: Container[str], reach: int, joins: Container[str]
) -> Iterator[tuple[int, int]]:
    """Where a word of `words` stands in `said`, with where each joining word (of `joins`) stands
    within `reach` words after it, when a word follows it (the one that may qualify)."""
    for i, word in enumerate(said):
        if word in words:
            for j in range(i + 1, min(i + 1 + reach, len(said) - 1)):
                if said[j] in joins:
                    yield i, j


def _year(word: str) -> bool:
    """Whether `word` is a year of the last or this century ("1990", "2015")."""
    return len(word) == _YEAR_DIGITS and word.isdecimal() and int(word) in _YEARS
