""" "What about adults?" typed just after the summary of consent by age is tied back to it: what
the summary says for adults (the consent-check pack's `for_adults`), as a summary from the 2008
guidance; it got an unrelated "Did you mean" of two entries that don't answer it (round 36)."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts

ASKED = "what age can a young person consent to sharing?"
HEAD = "**In summary, from the 2008 guidance** (key question 4, for adults)"


def _summarised(chat: Chat) -> None:
    assert "In summary, from the 2008 guidance** (key question 4" in texts(chat.send(ASKED))


@pytest.mark.parametrize(
    "typed",
    ["what about adults?", "and for an adult?", "is it the same for adults too?", "adults?"],
)
def test_adults_after_the_summary_get_what_it_says_for_them(chat: Chat, typed: str) -> None:
    _summarised(chat)
    replies = chat.send(typed)
    said = texts(replies)
    assert said.startswith(HEAD)
    assert "lack capacity" in said and "A summary in our own words" in said
    assert "Did you mean" not in said
    assert not quoted(replies)


def test_an_age_after_it_is_still_read_against_the_summary(chat: Chat) -> None:
    _summarised(chat)
    chat.send("what about adults?")
    assert "for someone aged 14" in texts(chat.send("she's 14"))


@pytest.mark.parametrize(
    "typed", ["what about adults with dementia who refuse", "what about the police?"]
)
def test_more_than_a_word_for_adults_is_not_tied_back(chat: Chat, typed: str) -> None:
    _summarised(chat)
    assert HEAD not in texts(chat.send(typed))


def test_adults_without_the_summary_just_before_is_not_tied_back(chat: Chat) -> None:
    assert HEAD not in texts(chat.send("what about adults?"))


def test_in_a_check_it_keeps_the_check_waiting(chat: Chat) -> None:
    chat.send("check")
    chat.send(ASKED)
    assert HEAD not in texts(chat.send("what about adults?"))
    assert chat.state.in_check()
