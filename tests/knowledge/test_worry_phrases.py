"""The worries' phrases (the typed-words pack's `worries`): data an organisation extends, checked
when loaded, a bad one refused with a message naming the file, the worry and the problem."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

from bot.app import Core, build_core
from dialogs.case_worries import MARKED
from dialogs.worry import Worry
from knowledge.loader import builtin_packs_dir, knowledge_key, load_knowledge
from knowledge.pack_check import PACK_MODELS
from knowledge.typed_word_names import WorryName
from knowledge.typed_words import phrases_of
from tests.support.after_signpost import DISCLOSURES, fits
from tests.support.core import Chat
from tests.support.packs import builtin_knowledge, typed_words_problems

BUILTIN = builtin_packs_dir() / "typed-words.yaml"
ADDED = "worries:\n  police:\n    - dial nine nine nine\n  feelings:\n    - i am in bits\n"


def test_every_worry_the_conversation_answers_has_phrases_in_the_builtin_pack() -> None:
    worries = builtin_knowledge().typed_words.worries
    # Whom to ring is read by the message's shape (the pack's `whom_asked`; dialogs/whom_asked.py),
    # and a child's own consent is consent read after a child's signpost (`AfterSignpost.for_case`),
    # not by phrases of their own; the GP not involved is `tell-health`'s phrases read after any
    # case but one of a risk to one's own life (round 44, follow69); the police doubted is the
    # police read beside `unsure`'s phrases (dialogs/police_doubts.py; round 45, follow80).
    by_shape = {
        Worry.RING.value,
        Worry.CHILD_CONSENT.value,
        Worry.TELL_GP.value,
        Worry.POLICE_DOUBTED.value,
    }
    by_phrases = {w.value for w in Worry} - by_shape
    assert by_phrases == set(get_args(WorryName)) == set(worries)
    # Giving the police what one holds (CCTV, bookings) is read before the police in general, as
    # the narrower: "can i give the police the booking details" is a yes (round 45, follow83).
    # One left now is read first, but only after a risk to one's own life (`MARKED`, round 45).
    practical = ["give-police", "police", "no-lead"]
    assert [w for w in worries if w not in MARKED][:3] == practical, "the most practical first"
    assert "ring the police" in phrases_of(worries["police"])
    assert "betray*" in phrases_of(worries["secret"])


def test_a_phrase_the_matcher_would_read_otherwise_is_named_with_the_form_to_write(
    tmp_path: Path,
) -> None:
    problems = typed_words_problems(
        tmp_path, "worries:\n  feelings:\n    - I'm in bits\n    - ab*\n"
    )
    assert f"{tmp_path / 'words.yaml'}: worries.feelings: Value error, " in problems
    assert '"I\'m in bits" can never match' in problems
    assert "write it as 'i am in bits'" in problems
    assert "'ab*': a prefix needs at least three letters" in problems


def test_an_unknown_worry_and_an_unquoted_number_are_named(tmp_path: Path) -> None:
    problems = typed_words_problems(
        tmp_path, "worries:\n  anger:\n    - so angry\n  police:\n    - 112\n"
    )
    assert "worries.anger" in problems and "'police', 'no-lead'" in problems
    assert "worries.police: Value error, 112 is not a phrase: put it in quotes" in problems


def test_a_phrase_already_telling_another_worry_is_named(tmp_path: Path) -> None:
    problems = typed_words_problems(tmp_path, "worries:\n  secret:\n    - ring the police\n")
    assert (
        f"{tmp_path / 'words.yaml'}: worries.secret: 'ring the police' is already listed under "
        f"worries.police in {BUILTIN}; a phrase can tell only one worry"
    ) in problems


def test_an_organisations_phrases_are_added_to_their_worries_in_the_builtin_order(
    tmp_path: Path,
) -> None:
    (tmp_path / "words.yaml").write_text("kind: typed-words\n" + ADDED, encoding="utf-8")
    builtin = builtin_knowledge().typed_words.worries
    worries = load_knowledge(tmp_path).typed_words.worries
    assert list(worries) == list(builtin)
    assert phrases_of(worries["police"]) == (*phrases_of(builtin["police"]), "dial nine nine nine")
    assert worries["no-lead"] == builtin["no-lead"]


def test_an_organisations_phrase_is_answered_after_a_signpost_and_only_then(
    tmp_path: Path, core: Core
) -> None:
    (tmp_path / "words.yaml").write_text("kind: typed-words\n" + ADDED, encoding="utf-8")
    own_core = build_core(tmp_path)  # built once: each Chat below keeps its own state
    own = Chat(own_core)
    builtin = Chat(core)
    for chat in (own, builtin):
        assert chat.send(DISCLOSURES["child"])[0].risk_of_harm
    assert fits("police", own.send("should I dial nine nine nine"))
    assert not fits("police", builtin.send("should I dial nine nine nine"))
    assert not fits("feelings", Chat(own_core).send("i am in bits"))


def test_a_changed_phrase_changes_the_key_the_snapshot_is_kept_under(tmp_path: Path) -> None:
    pack = tmp_path / "words.yaml"
    pack.write_text("kind: typed-words\n" + ADDED, encoding="utf-8")
    before = knowledge_key(tmp_path)
    pack.write_text("kind: typed-words\n" + ADDED.replace("bits", "pieces"), encoding="utf-8")
    assert knowledge_key(tmp_path) not in (before, None)


def test_the_schema_for_editors_shows_a_worry_s_phrases_as_a_list() -> None:
    schema = PACK_MODELS["typed-words"].model_json_schema()
    assert schema["properties"]["worries"]["additionalProperties"]["type"] == "array"
