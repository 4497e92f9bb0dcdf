"""A question run on after a telling with "and", "so" or "but": a sentence of its own.

Round 58 (robust249): typed without stops, "a patient disclosed domestic violence today and
what are the rules on sharing?" was one sentence ending in "?" (and one clause), so the sign in
it stood in a question and did not count; with a full stop before "What are…" the check rang. A
question word just after one of these joiners (`RUN_ON_JOINERS`), more than `_TOLD_WORDS` words
into a sentence that ends with "?", starts a sentence (and a clause) of its own there, unless
the sentence it is in asks already (`knowledge.risk_tokens`): a word the pack asks with ("can",
"is", "should": its `question_words` not of `WH`) only before one of the pack's
`run-on-askers` ("i", "we", "there": "…and is there anything…", not "…and is hitting me?"); one
of `WH` ("what", "how") only before a word the pack asks with ("…so what should i do?", not
"…and what he did was…"). "when", a condition, never ("…and when he drinks he hits me?" tells).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from knowledge.risk_types import CONDITION_WORDS
from knowledge.risk_words import SENTENCE_END, WH

__all__ = ["RUN_ON_JOINERS", "run_on_questions"]

RUN_ON_JOINERS = frozenset({"and", "so", "but"})
_TOLD_WORDS = 5  # words of the telling before the joiner, more than these ("im sorry everyone but")
_CONDITIONS = frozenset(CONDITION_WORDS)


def run_on_questions(
    raws: Sequence[str], question_words: Collection[str], askers: Collection[str]
) -> frozenset[int]:
    """Where in `raws` (`risk_words.words_of`) a question run on after a telling starts: each
    place, read from the end once, whose sentence ends with "?"."""
    found: set[int] = set()
    asking = False
    for at in range(len(raws) - 1, 0, -1):
        word = raws[at]
        if word in SENTENCE_END:
            asking = word == "?"
        elif asking and raws[at - 1] in RUN_ON_JOINERS and word not in _CONDITIONS:
            following = raws[at + 1] if at + 1 < len(raws) else ""
            if following in (question_words if word in WH else askers) and (
                word in question_words and _told(raws, at - 1) > _TOLD_WORDS
            ):
                found.add(at)
    return frozenset(found)


def _told(raws: Sequence[str], at: int) -> int:
    """How many words come before `at` in its sentence (at most `_TOLD_WORDS` + 1 counted)."""
    count = 0
    while at > 0 and count <= _TOLD_WORDS and raws[at - 1] not in SENTENCE_END:
        at -= 1
        count += raws[at].isalnum()
    return count
