"""The matcher's precomputed index: one document per Q&A entry, not-covered topic and chatter.

Each document has phrases (normalised question and alternates, or cues) compared with a message
by fuzzy token ratios, cues (normalised keywords) that count when all their words are in the
message, and a vocabulary of stems for the rarer-word coverage term (words only in an entry's
answer count for less). Building happens once; scoring only reads, apart from remembering each
phrase's token-sorted form the first time it is compared and each shortlisted document's phrases
by word (always the same values, so threads racing to write them agree), so it is thread-safe.
"""

from __future__ import annotations

import bisect
import math
from array import array
from collections.abc import Callable, Sequence
from typing import NamedTuple, TypeAlias

from knowledge.matching.bitsets import DocBits, highest
from knowledge.matching.cue_bonus import CueBonus
from knowledge.matching.index_data import DocKind, IndexData, build_data, surface_vocabulary
from knowledge.matching.models import MatcherSettings, NotCoveredPack
from knowledge.matching.normalise import Normalised, Normaliser
from knowledge.matching.phrase_scoring import SCORERS, WORDING_SCORERS, PhraseScoring
from knowledge.pack_values import Value
from knowledge.qa_pack import QAEntry
from knowledge.value_class import value_class

_COMMON_MIN_DF = 64
_COMMON_SHARE = 0.05
# A message of common words only is compared with the phrases of common words, at most
# this many of them, those nearest the message in length.
_WORDING_LIMIT = 2_000


_NONE: array[int] = array("i")
_NO_POSTINGS = (_NONE, _NONE)
__all__ = ["Doc", "DocKind", "Index", "IndexData", "Scored", "surface_vocabulary"]


@value_class
class Doc(Value):
    """One thing a message can match."""

    kind: DocKind
    number: int
    topic: str
    reply: str
    phrases: tuple[str, ...]
    cues: tuple[frozenset[str], ...]


_Add: TypeAlias = "Callable[[list[int], dict[int, float], tuple[Doc, ...]], list[int]] | None"

# A document's score for one message, with the parts it was made of. A named tuple, not a
# frozen dataclass: a dozen are made for every message, and a frozen dataclass sets each field
# through `object.__setattr__` (about five times the cost).
# Written as a call, not a class: `typing` turns each annotation written as text (as
# `from __future__ import annotations` makes them) into a `ForwardRef`, compiling it, and
# the first `compile` of a process sets up the `ast` types (about 10 million instructions of
# a later `infoshare ask`, which compiles nothing else).
Scored = NamedTuple(  # noqa: UP014
    "Scored",
    [("doc", int), ("score", float), ("fuzzy", float), ("coverage", float), ("strength", float)],
)


