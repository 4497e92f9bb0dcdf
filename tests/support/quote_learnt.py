"""Does a learnt verifier of (question, candidate entry) pairs generalise where the gates did not?

Research only (scikit-learn, the ``research`` extra; the app never imports this module):

    /work/research-venv/bin/python -m tests.support.quote_learnt [cv|split|both] [--misses]

docs/matcher.md, "Round 18: a learnt verifier", has the method and the figures. In short:

- **Items**: every development labelled set (tests/data/practice-dev*, dev-questions, the
  harm-dev* ordinary items that mention sharing, consent or disclosing, and the labelled files
  under tests/knowledge/data/), first copy of a text kept. Held-out files are never read.
- **Candidates**: each item goes through today's whole assistant (`Assistant.decide`, the first
  turn of a returning person's conversation, as `infoshare eval`), and every result the matcher
  hands the assistant (`QAAnswers.match`) is recorded: its answer and suggestions are the
  candidates, labelled 1 when the set lists the entry as answering the item.
- **Model**: logistic regression (C=10, balanced classes; fixed before any score) on the
  question's TF-IDF word 1-2-grams, shared and crossed with the candidate's entry (one word
  model per entry beside a shared one), char_wb 3-5-grams (shared), a bias per entry, and the
  matcher's own view of the candidate: its score, rank, whether it was the answer, whether the
  gate withheld the result, its lead over the next candidate and its gap to the first.
- **Uses**: (a) veto: a quote the verifier scores under the veto threshold becomes "related
  questions" (withheld); (b) rescue: a result with suggestions and no answer, topic or chatter,
  of 3 words or more, whose first suggestion the verifier scores at or above the rescue
  threshold, is quoted; (c) both. Each is run through the whole assistant again (the matcher's
  result replaced in `QAAnswers.match`), so what a person would see is what is counted.
- **Thresholds, fixed from training out-of-fold scores only** (inner 4-fold split by group):
  veto: the 1st percentile of the scores of the quotes the assistant gets right in training
  (vetoes at most 1% of them); rescue: just above the highest score of any wrong first
  suggestion among training rescue candidates (rescues no training item wrongly).
- **Measured**: ``cv``: 5 folds by group (page, else file and labelled entries), seed 11;
  ``split``: trained on the files added before practice-dev10 (rounds 1-9), scored on those
  added since (practice-dev10..14, harm-dev10..15, the round 14 and 15 probes). The matcher is
  today's, tuned on every one of these files, so its figures flatter it.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:
    from bot.core import Core, build_core
except ModuleNotFoundError:  # a tree from before bot.core (round 4 and earlier), for --history
    from bot.app import Core, build_core  # type: ignore[attr-defined,no-redef,unused-ignore]
from dialogs.evaluation import assistant_judge
from knowledge.evaluation import EvalCase, EvalReport, evaluate
from knowledge.matching import Match, MatchResult

ROOT = Path(os.environ.get("QUOTE_LEARNT_DATA") or Path(__file__).resolve().parents[2])
"""Where the labelled files and their history are read: this tree, or with ``--then`` (the
script copied into an older tree, run there) the tree named by ``QUOTE_LEARNT_DATA``."""
DATA = ROOT / "tests" / "data"
PROBES = ROOT / "tests" / "knowledge" / "data"
SEED = 11
FOLDS = 5
INNER = 4
VETO_SHARE = 0.01
MIN_WORDS = 3
SHARING = re.compile(r"\b(shar\w*|disclos\w*|pass(?:ed|ing)? on|consent\w*)\b", re.IGNORECASE)
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
TEXT_ONLY = False
"""Set by ``--text-only``: the matcher's numbers are left out (the question's words alone)."""
SPLIT_BEFORE = "practice-dev10.yaml"
"""The time split: files added to the repository before this one train, the others are scored."""


@dataclass(frozen=True)
class Item:
    """One labelled message."""

    text: str
    expect: frozenset[int]
    group: str
    file: str


@dataclass(frozen=True)
class Pair:
    """One candidate entry of one message, with the matcher's view of it."""

    text: str
    entry: int
    numbers: tuple[float, ...]
    label: bool
    answer: bool


