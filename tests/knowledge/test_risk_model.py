"""The pure-Python scorer gives scikit-learn's scores for the shipped model (no scikit-learn here).

tests/support/risk_model_train.py wrote, beside the model, scikit-learn's decision values for
about 200 dev texts and a few awkward ones; the scorer must reproduce each to 1e-6.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import math
import random
import re
import sys
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.risk_model import MAX_CHARS, MODEL_FILE, RiskModel, load_risk_model
from knowledge.risk_model_file import MAGIC, model_bytes, model_data, read_model
from knowledge.risk_model_text import ANALYZERS, TOKEN, as_read, ascii_token, encoder
from knowledge.snapshot import SnapshotUnpickler
from knowledge.snapshot_pickler import SnapshotPickler

CHECK_FILE = MODEL_FILE.parent / "risk-tfidf-check.json"


@pytest.fixture(scope="module")
def model() -> RiskModel:
    return load_risk_model()


def test_the_scorer_reproduces_the_scores_the_train_script_recorded(model: RiskModel) -> None:
    check = json.loads(CHECK_FILE.read_text(encoding="utf-8"))
    texts, expected = check["texts"], check["scores"]

    assert len(texts) == len(expected) > 200
    assert "sklearn" not in sys.modules
    for text, want in zip(texts, expected, strict=True):
        assert model.score(text) == pytest.approx(want, abs=1e-6), text[:60]


def test_the_shipped_model_is_the_one_the_lead_measured(model: RiskModel) -> None:
    assert model.threshold == pytest.approx(1.87, abs=0.005)
    assert model.features > 50_000
    assert not [name for name in model.trained_on if "holdout" in name]
    assert "harm-dev15.yaml" in model.trained_on


def test_only_the_first_characters_a_message_may_hold_are_read(model: RiskModel) -> None:
    head = "my stepdad hits me when he's drunk " * 200

    assert model.score(head[:MAX_CHARS] + "and I am scared") == model.score(head[:MAX_CHARS])
    assert model.score("") == pytest.approx(model.score("  \n "))


def test_a_file_of_another_format_is_refused(tmp_path: Path) -> None:
    stored = tmp_path / "model.bin.gz"
    header = json.dumps({"format": 99}).encode()
    stored.write_bytes(gzip.compress(MAGIC + len(header).to_bytes(8, "little") + header))

    with pytest.raises(ValueError, match="format 99"):
        load_risk_model(stored)


def test_a_file_of_the_first_format_is_refused_by_name(tmp_path: Path) -> None:
    stored = tmp_path / "model.json.gz"
    with gzip.open(stored, "wt", encoding="utf-8") as out:
        json.dump({"format": 1, "vectorizers": []}, out)

    with pytest.raises(ValueError, match="format 1 was JSON"):
        load_risk_model(stored)


def test_the_shipped_file_is_what_the_writer_writes_for_it() -> None:
    # The train script writes the file by `model_bytes`; the same model gives the same bytes.
    shipped = MODEL_FILE.read_bytes()

    assert model_bytes(read_model(shipped)) == shipped


@pytest.mark.parametrize("cut", [1, 8, 800_000, 1_600_000])
def test_a_file_cut_short_or_damaged_is_refused(cut: int) -> None:
    content = gzip.decompress(MODEL_FILE.read_bytes())

    with pytest.raises(ValueError):
        read_model(gzip.compress(content[:-cut]))
    with pytest.raises(ValueError):
        read_model(gzip.compress(content + b"\0" * cut))
    with pytest.raises(ValueError, match="not a risk model"):
        read_model(MODEL_FILE.read_bytes()[:-cut])


def test_a_term_holding_a_newline_is_not_written() -> None:
    with pytest.raises(ValueError, match="newline"):
        model_bytes(model_data(_spec(["ab\nc"], [1.0])))


def test_the_model_does_not_speak_on_a_remark_of_one_or_two_words(model: RiskModel) -> None:
    assert model.score("her dad") >= model.threshold
    assert not model.fires("her dad")
    assert not model.fires("she's 15")
    assert model.fires("he chokd her")


def _one_vectorizer(terms: list[str], weights: list[float]) -> RiskModel:
    return RiskModel(model_data(_spec(terms, weights)))


def _spec(terms: list[str], weights: list[float]) -> dict[str, object]:
    return {
        "intercept": 0.0,
        "threshold": 0.0,
        "trained_on": [],
        "vectorizers": [
            {
                "analyzer": "char_wb",
                "ngram_range": [3, 5],
                "terms": terms,
                "idf": [1.0 + n / 7 for n in range(len(terms))],
                "weight": weights,
            }
        ],
    }


def _by_dict(terms: list[str], weights: list[float], text: str) -> float:
    """The score as a dict of the terms gives it (the lookup the table replaced)."""
    index = {term: n for n, term in enumerate(terms)}
    counts = Counter(ANALYZERS["char_wb"](text[:MAX_CHARS].lower(), 3, 5))
    total = squares = 0.0
    for term, tf in counts.items():
        if (n := index.get(term)) is not None:
            value = (1.0 + math.log(tf)) * (1.0 + n / 7)
            squares += value * value
            total += value * weights[n]
    return total / math.sqrt(squares) if squares else 0.0


_LETTERS = "ab é\ud800\x1c"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(_LETTERS, min_size=1, max_size=5), max_size=40, unique=True),
    st.text(_LETTERS, max_size=60),
    st.randoms(use_true_random=False),
)
def test_the_table_finds_exactly_the_terms_a_dict_would(
    terms: list[str], text: str, rng: random.Random
) -> None:
    # A small alphabet: most n-grams of the text are terms, many are not, and the small tables
    # see slots taken by other terms; a lone surrogate is looked up without error, found never.
    # An ASCII text's terms are made as bytes, but for one holding a character (\x1c) that only
    # a `str` splits words at.
    terms = [t for t in terms if "\ud800" not in t]
    weights = [rng.uniform(-3, 3) for _ in terms]

    assert _one_vectorizer(terms, weights).score(text) == _by_dict(terms, weights, text)


def test_a_repeated_term_is_refused() -> None:
    with pytest.raises(ValueError, match="repeated"):
        _one_vectorizer([" ab", "ab ", " ab"], [1.0, 2.0, 3.0])


def test_reading_the_model_back_from_the_snapshot_makes_few_objects(model: RiskModel) -> None:
    # The vocabulary and its numbers are blocks of bytes: no string, int or dict entry per term
    # for a start to make (160,000 and more with a dict), nor to free at exit.
    out = io.BytesIO()
    SnapshotPickler(out).dump(model)
    tracemalloc.start()
    try:
        read = SnapshotUnpickler(io.BytesIO(out.getvalue())).load()
        blocks = sum(stat.count for stat in tracemalloc.take_snapshot().statistics("filename"))
    finally:
        tracemalloc.stop()

    assert read == model
    assert blocks < 1_000
    assert read.score("my stepdad hits me") == model.score("my stepdad hits me")


def test_a_term_met_again_is_not_looked_up_again_and_only_terms_are_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    terms = [" ab", "ab ", "abé", " é "]
    weights = [0.5, -1.0, 2.0, 1.5]
    fresh = _one_vectorizer(terms, weights)
    (vectorizer,) = fresh._vectorizers
    first = fresh.score("ab abé zz")
    looked_up: list[bytes] = []
    original = type(vectorizer)._number

    def number(self: object, key: bytes) -> int:
        looked_up.append(key)
        return original(vectorizer, key)

    monkeypatch.setattr(type(vectorizer), "_number", number)
    again = fresh.score("ab abé zz")

    assert again == first == _by_dict(terms, weights, "ab abé zz")
    assert set(vectorizer._known) == {t.encode() for t in terms[:3]}  # no "zz" of the message
    assert b" ab" not in looked_up and "abé".encode() not in looked_up
    assert b" zz " in looked_up  # not a term: looked up each time, never kept


def _with_words(words: list[str], grams: list[str]) -> RiskModel:
    spec = _spec(grams, [math.sin(n) for n in range(len(grams))])
    word_part = {
        "analyzer": "word",
        "ngram_range": [1, 1],
        "terms": words,
        "idf": [1.0 + n / 3 for n in range(len(words))],
        "weight": [math.cos(n) for n in range(len(words))],
    }
    spec["vectorizers"] = [word_part, *spec["vectorizers"]]  # type: ignore[misc]
    return RiskModel(model_data(spec))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(_LETTERS, min_size=1, max_size=5), max_size=40, unique=True),
    st.lists(st.text("abé", min_size=2, max_size=3), max_size=8, unique=True),
    st.text(_LETTERS, max_size=60),
)
def test_n_grams_kept_by_word_score_as_those_looked_up_one_by_one(
    grams: list[str], words: list[str], text: str
) -> None:
    # A word the word vocabulary holds keeps its n-grams' numbers; a message holding it again
    # (or another word) must score exactly as each n-gram looked up, cold and warm.
    grams = [t for t in grams if "\ud800" not in t]
    kept = _with_words(words, grams)
    read = as_read(text[:MAX_CHARS].lower())
    encode = str.encode if isinstance(read, bytes) else encoder(read)
    looked_up = sum(v.score(read, encode) for v in _with_words(words, grams)._vectorizers)
    _, char_part = kept._vectorizers

    assert kept.score(text) == looked_up
    assert kept.score(text) == looked_up
    assert set(char_part._by_word) <= {w.encode() for w in words}


def test_only_words_of_the_word_vocabulary_keep_their_n_grams() -> None:
    model = _with_words(["ab", "cab"], [" ab", "ab ", " ca", "cab"])
    _, char_part = model._vectorizers
    model.score("ab zz cab ab")

    assert char_part._by_word == {b"ab": [0, 1], b"cab": [2, 3, 1]}


def test_the_terms_met_are_not_written_in_the_snapshot(model: RiskModel) -> None:
    model.score("my stepdad hits me")
    out = io.BytesIO()
    SnapshotPickler(out).dump(model)
    read = SnapshotUnpickler(io.BytesIO(out.getvalue())).load()

    assert any(v._known for v in model._vectorizers)
    assert any(v._by_word for v in model._vectorizers)
    assert not any(v._known or v._by_word for v in read._vectorizers)
    assert read.score("my stepdad hits me") == model.score("my stepdad hits me")


def test_a_vocabulary_past_16_bit_numbers_is_found_exactly_too() -> None:
    # Both shipped vocabularies number under 65,536 terms (a 16-bit table); a larger one takes
    # 32-bit numbers. Every 3-character term over 41 characters: 68,921 terms.
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 .,'é"
    terms = ["".join(t) for t in itertools.product(alphabet, repeat=3)]
    weights = [math.sin(n) for n in range(len(terms))]
    text = "The zebra's 42 cafés, quickly jumped, over 7 lazy dogs: é1 x9 ' ."

    assert len(terms) > 65_535
    assert _one_vectorizer(terms, weights).score(text) == _by_dict(terms, weights, text) != 0


@pytest.mark.parametrize(
    "header",
    [
        {"format": 2},
        {"format": 2, "vectorizers": [{"features": 1}]},
        {"format": 2, "vectorizers": [{"features": -1, "terms_bytes": 0}]},
        {"format": 2, "vectorizers": [], "intercept": None},
        {"format": 2, "vectorizers": 3},
    ],
)
def test_a_header_missing_or_mangling_a_field_is_refused_as_damaged(
    header: dict[str, object],
) -> None:
    encoded = json.dumps(header).encode()

    with pytest.raises(ValueError, match=r"damaged|negative|another length"):
        read_model(gzip.compress(MAGIC + len(encoded).to_bytes(8, "little") + encoded))


def test_a_file_with_a_byte_changed_inside_the_compressed_stream_is_refused() -> None:
    stored = bytearray(MODEL_FILE.read_bytes())
    stored[len(stored) // 2] ^= 0xFF

    with pytest.raises(ValueError, match="not a risk model"):
        read_model(bytes(stored))


def _char_wb_reference(text: str, low: int, high: int) -> list[str]:
    """scikit-learn's `_char_wb_ngrams`, transcribed: the definition the analyzer must keep."""
    grams = []
    for word in text.split():
        padded = f" {word} "
        for n in range(low, high + 1):
            grams.append(padded[:n])
            if len(padded) <= n:
                break
            grams.extend(padded[offset : offset + n] for offset in range(1, len(padded) - n + 1))
    return grams


