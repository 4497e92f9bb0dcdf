"""The learnt risk model's file (knowledge/models/risk-tfidf.bin.gz), `FORMAT` 2.

The train script (tests/support/risk_model_train.py) writes it; a start that builds the knowledge
reads it (a later start reads the model from the start-up snapshot). It is gzip, with no time
stamp so that the same model always gives the same bytes, of:

- `MAGIC`, then the header's length (8 bytes, little-endian) and the header: JSON with the
  format, the intercept, the alarm threshold, the training files' names and, per vectorizer, its
  analyzer, n-gram range, number of features and its terms' length in bytes;
- then per vectorizer, in order: its terms in feature order, each term's UTF-8 followed by a
  newline (no term holds one: the analyzers split on white space); each feature's idf; each
  feature's weight (IEEE 754 doubles, little-endian).

Format 1 was gzipped JSON holding the terms, idf and weights as lists: reading it made 80,639
strings and 161,278 floats, which the model then turned into bytes and arrays anyway.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from array import array
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

FORMAT = 2
MAGIC = b"infoshare learnt risk model\n"
_SIZE = 8  # bytes of the header's length


class Part(NamedTuple):
    """One vectorizer's analyzer and its features: terms (UTF-8), idf and weights."""

    analyzer: str
    ngram_range: tuple[int, int]
    terms: list[bytes]
    idf: array[float]
    weight: array[float]


class ModelData(NamedTuple):
    """A model as its file holds it."""

    intercept: float
    threshold: float
    trained_on: tuple[str, ...]
    parts: tuple[Part, ...]


def model_data(spec: Mapping[str, Any]) -> ModelData:
    """A model given as plain data (as the train script exports it: per vectorizer the analyzer,
    ``ngram_range``, and lists of terms, idf and weights; the intercept, threshold and
    ``trained_on``)."""
    parts = tuple(
        Part(
            str(v["analyzer"]),
            _range(v["ngram_range"]),
            [str(term).encode() for term in v["terms"]],
            array("d", v["idf"]),
            array("d", v["weight"]),
        )
        for v in spec["vectorizers"]
    )
    return ModelData(
        float(spec["intercept"]), float(spec["threshold"]), tuple(spec["trained_on"]), parts
    )


def model_bytes(model: ModelData) -> bytes:
    """The file's bytes for `model`.

    Raises:
        ValueError: a term holds a newline, or a vectorizer's terms, idf and weights differ in
            length.
    """
    header = {
        "format": FORMAT,
        "intercept": model.intercept,
        "threshold": model.threshold,
        "trained_on": list(model.trained_on),
        "vectorizers": [],
    }
    body: list[bytes] = []
    for part in model.parts:
        if not len(part.terms) == len(part.idf) == len(part.weight):
            raise ValueError("a vectorizer's terms, idf and weights differ in length")
        if any(b"\n" in term for term in part.terms):
            raise ValueError("a term holds a newline")
        terms = b"".join(term + b"\n" for term in part.terms)
        header["vectorizers"].append(  # type: ignore[attr-defined]
            {
                "analyzer": part.analyzer,
                "ngram_range": list(part.ngram_range),
                "features": len(part.terms),
                "terms_bytes": len(terms),
            }
        )
        body += [terms, _little_endian(part.idf), _little_endian(part.weight)]
    encoded = json.dumps(header, separators=(",", ":")).encode()
    content = MAGIC + len(encoded).to_bytes(_SIZE, "little") + encoded + b"".join(body)
    return gzip.compress(content, mtime=0)


def read_model(stored: bytes) -> ModelData:
    """The model in a file's bytes.

    Raises:
        ValueError: not a model file, another format, or a damaged or truncated one.
    """
    try:
        content = gzip.decompress(stored)
    except (OSError, EOFError, zlib.error) as problem:
        raise ValueError(f"not a risk model file ({problem})") from problem
    if not content.startswith(MAGIC):
        raise ValueError("not a risk model file of format 2 or later (format 1 was JSON)")
    try:
        return _model(content)
    except (KeyError, TypeError, IndexError, AttributeError) as problem:
        raise ValueError(f"a damaged risk model file ({problem!r})") from problem


def _model(content: bytes) -> ModelData:
    start = len(MAGIC) + _SIZE
    size = int.from_bytes(content[len(MAGIC) : start], "little")
    header = json.loads(content[start : start + size])
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        found = header.get("format") if isinstance(header, dict) else None
        raise ValueError(f"risk model format {found!r}, expected {FORMAT}")
    at = start + size
    parts = []
    for v in header["vectorizers"]:
        features, terms_bytes = int(v["features"]), int(v["terms_bytes"])
        if features < 0 or terms_bytes < 0:
            raise ValueError("a vectorizer of negative size")
        terms = content[at : at + terms_bytes].split(b"\n")
        at += terms_bytes
        if len(terms) != features + 1 or terms.pop() != b"":
            raise ValueError("a vectorizer's terms are not as many as its features")
        idf, at = _doubles(content, at, features)
        weight, at = _doubles(content, at, features)
        parts.append(Part(str(v["analyzer"]), _range(v["ngram_range"]), terms, idf, weight))
    if at != len(content):
        raise ValueError("a risk model file of another length than its header says")
    return ModelData(
        float(header["intercept"]),
        float(header["threshold"]),
        tuple(map(str, header["trained_on"])),
        tuple(parts),
    )


def _range(ngram_range: Sequence[int]) -> tuple[int, int]:
    low, high = (int(n) for n in ngram_range)
    return low, high


def _little_endian(values: array[float]) -> bytes:
    if sys.byteorder == "big":
        values = array("d", values)
        values.byteswap()
    return values.tobytes()


def _doubles(content: bytes, at: int, count: int) -> tuple[array[float], int]:
    end = at + 8 * count
    if end > len(content):
        raise ValueError("a risk model file cut short")
    values = array("d", content[at:end])
    if sys.byteorder == "big":
        values.byteswap()
    return values, end
