"""Round 5 of the learnt-model study (round 20; docs/risk-learnt.md): retrain, and try variants.

Research only (it needs scikit-learn; the app never imports this module):
    /work/research-venv/bin/python -m tests.support.risk_variants split [--variants ...] [--list]
    /work/research-venv/bin/python -m tests.support.risk_variants oof [--variants ...] [--list]

Each variant (``VARIANTS``) changes one knob of the shipped model (risk_cv.pipeline, "logreg"):
the n-gram ranges, min_df, sublinear tf, C, class weights, the weight of the ordinary training
items that are statements rather than questions, extra training negatives (the follow-up remarks
of ``FOLLOW_UPS``, written this round) or the alarm threshold's rule. Every variant is scored
with the same decision as shipped, the OR (the cues' finding, or when they find nothing a score
at or above the alarm threshold on 3 words or more), and with round 18's veto on top (q = 0.5%,
six serious categories protected; tests/support/risk_veto.py). Thresholds always come from
out-of-fold scores of the training data (inner folds by page, brainstorms always training).

``split``: the time split. Round N: the model and the cues (with their categories) as they were
at the parent of the commit that added harm-devN.yaml, scored on every dev file added from then
until the next round's commit (round 16: until today), so practice-dev15, practice-dev16 and
dev-questions2, which arrived after harm-dev16, are scored in round 16. ``oof``: today's dev
files dealt by page into 5 folds, today's cues (tuned on these files: their side flatters them).
The cues' categories and each variant's scores per round or fold are cached in the temporary
directory. Held-out files are never read (risk_rounds.items_at skips them by name).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tests.support.risk_cv import DATA, Counts, Item, folds, parse_file, threshold_for
from tests.support.risk_rounds import DEV_FILE, _git, before_round, items_at
from tests.support.risk_veto import _WORD as WORD
from tests.support.risk_veto import PROTECTED, Scored, categories_at, signposts

ROUNDS = tuple(range(7, 17))
SEED = 11
VETO_Q = 0.005
CACHE = Path(tempfile.gettempdir()) / "risk-variants-cues"
RESULTS = Path(tempfile.gettempdir()) / "risk-variants-results"
FOLLOW_UPS = "risk-brainstorm-32.yaml"
"""This round's training negatives: short follow-up remarks in a consent check (model21's)."""
Found = tuple[str, ...] | None


@dataclass(frozen=True)
class Features:
    """The TF-IDF features: word and char_wb n-gram ranges (chars None: words only), min_df."""

    words: tuple[int, int] = (1, 2)
    chars: tuple[int, int] | None = (3, 5)
    word_min_df: int = 1
    char_min_df: int = 2
    sublinear: bool = True


@dataclass(frozen=True)
class Variant:
    """One configuration: features, classifier, training data and the alarm threshold's rule."""

    features: Features = field(default_factory=Features)
    c: float = 10.0
    balanced: bool = True
    statement_weight: float = 1.0
    """Sample weight of ordinary training items that do not end in a question mark."""
    follow_ups: bool = False
    alarms: float = 0.02


BASE = Variant()
VARIANTS = {
    "shipped": BASE,
    "C=1": replace(BASE, c=1.0),
    "C=3": replace(BASE, c=3.0),
    "C=30": replace(BASE, c=30.0),
    "words 1-3": replace(BASE, features=Features(words=(1, 3))),
    "words min_df 2": replace(BASE, features=Features(word_min_df=2)),
    "chars 2-5": replace(BASE, features=Features(chars=(2, 5))),
    "chars 3-6": replace(BASE, features=Features(chars=(3, 6))),
    "words only": replace(BASE, features=Features(chars=None)),
    "not sublinear": replace(BASE, features=Features(sublinear=False)),
    "unbalanced": replace(BASE, balanced=False),
    "statements x2": replace(BASE, statement_weight=2.0),
    "statements x4": replace(BASE, statement_weight=4.0),
    "follow-ups": replace(BASE, follow_ups=True),
    "alarms 1.5%": replace(BASE, alarms=0.015),
    "alarms 1%": replace(BASE, alarms=0.01),
}


def follow_ups() -> list[Item]:
    """The follow-up remarks written this round, as training negatives (empty if not written)."""
    path = DATA / FOLLOW_UPS
    return parse_file(path.name, path.read_text("utf-8")) if path.exists() else []


