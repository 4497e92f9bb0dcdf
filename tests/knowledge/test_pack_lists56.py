"""Round 56 (tidy224): word lists that were still in the code are pack data.

- the risk pack's `age-writer` marker ("im 14", "i am 84": the writer's own age), read by
  `knowledge.risk_stated_ages`;
- the typed-words pack's `friend.own_harmed` ("i self harm", "tried to kill me") and
  `friend.plans_to_kill` ("going to kill" before "me"), read by `dialogs.writer_harmed`, and
  `friend.also_harms` ("shook", "smacked" after someone else), read by `dialogs.own_doing`.

Each reading reads the words it is given, not words of its own; the built-in packs give the words
the code held, so every reply is as it was.
"""

from __future__ import annotations

import pytest

from dialogs.own_doing import OwnDoing
from dialogs.own_voice import voice_of
from dialogs.typed import simplify
from dialogs.writer_harmed import OwnHarm
from knowledge.risk_stated_ages import NOBODY, stated_ages
from tests.support.packs import builtin_knowledge, friend_voice

KNOWN = builtin_knowledge()
DETECTOR = KNOWN.risk_detector


def test_the_built_in_packs_give_the_words_the_code_held() -> None:
    assert set(KNOWN.risk.markers["age-writer"]) == {"im", "am"}
    friend = KNOWN.typed_words.friend
    assert {"i self harm", "tried to kill me", "bit me", "end my life"} <= set(friend["own_harmed"])
    assert set(friend["plans_to_kill"]) == {"going to kill", "gonna kill", "wants to kill"}
    assert set(friend["also_harms"]) == {
        "shook",
        "shakes",
        "shaking",
        "smacked",
        "smacks",
        "smacking",
    }


def test_an_age_after_the_writers_words_is_the_writers_by_the_marker_given() -> None:
    read = DETECTOR._tokens("im 14 and my friend is scared")
    assert [(age, holder) for *_, age, holder in stated_ages(read, writer=frozenset({"im"}))] == [
        (14, NOBODY)
    ]
    assert stated_ages(read, writer=frozenset()) == []  # no writer's words: no one's age


@pytest.mark.parametrize(
    "message",
    [
        "i self harm every night",
        "he tried to kill me",
        "she bit me last week",
        "i want to end my life",
    ],
)
def test_harm_to_the_writer_is_read_by_the_pack_lists(message: str) -> None:
    words = simplify(message).split()
    assert OwnHarm(KNOWN.typed_words.friend).tells(words)
    assert not OwnHarm({}).tells(words)  # no list, no phrase of the code's own
    assert voice_of(simplify(message), friend_voice()) == "self"


def test_a_plan_to_kill_the_writer_is_read_by_the_pack_list() -> None:
    words = simplify("my ex is going to kill me").split()
    assert OwnHarm(KNOWN.typed_words.friend).tells(words)
    assert not OwnHarm({"threat_writer": ("me",)}).tells(words)
    assert OwnHarm({"threat_writer": ("me",), "plans_to_kill": ("going to kill",)}).tells(words)
    # said of anger, not in the list: a young person's about a friend still
    assert not OwnHarm(KNOWN.typed_words.friend).tells(
        simplify("my mum will kill me if she finds out").split()
    )


def test_harm_after_someone_else_is_read_by_the_pack_list() -> None:
    words = simplify("my dad shook my mum and i pushed him off her").split()
    friend = KNOWN.typed_words.friend
    doing = dict(friend)
    assert OwnDoing(friend).voice(words, frozenset(), frozenset()) is None
    doing.pop("also_harms")
    assert OwnDoing(doing).voice(words, frozenset(), frozenset()) is not None
    # through the assistant's reader: the family's, not the writer's own doing
    assert voice_of(simplify("my dad shook my mum and i pushed him off her"), friend_voice()) != (
        "parent"
    )
