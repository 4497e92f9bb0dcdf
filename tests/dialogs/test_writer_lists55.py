"""Round 55 (words216): the words `dialogs.writer_harmed` reads the writer's own harm and age by
("he hits me", "im only 14", "im in year 9", not "year 2 of my course"), the writer's words
after a threat ("kill me": `dialogs.threat_voice`), before a telling word ("i said no":
`dialogs.doers_words`) and in a choice of whom to ring ("do i ring…": `dialogs.whom_asked`),
and `dialogs.friend_voice`'s words between an age and whose it is ("15 year old daughter", one
list with `age_years`) are typed-words pack lists, once sets in the code: checked when read, and
added to by an organisation's pack.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogs.doers_words import reports_telling
from dialogs.own_voice import voice_of
from dialogs.threat_voice import threat_phrases, threatens_writer
from dialogs.typed import simplify
from dialogs.whom_asked import asks_whom
from knowledge.loader import load_knowledge
from knowledge.matching.text import words
from tests.support.packs import builtin_knowledge, friend_voice, typed_words_problems


def _ours(tmp_path: Path, lists: str, section: str = "friend") -> Path:
    (tmp_path / "words.yaml").write_text(
        f"kind: typed-words\n{section}:\n" + lists, encoding="utf-8"
    )
    return tmp_path


def test_an_organisations_words_of_harm_make_the_harm_the_writers(tmp_path: Path) -> None:
    said = simplify("my stepdad belts me when mum is at work")
    assert not friend_voice().own_harm.tells(said.split())
    assert voice_of(said, friend_voice()) != "self"
    ours = friend_voice(load_knowledge(_ours(tmp_path, "  own_harms: [belts]\n")))
    assert ours.own_harm.tells(said.split())
    assert voice_of(said, ours) == "self"
    assert ours.own_harm.tells(simplify("he hits me").split())  # the built-in words stay


@pytest.mark.parametrize(
    ("message", "lists", "before", "after"),
    [
        ("im barely 14 and scared", "  age_only: [barely]\n", None, 14),
        ("im in yeer 9 and scared", "  school_year: [yeer]\n", None, 14),
        ("im in year 2 with the scouts", "  not_school: [scouts]\n", 7, None),
    ],
)
def test_an_organisations_words_of_the_writers_age_are_read(
    tmp_path: Path, message: str, lists: str, before: int | None, after: int | None
) -> None:
    said = message.split()
    assert friend_voice().own_harm.own_age(said) == before
    ours = friend_voice(load_knowledge(_ours(tmp_path, lists)))
    assert ours.own_harm.own_age(said) == after
    assert ours.own_harm.own_age(["im", "only", "15"]) == 15  # the built-in words stay


def test_voice_of_without_the_packs_words_reads_no_harm() -> None:
    said = simplify("my stepdad hits me when mum is at work")
    assert voice_of(said) is None  # no friend: no pack, no words of harm
    assert voice_of(said, friend_voice()) == "self"


def test_an_organisations_words_of_years_tell_a_friends_child(tmp_path: Path) -> None:
    assert "old" in friend_voice().age_forms.years_old
    ours = friend_voice(load_knowledge(_ours(tmp_path, "  age_years: [yers]\n")))
    assert {"yers", "old", "year"} <= ours.age_forms.years_old
    message = simplify("my friends 4 yers old is being hit by her dad").split()
    assert friend_voice().of_a_friend(message, None)  # "4": read as the friend's age
    assert not ours.of_a_friend(message, None)  # the friend's child, told of by a grown-up


def test_an_organisations_words_after_a_threat_make_it_one_against_the_writer(
    tmp_path: Path,
) -> None:
    message = words("he said hell kill yer if i tell")
    assert not threatens_writer(threat_phrases(builtin_knowledge().typed_words), message)
    ours = load_knowledge(_ours(tmp_path, "  threat_writer: [yer]\n")).typed_words
    assert threatens_writer(threat_phrases(ours), message)
    assert threatens_writer(threat_phrases(ours), words("he said hell kill me"))
    assert ours.friend["threat_writer"][:2] == ("me", "us")


def test_an_organisations_words_of_the_writer_keep_a_telling_theirs(tmp_path: Path) -> None:
    def harmed(said: list[str]) -> bool:
        return False

    telling = {"said", "told"}
    message = simplify("we said no and he left").split()
    assert reports_telling(message, telling, harmed, friend_voice().own_harm.said_by_writer)
    ours = friend_voice(load_knowledge(_ours(tmp_path, "  said_writer: [we]\n")))
    assert not reports_telling(message, telling, harmed, ours.own_harm.said_by_writer)
    assert not reports_telling(["i", "said", "no"], telling, harmed, ours.own_harm.said_by_writer)


def test_an_organisations_words_of_the_writer_in_a_choice_of_whom(tmp_path: Path) -> None:
    asked = "do u ring his social worker or the police"
    assert not asks_whom(builtin_knowledge().typed_words.whom_asked, asked)
    ours = load_knowledge(_ours(tmp_path, "  writer: [u]\n", "whom_asked")).typed_words
    assert asks_whom(ours.whom_asked, asked)
    assert asks_whom(ours.whom_asked, "do i ring his social worker or the police")


@pytest.mark.parametrize(
    "name", ["own_harms", "age_only", "school_year", "not_school", "threat_writer", "said_writer"]
)
def test_the_lists_are_of_single_words(tmp_path: Path, name: str) -> None:
    problems = typed_words_problems(tmp_path, f"friend:\n  {name}: [and then]\n")
    assert f"friend: Value error, {name}: 'and then' must be one word" in problems


def test_whom_askeds_writer_words_are_read_as_messages_are(tmp_path: Path) -> None:
    problems = typed_words_problems(tmp_path, 'whom_asked:\n  writer: ["I\'m"]\n')
    assert "can never match" in problems
