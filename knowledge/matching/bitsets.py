"""Which documents use most of a message's common words, counted with one bit per document.

A message of only common words ("how do I share info") must find the documents whose phrasings
use most of its words. Counting them id by id walks postings as long as the pack (20,000 ids for
a word every entry uses). Here each such word's postings are one Python integer with a bit per
document, made the first time the word is asked about, and the counting is a handful of
whole-integer operations: a bit-sliced adder, as in hardware. And the documents scoring most
(`highest`), ranked as the index ranks them.
"""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Callable, Iterator, Sequence


class DocBits:
    """Postings as bitsets, made on first use and kept (only for words the pack uses)."""

    def __init__(self, documents: int, postings: Callable[[str], array[int]]) -> None:
        """Remember how to find a word's postings.

        Args:
            documents: how many documents there are.
            postings: a word's documents, ascending (empty for a word no document uses).
        """
        self._size = documents
        self._postings = postings
        self._bits: dict[str, int] = {}

    def most_common(self, tokens: Sequence[str], count: int) -> list[int]:
        """The documents that `Counter` over the words' postings, in order, names as its
        `most_common(count)`: most words first, ties to the one counted first. Unordered."""
        sets = [b for b in map(self._of, tokens) if b]
        levels: list[int] = []  # levels[i]: the documents whose count has bit i set
        for bits in sets:
            carry = bits
            for i, level in enumerate(levels):
                levels[i], carry = level ^ carry, level & carry
                if not carry:
                    break
            if carry:
                levels.append(carry)
        everything = (1 << self._size) - 1
        chosen: list[int] = []
        for uses in range(min(len(sets), (1 << len(levels)) - 1), 0, -1):
            exact = everything
            for i, level in enumerate(levels):
                exact &= level if uses >> i & 1 else everything ^ level
            need = count - len(chosen)
            if exact.bit_count() <= need:
                chosen.extend(_ids(exact))
            else:
                # Ties at the cut: a Counter has them in the order it first met them, word by
                # word, each word's documents ascending.
                met = 0
                for bits in sets:
                    for doc in _ids(exact & bits & ~met):
                        chosen.append(doc)
                        if len(chosen) == count:
                            return chosen
                    met |= bits
            if len(chosen) >= count:
                break
        return chosen

    def _of(self, token: str) -> int:
        found = self._bits.get(token)
        if found is None:
            ids = self._postings(token)
            if not ids:
                return 0  # not kept: a word no document uses may be anything a person typed
            flags = bytearray((self._size + 7) // 8)
            for doc in ids:
                flags[doc >> 3] |= 1 << (doc & 7)
            found = self._bits[token] = int.from_bytes(flags, "little")
        return found


def highest(scores: dict[int, float], count: int) -> list[int]:
    """The `count` highest-scoring documents, best first, ties by number: what sorting them all
    by ``(-score, doc)`` and cutting would give, without calling a key for every document."""
    if len(scores) > count:
        floor = heapq.nlargest(count, scores.values())[-1]
        scores = {d: v for d, v in scores.items() if v >= floor}
    # Stably by score after by number: ties keep the numbers' order, and no key is Python's.
    ranked = sorted(scores)
    ranked.sort(key=scores.__getitem__, reverse=True)
    return ranked[:count]


def _ids(bits: int) -> Iterator[int]:
    # Lowest first: ascending document numbers.
    while bits:
        low = bits & -bits
        yield low.bit_length() - 1
        bits ^= low