def _page(source: str) -> str:
    return source.split("://", 1)[-1].removeprefix("www.").rstrip("/").lower()


def _files() -> list[Path]:
    names = [
        *sorted(DATA.glob("practice-dev*.yaml")),
        DATA / "dev-questions.yaml",
        *sorted(DATA.glob("harm-dev*.yaml")),
        *sorted(PROBES.glob("*.yaml")),
    ]
    return [p for p in names if "holdout" not in p.name]


def _added(path: Path) -> str:
    found = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%aI", "--", str(path.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return found[-1] if found else "9999"


def load_items() -> list[Item]:
    """Every labelled dev message (first copy of a text kept), oldest file first."""
    files = sorted(_files(), key=lambda p: (_added(p), p.name))
    seen: set[str] = set()
    out: list[Item] = []
    for path in files:
        assert "holdout" not in path.name
        for raw in yaml.safe_load(path.read_text("utf-8")) or []:
            text = str(raw["q"])
            if path.name.startswith("harm-dev") and (raw.get("risk") or not SHARING.search(text)):
                continue
            if text in seen:
                continue
            seen.add(text)
            expect = raw.get("expect")
            numbers = [] if expect is None else expect if isinstance(expect, list) else [expect]
            if "source" in raw:
                group = _page(str(raw["source"]))
            else:
                group = f"{path.name}:{sorted(numbers)}"
            out.append(Item(text, frozenset(int(n) for n in numbers), group, path.name))
    return out


def time_order() -> list[str]:
    """The files in the order they were added."""
    return [p.name for p in sorted(_files(), key=lambda p: (_added(p), p.name))]


# -- candidates -------------------------------------------------------------------------------


def candidates(result: MatchResult) -> list[tuple[Match, tuple[float, ...], bool]]:
    """The entries a matcher result offers, each with the numbers the verifier reads."""
    offered = [m for m in (result.answer, *result.suggestions) if m is not None]
    out: list[tuple[Match, tuple[float, ...], bool]] = []
    top = offered[0].score if offered else 0.0
    for rank, match in enumerate(offered):
        following = offered[rank + 1].score if rank + 1 < len(offered) else 0.0
        numbers = (
            match.score / 100.0,
            rank / 2.0,
            float(result.answer is not None and rank == 0),
            float(getattr(result, "withheld", False)),  # not in the oldest trees
            (match.score - following) / 100.0,
            (top - match.score) / 100.0,
        )
        out.append((match, numbers, result.answer is not None and rank == 0))
    return out


Hook = Callable[[str, MatchResult], MatchResult]


def hooked(core: Core, hook: Hook | None, seen: list[tuple[str, MatchResult]]) -> None:
    """Route the assistant's matcher results through ``hook``, recording the originals."""
    qa = core.assistant._qa  # research: the one place results reach the dialogs
    original = type(qa).match.__get__(qa)

    def match(text: str, parts: Any = None) -> MatchResult:
        # An older tree's `QAAnswers.match` takes the text alone.
        result = original(text) if parts is None else original(text, parts)
        seen.append((text, result))
        return hook(text, result) if hook is not None else result

    qa.match = match  # type: ignore[method-assign]


def collect(core: Core, items: Sequence[Item]) -> list[Pair]:
    """The candidate pairs of every item, as the assistant's matcher results offer them."""
    seen: list[tuple[str, MatchResult]] = []
    hooked(core, None, seen)
    judge = assistant_judge(core.assistant)
    expect = {i.text: i.expect for i in items}
    pairs: dict[tuple[str, int], Pair] = {}
    for item in items:
        judge(item.text)
    for text, result in seen:
        labels = expect.get(text, frozenset())
        for match, numbers, is_answer in candidates(result):
            key = (text, match.number)
            if key not in pairs:
                pairs[key] = Pair(text, match.number, numbers, match.number in labels, is_answer)
    return list(pairs.values())


# -- the model --------------------------------------------------------------------------------


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
    numbers = np.array([p.numbers for p in pairs]) * (0.0 if TEXT_ONLY else 1.0)
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


