"""A bare age typed just after the summary of consent ("she's 14") is tied back to it: what the
summary says for that age, as a summary from the 2008 guidance (never a quote, never advice).
Outside a consent check only, and only on the very next turn."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from dialogs.state import ConversationState
from knowledge.flow_schema import FlowQuestion
from tests.support.core import Chat, quoted, texts

ASKED = "what age can a young person consent to sharing?"


def _summarised(chat: Chat) -> None:
    said = texts(chat.send(ASKED))
    assert "In summary, from the 2008 guidance** (key question 4" in said
    assert chat.state.summarised == "consent"


@pytest.mark.parametrize(
    ("typed", "age", "says"),
    [
        ("she's 14", 14, "12 or over"),
        ("he's 15", 15, "12 or over"),
        ("she is 12 years old", 12, "12 or over"),
        ("the girl is only 13", 13, "12 or over"),
        ("he's 17", 17, "From 16"),
        ("they're 16yo", 16, "From 16"),
        ("she's 9", 9, "Under 12"),
        ("11", 11, "Under 12"),
    ],
)
def test_a_bare_age_after_the_summary_gets_what_it_says_for_that_age(
    chat: Chat, typed: str, age: int, says: str
) -> None:
    _summarised(chat)
    replies = chat.send(typed)
    said = texts(replies)
    assert said.startswith(
        f"**In summary, from the 2008 guidance** (key question 4, for someone aged {age})"
    )
    assert says in said and "A summary in our own words" in said
    assert not quoted(replies)
    assert not any(r.risk_of_harm for r in replies)


def test_ages_in_a_row_each_get_their_part(chat: Chat) -> None:
    _summarised(chat)
    assert "12 or over" in texts(chat.send("she's 14"))
    assert "From 16" in texts(chat.send("he is 17"))


@pytest.mark.parametrize(
    "typed",
    ["I have 3 kids", "she's 14 and her mum wants the letters", "room 14", "she's 14 or 15"],
)
def test_what_is_not_a_bare_age_is_not_tied_back(chat: Chat, typed: str) -> None:
    _summarised(chat)
    assert "for someone aged" not in texts(chat.send(typed))


def test_an_age_without_the_summary_just_before_is_not_tied_back(chat: Chat) -> None:
    assert "for someone aged" not in texts(chat.send("she's 14"))
    _summarised(chat)
    chat.send("what is an ISP?")
    assert chat.state.summarised is None
    assert "for someone aged" not in texts(chat.send("she's 14"))


def test_in_a_check_a_bare_age_keeps_the_check_waiting(chat: Chat) -> None:
    chat.send("check")
    chat.send(ASKED)
    said = texts(chat.send("she's 14"))
    assert "for someone aged" not in said
    assert chat.state.in_check()


def test_the_summary_kept_for_the_next_turn_survives_the_store() -> None:
    state = ConversationState(greeted=True, summarised="consent")
    assert ConversationState.from_json(state.to_json()) == state
    bad = {**state.to_json(), "summarised": "Not A Step!"}
    assert ConversationState.from_json(bad) == ConversationState()


def test_a_flow_pack_ages_start_at_zero() -> None:
    question = {
        "id": "consent",
        "number": 4,
        "text": "Do you have consent?",
        "help": "Consent help.",
        "answers": {"yes": "a", "no": "b", "not-sure": "c"},
    }
    ages = {0: "Under 12 text", 12: "Over 12 text"}
    assert FlowQuestion.model_validate({**question, "ages": ages}).ages == ages
    with pytest.raises(ValidationError):
        FlowQuestion.model_validate({**question, "ages": {12: "Over 12 text"}})
    with pytest.raises(ValidationError):
        FlowQuestion.model_validate({**question, "ages": {0: "Under 12 text", 200: "Too old text"}})


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("and what if theyre 16?", "From 16"),  # tryout35b finding 15
        ("what about a 17 year old", "From 16"),
        ("so if she is 13", "12 or over"),
    ],
)
def test_an_age_asked_as_a_follow_up_gets_what_the_summary_says(
    chat: Chat, typed: str, says: str
) -> None:
    _summarised(chat)

    assert says in texts(chat.send(typed))
