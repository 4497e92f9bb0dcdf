""" "What do I do now?": the steps, safety first, never a decline or a quoted entry."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, labels, quoted, texts


def test_after_a_disclosure_what_do_i_do_now_gives_the_steps_safety_first(chat: Chat) -> None:
    first = chat.send("a year 9 girl told me her stepdad comes into her room at night")
    assert first[0].risk_of_harm

    replies = chat.send("what do I do now?")

    said = texts(replies)
    assert quoted(replies) == []
    assert said.startswith("**What to do next**")
    assert said.index("protection procedures now") < said.index("record your decision")
    assert "Your designated safeguarding lead" in said
    assert "call 999" in said
    assert "In our own words, from the 2008 guidance" in said
    assert "Start a consent check" in labels(replies[0])
    # The question itself tells of no harm: it is not counted as a disclosure.
    assert not any(r.risk_of_harm for r in replies)


@pytest.mark.parametrize(
    "message",
    [
        "what do I do now",
        "what should I do?",
        "ok so what now?",
        "what are my next steps",
        "who do I tell",
        "Who should I report it to?",
        "help, what do I do?",
    ],
)
def test_next_step_questions_are_answered_not_declined(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    said = texts(replies)
    assert "What to do next" in said
    assert "I can only help with" not in said
    assert quoted(replies) == []


@pytest.mark.parametrize(
    ("message", "entry_title"),
    [
        (
            "what should I do if the parent refuses consent?",
            "What are the key factors to consider when deciding whether to share",
        ),
    ],
)
def test_a_question_that_starts_with_the_same_words_still_gets_its_entry(
    chat: Chat, message: str, entry_title: str
) -> None:
    replies = chat.send(message)
    assert "What to do next" not in texts(replies)
    assert any(title.startswith(entry_title) for title in quoted(replies))


def test_mid_check_what_now_gives_the_steps_and_keeps_the_place(chat: Chat) -> None:
    chat.send("check")
    chat.press("Yes")

    replies = chat.send("what now?")

    assert "What to do next" in replies[0].text
    assert "We're still on this question" in replies[-1].text
    assert "Key question 2" in replies[-1].text


def test_a_disclosure_ending_in_what_do_i_do_gets_the_signpost_then_the_steps_once(
    chat: Chat,
) -> None:
    replies = chat.send(
        "TA here, a year 9 girl told me her stepdad comes into her room at night and she "
        "doesn't want me to tell anyone. what do I do?"
    )

    assert replies[0].risk_of_harm
    assert "protection procedures now" in replies[0].text
    steps = next(r for r in replies if r.text.startswith("**What to do next**"))
    assert "the steps above" in steps.text
    # The contacts are listed once, in the signpost.
    assert texts(replies).count("Your designated safeguarding lead") == 1


def test_a_story_ending_in_what_now_is_read_for_its_question_not_routed(chat: Chat) -> None:
    replies = chat.send(
        "A parent agreed at first but has since changed their mind about us sharing. What now?"
    )

    assert "What to do next" not in texts(replies)
    assert any(title.startswith("What are the key factors") for title in quoted(replies))