def words(text: str) -> int:
    """How many words (2 or more letters or digits) a message holds."""
    return len(_TOKEN.findall(text))


def limits_from(
    pairs: Sequence[Pair], scores: Sequence[float], quoted: set[tuple[str, int]]
) -> Limits:
    """Veto: vetoes at most `VETO_SHARE` of the right quotes; rescue: rescues no wrong one."""
    right = sorted(
        s for p, s in zip(pairs, scores, strict=True) if p.label and (p.text, p.entry) in quoted
    )
    veto = right[int(VETO_SHARE * len(right))] - 1e-9 if right else -math.inf
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


HISTORY: list[Pair] = []
"""Set by ``--history``: pairs from older matchers on files they had not seen, training only."""


def _history(texts: set[str]) -> list[Pair]:
    # Only the pairs of training texts: a text being scored is never in its own model's history.
    return [p for p in HISTORY if p.text in texts]


def write_pairs(pairs: Sequence[Pair], path: Path) -> None:
    """Keep ``pairs`` as JSON, for ``--history``."""
    rows = [[p.text, p.entry, list(p.numbers), p.label, p.answer] for p in pairs]
    path.write_text(json.dumps(rows), encoding="utf-8")


def read_pairs(path: Path) -> list[Pair]:
    """Pairs written by `write_pairs`."""
    return [
        Pair(str(t), int(e), tuple(float(x) for x in n), bool(lab), bool(a))
        for t, e, n, lab, a in json.loads(path.read_text(encoding="utf-8"))
    ]


# -- the configurations, through the whole assistant -------------------------------------------


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


CONFIGS = {
    "shipped": (False, False),
    "veto": (True, False),
    "rescue": (False, True),
    "both": (True, True),
}


def run_configs(core: Core, items: Sequence[Item], verifier: Verifier) -> dict[str, EvalReport]:
    """Each configuration's report on ``items`` through the whole assistant."""
    cases = [
        EvalCase(i.text, i.expect, "answerable" if i.expect else "unanswerable") for i in items
    ]
    out = {}
    for name, (veto, rescue) in CONFIGS.items():
        hooked(core, verifier.hook(veto, rescue) if veto or rescue else None, [])
        out[name] = evaluate(assistant_judge(core.assistant), cases)
    hooked(core, None, [])
    return out


def table(reports: dict[str, EvalReport]) -> Iterator[str]:
    """One line per configuration: right answers, wrong quotes, declines."""
    yield "| configuration | answered right | wrong quotes | declined |"
    yield "|---|---|---|---|"
    for name, r in reports.items():
        yield (
            f"| {name} | {r.answered_right}/{r.answerable} ({100 * r.answered_right_rate:.1f}%) "
            f"| {r.wrong_quotes}/{r.total} ({100 * r.wrong_quote_rate:.1f}%) "
            f"| {r.declined}/{r.unanswerable} ({100 * r.declined_rate:.1f}%) |"
        )


def changes(core: Core, items: Sequence[Item], verifier: Verifier) -> Iterator[str]:
    """Every item whose quote a configuration changes, with its score."""
    judge_of: dict[str, Any] = {}
    for name, (veto, rescue) in CONFIGS.items():
        hooked(core, verifier.hook(veto, rescue) if veto or rescue else None, [])
        judge = assistant_judge(core.assistant)
        judge_of[name] = {i.text: judge(i.text).quoted for i in items}
    hooked(core, None, [])
    base = judge_of["shipped"]
    for item in items:
        now = judge_of["both"][item.text]
        if now != base[item.text]:
            entry = now if now is not None else base[item.text]
            score, limits = verifier.scores.get((item.text, entry or 0), (math.nan, Limits(0, 0)))
            verdict = (
                "right" if (now in item.expect) or (now is None and not item.expect) else "WRONG"
            )
            yield (
                f"  {base[item.text]} -> {now} ({verdict}; score {score:+.2f}, veto "
                f"{limits.veto:+.2f}, rescue {limits.rescue:+.2f}; expect "
                f"{sorted(item.expect)}) {item.file}: {item.text[:150]!r}"
            )


