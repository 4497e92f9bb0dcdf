"""Round 28 (miss28): a general question about what someone of the writer's own told.

"what are my obligations now my client has told me her husband hits her?" opens with a `general`
phrase ("what are"), which made its whole clause a general question, so the harm told in it did
not count; the same wording after a comma was signposted. A `general` phrase no longer does so
when, later in its clause, "my" or "our" names a person who then tells something ("my client has
told me", "my pupil tells me", "our resident has said") or of whom a "who"/"whose" clause tells
("referring my pupil whose dad hits him"), or when the writer passes something on ("what if I
tell the school her dad hits her…?"). "when a pupil tells me…", "a pupil whose…" stay general,
and so does a question whose telling holds no harm.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.linear import grows_in_step
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

SIGNPOSTED = [
    "what are my obligations now my client has told me her husband hits her?",
    "what is the best way to respond when my pupil tells me her dad hits her?",
    "what are the next steps now that my patient has disclosed her partner raped her?",
    "what are the rules when my tenant says her ex is stalking her?",
    "what is the law on sharing now my client has told me about her husband's violence?",
    "what's the process for referring my pupil whose dad hits him?",
    "what are the steps for our resident whose son keeps taking her pension?",
    "what if I tell the school her dad hits her and he finds out?",
]

QUIET = [
    "what are the signs that a child is being abused?",
    "what is the best way to respond when a pupil tells me her dad hits her?",
    "what are my obligations now my client has told me she is moving abroad?",
    "what is the process when my pupil says she wants to change sets?",
    "what are the rules when my tenant says her boiler is broken?",
    "what's the process for referring my pupil whose dad has died?",
    "what's the process for referring a pupil whose dad hits him?",
    "what if I tell the school about the new timetable?",
    "what if a parent tells me her partner hits her?",
]


@pytest.mark.parametrize("message", SIGNPOSTED)
def test_harm_told_by_the_writers_own_in_a_question_is_signposted(chat: Chat, message: str) -> None:
    assert BUILT_IN.detect(message) is not None, message
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", QUIET)
def test_anyone_telling_or_no_harm_stays_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


def test_the_reading_grows_in_step_with_the_message() -> None:
    unit = "what are my obligations now my client has told me her husband hits her? "
    linear, small, large = grows_in_step(BUILT_IN.detect, unit)
    assert linear, (small, large)
