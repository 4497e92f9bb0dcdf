"""A learnt second opinion on risk of harm, OR-ed with the risk pack's cues.

The cues catch the wordings someone wrote them for; on new wording they miss some disclosures
(see docs/risk-learnt.md). A small linear model over word and character n-grams, trained at
start-up on labelled examples shipped as a pack (``risk-examples``; an organisation's own
examples are added to them), catches many of those. It only ever adds a signpost: the cues'
findings are unchanged. Deterministic (a fixed seed, a deterministic solver); nothing is
downloaded or unpickled. Scoring reads the message once: linear in its length.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["LearntOpinion", "RiskExample", "RiskExamplesPack", "Weights", "merge_examples", "train"]

MAX_CHARS = 4000  # a message may hold no more; longer text is cut before scoring
_SEED = 11
_WORD = re.compile(r"\b\w\w+\b")  # scikit-learn's default token pattern


class RiskExample(BaseModel):
    """One labelled message: does it describe a possible risk of harm to someone?"""

    model_config = ConfigDict(extra="forbid", frozen=True)
    q: str = Field(min_length=1, max_length=MAX_CHARS)
    risk: bool
    source: str = Field(min_length=1, description="where the situation came from")


class RiskExamplesPack(BaseModel):
    """Examples the learnt opinion is trained on, and the score at which it fires."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["risk-examples"]
    threshold: float | None = Field(
        default=None,
        description="score at or above which a message is signposted; the built-in pack's "
        "value (chosen by cross-validation, bench/risk_cv.py) is kept unless this overrides it",
    )
    examples: tuple[RiskExample, ...] = ()


def merge_examples(packs: list[RiskExamplesPack]) -> tuple[tuple[RiskExample, ...], float | None]:
    """Every pack's examples in order, and the last threshold given."""
    examples: tuple[RiskExample, ...] = ()
    threshold: float | None = None
    for pack in packs:
        examples += pack.examples
        if pack.threshold is not None:
            threshold = pack.threshold
    return examples, threshold


@dataclass(frozen=True)
class Weights:
    """A trained model as plain numbers: per n-gram its idf and weight, per kind of n-gram."""

    words: dict[str, tuple[float, float]]
    chars: dict[str, tuple[float, float]]
    intercept: float


def train(examples: tuple[RiskExample, ...]) -> Weights:
    """Fit TF-IDF (word 1-2-grams, char_wb 3-5-grams) and a logistic regression to `examples`.

    Raises:
        ValueError: when the examples do not hold both disclosures and ordinary messages.
    """
    # Imported here: a start-up that reads cached weights never loads scikit-learn (~1-4 s).
    from scipy.sparse import hstack  # noqa: PLC0415
    from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    labels = [e.risk for e in examples]
    if len(set(labels)) < 2:
        raise ValueError("risk examples need both disclosures and ordinary messages")
    texts = [e.q[:MAX_CHARS] for e in examples]
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True)
    matrix = hstack([words.fit_transform(texts), chars.fit_transform(texts)]).tocsr()
    model = LogisticRegression(C=10.0, max_iter=2000, class_weight="balanced", random_state=_SEED)
    model.fit(matrix, labels)
    coef = [float(c) for c in model.coef_[0]]
    split = len(words.vocabulary_)

    def table(vectorizer: TfidfVectorizer, offset: int) -> dict[str, tuple[float, float]]:
        idf = vectorizer.idf_
        return {
            term: (float(idf[i]), coef[offset + i])
            for term, i in sorted(vectorizer.vocabulary_.items())
        }

    return Weights(table(words, 0), table(chars, split), float(model.intercept_[0]))


def _word_grams(text: str) -> list[str]:
    tokens = _WORD.findall(text)
    return tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens)]


def _char_grams(text: str) -> list[str]:
    grams: list[str] = []
    for word in text.split():
        padded = f" {word} "
        for n in range(3, 6):
            if len(padded) <= n:  # as scikit-learn: a short word counts once, whole
                grams.append(padded)
                break
            grams += [padded[i : i + n] for i in range(len(padded) - n + 1)]
    return grams


def _part(grams: list[str], table: dict[str, tuple[float, float]]) -> float:
    """One vectorizer's share of the decision value: sublinear tf-idf, l2-normalised, dotted."""
    dot = square = 0.0
    for gram, count in Counter(grams).items():
        found = table.get(gram)
        if found is None:
            continue
        value = (1.0 + math.log(count)) * found[0]
        square += value * value
        dot += value * found[1]
    return dot / math.sqrt(square) if square else 0.0


class LearntOpinion:
    """Scores messages with trained `Weights`. Build once; `fires` only reads."""

    def __init__(self, weights: Weights, threshold: float) -> None:
        """Keep the weights and the score at or above which a message is signposted."""
        self._weights = weights
        self.threshold = threshold

    def score(self, text: str) -> float:
        """How strongly the model reads `text` as a disclosure (its decision value)."""
        folded = text[:MAX_CHARS].lower()
        w = self._weights
        return (
            _part(_word_grams(folded), w.words) + _part(_char_grams(folded), w.chars) + w.intercept
        )

    def fires(self, text: str) -> bool:
        """Whether `text` scores at or above the threshold."""
        return self.score(text) >= self.threshold
