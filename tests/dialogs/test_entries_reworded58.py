"""Round 58 (probe251, issue 11 rule two): entries other than 4, asked in new words.

Restraint: a question naming an entry's subject but asking a narrower matter its published answer
does not speak to is quoted nothing (qa.yaml `narrower_matters`, not-covered.yaml `subjects`):
why the accuracy of what is shared matters (entry 1 says why sharing does), which bodies endorsed
the 2006 guidance (entry 6 says only that a range did), what another training package should hold
(entry 8 lists the guidance's own), whom a code of ethics or conduct reaches (entry 9 says whom
the guidance is for).

Reach: an entry's own question in new words is quoted it: "how come … replaced" asks a reason,
not how current the guidance is (entry 6); agencies "swapping" information is sharing, not an
exchange of data sets (entry 5); who "put it together", what was "published alongside" it
(entry 8); sharing "without a signed agreement" asks whether one is needed (entry 13); a
regulator's code is the professional code entry 11 relates the guidance to; what the guidance is
"meant to help" staff do is its purpose (entry 7). Every conversation runs through the core the
terminal door runs; the messages are the writer's own.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted, texts


@pytest.mark.parametrize(
    "asked",
    [
        "Why does it matter that what we pass on is accurate?",
        "Why is it vital that the information we share is accurate and up to date?",
        "Which professional bodies backed the 2006 guidance?",
        "Which organisations endorsed the original 2006 guidance?",
        "What should our safeguarding training package for new staff include?",
        "Does this code of ethics apply to volunteers as well as staff?",
    ],
)
def test_a_narrower_matter_is_quoted_nothing(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == []


@pytest.mark.parametrize(
    ("asked", "entry"),
    [
        ("how come the 2006 guidance was replaced?", 6),
        ("what do parents think about agencies swapping information on their family", 5),
        ("Who put the information sharing guidance together?", 8),
        ("What was published alongside the guidance?", 8),
        ("Is it ok to share without a signed data sharing agreement?", 13),
        ("How does the guidance relate to the GMC's guidance and our trust's policies?", 11),
        ("What is the info sharing guidance meant to help practitioners do?", 7),
        # twins that were quoted before and still are
        ("What is the sharing guidance meant to help staff do?", 7),
        ("how come the old guidance was updated", 6),
        ("How should I use the guidance alongside my professional code of conduct?", 11),
        ("What materials come with the guidance?", 8),
        ("Why is information sharing important?", 1),
    ],
)
def test_an_entry_s_own_question_in_new_words_is_quoted_it(
    chat: Chat, asked: str, entry: int
) -> None:
    assert quoted(chat.send(asked)) == [published_question(entry)]


def test_whether_the_guidance_is_current_still_gets_the_about_reply(chat: Chat) -> None:
    replies = chat.send("is this guidance out of date?")
    assert quoted(replies) == []
    assert "has since been replaced" in texts(replies)
