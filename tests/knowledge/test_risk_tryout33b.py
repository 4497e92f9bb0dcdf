"""Round 33 (r1b33, from tryout33b): disclosures a second trial of the build found unsignposted.

A telling joined to a question by an aside with no mark before it ("what's the guidance on
sharing with the GP btw a pupil said her dad hits her", "… oh and…", "… and also…", "… since…",
"… because…") was inside the question's reach, so the topic question ("what's the guidance on…")
made it general. An aside (the pack's `asides` marker; "by the way" is read as "btw") now ends
the question where a clause that tells starts, as a comma already did
(`knowledge.risk_words.told_apart`): someone new ("a pupil", "my client", "the lad", a name),
or "he"/"she" when the question named no one it could stand for.

A frame ("just a general question", "for my training session") set the whole message aside,
whatever it went on to tell. It now sets aside all but the sentences that tell of a real case
(`knowledge.risk_scene.real_cases`): the writer's own person ("our tenant", "one of my
tenants"), what one person known to the writer said ("the lad said…", where no "a patient" came
before to make "the client" a vignette's), or an occasion ("… yesterday"). A scenario's "a girl
says her dad hits her" is none of them.

A real case given as an example ("what does the guidance say…, e.g. a child keeps coming in
hungry with unexplained bruises… and says he fell over") was part of the question. After "e.g.",
"for example" or "for instance" (the pack's `examples` marker, which now holds "example" and
"instance"), a clause opening on someone new tells on its own, and asks only if it ends in "?"
("what counts as neglect, e.g. a child coming in hungry?" stays general).

An ex seeking a fled partner's address ("her ex keeps ringing the surgery asking for her new
address", "a man came in asking where his ex-partner lives now") is a sign of domestic abuse:
two cues of that category, the ex named first or after "where".

Adults at risk were sent to child protection only: a carer collecting someone's controlled drugs
early read as a child's exploitation and a parent's drug use (a cue of adult abuse now reads
strong medicines collected early), and a woman threatened by her partner lost the adult contacts
when her children's school was named (a grown woman named beside children, the pack's
`grown-people` marker, makes a harm of either kind either: `knowledge.risk_concern.concern_of`).

A domestic incident attended with children in the home ("attended a domestic last night, no
offences disclosed, but there are 3 kids in the house") is children living with domestic abuse:
a `together` item of the domestic-abuse category, signposted to the child contacts.
"""

from __future__ import annotations

import pytest

from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

# (message, whom the harm concerns)
JOINED_BY_AN_ASIDE = [
    ("what's the guidance on sharing with the GP oh and a pupil said her dad hits her", "child"),
    ("what's the guidance on sharing with the GP and also a pupil said her dad hits her", "child"),
    ("what's the guidance on sharing with the GP since a pupil said her dad hits her", "child"),
    ("what's the guidance on sharing with the GP btw a pupil said her dad hits her", "child"),
    # "the lad", with no age and no school, may be a boy or a young man: both doors, the
    # child's among them (round 45, drugs86's campus-people). A dad's harm names no age: "the
    # student said his dad burns him" gets both too, and "the boy" or "a lad in year 9" the
    # child's alone.
    ("what's the guidance on consent btw the lad said his dad burns him", "either"),
    (
        "what's the guidance on sharing with health visitors btw a mum at our group has bruises "
        "on her neck and said she fell",
        "either",
    ),
    # written here
    (
        "what's the guidance on sharing with the GP by the way a pupil said her dad hits her",
        "child",
    ),
    ("what is the policy on photos btw my client says her son takes her pension", "adult"),
    ("what's the guidance on sharing with the GP because a pupil said her dad hits her", "child"),
    ("whats the rule on sharing w the gp btw one of my year 9s said her stepdad touches her", None),
    (
        "what's the guidance on sharing with the GP cos my client says her son takes her pension",
        "adult",
    ),
    # "he" after an aside, when the question named no one it could stand for
    ("what's the guidance on sharing with the GP btw he said his dad hits him", None),
]

FRAMED_REAL_CASES = [
    # "the lad" with no age nor school: both doors, the child's among them (as above)
    (
        "Just a general question really about data protection - is email ok for sending "
        "referrals? the lad said his dad burns him with cigarettes",
        "either",
    ),
    (
        "Just a general question really about data protection - is email ok for sending "
        "referrals? Oh and the lad I'm worried about said his dad burns him with cigarettes when "
        "he misbehaves, but the main thing is the email question",
        "either",
    ),
    (
        "Just a general question really about data protection - the lad said his dad burns him "
        "with cigarettes",
        "either",
    ),
    (
        "general question: do I need consent to share when a resident tells me a carer hit her "
        "yesterday?",
        "adult",
    ),
    (
        "Can you explain the difference between consent and public interest? I ask because one "
        "of my tenants, a vulnerable man with autism, has had people moving into his flat and he "
        "has bruises, but mainly I want to understand the theory for my training session next "
        "week.",
        "adult",
    ),
    (
        "For my training session I'd like an example. Our tenant, a vulnerable man, has people "
        "moving into his flat and he has bruises. Is that the kind of thing we'd share?",
        "adult",
    ),
    ("For my training session I'd like an example. Our tenant has bruises.", "adult"),
    # written here
    ("general question really, my client told me her son takes her pension", "adult"),
    ("for our staff briefing: one of our residents says a carer pinched her", "adult"),
]

