"""The matcher's precomputed index: one document per Q&A entry, not-covered topic and chatter.

Each document has phrases (normalised question and alternates, or cues) compared with a message
by fuzzy token ratios, cues (normalised keywords) that count when all their words are in the
message, and a vocabulary of stems for the rarer-word coverage term (words only in an entry's
answer count for less). Building happens once; scoring only reads, so it is thread-safe.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from rapidfuzz import fuzz, process

from knowledge.matching.models import MatcherSettings, NotCoveredPack
from knowledge.matching.normalise import Normalised, Normaliser, words
from knowledge.qa_pack import QAEntry

# (scorer, weight, compare the token-sorted forms). fuzz.ratio on pre-sorted tokens is
# token_sort_ratio without sorting every phrase again for every message.
_Scorer = tuple[Callable[..., float], float, bool]
_SCORERS: tuple[_Scorer, ...] = ((fuzz.token_set_ratio, 0.5, False), (fuzz.ratio, 0.5, True))
# Without rarer words to go on, a subset is no evidence: compare the whole wording.
_WORDING_SCORERS: tuple[_Scorer, ...] = ((fuzz.ratio, 1.0, True),)


_COMMON_MIN_DF = 64
_COMMON_SHARE = 0.05
# A message of common words only is compared with the phrases that are common words too (at most
# one content word), at most this many of them, those nearest the message in length.
_WORDING_LIMIT = 2_000


class DocKind(Enum):
    """What a document stands for."""

    ENTRY = "entry"
    TOPIC = "topic"
    CHATTER = "chatter"


@dataclass(frozen=True, slots=True)
class Doc:
    """One thing a message can match."""

    kind: DocKind
    number: int
    topic: str
    reply: str
    phrases: tuple[str, ...]
    cues: tuple[frozenset[str], ...]
    vocab: frozenset[str]


@dataclass(frozen=True, slots=True)
class Scored:
    """A document's score for one message, with the parts it was made of."""

    doc: int
    score: float
    fuzzy: float
    coverage: float
    strength: float


@dataclass(frozen=True, slots=True)
class _RawDoc:
    kind: DocKind
    number: int
    topic: str
    reply: str
    phrases: tuple[str, ...]
    cues: tuple[str, ...]
    extra_vocab: str


def _raw_docs(entries: Sequence[QAEntry], not_covered: NotCoveredPack) -> list[_RawDoc]:
    docs = [
        _RawDoc(
            DocKind.ENTRY,
            e.number,
            "",
            "",
            (e.question, *e.alternates),
            e.keywords,
            e.answer,
        )
        for e in entries
    ]
    docs += [
        _RawDoc(DocKind.TOPIC, 0, t.id, t.reply, t.cues, t.cues, "") for t in not_covered.topics
    ]
    if not_covered.off_topic:
        docs.append(
            _RawDoc(DocKind.CHATTER, 0, "", "", not_covered.off_topic, not_covered.off_topic, "")
        )
    return docs


def surface_vocabulary(entries: Sequence[QAEntry], not_covered: NotCoveredPack) -> set[str]:
    """Every word the packs use, as written: the words typo correction may correct towards."""
    vocabulary: set[str] = set()
    for raw in _raw_docs(entries, not_covered):
        for text in (*raw.phrases, *raw.cues, raw.extra_vocab):
            vocabulary.update(words(text))
    return vocabulary


