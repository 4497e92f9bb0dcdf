"""Round 36 (r1m36, tryout36 findings 6-8): whom the signpost names, a child, an adult or both.

`knowledge.risk_whom.whom`: with no child named clearly, an old person's daughter, son or grandson
is grown and the old person is at risk (adult only); so is "a lad" in a prison, a woman whose age
is 19, and a man telling of a harm with no child anywhere. The reverse: a child's age given
("mindees (4)", "assistant (17)") with no grown-up at risk named (the mum who says what happened
tells; a step brother's age names the one who harms) is the child's alone.
"""

from __future__ import annotations

import pytest

from knowledge.risk_learnt_whom import whom_learnt
from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector

_ADULT = frozenset({"adult-social-care"})
_CHILD = frozenset({"childrens-social-care"})

# (message, whom the harm concerns, contacts that must be named)
SIGNPOSTED = [
    (
        "hospital discharge social worker. pt 88 being discharged home, daughter (main carer) told "
        'ward she "cant cope and might do something she regrets". pt wants to go home. can i '
        "share with the care agency and GP?",
        "adult",
        _ADULT,
    ),
    (
        "im an optom, pt 79 with dementia came in alone, says her daughter locks her in during "
        "the day. shes happy for me to do nothing. what can i do",
        "adult",
        _ADULT,
    ),
    (
        "dog warden, found a dog in a flat with a man who was very thin and confused, flat "
        "freezing, he said his son takes his money. can i report it to anyone or do i stick to "
        "the dog",
        "adult",
        _ADULT,
    ),
    (
        "disch team chat - pt in bay 4 (Mrs Jones, 91, DOB 02/03/1933) says her grandson hits her "
        "when he's had a drink and she doesn't want to go home. can we tell the police and the "
        "care agency?",
        "adult",
        _ADULT,
    ),
    (
        "im a prison officer on the wing, a lad told me his cellmate has been self harming with "
        "a razor blade and hiding it. do i need his permission to tell healthcare",
        "adult",
        _ADULT,
    ),
    (
        "prison officer - lad on an ACCT has been saying hes got nothing to live for since his "
        "mum died, can i tell his personal officer and chaplain",
        "adult",
        _ADULT,
    ),
    (
        "i work at citizens advice. young woman 19 says her landlord lets her off rent if she "
        "'does favours' for him. shes scared of being homeless. what can i do with this info",
        "adult",
        _ADULT,
    ),
    (
        "CAB - man came in, said if he doesnt get his UC sorted this week he'll \"do something "
        'stupid", he has a rope at home',
        "adult",
        _ADULT,
    ),
    (
        "Case notes 03/12: Home visit with OT colleague. Mr X (84) lives alone, recently "
        "discharged following fall. Package of care 2x daily. Observed: bruising to upper arms "
        "consistent with gripping, pt reluctant to discuss. Carer from agency (named) present "
        "throughout and answered for him. Pt appeared anxious when carer in room. Fridge empty. "
        "Q - can I raise this with the agency manager or does it go to safeguarding first?",
        "adult",
        _ADULT,
    ),
    (
        "hi all childminder here, 1 of my mindees (4) has had 3 burns on her hand this month, "
        "mum says its the radiator. do i need mums consent to ring the MASH?",
        "child",
        _CHILD,
    ),
    (
        "childminder here my assistant (17) told me her boyfriend hits her, shes in bits",
        "child",
        _CHILD,
    ),
    (
        "hiya im a SENCo, got a yr 8 girl with ADHD, shes told her TA that her step brother (19) "
        "sends her pics and asks for hers back. mum knows and says its just banter. i need to "
        "tell the DSL but can i also tell her CAMHS worker?",
        "child",
        _CHILD,
    ),
    # unchanged: a child named clearly beside the old person, or a woman harmed beside a child
    ("pt 88, her grandson (6) lives with her and she hits him", "child", _CHILD),
    (
        "a woman says her partner has threatened to kill her, can we tell her children's school?",
        "either",
        _CHILD | _ADULT,
    ),
    ("a 15 year old told me her boyfriend (19) hits her", "child", _CHILD),
    # a grown woman harmed beside the child, or named otherwise than as who tells: both
    (
        "Duty SW. Visited a 4 yo who saw her dad assault her mum. Mum's sobbing, says 'he hit me "
        "on the head where it won't bruise', and begs me not to make her leave him",
        "either",
        _CHILD | _ADULT,
    ),
    (
        "School family support worker. A mum told me she's had 7 years of physical, emotional "
        "and financial abuse from her partner, and the kids are scared of him too",
        "either",
        _CHILD | _ADULT,
    ),
]


