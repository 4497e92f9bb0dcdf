"""A question supposing that someone will tell of harm: "if a gymnast ever discloses abuse, what do
I do", "what if a pupil says her dad hits her, who do I tell?" (round 47, mend125: the brief's
class 3). It asks how to answer a disclosure to come, and is none itself.

The cues judge a supposition ("if a …") as general only in a sentence that asks, so such a
question typed without its "?" rang, and so did the part an asking tail was cut from ("if a child
tells me they're being hit at home"); the learnt model, which cannot read "if", took some for harm
(`dialogs.risk_reading.RiskReading`). A supposed telling is read by the cues alone, as a question,
whose own readings still count an occasion told ("if a child told me yesterday that…").
"""

from __future__ import annotations

from knowledge.matching.text import joined_words
from knowledge.pack_values import Value
from knowledge.value_class import value_class

_SENTENCE_ENDS = ".!?\n"
_LEAD_WORDS = 2
"""How many words may come before the supposition ("what if", "so what if")."""
_TELLS_REACH = 4
"""How many words after the one supposed may stand before the telling: "one of the gymnasts
ever disclosed"."""


@value_class
class SupposedTelling(Value):
    """The risk pack's words for a supposed telling (its markers `supposed-lead`, `supposed-open`,
    `supposed-who` and `supposed-tells`)."""

    lead: frozenset[str]
    opens: frozenset[str]
    who: frozenset[str]
    tells: frozenset[str]

    def read(self, text: str) -> bool:
        """Whether `text` is one sentence that opens (after at most `_LEAD_WORDS` of `lead`:
        "what if") on a word of `opens` ("if"), then someone not named (a word of `who`: "a",
        "any", "one") who, within `_TELLS_REACH` words, tells (a word of `tells`: "discloses",
        "says"). "if my dad finds out he'll kill me" names someone; "a girl told me her dad hits
        her. if she tells me more what do I do?" is two sentences: neither is read so."""
        body = text.strip().rstrip(_SENTENCE_ENDS + " ")
        if not self.opens or any(mark in body for mark in _SENTENCE_ENDS):
            return False
        said = joined_words(body)
        start = next((i for i, w in enumerate(said[: _LEAD_WORDS + 1]) if w in self.opens), -1)
        if start < 0 or not self.lead.issuperset(said[:start]):
            return False
        rest = said[start + 1 :]
        if not rest or rest[0] not in self.who:
            return False
        return not self.tells.isdisjoint(rest[1 : _TELLS_REACH + 2])
