"""Round 50 (fa159): a harm asked about by its bare name (knowledge/risk_topic_asked.py).

Parents, students and practitioners ask about a harm as a subject ("how do I talk to my child
about abuse?"): the term stands just after "about" or "what", ends its clause, and no one is told
of. Every quiet message here rang before this round. Beside each, a near-twin that ties the harm
to someone (after the term, or in a sentence beside the question) still rings.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, quoted

QUIET = [
    "as a parent, how do I talk to my child about abuse?",
    "how do I share concerns about neglect with a health visitor?",
    "I'm a student nurse and we're learning about FGM, what are the health consequences?",
    "do I need to inform the adult before raising a safeguarding concern about financial abuse?",
    "what should I teach year 6 about exploitation?",
    "how should I talk to my students about self-harm?",
]
RINGS = [
    # the harm tied to someone after the term
    "how do I talk to someone about the abuse my dad does?",
    "who can I talk to about abuse from my stepdad?",
    "how do I ask for help about domestic abuse with my partner?",
    # a telling beside the same question
    "as a parent, how do I talk to my child about abuse? his dad hit him last night",
    "how do I share concerns about neglect? my neighbour's kids have had no food for days",
    "who do I tell about abuse? my uncle touches me",
    "how do I raise a concern about financial abuse? my son takes my pension every week",
    "what should I teach my kids about abuse? their dad hit them last night",
    "how should I talk to my students about self-harm? one of them showed me cuts today",
    # the brief's own disclosures
    "what do I do if my dad hits me",
    "can I share that a pupil told me her stepdad touches her?",
]


@pytest.mark.parametrize("message", QUIET)
def test_a_harm_asked_about_by_its_name_is_not_signposted(chat: Chat, message: str) -> None:
    assert not chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", RINGS)
def test_the_same_harm_tied_to_someone_is_signposted(chat: Chat, message: str) -> None:
    assert chat.send(message)[0].risk_of_harm


def test_the_matcher_declines_when_only_chatter_scored_is_set_aside(chat: Chat) -> None:
    """Only chatter scored, set aside as the question is on topic: a decline, not a crash."""
    assert quoted(chat.send("what did the Laming report say about information sharing?")) == []