def diagnose(
    items: Sequence[Item], pairs: Sequence[Pair], quoted: set[tuple[str, int]], verifier: Verifier
) -> Iterator[str]:
    """How the verifier's scores separate right from wrong quotes, and rescue candidates."""
    texts = {i.text for i in items}
    right: list[float] = []
    wrong: list[tuple[float, float, str, int]] = []
    for p in pairs:
        found = verifier.scores.get((p.text, p.entry))
        if p.text not in texts or found is None or (p.text, p.entry) not in quoted:
            continue
        if p.label:
            right.append(found[0])
        else:
            wrong.append((found[0], found[1].veto, p.text, p.entry))
    matcher = {(p.text, p.entry): p.numbers[0] for p in pairs}
    right_pairs = [k for k in quoted if k[0] in texts and k in verifier.scores]
    fits = [k for k in right_pairs if k[1] in expect_of(items, k[0])]
    misfits = [k for k in right_pairs if k[1] not in expect_of(items, k[0])]
    mine = {k: v[0] for k, v in verifier.scores.items()}
    yield (
        f"quotes: {len(fits)} right, {len(misfits)} wrong; AUC (right above wrong): verifier "
        f"{auc([mine[k] for k in fits], [mine[k] for k in misfits]):.3f}, "
        f"matcher score {auc([matcher[k] for k in fits], [matcher[k] for k in misfits]):.3f}"
    )
    right.sort()
    if right:
        pct = [right[int(q * (len(right) - 1))] for q in (0.0, 0.01, 0.05, 0.25, 0.5)]
        yield "right quotes' scores: min/1%/5%/25%/50%: " + " ".join(f"{x:+.2f}" for x in pct)
    for score, veto, text, entry in sorted(wrong):
        below = sum(r <= score for r in right)
        yield (
            f"  wrong quote {entry} {score:+.2f} (veto {veto:+.2f}; {below} right quotes at or "
            f"under it): {text[:110]!r}"
        )
    scores = verifier.scores
    rescue = [p for p in _rescue_pairs(pairs) if p.text in texts and (p.text, p.entry) in scores]
    for cut in (0.0, 1.0, 2.0, 3.0):
        ok = sum(1 for p in rescue if p.label and scores[(p.text, p.entry)][0] >= cut)
        bad = sum(1 for p in rescue if not p.label and scores[(p.text, p.entry)][0] >= cut)
        yield f"rescue candidates at {cut:+.1f} or more: {ok} right, {bad} wrong of {len(rescue)}"


def expect_of(items: Sequence[Item], text: str) -> frozenset[int]:
    """The entries labelled as answering ``text``."""
    return next((i.expect for i in items if i.text == text), frozenset())


def auc(high: Sequence[float], low: Sequence[float]) -> float:
    """The chance that a score from ``high`` is above one from ``low`` (ties count half)."""
    if not high or not low:
        return math.nan
    wins = sum((h > lo) + 0.5 * (h == lo) for h in high for lo in low)
    return wins / (len(high) * len(low))


def quoted_by_assistant(core: Core, items: Sequence[Item]) -> set[tuple[str, int]]:
    """The (text, entry) pairs the shipped assistant quotes."""
    judge = assistant_judge(core.assistant)
    out = set()
    for item in items:
        quoted = judge(item.text).quoted
        if quoted is not None:
            out.add((item.text, quoted))
    return out


def evaluate_split(
    core: Core,
    items: Sequence[Item],
    pairs: Sequence[Pair],
    quoted: set[tuple[str, int]],
    train_items: Sequence[Item],
    test_items: Sequence[Item],
    verifier: Verifier,
) -> Limits:
    """Train on ``train_items`` (thresholds from their inner folds), score ``test_items``."""
    model, limits = train_with_limits(train_items, pairs, quoted)
    texts = {i.text for i in test_items}
    test = [p for p in pairs if p.text in texts]
    for p, s in zip(test, model.scores(test), strict=True):
        verifier.scores[(p.text, p.entry)] = (s, limits)
    return limits


