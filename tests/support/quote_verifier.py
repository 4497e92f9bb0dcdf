"""The learnt quote verifier of the study (tests/support/quote_learnt.py): a logistic regression
on (question, candidate entry) pairs, its folds and thresholds, and its use as a veto or a rescue
of the assistant's matcher results. scikit-learn (the ``research`` extra) is imported only when a
model is fitted."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from knowledge.matching import MatchResult
from tests.support.quote_pairs import MIN_WORDS, Hook, Item, Pair, words

SEED = 11
INNER = 4


@dataclass
class Switches:
    """The study's research switches, set from the command line."""

    text_only: bool = False
    """``--text-only``: the matcher's numbers are left out (the question's words alone)."""
    veto_share: float = 0.01
    """``--veto-share``: the share of training right quotes the veto may withhold."""
    history: list[Pair] = field(default_factory=list)
    """``--history``: pairs from older matchers on files they had not seen, training only."""


SWITCHES = Switches()


@dataclass
class Model:
    """A fitted verifier: scikit-learn's vectorizers and classifier."""

    words: Any
    chars: Any
    clf: Any
    entries: tuple[int, ...]

    def matrix(self, pairs: Sequence[Pair]) -> Any:
        """The feature matrix of ``pairs``."""
        return _matrix(self.words, self.chars, self.entries, pairs)

    def scores(self, pairs: Sequence[Pair]) -> list[float]:
        """The decision value of each pair."""
        if not pairs:
            return []
        return [float(s) for s in self.clf.decision_function(self.matrix(pairs))]


def _matrix(words: Any, chars: Any, entries: tuple[int, ...], pairs: Sequence[Pair]) -> Any:
    import numpy as np  # noqa: PLC0415 (research extra)
    from scipy import sparse  # noqa: PLC0415 (research extra)

    texts = [p.text for p in pairs]
    w = words.transform(texts).tocsr()
    c = chars.transform(texts)
    blocks = [w, c]
    for entry in entries:
        mask = np.array([p.entry == entry for p in pairs], dtype=float)
        blocks.append(sparse.diags(mask) @ w)
    onehot = np.array([[float(p.entry == e) for e in entries] for p in pairs])
    numbers = np.array([p.numbers for p in pairs]) * (0.0 if SWITCHES.text_only else 1.0)
    blocks += [sparse.csr_matrix(onehot), sparse.csr_matrix(numbers)]
    return sparse.hstack(blocks).tocsr()


def fit(pairs: Sequence[Pair]) -> Model:
    """Train a verifier on labelled pairs."""
    from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: PLC0415 (research extra)
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 (research extra)

    texts = sorted({p.text for p in pairs})
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True).fit(texts)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True)
    chars.fit(texts)
    entries = tuple(range(1, 15))
    clf = LogisticRegression(C=10.0, max_iter=5000, class_weight="balanced")
    clf.fit(_matrix(words, chars, entries, pairs), [p.label for p in pairs])
    return Model(words, chars, clf, entries)


def group_folds(items: Sequence[Item], k: int, seed: int) -> list[list[Item]]:
    """Items dealt into k folds by group, with a fixed seed."""
    groups = sorted({i.group for i in items})
    random.Random(seed).shuffle(groups)
    fold_of = {g: n % k for n, g in enumerate(groups)}
    out: list[list[Item]] = [[] for _ in range(k)]
    for item in items:
        out[fold_of[item.group]].append(item)
    return out


@dataclass(frozen=True)
class Limits:
    """The verifier's two thresholds, from training out-of-fold scores."""

    veto: float
    rescue: float


def _rescue_pairs(pairs: Sequence[Pair]) -> list[Pair]:
    # A result with suggestions and no answer offers its first suggestion at rank 0.
    return [p for p in pairs if not p.answer and p.numbers[1] == 0.0 and words(p.text) >= MIN_WORDS]


def limits_from(
    pairs: Sequence[Pair], scores: Sequence[float], quoted: set[tuple[str, int]]
) -> Limits:
    """Veto: withholds at most `Switches.veto_share` of the right quotes; rescue: no wrong one."""
    right = sorted(
        s for p, s in zip(pairs, scores, strict=True) if p.label and (p.text, p.entry) in quoted
    )
    veto = right[int(SWITCHES.veto_share * len(right))] - 1e-9 if right else -math.inf
    by_pair = dict(zip(pairs, scores, strict=True))
    wrong = [by_pair[p] for p in _rescue_pairs(pairs) if not p.label]
    rescue = max(wrong) + 1e-9 if wrong else math.inf
    return Limits(veto, rescue)


def out_of_fold(
    items: Sequence[Item], pairs: Sequence[Pair], k: int, seed: int
) -> dict[tuple[str, int], float]:
    """Each pair's score from a model that did not see its item's group."""
    by_text: dict[str, list[Pair]] = {}
    for p in pairs:
        by_text.setdefault(p.text, []).append(p)
    scores: dict[tuple[str, int], float] = {}
    everything = {i.text for i in items}
    for fold in group_folds(items, k, seed):
        inside = {i.text for i in fold}
        train = [p for p in pairs if p.text not in inside] + _history(everything - inside)
        test = [p for i in fold for p in by_text.get(i.text, [])]
        model = fit(train)
        scores.update(((p.text, p.entry), s) for p, s in zip(test, model.scores(test), strict=True))
    return scores


def train_with_limits(
    items: Sequence[Item], pairs: Sequence[Pair], quoted: set[tuple[str, int]]
) -> tuple[Model, Limits]:
    """A model on every pair of ``items`` and thresholds from their inner out-of-fold scores."""
    texts = {i.text for i in items}
    mine = [p for p in pairs if p.text in texts]
    inner = out_of_fold(items, mine, INNER, SEED)
    kept = [p for p in mine if (p.text, p.entry) in inner]
    limits = limits_from(kept, [inner[(p.text, p.entry)] for p in kept], quoted)
    return fit(mine + _history(texts)), limits


def _history(texts: set[str]) -> list[Pair]:
    # Only the pairs of training texts: a text being scored is never in its own model's history.
    return [p for p in SWITCHES.history if p.text in texts]


@dataclass
class Verifier:
    """Per pair, a score and the thresholds of the model that scored it."""

    scores: dict[tuple[str, int], tuple[float, Limits]] = field(default_factory=dict)
    asked: int = 0
    unknown: int = 0

    def hook(self, veto: bool, rescue: bool) -> Hook:
        """A replacement for the matcher's result as `QAAnswers.match` returns it."""

        def apply(text: str, result: MatchResult) -> MatchResult:
            if veto and result.answer is not None:
                found = self._score(text, result.answer.number)
                if found is not None and found[0] < found[1].veto:
                    return MatchResult(
                        suggestions=(result.answer, *result.suggestions)[:3], withheld=True
                    )
            if (
                rescue
                and result.answer is None
                and result.suggestions
                and result.not_covered is None
                and not result.off_topic
                and words(text) >= MIN_WORDS
            ):
                first = result.suggestions[0]
                found = self._score(text, first.number)
                if found is not None and found[0] >= found[1].rescue:
                    return MatchResult(answer=first, suggestions=result.suggestions[1:3])
            return result

        return apply

    def _score(self, text: str, entry: int) -> tuple[float, Limits] | None:
        self.asked += 1
        found = self.scores.get((text, entry))
        self.unknown += found is None
        return found
