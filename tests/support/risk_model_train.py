"""Train the learnt second opinion the app ships (docs/risk-learnt.md, "Adopted (round 17)").

Research environment only (it needs scikit-learn; the app never imports this module):

    /work/research-venv/bin/python -m tests.support.risk_model_train [--misses]
        [--variant NAME] [--out DIR] [--at COMMIT] [--like MODEL_FILE]
        [--table [--against MODEL_FILE]...]

It trains exactly the model the lead measured on the held-out sets (`risk_embed holdout --model
tfidf`): round 2's variant A (risk_cv.pipeline, "logreg") on every dev item and brainstorm of HEAD,
held-out files skipped by name (risk_rounds.items_at), with the alarm threshold fixed from
out-of-fold scores of that data (risk_rounds.fit: <= 2% training false alarms, seed 11). It writes
the one file the app reads without scikit-learn, knowledge/models/risk-tfidf.bin.gz
(knowledge/risk_model_file.py: per vectorizer the vocabulary, each feature's idf and classifier
weight; the intercept; the threshold; the format version; the training files), and beside it
risk-tfidf-check.json: the scikit-learn scores of about 200 dev texts, which
tests/knowledge/test_risk_model.py compares with the pure-Python scorer's. ``--misses`` prints the
dev disclosures the cues miss whose out-of-fold score reaches the threshold (the OR's additions, not
in-sample). ``--table`` prints, per dev file and pooled over the files an earlier model was trained
on and the fresh ones, what the cues catch alone and what the OR catches out of fold (round 29);
with ``--against MODEL_FILE`` (repeatable) also the OR with that model file, as the app scores it,
on the files it was not trained on (a time split: for the shipped file, its fresh figures). ``--at
COMMIT`` trains on the dev data as it was at COMMIT (a model for a time split). ``--like
MODEL_FILE`` trains on only the files MODEL_FILE records (round 29: with the shipped file, the same
vocabulary, idf and threshold, weights within 1e-12). ``--variant`` trains one of
risk_variants.VARIANTS instead of the shipped one (``SHIPPED``; round 20 compared them and shipped
none, docs/risk-learnt.md "Round 5"), ``--out`` writes elsewhere. The shipped variant builds exactly
risk_cv.pipeline's model (checked in round 20: same weights, same scores) and skips
risk-brainstorm-32 (training negatives only the ``follow-ups`` variant reads). The shipped file was
trained before harm-dev16 arrived (61 files, alarm +1.8737); round 20 retrained on the data of its
HEAD (before harm-dev17: alarm +1.7453; not shipped); round 29 (branch model29) on the data of
4d62fed (97 files, alarm +1.8868), for the lead to measure held out.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

from knowledge.risk_model import MIN_WORDS, load_risk_model
from knowledge.risk_model_file import model_bytes, model_data, read_model
from knowledge.risk_model_text import TOKEN
from tests.support.risk_cv import Counts, Item, Scorer
from tests.support.risk_rounds import cues_today, fit, items_at
from tests.support.risk_variants import FOLLOW_UPS, VARIANTS, Variant, pipeline_for

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "knowledge" / "models"
MODEL_FILE = MODELS / "risk-tfidf.bin.gz"
CHECK_FILE = MODELS / "risk-tfidf-check.json"
SETTINGS = argparse.Namespace(folds=5, inner=4, seed=11, alarms=0.02)
"""risk_embed's defaults, as the lead ran `holdout --model tfidf`."""
CHECKED = 200
SHIPPED = "shipped"
"""The variant shipped (tests/support/risk_variants.py, VARIANTS)."""


class Recording:
    """risk_embed's TF-IDF trainer (risk_cv.train, "logreg"), keeping the last pipeline and every
    out-of-fold score it gives (fit's last call trains on everything)."""

    def __init__(self, variant: Variant) -> None:
        self.variant = variant
        self.last: Any = None
        self.scored: dict[str, float] = {}

    def __call__(self, texts: list[str], labels: list[bool]) -> Scorer:
        pipe = pipeline_for(texts, labels, self.variant)
        self.last = pipe

        def score(batch: list[str]) -> list[float]:
            found = [float(s) for s in pipe.decision_function(batch)]
            self.scored.update(zip(batch, found, strict=True))
            return found

        return score


