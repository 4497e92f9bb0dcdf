"""The learnt-model study's own rules (tests/support/risk_rounds.py, docs/risk-learnt.md)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.support import risk_embed, risk_rounds, risk_variants
from tests.support.risk_cv import DATA, Item, Scorer, parse_file
from tests.support.risk_embed import Embeddings
from tests.support.risk_ranking import Scored, alarms_at_recall, auc
from tests.support.risk_rounds import (
    METHODS,
    Thresholds,
    hide_threshold,
    items_at,
    round_sets,
)


def test_the_time_split_reads_dev_sets_and_brainstorms_and_never_a_held_out_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    real = risk_rounds._git

    def recording(*argv: str) -> bytes:
        if argv[0] == "show":
            shown.append(argv[1])
        return real(*argv)

    monkeypatch.setattr(risk_rounds, "_git", recording)
    scored, brainstorm = items_at(risk_rounds.before_round(9))
    assert not [path for path in shown if "holdout" in path]
    assert {i.file for i in scored} >= {"harm-dev8.yaml", "practice-dev8.yaml", "dev-questions"}
    assert "harm-dev9.yaml" not in {i.file for i in scored}
    assert brainstorm
    assert {i.group for i in brainstorm} == {i.file for i in brainstorm}


def test_the_variants_time_split_scores_each_dev_file_in_the_round_it_arrived() -> None:
    windows = risk_variants.windows(range(7, 17))
    scored = [name for _, _, names in windows for name in names]
    assert len(scored) == len(set(scored))
    assert not [name for name in scored if "holdout" in name]
    assert "harm-dev15.yaml" in windows[-2][2]
    assert {"harm-dev16.yaml", "practice-dev15.yaml", "dev-questions2.yaml"} <= set(windows[-1][2])
    for _, commit, names in windows:
        assert not set(names) & set(risk_variants.dev_files(commit))
    assert risk_variants.windows([8]) == windows[1:2]


def test_dev_questions2_are_ordinary_dev_items_grouped_by_page() -> None:
    items = parse_file("dev-questions2.yaml", (DATA / "dev-questions2.yaml").read_text("utf-8"))
    assert len(items) == 115
    assert not [i for i in items if i.risk]
    assert 1 < len({i.group for i in items}) < len(items)


def test_only_ordinary_statements_take_the_statement_weight() -> None:
    items = [
        Item("my stepdad hits me", True, "p", "f"),
        Item("can I tell the school?", False, "p", "f"),
        Item("she is 9 and in year 4", False, "p", "f"),
    ]
    assert risk_variants.weights(items, risk_variants.VARIANTS["statements x4"]) == [1, 1, 4]
    assert risk_variants.weights(items, risk_variants.BASE) == [1, 1, 1]


def test_a_held_out_file_cannot_be_parsed() -> None:
    with pytest.raises(AssertionError):
        parse_file("harm-holdout8.yaml", "[]")


def test_the_suppressor_threshold_hides_no_training_disclosure() -> None:
    scores = [0.3, -2.5, 1.0, -0.4, 4.2]
    limits = Thresholds(alarm=5.0, hide=hide_threshold(scores, 0.0), hide1=0.0)
    assert all(METHODS["suppressor"](True, s, limits) for s in scores)
    assert not METHODS["suppressor"](True, -2.6, limits)


def test_the_one_percent_suppressor_hides_at_most_one_percent() -> None:
    scores = [float(n) for n in range(300)]
    cut = hide_threshold(scores, 0.01)
    assert sum(s < cut for s in scores) == 3


def test_both_lets_the_model_signpost_what_the_cues_missed_and_drop_what_it_is_sure_of() -> None:
    limits = Thresholds(alarm=1.0, hide=-2.0, hide1=-1.0)
    both = METHODS["both"]
    assert both(False, 1.5, limits)
    assert not both(True, -3.0, limits)
    assert both(True, -1.5, limits)
    assert not both(False, 0.5, limits)


def test_auc_is_the_chance_a_disclosure_outranks_an_ordinary_message() -> None:
    def items(pairs: list[tuple[bool, float]]) -> list[Scored]:
        return [Scored(risk, score, cue=False) for risk, score in pairs]

    assert auc(items([(True, 2.0), (True, 1.5), (False, 1.0), (False, -1.0)])) == 1.0
    assert auc(items([(True, -2.0), (False, 1.0)])) == 0.0
    assert auc(items([(True, 1.0), (False, 1.0)])) == 0.5
    # one of the two disclosures outranks both ordinary messages, the other outranks one
    assert auc(items([(True, 3.0), (False, 2.0), (True, 1.0), (False, 0.0)])) == 0.75


def test_alarms_at_recall_counts_ordinary_scores_at_or_above_the_cut() -> None:
    scored = [
        Scored(True, 3.0, cue=True),
        Scored(True, 1.0, cue=False),
        Scored(False, 2.0, cue=True),
        Scored(False, 0.5, cue=False),
        Scored(False, 1.0, cue=False),
    ]
    assert alarms_at_recall(scored, 1) == (0, 3)
    assert alarms_at_recall(scored, 2) == (2, 3)


def test_a_round_scores_only_the_sets_it_has() -> None:
    assert round_sets(14) == ["harm-dev14.yaml", "practice-dev14.yaml"]
    assert round_sets(15) == ["harm-dev15.yaml", "practice-dev15.yaml"]
    assert round_sets(16) == ["harm-dev16.yaml", "practice-dev16.yaml"]


class _FakeEncoder:
    def encode(self, texts: list[str], **_: object) -> np.ndarray:
        return np.array([[float(len(t)), 1.0] for t in texts])


def test_embeddings_are_cached_only_while_persist_is_set(tmp_path: Path) -> None:
    (tmp_path / "model.safetensors").write_bytes(b"weights")
    cache = tmp_path / "vectors.npz"
    embeddings = Embeddings(tmp_path, cache, threads=1)
    embeddings._model = _FakeEncoder()
    embeddings.of(["a dev message"])
    embeddings.persist = False
    embeddings.of(["a held-out message"])
    again = Embeddings(tmp_path, cache, threads=1)
    assert list(again.vectors) == ["a dev message"]


def test_holdout_with_tfidf_trains_round_twos_model_and_prints_totals_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "model.safetensors").write_bytes(b"weights")
    data = tmp_path / "data"
    data.mkdir()
    fake = "\n".join(
        f'- q: "fake {word} message {n}"\n  expect: null\n  risk: {risk}'
        for n, (word, risk) in enumerate(
            [("hit", "true"), ("hit", "true"), ("school", "false")] * 4
        )
    )
    (data / "harm-holdout99.yaml").write_text(fake, encoding="utf-8")
    dev = [
        Item(f"dev {w} {n}", w == "hit", f"page{n}", "harm-dev1.yaml")
        for n in range(12)
        for w in ("hit", "trip")
    ]
    models: list[str] = []

    def fake_train(texts: list[str], labels: list[bool], model: str, seed: int) -> Scorer:
        models.append(model)
        return lambda batch: [3.0 if "hit" in t else -3.0 for t in batch]

    monkeypatch.setattr(risk_embed, "DATA", data)
    monkeypatch.setattr(risk_embed, "items_at", lambda commit: (dev, []))
    monkeypatch.setattr(risk_embed, "train", fake_train)
    monkeypatch.setattr(risk_embed, "cues_today", lambda texts: [False for _ in texts])
    argv = ["holdout", "--model", "tfidf", "--model-dir", str(tmp_path)]
    assert risk_embed.main([*argv, "--cache", str(tmp_path / "v.npz")]) == 0
    out = capsys.readouterr().out
    assert models and set(models) == {"logreg"}
    assert "tfidf model trained" in out
    assert "| OR | 100.0% (8/8) |  0.0% (0/4) |" in out
    assert "fake" not in out
    assert not (tmp_path / "v.npz").exists()
