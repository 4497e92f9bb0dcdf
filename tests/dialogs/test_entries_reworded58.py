"""Round 58 (probe251, issue 11 rule two): entries other than 4, asked in new words.

Restraint: a question naming an entry's subject but asking a narrower matter its published answer
does not speak to is quoted nothing (qa.yaml `narrower_matters`, not-covered.yaml `subjects`):
why the accuracy of what is shared matters (entry 1 says why sharing does), which bodies endorsed
the 2006 guidance (entry 6 says only that a range did), what another training package should hold
(entry 8 lists the guidance's own), whom a code of ethics or conduct reaches (entry 9 says whom
the guidance is for), what the Data Protection Act says one must do after a loss (the `steps`
kind of ask: entry 3 says the Act is no barrier to sharing).

Reach: an entry's own question in new words is quoted it: "how come … replaced" asks a reason,
not how current the guidance is (entry 6); agencies "swapping" information is sharing, not an
exchange of data sets (entry 5); who "put it together", what was "published alongside" it
(entry 8); sharing "without a signed agreement" asks whether one is needed (entry 13); a
regulator's code is the professional code entry 11 relates the guidance to; what the guidance is
"meant to help" staff do is its purpose (entry 7).

A short question pointing back ("who developed it?") after a story naming another document (a
welcome pack, a toolkit, a policy: case_questions `documents`) asks of that document
(knowledge/matching/story_documents.py); after a story naming the guidance, or for entry 11 a
policy of one's own, it is still quoted. Every conversation runs through the core the terminal
door runs; the messages are the writer's own.
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
        # what a law says one must do after a loss asks for duties, not whether it stops sharing
        "A volunteer left a file of client details on the bus. What does the Data Protection Act "
        "say we must do now?",
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
        ("What does the Data Protection Act say about sharing information?", 3),
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


@pytest.mark.parametrize(
    "asked",
    [
        "We're putting together our welcome pack. What should it include?",
        "The council sent us a thresholds document. Who wrote it?",
        "The trust has published a new toolkit for ward staff. Who developed it?",
        "Our safeguarding policy was changed in May. Why did they change it?",
    ],
)
def test_a_pointer_back_to_another_document_in_the_story_is_quoted_nothing(
    chat: Chat, asked: str
) -> None:
    # "it" is the pack, the document, the toolkit or the policy the story names, not the
    # guidance whose contents (entry 8) or update (entry 6) the published answers give
    assert quoted(chat.send(asked)) == []


@pytest.mark.parametrize(
    ("asked", "entry"),
    [
        ("I've just read the information sharing guidance. What is its purpose?", 7),
        ("My manager gave me the 2008 guidance. Who developed it?", 8),
        # entry 11's answer is of one's own policies: a policy in the story is its own
        ("We have a confidentiality policy. How does it relate to the guidance?", 11),
        ("We have our own information sharing policy. How does it fit with this?", 11),
    ],
)
def test_a_pointer_back_to_the_guidance_or_the_entry_s_own_document_is_quoted(
    chat: Chat, asked: str, entry: int
) -> None:
    assert quoted(chat.send(asked)) == [published_question(entry)]