def vectorizer(part: Any, weights: Any) -> dict[str, Any]:
    """One vectorizer's vocabulary in index order, its idf and weight per feature."""
    terms = sorted(part.vocabulary_, key=part.vocabulary_.__getitem__)
    return {
        "analyzer": part.analyzer,
        "ngram_range": list(part.ngram_range),
        "terms": terms,
        "idf": [float(x) for x in part.idf_],
        "weight": [float(x) for x in weights],
    }


def export(pipe: Any, threshold: float, files: list[str]) -> dict[str, Any]:
    """The model as plain data (`knowledge.risk_model_file.model_data` reads it)."""
    union, clf = pipe.steps[0][1], pipe.steps[1][1]
    coef = clf.coef_[0]
    parts = []
    start = 0
    for _, part in union.transformer_list:
        size = len(part.vocabulary_)
        parts.append(vectorizer(part, coef[start : start + size]))
        start += size
    assert start == len(coef)
    return {
        "intercept": float(clf.intercept_[0]),
        "threshold": threshold,
        "vectorizers": parts,
        "trained_on": files,
    }


def speaks(text: str, score: float, alarm: float) -> bool:
    """Whether the app would take ``score`` as the model's finding (its 3-word floor)."""
    return len(TOKEN.compiled.findall(text)) >= MIN_WORDS and score >= alarm


def matched_alarm(scored: list[Item], out_of_fold: dict[str, float], earlier: Any) -> float:
    """Round 52's rule: the highest alarm at which the OR's out-of-fold recall on the dev
    disclosures the cues miss is at least ``earlier``'s (a model file) on the cue-missed dev
    disclosures of the files it was not trained on (the app's 3-word floor in both)."""
    missed = [i for i in scored if i.risk]
    cues = cues_today([i.text for i in missed])
    missed = [i for i, cue in zip(missed, cues, strict=True) if not cue]
    fresh = [i for i in missed if i.file not in earlier.trained_on]
    recall = sum(earlier.fires(i.text) for i in fresh) / len(fresh)
    ranked = sorted(
        (out_of_fold[i.text] for i in missed if i.text in out_of_fold and speaks(i.text, 0.0, 0.0)),
        reverse=True,
    )
    needed = math.ceil(recall * sum(i.text in out_of_fold for i in missed) - 1e-9)
    print(
        f"recall to match {recall:.4f} ({len(fresh)} fresh cue misses): {needed} of {len(ranked)}"
    )
    return ranked[max(needed, 1) - 1]


def table(
    scored: list[Item], out_of_fold: dict[str, float], alarm: float, against: list[Path]
) -> list[str]:
    """Per dev file: the cues alone, the OR out of fold and, for each model file of ``against``,
    the OR with it on the files it was not trained on (a time split); then pooled over the files
    the shipped file was trained on ("old"), the others ("fresh"), and the files no model of
    ``against`` was trained on ("new to all")."""
    shipped = load_risk_model(MODEL_FILE)
    earlier = [load_risk_model(path) for path in against]
    cues = dict(zip([i.text for i in scored], cues_today([i.text for i in scored]), strict=True))
    columns = ["cues", "OR out of fold", *(f"OR {path.parent.name}" for path in against)]
    per_file: dict[str, list[Counts]] = {}
    pooled: dict[str, list[Counts]] = {}
    for item in scored:
        if item.text not in out_of_fold:
            continue
        cue = cues[item.text]
        fired = [
            cue,
            cue or speaks(item.text, out_of_fold[item.text], alarm),
            *(None if item.file in m.trained_on else cue or m.fires(item.text) for m in earlier),
        ]
        groups = [per_file.setdefault(item.file, [Counts() for _ in columns])]
        group = "old" if item.file in shipped.trained_on else "fresh"
        groups.append(pooled.setdefault(group, [Counts() for _ in columns]))
        if earlier and None not in fired:
            groups.append(pooled.setdefault("new to all", [Counts() for _ in columns]))
        for counts in groups:
            for n, hit in enumerate(fired):
                if hit is not None:
                    counts[n].add(item.risk, hit)
    rows = [
        " | ".join(["file", *(f"{c} {part}" for c in columns for part in ("caught", "alarms"))])
    ]
    for name, counts in [
        *sorted(per_file.items()),
        *(("pooled " + k, v) for k, v in pooled.items()),
    ]:
        cells = [c.cell() if c.disclosures + c.ordinary else "- | -" for c in counts]
        rows.append(" | ".join([name, *cells]))
    return rows


