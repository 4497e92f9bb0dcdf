"""Round 2 of the learnt-model study (docs/risk-learnt.md): suppressor, OR and both, fairly timed.

``python -m tests.support.risk_rounds split [--words-only]``: for each of rounds 7, 8 and 9, the
cues as they were just before harm-devN.yaml arrived (the parent of the commit that added it; its
``knowledge/`` extracted to a temporary directory and run in a child process) and a model trained
only on the dev sets and brainstorms of that same commit, its thresholds chosen inside that
training data; both scored on today's harm-devN and practice-devN, which neither has seen.

``--rounds 10 11 12 13 14 15`` runs later rounds the same way (practice-devN only where it exists).
After each table: how well the model's score ranks (tests/support/risk_ranking.py). The model is
the TF-IDF one of tests/support/risk_cv.py unless a caller passes another (``split(args,
trainer_at)``: tests/support/risk_embed.py, round 3, sentence embeddings).

``python -m tests.support.risk_rounds cost [--words-only]``: training time, time per message.

``python -m tests.support.risk_rounds probe [--words-only]``: the context probe (NEUTRAL_40 below,
written before any score was seen) and what the suppressor would cost on today's dev sets
(leave-source-out cross-validation with today's cues, which were tuned on them).

Decisions compared, per message (s: the model's score, cue: the cue detector fired):
cues; model (s >= alarm); suppressor (cue and s >= hide); OR (cue or s >= alarm); both
((cue and s >= hide) or s >= alarm). Thresholds, all from out-of-fold scores on the training data:
alarm keeps training false alarms <= --alarms (2%); hide is the lowest score of any training
disclosure (hides none of them), hide1% hides at most 1% of them. Held-out files are never read.
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
import time
from collections.abc import Callable
from dataclasses import dataclass

from knowledge.loader import load_knowledge
from tests.support.risk_cv import (
    DATA,
    NEUTRAL_CONTEXT,
    Counts,
    Item,
    Scorer,
    Trainer,
    folds,
    out_of_fold,
    parse_file,
    tfidf_trainer,
    threshold_for,
)
from tests.support.risk_ranking import Scored, ranking_line

ROOT = DATA.parents[1]
ROUNDS = (7, 8, 9)
DEV_FILE = re.compile(r"(harm|practice)-dev\d*\.yaml|dev-questions\d*\.yaml")

# Written by learnt-2 on 1 December before any score of this round was seen: what a practitioner
# types as context about a particular child or adult, with no sign of harm in it.
NEUTRAL_40 = [
    "she is 9 and in year 4 at Oakfield Primary",
    "his mum is a nurse and works nights at the infirmary",
    "they live in a flat above the shop on Station Road",
    "her dad is in the army and is posted abroad until March",
    "he has two older sisters and a baby brother",
    "the family came over from Romania two years ago",
    "her nan looks after her after school on Tuesdays",
    "his parents both work full time so he goes to breakfast club",
    "she wants to be a vet when she leaves school",
    "he is doing his GCSEs this summer and is predicted good grades",
    "mum has given consent for us to talk to the school nurse",
    "dad said he is fine with the referral to speech and language",
    "she has asthma and keeps an inhaler in her bag",
    "he wears glasses and sits at the front of the class",
    "the boy is 16 and has just started at college",
    "her mum is expecting another baby in June",
    "they have a dog called Biscuit and two cats",
    "he plays football for the under 12s on Saturdays",
    "she moved schools in September because the family moved house",
    "his grandad is his main carer during the summer holidays",
    "the health visitor saw the baby last week for the 8 week check",
    "mum is 24 and this is her first child",
    "he has type 1 diabetes and the school has a care plan",
    "she goes to her dad's every other weekend",
    "the family are on the waiting list for a bigger council house",
    "his older brother is at university in Manchester",
    "she is learning English and her reading is coming on well",
    "the social worker is on leave until the 14th so I spoke to her manager",
    "yes, she agreed to us sharing it with the GP",
    "no, dad has not been told about the meeting yet",
    "he is 78 and lives on his own in a bungalow",
    "her daughter visits her every Sunday and does her shopping",
    "the care agency comes in twice a day to help him wash and dress",
    "he was diagnosed with dementia last year and his wife manages the bills",
    "she uses a wheelchair and has a carer from the council",
    "her son has power of attorney for her finances",
    "the resident moved into the home in October and has settled in well",
    "the parents are separated but both come to parents evening",
    "his key worker at the nursery is called Jo",
    "mum phoned to say he will be off tomorrow with a cold",
]


@dataclass(frozen=True)
class Thresholds:
    """The model's thresholds, chosen on out-of-fold scores of the training data only."""

    alarm: float
    hide: float
    hide1: float


