"""The learnt second opinion on risk of harm: a TF-IDF logistic regression, scored in pure Python.

The model is data, trained by tests/support/risk_model_train.py on the development sets only and
stored in knowledge/models/risk-tfidf.json.gz (docs/risk-learnt.md, "Adopted (round 17)"). This
module reproduces scikit-learn's scoring of it exactly, without scikit-learn: per vectorizer the
analyzer's n-grams (words: 1-2-grams of ``\\b\\w\\w+\\b`` tokens; char_wb: 3-5-grams inside each
word padded with a space), sublinear term frequency ``1 + log(tf)`` times idf, l2-normalised over
the vocabulary's features; the score is the weights' sum over both vectorizers plus the
intercept. It fires at or above the alarm threshold fixed from out-of-fold dev scores. Linear in
the text, which is capped as typed messages are.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

MODEL_FILE = Path(__file__).parent / "models" / "risk-tfidf.json.gz"
FORMAT = 1
MAX_CHARS = 4000
"""Only the first 4,000 characters are read: the most a typed message holds (dialogs.typed)."""
MIN_WORDS = 3
"""The model speaks only on a message of at least 3 words (of 2 or more letters or digits): each
vectorizer's l2 norm makes a one- or two-word message's score rest on one or two features ("her
dad" +5.16, "she's 15" +2.23 against the threshold +1.87), and a remark that short, in a consent
check or after a question, is an answer, not a disclosure. No dev disclosure the model adds to the
cues is that short ("he chokd her" is the shortest)."""
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
"""scikit-learn's default token_pattern."""


def _words(text: str, low: int, high: int) -> Iterator[str]:
    tokens = _TOKEN.findall(text)
    for n in range(low, high + 1):
        for i in range(len(tokens) - n + 1):
            yield " ".join(tokens[i : i + n])


def _char_wb(text: str, low: int, high: int) -> Iterator[str]:
    # As scikit-learn's _char_wb_ngrams: a word no longer than n gives itself once, and ends the
    # word's n-grams (no longer n is tried for it).
    for word in text.split():
        padded = f" {word} "
        for n in range(low, high + 1):
            yield padded[:n]
            if len(padded) <= n:
                break
            for offset in range(1, len(padded) - n + 1):
                yield padded[offset : offset + n]


_ANALYZERS: dict[str, Callable[[str, int, int], Iterator[str]]] = {
    "word": _words,
    "char_wb": _char_wb,
}


class _Vectorizer:
    """One TF-IDF vectorizer and its part of the classifier: term -> (idf, weight)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._analyzer = str(spec["analyzer"])
        """The analyzer's name (a function would keep the object out of the start-up snapshot)."""
        if self._analyzer not in _ANALYZERS:
            raise ValueError(f"unknown analyzer {self._analyzer!r}")
        self._low, self._high = (int(n) for n in spec["ngram_range"])
        terms, idf, weight = spec["terms"], spec["idf"], spec["weight"]
        if not len(terms) == len(idf) == len(weight):
            raise ValueError("a vectorizer's terms, idf and weights differ in length")
        # Index and arrays rather than a tuple per term: a quarter of the memory, and the
        # start-up snapshot reads the arrays as bytes.
        self._index: dict[str, int] = {term: n for n, term in enumerate(terms)}
        self._idf = array("d", idf)
        self._weight = array("d", weight)

    def __len__(self) -> int:
        return len(self._index)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Vectorizer):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash((self._analyzer, self._low, self._high, len(self._index)))

    def _key(self) -> tuple[object, ...]:
        return (self._analyzer, self._low, self._high, self._index, self._idf, self._weight)

    def score(self, text: str) -> float:
        """This vectorizer's share of the decision value of lower-cased ``text``."""
        counts = Counter(_ANALYZERS[self._analyzer](text, self._low, self._high))
        total = 0.0
        squares = 0.0
        find, idf, weight, log = self._index.get, self._idf, self._weight, math.log
        for term, tf in counts.items():
            n = find(term)
            if n is None:
                continue
            # Most terms are met once: 1 + log(1) is exactly 1, so their value is the idf itself.
            value = idf[n] if tf == 1 else (1.0 + log(tf)) * idf[n]
            squares += value * value
            total += value * weight[n]
        return total / math.sqrt(squares) if squares else 0.0


class RiskModel:
    """The learnt second opinion: `score` a message, `fires` at or above its alarm threshold."""

    def __init__(self, spec: dict[str, Any]) -> None:
        if spec.get("format") != FORMAT:
            raise ValueError(f"risk model format {spec.get('format')!r}, expected {FORMAT}")
        self._vectorizers = tuple(_Vectorizer(v) for v in spec["vectorizers"])
        self._intercept = float(spec["intercept"])
        self.threshold = float(spec["threshold"])
        """The alarm threshold (<= 2% out-of-fold false alarms on the training data)."""
        self.trained_on: tuple[str, ...] = tuple(spec["trained_on"])
        """The names of the files the model was trained on."""

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
        lowered = text[:MAX_CHARS].lower()
        return self._intercept + sum(v.score(lowered) for v in self._vectorizers)

    def fires(self, text: str) -> bool:
        """Whether the model takes ``text`` as describing a risk of harm (`MIN_WORDS` or more
        words scoring at or above the threshold)."""
        words = _TOKEN.findall(text[:MAX_CHARS])
        return len(words) >= MIN_WORDS and self.score(text) >= self.threshold


def load_risk_model(path: Path = MODEL_FILE) -> RiskModel:
    """The model stored at ``path`` (gzipped JSON written by the train script)."""
    with gzip.open(path, "rt", encoding="utf-8") as stored:
        spec = json.load(stored)
    if not isinstance(spec, dict):
        raise ValueError(f"{path.name}: not a risk model")
    return RiskModel(spec)