def _words_reference(text: str, low: int, high: int) -> list[str]:
    """scikit-learn's `_word_ngrams` on the default token pattern, transcribed."""
    tokens = re.findall(r"(?u)\b\w\w+\b", text)
    return [
        " ".join(tokens[i : i + n])
        for n in range(low, high + 1)
        for i in range(len(tokens) - n + 1)
    ]


@settings(max_examples=300, deadline=None)
@given(st.text("ab é.\n\x1c", max_size=80), st.integers(1, 4), st.integers(0, 3))
def test_the_analyzers_give_the_n_grams_of_the_definition_in_its_order(
    text: str, low: int, extra: int
) -> None:
    # The order counts as well as the n-grams: a vectorizer sums its terms' products in the order
    # they are first seen, so a faster analyzer giving them in another order could move a score
    # by a rounding and a decision with it.
    high = low + extra
    assert list(ANALYZERS["char_wb"](text, low, high)) == _char_wb_reference(text, low, high)
    assert list(ANALYZERS["word"](text, low, high)) == _words_reference(text, low, high)
    repeated = " ".join([text, text.upper(), text])
    assert list(ANALYZERS["char_wb"](repeated, 3, 5)) == _char_wb_reference(repeated, 3, 5)


@settings(max_examples=300, deadline=None)
@given(st.text("ab7_.,\n\t\x0b-'", max_size=80), st.integers(1, 4), st.integers(0, 3))
def test_the_analyzers_give_an_ascii_texts_n_grams_as_its_bytes(
    text: str, low: int, extra: int
) -> None:
    # The model reads an ASCII message as bytes (no term encoded one by one): the same n-grams,
    # each the UTF-8 of the `str` one, in the same order, so every sum adds the same floats.
    # (Not a text holding \x1c-\x1f, which only `str.split` splits at: the model reads that one
    # as a `str`, and the table test above holds it to the reference.)
    high = low + extra
    for name, reference in (("char_wb", _char_wb_reference), ("word", _words_reference)):
        got = list(ANALYZERS[name](text.encode(), low, high))
        assert got == [gram.encode() for gram in reference(text, low, high)]


def test_a_character_only_str_splits_at_parts_words_as_a_space_does(model: RiskModel) -> None:
    # scikit-learn splits at \x1c-\x1f (`str.split`); `bytes.split` would not, so an ASCII
    # message holding one is read as a `str`.
    spaced = "my stepdad hits me when mum is out"
    for mark in "\x1c\x1d\x1e\x1f":
        assert model.score(spaced.replace(" ", mark)) == model.score(spaced)


@settings(max_examples=300, deadline=None)
@given(st.text("aZ7_ .,'\n-", max_size=60))
def test_an_ascii_texts_words_are_counted_the_same_lower_cased_as_bytes(text: str) -> None:
    # `fires` counts an ASCII message's words on its lower-cased bytes (the pattern runs faster
    # there): as many as scikit-learn's pattern finds in the text as typed.
    assert len(ascii_token().findall(text.lower().encode())) == len(TOKEN.compiled.findall(text))
