"""Replies in our own words (the routes pack's `own-words` routes), from a practitioners' trial.

Round 48 (asks137): "what does LADO stand for", "what's a MASH" got the whole contacts list,
"what is MARAC" the panels' decline, never what the letters stand for; "is it cuckooing" and
"what is cuckooing" got "I couldn't find that", "is this county lines" an unrelated entry
offered; a manager's "should i suspend him" got "I couldn't find that". Each now gets a few
lines in our own words, marked as such, never a quoted entry; a message telling of someone at
risk gets the signpost first.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted, texts
from tests.support.packs import builtin_knowledge

FOOTER = builtin_knowledge().routes.own_words_footer
SIGNPOST = "Follow your"
COULD_NOT_FIND = "I couldn't find that"


@pytest.mark.parametrize(
    ("message", "expanded"),
    [
        ("what does LADO stand for", "local authority designated officer"),
        ("whats a LADO?", "local authority designated officer"),
        ("who is the lado for", "local authority designated officer"),
        ("what's a MASH", "multi-agency safeguarding hub"),
        ("what is the mash", "multi-agency safeguarding hub"),
        ("what does DSL stand for", "designated safeguarding lead"),
        ("what is MARAC", "multi-agency risk assessment conference"),
        ("what's MARAC?", "multi-agency risk assessment conference"),
        ("what is MAPPA", "multi-agency public protection arrangements"),
        ("whats an IDVA", "independent domestic violence adviser"),
    ],
)
def test_an_acronym_is_spelt_out_in_our_own_words(chat: Chat, message: str, expanded: str) -> None:
    replies = chat.send(message)
    said = texts(replies)
    assert expanded in said
    assert FOOTER in said.replace("\n", " ")
    assert not quoted(replies)
    assert SIGNPOST not in said  # a question, not harm told


@pytest.mark.parametrize(
    ("message", "term"),
    [
        ("is it cuckooing", "Cuckooing is"),
        ("what is cuckooing", "Cuckooing is"),
        ("whats cuckooing?", "Cuckooing is"),
        ("is this county lines", "County lines is"),
        ("what does county lines mean", "County lines is"),
    ],
)
def test_what_an_exploitation_term_means(chat: Chat, message: str, term: str) -> None:
    replies = chat.send(message)
    said = texts(replies)
    assert term in said
    assert COULD_NOT_FIND not in said
    assert not quoted(replies)
    assert SIGNPOST not in said  # no one at risk told of


@pytest.mark.parametrize(
    ("message", "term"),
    [
        (
            "my client has new friends staying at his flat and he seems scared of them, "
            "is it cuckooing?",
            "Cuckooing is",
        ),
        (
            "a 15 year old in my class keeps going missing and comes back with new trainers "
            "and two phones, is this county lines?",
            "County lines is",
        ),
    ],
)
def test_someone_at_risk_told_of_gets_the_signpost_first(
    chat: Chat, message: str, term: str
) -> None:
    replies = chat.send(message)
    said = texts(replies)
    assert SIGNPOST in replies[0].text or SIGNPOST in replies[1].text  # after a reminder
    assert said.index(SIGNPOST) < said.index(term)
    # the contacts are the signpost's, not listed a second time under the explanation
    after = said[said.index(term) :]
    assert "- Your designated safeguarding lead" not in after
    assert not quoted(replies)


@pytest.mark.parametrize(
    "message",
    ["should i suspend him", "do we suspend her?", "should I suspend the volunteer"],
)
def test_whether_to_suspend_is_not_the_assistants_decision(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    said = texts(replies)
    assert "isn't a decision I can make" in said
    assert "LADO (local authority designated officer)" in said
    assert "Don't investigate it yourself" in said
    assert COULD_NOT_FIND not in said
    assert not quoted(replies)


def test_after_an_allegation_the_staff_steps_answer_it(chat: Chat) -> None:
    """Just after the signpost of an allegation, the allegations steps (round 40) answer it."""
    chat.send("a parent says our volunteer coach touched her son at training")
    replies = chat.send("should i suspend him")
    said = texts(replies)
    assert "An allegation against someone who works with children goes to the LADO" in said
    assert "not by you alone" in said
    assert not quoted(replies)


def test_sharing_asked_of_cuckooing_is_not_the_explanation(chat: Chat) -> None:
    """Only what asks what it is, or whether it is: a question of sharing stays one."""
    said = texts(chat.send("can i share with the police that a tenant is being cuckooed?"))
    assert "Cuckooing is" not in said
