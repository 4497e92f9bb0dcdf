"""The packs load, and a broken pack is refused with a message naming file, entry and problem."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.cli import main
from knowledge.loader import KnowledgeError, builtin_packs_dir, load_knowledge
from knowledge.yaml_keys import pack_loader

SOURCE = (builtin_packs_dir().parent / "sources" / "information-sharing-qa-2008.txt").read_text()


def test_builtin_packs_load_with_fourteen_entries_in_order() -> None:
    knowledge = load_knowledge()
    assert [e.number for e in knowledge.entries] == list(range(1, 15))
    assert len(knowledge.rules.rules) == 7
    assert [q.number for q in knowledge.flow.questions] == [1, 2, 3, 4, 4, 5, 5]


def test_every_answer_is_quoted_exactly_from_the_published_text() -> None:
    squashed = re.sub(r"\s+", " ", SOURCE.replace("*", ""))
    for entry in load_knowledge().entries:
        for paragraph in entry.answer.split("\n\n"):
            assert re.sub(r"\s+", " ", paragraph.replace("*", "")) in squashed, entry.number


def test_every_entry_has_search_aids() -> None:
    for entry in load_knowledge().entries:
        assert len(entry.alternates) >= 10, entry.number
        assert entry.keywords, entry.number


def _builtin(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((builtin_packs_dir() / name).read_text())
    return data


def _write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def _problems(path: Path) -> str:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(path)
    return "\n".join(caught.value.problems)


def test_a_dangling_target_is_named(tmp_path: Path) -> None:
    flow = _builtin("consent-check.yaml")
    flow["questions"][1]["answers"]["yes"] = "nowhere"
    problems = _problems(_write(tmp_path, "flow.yaml", flow))
    assert "flow.yaml" in problems
    assert "'identifiable'" in problems and "'nowhere'" in problems


def test_an_unreachable_step_is_named(tmp_path: Path) -> None:
    flow = _builtin("consent-check.yaml")
    flow["questions"][0]["answers"]["yes"] = "share-not-personal"
    problems = _problems(_write(tmp_path, "flow.yaml", flow))
    assert "'identifiable' cannot be reached" in problems


def test_a_loop_is_named(tmp_path: Path) -> None:
    flow = _builtin("consent-check.yaml")
    flow["questions"][2]["answers"]["yes"] = "purpose"
    problems = _problems(_write(tmp_path, "flow.yaml", flow))
    assert (
        "loops back" in problems
        and "purpose -> identifiable -> confidential -> purpose" in problems
    )


def test_a_missing_answer_and_a_bad_kind_are_named(tmp_path: Path) -> None:
    flow = _builtin("consent-check.yaml")
    del flow["questions"][3]["answers"]["not-sure"]
    flow["outcomes"][0]["kind"] = "maybe"
    problems = _problems(_write(tmp_path, "flow.yaml", flow))
    assert "questions[4] (id consent)" in problems and "not-sure" in problems
    assert "outcomes[1] (id share-not-personal).kind" in problems


def test_not_sure_that_does_not_lead_to_advice_is_named(tmp_path: Path) -> None:
    flow = _builtin("consent-check.yaml")
    flow["questions"][1]["answers"]["not-sure"] = "share-not-personal"
    problems = _problems(_write(tmp_path, "flow.yaml", flow))
    assert "question 'identifiable': 'not sure' must lead to seeking advice" in problems


def test_key_question_numbers_that_go_down_along_a_path_are_named(tmp_path: Path) -> None:
    flow = _builtin("consent-check.yaml")
    flow["questions"][4]["number"] = 2  # the ask-first step, after key question 4
    problems = _problems(_write(tmp_path, "flow.yaml", flow))
    assert "'ask-first' (key question 2) follows 'consent' (key question 4)" in problems


def test_a_record_field_that_is_not_defined_is_named(tmp_path: Path) -> None:
    flow = _builtin("consent-check.yaml")
    flow["outcomes"][2]["record"].append("shoe-size")
    problems = _problems(_write(tmp_path, "flow.yaml", flow))
    assert "outcome 'share-with-consent': record field 'shoe-size' is not defined" in problems


def test_a_question_with_no_kind_of_no_is_refused(tmp_path: Path) -> None:
    flow = _builtin("consent-check.yaml")
    del flow["questions"][0]["answers"]["no"]
    problems = _problems(_write(tmp_path, "flow.yaml", flow))
    assert "no answer says no" in problems


def test_a_duplicate_entry_number_is_named(tmp_path: Path) -> None:
    local = {
        "kind": "qa",
        "source": {"title": "Our IG FAQ", "publisher": "Anytown Council", "published": "2025"},
        "entries": [{"number": 4, "question": "Who is our IG lead?", "answer": "The DPO."}],
    }
    problems = _problems(_write(tmp_path, "local.yaml", local))
    assert "local.yaml: question 4: number already used" in problems


def test_an_organisations_entries_and_contacts_are_added(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "local.yaml",
        {
            "kind": "qa",
            "source": {"title": "Our IG FAQ", "publisher": "Anytown Council", "published": "2025"},
            "entries": [{"number": 101, "question": "Who is our IG lead?", "answer": "The DPO."}],
        },
    )
    _write(
        tmp_path, "contacts.yaml", {"kind": "contacts", "contacts": [{"name": "IG team, ext 1234"}]}
    )
    knowledge = load_knowledge(tmp_path)
    assert knowledge.entry(101) is not None
    assert knowledge.citation(101) == "Our IG FAQ, Anytown Council, 2025, question 101"
    assert [c.name for c in knowledge.contacts.contacts] == ["IG team, ext 1234"]


def test_an_altered_answer_is_refused(tmp_path: Path) -> None:
    qa = _builtin("qa.yaml")
    qa["entries"][2]["answer"] = "The Data Protection Act 1998 is a barrier to sharing."
    qa["source"]["file"] = str(builtin_packs_dir().parent / "sources" / qa["source"]["file"])
    problems = _problems(_write(tmp_path, "qa.yaml", qa))
    assert "number 3" in problems and "quoted exactly" in problems


def test_broken_yaml_and_unknown_kinds_are_named(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("kind: qa\nentries: [1, 2\n")
    (tmp_path / "odd.yaml").write_text("kind: recipes\n")
    problems = _problems(tmp_path)
    assert "broken.yaml: line" in problems and "not valid YAML" in problems
    assert "odd.yaml: a pack must be a mapping with 'kind'" in problems


def test_a_key_given_twice_in_a_pack_is_named_with_its_line(tmp_path: Path) -> None:
    text = (builtin_packs_dir() / "typed-words.yaml").read_text(encoding="utf-8")
    text = text.replace("\n  own_life:\n", "\n  own_life:\n    - a phrase\n  own_life:\n", 1)
    assert text.count("\n  own_life:\n") == 2
    (tmp_path / "typed-words.yaml").write_text(text, encoding="utf-8")
    problems = _problems(tmp_path)
    assert "typed-words.yaml: line" in problems and "key 'own_life' is given twice" in problems


def test_the_builtin_packs_give_no_key_twice() -> None:
    for pack in sorted(builtin_packs_dir().glob("*.yaml")):
        yaml.load(pack.read_text(encoding="utf-8"), Loader=pack_loader())


def test_knowledge_check_command_reports_ok_and_problems(tmp_path: Path, capsys) -> None:
    assert main(["knowledge", "check"]) == 0
    assert "ok: 14 Q&A entries" in capsys.readouterr().out
    flow = _builtin("consent-check.yaml")
    flow["start"] = "nowhere"
    assert main(["knowledge", "check", str(_write(tmp_path, "flow.yaml", flow))]) == 1
    err = capsys.readouterr().err
    assert "start 'nowhere' is not the id of a question" in err
    assert "Traceback" not in err
    assert main(["knowledge", "check", str(tmp_path / "missing")]) == 1
    assert "no such file or directory" in capsys.readouterr().err
