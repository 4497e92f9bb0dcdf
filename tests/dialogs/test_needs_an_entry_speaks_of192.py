"""Round 53 (quote192): "do I need to / have to / must I…" asked of a need the entry's
published answer speaks of, and support asked "to do" another matter.

The `necessity` ask is strict: an entry whose answer does not say whether something is needed
is held back for it. Four answers do speak of a need, of one thing and from one party, and
their `necessity_of` (qa.yaml) names it, as groups of phrases the question must each name:
the organisation's support for its staff (entry 14: who owes it and the support), following
one's own policies or procedures alongside the guidance (entry 11), complying with data
protection law when sharing (entry 3), and sharing itself, asked whether it is really needed
(entry 1). A need the answer never speaks of (training, a laptop, confidence, another
policy, registering with the ICO) is still held back.

A word of legal force ending a question opening "is" or "are" (`asks_at_end`): "is the
guidance for exclusions statutory?" asks the force of law, as "is the guidance statutory?"
does, which no answer gives (entry 10 was quoted by its "statutory" and "exclud*").

Support asked "to" do something (`SupportFor`): "will my organisation support me to do a
degree?" asks for support with another matter, as "…support me when I'm off sick?" does;
"…support me to share information?" is entry 14's.
Every conversation runs through the core the terminal door runs.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


@pytest.mark.parametrize(
    ("asked", "entry"),
    [
        # needs the entry's answer speaks of
        ("does my organisation have to support me when I share information?", 14),
        ("does my employer have to back me if I share in good faith?", 14),
        # round 55 (quote212): a manager's support with no sharing named is not entry 14's
        ("does my manager have to support me?", None),
        ("do organisations need an information governance framework?", 14),
        ("is my organisation required to support me to share information?", 14),
        ("do I have to follow my organisation's policy as well as the guidance?", 11),
        ("must I follow my employer's procedures as well as the national guidance?", 11),
        ("do I still have to follow my agency's information sharing policy?", 11),
        ("do I have to comply with the Data Protection Act when sharing information?", 3),
        ("do i have to worry about the dpa if i share info", 3),
        ("are we required to comply with data protection law when sharing?", 3),
        ("do we need to share info at all, what's the point?", 1),
        # needs no answer speaks of, in the same words
        ("do I have to follow this guidance?", None),
        ("do I need to be trained to share information?", None),
        ("do I need to have confidence before I share?", None),
        ("do we need an information sharing policy?", None),
        ("does my organisation have to give me a laptop?", None),
        ("does my organisation need to support my mental health?", None),
        ("does my employer have to support me with my workload?", None),
        ("do I need to follow the school's behaviour policy too?", None),
        ("do I need to follow the whistleblowing policy as well?", None),
        (
            "do I have to follow the local safeguarding partnership's procedures for referrals?",
            None,
        ),
        ("do I still need to follow the behaviour policy?", None),
        ("do I need consent under GDPR?", None),
        ("do I need my organisation to back me before sharing?", None),
        ("do we need our manager's support to share?", None),
        ("do I need to register with the ICO?", None),
        ("do I need to comply with GDPR when taking photos?", None),
        ("do I really have to share information with the police?", None),
        ("do I really need to share information with the school?", None),
        # the force of law asked at the end of an "is" question
        ("is the guidance for exclusions statutory?", None),
        ("is the guidance for restraint statutory?", None),
        ("does the guidance cover statutory information sharing?", 10),
        ("Is an ISP compulsory?", 13),
        # support asked "to" do another matter
        ("will my organisation support me to do a degree?", None),
        ("will my employer support me to do a nursing qualification?", None),
        ("does my organisation need to support me to get a promotion?", None),
        ("will my organisation support me to go part-time?", None),
        ("How should my organisation support me to share information?", 14),
    ],
)
def test_a_need_is_quoted_the_entry_speaking_of_it_or_none(
    chat: Chat, asked: str, entry: int | None
) -> None:
    expected = [] if entry is None else [published_question(entry)]
    assert quoted(chat.send(asked)) == expected
