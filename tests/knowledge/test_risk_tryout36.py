"""Round 36 (r1l36, from tryout36 findings 1-4, 9, 10): disclosures a trial found with no signpost
or without the LADO.

People who work with children named by roles the pack did not know: church, pool and residential
roles join the `staff` set (an organist, a choirmaster, a verger, a lifeguard); and the allegation
item of `allegation-against-staff` reads a driver or escort on children's transport ("the taxi
driver on the school run", "one of our licensed drivers who does school runs", "the school bus
escort"; a driver alone may be anyone's), a choir's or church's leader, and, as what they did,
alcohol or cannabis given to a child ("gave her vodka"), a child's wrists or arm squeezed or
twisted, or a child locked in. So does anyone who works, helps or volunteers at a place for children
("a man who helps at the church has been texting a 13 year old").

A child on a child protection plan now ("child on a CP plan", "she is on a child protection plan")
is a child already judged at risk of significant harm: a category of its own, whose note says the
child protection file goes to a new school's safeguarding lead whatever a parent asks. "was on a
plan when she was little", "what is a CP plan?" stay quiet.

Someone with HIV or hepatitis not telling a partner, or having unprotected sex, puts a third party
at risk of serious harm: an adult signpost, whose note asks for advice (the Caldicott Guardian)
before deciding. A question in general, or a partner told, stays quiet.

Whether consent is needed, asked of a child the writer thinks is being hurt ("do i need parents
consent to ring the MASH if i think the child is being hurt"), tells of a concern
(`knowledge.risk_consent_case`): a child signpost whose note gives the current (May 2024) advice,
that consent is not needed to share about a child at risk of harm. An adult's case keeps its own
signpost, without that note; a question naming no one in particular stays quiet.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

_LADO = {"lado", "safeguarding-lead"}

# (message, whom the harm concerns or None for any, contacts that must be named)
SIGNPOSTED = [
    # finding 1: roles the pack did not know
    (
        "church safeguarding - our organist (DBS checked) was seen kissing a 15 yo chorister in "
        "the car park",
        "child",
        _LADO,
    ),
    (
        "church safeguarding - our organist was seen kissing a 15 year old girl from the choir",
        "child",
        _LADO,
    ),
    ("our choirmaster was seen kissing a 15 year old", "child", _LADO),
    ("a lifeguard at the leisure centre was messaging a 13 year old", "child", _LADO),
    ("the verger has been texting a 13 year old altar server", "child", _LADO),
    ("the school bus escort grabbed a 9yo by the neck", "child", _LADO),
    ("the taxi driver on the school run has been texting a 14 year old", "child", _LADO),
    # written here
    ("the choir leader keeps texting one of the 14 year old girls", "child", _LADO),
    ("our minibus driver on the school run has been texting a 12 year old", "child", _LADO),
    ("a teaching assistant squeezed a 10 year old's wrists", "child", _LADO),
    ("the TA locked the 10 year old boy in a room", "child", _LADO),
    ("the teacher locked a pupil in the cupboard", "child", _LADO),
    ("the bell ringer has been sending messages to a 12 year old", "child", _LADO),
    ("the church warden was seen kissing a 15 year old", "child", _LADO),
    ("the lollipop lady grabbed a 7 year old by the arm", "child", _LADO),
    ("the escort on the school taxi slapped a 10 year old with autism", "child", _LADO),
    ("the cab driver who takes my son to school keeps messaging him, hes 13", "child", _LADO),
    ("the TA squeezed the 8 year old's arm really hard", "child", _LADO),
    # written here: anyone who works, helps or volunteers at a place for children
    ("a man who helps at the church has been texting a 13 year old", "child", _LADO),
    ("a bloke who works at the leisure centre kissed a 15 year old girl", "child", _LADO),
    ("a woman who works with children was seen slapping a 6 year old at the park", None, _LADO),
    # finding 2
    (
        "taxi licensing officer. complaint that one of our licensed drivers who does school runs "
        "was sending messages to a 14 yo girl passenger. police not charging. can i share with "
        "the council's school transport team and LADO?",
        "child",
        _LADO,
    ),
    # finding 4: staff whose act was not read
    (
        "hiya childrens home resi worker. my YP (15) told me a staff member on nights gave her "
        "vodka and showed her pictures on his phone. the manager is his mate. who do i tell",
        "child",
        _LADO,
    ),
    (
        "one of our residential staff has been giving a 15 yr old girl vodka. who do i tell",
        "child",
        _LADO,
    ),
    (
        "SENCo - a teaching assistant squeezed a 10 year old's wrists and locked him in a room. "
        "who do i tell",
        None,
        _LADO,
    ),
    (
        "SENCo - boy 10 w autism said his TA squeezed his wrists hard and locked him in the "
        "sensory room. other staff saw it. who do I tell",
        None,
        _LADO,
    ),
    # finding 3: a child on a child protection plan
    (
        "SENCo - child on a CP plan, mum asked me not to tell the new school about it. can i?",
        "child",
        {"safeguarding-lead", "childrens-social-care"},
    ),
    (
        "child on a child protection plan, mum asked me not to tell the new school about it. "
        "can i?",
        "child",
        set(),
    ),
    # written here
    ("the 6 year old is on a child protection plan and dad has moved back in", "child", set()),
    ("our year 4 girl on a CPP has bruises again", "child", set()),
    # finding 9: a serious infection kept from a partner
    (
        "community psychiatric nurse - my client told me he is HIV positive and not telling his "
        "new partner. can i tell her",
        "adult",
        {"safeguarding-lead"},
    ),
    # written here
    ("patient is hiv positive and doesnt want his wife to know", "adult", set()),
    ("my client has hep c and is having unprotected sex with his girlfriend", "adult", set()),
    # finding 10: whether consent is needed, of a child the writer thinks is being hurt
    (
        "childminder - do i need parents consent to ring the MASH if i think the child is being "
        "hurt",
        "child",
        {"childrens-social-care"},
    ),
    (
        "do i need consent to share info about a 15 yr old with childrens social care if shes at "
        "risk",
        "child",
        {"childrens-social-care"},
    ),
    # an adult's stays the adult's
    (
        "do i need the adults consent to refer to adult social care if shes being financially "
        "abused",
        "adult",
        {"adult-social-care"},
    ),
]

QUIET = [
    "do I need consent to share with children's social care",
    "do i need consent to share information with the police?",
    "do i need consent if a child is at risk of significant harm?",
    "do we need parents permission if the child is going on a school trip",
    "do i need consent to share with the school if the child has diabetes",
    "can I tell a patient's partner about their HIV status?",
    "what is the law on not telling a partner you have HIV",
    "my client is HIV positive and wants help telling his partner",
    "what is a CP plan",
    "what happens when a child is on a child protection plan?",
    "how long does a child protection plan last",
    "she was on a CP plan when she was little but the case closed years ago",
    "i was on a child protection plan as a kid",
    "can i share info about a child on a CP plan with the school nurse?",
    "what does a LADO do",
    "our TA training is on Monday",
    "our organist is playing at the 15 year old's confirmation on sunday",
    "the school bus escort is off sick, who covers for her",
    "a lifeguard at the leisure centre pulled a 13 year old out of the deep end",
    "the verger locked the church after the service",
    "our residential staff gave the 15 year old her medication",
    "a man who works at the leisure centre saved a 13 year old from drowning",
    "my neighbour who helps at the church is giving the 14 year olds a talk on recycling",
    "the TA squeezed past the 8 year olds in the corridor to get to her arm chair",
    "our TA twisted her ankle and the 6 year olds helped",
    "the bus driver who takes the kids to school was off sick so the 10 year olds walked",
    "our TA locked the 8 year old's bike in the shed",
    "the teacher locked the classroom when the 10 year olds went to lunch",
]


@pytest.mark.parametrize(("message", "concerns", "contacts"), SIGNPOSTED)
def test_signposted_with_the_right_concerns_and_contacts(
    chat: Chat, message: str, concerns: str | None, contacts: set[str]
) -> None:
    signposted_in_both(BUILT_IN, chat, message, concerns, contacts)


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    "message",
    [
        "childminder - do i need parents consent to ring the MASH if i think the child is being "
        "hurt",
        "do i need consent to share info about a 15 yr old with childrens social care if shes at "
        "risk",
        # written here
        "nursery worker - do we need parental consent to refer to MASH if we think this child is "
        "being hit at home",
        "do i have to ask mum for consent to refer if i think her boyfriend is hurting her 4 year "
        "old",
        "is consent needed to share if i think the child is unsafe at home",
    ],
)
def test_consent_for_a_child_at_risk_gives_the_current_advice(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert any("2024" in note for note in finding.notes), finding


def test_an_adults_case_has_no_note_about_children() -> None:
    finding = BUILT_IN.detect(
        "do i need the adults consent to refer to adult social care if shes being financially "
        "abused"
    )
    assert finding is not None
    assert not any("2024" in note for note in finding.notes), finding


def test_an_allegation_says_the_lado_can_be_told_directly() -> None:
    """Finding 4: "the manager is his mate": the writer may go to the LADO themselves."""
    finding = BUILT_IN.detect(
        "hiya childrens home resi worker. my YP (15) told me a staff member on nights gave her "
        "vodka and showed her pictures on his phone. the manager is his mate. who do i tell"
    )
    assert finding is not None
    assert any("contact the LADO yourself" in note for note in finding.notes), finding
