"""A message read in parts: a long one in windows, and without the request for help it ends with.

Split from `dialogs.risk_reading` (round 48, shape133), whose `RiskReading` reads a message
longer than `WINDOW_CHARS` part by part, and reads it again without its asking tail when the
cues find nothing in the whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from knowledge.matching.text import WORD, joined_words

WINDOW_CHARS = 4000
"""A longer message is read in parts of at most this many characters (what a question and the
learnt model are sized for), each reaching back into the one before so that no sentence is
read only in halves."""
_OVERLAP_CHARS = 400

_PART = re.compile(r"[.,;:!?\n]+|\s[-\u2013\u2014]+\s")
"""Where a message's sentences and clauses end: their marks, and a dash between spaces."""
MIN_BODY_WORDS = 3
"""What is left without the tail is read only when it holds at least this many words."""


def without_tail(text: str, tail: frozenset[str], asking: frozenset[str] = frozenset()) -> str:
    """`text` without the clauses it ends with that hold only words of `tail` (the
    `asking-tail` marker: "…, do we tell anyone?", "I am worry. What I can do please"), or ""
    when it ends with none, when too little (`MIN_BODY_WORDS`) is left before them, or when
    the clause before them opens with one of `asking` ("do we withhold a dose if…, and who do
    we tell?": the tail goes on with a question, not after something told)."""
    if not tail:
        return ""
    end = len(text)
    cut = -1
    marks = [m.span() for m in _PART.finditer(text)]
    for start, stop in reversed([(0, 0), *marks]):
        words = joined_words(text[stop:end])
        if words and not tail.issuperset(words):
            if words[0] in asking:
                return ""
            break
        if words:
            cut = start
        end = start
    if cut < 0 or len(WORD.findall(text[:cut])) < MIN_BODY_WORDS:
        return ""
    return text[:cut]


def windows(text: str, size: int = WINDOW_CHARS) -> Iterator[str]:
    """`text` in parts of at most `size` characters (`window_spans`)."""
    return (text[start:end] for start, end in window_spans(text, size))


def window_spans(text: str, size: int = WINDOW_CHARS) -> Iterator[tuple[int, int]]:
    """Where `windows` cuts `text`: each part ends after a sentence (else a space) in the second
    half of its `size` characters, and the next starts about `_OVERLAP_CHARS` before that, at a
    word. Every character is in some part; the work is linear in `len(text)`."""
    start = 0
    while len(text) - start > size:
        end = start + size
        half = start + size // 2
        cut = max(text.rfind(". ", half, end), text.rfind("\n", half, end)) + 1
        if cut <= 0:
            cut = text.rfind(" ", half, end) + 1 or end
        yield start, cut
        back = text.find(" ", cut - _OVERLAP_CHARS, cut)
        start = back + 1 if back >= 0 else cut
    yield start, len(text)
