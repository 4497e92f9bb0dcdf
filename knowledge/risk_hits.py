"""Where the risk detector's compiled cues match in a message.

Each word is looked up in a table of the cues that can start there, and a cue is a short
sequence of slots (a gap spans at most four words), so the work per word is bounded by the
pack, not the message.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from knowledge.risk_phrases import ANY_WORD, GAP, MAX_GAP_WORDS
from knowledge.risk_types import Hit, Phrase, Slot, Tokens, Words

__all__ = ["find_hits"]


def find_hits(read: Tokens, index: Mapping[str, tuple[Phrase, ...]]) -> list[Hit]:
    """Every phrase of `index` that matches in the message, where it starts and ends.

    Args:
        read: the message as the detector read it.
        index: the phrases by each word they may start with.
    """
    tokens, sentence_of, clause_of = read.words, read.sentence_of, read.clause_of
    hits: list[Hit] = []
    # The end of each token's sentence, so no phrase reaches across a full stop.
    ends = [0] * len(tokens)
    end = len(tokens)
    for i in range(len(tokens) - 1, -1, -1):
        if i + 1 < len(tokens) and sentence_of[i + 1] != sentence_of[i]:
            end = i + 1
        ends[i] = end
    present = frozenset(tokens)
    # Once per distinct word, not at every place it is typed: the phrases starting with it
    # that can match at all in this message (`Phrase.possible`, written out here: a message
    # with "not" in it tries a hundred phrases, and the call was most of the cost). A phrase of
    # one place (a quarter of those tried, every `single` one) needs nothing more: kept without
    # making a `map` to test none.
    disjoint = present.isdisjoint
    starting: dict[str, list[Phrase]] = {}
    for token in present:
        phrases = index.get(token)
        if phrases:
            kept = [p for p in phrases if not p.needs or not any(map(disjoint, p.needs))]
            if kept:
                starting[token] = kept
    for i, token in enumerate(tokens):
        for phrase in starting.get(token, ()):
            if phrase.single:
                stop = i + 1
            elif len(phrase.slots) == 1 and isinstance(place := phrase.slots[0], Words):
                # One place with several-word alternatives (a fifth of the phrases tried):
                # `_match` without its recursion and generator.
                stop = _one_place(place, tokens, i, ends[i])
                if stop < 0:
                    continue
            else:
                stop = _match(phrase.slots, 0, tokens, i, ends[i])
                if stop < 0:
                    continue
            hits.append(Hit(phrase, sentence_of[i], clause_of[i], i, stop))
    return hits


def _one_place(slot: Words, tokens: Sequence[str], i: int, end: int) -> int:
    """`_match` of a cue of one place: the first sequence of `slot.several` found at `i`
    (ending by `end`), else the word at `i` alone if it is one of `slot.single`."""
    for seq in slot.several:
        stop = i + len(seq)
        if stop <= end and tuple(tokens[i:stop]) == seq:
            return stop
    return i + 1 if tokens[i] in slot.single else -1


def _match(slots: Sequence[Slot], k: int, tokens: Sequence[str], i: int, end: int) -> int:
    """Where a match of slots[k:] against tokens[i:end] ends, or -1 when there is none.

    The work is bounded by the cue, not the message: at most three gaps of four words, each
    `*` tries two ways, and a place with several-word alternatives tries each of them once.
    """
    while k < len(slots):
        slot = slots[k]
        if isinstance(slot, str):  # a gap or `*`: compared as text, never as a place of words
            if slot == GAP:
                return _first(
                    _match(slots, k + 1, tokens, i + g, end)
                    for g in range(min(MAX_GAP_WORDS, end - i) + 1)
                )
            if slot == ANY_WORD:  # one word, or none
                found = _match(slots, k + 1, tokens, i, end)
                return found if found >= 0 or i >= end else _match(slots, k + 1, tokens, i + 1, end)
        if i >= end:
            return -1
        if isinstance(slot, Words):
            if slot.several:
                found = _first(
                    _match(slots, k + 1, tokens, i + len(seq), end)
                    for seq in slot.several
                    if i + len(seq) <= end and tuple(tokens[i : i + len(seq)]) == seq
                )
                if found >= 0 or tokens[i] not in slot.single:
                    return found
                return _match(slots, k + 1, tokens, i + 1, end)
            if tokens[i] not in slot.single:
                return -1
        i += 1
        k += 1
    return i


def _first(ends: Iterable[int]) -> int:
    """The first end that is a match (like `any`, it stops there), or -1."""
    return next((e for e in ends if e >= 0), -1)
