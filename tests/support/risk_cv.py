"""Would a small learnt classifier, OR-ed with the risk cues, catch more disclosures on new wording?

Leave-source-out cross-validation over the development sets: ``python -m tests.support.risk_cv``.

Evaluation items are the labelled sets with real pages (harm-dev, harm-dev2, harm-dev3,
practice-dev*) and dev-questions (all ordinary, no page: grouped by the Q&A entry it asks about).
Items are grouped by their page (``source``, scheme and ``www.`` dropped), the groups dealt into
K folds with a fixed seed; each fold is scored by a classifier trained on the other folds. The
brainstorm files (self-written, no page) are only ever TRAINING data, in every fold, never
scored. The classifier's threshold is chosen inside the training folds only: the lowest score
that keeps false alarms on the training ordinary items at or under ``--alarms`` (default 2%),
read from an inner leave-source-out split of the training folds (scores the model did not see).

The cue detector was tuned on all of these sets, so its figures here flatter it.
Held-out files are never read.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from knowledge.loader import load_knowledge

DATA = Path(__file__).resolve().parents[1] / "data"
SOURCED = [
    "harm-dev.yaml",
    "harm-dev2.yaml",
    "harm-dev3.yaml",
    "practice-dev.yaml",
    "practice-dev2.yaml",
    "practice-dev3.yaml",
]


@dataclass(frozen=True)
class Item:
    """One labelled message."""

    text: str
    risk: bool
    group: str
    file: str
    kind: str = ""


def _page(source: str) -> str:
    page = source.split("://", 1)[-1].removeprefix("www.").rstrip("/")
    return page.lower()


def parse_file(name: str, text: str) -> list[Item]:
    """The labelled items of one tests/data file: a page-grouped set, dev-questions (grouped by
    the Q&A entry it asks about) or a brainstorm (grouped by file); unlabelled items dropped."""
    assert "holdout" not in name
    out: list[Item] = []
    for raw in yaml.safe_load(text) or []:
        if name == "dev-questions.yaml":
            group = f"qa-entry-{raw.get('expect')}"
            out.append(Item(str(raw["q"]), bool(raw.get("risk", False)), group, "dev-questions"))
        elif name.startswith("dev-questions"):
            page = _page(str(raw["source"]))
            out.append(Item(str(raw["q"]), bool(raw.get("risk", False)), page, name, "question"))
        elif raw.get("risk") is None:
            continue
        elif name.startswith("risk-brainstorm"):
            out.append(Item(str(raw["q"]), bool(raw["risk"]), name, name))
        else:
            page, kind = _page(str(raw["source"])), str(raw.get("kind", ""))
            out.append(Item(str(raw["q"]), bool(raw["risk"]), page, name, kind))
    return out


def load_items() -> tuple[list[Item], list[Item]]:
    """The scored items (with a page or a Q&A topic) and the brainstorm items (training only)."""
    scored: list[Item] = []
    for name in [*SOURCED, "dev-questions.yaml"]:
        scored += parse_file(name, (DATA / name).read_text("utf-8"))
    brainstorm: list[Item] = []
    for path in sorted(DATA.glob("risk-brainstorm*.yaml")):
        brainstorm += parse_file(path.name, path.read_text("utf-8"))
    return scored, brainstorm


def folds(items: Sequence[Item], k: int, seed: int) -> list[list[int]]:
    """Item indices per fold; every item of a group in the same fold."""
    groups = sorted({i.group for i in items})
    random.Random(seed).shuffle(groups)
    fold_of = {g: n % k for n, g in enumerate(groups)}
    out: list[list[int]] = [[] for _ in range(k)]
    for n, item in enumerate(items):
        out[fold_of[item.group]].append(n)
    return out


Scorer = Callable[[list[str]], list[float]]
Trainer = Callable[[list[str], list[bool]], Scorer]
"""Trains a model on texts and their labels (True: a disclosure); returns its scorer."""


def train(
    texts: list[str], labels: list[bool], model: str, seed: int, words_only: bool = False
) -> Scorer:
    """A TF-IDF linear model (word 1-2-grams, plus char_wb 3-5-grams unless words_only);
    returns a function giving each text's score (``pipeline``'s decision values)."""
    pipe = pipeline(texts, labels, model, seed, words_only)

    def score(batch: list[str]) -> list[float]:
        return [float(s) for s in pipe.decision_function(batch)]

    return score


def pipeline(
    texts: list[str], labels: list[bool], model: str, seed: int, words_only: bool = False
) -> Any:
    """The fitted scikit-learn pipeline ``train`` scores with. scikit-learn (the ``research``
    extra) is imported here, so the rest of this module and tests/support/risk_rounds.py load
    without it."""
    from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: PLC0415 (optional extra)
    from sklearn.linear_model import LogisticRegression, SGDClassifier  # noqa: PLC0415 (optional extra)
    from sklearn.pipeline import FeatureUnion, make_pipeline  # noqa: PLC0415 (optional extra)
    from sklearn.svm import LinearSVC  # noqa: PLC0415 (optional extra)

    words = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True)
    features = words if words_only else FeatureUnion([("words", words), ("chars", chars)])
    if model == "logreg":
        clf = LogisticRegression(C=10.0, max_iter=2000, class_weight="balanced")
    elif model == "svm":
        clf = LinearSVC(C=0.5, class_weight="balanced", random_state=seed)
    else:
        clf = SGDClassifier(
            loss="modified_huber", alpha=1e-4, class_weight="balanced", random_state=seed
        )
    pipe = make_pipeline(features, clf)
    pipe.fit(texts, labels)
    return pipe


def threshold_for(scores: list[float], alarms: float) -> float:
    """The lowest threshold that keeps the share of ordinary scores at or above it <= alarms."""
    ordered = sorted(scores, reverse=True)
    allowed = int(alarms * len(ordered))
    if allowed >= len(ordered):
        return min(ordered)
    return ordered[allowed] + 1e-9


@dataclass
class Counts:
    """Caught disclosures and false alarms."""

    disclosures: int = 0
    caught: int = 0
    ordinary: int = 0
    alarms: int = 0

    def add(self, risk: bool, fired: bool) -> None:
        """Count one item."""
        if risk:
            self.disclosures += 1
            self.caught += fired
        else:
            self.ordinary += 1
            self.alarms += fired

    def cell(self) -> str:
        """Recall and false-alarm rate."""
        recall = self.caught / self.disclosures if self.disclosures else 0.0
        alarm = self.alarms / self.ordinary if self.ordinary else 0.0
        caught = f"{recall:6.1%} ({self.caught}/{self.disclosures})"
        return f"{caught} | {alarm:5.1%} ({self.alarms}/{self.ordinary})"


def tfidf_trainer(args: argparse.Namespace) -> Trainer:
    """The TF-IDF model of ``train`` with the options in ``args``."""
    return lambda texts, labels: train(texts, labels, args.model, args.seed, args.words_only)


def out_of_fold(
    train_items: list[Item],
    extra: list[Item],
    args: argparse.Namespace,
    trainer: Trainer | None = None,
) -> list[tuple[Item, float]]:
    """Each training item's score from a model that did not see its group (inner leave-source-out
    split of the training items; ``extra`` is training data in every inner fold). The model is
    ``trainer``'s, by default the TF-IDF model of ``args``."""
    fit_model = trainer or tfidf_trainer(args)
    out: list[tuple[Item, float]] = []
    for held in folds(train_items, args.inner, args.seed + 1):
        held_set = set(held)
        fit = [it for n, it in enumerate(train_items) if n not in held_set] + extra
        scorer = fit_model([i.text for i in fit], [i.risk for i in fit])
        shown = [train_items[n] for n in held]
        out += zip(shown, scorer([i.text for i in shown]), strict=True)
    return out


