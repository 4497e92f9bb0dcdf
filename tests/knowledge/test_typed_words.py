"""The typed-words pack: a broken word is refused with a message naming file, entry and problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.cli import main
from knowledge.flow_pack import AnswerKey
from knowledge.loader import builtin_packs_dir
from knowledge.typed_words import simplify, simplify_unicode
from tests.support.packs import builtin_knowledge, typed_words_problems

BUILTIN = builtin_packs_dir() / "typed-words.yaml"


def test_the_builtin_words_cover_every_answer_and_load_with_the_other_packs() -> None:
    words = builtin_knowledge().typed_words
    assert set(words.answers) == set(AnswerKey)
    assert "yes" in words.answers[AnswerKey.YES]
    assert "i dont think so" in words.hedged.leads["no"]


def test_a_word_meaning_both_yes_and_no_is_named(tmp_path: Path) -> None:
    problems = typed_words_problems(tmp_path, 'answers:\n  "yes": [ie]\n  "no": [ie]\n')
    assert (
        f"{tmp_path / 'words.yaml'}: answers.no: 'ie' is already listed under answers.yes; "
        "a word can have only one meaning"
    ) in problems


def test_a_word_that_means_something_else_in_the_builtin_pack_is_named(tmp_path: Path) -> None:
    problems = typed_words_problems(tmp_path, 'answers:\n  "yes": ["no"]\n')
    assert (
        f"{tmp_path / 'words.yaml'}: answers.yes: 'no' is already listed under answers.no "
        f"in {BUILTIN}"
    ) in problems


def test_a_command_that_is_also_an_answer_is_named(tmp_path: Path) -> None:
    problems = typed_words_problems(tmp_path, "commands:\n  cancel: [nope]\n")
    assert "commands.cancel: 'nope' is already listed under answers.no" in problems


def test_two_meanings_among_the_hedged_leads_are_named(tmp_path: Path) -> None:
    problems = typed_words_problems(tmp_path, 'hedged:\n  leads:\n    "yes": [not at all]\n')
    assert "hedged.leads.yes: 'not at all' is already listed under hedged.leads.no" in problems


def test_a_word_simplify_would_change_is_named_with_the_form_to_write(tmp_path: Path) -> None:
    problems = typed_words_problems(tmp_path, "why:\n  - how come\n  - Why's That\n  - '???'\n")
    named = f"{tmp_path / 'words.yaml'}: why[2]: Value error, " + '"Why\'s That" can never match'
    assert named in problems
    assert "write it as 'whys that'" in problems
    assert "why[3]: Value error, '???' has no letters or digits" in problems
    assert "why[1]" not in problems


def test_an_unknown_command_or_answer_is_named(tmp_path: Path) -> None:
    problems = typed_words_problems(
        tmp_path, "commands:\n  halp: [halp]\nanswers:\n  maybe: [mebbe]\n"
    )
    assert "commands.halp" in problems and "'help', 'topics', 'check'" in problems
    assert "answers.maybe" in problems and "'not-sure'" in problems


def test_an_unquoted_yes_is_explained(tmp_path: Path) -> None:
    problems = typed_words_problems(tmp_path, "answers:\n  yes: [ie]\nthanks: [no]\n")
    assert "answers: Value error, true is how YAML reads an unquoted yes" in problems
    assert "thanks[1]: Value error, false is how YAML reads an unquoted yes" in problems


def test_a_question_word_of_two_words_is_named(tmp_path: Path) -> None:
    problems = typed_words_problems(tmp_path, "hedged:\n  question_words: [how come]\n")
    assert "hedged.question_words[1]: Value error, 'how come' must be one word" in problems


@pytest.mark.parametrize("frame", ["what does it mean", "* means *", "*", "What is *"])
def test_a_meaning_frame_without_one_star_for_the_term_or_not_simplified_is_named(
    tmp_path: Path, frame: str
) -> None:
    problems = typed_words_problems(tmp_path, f"meaning_frames: [{json.dumps(frame)}]\n")
    assert "meaning_frames[1]: Value error" in problems


def test_knowledge_check_reports_a_word_with_two_meanings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "words.yaml").write_text(
        'kind: typed-words\nanswers:\n  "yes": [ie]\n  "no": [ie]\n', encoding="utf-8"
    )
    assert main(["knowledge", "check", str(tmp_path)]) == 1
    assert "'ie' is already listed under answers.yes" in capsys.readouterr().err


def test_the_schema_command_knows_the_typed_words_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["knowledge", "schema", "typed-words"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert {"commands", "answers", "why", "greetings", "thanks", "hedged"} <= set(
        schema["properties"]
    )


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127) | st.just("\u2019"), max_size=40))
def test_plain_text_is_simplified_as_the_long_way_would(text: str) -> None:
    # Most messages are plain ASCII (a phone's apostrophe aside) and skip the Unicode folding.
    assert simplify(text) == simplify_unicode(text)


def test_a_message_is_simplified_to_lower_case_words_and_single_spaces() -> None:
    assert (
        simplify("  Can I\tshare\u2019it?? With the GP's   OK!  ")
        == "can i shareit with the gps ok"
    )
    assert simplify("Caf\u00e9 \u2014 na\u00efve") == "cafe naive"


def test_the_agreement_words_are_checked_as_the_matcher_reads_words(tmp_path: Path) -> None:
    problems = typed_words_problems(
        tmp_path,
        "agreed:\n  persons: [Service-User, carer]\n  sharing: ['no']\n  clouding: [re*]\n"
        "  asks: [is it ok]\n",
    )
    assert "agreed.persons[1]: Value error, 'Service-User' can never match" in problems
    assert "write it as 'service user'" in problems
    assert "agreed.clouding[1]: Value error, 're*': a prefix needs at least three letters" in (
        problems
    )
    assert "persons[2]" not in problems and "sharing" not in problems


@pytest.mark.parametrize(
    ("lists", "named"),
    [
        ("asks: [is it ok]", "agreed: Value error, asks: 'is it ok' must be one whole word"),
        (
            "supposing: [suppos*]",
            "agreed: Value error, supposing: 'suppos*' must be one whole word",
        ),
        ("people: [carer]", "agreed: Value error, people: no such list; the lists are persons,"),
    ],
)
def test_an_agreement_list_unknown_or_of_phrases_where_words_are_compared_is_named(
    tmp_path: Path, lists: str, named: str
) -> None:
    assert named in typed_words_problems(tmp_path, f"agreed:\n  {lists}\n")


def test_knowledge_check_reports_an_agreement_word_that_cannot_match(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "words.yaml").write_text(
        "kind: typed-words\nagreed:\n  sharing: [e-mail]\n", encoding="utf-8"
    )
    assert main(["knowledge", "check", str(tmp_path)]) == 1
    assert "agreed.sharing[1]: Value error, 'e-mail' can never match" in capsys.readouterr().err


def test_the_schema_command_knows_the_agreement_lists(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["knowledge", "schema", "typed-words"]) == 0
    agreed = json.loads(capsys.readouterr().out)["properties"]["agreed"]
    assert {"persons", "sharing", "clouding", "supposing"} <= set(agreed["propertyNames"]["enum"])
