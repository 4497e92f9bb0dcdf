"""A long message, a pasted case note say, is read to its end for signs of harm.

The question is answered from the first `MAX_INPUT_CHARS` characters, and the reply says so;
the risk check reads up to `MAX_READ_CHARS`, in parts (`dialogs.message_parts.windows`), so a
disclosure in the last sentence still puts the signpost first.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.clean_input import MAX_INPUT_CHARS, MAX_READ_CHARS
from dialogs.message_parts import WINDOW_CHARS, window_spans, windows
from tests.support.core import Chat

_FILLER = (
    "We went through the actions from the last core group meeting and agreed who would "
    "chase the dentist and the housing repair. "
)
_TOLD = "At the end of the visit the older girl said her uncle makes her do things she hates."


def _padded(length: int, last: str = _TOLD) -> str:
    body = _FILLER * (length // len(_FILLER) + 1)
    return body[: length - len(last) - 1] + " " + last


@pytest.mark.parametrize("length", [3_000, 4_100, 9_000, 25_000, MAX_READ_CHARS])
def test_a_disclosure_at_the_end_of_a_long_message_leads_with_the_signpost(
    chat: Chat, length: int
) -> None:
    text = _padded(length)
    assert len(text) == length
    replies = chat.send(text)
    assert replies[0].risk_of_harm
    assert "protection procedures now" in replies[0].text


def test_the_same_filler_alone_is_not_taken_for_harm(chat: Chat) -> None:
    replies = chat.send(_padded(25_000, last="Thanks all."))
    assert not any(r.risk_of_harm for r in replies)


def test_a_long_message_is_told_what_was_read(chat: Chat) -> None:
    texts = [r.text for r in chat.send(_padded(MAX_INPUT_CHARS + 500))]
    assert any("answered from its first part" in t and "all of it" in t for t in texts)


def test_beyond_what_is_read_the_reply_says_how_much(chat: Chat) -> None:
    texts = [r.text for r in chat.send(_padded(MAX_READ_CHARS + 5_000))]
    assert any(f"first {MAX_READ_CHARS:,} characters" in t for t in texts)


def test_a_question_of_usual_length_gets_no_such_note(chat: Chat) -> None:
    texts = [r.text for r in chat.send("do I need consent to tell the school nurse?")]
    assert not any("answered from its first part" in t for t in texts)


@given(st.text(alphabet="ab .\n", max_size=3 * WINDOW_CHARS))
def test_windows_are_bounded_and_miss_no_character(text: str) -> None:
    spans = list(window_spans(text))
    assert [text[a:b] for a, b in spans] == list(windows(text))
    assert all(0 < b - a <= WINDOW_CHARS for a, b in spans) or text == ""
    # Each part starts inside, or just after, the one before, and moves on; the last ends the text.
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (a, b), (c, _) in pairwise(spans):
        assert a < c <= b
    # Linear: the parts together hold little more than the text itself.
    assert sum(b - a for a, b in spans) <= len(text) * 1.3 + WINDOW_CHARS
