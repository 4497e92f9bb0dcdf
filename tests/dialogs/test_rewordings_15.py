"""Round 15's classes of rewording (docs/matcher.md, "Round 15: rewordings"): each test names a
class of practitioners' wording that a check held back, or quoted wrongly, before its rule,
and failed then. The questions are from `tests/knowledge/data/probes-round15.yaml` (written by
the tuner, never accuracy)."""

from __future__ import annotations

import pytest

from tests.support.core import Chat, published_question, quoted


def _quotes(chat: Chat, question: str, number: int | None) -> None:
    want = [] if number is None else [published_question(number)]
    assert quoted(chat.send(question)) == want


@pytest.mark.parametrize(
    "question",
    [
        "health visitor: how should my trust support me with information sharing decisions?",
        "what backing should I get from my trust when I share information?",
    ],
)
def test_the_askers_own_trust_is_their_organisation(chat: Chat, question: str) -> None:
    """An NHS or academy trust named as the asker's own is their organisation (entry 14), not
    the trust families place in practitioners (entry 5, quoted before)."""
    _quotes(chat, question, 14)


def test_trust_families_place_in_us_stays_theirs(chat: Chat) -> None:
    _quotes(chat, "do families trust us with their information?", 5)


def test_why_in_other_words(chat: Chat) -> None:
    """ "What was wrong with…", "what led to…", "how come…" ask why (entry 6 answers it), not
    whether something is needed."""
    _quotes(chat, "what was wrong with the previous guidance that it needed updating?", 6)


def test_what_comes_with_the_guidance(chat: Chat) -> None:
    """Whether the package holds a summary, case studies or training is entry 8's list: it was
    entry 2 at 92 (why there is guidance), quoted wrongly."""
    _quotes(chat, "is there a summary of the law on information sharing with the guidance?", 8)


@pytest.mark.parametrize(
    "question",
    [
        "what should I think about before I share information about someone?",
        "what should I keep in mind when sharing info?",
    ],
)
def test_what_to_weigh_before_sharing(chat: Chat, question: str) -> None:
    """Bearing or keeping in mind, thinking through, what to think about before sharing: the
    factors entry 4 gives ("keep in mind" was entry 5 at 93, on whether families mind)."""
    _quotes(chat, question, 4)


def test_whose_data_is_no_subject(chat: Chat) -> None:
    """ "Pupil data", "patient data": whose data it is, as "pupil information" already was."""
    _quotes(chat, "does the guidance cover bulk transfers of pupil data between IT systems?", 10)


def test_the_law_on_needing_a_protocol(chat: Chat) -> None:
    """Whether the law requires an ISP is what entry 13 answers ("not a legal requirement")."""
    _quotes(chat, "is an information sharing protocol required by law?", 13)


@pytest.mark.parametrize(
    "question",
    [
        "does the law require us to publish our ISPs?",
        "Which information disclosures are required by law when requested?",
    ],
)
def test_other_things_the_law_requires_quote_nothing(chat: Chat, question: str) -> None:
    _quotes(chat, question, None)


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("is the guidance for private sector workers too?", 9),
        ("GP receptionist - is this guidance for health staff like me?", 9),
        ("how do service users see info sharing", 5),
        ("what do residents think about information being shared?", 5),
        ("what support can practitioners expect from their employers on info sharing?", 14),
        ("what's the intention behind the information sharing guidance?", 7),
        ("how does sharing info help children?", 1),
    ],
)
def test_an_entry_in_its_readers_words(chat: Chat, question: str, number: int) -> None:
    """Whom the guidance is for as "people like me", "X workers too"; views as how people by
    their relation to a service "see" it; what staff may "expect" of their organisation; the
    guidance's "intention"; what sharing "helps" someone to: each held back before."""
    _quotes(chat, question, number)


def test_other_guidance_for_a_sector_quotes_nothing(chat: Chat) -> None:
    question = (
        "is there local guidance on gang activity and serious youth violence"
        " for voluntary sector staff?"
    )
    _quotes(chat, question, None)


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("school nurse - why is it important to share information?", 1),
        ("police officer - why was the 2006 information sharing guidance updated?", 6),
        ("teacher - why was the guidance updated?", 6),
    ],
)
def test_a_role_said_before_a_dash_is_who_asks(chat: Chat, question: str, number: int) -> None:
    """A label ending with a role or a party before a dash is the asker, not a subject the entry
    never names nor a party the question is about."""
    _quotes(chat, question, number)


@pytest.mark.parametrize(
    "question",
    [
        "how much info can I give another practitioner without consent?",
        "does the data protection act say how much I can share?",
        "if I do have to break confidentiality, how much should I actually tell them?",
    ],
)
def test_how_much_to_tell_quotes_nothing(chat: Chat, question: str) -> None:
    """How much to tell is a count no published answer gives (entries 4 and 3 were quoted)."""
    _quotes(chat, question, None)


def test_a_researcher_is_no_service(chat: Chat) -> None:
    """ "Researcher" was fixed as a typo to entry 5's anchor "research" (entry 5 at 94)."""
    _quotes(chat, "can I share pupil data with a researcher?", None)
    _quotes(chat, "what did the research find about families and information sharing?", 5)


def test_beneficial_is_why_sharing_matters(chat: Chat) -> None:
    _quotes(chat, "why is sharing information beneficial?", 1)
    _quotes(chat, "why is early help beneficial for families?", None)
