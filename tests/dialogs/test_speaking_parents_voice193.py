"""Round 53 (voice193): the words for the writer's own parent as the one who said a threat
("mum says im a mistake and she wishes i was dead") are the typed-words pack's friend lists
`mothers` and `fathers`, checked when read and added to by an organisation's pack (round 52's
`dialogs.threat_voice._PARENTS`, a list in code); the reading is as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogs.own_voice import voice_of
from dialogs.threat_voice import own_threat_told
from dialogs.typed import simplify
from knowledge.loader import load_knowledge
from tests.support.packs import builtin_knowledge, friend_voice, typed_words_problems

TELLING = ("said", "says", "told")


@pytest.mark.parametrize(
    ("message", "own"),
    [
        ("mum says im a mistake and she wishes i was dead", True),
        ("my dad said if i tell anyone he will hurt me", True),
        ("my stepmum told me shed kill me", True),
        ("his mum says she wishes he was dead", False),  # not the writer's parent
        ("mum says he wishes i was dead", False),  # someone else's words, told by mum
    ],
)
def test_the_writers_parent_speaking_is_read_by_the_packs_words(message: str, own: bool) -> None:
    parents = friend_voice().speaking_parents
    words = simplify(message).split()
    assert own_threat_told(words, TELLING, reach=6, parents=parents) is own
    assert own_threat_told(words, TELLING, reach=6) is False  # no parent's words, no parent


def test_the_pack_holds_each_parent_with_the_pronoun_they_use() -> None:
    friend = builtin_knowledge().typed_words.friend
    parents = friend_voice().speaking_parents
    assert friend["mothers"] and friend["fathers"]
    assert {parents[w] for w in friend["mothers"]} == {"she"}
    assert {parents[w] for w in friend["fathers"]} == {"he"}


def test_an_organisations_parent_words_are_read_beside_the_builtin_ones(tmp_path: Path) -> None:
    message = simplify("nana says im a mistake and she wishes i was dead")
    assert voice_of(message, friend_voice(), writer_harmed=True) is None  # nana told of it
    (tmp_path / "words.yaml").write_text(
        "kind: typed-words\nfriend:\n  mothers: [nana]\n", encoding="utf-8"
    )
    mine = friend_voice(load_knowledge(tmp_path))
    assert voice_of(message, mine, writer_harmed=True) in ("child", "self")
    assert "mum" in mine.speaking_parents


def test_a_parent_word_of_two_words_is_named(tmp_path: Path) -> None:
    problems = typed_words_problems(tmp_path, "friend:\n  mothers: [my mum]\n")
    assert "friend: Value error, mothers: 'my mum' must be one word" in problems
