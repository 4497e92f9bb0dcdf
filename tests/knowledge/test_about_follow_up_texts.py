"""The follow-ups' texts said just after a signpost, and the several-questions line, are the about
pack's (tidy37; the replies to a worry and the footer since tidy38): an about pack without one of
them, or with one empty, is refused by name, by `infoshare knowledge check` too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.app import build_core
from knowledge.loader import KnowledgeError, builtin_packs_dir, load_knowledge
from tests.support.core import Chat, texts
from tests.support.environment import command_env, run_command

SENCO = (
    "hiya im a SENCo, got a yr 8 girl with ADHD, shes told her TA that her step brother (19) "
    "sends her pics and asks for hers back. mum knows and says its just banter. i need to tell "
    "the DSL but can i also tell her CAMHS worker?"
)
SOLE_TRADER = (
    "I'm a sole trader (a hairdresser) and a 14 year old client told me her stepdad hits her"
)
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
    "writer_thanked",
)
WORRIES = ("unsure", "police", "secret", "identity", "questioning", "record", "feelings")


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


def test_the_signposts_note_and_the_follow_up_say_the_same_on_your_own(tmp_path: Path) -> None:
    # tidy38: the signpost's note to a writer with no safeguarding lead was words in code.
    own = "Ring the front door yourself: no name needed at first."
    (tmp_path / "about.yaml").write_text(yaml.safe_dump({**_about(), "on_your_own": own}))
    chat = Chat(build_core(tmp_path))
    signpost = chat.send(SOLE_TRADER)[0]
    assert signpost.risk_of_harm and own in signpost.text
    assert texts(chat.send("who do I tell then?")).startswith(own)


@pytest.mark.parametrize("worry", WORRIES)
def test_an_about_pack_without_a_worrys_reply_is_refused(tmp_path: Path, worry: str) -> None:
    about = _about()
    del about["worry_replies"][worry]
    problems = _problems(tmp_path, about)
    assert f"about.yaml: worry_replies.{worry}:" in problems and "Field required" in problems


@pytest.mark.parametrize("worry", WORRIES)
def test_an_about_pack_with_a_worrys_reply_empty_is_refused(tmp_path: Path, worry: str) -> None:
    about = _about()
    about["worry_replies"][worry] = ""
    problems = _problems(tmp_path, about)
    assert f"about.yaml: worry_replies.{worry}:" in problems and "at least 3" in problems


def test_the_knowledge_check_refuses_an_about_pack_without_them(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    packs.mkdir()
    about = _about()
    del about["worry_replies"]["police"]
    (packs / "about.yaml").write_text(yaml.safe_dump({**about, "follow_up_footer": ""}))
    done = run_command(["knowledge", "check", str(packs)], command_env(tmp_path), tmp_path)
    assert done.returncode == 1
    assert "about.yaml: worry_replies.police:" in done.stderr
    assert "about.yaml: follow_up_footer:" in done.stderr


def test_an_organisations_worry_replies_and_footer_are_said(tmp_path: Path) -> None:
    about = _about()
    about["worry_replies"]["police"] = "Ring 999 if in danger; else your lead."
    about["follow_up_footer"] = "Our own words."
    (tmp_path / "about.yaml").write_text(yaml.safe_dump(about, sort_keys=False))
    chat = Chat(build_core(tmp_path))
    assert chat.send(SENCO)[0].risk_of_harm
    said = texts(chat.send("should I ring the police"))
    assert said == "Ring 999 if in danger; else your lead.\n\nOur own words."