Decide = Callable[[bool, float, Thresholds], bool]
METHODS: dict[str, Decide] = {
    "cues": lambda cue, s, t: cue,
    "model": lambda cue, s, t: s >= t.alarm,
    "suppressor": lambda cue, s, t: cue and s >= t.hide,
    "suppressor (hide1%)": lambda cue, s, t: cue and s >= t.hide1,
    "OR": lambda cue, s, t: cue or s >= t.alarm,
    "both": lambda cue, s, t: (cue and s >= t.hide) or s >= t.alarm,
}


def hide_threshold(disclosure_scores: list[float], share: float) -> float:
    """The score below which at most ``share`` of the training disclosures lie (0: none)."""
    ordered = sorted(disclosure_scores)
    return ordered[min(int(share * len(ordered)), len(ordered) - 1)]


TrainerAt = Callable[[str], Trainer]
"""The model to train with the data of a commit (its cues of that time, if it uses them)."""


def fit(
    train_items: list[Item],
    extra: list[Item],
    args: argparse.Namespace,
    trainer: Trainer | None = None,
) -> tuple[Scorer, Thresholds]:
    """A model trained on ``train_items`` + ``extra`` and its thresholds (from inner folds); the
    model is ``trainer``'s, by default the TF-IDF model of ``args``."""
    fit_model = trainer or tfidf_trainer(args)
    inner = out_of_fold(train_items, extra, args, fit_model)
    ordinary = [s for i, s in inner if not i.risk]
    disclosures = [s for i, s in inner if i.risk]
    limits = Thresholds(
        threshold_for(ordinary, args.alarms),
        hide_threshold(disclosures, 0.0),
        hide_threshold(disclosures, 0.01),
    )
    every = train_items + extra
    return fit_model([i.text for i in every], [i.risk for i in every]), limits


def _git(*argv: str) -> bytes:
    return subprocess.run(["git", *argv], cwd=ROOT, check=True, capture_output=True).stdout


def before_round(n: int) -> str:
    """The commit just before harm-dev{n}.yaml was added."""
    added = _git("log", "--diff-filter=A", "--format=%H", "--", f"tests/data/harm-dev{n}.yaml")
    return _git("rev-parse", f"{added.split()[-1].decode()}^").decode().strip()


def items_at(commit: str) -> tuple[list[Item], list[Item]]:
    """The dev items and the brainstorm items as they were at ``commit``."""
    scored: list[Item] = []
    brainstorm: list[Item] = []
    for path in _git("ls-tree", "--name-only", commit, "tests/data/").decode().split():
        name = path.rsplit("/", 1)[-1]
        if "holdout" in name:
            continue  # held out: never read
        if DEV_FILE.fullmatch(name):
            scored += parse_file(name, _git("show", f"{commit}:{path}").decode())
        elif name.startswith("risk-brainstorm"):
            brainstorm += parse_file(name, _git("show", f"{commit}:{path}").decode())
    return scored, brainstorm


CUES_CHILD = """
import json, sys
import knowledge.loader
assert knowledge.loader.__file__.startswith(sys.argv[1]), knowledge.loader.__file__
detector = knowledge.loader.load_knowledge().risk_detector
print(json.dumps([detector.detect(t) is not None for t in json.load(sys.stdin)]))
"""


def cues_at(commit: str, texts: list[str]) -> list[bool]:
    """Whether the cue detector of ``commit`` (its own knowledge code and packs) fires on each."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = io.BytesIO(_git("archive", commit, "knowledge"))
        with tarfile.open(fileobj=archive) as tar:
            tar.extractall(tmp, filter="data")
        env = {**os.environ, "PYTHONPATH": tmp}
        run = subprocess.run(
            [sys.executable, "-c", CUES_CHILD, tmp],
            cwd=tmp,
            env=env,
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            check=True,
        )
    fired: list[bool] = json.loads(run.stdout)
    return fired


def cues_today(texts: list[str]) -> list[bool]:
    """Whether today's cue detector fires on each text."""
    detector = load_knowledge().risk_detector
    return [detector.detect(t) is not None for t in texts]


