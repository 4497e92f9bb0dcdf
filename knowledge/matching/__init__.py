"""Match practitioners' free-text questions to the published Q&A.

Build a `Matcher` once from the Q&A entries and the `not-covered` and `lexicon` packs, then call
`Matcher.match` for each message.
"""

from knowledge.matching.matcher import Matcher
from knowledge.matching.models import (
    LexiconPack,
    Match,
    MatcherSettings,
    MatchResult,
    NotCoveredHit,
    NotCoveredPack,
    NotCoveredTopic,
)
from knowledge.matching.packs import load_matcher_packs

__all__ = [
    "LexiconPack",
    "Match",
    "MatchResult",
    "Matcher",
    "MatcherSettings",
    "NotCoveredHit",
    "NotCoveredPack",
    "NotCoveredTopic",
    "load_matcher_packs",
]
