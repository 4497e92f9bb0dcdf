"""Round 40 (tidy40): the words `dialogs.friend_voice` reads a young person's message about a
friend by are the typed-words pack's `friend`, checked when read and added to by an
organisation's pack; the reading is as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogs.friend_voice import FriendVoice
from dialogs.own_voice import voice_of
from dialogs.typed import simplify
from knowledge.loader import load_knowledge
from tests.support.packs import builtin_knowledge, friend_voice, typed_words_problems


def _friend() -> FriendVoice:
    return friend_voice()


@pytest.mark.parametrize(
    "message",
    [
        "15 and my mate (14) is cutting herself, says shes gonna take all her mums pills tonight",
        "me and my friend are both 14, she said shes going to kill herself tonight",
        "im in year 9 and my best mate says her stepdad hits her",
        "my bestie told me her dad hurts her, should i tell my form tutor",
        "14 yo here, a friend of mine says her uncle touches her",
    ],
)
def test_a_young_persons_message_about_a_friend_reads_so_by_the_packs_words(message: str) -> None:
    assert voice_of(simplify(message), _friend()) == "friend"


@pytest.mark.parametrize(
    "message",
    [
        # no sign the writer is young (round 54, voice203: "her dad", the friend's own parent,
        # is one: tests/dialogs/test_ages_friends_voice203.py)
        "my friend says her boyfriend hits her",
        "15 year old, my friend says her boyfriend hits her",  # an age of someone else
        "im in year 20 and my mate says her boyfriend hits her",  # no school year
        "my pupils friend says her dad hits her",  # a practitioner's
        "im 14 and my mate hits me",  # harm to the writer
    ],
)
def test_look_alikes_do_not_read_as_about_a_friend(message: str) -> None:
    assert voice_of(simplify(message), _friend()) != "friend"


def test_an_organisations_friend_words_are_read_beside_the_builtin_ones(tmp_path: Path) -> None:
    message = simplify("im 14 and my pal says her stepdad hits her")
    assert voice_of(message, _friend()) == "child"
    (tmp_path / "words.yaml").write_text(
        "kind: typed-words\nfriend:\n  friends: [my pal]\n", encoding="utf-8"
    )
    words = load_knowledge(tmp_path).typed_words.friend
    assert voice_of(message, friend_voice(load_knowledge(tmp_path))) == "friend"
    assert words["friends"][: len(_friend_words())] == _friend_words()


def _friend_words() -> tuple[str, ...]:
    return builtin_knowledge().typed_words.friend["friends"]


def test_a_friend_word_that_could_never_match_is_named(tmp_path: Path) -> None:
    problems = typed_words_problems(tmp_path, "friend:\n  friends: [My Mate]\n")
    assert "friend.friends[1]: Value error, 'My Mate' can never match" in problems
    assert "write it as 'my mate'" in problems
    problems = typed_words_problems(
        tmp_path, "friend:\n  friends: [my pal]\n  openings: [and then]\n"
    )
    assert "friend: Value error, openings: 'and then' must be one word" in problems
    assert "'my pal'" not in problems


def test_without_the_friend_words_no_message_reads_as_about_a_friend() -> None:
    assert voice_of(simplify("im 14 and my mate says her dad hits her")) == "child"
