"""The learnt second opinion on risk of harm: a TF-IDF logistic regression, scored in pure Python.

The model is data, trained by tests/support/risk_model_train.py on the development sets only and
stored in knowledge/models/risk-tfidf.bin.gz (its format: knowledge/risk_model_file.py; the model:
docs/risk-learnt.md, "Adopted (round 17)"). This module reproduces scikit-learn's scoring of it
exactly, without scikit-learn: per vectorizer the analyzer's n-grams (words: 1-2-grams of
``\\b\\w\\w+\\b`` tokens; char_wb: 3-5-grams inside each word padded with a space), sublinear term
frequency ``1 + log(tf)`` times idf, l2-normalised over the vocabulary's features; the score is the
weights' sum over both vectorizers plus the intercept. It fires at or above the alarm threshold
fixed from out-of-fold dev scores. Linear in the text, which is capped as typed messages are.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING
from zlib import crc32

from knowledge.risk_model_text import (
    ANALYZERS,
    TOKEN,
    as_read,
    ascii_token,
    char_wb,
    encoder,
    word_grams,
)

if TYPE_CHECKING:
    from knowledge.risk_model_file import ModelData, Part


MODEL_FILE = Path(__file__).parent / "models" / "risk-tfidf.bin.gz"
MAX_CHARS = 4000
"""Only the first 4,000 characters are read: the most a typed message holds (dialogs.typed)."""
MIN_WORDS = 3
"""The model speaks only on a message of at least 3 words (of 2 or more letters or digits): each
vectorizer's l2 norm makes a one- or two-word message's score rest on one or two features ("her
dad" +5.16, "she's 15" +2.23 against the threshold +1.87), and a remark that short, in a consent
check or after a question, is an answer, not a disclosure. No dev disclosure the model adds to the
cues is that short ("he chokd her" is the shortest)."""


class _Vectorizer:
    """One TF-IDF vectorizer and its part of the classifier: term -> (idf, weight).

    The vocabulary is one block of bytes (each term's UTF-8, in feature order) with each term's
    end, found through an open-addressing table (CRC-32 of the term, linear probing, at most a
    quarter full) that holds a feature's number plus one (0 is an empty slot); a term found is
    always compared with the one stored, so a lookup is exact. Unlike a dict of 80,000 strings,
    none of it is a Python object per term: the start-up snapshot reads it as five blocks of
    bytes (docs/benchmarks.md, "Start-up, round 13").
    """

    def __init__(self, part: Part) -> None:
        analyzer, (self._low, self._high), terms, idf, weight = part
        self._analyzer = analyzer
        """The analyzer's name (a function would keep the object out of the start-up snapshot)."""
        if self._analyzer not in ANALYZERS:
            raise ValueError(f"unknown analyzer {self._analyzer!r}")
        if not len(terms) == len(idf) == len(weight):
            raise ValueError("a vectorizer's terms, idf and weights differ in length")
        self._terms = b"".join(terms)
        if len(self._terms) >= 1 << 32:
            raise ValueError("a vectorizer's terms exceed 4 GiB")
        self._ends = array("I", accumulate(map(len, terms), initial=0))
        """Where each term ends in `_terms` (term n is ``_terms[_ends[n]:_ends[n + 1]]``)."""
        self._table = self._slots(terms)
        self._idf = idf
        self._weight = weight
        self._known: dict[bytes, int] = {}
        """The vocabulary's terms messages have held so far, with their feature numbers: one
        look-up in C for a term met again (most n-grams of a message are common ones), not a
        CRC-32, probe and compare in Python. Only the vocabulary's own terms are kept (none of a
        message's other words), so it holds at most as many as it has; written empty in the
        start-up snapshot (`knowledge.snapshot.EMPTIED`)."""
        self._by_word: dict[bytes, list[int]] = {}
        """Of a character vectorizer, the feature numbers of each word's n-grams, for the words
        met that the word vocabulary holds (as `_known`, none of a message's other words)."""

    def _slots(self, terms: Sequence[bytes]) -> array[int]:
        """The lookup table: a power of two more than four times the number of terms, of
        16-bit numbers while they fit (both vocabularies: half the bytes a start reads)."""
        typecode = "H" if len(terms) < 1 << 16 else "I"
        table = array(typecode, bytes(array(typecode).itemsize << (4 * len(terms)).bit_length()))
        mask = len(table) - 1
        for number, term in enumerate(terms, 1):
            slot = crc32(term) & mask
            while found := table[slot]:
                if self._term(found) == term:
                    raise ValueError(f"a vectorizer's term is repeated: {term!r}")
                slot = (slot + 1) & mask
            table[slot] = number
        return table

    def _term(self, found: int) -> bytes:
        return self._terms[self._ends[found - 1] : self._ends[found]]

    def __len__(self) -> int:
        return len(self._idf)

    @property
    def holds_words(self) -> bool:
        """Whether the vocabulary holds single words (a word vectorizer's 1-grams)."""
        return self._analyzer == "word" and self._low == 1

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Vectorizer):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash((self._analyzer, self._low, self._high, len(self)))

    def _key(self) -> tuple[object, ...]:
        return (
            self._analyzer,
            self._low,
            self._high,
            self._terms,
            self._ends,
            self._idf,
            self._weight,
        )

    def score(
        self,
        text: str | bytes,
        encode: Callable[[str], bytes] = str.encode,
        words: _Vectorizer | None = None,
        tokens: list[bytes] | None = None,
    ) -> float:
        """This vectorizer's share of the decision value of lower-cased ``text``: a `str`, whose
        terms `encode` gives as the vocabulary keeps them, or the UTF-8 of an ASCII text, whose
        terms (made as bytes) are looked up as they are, none encoded one by one. A character
        vectorizer keeps the n-grams' numbers of each word ``words`` (the word vectorizer) holds;
        a word vectorizer reads an ASCII text's ``tokens`` when given (`ascii_token`'s)."""
        if words is not None and self._analyzer == "char_wb":
            return self._char_score(text, encode, words)
        analyze = ANALYZERS[self._analyzer]
        counts: Collection[int]
        if isinstance(text, bytes):
            if tokens is not None and self._analyzer == "word":
                grams = Counter(word_grams(text, self._low, self._high, tokens))
            else:
                grams = Counter(analyze(text, self._low, self._high))
            keys = list(grams)
            counts = grams.values()
        else:
            found_grams = Counter(analyze(text, self._low, self._high))
            keys = list(map(encode, found_grams))
            counts = found_grams.values()
        idf, weight = self._idf, self._weight
        total = 0.0
        squares = 0.0
        for tf, key, met in zip(counts, keys, map(self._known.get, keys), strict=True):
            n = met if met is not None else self._number(key)
            if n < 0:
                continue  # not a term of the vocabulary
            # 1 + log(1) is exactly 1: most terms occur once.
            value = idf[n] if tf == 1 else (1.0 + math.log(tf)) * idf[n]
            squares += value * value
            total += value * weight[n]
        return total / math.sqrt(squares) if squares else 0.0

    def _char_score(
        self, text: str | bytes, encode: Callable[[str], bytes], words: _Vectorizer
    ) -> float:
        # A word's character n-grams are its own: their numbers, in the order `score` would meet
        # them, counted by number, give the same terms, counts and order of summing.
        by_word = self._by_word
        numbers: list[int] = []
        for word in text.split():
            key = word if isinstance(word, bytes) else encode(word)
            found = by_word.get(key)
            if found is None:
                found = self._numbers(word, encode)
                if words._known.get(key) is not None or words._number(key) >= 0:
                    by_word[key] = found
            numbers += found
        idf, weight = self._idf, self._weight
        total = 0.0
        squares = 0.0
        for n, tf in Counter(numbers).items():
            value = idf[n] if tf == 1 else (1.0 + math.log(tf)) * idf[n]
            squares += value * value
            total += value * weight[n]
        return total / math.sqrt(squares) if squares else 0.0

    def _numbers(self, word: str | bytes, encode: Callable[[str], bytes]) -> list[int]:
        # The feature numbers of one word's character n-grams the vocabulary holds, in order.
        keys: list[bytes]
        if isinstance(word, bytes):
            keys = list(char_wb(word, self._low, self._high))
        else:
            keys = list(map(encode, char_wb(word, self._low, self._high)))
        found = []
        for key, met in zip(keys, map(self._known.get, keys), strict=True):
            n = met if met is not None else self._number(key)
            if n >= 0:
                found.append(n)
        return found

    def _number(self, key: bytes) -> int:
        """The feature number of term ``key`` (kept in `_known`), or -1 for none."""
        terms, ends, table = self._terms, self._ends, self._table
        mask = len(table) - 1
        slot = crc32(key) & mask
        while found := table[slot]:
            if terms[ends[found - 1] : ends[found]] == key:
                self._known[key] = found - 1
                return found - 1
            slot = (slot + 1) & mask
        return -1


class RiskModel:
    """The learnt second opinion: `score` a message, `fires` at or above its alarm threshold."""

    def __init__(self, model: ModelData) -> None:
        # Kept as the snapshot keeps it (`knowledge.snapshot.LATER`), under the property's name.
        vars(self)["_vectorizers"] = tuple(_Vectorizer(part) for part in model.parts)
        self._intercept = model.intercept
        self.threshold = model.threshold
        """The alarm threshold (<= 2% out-of-fold false alarms on the training data)."""
        self.trained_on = model.trained_on
        """The names of the files the model was trained on."""

    @property
    def _vectorizers(self) -> tuple[_Vectorizer, ...]:
        # `__init__`'s; read back from the start-up snapshot, a model's tables are read at its
        # first score (`knowledge.snapshot.LATER`), a damaged copy's from the model file. Not a
        # cached_property: before Python 3.12 its one lock, for every model, would hold up
        # another thread scoring while this one reads.
        kept = vars(self)
        if "_vectorizers" not in kept:
            from knowledge.snapshot_later import read_later  # noqa: PLC0415 (only then)

            read_later(self, load_risk_model)  # (or another thread has just read them)
        try:
            found: tuple[_Vectorizer, ...] = kept["_vectorizers"]
        except KeyError:
            raise AttributeError("_vectorizers") from None
        return found

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RiskModel):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash((self._intercept, self.threshold, self.trained_on))

    def _key(self) -> tuple[object, ...]:
        return (self._vectorizers, self._intercept, self.threshold, self.trained_on)

    @property
    def features(self) -> int:
        """How many features the vocabularies hold."""
        return sum(len(v) for v in self._vectorizers)

    def score(self, text: str) -> float:
        """The classifier's decision value for ``text`` (its first `MAX_CHARS` characters)."""
        return self._value(as_read(text[:MAX_CHARS].lower()))

    def fires(self, text: str) -> bool:
        """Whether the model takes ``text`` as describing a risk of harm (`MIN_WORDS` or more
        words scoring at or above the threshold)."""
        read = as_read(text[:MAX_CHARS].lower())
        if isinstance(read, bytes):
            # Lower-casing ASCII keeps every letter a letter: the same words, counted faster.
            # (the same tokens the word vectorizer reads: found once)
            tokens = ascii_token().findall(read)
            return len(tokens) >= MIN_WORDS and self._value(read, tokens) >= self.threshold
        words = TOKEN.compiled.findall(text[:MAX_CHARS])
        return len(words) >= MIN_WORDS and self._value(read) >= self.threshold

    def _value(self, read: str | bytes, tokens: list[bytes] | None = None) -> float:
        vectorizers = self._vectorizers
        words = next((v for v in vectorizers if v.holds_words), None)
        encode = str.encode if isinstance(read, bytes) else encoder(read)
        return self._intercept + sum(v.score(read, encode, words, tokens) for v in vectorizers)


def load_risk_model(path: Path = MODEL_FILE) -> RiskModel:
    """The model stored at ``path`` (written by the train script).

    Raises:
        ValueError: not a model file of this format, or a damaged one.
    """
    from knowledge.risk_model_file import read_model  # noqa: PLC0415 (gzip: not for a later start)

    return RiskModel(read_model(path.read_bytes()))
