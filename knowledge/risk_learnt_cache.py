"""The learnt second opinion's weights kept on disk between starts, keyed by its examples and code.

As the matcher's index cache: the file is JSON (nothing in it is executed when read), named by a
SHA-256 of the examples and of this package's learnt-model source, so new examples or a new model
find no file and train afresh. What is read back is checked for shape before use; a damaged file
is retrained, never trusted. Written to a temporary file renamed into place; a directory that
cannot be written to only means the model is trained at every start.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any

from knowledge.risk_learnt import LearntOpinion, RiskExample, Weights, train

FORMAT = 1
PREFIX = "risk-learnt-"
# Weights for the built-in examples, shipped so that a first start needs no training (made by
# ``python -m bench.risk_cv --write-pack``; a test checks they match the examples and code).
SHIPPED_DIR = Path(__file__).parent / "learnt"
_SHAPING = ("risk_learnt.py", "risk_learnt_cache.py")


def weights_key(examples: tuple[RiskExample, ...]) -> str:
    """A SHA-256 of the examples (text and label, in order) and the modules that shape the model."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in _SHAPING:
        digest.update((here / name).read_bytes())
    for example in examples:
        digest.update(json.dumps([example.q, example.risk]).encode("utf-8"))
    return digest.hexdigest()


def read_weights(directory: Path, key: str) -> Weights | None:
    """The cached weights for `key`, or None when there are none or they are not sound."""
    try:
        found = json.loads((directory / f"{PREFIX}{key}.json").read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(found, dict) or found.get("key") != key or found.get("format") != FORMAT:
        return None
    words: Any = found.get("words")
    chars: Any = found.get("chars")
    intercept: Any = found.get("intercept")
    if not (_table(words) and _table(chars) and _number(intercept)):
        return None
    return Weights(
        {k: (float(v[0]), float(v[1])) for k, v in words.items()},
        {k: (float(v[0]), float(v[1])) for k, v in chars.items()},
        float(intercept),
    )


def write_weights(directory: Path, key: str, weights: Weights) -> bool:
    """Keep `weights` for `key` in `directory`, removing older ones; False when it cannot."""
    target = directory / f"{PREFIX}{key}.json"
    body = {
        "format": FORMAT,
        "key": key,
        "words": weights.words,
        "chars": weights.chars,
        "intercept": weights.intercept,
    }
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=PREFIX, suffix=".tmp", dir=directory)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(body, out, separators=(",", ":"))
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for old in directory.glob(f"{PREFIX}*.json"):
            if old.name != target.name:
                old.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def build_opinion(
    examples: tuple[RiskExample, ...], threshold: float, cache_dir: Path | None = None
) -> LearntOpinion:
    """The second opinion: its weights as shipped (for the built-in examples alone) or read
    from `cache_dir`, else trained (and kept there).

    Raises:
        ValueError: the examples cannot train a model (one label only).
        ImportError: scikit-learn is missing and nothing is cached.
    """
    key = weights_key(examples)
    weights = read_weights(SHIPPED_DIR, key)
    if weights is None and cache_dir is not None:
        weights = read_weights(cache_dir, key)
    if weights is None:
        weights = train(examples)
        if cache_dir is not None:
            write_weights(cache_dir, key, weights)
    return LearntOpinion(weights, threshold)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _table(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str)
        and isinstance(v, list)
        and len(v) == 2
        and _number(v[0])
        and _number(v[1])
        for k, v in value.items()
    )
