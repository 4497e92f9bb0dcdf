"""Round 59 (recall259, issue 11 rule two): the published questions asked in people's own words.

Reach: an entry's own question, typed as a busy practitioner types it, is quoted it: a typed
"what's in …" loses its "'s" and now still asks what the guidance holds (entry 8, where the
revised guidance's "revised" had pulled entry 6, why it was revised); text-speak "wat r";
"only for" asks whom the guidance is for (entry 9); "put so much weight on", "matter at all",
"a good idea" ask why sharing matters (entry 1); "rules about sharing" and "help knowing when"
ask why there is guidance (entry 2); "set out to" its purpose (entry 7); "involved in writing"
its making (entry 8, not the form ask's "in writing"); "where does the guidance fit in" how it
relates to one's own procedures (entry 11); "think about information being shared" what
families think (entry 5); "what do I need to know about the DPA when sharing" what the Act
means for sharing (entry 3's need); "do you know why … brought up to date?" asks a reason, not
whether the guidance is current.

Restraint: "what's an X?" and "what is an X Y Z?" ask what a thing is, which only the entry
defining terms answers ("what's an information governance lead?" was entry 14); why the format
of what is sent matters is a narrower matter than why sharing does (entry 1); the pocket guide's
readers are not the guidance's. The near misses in the new words stay unquoted. Every
conversation runs through the core the terminal door runs; the messages are the writer's own.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted, texts


@pytest.mark.parametrize(
    ("asked", "entry"),
    [
        ("what's in the updated information sharing guidance?", 8),
        ("wat r the implications of the dpa", 3),
        ("why does everyone put so much weight on sharing info?", 1),
        ("why is it a good idea for agencies to share information?", 1),
        ("why are there rules about sharing information at all?", 2),
        ("why do staff need help knowing when they can share information lawfully?", 2),
        ("do you know why the 2006 guidance was brought up to date?", 6),
        ("what do the families on my caseload think about information being shared?", 5),
        ("what does the guidance on information sharing set out to do?", 7),
        ("which bodies were involved in writing the information sharing guidance?", 8),
        ("if our trust has its own procedures, where does the guidance fit in?", 11),
        ("what do i need to know about the data protection act when sharing info?", 3),
        ("Is the information sharing guidance only for social workers?", 9),
    ],
)
def test_an_entry_s_own_question_in_busy_words_is_quoted_it(
    chat: Chat, asked: str, entry: int
) -> None:
    assert quoted(chat.send(asked)) == [published_question(entry)]


@pytest.mark.parametrize(
    "asked",
    [
        "what's an information governance lead?",
        "what is an information governance lead?",
        "why does it matter which format I send the referral in?",
        "is the pocket guide just for new staff?",
        # near misses in the new words, unquoted before and after
        "what should I think about information before I send it?",
        "what's in the new consent form?",
        "what is the consent form designed to do?",
        "who was involved in writing our safeguarding policy?",
        "where does consent fit in?",
        "what matters most to families when we share?",
        "what do i need to know about GDPR before I send emails?",
        "are there rules about sharing information with the police?",
        "is consent only for adults?",
    ],
)
def test_a_near_miss_in_the_new_words_is_quoted_nothing(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == []


def test_whether_the_guidance_is_up_to_date_still_gets_the_about_reply(chat: Chat) -> None:
    replies = chat.send("do you know if the guidance is up to date?")
    assert quoted(replies) == []
    assert "has since been replaced" in texts(replies)
