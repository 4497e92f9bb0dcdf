"""Bad input gets a short, clear reply; nothing raises and no place is lost."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.contract import Turn
from dialogs.state import ConversationState
from tests.support.core import FIXED_CLOCK, Chat

BAD_INPUTS = [
    "",
    "   \n\t  ",
    "x" * 50_000,
    "\x00\x01\x02\x1b[31mred\x7f",
    "\ud7ff\ufffe binary \x85 junk",
    "😀😀😀",
    "🤷",
    "情報共有について教えてください",
    "مشاركة المعلومات",
    "<!channel> <!here> <@U123ABC> help",
    "@here @channel",
    "<script>alert(1)</script>",
    "<b>bold</b> <a href='x'>link</a>",
    "[click](javascript:alert(1))",
    "?",
    "...",
]


@pytest.mark.parametrize("text", BAD_INPUTS, ids=range(len(BAD_INPUTS)))
def test_bad_input_gets_a_reply_and_keeps_the_place(chat: Chat, text: str) -> None:
    chat.send("check")
    chat.send("yes")
    replies = chat.send(text)
    assert replies, "every message gets a reply"
    assert all(r.text.strip() for r in replies)
    assert chat.state.check is not None
    assert chat.state.check.step == "identifiable"
    assert "Key question 2" in replies[-1].text


@pytest.mark.parametrize("text", BAD_INPUTS, ids=range(len(BAD_INPUTS)))
def test_bad_input_outside_a_check_gets_a_reply(chat: Chat, text: str) -> None:
    replies = chat.send(text)
    assert replies and all(r.text.strip() for r in replies)
    assert "<!channel>" not in "".join(r.text for r in replies)


def test_mentions_are_stripped_before_understanding(chat: Chat) -> None:
    replies = chat.send("<@U0BOT> rules")
    assert "golden rules" in replies[-1].text.lower()


step = st.one_of(
    st.text(max_size=300).map(lambda t: ("text", t)),
    st.sampled_from(
        ["yes", "no", "not sure", "back", "restart", "cancel", "check", "why", "topics", "hi"]
    ).map(lambda t: ("text", t)),
    st.from_regex(r"(check|why):[0-9]{1,2}:[a-z-]{1,16}(:(yes|no|not-sure))?", fullmatch=True).map(
        lambda v: ("action", v)
    ),
    st.sampled_from(["cmd:check", "cmd:back", "cmd:cancel", "topic:3", "topic:0"]).map(
        lambda v: ("action", v)
    ),
    st.text(max_size=50).map(lambda v: ("action", v)),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(step, max_size=25))
def test_any_sequence_of_text_and_choices_never_raises_and_keeps_state_valid(core, steps) -> None:
    state = ConversationState()
    for kind, value in steps:
        turn = (
            Turn("test", "c", "u", text=value)
            if kind == "text"
            else Turn("test", "c", "u", action=value)
        )
        state, replies = core.assistant.respond(state, turn, FIXED_CLOCK)
        assert replies
        assert ConversationState.from_json(state.to_json()) == state
        check = state.check
        if check is not None:
            flow = core.knowledge.flow
            assert check.finished == (flow.outcome(check.step) is not None)
            assert flow.question(check.step) or flow.outcome(check.step)
            for answered_step, _ in check.answers:
                assert flow.question(answered_step) is not None
