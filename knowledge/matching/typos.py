"""Likely typos and the known words they were meant to be ("protcol": "protocol").

A `Typos` is built once from the words a normaliser knows and is then only read (its table of
candidates is made at the first typo looked up), so it is safe to share between threads.
"""

from __future__ import annotations

import functools

from rapidfuzz import process
from rapidfuzz.distance import OSA

MIN_TYPO_LENGTH = 5  # shorter words are never corrected


class Typos:
    """Corrects words outside a known vocabulary to their nearest known word, strictly."""

    def __init__(self, known: frozenset[str], not_targets: frozenset[str], max_fixes: int) -> None:
        """Keep the vocabulary.

        Args:
            known: every surface word left alone; the others may be corrected to one of these.
            not_targets: known words a typo is never corrected to (fillers, words re-spelt).
            max_fixes: at most this many words of one text are looked up for correction.
        """
        self._known = known
        self._not_targets = not_targets
        self._max_fixes = max_fixes

    def correct(self, raw: list[str], fixes: dict[str, str] | None = None) -> list[str]:
        """`raw` with each word the vocabulary lacks (up to `max_fixes` of them) corrected.

        Args:
            raw: the words of a text, as `words` gives them, spellings already fixed.
            fixes: a typo and what it became, read and added to, so that a message's typos are
                looked up once.

        Returns:
            The words, corrected.
        """
        fixed = 0
        out: list[str] = []
        for word in raw:
            if (
                fixed < self._max_fixes
                and len(word) >= MIN_TYPO_LENGTH
                and word.isalpha()
                and word not in self._known
            ):
                fixed += 1
                if fixes is None:
                    out.append(self.nearest(word))
                    continue
                found = fixes.get(word)
                if found is None:
                    found = fixes[word] = self.nearest(word)
                out.append(found)
            else:
                out.append(word)
        return out

    @functools.cached_property
    def _by_length(self) -> dict[tuple[str, int], list[str]]:
        # The words a typo may be corrected to, by first letter and length: made when the first
        # typo is looked up, not at every start (a question without one never reads it).
        by_length: dict[tuple[str, int], list[str]] = {}
        for word in sorted(self._known - self._not_targets):
            if word.isalpha() and len(word) >= MIN_TYPO_LENGTH - 1:
                by_length.setdefault((word[0], len(word)), []).append(word)
        return by_length

    def nearest(self, word: str) -> str:
        """The known word `word` was most likely meant to be, or `word` itself when none is near.

        Real words we do not know must survive, so be strict: same first letter, one edit (a
        transposition counts as one), two only for long words.
        """
        limit = 1 if len(word) <= 8 else 2
        best: tuple[str, int] | None = None
        for length in range(len(word) - limit, len(word) + limit + 1):
            candidates = self._by_length.get((word[0], length))
            if not candidates:
                continue
            found = process.extractOne(
                word, candidates, scorer=OSA.distance, processor=None, score_cutoff=limit
            )
            if found is not None and (best is None or found[1] < best[1]):
                best = (found[0], int(found[1]))
        return best[0] if best is not None else word
