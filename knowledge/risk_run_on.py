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

Round 59 (robust260): a message typed with no stop at all ("my roommate is in an abusive
relationship and ive only known her a few months and we keep to ourselves and is there anything
i can do") was one sentence, and the words of its later clauses ("we keep to ourselves") were
read with the telling's. In such a message a clause run on after a joiner that starts with one of
the pack's `run-on-starters` ("i", "ive", "we", "she"…), more than `_TOLD_WORDS` words after the
last place cut, starts a sentence of its own (`stopless_cuts`), as a stop would; and a question
run on at its end is read as though a "?" closed it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from knowledge.risk_types import CONDITION_WORDS
from knowledge.risk_words import SENTENCE_END, WH

__all__ = ["RUN_ON_JOINERS", "run_on_questions", "stopless_cuts"]

RUN_ON_JOINERS = frozenset({"and", "so", "but"})
_TOLD_WORDS = 5  # words of the telling before the joiner, more than these ("im sorry everyone but")
_TAIL_WORDS = 4  # a last clause shorter than this stays in its sentence ("…and im so stressed")
_CONDITIONS = frozenset(CONDITION_WORDS)


def run_on_questions(
    raws: Sequence[str], question_words: Collection[str], askers: Collection[str]
) -> frozenset[int]:
    """Where in `raws` (`risk_words.words_of`) a question run on after a telling starts: each
    place, read from the end once, whose sentence ends with "?"."""
    found: set[int] = set()
    asking = not SENTENCE_END.intersection(raws)  # with no stop at all, the end may ask
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


def stopless_cuts(raws: Sequence[str], starters: Collection[str]) -> frozenset[int]:
    """Where in `raws` a clause run on after a joiner starts a sentence, in a message with no
    stop at all: at each of `starters` just after a joiner, the telling before it longer than
    `_TOLD_WORDS` words (the joiner not counted) since the last such place."""
    if SENTENCE_END.intersection(raws):
        return frozenset()
    found: list[int] = []
    told = 0
    for at, word in enumerate(raws):
        if word in starters and at and raws[at - 1] in RUN_ON_JOINERS and told > _TOLD_WORDS + 1:
            found.append(at)
            told = 0
        told += word.isalnum()
    if found and len(raws) - found[-1] < _TAIL_WORDS:
        found.pop()  # "…its getting too much and im so stressed": a tail goes on its sentence
    return frozenset(found)