def main(argv: list[str]) -> int:
    """Collect the pairs, then the cross-validation and the time split."""
    parser = argparse.ArgumentParser(prog="python -m tests.support.quote_learnt")
    parser.add_argument("what", nargs="?", default="both", choices=("cv", "split", "both", "pairs"))
    parser.add_argument("--until", help="pairs: the first file after those collected")
    parser.add_argument("--out", type=Path, help="pairs: where to write them")
    parser.add_argument("--history", type=Path, nargs="*", default=[], help="older pairs")
    parser.add_argument("--misses", action="store_true", help="list every changed quote")
    parser.add_argument("--text-only", action="store_true", help="no matcher numbers")
    parser.add_argument(
        "--veto-share", type=float, default=0.01, help="right quotes a veto may cost"
    )
    parser.add_argument("--cut", default=SPLIT_BEFORE, help="the time split's first scored file")
    args = parser.parse_args(argv)
    global TEXT_ONLY, VETO_SHARE  # noqa: PLW0603 (research switches)
    TEXT_ONLY = args.text_only
    VETO_SHARE = args.veto_share
    core = build_core()
    items = load_items()
    if args.what == "pairs":
        # This tree's candidates for the files from --cut up to --until, for --history.
        order = time_order()
        names = set(order[order.index(args.cut) : order.index(args.until)])
        chosen = [i for i in items if i.file in names]
        write_pairs(collect(core, chosen), args.out)
        print(f"{len(chosen)} items from {sorted(names)}")
        return 0
    HISTORY[:] = [p for path in args.history for p in read_pairs(path)]
    pairs = collect(core, items)
    quoted = quoted_by_assistant(core, items)
    by_file: dict[str, int] = {}
    for i in items:
        by_file[i.file] = by_file.get(i.file, 0) + 1
    print(
        f"{len(items)} items ({sum(bool(i.expect) for i in items)} answerable), "
        f"{len(pairs)} candidate pairs ({sum(p.label for p in pairs)} right), "
        f"{len({i.group for i in items})} groups"
    )
    if args.what in ("cv", "both"):
        verifier = Verifier()
        for n, fold in enumerate(group_folds(items, FOLDS, SEED)):
            held = set(fold)
            train_items = [i for i in items if i not in held]
            limits = evaluate_split(core, items, pairs, quoted, train_items, fold, verifier)
            print(
                f"fold {n + 1}: {len(fold)} items, veto {limits.veto:+.3f}, "
                f"rescue {limits.rescue:+.3f}"
            )
        print(f"\n## Out of fold ({FOLDS} folds by group, seed {SEED})")
        print("\n".join(table(run_configs(core, items, verifier))))
        print("\n".join(diagnose(items, pairs, quoted, verifier)))
        print(f"(verifier asked {verifier.asked} times, {verifier.unknown} without a score)")
        if args.misses:
            print("\n".join(changes(core, items, verifier)))
    if args.what in ("split", "both"):
        order = time_order()
        cut = order.index(args.cut)
        early = set(order[:cut])
        train_items = [i for i in items if i.file in early]
        test_items = [i for i in items if i.file not in early]
        verifier = Verifier()
        limits = evaluate_split(core, items, pairs, quoted, train_items, test_items, verifier)
        print(f"\n## Time split: trained on {sorted(early)} ({len(train_items)} items)")
        print(
            f"scored on {sorted(set(order[cut:]))} ({len(test_items)} items); "
            f"veto {limits.veto:+.3f}, rescue {limits.rescue:+.3f}"
        )
        print("\n".join(table(run_configs(core, test_items, verifier))))
        print("\n".join(diagnose(test_items, pairs, quoted, verifier)))
        per_file: dict[str, list[Item]] = {}
        for i in test_items:
            per_file.setdefault(i.file, []).append(i)
        for name, chunk in sorted(per_file.items()):
            print(f"\n{name}:")
            print("\n".join(table(run_configs(core, chunk, verifier))))
        if args.misses:
            print("\n".join(changes(core, test_items, verifier)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
