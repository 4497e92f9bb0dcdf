"""A story naming a record or medium held ("we have CCTV of the car park"), then a question
sharing "it": what is shared is the story's record, which no published answer speaks of
(round 13's probes, docs/matcher.md). Each was quoted the Data Protection Act entry before."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted

HELD_THEN_SHARED = [
    "we have CCTV of the car park. does data protection stop us sharing it?",
    "our nursery has photos of the children on an ipad. does GDPR stop us sharing them?",
    "we keep visitor logs at the surgery. can data protection stop us handing them over?",
    "the housing office has tenants' phone numbers on a spreadsheet. is data protection a "
    "barrier to sending it round?",
    "the youth club has a register with home addresses. does data protection prevent us "
    "passing it on?",
]


@pytest.mark.parametrize("message", HELD_THEN_SHARED)
def test_a_record_held_in_the_story_then_shared_is_quoted_nothing(chat: Chat, message: str) -> None:
    replies = chat.send(message)
    assert quoted(replies) == []
    assert any(r.choices for r in replies), "the nearest entry stays one press away"


@pytest.mark.parametrize(
    ("message", "number"),
    [
        # a story with no record held: "it" is the information the question is about
        (
            "Everyone at the nursery keeps saying data protection means we can't pass on "
            "worries. Does data protection stop us sharing it?",
            3,
        ),
        # a story naming a person and a concern, not a record: "it" is the concern
        (
            "A dad at pick-up told me he's been struggling since losing his job. Does data "
            "protection stop me sharing it?",
            3,
        ),
    ],
)
def test_a_story_holding_no_record_keeps_its_answer(chat: Chat, message: str, number: int) -> None:
    assert quoted(chat.send(message)) == [published_question(number)]
