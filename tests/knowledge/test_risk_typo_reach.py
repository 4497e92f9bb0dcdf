"""`infoshare knowledge check` names a cue word typo correction cannot reach (round 43)."""

from __future__ import annotations

import io

from bot.cli import _knowledge_check
from knowledge.risk_typo_reach import SLIPS, slips, typo_warnings, unreached
from tests.support.packs import builtin_knowledge


def test_each_kind_of_slip_is_made_after_the_first_letter() -> None:
    assert list(slips("danger", "swapped")) == ["dnager", "dagner", "danegr", "dangre"]
    assert "dager" in slips("danger", "dropped") and "ddanger" not in slips("danger", "doubled")
    assert "dabger" in slips("danger", "wrong")


def test_a_word_no_slip_brings_back_is_named_with_the_kinds() -> None:
    # a correction that only ever mends a swap: the other kinds never bring "danger" back
    def corrected(word: str) -> str:
        return "danger" if word in set(slips("danger", "swapped")) else word

    assert unreached(["danger", "cut"], corrected) == {
        "danger": tuple(k for k in SLIPS if k != "swapped")
    }
    (warning,) = typo_warnings(["danger"], corrected)
    assert "'danger'" in warning and "dropped or doubled or wrong" in warning


def test_the_built_in_pack_has_no_cue_word_out_of_reach() -> None:
    detector = builtin_knowledge().risk_detector
    assert unreached(detector.cue_words, detector.corrected) == {}


def test_the_knowledge_check_prints_the_warnings_and_still_passes(monkeypatch) -> None:
    monkeypatch.setattr("knowledge.risk.RiskDetector.corrected", lambda self, word: word)
    out, err = io.StringIO(), io.StringIO()
    assert _knowledge_check(None, out, err) == 0
    assert out.getvalue().startswith("ok:")
    assert "warning: risk packs: typo correction cannot reach cue word 'touched'" in err.getvalue()
