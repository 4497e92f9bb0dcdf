"""The risk check as the core runs it on typed words: names read as people.

The detector (knowledge/risk.py) reads words; a capitalised word it does not know, typed
mid-sentence, is most likely someone's name ("I'm worried about Tom in year 5"), and the core
knows more words than the detector does (the matcher's too), so it finds the names and hands
them over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.person_names import names_in

if TYPE_CHECKING:
    from knowledge.loader import Knowledge
    from knowledge.matching import Matcher
    from knowledge.risk_finding import RiskFinding


class RiskReading:
    """Runs the risk check on a message, with the names in it. Build once; only reads."""

    def __init__(self, knowledge: Knowledge, matcher: Matcher) -> None:
        self._detector = knowledge.risk_detector
        self.known_words = matcher.known_words | knowledge.risk_detector.known_words
        """Every word the assistant knows, in lower case: never taken for a name."""

    def detect(self, text: str) -> RiskFinding | None:
        """The risk of harm `text` may describe, or None (`RiskDetector.detect`)."""
        return self._detector.detect(text, names_in(text, self.known_words))
