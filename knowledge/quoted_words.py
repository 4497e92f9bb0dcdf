"""Which of a message's words stand inside quotation marks (round 53, quoted189, issue 11).

A news report, a court report or a review quotes its speakers: "Ms [name] said: "I found a frail
little lady…"", "'He was so old, I remember…,' [name] says". The quoted "I" is the speaker's, not
the writer's, and the readings of a report (`knowledge.risk_whose_now`) must not take it for the
writer's own. This module only marks the quoted words; the readings decide what a mark means.

A quoted span is marked only where its marks plainly open and close it, so that a typist's stray
mark never hides a word:

- straight double quotes pair left to right, each opening after a space, a mark or the start and
  closing before one; an odd count, or one that cannot open or close where it stands, marks no
  straight double span at all;
- curly double quotes: an opening one up to the next closing one; one left unclosed marks nothing;
- single quotes (straight or curly) open only before a letter after a space, a mark or the start,
  and close before a space, a mark or the end, on the same line: an apostrophe between letters
  ("don't", "mum's") is neither, and a dropped letter ("'em", "'cause") opens nothing.

One pass over the text, no regular expression; a message with more than `_MAX_SPANS` spans is
marked nowhere (a page of quotes is no report to read this way).
"""

from __future__ import annotations

from knowledge.risk_words import words_of

__all__ = ["quoted_at", "quoted_spans", "quoted_words"]

_MAX_SPANS = 64
_STRAIGHT = '"'
_CURLY_OPEN, _CURLY_CLOSE = "\u201c", "\u201d"
_SINGLE_OPEN, _SINGLE_CLOSE = frozenset("'\u2018"), frozenset("'\u2019")
_SINGLE_MARKS = "\n'\u2018\u2019"  # what `_singles` acts on: a line's end, an opening or closing
_BEFORE_OPENING = frozenset("([{\u2014\u2013-/:" + _STRAIGHT + _CURLY_OPEN)
_AFTER_CLOSING = frozenset(".,;:!?)]}\u2014\u2013-/" + _STRAIGHT + _CURLY_CLOSE)
# Words typed with a letter dropped at the front: the mark before them opens no quotation.
_ELISIONS = frozenset({"em", "cause", "cos", "coz", "til", "bout", "n", "round", "tis", "twas"})
_WORD_READ = 8  # longer than every elision, so a longer word is read as one


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The character ranges (start, end: the quotation marks left out) of `text` inside
    quotation marks, in order and not overlapping (module docstring for what counts)."""
    spans = _straight_doubles(text) + _curly_doubles(text) + _singles(text)
    if len(spans) > _MAX_SPANS:
        return []
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def quoted_at(text: str, raws: list[str]) -> frozenset[int]:
    """The indexes of `raws` (`words_of(text)`) that stand inside quotation marks; none when the
    quoted and unquoted parts, read apart, do not give back `raws` word for word."""
    if not any(mark in text for mark in ('"', "'", _CURLY_OPEN, "\u2018")):
        return frozenset()
    words: list[str] = []
    inside: list[int] = []
    at = 0
    for start, end in quoted_spans(text):
        words += words_of(text[at:start])
        quoted = words_of(text[start:end])
        inside += range(len(words), len(words) + len(quoted))
        words += quoted
        at = end
    if not inside:
        return frozenset()
    words += words_of(text[at:])
    return frozenset(inside) if words == raws else frozenset()


def quoted_words(text: str, raws: list[str]) -> frozenset[int]:
    """Which of the words of `raws` (`words_of(text)`, clause marks left out, as the risk
    detector keeps them) stand inside quotation marks, by their index among the words."""
    if not (at := quoted_at(text, raws)):
        return frozenset()
    inside: list[int] = []
    words = 0
    for i, raw in enumerate(raws):
        if raw.isalnum():
            if i in at:
                inside.append(words)
            words += 1
    return frozenset(inside)


def _opens(text: str, at: int) -> bool:
    """Whether the mark at `at` stands where a quotation opens: after the start, a space or a
    mark, and before a word."""
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in _BEFORE_OPENING) and not after.isspace()


def _closes(text: str, at: int) -> bool:
    """Whether the mark at `at` stands where a quotation closes: after a word or a mark, and
    before the end, a space or a mark."""
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in _AFTER_CLOSING)


def _straight_doubles(text: str) -> list[tuple[int, int]]:
    """Spans between straight double quotes, paired in order; none if any one is out of place."""
    marks = _places(text, _STRAIGHT)
    if len(marks) % 2:
        return []
    pairs = list(zip(marks[::2], marks[1::2], strict=True))
    if not all(_opens(text, a) and _closes(text, b) for a, b in pairs):
        return []
    return [(a + 1, b) for a, b in pairs]


def _curly_doubles(text: str) -> list[tuple[int, int]]:
    """Spans from an opening curly double quote to the next closing one."""
    spans: list[tuple[int, int]] = []
    if _CURLY_OPEN not in text:
        return spans  # nothing opens (a message's apostrophes bring it here: perf284)
    opened = -1
    for i in _places(text, _CURLY_OPEN + _CURLY_CLOSE):
        c = text[i]
        if c == _CURLY_OPEN:
            opened = i  # an earlier one left open marks nothing
        elif c == _CURLY_CLOSE and opened >= 0:
            spans.append((opened + 1, i))
            opened = -1
    return spans


def _singles(text: str) -> list[tuple[int, int]]:
    """Spans between single quotes that plainly open and close, on one line."""
    spans: list[tuple[int, int]] = []
    opened = -1
    for i in _places(text, _SINGLE_MARKS):
        c = text[i]
        if c == "\n":
            opened = -1
        elif opened < 0:
            if c in _SINGLE_OPEN and _opens(text, i) and _word_after(text, i) not in _ELISIONS:
                opened = i if text[i + 1 : i + 2].isalpha() else -1
        elif c in _SINGLE_CLOSE and _closes(text, i):
            spans.append((opened + 1, i))
            opened = -1
    return spans


def _places(text: str, marks: str) -> list[int]:
    """Where each character of `marks` stands in `text`, in order: found by `str.find` (in C),
    so that a long message with a few marks is not read a character at a time in Python (the
    other characters change nothing in the scans above; perf284, round 61)."""
    found: list[int] = []
    for mark in marks:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    if len(marks) > 1:
        found.sort()
    return found


def _word_after(text: str, at: int) -> str:
    """The letters just after `at`, lower case (at most `_WORD_READ`: enough to know an
    elision)."""
    end = at + 1
    while end < len(text) and end - at <= _WORD_READ and text[end].isalpha():
        end += 1
    return text[at + 1 : end].lower()