def union(features: Features) -> Any:
    """The unfitted vectorizers (scikit-learn imported here: the research extra)."""
    from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: PLC0415
    from sklearn.pipeline import FeatureUnion  # noqa: PLC0415

    sub = features.sublinear
    words = TfidfVectorizer(
        ngram_range=features.words, min_df=features.word_min_df, sublinear_tf=sub
    )
    parts = [("words", words)]
    if features.chars is not None:
        low, high = features.chars
        chars = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(low, high),
            min_df=features.char_min_df,
            sublinear_tf=sub,
        )
        parts.append(("chars", chars))
    return FeatureUnion(parts)


def weights(items: list[Item], variant: Variant) -> list[float]:
    """Each training item's sample weight."""
    return text_weights([i.text for i in items], [i.risk for i in items], variant)


def text_weights(texts: list[str], labels: list[bool], variant: Variant) -> list[float]:
    """Each training text's sample weight: ``statement_weight`` for an ordinary statement."""
    heavy = variant.statement_weight
    return [
        heavy if not risk and not text.rstrip().endswith("?") else 1.0
        for text, risk in zip(texts, labels, strict=True)
    ]


def classifier(variant: Variant) -> Any:
    """The unfitted logistic regression of ``variant``."""
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    weighting = "balanced" if variant.balanced else None
    return LogisticRegression(C=variant.c, max_iter=2000, class_weight=weighting)


def pipeline_for(texts: list[str], labels: list[bool], variant: Variant) -> Any:
    """``variant``'s model fitted on the texts, as a scikit-learn pipeline (vectorizers, then the
    classifier), as risk_model_train exports it."""
    from sklearn.pipeline import Pipeline  # noqa: PLC0415

    vectors = union(variant.features)
    clf = classifier(variant)
    clf.fit(
        vectors.fit_transform(texts), labels, sample_weight=text_weights(texts, labels, variant)
    )
    return Pipeline([("features", vectors), ("clf", clf)])


def scores_for(
    training: list[Item], shown: list[str], variants: dict[str, Variant]
) -> dict[str, list[float]]:
    """Each variant's scores of ``shown``, trained on ``training`` (the vectorizers are fitted
    once per distinct features and training data)."""
    out: dict[str, list[float]] = {}
    keys = {(v.features, v.follow_ups) for v in variants.values()}
    for features, extra in sorted(keys, key=repr):
        items = training + (follow_ups() if extra else [])
        vectors = union(features)
        x = vectors.fit_transform([i.text for i in items])
        x_shown = vectors.transform(shown)
        labels = [i.risk for i in items]
        fitted: dict[tuple[float, bool, float], list[float]] = {}
        for name, v in variants.items():
            if (v.features, v.follow_ups) != (features, extra):
                continue
            key = (v.c, v.balanced, v.statement_weight)
            if key not in fitted:
                clf = classifier(v)
                clf.fit(x, labels, sample_weight=weights(items, v))
                fitted[key] = [float(s) for s in clf.decision_function(x_shown)]
            out[name] = fitted[key]
    return out


def cues(commit: str | None, texts: list[str]) -> list[Found]:
    """The categories the cues of ``commit`` (None: this tree's) find; cached per commit."""
    if commit is None:
        return categories_at(None, texts)
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{commit}.json"
    known: dict[str, list[str] | None] = json.loads(path.read_text()) if path.exists() else {}
    missing = sorted({t for t in texts if t not in known})
    if missing:
        for text, found in zip(missing, categories_at(commit, missing), strict=True):
            known[text] = None if found is None else list(found)
        path.write_text(json.dumps(known))
    return [None if known[t] is None else tuple(known[t] or ()) for t in texts]


def scored(items: list[Item], scores: Iterable[float], found: list[Found]) -> list[Scored]:
    """risk_veto's messages: label, score, the cues' categories, word count."""
    return [
        Scored(i, s, f, len(WORD.findall(i.text[:4000])))
        for i, s, f in zip(items, scores, found, strict=True)
    ]


@dataclass(frozen=True)
class Judged:
    """A variant's scored test messages and its thresholds (from training data only)."""

    messages: list[Scored]
    alarm: float
    veto: float