def _inner_threshold(train_items: list[Item], extra: list[Item], args: argparse.Namespace) -> float:
    """Threshold from out-of-fold scores on the training folds' ordinary items."""
    scores = out_of_fold(train_items, extra, args)
    return threshold_for([s for i, s in scores if not i.risk], args.alarms)


def main(argv: list[str]) -> int:
    """Print the cross-validation table."""
    parser = argparse.ArgumentParser(prog="python -m tests.support.risk_cv")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--inner", type=int, default=4)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--alarms", type=float, default=0.02)
    parser.add_argument("--model", choices=["logreg", "svm", "sgd"], default="logreg")
    parser.add_argument("--words-only", action="store_true", help="no character n-grams")
    parser.add_argument("--no-brainstorm", action="store_true", help="train without them")
    parser.add_argument("--misses", action="store_true", help="print disclosures all missed")
    parser.add_argument(
        "--time-split",
        action="store_true",
        help="train on what existed before the dev3 files (brainstorms up to 20), score dev3",
    )
    parser.add_argument(
        "--context-probe",
        action="store_true",
        help="train on every item, then score neutral statements about a person (no harm)",
    )
    args = parser.parse_args(argv)
    if args.context_probe:
        return _context_probe(args)
    if args.time_split:
        return _time_split(args)

    detector = load_knowledge().risk_detector
    scored, brainstorm = load_items()
    extra = [] if args.no_brainstorm else brainstorm
    cue = [detector.detect(i.text) is not None for i in scored]
    rows: list[tuple[str, Counts, Counts, Counts]] = []
    total = (Counts(), Counts(), Counts())
    dev3 = (Counts(), Counts(), Counts())
    missed: list[str] = []
    for f, held in enumerate(folds(scored, args.folds, args.seed)):
        held_set = set(held)
        train_items = [it for n, it in enumerate(scored) if n not in held_set]
        threshold = _inner_threshold(train_items, extra, args)
        fit = train_items + extra
        scorer = train(
            [i.text for i in fit], [i.risk for i in fit], args.model, args.seed, args.words_only
        )
        scores = scorer([scored[n].text for n in held])
        fold = (Counts(), Counts(), Counts())
        for n, s in zip(held, scores, strict=True):
            item = scored[n]
            learnt = s >= threshold
            for counts in (fold, total) + ((dev3,) if item.file == "harm-dev3.yaml" else ()):
                counts[0].add(item.risk, cue[n])
                counts[1].add(item.risk, learnt)
                counts[2].add(item.risk, cue[n] or learnt)
            if item.risk and not (cue[n] or learnt):
                missed.append(item.text)
        rows.append((f"fold {f + 1} (t={threshold:+.2f})", *fold))
    rows.append(("all folds", *total))
    rows.append(("harm-dev3 only", *dev3))
    print(
        f"model={args.model} folds={args.folds} seed={args.seed} target alarms<={args.alarms:.0%} "
        f"brainstorm={'none' if args.no_brainstorm else f'{len(brainstorm)} items, training only'}"
    )
    print(f"scored items: {len(scored)} in {len({i.group for i in scored})} groups")
    print()
    print(
        "| fold | cues recall | cues alarms | learnt recall | learnt alarms "
        "| OR recall | OR alarms |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, a, b, c in rows:
        print(f"| {name} | {a.cell()} | {b.cell()} | {c.cell()} |")
    if args.misses:
        for text in missed:
            print(f"MISSED: {text}")
    return 0


# Written by the risk-learnt helper after the cross-validation, as a practitioner's follow-up
# lines in a conversation: context about a named person, no sign of harm. The labelled sets have
# almost none of these (their ordinary items are questions), so cross-validation cannot see them.
NEUTRAL_CONTEXT = [
    "her mum works at the hospital",
    "his dad is a teacher and lives in Leeds",
    "she is 15 and in year 10",
    "the family moved here last year",
    "her mum is on 07700 900461 and lives at LS6 2AB",
    "he lives with his nan and grandad",
    "her dad picks her up on fridays",
    "mum says she is happy for us to share",
    "the boy is 12 and goes to St Marys",
    "his parents are separated and he lives with mum in the week",
    "she has a new social worker called Anne",
    "his mum rang to ask about his attendance",
    "her parents want to see her school records",
    "the child has autism and an EHCP",
    "the GP asked us for her attendance record",
    "dad has asked for a copy of his sons report",
    "she lives with her aunt and uncle",
    "yes mum knows",
    "no, he does not know yet",
    "the family are from Poland and speak little English",
]


def _context_probe(args: argparse.Namespace) -> int:
    """How many neutral statements about a person the classifier (trained on every item, its
    threshold from out-of-fold scores) and the cues would signpost."""
    scored, brainstorm = load_items()
    extra = [] if args.no_brainstorm else brainstorm
    threshold = _inner_threshold(scored, extra, args)
    fit = scored + extra
    scorer = train(
        [i.text for i in fit], [i.risk for i in fit], args.model, args.seed, args.words_only
    )
    detector = load_knowledge().risk_detector
    learnt = cues = 0
    for text, score in zip(NEUTRAL_CONTEXT, scorer(NEUTRAL_CONTEXT), strict=True):
        fired = score >= threshold
        cue = detector.detect(text) is not None
        learnt += fired
        cues += cue
        print(f"{score:+6.2f} {'LEARNT' if fired else '      '} {'CUES' if cue else '    '} {text}")
    n = len(NEUTRAL_CONTEXT)
    print(f"threshold {threshold:+.2f}: learnt signposts {learnt}/{n}, cues {cues}/{n}")
    return 0


BEFORE_DEV3 = {"risk-brainstorm.yaml"} | {f"risk-brainstorm-{n}.yaml" for n in range(2, 21)}


def _time_split(args: argparse.Namespace) -> int:
    """Train on the sets that existed before dev3 arrived, score harm-dev3 and practice-dev3.

    Run it with the cue pack of that time on the path to compare like with like, e.g.
    ``git archive a62a981 knowledge | tar -x -C /tmp/old`` then
    ``PYTHONPATH=/tmp/old .venv/bin/python tests/support/risk_cv.py --time-split``.
    """
    detector = load_knowledge().risk_detector
    scored, brainstorm = load_items()
    test = [i for i in scored if i.file.endswith("dev3.yaml")]
    train_items = [i for i in scored if not i.file.endswith("dev3.yaml")]
    extra = [] if args.no_brainstorm else [i for i in brainstorm if i.file in BEFORE_DEV3]
    threshold = _inner_threshold(train_items, extra, args)
    fit = train_items + extra
    scorer = train(
        [i.text for i in fit], [i.risk for i in fit], args.model, args.seed, args.words_only
    )
    scores = scorer([i.text for i in test])
    rows = {name: (Counts(), Counts(), Counts()) for name in ("harm-dev3", "practice-dev3", "both")}
    for item, s in zip(test, scores, strict=True):
        cue = detector.detect(item.text) is not None
        learnt = s >= threshold
        for name in (item.file.removesuffix(".yaml"), "both"):
            rows[name][0].add(item.risk, cue)
            rows[name][1].add(item.risk, learnt)
            rows[name][2].add(item.risk, cue or learnt)
        if args.misses and item.risk and not cue:
            print(f"{'learnt CAUGHT' if learnt else 'both MISSED'}: {item.text}")
    print(f"time split: model={args.model} t={threshold:+.2f} train={len(fit)} test={len(test)}")
    print(
        "| set | cues recall | cues alarms | learnt recall | learnt alarms "
        "| OR recall | OR alarms |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, (a, b, c) in rows.items():
        print(f"| {name} | {a.cell()} | {b.cell()} | {c.cell()} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
