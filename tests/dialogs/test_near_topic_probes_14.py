"""Questions near an entry's topic that its published answer does not answer (round 14's
probes, docs/matcher.md): each was quoted an entry before. Carrying out a step with a law or a
protocol, the medium the materials come in, the data protection law's terms of art; and what
help the asker should get, which only the entry on organisational support answers."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted

NEAR_TOPIC = [
    # carrying out a step (`steps`): no published answer says how
    "how do I train volunteers on the data protection act?",
    "how can we comply with the data protection act when sharing?",
    "how do we put an ISP in place?",
    # the medium the materials come in (`format`): entry 8 lists them, never how published
    "does the pocket guide come as an app?",
    "is the pocket guide available online?",
    "are the case examples on a website?",
    # the data protection law's terms of art: no entry speaks of them
    "what is the difference between an ISP and a data processing contract?",
    # a channel (the phone), a death in another word form, a family member as recipient
    "Does the data protection act allow me to share information with another practitioner by "
    "phone?",
    "Does the DPA stop us sharing information after someone dies?",
    "Is it a breach of the Data Protection Act to share a child's address with a relative?",
    # statements and questions of a fact no published answer states: renewal, a right, who
    # may see information, a part of a document, what those consulted said
    "Consent for sharing must be renewed every year.",
    "The Data Protection Act gives people the right to see what is held about them.",
    "How do we decide who in our organisation can see shared information?",
    "Does the pocket guide include a flowchart?",
    "What did practitioners say when they were consulted on the guidance?",
    # the act told in the story, pointed at ("stop us", "allow it"), with a record or medium
    # held that the entry never names: displays, newsletters (`refers_back`, `held_things`)
    "early years: we want to put children's first names on a display. does data protection "
    "stop us?",
    "we want to put photos of the sports day in the newsletter. does the DPA allow it?",
    # a time reckoned from now: a later change than any the 2008 answers tell of (`date`)
    "why was the safeguarding policy updated this year?",
    "why was the guidance updated recently?",
    # a time limit (`how_long`) and an approval required (`status`): no published answer says
    "do we have to share within 24 hours if there's no ISP?",
    "Our ISP says we have to share within 48 hours. Is that right?",
    "Is it true that information sharing protocols have to be approved by the ICO?",
    # whom a law covers (`scope`): entry 3 answers whether the Act is a barrier
    "Myth: charities aren't covered by data protection law",
    # "say-so" is permission, not what the parents say (entry 5's "parents say")
    "Myth: data protection means you can't share information about a child without the "
    "parents' say-so",
    # an app or software: a system, which only the entry on bulk sharing names
    "do we need an ISP with the NHS app?",
    # information governance: "information" inside another term, not information sharing
    "why is information governance important?",
]


@pytest.mark.parametrize("message", NEAR_TOPIC)
def test_a_near_topic_question_is_quoted_nothing(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []


@pytest.mark.parametrize(
    "message",
    [
        # what help or support should come to the asker (`backing`): entry 4 was quoted at 96
        "care worker: what help should my manager give me with information sharing decisions?",
        "what support should a charity give volunteers who have to share information?",
    ],
)
def test_the_help_the_asker_should_get_is_the_support_entry(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == [published_question(14)]


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("does the guidance come with case examples?", 8),
        ("are there training materials for the guidance?", 8),
        ("how should my organisation support me to share information?", 14),
        ("is the DPA a barrier to information sharing?", 3),
        ("what's an ISP in plain english?", 12),
    ],
)
def test_the_entries_own_questions_are_still_quoted(chat: Chat, message: str, number: int) -> None:
    assert quoted(chat.send(message)) == [published_question(number)]


def test_a_negation_typed_the_other_way_names_the_same_anchor(chat: Chat) -> None:
    # "can't be obtained" as the anchor "cannot be obtained" (entry 4's published answer)
    assert quoted(chat.send("what happens if consent can't be obtained?")) == [
        published_question(4)
    ]


def test_only_for_names_whom_the_guidance_is_for(chat: Chat) -> None:
    assert quoted(chat.send("Myth: the guidance is only for social workers")) == [
        published_question(9)
    ]
