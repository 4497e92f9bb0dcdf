"""The risk check as the core runs it on typed words: names read as people.

The detector (knowledge/risk.py) reads words; a capitalised word it does not know, typed
mid-sentence, is most likely someone's name ("I'm worried about Tom in year 5"), and the core
knows more words than the detector does (the matcher's too), so it finds the names and hands
them over.

When the cues find nothing, the learnt second opinion (knowledge/risk_model.py, a TF-IDF model
trained on the development sets) may still take the message for a disclosure: the cues OR the
model caught 98.3% of the held-out disclosures against the cues' 94.6%, for 2 points more false
alarms (docs/risk-learnt.md). Its finding is a general worry, the `worry-or-secret` category's
contacts and wording ("may mean a child or an adult is at risk of harm"), as it cannot say which
harm.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.person_names import names_in
from knowledge.risk import RiskFinding

if TYPE_CHECKING:
    from knowledge.loader import Knowledge
    from knowledge.matching import Matcher
    from knowledge.risk_pack import RiskPack

LEARNT_CATEGORY = "worry-or-secret"
"""The category whose contacts and wording the learnt model's finding takes: a general worry."""
LEARNT_CUE = "(learnt model)"
"""What the learnt model's finding gives as its cue: never the message's words."""
CHECK_REMARK_WORDS = 8
"""While a consent check's question waits, the learnt model is not asked about a message of
fewer words: it learnt from first messages, and a remark that short is about the question
("the mum said no" scored 3.3 against its threshold of 1.9). Every development disclosure the
model catches and the cues miss has 26 words or more; the cues still read every remark."""


class RiskReading:
    """Runs the risk check on a message, with the names in it. Build once; only reads."""

    def __init__(self, knowledge: Knowledge, matcher: Matcher) -> None:
        self._detector = knowledge.risk_detector
        self._model = knowledge.risk_model
        self._learnt = learnt_finding(knowledge.risk)
        self.known_words = matcher.known_words | knowledge.risk_detector.known_words
        """Every word the assistant knows, in lower case: never taken for a name."""

    def detect(self, text: str, *, second_opinion: bool = True) -> RiskFinding | None:
        """The risk of harm `text` may describe, or None: the cues' finding
        (`RiskDetector.detect`), else a general worry when the learnt model fires.

        `second_opinion` False asks the cues alone: the model learnt from first messages, and
        a reply to a consent check's question ("I think so, her mum told me") is not one."""
        found = self._detector.detect(text, names_in(text, self.known_words))
        if (
            found is None
            and second_opinion
            and self._learnt is not None
            and self._model.fires(text)
        ):
            return self._learnt
        return found


def learnt_finding(pack: RiskPack) -> RiskFinding | None:
    """The finding the learnt model gives: the `worry-or-secret` category's, or None when an
    organisation's pack has no such category."""
    category = next((c for c in pack.categories if c.id == LEARNT_CATEGORY), None)
    if category is None:
        return None
    return RiskFinding(
        categories=(category.id,),
        concerns=category.concerns or "either",
        contacts=category.contacts or (),
        notes=(category.note,) if category.note else (),
        cues=(LEARNT_CUE,),
    )