class Index(PhraseScoring):
    """Documents, their phrases and the weights of their words, ready to score messages.

    Everything it holds is made from `IndexData` (`build_data`), plain lists and dictionaries
    that can be written to a cache and read back (`from_state`).
    """

    def __init__(
        self,
        entries: Sequence[QAEntry],
        not_covered: NotCoveredPack,
        normaliser: Normaliser,
        settings: MatcherSettings,
    ) -> None:
        """Normalise every phrase and cue once and count how rare each word is.

        Args:
            entries: the Q&A entries.
            not_covered: topics the Q&A does not answer and off-topic chatter.
            normaliser: the normaliser messages will go through too.
            settings: weights and limits.
        """
        self._load(build_data(entries, not_covered, normaliser), settings)

    @classmethod
    def from_state(cls, data: IndexData, settings: MatcherSettings) -> Index:
        """An index from `build_data`'s plain data (perhaps read back from a cache)."""
        index = cls.__new__(cls)
        index._load(data, settings)
        return index

    def _load(self, data: IndexData, settings: MatcherSettings) -> None:
        self._settings = settings
        self._all_phrases = tuple(data.phrases)
        self._starts = array("i", [0])
        for d in data.docs:
            self._starts.append(self._starts[-1] + d["phrases"])
        starts = self._starts
        self.docs: tuple[Doc, ...] = tuple(
            Doc(
                DocKind(d["kind"]),
                d["number"],
                d["topic"],
                d["reply"],
                self._all_phrases[starts[i] : starts[i + 1]],
                tuple(frozenset(c) for c in d["cues"]),
            )
            for i, d in enumerate(data.docs)
        )
        n = max(len(self.docs), 1)
        self._idf = dict(zip(data.own.keys, data.idf, strict=True))
        self._unknown_idf = math.log(1.0 + n)
        answer = data.answer.runs()
        self._postings = {t: (ids, answer[t]) for t, ids in data.own.runs().items()}
        self._common_df = max(_COMMON_MIN_DF, int(len(self.docs) * _COMMON_SHARE))
        self._bits = DocBits(len(self.docs), self._own_postings)
        self._owners = array("i")
        for i, d in enumerate(data.docs):
            self._owners.extend([i] * d["phrases"])
        # Sorted when first compared: most phrases of a big pack never are.
        self._all_sorted: list[str | None] = [None] * len(self._all_phrases)
        self._wording_ids = tuple(data.wording)
        self._wording_lengths = tuple(len(self._all_phrases[i]) for i in self._wording_ids)
        self._cues = CueBonus(self.docs, data.cue_docs.runs(), settings)
        # Each shortlisted document's phrases by word (`_candidates`).
        self._phrase_words: dict[int, dict[str, tuple[int, ...]]] = {}

    def weight(self, token: str) -> float:
        """How much a content token tells: rare words more, words no document uses most."""
        return self._idf.get(token, self._unknown_idf)

    def score(
        self, query: Normalised, background: frozenset[str] = frozenset(), topics: _Add = None
    ) -> list[Scored]:
        """Score the documents that share a content word with the message, best first.

        A message of only common words ("who is it for?") is compared with every document by
        its wording alone. Content words in `background` (the story told before the question)
        weigh less in the rarer-word coverage than the question's own words. `topics` adds to
        the shortlist the topics the message names, when one it doesn't is in (`RivalFilters`).
        """
        if not query.content:
            return self._score_wording(query) if len(query.tokens) >= 2 else []
        discount = self._settings.background_weight
        weights = {
            t: self.weight(t) * (discount if t in background else 1.0) for t in query.content
        }
        total = sum(weights.values())
        matched = self._matched_weight(weights)
        if not matched:
            return []
        limit = self._settings.shortlist
        shortlist, pushed = self._shortlist(matched), list[int]()
        if sum(self.docs[d].kind is DocKind.ENTRY for d in shortlist) < limit < len(matched):
            # Only then can a topic or chatter have pushed out an entry: the module is read
            # only for such a message ("what is an ISP?" shortlists `limit` entries).
            from knowledge.matching.pushed_out import kept_if_clear, with_pushed_out  # noqa: PLC0415

            shortlist, pushed = with_pushed_out(shortlist, matched, self.docs, limit)
        if topics is not None:
            shortlist = topics(shortlist, matched, self.docs)
        fuzzy = self._fuzzy(query.text, self._candidates(query.content, shortlist), SCORERS)
        present = frozenset(query.tokens)
        s = self._settings
        results = []
        for d in shortlist:
            coverage = matched[d] / total
            # A close wording only counts in full when the message's rarer words are there too.
            damped = fuzzy.get(d, 0.0) * (s.fuzzy_floor + (1.0 - s.fuzzy_floor) * coverage)
            value = s.fuzzy_weight * damped + s.coverage_weight * 100.0 * coverage
            value += self._cues.of(d, present)
            results.append(Scored(d, value, fuzzy.get(d, 0.0), coverage, matched[d]))
        if pushed:
            results = kept_if_clear(results, pushed, s)
        results.sort(key=lambda r: (-r.score, r.doc))
        return results

    def _matched_weight(self, weights: dict[str, float]) -> dict[int, float]:
        # How much of the message's word weight each document has. In a big pack, walking the
        # postings of words most documents use would dominate the cost: find candidates by the
        # rarer words, then add the common words' weight for those candidates only. When every
        # word is common, count (a bit per document) which documents use most of them in their
        # own phrasings, and weigh only those.
        rare = [t for t in weights if 0 < self._frequency(t) <= self._common_df]
        common = [t for t in weights if t not in rare]
        matched: dict[int, float] = {}
        if not rare:
            matched = dict.fromkeys(
                self._bits.most_common(common, self._settings.shortlist * 8), 0.0
            )
        answer_weight = self._settings.answer_word_weight
        for token in rare:
            weight = weights[token]
            own, answer = self._postings.get(token, (_NONE, _NONE))
            for d in own:
                matched[d] = matched.get(d, 0.0) + weight * 1.0
            for d in answer:
                matched[d] = matched.get(d, 0.0) + weight * answer_weight
        if common and matched:
            keep = highest(matched, self._settings.shortlist * 8)
            matched = {d: matched[d] for d in keep}
            # A word no document uses adds nothing to any: only the words some use are walked.
            for token in [t for t in common if t in self._postings]:
                for d in keep:
                    factor = self._factor(d, token)
                    if factor:
                        matched[d] += weights[token] * factor
        return matched

    def _own_postings(self, token: str) -> array[int]:
        return self._postings.get(token, _NO_POSTINGS)[0]

    def _frequency(self, token: str) -> int:
        own, answer = self._postings.get(token, (_NONE, _NONE))
        return len(own) + len(answer)

    def _factor(self, doc: int, token: str) -> float:
        own, answer = self._postings.get(token, (_NONE, _NONE))
        if _holds(own, doc):
            return 1.0
        return self._settings.answer_word_weight if _holds(answer, doc) else 0.0

    def _score_wording(self, query: Normalised) -> list[Scored]:
        # Bounded work: only phrases of common words can read like such a message, and only
        # documents whose cues are all in it can gain a bonus without sharing its wording.
        bonus = self._cues.in_message(frozenset(query.tokens))
        phrase_ids = set(self._wording_candidates(len(query.text)))
        for d, value in bonus.items():
            if value:
                phrase_ids.update(range(self._starts[d], self._starts[d + 1]))
        fuzzy = self._fuzzy(query.text, sorted(phrase_ids), WORDING_SCORERS)
        s = self._settings
        results = [
            Scored(
                d,
                (s.fuzzy_weight + s.coverage_weight) * fuzzy.get(d, 0.0) + bonus.get(d, 0.0),
                fuzzy.get(d, 0.0),
                0.0,
                0.0,
            )
            for d in fuzzy.keys() | {d for d, value in bonus.items() if value}
        ]
        if not results:
            # Nothing reads like it: every document scores nothing, and the first stands for all.
            results = [Scored(0, 0.0, 0.0, 0.0, 0.0)] if self.docs else []
        results.sort(key=lambda r: (-r.score, r.doc))
        return results

    def _wording_candidates(self, length: int) -> tuple[int, ...]:
        ids = self._wording_ids
        if len(ids) <= _WORDING_LIMIT:
            return ids
        centre = bisect.bisect_left(self._wording_lengths, length)
        start = max(0, min(centre - _WORDING_LIMIT // 2, len(ids) - _WORDING_LIMIT))
        return ids[start : start + _WORDING_LIMIT]

    def _shortlist(self, matched: dict[int, float]) -> list[int]:
        # The documents sharing the most word weight with the message; ties at the cut stay in.
        limit = self._settings.shortlist
        ranked = highest(matched, limit * 2)
        if len(ranked) <= limit:
            return ranked
        floor = matched[ranked[limit - 1]]
        return [d for d in ranked if matched[d] >= floor]


def _holds(ids: array[int], item: int) -> bool:
    at = bisect.bisect_left(ids, item)
    return at < len(ids) and ids[at] == item