@pytest.mark.parametrize(("message", "concerns", "contacts"), SIGNPOSTED)
def test_whom_the_signpost_names(
    chat: Chat, message: str, concerns: str, contacts: frozenset[str]
) -> None:
    signposted_in_both(BUILT_IN, chat, message, concerns, contacts)


@pytest.mark.parametrize(("message", "concerns", "contacts"), SIGNPOSTED[:12])
def test_no_contact_of_the_other_kind(
    message: str, concerns: str, contacts: frozenset[str]
) -> None:
    finding = BUILT_IN.detect(message)
    assert finding is not None
    other = _CHILD if concerns == "adult" else _ADULT
    assert other.isdisjoint(finding.contacts), finding


# The learnt model's finding (`knowledge.risk_learnt_whom`): the cues find nothing in these, the
# model fires, and the people named say whom.
LEARNT = [
    (
        "hi im a childrens home worker, one of the girls (16) is saying shes going to stay at her "
        "'boyfriends' (hes 24) for the weekend and social worker is saying its her choice at 16. "
        "is it?",
        "a child is at risk",
    ),
    (
        'CPN, client with paranoid schizophrenia has stopped his meds and said he\'ll "sort out" '
        "his neighbour who he thinks is spying. can i warn the neighbour / police without his "
        "consent",
        "an adult is at risk",
    ),
]


@pytest.mark.parametrize(("message", "said"), LEARNT)
def test_the_learnt_finding_names_whom_the_people_named_make_it(
    chat: Chat, message: str, said: str
) -> None:
    assert BUILT_IN.detect(message) is None
    replies = chat.send(message)
    assert replies[0].risk_of_harm
    assert said in replies[0].text


@pytest.mark.parametrize(
    ("message", "concern"),
    [
        ("client says her son (12) is scared of dad", "child"),
        ("a mum told me her 15yo is scared of her partner", "either"),
        ("im worried about my neighbour, something isnt right", "either"),
        ("a client told me something about his son and i dont know what to do", "either"),
        ("a client told me something, she is 8 weeks pregnant", "either"),
    ],
)
def test_whom_the_learnt_finding_names(message: str, concern: str) -> None:
    assert whom_learnt(message, builtin_knowledge().risk) == concern


# Tryout36 finding 14: everyday questions read as a harm (the pack's `things`).
QUIET = [
    "CAB - can i share my clients debt info with her husband who is on the phone",
    "CPN - can i tell my clients GP she missed her depot",
    "benefits adviser, can i tell the council about a clients cannabis use, it came up when "
    "discussing his PIP",
]
# The same words told as harm still are.
STILL = [
    "pt 80 says her son takes her money, she has debts and letters she hides",
    "the 15 year old has been missing since friday",
    "mum keeps missing the babys appointments and he is losing weight",
    "my clients cannabis use, she smokes it around the baby",
    "im worried about my clients drug use, her kids are 2 and 4 and she was high at the school "
    "gate",
]


@pytest.mark.parametrize("message", QUIET)
def test_everyday_questions_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", STILL)
def test_the_same_words_told_as_harm_still_signpost(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)
