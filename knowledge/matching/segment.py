"""Find the question in a message: long messages tell a story and ask at the end (or start)."""

from __future__ import annotations

import re

from knowledge.matching.normalise import strip_markup

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+|(?<=[.!?])(?=[A-Z])")
_HEAD = 1500
_TAIL = 2500
_SHORT_TEXT = 100
_SHORT_QUESTION_WORDS = 6


def question_segments(text: str, *, max_segments: int = 3) -> list[str]:
    """The parts of a message worth matching, best guesses first.

    A short message is taken whole. In a longer one each sentence that asks something (contains
    a question mark) is taken, the last ones first, alone and with the sentence before it for
    context (a very short question such as "Can I still share?" only with it). With no question
    mark the last two sentences and the first are taken. Very long messages are cut to their
    head and tail first, so the work is bounded whatever the length.

    Args:
        text: the message as received.
        max_segments: at most this many segments are returned.

    Returns:
        Between zero and `max_segments` non-empty strings.
    """
    if len(text) > _HEAD + _TAIL:
        text = text[:_HEAD] + "\n" + text[-_TAIL:]
    cleaned = strip_markup(text).strip()
    if not cleaned:
        return []
    sentences = [s.strip() for s in _SENTENCE_END.split(cleaned) if s and s.strip()]
    if len(cleaned) <= _SHORT_TEXT or len(sentences) <= 1:
        return [cleaned]
    chosen: list[str] = []
    asks = [i for i, s in enumerate(sentences) if "?" in s]
    for i in reversed(asks):
        if len(sentences[i].split()) >= _SHORT_QUESTION_WORDS:
            chosen.append(sentences[i])
        if i > 0:
            chosen.append(sentences[i - 1] + " " + sentences[i])
    if not asks:
        chosen.extend(reversed(sentences[-2:]))
        chosen.append(sentences[0])
    return list(dict.fromkeys(chosen))[:max_segments]
