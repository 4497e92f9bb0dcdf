"""Round 61 (perf284, issue 11's slow tail): two scans of the risk reading that visited every
character or token in Python now visit only the places that can matter, found in C. Each must give
what the walk over every place gave: these tests compare them with that walk, written out here,
on texts made to hold the marks at every kind of place (no timing is asserted)."""

from __future__ import annotations

import random

from knowledge.quoted_words import quoted_spans
from knowledge.risk_hits import _sentence_ends

_QUOTE_PIECES = (
    "a",
    "b",
    " ",
    "'",
    '"',
    "\u2018",
    "\u2019",
    "\u201c",
    "\u201d",
    "\n",
    ".",
    ",",
    "-",
    "(",
    "em ",
    "don't ",
    " 'cause ",
)


def _every_character_spans(text: str) -> list[tuple[int, int]]:
    """`quoted_spans` as round 53 wrote it: every character of the text read in turn."""
    spans: list[tuple[int, int]] = []
    marks = [i for i, c in enumerate(text) if c == '"']
    if len(marks) % 2 == 0:
        pairs = list(zip(marks[::2], marks[1::2], strict=True))
        if all(_opens(text, a) and _closes(text, b) for a, b in pairs):
            spans += [(a + 1, b) for a, b in pairs]
    opened = -1
    for i, c in enumerate(text):
        if c == "\u201c":
            opened = i
        elif c == "\u201d" and opened >= 0:
            spans.append((opened + 1, i))
            opened = -1
    opened = -1
    for i, c in enumerate(text):
        if c == "\n":
            opened = -1
        elif opened < 0:
            if c in "'\u2018" and _opens(text, i) and _after(text, i) not in _ELIDED:
                opened = i if text[i + 1 : i + 2].isalpha() else -1
        elif c in "'\u2019" and _closes(text, i):
            spans.append((opened + 1, i))
            opened = -1
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans) if len(spans) <= 64 else []:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


_ELIDED = frozenset({"em", "cause", "cos", "coz", "til", "bout", "n", "round", "tis", "twas"})


def _opens(text: str, at: int) -> bool:
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in '([{\u2014\u2013-/:"\u201c') and not after.isspace()


def _closes(text: str, at: int) -> bool:
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in '.,;:!?)]}\u2014\u2013-/"\u201d')


def _after(text: str, at: int) -> str:
    end = at + 1
    while end < len(text) and end - at <= 8 and text[end].isalpha():
        end += 1
    return text[at + 1 : end].lower()


def test_quoted_spans_are_those_of_reading_every_character() -> None:
    made = random.Random(61)
    texts = [
        "".join(made.choice(_QUOTE_PIECES) for _ in range(made.randint(0, 24)))
        for _ in range(20_000)
    ]
    texts += ["I'm a DSL. A pupil told a TA 'don't tell' and \u201cplease\u201d", "no marks at all"]
    for text in texts:
        assert quoted_spans(text) == _every_character_spans(text), text


def _every_token_ends(sentence_of: list[int]) -> list[int]:
    """`find_hits`' sentence ends as round 48 wrote them: every token read from the last."""
    ends = [0] * len(sentence_of)
    end = len(sentence_of)
    for i in range(len(sentence_of) - 1, -1, -1):
        if i + 1 < len(sentence_of) and sentence_of[i + 1] != sentence_of[i]:
            end = i + 1
        ends[i] = end
    return ends


def test_sentence_ends_are_those_of_reading_every_token() -> None:
    made = random.Random(61)
    runs = [sorted(made.choices(range(5), k=made.randint(0, 14))) for _ in range(3_000)]
    runs += [made.choices(range(3), k=made.randint(0, 14)) for _ in range(3_000)]
    for sentence_of in [[], [0], [0, 0, 1], [2, 1, 1, 2], *runs]:
        assert _sentence_ends(sentence_of) == _every_token_ends(sentence_of), sentence_of