FRAMED_QUIET = [
    # signal words alone ("fears" of "my son") do not overrule the frame
    "Our son asked if he could go to the skate park for a session at the end of the holidays. "
    "When I explained my fears to my son, he assured me that he would be fine.",
    "general question: what counts as neglect?",
    "for my training session, what are the signs of cuckooing?",
    "General question: if a child says their dad hits them, do we need consent to refer?",
    "for our training day, our pupils will look at scenarios about grooming",
]

GIVEN_AS_AN_EXAMPLE = [
    "what does the guidance say about sharing with other agencies when we have concerns but no "
    "proof, e.g. a child keeps coming in hungry with unexplained bruises on the backs of his legs "
    "and says he fell over, I don't want to overreact",
    "what does the guidance say, e.g. a child has bruises on his legs",
    "what does the guidance say about sharing, for example a child has bruises on his legs",
    # written here
    "how do we share worries with the GP, for instance my client's son takes her pension",
]

EXAMPLES_QUIET = [
    "e.g. if a child has bruises, do we always refer?",
    "what counts as neglect, e.g. a child coming in hungry?",
    "what does the guidance say about sharing, for example when a child has bruises?",
    "what does the guidance say about sharing, e.g. a child with bruises?",
    "what signs count as abuse? e.g. bruises on a child's legs",
]

EX_SEEKING_AN_ADDRESS = [
    "her ex keeps ringing the surgery asking for her new address",
    "a man came in asking where his ex-partner lives now, she left him, what do I say?",
    "a man came in asking where his ex-partner lives now",
    # written here
    "her ex-husband keeps phoning reception demanding her new address",
    "my client's ex turned up asking for her whereabouts",
]

EX_QUIET = [
    "my ex keeps ringing me about the kids' school pickup",
    "her ex keeps ringing the surgery asking for her repeat prescription",
    "can we give a new address to an ex-partner?",
]

# (message, whom the harm concerns)
ADULTS_AT_RISK = [
    (
        "I work in a pharmacy. An elderly lady's carer keeps collecting her controlled drugs early "
        "and the lady seems very drowsy. Can I contact her GP?",
        "adult",
    ),
    (
        "an elderly man's carer keeps collecting his controlled drugs early and he seems very "
        "drowsy",
        "adult",
    ),
    ("her carer keeps collecting her controlled drugs early and she seems very drowsy", "either"),
    (
        "a woman in our refuge says her partner has threatened to kill her if she leaves. Can we "
        "share her new address with the children's school?",
        "either",
    ),
    (
        "a woman says her partner has threatened to kill her, can we tell her children's school?",
        "either",
    ),
    # written here
    ("my patient's son keeps picking up her morphine too early and she is very confused", None),
]

CHILDREN_AT_A_DOMESTIC = [
    "police officer: attended a domestic last night, no offences disclosed, but there are 3 kids "
    "in the house. Can I share the incident with the school without the parents' consent?",
    # written here
    "we attended a domestic at the address, two children were present",
    "called to a domestic yesterday, there were 2 kids in the house, do I tell the school?",
]

DOMESTIC_QUIET = [
    "how do we tell schools when we attend a domestic where children live?",
    "I attended a domestic abuse training day with the children's centre staff",
]

QUIET = [
    "what's the guidance on consent btw what counts as neglect?",
    "what's the guidance on consent since the GDPR came in?",
    "what's the guidance on sharing since a child's records moved to a new school?",
    "how long do we keep records since a pupil left the school?",
    "what's the guidance on sharing with the GP btw a parent asked if we can email reports",
    # "he" goes back to the one asked about: the reason for the enquiry, as before
    "police asked whether I have information about a patient since he has applied for a firearms "
    "licence",
]


@pytest.mark.parametrize(("message", "concerns"), JOINED_BY_AN_ASIDE)
def test_a_telling_joined_by_an_aside_is_signposted(
    chat: Chat, message: str, concerns: str | None
) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    if concerns:
        assert finding.concerns == concerns, finding
    if concerns == "either":  # both doors: the child's among them
        assert "childrens-social-care" in finding.contacts, finding
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize(("message", "concerns"), FRAMED_REAL_CASES)
def test_a_real_case_under_a_frame_is_signposted(chat: Chat, message: str, concerns: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert finding.concerns == concerns, finding
    if concerns == "either":  # both doors: the child's among them
        assert "childrens-social-care" in finding.contacts, finding
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", GIVEN_AS_AN_EXAMPLE)
def test_a_real_case_given_as_an_example_is_signposted(chat: Chat, message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", EX_SEEKING_AN_ADDRESS)
def test_an_ex_seeking_a_fled_partners_address_is_signposted(chat: Chat, message: str) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None and "domestic-abuse" in finding.categories, finding
    assert finding.concerns in {"adult", "either"}
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize(("message", "concerns"), ADULTS_AT_RISK)
def test_an_adult_at_risk_gets_the_adult_contacts(
    chat: Chat, message: str, concerns: str | None
) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "adult-social-care" in finding.contacts, finding
    if concerns:
        assert finding.concerns == concerns, finding
    assert chat.send(message)[0].risk_of_harm


@pytest.mark.parametrize("message", CHILDREN_AT_A_DOMESTIC)
def test_children_in_the_home_at_a_domestic_are_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child")


@pytest.mark.parametrize(
    "message", [*QUIET, *FRAMED_QUIET, *EXAMPLES_QUIET, *EX_QUIET, *DOMESTIC_QUIET]
)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)
