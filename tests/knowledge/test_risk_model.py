"""The pure-Python scorer gives scikit-learn's scores for the shipped model (no scikit-learn here).

tests/support/risk_model_train.py wrote, beside the model, scikit-learn's decision values for
about 200 dev texts and a few awkward ones; the scorer must reproduce each to 1e-6.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from knowledge.risk_model import MAX_CHARS, MODEL_FILE, RiskModel, load_risk_model

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
    stored = tmp_path / "model.json.gz"
    with gzip.open(stored, "wt", encoding="utf-8") as out:
        json.dump({"format": 99}, out)

    with pytest.raises(ValueError, match="format 99"):
        load_risk_model(stored)


def test_the_model_does_not_speak_on_a_remark_of_one_or_two_words(model: RiskModel) -> None:
    assert model.score("her dad") >= model.threshold
    assert not model.fires("her dad")
    assert not model.fires("she's 15")
    assert model.fires("he chokd her")
