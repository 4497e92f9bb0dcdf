"""Questions near an entry's topic that its published answer does not answer (round 13's
probes, docs/matcher.md): each was quoted an entry before. Whether something may be used,
who takes a decision, a law or bulk transfer the entry never names, consent to an act that is
not sharing."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted

NEAR_TOPIC = [
    # whether something may be used (`use`): no published answer says
    "can I use the case examples in my team meeting?",
    # who takes the decision (`whom_to_ask`), not whom the guidance is for
    "does the guidance say who should decide?",
    # who takes the decision, further on than the "who" (`who_acts`)
    "does the guidance say who in a school should make the decision?",
    # another guidance named (the Prevent guidance is a subject no entry speaks of)
    "how was the Prevent guidance developed?",
    # a request from the family or a carer told in the story (`requesters`)
    "pharmacist here - a carer wants to know what tablets her dad is on. is data protection a "
    "barrier?",
    "care home manager. the family want the CCTV from the lounge after a fall. what does the "
    "DPA say?",
    # a request from a body with gateways of its own, told in the story
    "foodbank volunteer: the jobcentre asked us to confirm someone used the foodbank. what does "
    "the DPA say?",
    "housing officer: the council's fraud team asked for a tenant's bank details. is the DPA a "
    "barrier?",
    # the case told before, pointed at ("here", "in my situation": `about_the_case`)
    "social worker: I want to share a family's details with a researcher. why is information "
    "sharing important here?",
    # getting hold of a copy, typed tersely (`where`)
    "pocket guide download",
    # a template is no definition
    "what's a data sharing agreement template?",
    # information about the organisation's own staff (employment records)
    "does the guidance apply to information about staff?",
    # a government body whose gateways have rules of their own
    "does the data protection act stop us sharing information with the home office?",
    # a law the entry on the organisation's own policies never names
    "how does the guidance relate to the GDPR?",
    # bulk transfers: where protocols are used, not the entry saying none is needed
    "is an ISP necessary for bulk data transfers?",
    # consent to another act, not to sharing
    "is consent needed for a health assessment?",
]


@pytest.mark.parametrize("message", NEAR_TOPIC)
def test_a_near_topic_question_is_quoted_nothing(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("is consent needed for sharing information?", 4),
        ("does the GDPR stop us sharing information to keep people safe?", 3),
        ("does the guidance cover bulk sharing between IT systems?", 10),
        ("who is the guidance for?", 9),
        ("does the guidance apply to staff?", 9),
        ("what does the data protection act say about sharing information?", 3),
    ],
)
def test_the_entries_own_questions_are_still_quoted(chat: Chat, message: str, number: int) -> None:
    assert quoted(chat.send(message)) == [published_question(number)]