@dataclass
class Tally:
    """Counts per method and set; the disclosures a suppressor hid and the alarms it removed; what
    the model added to the cues in the OR (disclosures caught, alarms raised)."""

    counts: dict[tuple[str, str], Counts]
    hidden: list[tuple[str, str, str]]
    removed: list[tuple[str, str, str]]
    added: list[tuple[str, str, str]]
    scored: dict[str, list[Scored]]

    @classmethod
    def empty(cls) -> Tally:
        """No item counted yet."""
        return cls({}, [], [], [], {})

    def add(self, item: Item, cue: bool, score: float, limits: Thresholds, sets: list[str]) -> None:
        """Count one scored item under every method, in each named set."""
        for name in sets:
            self.scored.setdefault(name, []).append(Scored(item.risk, score, cue))
        for method, decide in METHODS.items():
            fired = decide(cue, score, limits)
            for name in sets:
                self.counts.setdefault((method, name), Counts()).add(item.risk, fired)
            if method.startswith("suppressor") and cue and not fired:
                (self.hidden if item.risk else self.removed).append((method, item.file, item.text))
            if method == "OR" and fired and not cue:
                kind = "disclosure caught" if item.risk else "alarm raised"
                self.added.append((kind, item.file, f"{score:+.2f} {item.text}"))

    def listing(self) -> list[str]:
        """The disclosures each suppressor hid, then the false alarms it removed."""
        return (
            [f"HIDDEN by {m} ({n}): {t}" for m, n, t in self.hidden]
            + [f"alarm removed by {m} ({n}): {t}" for m, n, t in self.removed]
            + [f"OR, {k} by the model alone ({n}): {t}" for k, n, t in self.added]
        )

    def ranking(self, sets: list[str]) -> list[str]:
        """Per set, how well the model's score ranks (tests/support/risk_ranking.py)."""
        return [ranking_line(name, self.scored[name]) for name in sets]

    def table(self, sets: list[str]) -> list[str]:
        """Markdown rows: one per method, recall and false alarms per set."""
        head = " | ".join(f"{n} recall | {n} alarms" for n in sets)
        rows = [f"| method | {head} |", "|---" * (1 + 2 * len(sets)) + "|"]
        for method in METHODS:
            cells = " | ".join(self.counts[method, n].cell() for n in sets)
            rows.append(f"| {method} | {cells} |")
        return rows


def round_sets(n: int) -> list[str]:
    """The files round ``n`` scores: harm-devN.yaml and practice-devN.yaml where it exists."""
    names = [f"harm-dev{n}.yaml", f"practice-dev{n}.yaml"]
    return [name for name in names if (DATA / name).exists()]


def split(args: argparse.Namespace, trainer_at: TrainerAt | None = None) -> int:
    """The time split: one table per round, then the disclosures a suppressor hid. The model is
    ``trainer_at``'s for each round's commit, by default the TF-IDF model of ``args``."""
    overall = Tally.empty()
    together = f"rounds {args.rounds[0]}-{args.rounds[-1]}"
    for n in args.rounds:
        commit = before_round(n)
        scored = round_sets(n)
        train_items, brainstorm = items_at(commit)
        train_items = [i for i in train_items if i.file not in scored]
        test: list[Item] = []
        for name in scored:
            test += parse_file(name, (DATA / name).read_text("utf-8"))
        texts = [i.text for i in test]
        scorer, limits = fit(train_items, brainstorm, args, trainer_at and trainer_at(commit))
        tally = Tally.empty()
        then = cues_at(commit, texts)
        for item, cue, score in zip(test, then, scorer(texts), strict=True):
            sets = [item.file.split("-")[0], "all"]
            tally.add(item, cue, score, limits, sets)
            overall.add(item, cue, score, limits, [f"round {n}", together])
        now = Tally.empty()
        for item, cue in zip(test, cues_today(texts), strict=True):
            now.counts.setdefault(("cues", "all"), Counts()).add(item.risk, cue)
        print(
            f"\n## round {n}: cues and training data of {commit[:7]} "
            f"({len(train_items)} dev items + {len(brainstorm)} brainstorm), "
            f"alarm {limits.alarm:+.2f}, hide {limits.hide:+.2f}, hide1% {limits.hide1:+.2f}"
        )
        sets = [*(name.split("-")[0] for name in scored), "all"]
        print("\n".join(tally.table(sets) + tally.ranking(sets)))
        print(f"(today's cues, tuned on these sets: {now.counts['cues', 'all'].cell()})")
    print("\n## all rounds")
    every = [f"round {n}" for n in args.rounds] + [together]
    print("\n".join(overall.table(every) + overall.ranking(every)))
    print("\n".join(overall.listing()))
    return 0


