"""Round 4 of the learnt-model study (docs/risk-learnt.md): may the model veto the cues' findings?

Research only (it needs scikit-learn; the app never imports this module):

    /work/research-venv/bin/python -m tests.support.risk_veto split   # time split, rounds 7-15
    /work/research-venv/bin/python -m tests.support.risk_veto oof     # HEAD, out of fold
    /work/research-venv/bin/python -m tests.support.risk_veto threshold  # the shipped veto

The decision studied, per message (s: the TF-IDF model's score; the finding: the cues'):
signposted when the cues find nothing and s >= alarm (the OR as shipped), or when the cues find
a harm and the veto does not drop it. The veto drops a finding when s < v, the finding names no
protected category (``PROTECTED``) and the message has at least 3 words (the model's own floor,
knowledge/risk_model.py). v is fixed from training data only: the ``q`` quantile of the
out-of-fold scores of the training disclosures the cues (of that time) catch, so that about a
share q of them would have been dropped.

``split``: round 2's time split (tests/support/risk_rounds.py): for round N, the model and the
cues as they were at the parent of the commit that added harm-devN.yaml, the thresholds from
out-of-fold scores of that commit's dev files, scored on today's harm-devN and practice-devN.
``oof``: today's dev files dealt by page into 5 folds (brainstorms training only), today's cues,
which were tuned on these files, so the cues' side of the figure flatters them. ``threshold``:
v for the shipped model (trained on every HEAD dev file and brainstorm), from the same out-of-fold
scores the alarm threshold comes from (risk_model_train). Held-out files are never read.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass

from tests.support.risk_cv import DATA, Counts, Item, folds, out_of_fold, parse_file, train
from tests.support.risk_cv import threshold_for as alarm_for
from tests.support.risk_rounds import _git, before_round, items_at, round_sets

SETTINGS = argparse.Namespace(
    folds=5, inner=4, seed=11, alarms=0.02, model="logreg", words_only=False
)
"""risk_model_train's settings: the shipped model's."""
QUANTILES = (0.0025, 0.005, 0.01, 0.02)
SHIPPED_QUANTILE = 0.005
PROTECTED = {
    "none": frozenset[str](),
    "serious": frozenset(
        {"self-harm-suicide", "sexual-abuse", "threats", "missing", "weapons", "domestic-abuse"}
    ),
}
"""Categories whose findings the veto never drops (the shipped list: knowledge/risk_veto.py)."""
MIN_WORDS = 3
_WORD = re.compile(r"(?u)\b\w\w+\b")
"""knowledge/risk_model.py's words (scikit-learn's token pattern)."""

CATEGORIES_CHILD = """
import json, sys
import knowledge.loader
assert knowledge.loader.__file__.startswith(sys.argv[1]), knowledge.loader.__file__
detector = knowledge.loader.load_knowledge().risk_detector
found = [detector.detect(t) for t in json.load(sys.stdin)]
print(json.dumps([None if f is None else list(f.categories) for f in found]))
"""


@dataclass(frozen=True)
class Scored:
    """One message: its label, the model's out-of-sample score, the cues' categories (None: the
    cues found nothing), its word count."""

    item: Item
    score: float
    found: tuple[str, ...] | None
    words: int


def categories_at(commit: str | None, texts: list[str]) -> list[tuple[str, ...] | None]:
    """The categories the cue detector of ``commit`` (None: this tree's) finds in each text."""
    if commit is None:
        from knowledge.loader import load_knowledge  # noqa: PLC0415 (only for this mode)

        detector = load_knowledge().risk_detector
        found = [detector.detect(t) for t in texts]
        return [None if f is None else f.categories for f in found]
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=io.BytesIO(_git("archive", commit, "knowledge"))) as tar:
            tar.extractall(tmp, filter="data")
        run = subprocess.run(
            [sys.executable, "-c", CATEGORIES_CHILD, tmp],
            cwd=tmp,
            env={**os.environ, "PYTHONPATH": tmp},
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            check=True,
        )
    return [None if c is None else tuple(c) for c in json.loads(run.stdout)]


def scored(items: list[Item], scores: Iterable[float], commit: str | None) -> list[Scored]:
    """The items with their scores and the categories the cues of ``commit`` find."""
    found = categories_at(commit, [i.text for i in items])
    return [
        Scored(i, s, f, len(_WORD.findall(i.text[:4000])))
        for i, s, f in zip(items, scores, found, strict=True)
    ]


@dataclass(frozen=True)
class Limits:
    """The alarm threshold and the veto thresholds per quantile, from training data only."""

    alarm: float
    veto: dict[float, float]


def limits_from(inner: list[Scored]) -> Limits:
    """Thresholds from out-of-fold scores of training items (their cues' categories known)."""
    alarm = alarm_for([s.score for s in inner if not s.item.risk], SETTINGS.alarms)
    caught = sorted(s.score for s in inner if s.item.risk and s.found is not None)
    veto = {q: caught[min(int(q * len(caught)), len(caught) - 1)] for q in QUANTILES}
    return Limits(alarm, veto)


