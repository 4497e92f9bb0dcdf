"""A question run on after a telling with "and", "so" or "but": a sentence of its own.

Round 58 (robust249): typed without stops, "my roommate is in an abusive relationship and ive
only known her a few months and is there anything i can do?" was one sentence ending in "?", so
every sign in it stood in a question and none counted; with a full stop before "Is there…" the
check rang. A question word just after one of these joiners (`RUN_ON_JOINERS`), far enough into
a sentence that tells (not one that already asks), starts a sentence of its own when the
sentence it is in ends with "?": a word the pack asks with ("can", "is", "should": its
`question_words` but not `WH`) only before one of the pack's `run-on-askers` ("i", "we",
"there": "…and is there anything…", not "…and is hitting me?"); one of `WH` ("what", "how")
only before a word the pack asks with ("…so what should i do?", not "…and what he did was…").
"when", a condition, never ("…and when he drinks he hits me?" tells).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from knowledge.risk_types import CONDITION_WORDS
from knowledge.risk_words import SENTENCE_END, WH

__all__ = ["RUN_ON_JOINERS", "asked_run_on", "ends_asking"]

RUN_ON_JOINERS = frozenset({"and", "so", "but"})
_TOLD_WORDS = 3  # words of the telling before the joiner, at least
_CONDITIONS = frozenset(CONDITION_WORDS)


def ends_asking(raws: Sequence[str]) -> list[bool]:
    """For each word of `raws` (`risk_words.words_of`), whether the sentence it is in ends with
    "?" (one pass from the end)."""
    out = [False] * len(raws)
    asking = False
    for at in range(len(raws) - 1, -1, -1):
        if raws[at] in SENTENCE_END:
            asking = raws[at] == "?"
        out[at] = asking
    return out


def asked_run_on(
    word: str,
    before: str,
    following: str,
    told: int,
    *,
    question_words: Collection[str],
    askers: Collection[str],
) -> bool:
    """Whether `word` (as typed), after the joiner `before` and `told` words of a sentence that
    tells and ends in "?", starts a question of its own (`following`: the next word typed)."""
    if before not in RUN_ON_JOINERS or told <= _TOLD_WORDS or word in _CONDITIONS:
        return False
    if word in WH:
        return following in question_words
    return word in question_words and following in askers