def probe(args: argparse.Namespace, trainer_at: TrainerAt | None = None) -> int:
    """Neutral lines about a person, and the suppressor's cost on today's dev sets. The model is
    ``trainer_at("HEAD")``, by default the TF-IDF model of ``args``."""
    trainer = trainer_at("HEAD") if trainer_at else tfidf_trainer(args)
    scored, brainstorm = items_at("HEAD")
    scorer, limits = fit(scored, brainstorm, args, trainer)
    print(f"trained on every dev item: alarm {limits.alarm:+.2f}, hide {limits.hide:+.2f}")
    for label, lines in (("NEUTRAL_40", NEUTRAL_40), ("first study's 20", NEUTRAL_CONTEXT)):
        fired = dict.fromkeys(METHODS, 0)
        for text, cue, score in zip(lines, cues_today(lines), scorer(lines), strict=True):
            hit = [m for m, decide in METHODS.items() if decide(cue, score, limits)]
            for m in hit:
                fired[m] += 1
            print(f"{score:+6.2f} {','.join(hit) or '-':40} {text}")
        print(
            f"{label}: signposted " + ", ".join(f"{m} {k}/{len(lines)}" for m, k in fired.items())
        )
    cue_fired = cues_today([i.text for i in scored])
    tally = Tally.empty()
    for held in folds(scored, args.folds, args.seed):
        held_set = set(held)
        rest = [it for k, it in enumerate(scored) if k not in held_set]
        fold_scorer, fold_limits = fit(rest, brainstorm, args, trainer)
        shown = [scored[k] for k in held]
        for k, item, score in zip(held, shown, fold_scorer([i.text for i in shown]), strict=True):
            tally.add(item, cue_fired[k], score, fold_limits, ["dev sets (cues tuned on them)"])
    print("\n".join(tally.table(["dev sets (cues tuned on them)"])))
    print("\n".join(tally.listing()))
    return 0


def cost(args: argparse.Namespace) -> int:
    """Time to train on every item, and to score one message at a time (scikit-learn)."""
    scored, brainstorm = items_at("HEAD")
    every = scored + brainstorm
    start = time.perf_counter()
    scorer = tfidf_trainer(args)([i.text for i in every], [i.risk for i in every])
    trained = time.perf_counter() - start
    each: list[float] = []
    for item in scored[::5]:
        start = time.perf_counter()
        scorer([item.text])
        each.append((time.perf_counter() - start) * 1000)
    each.sort()
    chars = sum(len(i.text) for i in scored[::5]) / len(each)
    print(
        f"trained on {len(every)} items in {trained:.1f} s; one message (mean {chars:.0f} chars): "
        f"median {each[len(each) // 2]:.2f} ms, p99 {each[int(len(each) * 0.99)]:.2f} ms"
    )
    return 0


def main(argv: list[str]) -> int:
    """Run the time split or the probe."""
    parser = argparse.ArgumentParser(prog="python -m tests.support.risk_rounds")
    parser.add_argument("what", choices=["split", "probe", "cost"])
    parser.add_argument("--rounds", type=int, nargs="+", default=list(ROUNDS))
    parser.add_argument("--words-only", action="store_true", help="no character n-grams")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--inner", type=int, default=4)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--alarms", type=float, default=0.02)
    parser.add_argument("--model", choices=["logreg", "svm", "sgd"], default="logreg")
    args = parser.parse_args(argv)
    return {"split": split, "probe": probe, "cost": cost}[args.what](args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
