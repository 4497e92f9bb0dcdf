"""tidy39: the line a signpost adds when the harm told is an adult's own childhood
(`children_still_note`, round 38) and the common names that are also words the packs know
(`also_names`, tryout38 #14) were words in the code; they are the risk pack's. A risk pack
without them is refused by name, one with the note empty by `infoshare knowledge check` too,
and an organisation's own are what the assistant reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.app import build_core
from dialogs.privacy import looks_identifying
from knowledge.loader import builtin_packs_dir, load_knowledge
from knowledge.risk_schema import RiskPack
from knowledge.risk_schema_merge import merge_risk_packs
from tests.support.core import Chat
from tests.support.environment import command_env, run_command
from tests.support.packs import builtin_knowledge

CHILDHOOD = "my client was abused by her uncle as a child"


def _builtin_risk() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((builtin_packs_dir() / "risk.yaml").read_text())
    return data


@pytest.mark.parametrize("name", ["children_still_note", "also_names"])
def test_a_risk_pack_without_them_is_refused_by_name(name: str) -> None:
    risk = _builtin_risk()
    del risk[name]
    _, problems = merge_risk_packs([("risk.yaml", RiskPack.model_validate(risk))])
    assert any(problem.startswith(f"{name}: ") for problem in problems)


def test_the_built_in_risk_pack_has_them() -> None:
    _, problems = merge_risk_packs([("risk.yaml", RiskPack.model_validate(_builtin_risk()))])
    assert problems == []
    pack = builtin_knowledge().risk
    assert pack.children_still_note and "contact with children" in pack.children_still_note
    assert {"sarah", "brown"} <= set(pack.also_names)


def test_the_knowledge_check_refuses_an_empty_note_and_a_name_not_a_word(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    packs.mkdir()
    risk = {
        "kind": "risk",
        "children_still_note": "",
        "also_names": ["Mary Jane"],
        "surnames": ["O'Brien"],
    }
    (packs / "risk.yaml").write_text(yaml.safe_dump(risk))
    done = run_command(["knowledge", "check", str(packs)], command_env(tmp_path), tmp_path)
    assert done.returncode == 1
    assert "children_still_note" in done.stderr and "at least 3 characters" in done.stderr
    assert "also_names" in done.stderr and "single lower-case words" in done.stderr
    assert "surnames" in done.stderr


def test_an_organisations_surnames_add_to_the_built_in_ones(tmp_path: Path) -> None:
    (tmp_path / "risk.yaml").write_text(yaml.safe_dump({"kind": "risk", "surnames": ["nwosu"]}))
    surnames = load_knowledge(tmp_path).risk.surnames
    assert "nwosu" in surnames and "thompson" in surnames


def test_an_organisations_note_is_said(tmp_path: Path) -> None:
    ours = "Ask whether he still sees children: if so, ring the front door."
    (tmp_path / "risk.yaml").write_text(
        yaml.safe_dump({"kind": "risk", "children_still_note": ours})
    )
    signpost = Chat(build_core(tmp_path)).send(CHILDHOOD)[0]
    assert signpost.risk_of_harm and ours in signpost.text
    assert "child protection matter too" not in signpost.text


def test_the_names_the_pack_lists_are_what_make_a_full_name() -> None:
    known = builtin_knowledge().risk_detector.known_words | {"sarah", "grace"}
    also = frozenset(builtin_knowledge().risk.also_names)
    assert looks_identifying("can I tell the GP of Sarah Okafor", known, also)
    assert not looks_identifying("can I tell the GP of Sarah Okafor", known)
    assert not looks_identifying("can I tell the GP of Grace Okafor", known, also)
    assert looks_identifying("can I tell the GP of Grace Okafor", known, also | {"grace"})