class Index:
    """Documents, their phrases and the weights of their words, ready to score messages."""

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
        self._settings = settings
        docs: list[Doc] = []
        own_words: list[set[str]] = []
        wording: set[str] = set()
        for raw in _raw_docs(entries, not_covered):
            phrases = [normaliser.normalise(p, correct=False) for p in raw.phrases]
            cues = [normaliser.normalise(c, correct=False) for c in raw.cues]
            extra = normaliser.normalise(raw.extra_vocab, correct=False)
            own = {t for n in (*phrases, *cues) for t in n.content}
            wording.update(p.text for p in phrases if p.text and len(p.content) <= 1)
            own_words.append(own)
            vocab = own | set(extra.content)
            docs.append(
                Doc(
                    raw.kind,
                    raw.number,
                    raw.topic,
                    raw.reply,
                    tuple(dict.fromkeys(p.text for p in phrases if p.text)),
                    tuple(dict.fromkeys(frozenset(c.tokens) for c in cues if c.tokens)),
                    frozenset(vocab),
                )
            )
        self.docs: tuple[Doc, ...] = tuple(docs)
        frequency: dict[str, int] = {}
        for doc in docs:
            for token in doc.vocab:
                frequency[token] = frequency.get(token, 0) + 1
        n = max(len(docs), 1)
        self._idf = {t: math.log(1.0 + n / f) for t, f in frequency.items()}
        self._unknown_idf = math.log(1.0 + n)
        # A word only in an entry's answer is weaker evidence than one in its questions.
        postings: dict[str, list[tuple[int, float]]] = {}
        for i, doc in enumerate(docs):
            for token in doc.vocab:
                factor = 1.0 if token in own_words[i] else settings.answer_word_weight
                postings.setdefault(token, []).append((i, factor))
        self._postings = {t: tuple(ids) for t, ids in postings.items()}
        self._own = tuple(frozenset(words) for words in own_words)
        self._common_df = max(_COMMON_MIN_DF, int(len(docs) * _COMMON_SHARE))
        self._owners = tuple(i for i, d in enumerate(docs) for _ in d.phrases)
        self._all_phrases = tuple(p for d in docs for p in d.phrases)
        self._all_sorted = tuple(_sort_tokens(p) for p in self._all_phrases)
        self._starts = tuple(bisect.bisect_left(self._owners, d) for d in range(len(docs) + 1))
        lengths = {
            i: len(self._all_sorted[i]) for i, p in enumerate(self._all_phrases) if p in wording
        }
        self._wording_ids = tuple(sorted(lengths, key=lambda i: (lengths[i], i)))
        self._wording_lengths = tuple(lengths[i] for i in self._wording_ids)
        # A cue counts only when all its words are there: file it under its rarest word alone.
        cue_docs: dict[str, set[int]] = {}
        for i, doc in enumerate(docs):
            for cue in doc.cues:
                rarest = min(cue, key=lambda t: (frequency.get(t, 0), t))
                cue_docs.setdefault(rarest, set()).add(i)
        self._cue_docs = {t: tuple(sorted(ds)) for t, ds in cue_docs.items()}
        by_doc: list[dict[str, list[int]]] = [{} for _ in docs]
        for i, phrase in enumerate(self._all_phrases):
            for token in set(phrase.split()):
                by_doc[self._owners[i]].setdefault(token, []).append(i)
        self._phrase_postings = tuple(
            {t: tuple(ids) for t, ids in postings.items()} for postings in by_doc
        )

    def weight(self, token: str) -> float:
        """How much a content token tells: rare words more, words no document uses most."""
        return self._idf.get(token, self._unknown_idf)

    def score(self, query: Normalised, background: frozenset[str] = frozenset()) -> list[Scored]:
        """Score the documents that share a content word with the message, best first.

        A message of only common words ("who is it for?") is compared with every document by
        its wording alone. Content words in `background` (the story told before the question)
        weigh less in the rarer-word coverage than the question's own words.
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
        shortlist = self._shortlist(matched)
        fuzzy = self._fuzzy(query.text, self._candidates(query.content, shortlist), _SCORERS)
        present = frozenset(query.tokens)
        s = self._settings
        results = []
        for d in shortlist:
            coverage = matched[d] / total
            # A close wording only counts in full when the message's rarer words are there too.
            damped = fuzzy.get(d, 0.0) * (s.fuzzy_floor + (1.0 - s.fuzzy_floor) * coverage)
            value = s.fuzzy_weight * damped + s.coverage_weight * 100.0 * coverage
            value += self._bonus(d, present)
            results.append(Scored(d, value, fuzzy.get(d, 0.0), coverage, matched[d]))
        results.sort(key=lambda r: (-r.score, r.doc))
        return results

    def _matched_weight(self, weights: dict[str, float]) -> dict[int, float]:
        # How much of the message's word weight each document has. In a big pack, walking the
        # postings of words most documents use would dominate the cost: find candidates by the
        # rarer words, then add the common words' weight for those candidates only.
        rare = [t for t in weights if 0 < len(self._postings.get(t, ())) <= self._common_df]
        common = [t for t in weights if t not in rare] if rare else []
        matched: dict[int, float] = {}
        for token in rare or weights:
            weight = weights[token]
            for d, factor in self._postings.get(token, ()):
                matched[d] = matched.get(d, 0.0) + weight * factor
        if common:
            keep = sorted(matched, key=lambda d: (-matched[d], d))[: self._settings.shortlist * 8]
            matched = {d: matched[d] for d in keep}
            for token in common:
                for d in keep:
                    factor = self._factor(d, token)
                    if factor:
                        matched[d] += weights[token] * factor
        return matched

    def _factor(self, doc: int, token: str) -> float:
        if token in self._own[doc]:
            return 1.0
        return self._settings.answer_word_weight if token in self.docs[doc].vocab else 0.0

    def _score_wording(self, query: Normalised) -> list[Scored]:
        # Bounded work: only phrases of common words can read like such a message, and only
        # documents whose cues are all in it can gain a bonus without sharing its wording.
        present = frozenset(query.tokens)
        bonus = {}
        for token in present:
            for d in self._cue_docs.get(token, ()):
                if d not in bonus:
                    bonus[d] = self._bonus(d, present)
        phrase_ids = set(self._wording_candidates(len(query.text)))
        for d, value in bonus.items():
            if value:
                phrase_ids.update(range(self._starts[d], self._starts[d + 1]))
        fuzzy = self._fuzzy(query.text, sorted(phrase_ids), _WORDING_SCORERS)
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

    def _bonus(self, doc: int, present: frozenset[str]) -> float:
        s = self._settings
        hits = sum(1 for cue in self.docs[doc].cues if cue <= present)
        return min(s.keyword_bonus_cap, hits * s.keyword_bonus)

    def _shortlist(self, matched: dict[int, float]) -> list[int]:
        # The documents sharing the most word weight with the message; ties at the cut stay in.
        ranked = sorted(matched, key=lambda d: (-matched[d], d))
        limit = self._settings.shortlist
        if len(ranked) <= limit:
            return ranked
        floor = matched[ranked[limit - 1]]
        return [d for d in ranked[: limit * 2] if matched[d] >= floor]

    def _candidates(self, content: Sequence[str], shortlist: list[int]) -> list[int]:
        # Only phrases sharing a content word with the message can compare well with it.
        found: set[int] = set()
        for d in shortlist:
            postings = self._phrase_postings[d]
            for token in content:
                found.update(postings.get(token, ()))
        return sorted(found)

    def _fuzzy(
        self, text: str, phrase_ids: Sequence[int], scorers: tuple[_Scorer, ...]
    ) -> dict[int, float]:
        everything = len(phrase_ids) == len(self._owners)
        combined = [0.0] * len(phrase_ids)
        for scorer, weight, use_sorted in scorers:
            pool = self._all_sorted if use_sorted else self._all_phrases
            query = _sort_tokens(text) if use_sorted else text
            choices = pool if everything else [pool[i] for i in phrase_ids]
            for _, value, j in process.extract(
                query, choices, scorer=scorer, processor=None, limit=None
            ):
                combined[j] += weight * value
        best: dict[int, float] = {}
        for i, value in zip(phrase_ids, combined, strict=True):
            owner = self._owners[i]
            best[owner] = max(best.get(owner, 0.0), value)
        return best


def _sort_tokens(text: str) -> str:
    return " ".join(sorted(text.split()))
