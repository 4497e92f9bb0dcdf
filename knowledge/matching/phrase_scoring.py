"""Comparing a message's wording with the index's phrases by fuzzy token ratios.

`knowledge.matching.index.Index`'s base: the phrases of shortlisted documents filed by word
(when a document is first shortlisted), each phrase's token-sorted form (when first compared),
and each document's best ratio over the phrases compared.
"""

from __future__ import annotations

import bisect
import operator
from array import array
from collections.abc import Callable, Sequence
from typing import cast

from rapidfuzz import fuzz, process

# (scorer, weight), each comparing token-sorted forms. fuzz.ratio on pre-sorted tokens is
# token_sort_ratio without sorting every phrase again for every message.
Scorer = tuple[Callable[..., float], float]
SCORERS: tuple[Scorer, ...] = ((fuzz.token_set_ratio, 0.5), (fuzz.ratio, 0.5))
# Without rarer words to go on, a subset is no evidence: compare the whole wording.
WORDING_SCORERS: tuple[Scorer, ...] = ((fuzz.ratio, 1.0),)

# Documents whose phrases are kept filed by word, at most: a big pack's most asked-about, not
# all of them (about 6 KiB each at 20,000 generated entries).
_PHRASE_WORDS_KEPT = 2_048
_SCORE = operator.itemgetter(1)


class PhraseScoring:
    """The phrase half of the index: filing phrases by word, and fuzzy ratios against them."""

    _all_phrases: tuple[str, ...]
    _all_sorted: list[str | None]
    _idf: dict[str, float]
    _owners: array[int]
    _phrase_words: dict[int, dict[str, tuple[int, ...]]]
    _starts: array[int]

    def _candidates(self, content: Sequence[str], shortlist: list[int]) -> list[int]:
        # Only phrases sharing a content word with the message can compare well with it. They
        # are filed by word document by document, when a document is first shortlisted, rather
        # than all of them when the index is built (most documents of a big pack never are).
        found: set[int] = set()
        filed = self._phrase_words
        for d in shortlist:
            words = filed.get(d)
            if words is None:
                words = self._file_phrase_words(d)
            for token in content:
                ids = words.get(token)
                if ids:
                    found.update(ids)
        return sorted(found)

    def _file_phrase_words(self, doc: int) -> dict[str, tuple[int, ...]]:
        filed: dict[str, list[int]] = {}
        content = self._idf.keys()  # the words a message's content can hold (no stopwords)
        for phrase_id in range(self._starts[doc], self._starts[doc + 1]):
            for token in content & self._all_phrases[phrase_id].split():
                filed.setdefault(token, []).append(phrase_id)
        if len(self._phrase_words) >= _PHRASE_WORDS_KEPT:
            self._phrase_words.clear()  # a bound on memory; another thread may only file again
        words = self._phrase_words[doc] = {t: tuple(ids) for t, ids in filed.items()}
        return words

    def _sorted(self, phrase_ids: Sequence[int]) -> list[str]:
        memo = self._all_sorted
        found = list(map(memo.__getitem__, phrase_ids))
        if None in found:
            for k, text in enumerate(found):
                if text is None:
                    i = phrase_ids[k]
                    found[k] = memo[i] = sort_tokens(self._all_phrases[i])
        return cast("list[str]", found)  # every None was just filled in

    def _fuzzy(
        self, text: str, phrase_ids: Sequence[int], scorers: tuple[Scorer, ...]
    ) -> dict[int, float]:
        # `phrase_ids` ascending: each document's phrases are then one run of them. Every scorer
        # is given the token-sorted forms: a token-set ratio depends only on the sets of tokens,
        # the same in either form, and is cheaper to work out on tokens already in order.
        if not phrase_ids:
            return {}
        choices = self._sorted(phrase_ids)
        query = sort_tokens(text)
        combined: list[float] = []
        for scorer, weight in scorers:
            # In the order of `choices`, with no sort by score to undo.
            found = process.extract_iter(query, choices, scorer=scorer, processor=None)
            scores = list(map(_SCORE, found))
            if len(scores) != len(choices):  # not expected: a choice left out scores nothing
                scores = [0.0] * len(choices)
                for _, value, j in process.extract_iter(
                    query, choices, scorer=scorer, processor=None
                ):
                    scores[j] = value
            values = list(map(weight.__mul__, scores))
            combined = list(map(operator.add, combined, values)) if combined else values
        best: dict[int, float] = {}
        owners, starts = self._owners, self._starts
        at, end = 0, len(phrase_ids)
        while at < end:
            owner = owners[phrase_ids[at]]
            upto = bisect.bisect_left(phrase_ids, starts[owner + 1], at)
            best[owner] = max(0.0, *combined[at:upto])
            at = upto
        return best


def sort_tokens(text: str) -> str:
    """`text`'s tokens in sorted order, as every phrase is compared."""
    return " ".join(sorted(text.split()))
