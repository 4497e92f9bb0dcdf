"""The record of the check just finished, asked for in words: "record" shows it again and
"fill in the record" opens its form, as its button does, even where no record is kept."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, texts


def _finish(chat: Chat) -> str:
    chat.send("check")
    chat.send("yes")
    finished = chat.send("no")  # the information identifies no one: the check ends
    record = next(r.record for r in finished if r.record is not None)
    return record.as_text()


@pytest.mark.parametrize("asked", ["record", "show me the record", "my record"])
def test_the_record_of_the_check_just_finished_is_shown_again(chat: Chat, asked: str) -> None:
    first = _finish(chat)
    again = chat.send(asked)
    shown = next(r.record for r in again if r.record is not None)
    assert shown.as_text().split("\n", 2)[2] == first.split("\n", 2)[2]  # all but its time
    assert "Fill in the record here" in [c.label for c in again[-1].choices]


@pytest.mark.parametrize("asked", ["fill in the record", "Fill it in", "complete the form"])
def test_fill_in_the_record_opens_the_form_of_the_check_just_finished(
    chat: Chat, asked: str
) -> None:
    _finish(chat)
    replies = chat.send(asked)
    form = next(r.form for r in replies if r.form is not None)
    assert form.fields
    assert chat.state.check is not None and chat.state.check.finished


def test_with_no_finished_check_there_is_no_record_to_fill_in(chat: Chat) -> None:
    assert "no record to fill in yet" in texts(chat.send("fill in the record"))
    chat.send("check")
    replies = chat.send("fill in the record")
    assert "no record to fill in yet" in texts(replies)
    assert "Key question 1" in texts(replies), "the place in the check is kept"


def test_with_no_finished_check_and_no_keeping_record_says_so(chat: Chat) -> None:
    assert "I don't keep decision records" in texts(chat.send("record"))
