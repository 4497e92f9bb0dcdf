"""Round 55 (tidy213): the words `dialogs.friend_voice` ends a friend's clause by (the writer's
own: "i", "my") and those `dialogs.writer_age_forms` reads a post's short forms of age by ("17f",
"15 and…") are the typed-words pack's `friend` lists `friend_writer`, `age_sexes`, `age_writer`,
`age_openings`, `age_years` and `age_run_in`, once sets in the code: checked when read, and
added to by an organisation's pack.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogs.typed import simplify
from knowledge.loader import load_knowledge
from tests.support.packs import friend_voice, typed_words_problems


def _ours(tmp_path: Path, lists: str) -> None:
    (tmp_path / "words.yaml").write_text("kind: typed-words\nfriend:\n" + lists, encoding="utf-8")


def test_an_organisations_words_of_the_writer_end_a_friends_clause(tmp_path: Path) -> None:
    words = simplify("my friend and we were scared she hurts herself").split()
    assert friend_voice().friend_harmed(words)
    _ours(tmp_path, "  friend_writer: [we]\n")
    ours = friend_voice(load_knowledge(tmp_path))
    assert not ours.friend_harmed(words)  # "we were scared…": the writer's, from "we" on
    assert ours.friend_harmed(simplify("my friend says her dad hits her").split())


@pytest.mark.parametrize(
    ("message", "lists", "age"),
    [
        ("i am 17f and my dad hits me", "  age_writer: [am]\n", 17),
        ("15 so scared my dad hits me", "  age_openings: [so]\n", 15),
        ("17x my dad hits me", "  age_sexes: [x]\n", 17),
        ("15yr here my dad hits me", "  age_run_in: [yr]\n", 15),
        ("15 yers old here and scared", "  age_years: [yers]\n", 15),
    ],
)
def test_an_organisations_short_forms_of_age_are_read(
    tmp_path: Path, message: str, lists: str, age: int | None
) -> None:
    words = message.split()
    assert friend_voice().age_forms.tagged_age(words) is None
    _ours(tmp_path, lists)
    assert friend_voice(load_knowledge(tmp_path)).age_forms.tagged_age(words) == age


def test_an_organisations_words_of_years_are_read_in_a_years_old(tmp_path: Path) -> None:
    after = ["a", "15", "yo", "old"]
    assert friend_voice().age_forms.a_years_old(after) is None
    _ours(tmp_path, "  age_years: [yo]\n")
    assert friend_voice(load_knowledge(tmp_path)).age_forms.a_years_old(after) == 15
    assert friend_voice().age_forms.a_years_old(["a", "15", "year", "old"]) == 15


@pytest.mark.parametrize(
    "name", ["friend_writer", "age_sexes", "age_writer", "age_openings", "age_years", "age_run_in"]
)
def test_the_lists_are_of_single_words(tmp_path: Path, name: str) -> None:
    problems = typed_words_problems(tmp_path, f"friend:\n  {name}: [and then]\n")
    assert f"friend: Value error, {name}: 'and then' must be one word" in problems
