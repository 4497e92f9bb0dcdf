"""Telling someone outside the services (family, the press, a solicitor) is quoted no entry.

Every published answer speaks of sharing between practitioners and agencies: "the Data
Protection Act is not a barrier to sharing" is no answer to whether a school may tell a mum
about another child, nor whether anyone may tell a journalist. Each message below was quoted an
entry before (round 10's probes, written as practitioners type).
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted
from tests.support.packs import builtin_knowledge


@pytest.mark.parametrize(
    "message",
    [
        "Does GDPR mean I can't tell a parent how their child is doing at school?",
        "Does data protection law stop me telling a mum her son has been in a fight?",
        "Is data protection a barrier to sharing with a journalist?",
        "does the DPA stop the GP telling me about my dad's diagnosis?",
    ],
)
def test_telling_someone_outside_the_services_quotes_nothing(chat: Chat, message: str) -> None:
    assert quoted(chat.send(message)) == []


@pytest.mark.parametrize(
    ("message", "number"),
    [
        # named before the sharing verb, the employer is the one supporting, not the recipient
        ("What support should my employer give me when I share information?", 14),
        ("Does the Data Protection Act stop me from sharing information about a client?", 3),
        # the parents as the ones whose consent is asked, not where the information goes
        ("Should I get the parents' consent before I share information?", 4),
        # a request from outside in the story, but a question about the guidance itself
        (
            "I run a brownie pack. A parent asked whether another girl's mum has been in prison. "
            "Who is the guidance for - does it include me?",
            9,
        ),
    ],
)
def test_sharing_between_services_is_still_answered(chat: Chat, message: str, number: int) -> None:
    entry = builtin_knowledge().entry(number)
    assert entry is not None
    assert quoted(chat.send(message)) == [entry.question]


@pytest.mark.parametrize(
    "message",
    [
        "GP: an insurance company has asked for a patient's full record. Does the DPA stop me?",
        "PCSO: a shop wants to know the name of a kid who was shoplifting. Is data protection a "
        "barrier?",
        "Social care: a journalist has asked for comment on a child death. How should my "
        "organisation support me?",
        "The local paper wants a comment about a pupil who was injured. Does data protection "
        "prevent it?",
        "A solicitor has asked for the child's file. Does the data protection act let us send it?",
    ],
)
def test_a_short_question_after_a_request_from_outside_quotes_nothing(
    chat: Chat, message: str
) -> None:
    # the question is about that request, which no published answer speaks of
    assert quoted(chat.send(message)) == []
