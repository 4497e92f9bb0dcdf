"""Round 56 (tidy224): a cue word an organisation's risk pack adds that typo correction reads a
common English word as is a pack problem, naming the pair. Round 55 met the trap in the built-in
pack: with "dancers" a cue word, "when my dad is drunk he dances in the kitchen" read "dances" as
"dancers" (the message held a sign of harm) and lost its harmless act. Round 57 made it a
warning, not a problem (`test_slip_warnings57`)."""

from __future__ import annotations

from pathlib import Path

from knowledge.loader import load_knowledge
from knowledge.risk_pack_problems import added_cue_words, slip_problems
from knowledge.risk_schema import RiskPack as RiskModel
from tests.support.packs import builtin_knowledge


def _risk(tmp_path: Path, *cues: str) -> None:
    listed = ", ".join(f'"{c}"' for c in cues)
    (tmp_path / "risk.yaml").write_text(
        f"kind: risk\ncategories:\n  - id: exploitation\n    cues: [{listed}]\n",
        encoding="utf-8",
    )


def test_a_cue_word_no_common_word_is_one_slip_from_loads(tmp_path: Path) -> None:
    _risk(tmp_path, "forced into stripping", "made to work as strippers")
    # "stripper" is read as "strippers", the same word once stemmed: no trap
    knowledge = load_knowledge(tmp_path)
    assert knowledge.risk.category("exploitation") is not None
    assert knowledge.pack_warnings == ()


def test_only_the_words_an_organisation_adds_are_checked() -> None:
    builtin = RiskModel.model_validate(
        {"kind": "risk", "categories": [{"id": "neglect", "cues": ["left <kid> alone"]}]}
    )
    local = RiskModel.model_validate(
        {
            "kind": "risk",
            "categories": [{"id": "neglect", "cues": ["left <kid> alone", "paid dancers"]}],
            "sets": {"kid": ["bairn"]},
        }
    )
    assert added_cue_words([builtin], [local]) == {"paid", "dancers", "bairn"}


def test_the_built_in_pack_s_own_cue_words_are_not_reported() -> None:
    detector = builtin_knowledge().risk_detector
    assert detector.corrected_beside_harm("amused") == "abused"  # a built-in pair, measured
    assert slip_problems(detector, frozenset()) == []
    assert slip_problems(detector, {"abused"}) != []  # were it an organisation's own
