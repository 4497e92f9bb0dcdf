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
read with the telling's; a cut of every such message was tried and taken back (short one-line
disclosures went quiet: "he said if i leave hell take the kids and ill never see them again").

Round 60 (robust269): only a sentence of more than `_LONG_WORDS` words is cut (`stopless_cuts`),
at a clause run on after a joiner that starts with one of the pack's `run-on-starters` ("i",
"ive", "we", "my"…: the writer's own), as a stop would: "…one of my clients died and i keep
crying…" no longer reads the writer's crying with the client. Not inside a case opened by a
condition, until a mark ("question: if a parent enquires about my service and i take a few
details…"), nor before a clause that names someone told of again (`run-on-back`: "…a child with
a severe allergy and i was told not to give any medication against his parents wishes"). A long
last sentence with no stop after it may ask at its end ("…and is there anything i can do").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from knowledge.risk_types import CONDITION_WORDS
from knowledge.risk_words import SENTENCE_END, WH

__all__ = ["RUN_ON_JOINERS", "run_on_questions", "stopless_cuts"]

RUN_ON_JOINERS = frozenset({"and", "so", "but"})
# In a long sentence, also "…and then i…", "…lol i…"; not "because" ("…, do i have to give them
# a notice because i am holding…" asks on: dev's practice-dev43 rang so)
_STOPLESS_JOINERS = RUN_ON_JOINERS | {"then", "lol"}
_TOLD_WORDS = 5  # words of the telling before the joiner, more than these ("im sorry everyone but")
_LONG_WORDS = 40  # a sentence's words, more than these: long enough to hold several told
_OPENING_WORDS = 3  # a condition among a piece's first words opens it ("question: if…", "so if…")
_BACK_WORDS = 20  # how far into a clause a word naming someone again is looked for
_TAIL_WORDS = 4  # a last clause shorter than this stays in its sentence ("…and im so stressed")
_CONDITIONS = frozenset(CONDITION_WORDS)


def run_on_questions(
    raws: Sequence[str], question_words: Collection[str], askers: Collection[str]
) -> frozenset[int]:
    """Where in `raws` (`risk_words.words_of`) a question run on after a telling starts: each
    place, read from the end once, whose sentence ends with "?"."""
    found: set[int] = set()
    # a long last sentence with no stop after it may ask ("…and is there anything i can do")
    asking = any(end == len(raws) for _, end in _long_sentences(raws))
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


def stopless_cuts(
    raws: Sequence[str], starters: Collection[str], back: Collection[str] = ()
) -> frozenset[int]:
    """Where in `raws` a clause run on after a joiner starts a sentence, in a sentence of more
    than `_LONG_WORDS` words: at each of `starters` just after a joiner, the telling before it
    longer than `_TOLD_WORDS` words (the joiner not counted) since the last such place, unless
    the piece before opens with a condition or the clause names someone told of again (one of
    `back` in its first `_BACK_WORDS` words: "…a child with a severe allergy and i was told not
    to give any medication which was against his parents wishes")."""
    found: list[int] = []
    for start, end in _long_sentences(raws):
        cuts: list[int] = []
        told = 0
        opened = False  # the piece since the last cut opens with a condition, until a mark
        for at in range(start, end):
            word = raws[at]
            if (
                at > start
                and word in starters
                and raws[at - 1] in _STOPLESS_JOINERS
                and told > _TOLD_WORDS + 1
                and not opened
                and not _names_back(raws, at, end, back)
            ):
                cuts.append(at)
                told = 0
            if word in _CONDITIONS and told < _OPENING_WORDS:
                opened = True  # "…if a parent enquires about my service and i take…": one case
            elif not word.isalnum():
                opened = False  # "…, or they think about it, do i…": the case has ended
            told += word.isalnum()
        if cuts and end - cuts[-1] < _TAIL_WORDS:
            cuts.pop()  # "…its getting too much and im so stressed": a tail goes on its sentence
        found.extend(cuts)
    return frozenset(found)


def _names_back(raws: Sequence[str], at: int, end: int, back: Collection[str]) -> bool:
    """Whether one of `back` is among the first `_BACK_WORDS` words from `at` (before `end`)."""
    return any(word in back for word in raws[at : min(end, at + _BACK_WORDS)])


def _long_sentences(raws: Sequence[str]) -> list[tuple[int, int]]:
    """The sentences of `raws` (start, end: the end's stop not in) of more than `_LONG_WORDS`
    words: a short one typed without stops is one telling ("he said if i leave he'll take the
    kids and i'll never see them again")."""
    spans: list[tuple[int, int]] = []
    start = count = 0
    for at, word in enumerate((*raws, ".")):
        if word in SENTENCE_END:
            if count > _LONG_WORDS:
                spans.append((start, at))
            start, count = at + 1, 0
        else:
            count += word.isalnum()
    return spans