def main(argv: list[str]) -> int:
    """Train, write the model and the check scores; with --misses, list the OR's additions."""
    parser = argparse.ArgumentParser(prog="python -m tests.support.risk_model_train")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--variant", choices=list(VARIANTS), default=SHIPPED)
    parser.add_argument("--out", type=Path, default=MODELS, help="folder to write the files to")
    parser.add_argument("--table", action="store_true", help="out-of-fold figures per dev file")
    parser.add_argument(
        "--against", type=Path, action="append", default=[], help="with --table: a model file"
    )
    parser.add_argument("--at", default="HEAD", help="train on the dev data of this commit")
    parser.add_argument("--like", type=Path, help="train on the files this model file records")
    parser.add_argument(
        "--match-recall", type=Path, help="alarm at this model file's recall on cue misses"
    )
    args = parser.parse_args(argv)
    variant = VARIANTS[args.variant]
    scored, brainstorm = items_at(args.at)
    if args.like:
        names = set(read_model(args.like.read_bytes()).trained_on)
        scored = [i for i in scored if i.file in names]
        brainstorm = [i for i in brainstorm if i.file in names]
    if not variant.follow_ups:
        brainstorm = [i for i in brainstorm if i.file != FOLLOW_UPS]
    settings = argparse.Namespace(**{**vars(SETTINGS), "alarms": variant.alarms})
    recording = Recording(variant)
    _, limits = fit(scored, brainstorm, settings, recording)
    out_of_fold = dict(recording.scored)
    pipe = recording.last
    alarm = limits.alarm
    if args.match_recall:
        alarm = matched_alarm(scored, out_of_fold, load_risk_model(args.match_recall))
        print(f"alarm {limits.alarm:+.4f} by <= 2% out-of-fold false alarms; matched {alarm:+.4f}")
    every: list[Item] = scored + brainstorm
    files = sorted({i.file for i in every})
    model = export(pipe, alarm, files)
    args.out.mkdir(parents=True, exist_ok=True)
    model_file = args.out / MODEL_FILE.name
    model_file.write_bytes(model_bytes(model_data(model)))
    sample = sorted({i.text for i in every})[:: max(1, len(every) // CHECKED)][:CHECKED]
    sample += [
        "",
        "   ",
        "Hi!!",
        "é ÉCOLE café naïve",
        "a\tb\n\nc  d",
        "x" * 3000,
        "İstanbul STRASSE ǅ",
    ]
    check = {"scores": [float(s) for s in pipe.decision_function(sample)], "texts": sample}
    (args.out / CHECK_FILE.name).write_text(json.dumps(check, ensure_ascii=False, indent=0) + "\n")
    print(
        f"trained on {len(every)} items ({len(files)} files); alarm {alarm:+.4f}; "
        f"{sum(len(p['terms']) for p in model['vectorizers'])} features; "
        f"{model_file.stat().st_size} bytes ({args.variant})"
    )
    if args.misses:
        disclosures = [i for i in scored if i.risk and i.text in out_of_fold]
        cues = cues_today([i.text for i in disclosures])
        for item, cue in zip(disclosures, cues, strict=True):
            if not cue and out_of_fold[item.text] >= alarm:
                print(f"{out_of_fold[item.text]:+.2f} {item.file}: {item.text}")
    if args.table:
        print("\n".join(table(scored, out_of_fold, alarm, args.against)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
