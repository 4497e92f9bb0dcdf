"""tryout38's smaller things: "Ellie-Mae in 2R" (a hyphenated given name with a class) and
"Sarah Black" (a given name before a surname that is also a word) typed in a channel were not
seen as identifying, so the channel note did not come. A common given name (the risk pack's
`given_names`) before any capitalised word, and a hyphenated given name with a class, now name
someone; a law, a body, a month of events and a name of a place do not (tidy39)."""

from __future__ import annotations

import pytest

from bot.core import Core
from tests.support.core import Chat, texts

NAMED = [
    "can I tell the school nurse about Ellie-Mae in 2R, she keeps fainting",
    "is it ok to share Ellie-Mae in 2R's care plan with the TA?",
    "Mary-Jane in Year 5 told me her dad hits her, who do I tell",
    "what can I share about Lily-Rose from 4B with her new school",
    "can I tell the GP that Sarah Black fainted today",
    "I'm worried about Emma Green in my tutor group, can I tell her mum",
    "is it ok to ring Tom Cook's dad about his attendance",
    "can I share Sophie White's plan with the college",
]
QUIET = [
    "what is Sarah's Law and can I use it?",
    "is this a Data Protection breach",
    "can we mention Black History Month in the newsletter to parents",
    "does the Multi-Agency Safeguarding Hub need consent from parents?",
    "can I share a Non-Molestation Order with the school",
    "is a Mark Scheme with pupils' marks personal data",
    "we are at St James Park on Friday, can I share the trip list",
    "can I tell the Year 5 team that a pupil in 2R has head lice",
    "who do I tell first, Sarah or her mum?",
]


@pytest.mark.parametrize("message", NAMED)
def test_a_name_typed_in_a_channel_gets_the_note(core: Core, message: str) -> None:
    said = texts(Chat(core, private=False).send(message))
    assert "personal details" in said


@pytest.mark.parametrize("message", QUIET)
def test_a_law_a_body_an_event_or_a_place_gets_no_note(core: Core, message: str) -> None:
    said = texts(Chat(core, private=False).send(message))
    assert "personal details" not in said


def test_the_given_names_are_the_packs(core: Core) -> None:
    given = core.knowledge.risk.given_names
    assert "sarah" in given and "emma" in given
    assert not {"mark", "grace", "will", "hope"} & set(given)
