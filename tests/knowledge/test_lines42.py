"""Round 42 (whom42): a kind of harm names lines beside an organisation's contacts (the police,
a national helpline) by their ids in the contacts pack's `lines`, and the packs are checked
together: a category naming a line the contacts pack does not have is a problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.loader import KnowledgeError, load_knowledge
from knowledge.risk_schema import RiskCategory

LINES = (
    "kind: contacts\n"
    "contacts:\n"
    "  - name: Our lead\n"
    "    role: safeguarding-lead\n"
    "lines:\n"
    "  - id: police\n"
    "    name: The police\n"
    "    how: 999 now, 101 otherwise\n"
    "  - id: modern-slavery-helpline\n"
    "    name: The helpline\n"
)


def _risk(tmp_path: Path, line: str) -> None:
    (tmp_path / "risk.yaml").write_text(
        f"kind: risk\ncategories:\n  - id: exploitation\n    lines: [{line}]\n", encoding="utf-8"
    )


def test_a_line_no_contacts_pack_has_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "contacts.yaml").write_text(LINES, encoding="utf-8")
    _risk(tmp_path, "samaritans")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path)
    assert "names line 'samaritans'" in str(caught.value)


def test_a_line_the_contacts_pack_has_is_named(tmp_path: Path) -> None:
    (tmp_path / "contacts.yaml").write_text(LINES, encoding="utf-8")
    _risk(tmp_path, "police")
    knowledge = load_knowledge(tmp_path)
    exploitation = knowledge.risk.category("exploitation")
    assert exploitation is not None
    assert exploitation.lines == ("police",)
    assert [line.id for line in knowledge.contacts.lines_named(("police", "x"))] == ["police"]


def test_an_organisations_contacts_with_no_lines_show_none(tmp_path: Path) -> None:
    (tmp_path / "contacts.yaml").write_text(
        "kind: contacts\ncontacts:\n  - name: Our lead\n", encoding="utf-8"
    )
    assert load_knowledge(tmp_path).contacts.lines == ()


def test_a_line_id_is_checked() -> None:
    with pytest.raises(ValueError, match="id of a line"):
        RiskCategory.model_validate({"id": "exploitation", "lines": ("The Police!",)})


def test_the_built_in_lines() -> None:
    knowledge = load_knowledge()
    slavery = knowledge.risk.category("modern-slavery-trafficking")
    assert slavery is not None
    lines = knowledge.contacts.lines_named(slavery.lines)
    assert any("08000 121 700" in line.as_line() for line in lines)
    assert any(line.id == "police" for line in lines)


def test_an_organisations_lines_are_given_the_builtin_lines_they_lack(tmp_path: Path) -> None:
    # Round 46: young115 gave built-in kinds three new lines; a pack written before them, with
    # lines of its own, must still load, its own line of an id winning over the built-in one.
    assert "domestic-abuse-helpline" not in LINES
    (tmp_path / "contacts.yaml").write_text(LINES, encoding="utf-8")
    knowledge = load_knowledge(tmp_path)
    ids = [line.id for line in knowledge.contacts.lines]
    assert ids[:2] == ["police", "modern-slavery-helpline"]
    assert {"domestic-abuse-helpline", "mens-advice-line", "forced-marriage-unit"} <= set(ids)
    (police,) = knowledge.contacts.lines_named(("police",))
    assert police.name == "The police"


@pytest.mark.parametrize(
    ("condition", "problem"),
    [
        ("{told: [slavery-told]}", None),
        ("{told: [slavery-told, unpaid-not unpaid-pay], beside: [domestic-abuse]}", None),
        ("{told: [slavery-told], beside: [carers-named]}", None),
        ("{told: [no-such-marker]}", "told 'no-such-marker', which is no marker"),
        ("{told: [unpaid-not no-such-marker]}", "told 'no-such-marker', which is no marker"),
        ("{told: [slavery-told], beside: [no-such-kind]}", "nor a kind of harm"),
    ],
)
def test_a_line_named_only_when_told_names_markers_the_risk_pack_has(
    tmp_path: Path, condition: str, problem: str | None
) -> None:
    # Round 48 (shape133): a line's condition names the risk pack's markers (`only_when_told`).
    lines = LINES.replace(
        "    name: The helpline\n", f"    name: The helpline\n    only_when_told: {condition}\n"
    )
    (tmp_path / "contacts.yaml").write_text(lines, encoding="utf-8")
    if problem is None:
        (line,) = load_knowledge(tmp_path).contacts.lines_named(("modern-slavery-helpline",))
        assert line.only_when_told is not None and line.only_when_told.told[0] == "slavery-told"
        return
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(tmp_path)
    assert problem in str(caught.value)


@pytest.mark.parametrize(
    ("told", "fits"),
    [
        ((), True),  # neither domestic abuse nor carers: wherever its kind is found
        (("domestic-abuse",), False),
        (("carers-named",), False),
        (("domestic-abuse", "unpaid-not unpaid-pay"), True),
        (("carers-named", "slavery-told"), True),
        (("slavery-told",), True),
    ],
)
def test_the_built_in_slavery_helpline_fits_beside_domestic_abuse_or_carers_only_if_told(
    told: tuple[str, ...], fits: bool
) -> None:
    knowledge = load_knowledge()
    (line,) = knowledge.contacts.lines_named(("modern-slavery-helpline",))
    assert line.fits(told) is fits
    (police,) = knowledge.contacts.lines_named(("police",))
    assert police.fits(told)
    (marriage,) = knowledge.contacts.lines_named(("forced-marriage-unit",))
    assert marriage.fits((*told, "marriage-told")) and not marriage.fits(told)
