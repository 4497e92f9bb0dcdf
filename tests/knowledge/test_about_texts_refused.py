"""Every text the signpost and its follow-ups say is the about pack's (tidy37, tidy38: were words
in dialogs/): an about pack without one of them, or with one empty, is refused by name, by
`infoshare knowledge check` too. One place for the refusals (tidy39: they were written twice,
in the tests of the follow-ups' texts and of the signpost's); what an organisation's own texts
say is tested beside the replies that say them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge.loader import KnowledgeError, load_knowledge
from tests.support.environment import command_env, run_command
from tests.support.packs import about_pack

TEXTS: tuple[str, ...] = (
    "still_a_child",
    "an_adult",
    "works_with",
    "several_questions",
    "on_your_own",
    "no_name",
    "close_to_them",
    "follow_up_footer",
    "not_reporting",
    "children_too",
    "images_too",
    "separate_concern",
    "cared_for_at_risk",
    "writer_into_care",
    "writer_angry",
    "writer_who_told",
    "writer_fault",
    "writer_thanked",
    "friend_thanked",
    "family_thanked",
    "with_agreement",
    "with_agreement_after_harm",
    "safety_first",
    "same_case",
)
"""The about pack's texts at its top level."""
NESTED: tuple[tuple[str, str], ...] = (
    *(
        ("to_the_writer", name)
        for name in (
            "child",
            "adult",
            "no_age",
            "family",
            "if_suicidal",
            "if_threat",
            "not_in_trouble",
            "asked_not_to_tell",
            "only_them",
        )
    ),
    *(
        ("worry_replies", worry)
        for worry in ("unsure", "police", "secret", "identity", "questioning", "record", "feelings")
    ),
)
"""Its texts inside a group: the signpost's to the writer, the replies to a worry."""


def _problems(tmp_path: Path, about: dict[str, Any]) -> str:
    path = tmp_path / "about.yaml"
    path.write_text(yaml.safe_dump(about, sort_keys=False))
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path)
    return "\n".join(caught.value.problems)


@pytest.mark.parametrize("name", TEXTS)
def test_an_about_pack_without_the_text_is_refused(tmp_path: Path, name: str) -> None:
    about = about_pack()
    del about[name]
    problems = _problems(tmp_path, about)
    assert f"about.yaml: {name}:" in problems and "Field required" in problems


@pytest.mark.parametrize("name", TEXTS)
def test_an_about_pack_with_the_text_empty_is_refused(tmp_path: Path, name: str) -> None:
    problems = _problems(tmp_path, {**about_pack(), name: ""})
    assert f"about.yaml: {name}:" in problems and "at least 3 characters" in problems


@pytest.mark.parametrize(("group", "name"), NESTED)
def test_an_about_pack_without_a_text_of_a_group_is_refused(
    tmp_path: Path, group: str, name: str
) -> None:
    about = about_pack()
    del about[group][name]
    problems = _problems(tmp_path, about)
    assert f"about.yaml: {group}.{name}:" in problems and "Field required" in problems


@pytest.mark.parametrize(("group", "name"), NESTED)
def test_an_about_pack_with_a_text_of_a_group_empty_is_refused(
    tmp_path: Path, group: str, name: str
) -> None:
    about = about_pack()
    about[group][name] = ""
    problems = _problems(tmp_path, about)
    assert f"about.yaml: {group}.{name}:" in problems and "at least 3 characters" in problems


def test_the_knowledge_check_refuses_an_about_pack_without_them(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    packs.mkdir()
    about = about_pack()
    del about["worry_replies"]["police"]
    (packs / "about.yaml").write_text(yaml.safe_dump({**about, "follow_up_footer": ""}))
    done = run_command(["knowledge", "check", str(packs)], command_env(tmp_path), tmp_path)
    assert done.returncode == 1
    assert "about.yaml: worry_replies.police:" in done.stderr
    assert "about.yaml: follow_up_footer:" in done.stderr
