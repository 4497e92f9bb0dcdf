"""What the words of a reply mean for one key question, whatever yes or no it begins with.

"no its not public" begins with a no, and its words say yes to "Is the information
confidential?" (tryout42 #8: it was taken as "not confidential" and the check said "You can
share"). The flow pack's `meanings` list, per question, words that say its yes and its no; one
said just after a word of the typed-words pack's `negations` or `denials` says the other answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.flow_pack import AnswerKey, FlowQuestion
from knowledge.typed_words import HedgedWords

DENIAL_REACH = 2  # "isn't really public"; not "it does not, it's all anonymised"
_OTHER = {AnswerKey.YES: AnswerKey.NO, AnswerKey.NO: AnswerKey.YES}


class AnswerMeanings:
    """Reads the answers a reply's words say by a question's meaning. Build once; only reads."""

    def __init__(self, words: HedgedWords) -> None:
        self._denials = frozenset((*words.negations, *words.denials))

    @staticmethod
    def words(question: FlowQuestion) -> frozenset[str]:
        """Every word of `question`'s meanings: a reply going on with one after an echo of the
        question's verb ("it is public") keeps to the question as one with its own words does."""
        return frozenset(w for said in question.meanings.values() for p in said for w in p.split())

    def meant(self, question: FlowQuestion, words: Sequence[str]) -> frozenset[AnswerKey]:
        """The answers (yes, no or both) that `words` (simplified, split) say by the meaning of
        `question`: empty when they hold none of its `meanings`. The longest phrase found at a
        place is read; one after a denial says the other answer."""
        phrases = sorted(
            ((phrase.split(), key) for key, said in question.meanings.items() for phrase in said),
            key=lambda pair: len(pair[0]),
            reverse=True,
        )
        found: set[AnswerKey] = set()
        at = 0
        while at < len(words):
            hit = next((p for p in phrases if list(words[at : at + len(p[0])]) == p[0]), None)
            if hit is None:
                at += 1
                continue
            phrase, key = hit
            denied = not self._denials.isdisjoint(words[max(0, at - DENIAL_REACH) : at])
            found.add(_OTHER.get(key, key) if denied else key)
            at += len(phrase)
        return frozenset(found)
