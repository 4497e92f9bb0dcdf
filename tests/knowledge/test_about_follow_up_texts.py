"""The follow-ups' texts said just after a signpost, and the several-questions line, are the about
pack's (tidy37): an about pack without one of them, or with one empty, is refused by name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.app import build_core
from knowledge.loader import KnowledgeError, builtin_packs_dir, load_knowledge
from tests.support.core import Chat, texts

SENCO = (
    "hiya im a SENCo, got a yr 8 girl with ADHD, shes told her TA that her step brother (19) "
    "sends her pics and asks for hers back. mum knows and says its just banter. i need to tell "
    "the DSL but can i also tell her CAMHS worker?"
)
TEXTS: tuple[str, ...] = (
    *("still_a_child", "an_adult", "works_with", "several_questions", "on_your_own", "no_name"),
    "not_reporting",
    "children_too",
    "images_too",
    "separate_concern",
    "cared_for_at_risk",
    "writer_into_care",
    "writer_angry",
    "writer_who_told",
    "writer_thanked",  # these since round 38
)


def _about() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((builtin_packs_dir() / "about.yaml").read_text())
    return data


def _problems(tmp_path: Path, about: dict[str, Any]) -> str:
    path = tmp_path / "about.yaml"
    path.write_text(yaml.safe_dump(about, sort_keys=False))
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path)
    return "\n".join(caught.value.problems)


@pytest.mark.parametrize("name", TEXTS)
def test_an_about_pack_without_the_text_is_refused(tmp_path: Path, name: str) -> None:
    about = _about()
    del about[name]
    problems = _problems(tmp_path, about)
    assert f"about.yaml: {name}:" in problems and "Field required" in problems


@pytest.mark.parametrize("name", TEXTS)
def test_an_about_pack_with_the_text_empty_is_refused(tmp_path: Path, name: str) -> None:
    problems = _problems(tmp_path, {**_about(), name: ""})
    assert f"about.yaml: {name}:" in problems and "at least 3 characters" in problems


def test_an_organisations_texts_are_said(tmp_path: Path) -> None:
    about = {**_about(), "works_with": "Tell the LADO too.", "several_questions": "One answered."}
    (tmp_path / "about.yaml").write_text(yaml.safe_dump(about, sort_keys=False))
    chat = Chat(build_core(tmp_path))
    assert chat.send(SENCO)[0].risk_of_harm
    assert texts(chat.send("what if he volunteers at a school")).startswith("Tell the LADO too.")
    said = texts(chat.send("two questions: what is an ISP, and who is the guidance for?"))
    assert "One answered." in said and "You asked more than one question" not in said