def judge(
    block: str,
    data: tuple[list[Item], list[Item], list[Item]],
    commit: str | None,
    variants: dict[str, Variant],
) -> dict[str, Judged]:
    """Per variant: its figures stored under ``block`` (a round's or fold's name and the data's
    git tree) if an earlier run wrote them, else ``train``'s."""
    test = data[2]
    found = cues(commit, [i.text for i in test])
    stored = RESULTS / block
    out: dict[str, Judged] = {}
    for name, v in variants.items():
        path = stored / f"{hashlib.sha256(repr(v).encode()).hexdigest()[:16]}.json"
        if path.exists():
            kept = json.loads(path.read_text())
            out[name] = Judged(scored(test, kept["scores"], found), kept["alarm"], kept["veto"])
    missing = {name: v for name, v in variants.items() if name not in out}
    if missing:
        stored.mkdir(parents=True, exist_ok=True)
        for name, judged in train(*data, commit, missing).items():
            path = stored / f"{hashlib.sha256(repr(missing[name]).encode()).hexdigest()[:16]}.json"
            scores = [m.score for m in judged.messages]
            path.write_text(
                json.dumps({"scores": scores, "alarm": judged.alarm, "veto": judged.veto})
            )
            out[name] = judged
    return {name: out[name] for name in variants}


def train(
    train_items: list[Item],
    brainstorm: list[Item],
    test: list[Item],
    commit: str | None,
    variants: dict[str, Variant],
) -> dict[str, Judged]:
    """Per variant: the thresholds from inner out-of-fold scores, the test messages scored."""
    inner: dict[str, list[tuple[Item, float]]] = {name: [] for name in variants}
    for held in folds(train_items, 4, SEED + 1):
        kept = set(held)
        rest = [it for n, it in enumerate(train_items) if n not in kept] + brainstorm
        shown = [train_items[n] for n in held]
        for name, found in scores_for(rest, [i.text for i in shown], variants).items():
            inner[name] += zip(shown, found, strict=True)
    train_found = dict(
        zip(
            [i.text for i in train_items],
            cues(commit, [i.text for i in train_items]),
            strict=True,
        )
    )
    test_found = cues(commit, [i.text for i in test])
    full = scores_for(train_items + brainstorm, [i.text for i in test], variants)
    out: dict[str, Judged] = {}
    for name, v in variants.items():
        ordinary = [s for i, s in inner[name] if not i.risk]
        caught = sorted(s for i, s in inner[name] if i.risk and train_found[i.text] is not None)
        veto = caught[min(int(VETO_Q * len(caught)), len(caught) - 1)]
        alarm = threshold_for(ordinary, v.alarms)
        out[name] = Judged(scored(test, full[name], test_found), alarm, veto)
    return out


def windows(rounds: Iterable[int]) -> list[tuple[int, str, list[str]]]:
    """Per round: the commit before it and the dev files added from then until the next round."""
    out = []
    for n in rounds:
        later = (DATA / f"harm-dev{n + 1}.yaml").exists()
        after = set(dev_files(before_round(n + 1) if later else "HEAD"))
        out.append((n, before_round(n), sorted(after - set(dev_files(before_round(n))))))
    return out


def dev_files(commit: str) -> list[str]:
    """The dev files (never a held-out one) present at ``commit``."""
    names = _git("ls-tree", "--name-only", commit, "tests/data/").decode().split()
    return [p.rsplit("/", 1)[-1] for p in names if DEV_FILE.fullmatch(p.rsplit("/", 1)[-1])]


def decide(m: Scored, judged: Judged, veto: bool) -> bool:
    """The OR as shipped, with round 18's veto when ``veto``."""
    return signposts(m, judged.alarm, judged.veto if veto else None, PROTECTED["serious"])


