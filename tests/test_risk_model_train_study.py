"""risk_model_train's round-29 table (tests/support/risk_model_train.py, docs/risk-learnt.md
"Round 29 (model29)"): the app's 3-word floor on out-of-fold scores, and a model file counted only
on the files it was not trained on."""

from __future__ import annotations

from pathlib import Path

from knowledge.risk_model import load_risk_model
from knowledge.risk_model_file import model_bytes, model_data
from tests.support.risk_cv import Item
from tests.support.risk_model_train import matched_alarm, speaks, table

WORRIED = "my colleague seems worried lately at work"
GARDEN = "the garden by the office needs watering today"
EARLIER = "our new printer jams on most mornings"


def test_an_out_of_fold_score_speaks_only_on_three_words_or_more() -> None:
    assert speaks("he chokd her", 2.0, 1.0)
    assert not speaks("her dad", 9.0, 1.0)
    assert not speaks("he chokd her", 0.5, 1.0)


def test_a_model_file_is_counted_only_on_the_files_it_was_not_trained_on(tmp_path: Path) -> None:
    early = tmp_path / "early" / "risk-tfidf.bin.gz"
    early.parent.mkdir()
    early.write_bytes(model_bytes(model_data(_worried_model(trained_on=["harm-dev.yaml"]))))
    scored = [
        Item(EARLIER, False, "page-a", "harm-dev.yaml"),
        Item(WORRIED, True, "page-b", "harm-dev99.yaml"),
        Item(GARDEN, False, "page-c", "harm-dev99.yaml"),
    ]
    out_of_fold = {EARLIER: 3.0, WORRIED: 0.5, GARDEN: -2.0}

    rows = table(scored, out_of_fold, 1.0, [early])

    assert rows[0] == (
        "file | cues caught | cues alarms | OR out of fold caught | OR out of fold alarms"
        " | OR early caught | OR early alarms"
    )
    old, fresh = rows[1].split(" | "), rows[2].split(" | ")
    assert old[0] == "harm-dev.yaml" and old[5:] == ["-", "-"]
    assert "(0/0)" in old[1] and "(0/1)" in old[2]  # no cue on the ordinary message
    assert "(1/1)" in old[4]  # its out-of-fold score alarms
    assert fresh[0] == "harm-dev99.yaml"
    assert "(0/1)" in fresh[1] and "(0/1)" in fresh[3]  # neither the cues nor the OOF score
    assert "(1/1)" in fresh[5] and "(0/1)" in fresh[6]  # the earlier model file catches it
    pooled = [r.split(" | ")[0] for r in rows[3:]]
    assert pooled == ["pooled old", "pooled fresh", "pooled new to all"]


def test_the_matched_alarm_keeps_the_earlier_files_recall_on_cue_misses(tmp_path: Path) -> None:
    early = tmp_path / "risk-tfidf.bin.gz"
    early.write_bytes(model_bytes(model_data(_worried_model(trained_on=["harm-dev.yaml"]))))
    quiet = "our team lunch moved to friday this week"
    missed = [
        Item(WORRIED, True, "page-a", "harm-dev99.yaml"),  # fresh, the earlier file catches it
        Item(quiet, True, "page-b", "harm-dev99.yaml"),  # fresh, it does not: recall 1/2
        Item(GARDEN, True, "page-c", "harm-dev.yaml"),
        Item(EARLIER, True, "page-d", "harm-dev.yaml"),
        Item("her dad", True, "page-e", "harm-dev.yaml"),  # two words: never speaks
        Item("the bins go out on tuesday", False, "page-f", "harm-dev.yaml"),
    ]
    out_of_fold = {WORRIED: 0.5, quiet: 1.0, GARDEN: 2.0, EARLIER: 3.0, "her dad": 9.0}

    alarm = matched_alarm(missed, out_of_fold, load_risk_model(early))

    assert alarm == 1.0  # 3 of the 5 cue misses (recall 1/2, rounded up); "her dad" cannot count


def _worried_model(trained_on: list[str]) -> dict[str, object]:
    return {
        "intercept": -1.0,
        "threshold": 0.0,
        "trained_on": trained_on,
        "vectorizers": [
            {
                "analyzer": "word",
                "ngram_range": [1, 1],
                "terms": ["worried"],
                "idf": [1.0],
                "weight": [10.0],
            }
        ],
    }
