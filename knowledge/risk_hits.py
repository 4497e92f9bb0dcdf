"""Where the risk detector's compiled cues match in a message.

Each word is looked up in a table of the cues that can start there, and a cue is a short
sequence of slots (a gap spans at most four words), so the work per word is bounded by the
pack, not the message.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import compress, count, islice
from operator import ne

from knowledge.risk_types import ANY_WORD, GAP, MAX_GAP_WORDS, Hit, Phrase, Slot, Tokens, Words

__all__ = ["PhraseStarts", "find_hits"]


def find_hits(
    read: Tokens, index: Mapping[str, tuple[Phrase, ...]], starts: PhraseStarts | None = None
) -> list[Hit]:
    """Every phrase of `index` that matches in the message, where it starts and ends.

    Args:
        read: the message as the detector read it.
        index: the phrases by each word they may start with.
        starts: `index`'s phrases filed by what they need (`PhraseStarts`), kept by the
            detector between messages; None tests each phrase as it comes.
    """
    tokens, sentence_of, clause_of = read.words, read.sentence_of, read.clause_of
    hits: list[Hit] = []
    ends = _sentence_ends(sentence_of)
    present = frozenset(tokens)
    # Once per distinct word, not at every place it is typed: the phrases starting with it
    # that can match at all in this message (`Phrase.possible`).
    starting = starts.possible(present, index) if starts is not None else _possible(present, index)
    # Only the places of words some phrase starts with, found in C (most of a story's are none).
    for i in compress(range(len(tokens)), map(starting.__contains__, tokens)):
        token = tokens[i]
        for phrase in starting[token]:
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


def _sentence_ends(sentence_of: Sequence[int]) -> list[int]:
    """The end of each token's sentence (the index after its last token), so no phrase reaches
    across a full stop: a run of the same sentence number is one sentence. Filled a run at a
    time, its ends found in C (not a loop over every token: perf284, round 61)."""
    ends: list[int] = []
    for end in compress(count(1), map(ne, sentence_of, islice(sentence_of, 1, None))):
        ends += [end] * (end - len(ends))
    ends += [len(sentence_of)] * (len(sentence_of) - len(ends))
    return ends


def _possible(
    present: frozenset[str], index: Mapping[str, tuple[Phrase, ...]]
) -> dict[str, Sequence[Phrase]]:
    """The phrases of `index` starting with each word of `present` that can match at all
    (`Phrase.possible`, written out: a phrase of one place, every `single` one, needs nothing
    and is kept without making a `map` to test none)."""
    disjoint = present.isdisjoint
    starting: dict[str, Sequence[Phrase]] = {}
    for token in present:
        phrases = index.get(token)
        if phrases:
            kept = [p for p in phrases if not p.needs or not any(map(disjoint, p.needs))]
            if kept:
                starting[token] = kept
    return starting


class PhraseStarts:
    """The phrases starting with each word of an index, filed the first time a message holds
    the word: those that need no other word, and the rest by each word of their first need.

    A message with "not" in it would otherwise test each of the 150-odd phrases starting with
    it (most need words the message lacks: about 9 of 224 such phrases a message are kept); a
    word's filing names only the pack's phrases and words, never the message's, so it is kept
    for every later message. Writes are of the same values whichever thread makes them.
    """

    __slots__ = ("_filed",)

    def __init__(self) -> None:
        """Nothing filed yet."""
        self._filed: dict[str, _Filed] = {}

    def possible(
        self, present: frozenset[str], index: Mapping[str, tuple[Phrase, ...]]
    ) -> dict[str, Sequence[Phrase]]:
        """What `_possible` gives: the phrases of `index` starting with each word of `present`
        that can match at all, in the index's order."""
        disjoint = present.isdisjoint
        filed = self._filed
        starting: dict[str, Sequence[Phrase]] = {}
        for token in present:
            found = filed.get(token)
            if found is None:
                phrases = index.get(token)
                if not phrases:
                    continue
                found = filed[token] = _file(phrases)
            free, free_at, by_need, need_words = found
            if not need_words.isdisjoint(present):
                phrases = index[token]
                # Of those whose first need the message meets, those meeting every later one.
                met = {k for w in need_words.intersection(present) for k in by_need[w]}
                kept = [k for k in met if not any(map(disjoint, phrases[k].needs[1:]))]
                if kept:
                    kept += free_at
                    kept.sort()
                    starting[token] = [phrases[k] for k in kept]
                    continue
            if free:
                starting[token] = free
        return starting


# A word's phrases needing nothing more (and where they stand among its phrases), and the
# places of the rest by each word of their first need, with those words.
_Filed = tuple[tuple[Phrase, ...], tuple[int, ...], dict[str, tuple[int, ...]], frozenset[str]]


def _file(phrases: Sequence[Phrase]) -> _Filed:
    free_at = tuple(k for k, p in enumerate(phrases) if not p.needs)
    by_need: dict[str, list[int]] = {}
    for k, phrase in enumerate(phrases):
        if phrase.needs:
            for word in phrase.needs[0]:
                by_need.setdefault(word, []).append(k)
    return (
        tuple(phrases[k] for k in free_at),
        free_at,
        {w: tuple(ks) for w, ks in by_need.items()},
        frozenset(by_need),
    )


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