def report(blocks: list[tuple[str, dict[str, Judged]]], listing: bool) -> list[str]:
    """Per variant: the OR's and the veto's recall and false alarms per block and pooled; whether
    the OR meets the rule (recall per block not lower than shipped's, fewer false alarms)."""
    names = list(blocks[0][1])
    head = " | ".join(name for name, _ in blocks)
    rows = [f"| variant | {head} | pooled | rule |", "|---" * (len(blocks) + 3) + "|"]
    lines: list[str] = []
    base: list[Counts] = []
    for veto in (False, True):
        for name in names:
            per = [Counts() for _ in blocks]
            for counts, (_, judged) in zip(per, blocks, strict=True):
                for m in judged[name].messages:
                    counts.add(m.item.risk, decide(m, judged[name], veto))
            pooled = Counts()
            for c in per:
                pooled.disclosures += c.disclosures
                pooled.caught += c.caught
                pooled.ordinary += c.ordinary
                pooled.alarms += c.alarms
            if name == "shipped" and not veto:
                base = [*per, pooled]
            meets = all(c.caught >= b.caught for c, b in zip(per, base, strict=False)) and (
                pooled.alarms < base[-1].alarms
            )
            cells = " | ".join(f"{c.caught}/{c.disclosures}, {c.alarms}/{c.ordinary}" for c in per)
            label = f"{name}{' + veto' if veto else ''}"
            rows.append(f"| {label} | {cells} | {pooled.cell()} | {'meets' if meets else '-'} |")
            if listing and name != "shipped":
                lines += changes(blocks, name, veto)
    return rows + lines


def changes(blocks: list[tuple[str, dict[str, Judged]]], name: str, veto: bool) -> list[str]:
    """The messages whose decision differs from the shipped OR's."""
    out = []
    for block, judged in blocks:
        base = judged["shipped"]
        for m, b in zip(judged[name].messages, base.messages, strict=True):
            now, then = decide(m, judged[name], veto), decide(b, base, False)
            if now != then:
                what = (
                    ("caught" if now else "LOST") if m.item.risk else ("alarm" if now else "quiet")
                )
                label = f"{name}{' + veto' if veto else ''}"
                out.append(f"{label} {block} {what} {m.score:+.2f}/{b.score:+.2f}: {m.item.text}")
    return out


def split(variants: dict[str, Variant], rounds: list[int]) -> list[tuple[str, dict[str, Judged]]]:
    """The time split's blocks, one per round."""
    blocks = []
    for n, commit, names in windows(rounds):
        train_items, brainstorm = items_at(commit)
        test: list[Item] = []
        for name in names:
            test += parse_file(name, (DATA / name).read_text("utf-8"))
        judged = judge(f"round{n}-{commit[:12]}", (train_items, brainstorm, test), commit, variants)
        alarms = ", ".join(f"{k} {j.alarm:+.2f}/{j.veto:+.2f}" for k, j in judged.items())
        print(f"round {n} ({commit[:7]}; {', '.join(names)}): {alarms}", flush=True)
        blocks.append((f"round {n}", judged))
    return blocks


def out_of_fold(variants: dict[str, Variant]) -> list[tuple[str, dict[str, Judged]]]:
    """Today's dev files in 5 page-grouped folds, today's cues."""
    items, brainstorm = items_at("HEAD")
    brainstorm = [i for i in brainstorm if i.file != FOLLOW_UPS]
    tree = _git("rev-parse", "HEAD:tests/data").decode()[:12]
    blocks = []
    for k, held in enumerate(folds(items, 5, SEED)):
        kept = set(held)
        rest = [it for n, it in enumerate(items) if n not in kept]
        shown = [items[n] for n in held]
        judged = judge(f"fold{k + 1}-{tree}", (rest, brainstorm, shown), None, variants)
        print(f"fold {k + 1}: " + ", ".join(f"{n} {j.alarm:+.2f}" for n, j in judged.items()))
        blocks.append((f"fold {k + 1}", judged))
    return blocks


def main(argv: list[str]) -> int:
    """Print the chosen mode's table."""
    parser = argparse.ArgumentParser(prog="python -m tests.support.risk_variants")
    parser.add_argument("what", choices=["split", "oof"])
    parser.add_argument("--variants", nargs="*", default=list(VARIANTS))
    parser.add_argument("--rounds", type=int, nargs="+", default=list(ROUNDS))
    parser.add_argument("--list", action="store_true", help="decisions changed from shipped's")
    args = parser.parse_args(argv)
    chosen = {name: VARIANTS[name] for name in dict.fromkeys(["shipped", *args.variants])}
    blocks = split(chosen, args.rounds) if args.what == "split" else out_of_fold(chosen)
    print("\n".join(report(blocks, args.list)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
