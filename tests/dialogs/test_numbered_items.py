"""A number typed for an item of a numbered list just shown gets that item.

Tried by the lead (round 23, `infoshare chat`): after "what are the golden rules?" listed the
seven rules, "3", "rule 3", "the third one" or "tell me more about 4" got "I couldn't find that
in the published Q&A". The topics are numbered too; a number with no list before it is never
guessed at, and "rule 3" names its list itself.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.numbered import _REFERENCE, Listed, number_reference
from dialogs.state import ConversationState
from tests.support.core import Chat, quoted, texts
from tests.support.environment import CHECKOUT, command_env, run_command
from tests.support.packs import builtin_knowledge
from tests.support.reply_probe import go_to

KNOWLEDGE = builtin_knowledge()
RULES = {r.number: r for r in KNOWLEDGE.rules.rules}
# `_REFERENCE` as it was written before its number had to be a word of its own.
_UNBOUNDED = _REFERENCE.pattern.replace(r"(?<!\S)", "").replace(r"(?!\S)", "")
_PROBE = """
from dialogs.numbered import _REFERENCE as ref, number_reference as number
print(number("who do i tell about someone often at risk"), ref._compiled is not None)
print(number("can i share"), number("rule 3").number, ref._compiled is not None)
"""


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("3", 3),
        ("rule 3", 3),
        ("number 3", 3),
        ("the third one", 3),
        ("Third.", 3),
        ("tell me more about 4", 4),
        ("what about number five?", 5),
        ("the 2nd one please", 2),
        ("7?", 7),
    ],
)
def test_a_number_after_the_rules_gets_that_rule(chat: Chat, typed: str, number: int) -> None:
    chat.send("what are the golden rules?")
    replies = chat.send(typed)
    rule = RULES[number]
    assert replies[0].text.startswith(f"**Golden rule {number}: {rule.title}.**")
    assert rule.text in replies[0].text
    assert "couldn't find" not in texts(replies)


def test_one_rule_then_another(chat: Chat) -> None:
    chat.send("rules")
    chat.send("3")
    replies = chat.send("tell me more about 4")
    assert replies[0].text.startswith(f"**Golden rule 4: {RULES[4].title}.**")


def test_a_rule_named_needs_no_list_before_it(chat: Chat) -> None:
    replies = chat.send("golden rule 6")
    assert replies[-1].text.startswith(f"**Golden rule 6: {RULES[6].title}.**")


def test_a_rule_the_list_does_not_have(chat: Chat) -> None:
    chat.send("rules")
    replies = chat.send("9")
    assert "numbered 1 to 7" in replies[0].text


@pytest.mark.parametrize(("typed", "number"), [("3", 3), ("the fifth one", 5), ("12", 12)])
def test_a_number_after_the_topics_quotes_that_entry(chat: Chat, typed: str, number: int) -> None:
    chat.send("topics")
    replies = chat.send(typed)
    entry = KNOWLEDGE.entry(number)
    assert entry is not None
    assert quoted(replies) == [entry.question]


def test_a_topic_the_list_does_not_have(chat: Chat) -> None:
    chat.send("topics")
    replies = chat.send("40")
    assert quoted(replies) == []
    assert f"from 1 to {len(KNOWLEDGE.entries)}" in replies[0].text


@pytest.mark.parametrize("typed", ["3", "the third one", "tell me more about 4"])
def test_a_number_with_no_list_before_it_is_not_guessed(chat: Chat, typed: str) -> None:
    replies = chat.send(typed)
    assert quoted(replies) == []
    assert "I'm not sure what" in replies[-1].text
    assert "Golden rule" not in texts(replies)


def test_the_list_is_remembered_for_the_next_turn_only(chat: Chat) -> None:
    chat.send("rules")
    chat.send("what is an information sharing protocol?")
    replies = chat.send("3")
    assert "I'm not sure what 3 refers to" in replies[-1].text


def test_in_a_check_a_rule_is_shown_and_the_question_kept(chat: Chat) -> None:
    go_to(chat, "confidential")
    chat.send("rules")
    replies = chat.send("4")
    assert replies[0].text.startswith(f"**Golden rule 4: {RULES[4].title}.**")
    assert "Key question 3" in replies[-1].text
    assert chat.state.check is not None and chat.state.check.step == "confidential"


def test_in_a_check_a_bare_number_is_left_to_the_check(chat: Chat) -> None:
    go_to(chat, "confidential")
    replies = chat.send("3")
    assert "Golden rule" not in texts(replies)
    assert "I'm not sure what" not in texts(replies)
    assert "Key question 3" in replies[-1].text


def test_the_list_survives_the_store() -> None:
    state = ConversationState(greeted=True, listed=Listed.TOPICS)
    assert ConversationState.from_json(state.to_json()) == state
    forged = state.to_json() | {"listed": "secrets"}
    assert ConversationState.from_json(forged).listed is None


@pytest.mark.parametrize(
    "typed", ["3 children are at risk", "the third time he hit her", "rule of thumb", "one more"]
)
def test_words_beyond_a_number_are_not_a_reference(typed: str) -> None:
    assert number_reference(typed.casefold()) is None


@pytest.mark.usefixtures("warm_tmp_path")
def test_the_terminal_door_shows_the_rule_typed_for(tmp_path: Path) -> None:
    # The rules' own numbers are the ones typed: their buttons are shown unnumbered, so "1"
    # is rule 1, never "Start a consent check".
    script = "what are the golden rules?\n3\n1\ntopics\n5\n"
    done = run_command(["chat"], command_env(tmp_path), tmp_path, script)
    assert done.returncode == 0, done.stderr
    turns = done.stdout.split("you> ")
    assert "  • Start a consent check" in turns[1]
    assert turns[2].startswith(f"Golden rule 3: {RULES[3].title}.")
    assert turns[3].startswith(f"Golden rule 1: {RULES[1].title}.")
    assert "Key question 1" not in done.stdout
    entry = KNOWLEDGE.entry(5)
    assert entry is not None
    assert turns[5].startswith(entry.question)


_WORDS = st.sampled_from(
    ["3", "12", "123", "third", "one", "rule", "the", "more", "about", "tell", "me", "please", "x"]
)


@settings(max_examples=300, deadline=None)
@given(
    st.from_regex(_UNBOUNDED, fullmatch=True)
    | st.lists(_WORDS, max_size=6).map(" ".join)
    | st.text(alphabet="3rule thi\t\u00a0\u0663", max_size=14)
)
def test_the_number_as_a_word_of_its_own_changes_no_whole_match(typed: str) -> None:
    # `_REFERENCE` reads the number only between white space (so that a text without such a
    # word need not be searched); a whole match always had it so.
    before = re.fullmatch(_UNBOUNDED, typed)
    after = _REFERENCE.fullmatch(typed)
    assert (before and before.groupdict()) == (after and after.groupdict())


def test_a_question_naming_no_number_is_answered_without_the_pattern() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        cwd=CHECKOUT,
        timeout=120,
        check=True,
    )
    assert done.stdout.split() == ["None", "False", "None", "3", "True"]
