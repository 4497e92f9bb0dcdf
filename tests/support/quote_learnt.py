"""Does a learnt verifier of (question, candidate entry) pairs generalise where the gates did not?

Research only (scikit-learn, the ``research`` extra; the app never imports this module):

    /work/research-venv/bin/python -m tests.support.quote_learnt [cv|split|both] [--misses]
        [--text-only] [--veto-share S] [--cut FILE] [--history PAIRS.json ...]
    python -m tests.support.quote_learnt pairs --cut FILE --until FILE --out PAIRS.json

The items and candidates are in quote_pairs.py, the model, thresholds and hooks in
quote_verifier.py; this module runs the configurations and reports.

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
  added since (practice-dev10..14, harm-dev11..15, the round 14 and 15 probes). The matcher is
  today's, tuned on every one of these files, so its figures flatter it; copied with the other
  two modules into an older tree (``git archive``) and run there with ``QUOTE_LEARNT_DATA``
  naming this one, it measures the matcher of that time on files it had not seen.
- **History** (``pairs``, then ``--history``): an older tree's candidates on the files added
  after it, as extra training pairs (never for a text being scored).
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

try:
    from bot.core import Core, build_core
except ModuleNotFoundError:  # a tree from before bot.core (round 4 and earlier), for --history
    from bot.app import Core, build_core  # type: ignore[attr-defined,no-redef,unused-ignore]
from dialogs.evaluation import assistant_judge
from knowledge.evaluation import EvalCase, EvalReport, evaluate
from tests.support.quote_pairs import (
    Item,
    Pair,
    collect,
    hooked,
    load_items,
    quoted_by_assistant,
    read_pairs,
    time_order,
    write_pairs,
)
from tests.support.quote_verifier import (
    SEED,
    SWITCHES,
    Limits,
    Verifier,
    _rescue_pairs,
    group_folds,
    train_with_limits,
)

FOLDS = 5
SPLIT_BEFORE = "practice-dev10.yaml"
"""The time split: files added to the repository before this one train, the others are scored."""


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
    SWITCHES.text_only = args.text_only
    SWITCHES.veto_share = args.veto_share
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
    SWITCHES.history = [p for path in args.history for p in read_pairs(path)]
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
