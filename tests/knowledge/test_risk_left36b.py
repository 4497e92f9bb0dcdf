"""Round 36 (r1n36): four quiet or wrongly named disclosures left by this round's helpers.

Each signposted message names its person at risk and the contacts that must be shown; the
look-alikes beside them tell of nobody in particular and stay quiet.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

# (message, whom the harm concerns, contacts that must be named)
SIGNPOSTED = [
    # a child telling that the harm a lesson named happens at home (was quiet)
    (
        "after a lesson on domestic abuse my daughter told her teacher it happens at home",
        None,
        {"childrens-social-care"},
    ),
    (
        "my daughter had a lesson on domestic abuse and told her teacher it happens at home",
        None,
        {"childrens-social-care"},
    ),
    (
        "after assembly about domestic abuse my son told his teacher it happens at home",
        None,
        {"childrens-social-care"},
    ),
    ("after the lesson on grooming a boy told me it happens to his friend", "child", set()),
    # pictures sent to one child by someone who works with children (was quiet)
    ("our choir director sent a 14 year old pictures", "child", {"lado", "childrens-social-care"}),
    ("the teacher sent a girl pictures", "child", {"lado"}),
    ("the scout leader sent one of the girls pictures", "child", {"lado"}),
    # a child locked in by staff: the child's alone, with the LADO (r1l36 left it "child or
    # adult"; r1m36's `whom`, merged on int36, names the child: kept here as a guard)
    ("a teacher locked a 10 year old in a room", "child", {"lado", "childrens-social-care"}),
    (
        "SENCo - boy 10 w autism said his TA squeezed his wrists hard and locked him in the "
        "sensory room",
        "child",
        {"lado", "childrens-social-care"},
    ),
    # a newborn's age in days just after a note's query of NAI (was either)
    ("?NAI, 10 days old, bruise to cheek", "child", {"childrens-social-care"}),
    ("query NAI 10 days old bruise to cheek", "child", {"childrens-social-care"}),
    (
        "NAI query, 5 days old, torn frenulum, mum says he rolled",
        "child",
        {"childrens-social-care"},
    ),
]

# (message, whom the harm concerns): an adult's note keeps its adult
ADULT_NOTES = [
    ("elderly man, 3 days, no food", "adult"),
    ("pt 88, bruising to arms, 3 days old", "adult"),
    ("?NAI pt 88 bruising 3 days old", "adult"),
    ("elderly lady, bruise on her arm is 3 days old", "adult"),
    # someone with dementia, or retired, is old: adult only (was either)
    (
        "our patient with dementia has unexplained bruising and her son gets angry when we ask",
        "adult",
    ),
    ("a man with dementia is being threatened by his nephew to hand over his inheritance", "adult"),
]

# a class's or a team's pictures, and someone who does not work with children
QUIET = [
    # a lesson's topic told of no one in particular
    "we had a lesson on domestic abuse today",
    "after the lesson on FGM the class asked questions",
    "after a lesson on domestic abuse my daughter told her teacher it happens a lot on tv",
    "in training on domestic abuse the trainer said it happens at home most often",
    "the teacher sent the year 9s pictures of the trip",
    "our coach sent the team photos",
    "our coach sent the under 12s photos",
    "the teacher sent one of the parents photos of the trip",
]


@pytest.mark.parametrize(("message", "concerns", "contacts"), SIGNPOSTED)
def test_signposted_with_the_right_concerns_and_contacts(
    chat: Chat, message: str, concerns: str, contacts: set[str]
) -> None:
    signposted_in_both(BUILT_IN, chat, message, concerns, contacts)


@pytest.mark.parametrize(("message", "concerns"), ADULT_NOTES)
def test_an_adults_note_stays_the_adults(message: str, concerns: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert finding.concerns == concerns, finding


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


# someone who works with children who is the one told is no one accused: no LADO (was named)
TOLD_STAFF = [
    "after a lesson on domestic abuse my daughter told her teacher it happens at home",
    "my daughter told her teacher there is domestic abuse at home",
    "a 7 yr old told our TA that uncle touches her wee wee when he babysits",
    "a student told the nurse he is going to hurt himself tonight. can we pass it on?",
]


@pytest.mark.parametrize("message", TOLD_STAFF)
def test_the_staff_told_are_no_one_accused(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "lado" not in finding.contacts, finding


# …but staff named as who did it, told to the writer, keep the LADO
@pytest.mark.parametrize(
    "message",
    [
        "a pupil told me teacher X abused her",
        "she told her teacher that the coach abused her",
        "a pupil told me her teacher abused her",
        "she told her teacher to stop touching her",
        "she told the teacher no and he grabbed her arm",
    ],
)
def test_staff_who_did_it_keep_the_lado(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "lado" in finding.contacts, finding
