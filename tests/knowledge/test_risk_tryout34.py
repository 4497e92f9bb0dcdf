"""Round 34 (r1d34, from tryout34): missed and wrong signposts a fourth trial found.

Clinical shorthand for a non-accidental injury ("pt in resus, query NAI, 4 months") is a term of
physical abuse: it counts in a sentence naming someone, never in a question naming no one ("what
does NAI stand for in our policy?"). A baby's age in weeks or months ("6 week old", "4 month
old") names a child (`people`, `child_words`), as "year old" did.

A child was sent to adult procedures, or to none: "mum leaves the baby in the car while she
shops" (a child named, not "her", left in a car: a cue of neglect) and "my foster carer has been
locking the 11 year old in his room" (a cue of emotional abuse for a child named, and an adult's
kind, confinement to a room, is found as well: "either", with the child contacts; an adult's kind
found beside a kind of either was tried as the child's where a child is named clearly, but turned
"an 18 year old student", "the old boy next door" and a lunch-club regular in her mid 80s into
children in the brainstorm sets).

An allegation about someone who works or volunteers with children named the LADO alone ("one of
the coaches has been messaging a 13 year old player"): the category now names children's and
adult social care too, the one that does not fit dropped by whom it concerns. A foster carer, a
childminder or a nursery practitioner who hurts, confines or roughly handles one of the children
is such an allegation ("the foster carer smacked one of the children in placement" named no
LADO).

A helper of the writer's group named by the group ("our sunday school helper") is someone in
particular, so the sex offenders register said of them counts; a conviction said only to be
"against children" is a risk from that person, and, for a helper or volunteer, an allegation
about someone at work (the LADO).

Someone kept away by a court order, or not allowed contact, who is at the place now ("a dad with
a court order saying no contact is in the car park") is a sign of domestic abuse, as one who has
"turned up" was, or waiting, sitting or parked outside or at a place; "the court order
paperwork came today" and "we are waiting in the office" are not.

Her family saying they will "deal with" or "sort" a girl over a boy ("dad said if his daughter
dates that boy the family will deal with her") is honour-based abuse.

Photos of children from a changing room, toilets or showers posted or shared ("someone posted
photos of children from our changing room online") are a sign of sexual abuse, not only a matter
for the policy on images.

"Can I tell the school nurse a pupil came into ED after an overdose": a question naming "a pupil"
names anyone, unless it asks whether to pass on what the writer knows ("can I tell the police
that a girl…"). With "that" left out, "a" one person then a verb such as "came", "was", "took",
after whom it is told to, opens the same telling (`knowledge.risk_passing_on.passing_on`).

At the consent question, "not asked - he'd abscond if he knew" is a reason not to ask, not a
disclosure: what someone would do ("he'd abscond") is a `general` phrase; "he has absconded"
still counts. A remark of fewer than 16 words (was 8) while the check's question waits is read
by the cues alone ("she's 16 and gillick competent and said no" was taken by the learnt model).

Someone else (a carer, a mate, a relative) collecting a person's supervised methadone is a sign
of an adult's abuse (a `together` item of `adult-abuse-neglect`): it read as a parent's drug use
only, and the old man got child procedures. Someone who "feels like he could hurt someone" is a
threat (either): the client on licence drinking again got child procedures only, for no child.
"Her partner", "his ex" as adult words was tried ("mum … her partner won't let her have any
money…, the baby is 8 months" got child contacts only) and reverted: a mum whose partner
strangled her, no child named, lost the children's contacts in the brainstorm sets.

A history of domestic abuse (a conviction, a caution, "previous", "history") beside a new
partner and children, in one sentence, is a risk from that person (a `together` item of
`risk-from-a-person`, whose records count): the probation officer's "…can I tell her?" was quiet.

"Suspected non accidental injury" is no data breach: the not-covered `breach` entry's anchor
"accident*" is now "accidentall*", "accidently", "accidental disclosure", "accidental release",
"by accident".
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.reply_probe import go_to
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

# (message, whom the harm concerns or None for any, contacts that must be named)
SIGNPOSTED = [
    ("pt in resus, query NAI, 4 months", None, {"childrens-social-care"}),
    ("4 month old in resus, query NAI", None, {"childrens-social-care"}),
    ("query NAI in a 4 month old, can I share with the GP", None, {"childrens-social-care"}),
    # written here
    ("suspected NAI in a toddler brought in by dad", "child", {"childrens-social-care"}),
    ("elderly lady on the ward, query NAI, bruising to both arms", None, {"adult-social-care"}),
    # a baby's age in weeks or months names a child
    ("?NAI in 6 week old, bruise to ear", "child", {"childrens-social-care"}),
    ("A&E: 3 month old, possible NAI, skeletal survey booked", "child", set()),
    # a child left in a car, or locked in a room, by someone named
    (
        "my foster carer has been locking the 11 year old in his room at night",
        None,
        {"childrens-social-care"},
    ),
    (
        "as the supervising social worker, my foster carer told me she's been locking the 11 year "
        "old in his room at night",
        None,
        {"childrens-social-care"},
    ),
    (
        "mum said she sometimes leaves the baby in the car while she does the shopping",
        "child",
        {"childrens-social-care"},
    ),
    ("mum leaves the baby in the car while she shops", "child", {"childrens-social-care"}),
    # written here
    ("dad left the toddler in the van while he went to the bookies", "child", set()),
    ("her stepdad keeps shutting the 6 year old in the shed", "child", set()),
    # an allegation about someone at work: the LADO and children's (or adult) social care
    (
        "I'm the welfare officer at a junior football club. one of the coaches has been messaging "
        "a 13 year old player on snapchat late at night",
        "child",
        {"lado", "childrens-social-care"},
    ),
    # written here
    (
        "the coach has been giving lifts and presents to a 12 year old",
        "child",
        {"lado", "childrens-social-care"},
    ),
    # a foster carer or a practitioner who hurts or confines a child in their care: the LADO
    ("the foster carer smacked one of the children in placement", "child", {"lado"}),
    (
        "one of our practitioners was seen shouting at and roughly handling a toddler during nap "
        "time",
        "child",
        {"lado", "childrens-social-care"},
    ),
    (
        "my foster carer has been locking the 11 year old in his room at night",
        None,
        {"lado", "childrens-social-care"},
    ),
    # written here
    ("our foster dad hit one of the kids in placement last night", "child", {"lado"}),
    ("the childminder locks the toddlers in the back room at nap time", None, {"lado"}),
    # a helper or volunteer on the register, or with a conviction against children
    (
        "our sunday school helper is on the sex offenders register",
        "child",
        {"childrens-social-care"},
    ),
    (
        "faith group - we have a volunteer who has a conviction for something against children, "
        "he says it was years ago. the committee wants to keep it quiet. do we have to tell "
        "anyone?",
        "child",
        {"lado", "childrens-social-care"},
    ),
    # written here
    ("our scout leader is on the sex offenders register", "child", set()),
    ("the church helper has a caution involving a child", "child", {"lado"}),
    # one kept away by a court, or not allowed contact, who is there now
    (
        "a dad with a court order saying no contact is in the car park",
        None,
        {"childrens-social-care"},
    ),
    ("dad who isn't allowed contact is outside the school gates", "child", set()),
    # written here
    ("mum's ex has an injunction and he's waiting outside the surgery", None, set()),
    ("mum's ex isn't allowed near the kids and he's waiting at the school gate", "child", set()),
    ("the dad has a court order and he's sitting in his car outside the nursery", "child", set()),
    # her family threatening to deal with a girl over a boy
    ("dad said if his daughter dates that boy the family will deal with her", None, set()),
    # written here
    (
        "her uncle said the family will sort her out if she carries on seeing her boyfriend",
        None,
        set(),
    ),
    # photos of children from a changing room, posted
    (
        "welfare officer: a parent has posted photos of other kids from the changing room on "
        "facebook",
        "child",
        {"childrens-social-care"},
    ),
    ("someone posted photos of children from our changing room online", "child", set()),
    # written here
    ("the coach shared videos of the girls in the showers on whatsapp", "child", set()),
    # "can I tell X" then what happened to one person, "that" left out
    ("can I tell the school nurse a pupil came into ED after an overdose", "child", set()),
    # written here
    ("can I tell the police a girl was assaulted at the bus stop?", "child", set()),
    ("can I tell a parent a child was hit?", "child", set()),
    # absconding that happened, not one foreseen
    ("he has absconded from the unit again", None, set()),
    ("the 15 year old absconds every weekend", "child", set()),
    # someone else collecting a person's supervised methadone: an adult at risk
    (
        "a carer came to collect an old man's methadone but he's supposed to collect it himself "
        "supervised",
        "adult",
        {"adult-social-care"},
    ),
    # written here
    (
        "his mate keeps picking up his methadone even though it's meant to be supervised",
        None,
        {"adult-social-care"},
    ),
    # someone who says they feel they could hurt someone: a threat to anyone, adults too
    (
        "my client on licence told me he's been drinking again and that he feels like he could "
        "hurt someone",
        "either",
        {"adult-social-care"},
    ),
    # written here
    ("he said he feels like he could kill someone", "either", {"adult-social-care"}),
    # a history of domestic abuse beside a new partner's children
    (
        "probation officer: my person on probation has a new girlfriend with two young kids and "
        "he has a previous conviction for domestic abuse. can I tell her?",
        "child",
        {"childrens-social-care"},
    ),
    # written here
    (
        "he's just moved in with a woman who has three kids and he has a history of domestic "
        "violence",
        "either",
        {"childrens-social-care", "adult-social-care"},
    ),
]

QUIET = [
    "what does NAI stand for in our policy?",
    "what is the process for an NAI referral?",
    "my 3 month old has a cold, can nursery share that with other parents?",
    "the baby's car seat is in the nursery office",
    "can staff leave their cars in the school car park while on a trip?",
    "the car park is next to the nursery",
    "our foster carers took the children to the beach",
    "the foster carer shouted at the social worker at the review",
    "the sunday school rota is on the register",
    "our church helper has a conviction for fraud",
    "do volunteers with convictions against children have to be reported?",
    "our sunday school helper brought cakes for the children",
    "the court order paperwork came today",
    "the court order is in the office",
    "does a no contact order mean he can't come to parents evening?",
    "he isn't allowed contact so we are waiting in the office for the social worker",
    "the court order says no contact, we are waiting for the hearing",
    "the family will deal with the boy's behaviour at home",
    "mum said the family will deal with it, the boy has apologised",
    "can parents take photos in the changing room at the gala?",
    "we put photos of the new changing rooms on our website",
    "we shared photos of the children from the trip, the changing rooms were closed",
    "can I tell the parents a pupil has been absent?",
    "can I tell the school nurse a pupil has a medical condition?",
    "not sought, he would abscond if we told him",
    "can a carer collect a patient's methadone?",
    "i feel like i could kill someone, this printer is so slow",
    "I felt like I might hurt someone's feelings if I told them",
    "can we share a partner's history of domestic abuse with children's services under clare's "
    "law?",
]

# typed at the consent question, as a reason not to ask: neither signposted nor remembered
AT_THE_CONSENT_QUESTION = [
    "not asked - he'd abscond if he knew",
    # the learnt model fires on these as first messages
    "she's 16 and gillick competent and said no",
    "he is 17 and has capacity, he said no to us sharing",
]

# signposted, but not an allegation about someone at work
NOT_THE_LADO = [
    "the practitioner said the child's dad hits him",
    "the childminder said the child's mum hit him",
]


@pytest.mark.parametrize(("message", "concerns", "contacts"), SIGNPOSTED)
def test_signposted_with_the_right_concerns_and_contacts(
    chat: Chat, message: str, concerns: str | None, contacts: set[str]
) -> None:
    signposted_in_both(BUILT_IN, chat, message, concerns or None, contacts)


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", NOT_THE_LADO)
def test_a_practitioner_telling_of_a_child_is_no_allegation(message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "lado" not in finding.contacts, finding


@pytest.mark.parametrize("message", AT_THE_CONSENT_QUESTION)
def test_a_reason_not_to_ask_for_consent_is_no_disclosure(chat: Chat, message: str) -> None:
    assert BUILT_IN.detect(message) is None
    go_to(chat, "consent")
    replies = chat.send(message)
    assert not any(r.risk_of_harm for r in replies)
    check = chat.state.check
    assert check is not None and not check.concern


def test_a_non_accidental_injury_is_no_breach(chat: Chat) -> None:
    replies = chat.send("baby with suspected non accidental injury")
    assert replies[0].risk_of_harm
    assert not any("goes astray" in (r.text or "") for r in replies)


@pytest.mark.parametrize(
    "message",
    [
        "information was accidentally disclosed to a parent",
        "we had an accidental disclosure of a pupil's address",
        "I accidently left a list of pupils' addresses on the bus",
    ],
)
def test_an_accidental_disclosure_is_still_a_breach(chat: Chat, message: str) -> None:
    assert any("goes astray" in (r.text or "") for r in chat.send(message))
