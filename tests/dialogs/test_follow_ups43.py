"""Round 42 (fu44, tryout43 #6 and #8): follow-ups to a signpost that got a Q&A miss.

1. "is that something i need to report or am i overreacting" read the FGM duty ("need to
   report") and, with no duty in the case, dropped it: now the worry after it (not being sure).
2. "does this count as something?": not being sure; "is that safeguarding or just family stuff":
   yes (round 46, follow106).
3. "do i write exactly what she said or put it in my own words" (13 words): what to write down,
   in their own words.
4. "the vicar says to leave it with him and he'll have a word": told not to report.
5. "what are the 7 golden rules in the new guidance": the 2008 rules, and that the May 2024
   advice has seven of its own."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts

_CHILD = "one of the yr 2s keeps hiding bread in his pockets, says theres never food at home"
_UNSURE = "**You don't need to be sure, or to have proof.**"
_IS_SAFEGUARDING = "**Yes: from what you've described, this is a safeguarding concern.**"
_RECORD = "**What to write down now**"
_OWN_WORDS = "in their own words"
_NOT_TO_REPORT = "**If you've been told not to report a concern**"
_CURRENT = "**The current advice (HM Government, May 2024) has seven golden rules of its own**"


def _after_signpost(chat: Chat, follow_up: str) -> str:
    first = chat.send(_CHILD)
    assert first[0].risk_of_harm, texts(first)
    return texts(chat.send(follow_up))


@pytest.mark.parametrize(
    "follow_up",
    [
        "is that something i need to report or am i overreacting",
        "do i need to report it or am i just overreacting?",
        "does this count as something?",
    ],
)
def test_whether_it_counts_is_answered_plainly(chat: Chat, follow_up: str) -> None:
    assert _UNSURE in _after_signpost(chat, follow_up)


@pytest.mark.parametrize(
    "follow_up",
    [
        "does that count as safeguarding",
        "is that safeguarding or just family stuff",
        "is this safeguarding or just a family thing",
    ],
)
def test_whether_it_is_safeguarding_is_answered_yes(chat: Chat, follow_up: str) -> None:
    # Round 46 (follow106): whether it counts as safeguarding is answered yes, and why.
    assert _IS_SAFEGUARDING in _after_signpost(chat, follow_up)


@pytest.mark.parametrize(
    "follow_up",
    ["do i write exactly what she said or put it in my own words", "do i write it word for word"],
)
def test_writing_their_words_down_gets_the_record_reply(chat: Chat, follow_up: str) -> None:
    said = _after_signpost(chat, follow_up)
    assert _RECORD in said and _OWN_WORDS in said


@pytest.mark.parametrize(
    "follow_up",
    [
        "the vicar says to leave it with him and he'll have a word",
        "my manager said leave it with her",
        "the head said to leave it with them and hell have a word with dad",
    ],
)
def test_being_told_to_leave_it_with_someone_is_told_not_to_report(
    chat: Chat, follow_up: str
) -> None:
    assert _NOT_TO_REPORT in _after_signpost(chat, follow_up)


@pytest.mark.parametrize(
    ("follow_up", "not_said"),
    [
        ("do i have to report it", _UNSURE),  # no worry after the duty: its reply as before
        ("what do i record", _UNSURE),
        ("who do i tell", _NOT_TO_REPORT),
        ("ok thanks", _RECORD),
    ],
)
def test_near_follow_ups_keep_their_replies(chat: Chat, follow_up: str, not_said: str) -> None:
    assert not_said not in _after_signpost(chat, follow_up)


def test_the_rules_say_the_current_advice_has_its_own_seven(chat: Chat) -> None:
    said = texts(chat.send("what are the 7 golden rules in the new guidance"))
    assert "golden rules for information sharing" in said and _CURRENT in said


def test_the_key_questions_are_not_the_rules(chat: Chat) -> None:
    assert _CURRENT not in texts(chat.send("what are the seven key questions"))