def signposts(m: Scored, alarm: float, veto: float | None, protected: frozenset[str]) -> bool:
    """The decision: the OR as shipped, with the cues' finding dropped when vetoed."""
    if m.found is None:
        return m.words >= MIN_WORDS and m.score >= alarm
    if veto is None or m.words < MIN_WORDS or protected & set(m.found):
        return True
    return m.score >= veto


def fitted(train_items: list[Item], brainstorm: list[Item]) -> tuple[list[Item], list[float]]:
    """Out-of-fold scores of ``train_items`` (inner folds by page; brainstorms always training)."""
    pairs = out_of_fold(train_items, brainstorm, SETTINGS)
    return [i for i, _ in pairs], [s for _, s in pairs]


def time_split(rounds: list[int]) -> list[tuple[str, list[Scored], Limits]]:
    """Per round: today's harm-devN and practice-devN scored by the model and cues of before."""
    blocks = []
    for n in rounds:
        commit = before_round(n)
        names = round_sets(n)
        train_items, brainstorm = items_at(commit)
        train_items = [i for i in train_items if i.file not in names]
        inner_items, inner_scores = fitted(train_items, brainstorm)
        limits = limits_from(scored(inner_items, inner_scores, commit))
        every = train_items + brainstorm
        scorer = train([i.text for i in every], [i.risk for i in every], "logreg", SETTINGS.seed)
        test: list[Item] = []
        for name in names:
            test += parse_file(name, (DATA / name).read_text("utf-8"))
        blocks.append((f"round {n}", scored(test, scorer([i.text for i in test]), commit), limits))
        print(f"round {n} ({commit[:7]}): alarm {limits.alarm:+.2f}, veto {limits.veto}")
    return blocks


def cross_validated() -> list[tuple[str, list[Scored], Limits]]:
    """Today's dev files by page-grouped folds, today's cues."""
    items, brainstorm = items_at("HEAD")
    blocks = []
    for k, held in enumerate(folds(items, SETTINGS.folds, SETTINGS.seed)):
        kept = set(held)
        rest = [it for n, it in enumerate(items) if n not in kept]
        inner_items, inner_scores = fitted(rest, brainstorm)
        limits = limits_from(scored(inner_items, inner_scores, None))
        every = rest + brainstorm
        scorer = train([i.text for i in every], [i.risk for i in every], "logreg", SETTINGS.seed)
        shown = [items[n] for n in held]
        blocks.append(
            (f"fold {k + 1}", scored(shown, scorer([i.text for i in shown]), None), limits)
        )
        print(f"fold {k + 1}: alarm {limits.alarm:+.2f}, veto {limits.veto}")
    return blocks


def table(blocks: list[tuple[str, list[Scored], Limits]], listing: bool) -> list[str]:
    """Recall and false alarms per configuration, over every block together; with ``listing``,
    the disclosures each veto hid and the false alarms it removed."""
    rows = ["| decision | recall | false alarms |", "|---|---|---|"]
    configs: list[tuple[str, float | None, str]] = [("OR (as shipped)", None, "none")]
    configs += [(f"veto q={q:g}, protect {p}", q, p) for q in QUANTILES for p in PROTECTED]
    lines: list[str] = []
    for name, q, p in configs:
        counts = Counts()
        for _, block, limits in blocks:
            for m in block:
                veto = None if q is None else limits.veto[q]
                fired = signposts(m, limits.alarm, veto, PROTECTED[p])
                counts.add(m.item.risk, fired)
                if listing and q is not None and m.found is not None and not fired:
                    kind = "HIDDEN" if m.item.risk else "removed"
                    lines.append(f"{name}: {kind} {m.score:+.2f} {m.item.file}: {m.item.text}")
        rows.append(f"| {name} | {counts.cell()} |")
    return rows + lines


def main(argv: list[str]) -> int:
    """Print the chosen mode's table (or the shipped veto threshold)."""
    parser = argparse.ArgumentParser(prog="python -m tests.support.risk_veto")
    parser.add_argument("what", choices=["split", "oof", "threshold"])
    parser.add_argument("--rounds", type=int, nargs="+", default=list(range(7, 16)))
    parser.add_argument("--list", action="store_true", help="what each veto hid and removed")
    args = parser.parse_args(argv)
    if args.what == "threshold":
        items, brainstorm = items_at("HEAD")
        inner_items, inner_scores = fitted(items, brainstorm)
        limits = limits_from(scored(inner_items, inner_scores, None))
        print(f"alarm {limits.alarm:+.4f}; veto per quantile of caught training disclosures:")
        for q, v in limits.veto.items():
            print(f"  q={q:g}: {v:+.4f}{'  (shipped)' if q == SHIPPED_QUANTILE else ''}")
        if args.list:
            shipped = limits.veto[SHIPPED_QUANTILE]
            protected = PROTECTED["serious"]
            for m in scored(inner_items, inner_scores, None):
                if m.found is not None and not signposts(m, limits.alarm, shipped, protected):
                    kind = "HIDDEN" if m.item.risk else "removed"
                    print(f"{kind} {m.score:+.2f} {m.found} {m.item.file}: {m.item.text}")
        return 0
    blocks = time_split(args.rounds) if args.what == "split" else cross_validated()
    print("\n".join(table(blocks, args.list)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
