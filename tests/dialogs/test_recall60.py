"""Round 60 (recall268, issue 11 rule two): the published questions in people's own words, in
the registers a manager, a trainer or a new starter writes in.

Reach: a bracket before the question says what it is for, as a label before a colon does
("(for a team briefing) why…"); a report of who wants to know ("my manager asked me to find out
why…", "asked me to explain to new staff why…") is dropped from the question as a role opening
is; a question broken across two lines is one sentence; "whether…" opens a question as "if…"
does; "whats in …" asks what the guidance holds, not what a thing is (and "the updated guidance -
what's in it?" is entry 8's list, not entry 6's reason for the update); a question after a dash
ending "…need to know?" leans on its subject before the dash ("info sharing and the dpa - what
do i need to know?"); "is an ISP required to share…?" asks whether a protocol is needed (entry
13); "the old guidance got replaced - why was that?" asks why it was revised (entry 6), not how
current it is.

Restraint: the near misses in the same forms stay unquoted: another subject inside a report or
after a bracket, a question whose subject is on its first line ("what do youth workers\nthink
…"), whether a protocol binds anyone to share, what a local pack or a course comes with. Every
conversation runs through the core the terminal door runs; the messages are the writer's own.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize(
    ("asked", "entry"),
    [
        ("(for a team briefing) why is sharing information with partner agencies important?", 1),
        ("(induction slide) who is the information sharing guidance written for?", 9),
        (
            "my service manager asked me to find out why the sharing guidance was revised",
            6,
        ),
        ("my manager asked me to explain to new staff why sharing information matters so much", 1),
        (
            "our governance lead wants me to find out how the guidance fits with our procedures",
            11,
        ),
        ("my team manager wants me to look into why we have guidance on sharing at all", 2),
        ("our head of service asked me to explain what the sharing guidance is actually for", 7),
        ("whats in the guidance package?", 8),
        ("the updated guidance - what's in it?", 8),
        ("how should my employer\nsupport me to share information?", 14),
        ("Is an ISP required to share information with another practitioner?", 13),
        ("info sharing and the dpa - what do i need to know?", 3),
        ("the old 2006 guidance got replaced - why was that?", 6),
    ],
)
def test_an_entry_s_own_question_in_a_briefing_s_words_is_quoted_it(
    chat: Chat, asked: str, entry: int
) -> None:
    assert quoted(chat.send(asked)) == [published_question(entry)]


@pytest.mark.parametrize(
    "asked",
    [
        "(for a team briefing) why is lone working training important?",
        "my service manager asked me to find out why our referral form was changed",
        "my manager asked me to find out what's included in our induction pack",
        "(for our induction day) what comes with the first aid course?",
        "what do youth workers\nthink about information sharing?",
        "what does a good\nreferral include?",
        "does having a protocol mean we are required to share?",
        "does signing an ISP mean we are required to share everything?",
        "GDPR and CCTV - what do I need to know?",
    ],
)
def test_a_near_miss_in_the_same_words_is_quoted_nothing(chat: Chat, asked: str) -> None:
    assert quoted(chat.send(asked)) == []
