"""Round 35 (r1e35, from tryout34): whom a signpost names, and the trial's leftovers.

A grown woman who is herself threatened, controlled or at risk is an adult at risk even when
children are named ("a mum came to reception crying and said she can't go home because he'll
kill her, her kids are in year 2 and 4"): the signpost names children's and adult contacts
both (`knowledge.risk_women.woman_harmed`). Not when the woman is the one who does it ("a year
9 girl said her mum slapped her"), nor when the one harmed is her child ("her 10 year old").

An adult's kind of harm read again inside the words of a cue that names a child clearly ("my
foster carer has been locking the 11 year old in his room at night": confinement to a room, an
adult's cue, inside the child's "locking the 11 year old in … room") is the child's: children's
contacts and the LADO, not adult social care (`knowledge.risk_twice.read_again`). An adult's
kind in words of its own still counts ("an 18 year old student is kept locked in his room").

A baby's age in months or weeks given alone, with no "old" ("pt in resus, query NAI, 4 months",
"3 months, spiral fracture", "he's 6 weeks and has a bruise"), names a child clearly
(`knowledge.risk_ages.baby_age_alone`); a time does not ("for 4 months", "18 months with my
boyfriend", "6 months ago").

Someone who works or volunteers with children named on the sex offenders register ("our sunday
school helper is on the sex offenders register") is a risk from someone at work: the LADO as
well as children's social care (the pack's `risk-from-someone-at-work`, whose record is the
risk). Not someone the one at work tells of ("the social worker said dad is on the register").

A short question that tells of no harm ("is this the girl from year 9?") is not put to the learnt
model (`dialogs.remark_readings.short_question`): it fired on it.

A sign seen again and again on one of the writer's group ("if one of the members keeps turning
up with bruises what do we do", a lunch club) is a real case, not a supposition: "one of … keeps
turning up / coming in with" names an occasion, and "one of the members" someone. A general "if
a child keeps coming in with bruises" and "what if one of the members is being abused?" stay
quiet.
"""

from __future__ import annotations

import pytest

from dialogs.remark_readings import short_question
from tests.support.core import Chat
from tests.support.packs import builtin_knowledge
from tests.support.risk_both import quiet_in_both, signposted_in_both

BUILT_IN = builtin_knowledge().risk_detector
BOTH = {"childrens-social-care", "adult-social-care"}

# a woman harmed herself, children named: both children's and adult contacts
WOMAN_AT_RISK = [
    "health visitor: new birth visit, mum scored high on the depression scale and said sometimes "
    "she thinks the baby would be better off without her",
    "a mum came to reception crying and said she can't go home because he'll kill her, her kids "
    "are in year 2 and 4",
    "mum told our key worker that her partner won't let her have any money and checks her "
    "phone, the baby is 8 months",
    "a man I supervise said if his ex doesn't let him see the kids he'll make her pay",
    # written here
    "a mum at drop off said her partner strangled her last night, the kids are in year 1",
    "mum told me her boyfriend has threatened to kill her, the baby is 6 months",
    "mum said her ex keeps turning up and says he'll hurt her, the twins are in reception",
    "mum says she feels the kids would be better off without her",
    "a mum in the playground said her partner won't let her see her friends, her son is in year 2",
    "mum said she'll throw herself off the bridge if social services take the kids",
    # a clause opening on "said" goes on from the one before; "her ex" does it
    "School receptionist. A mum came in crying, said her ex has been parked outside her house "
    "every night and sent her a message saying 'you'll regret it'. The kids are in our school. "
    "What do I do?",
    "a mum at pick up, said her partner hits her, the kids are in year 3",
    # "her" just after the harm; a woman's own words about herself ("mum said she…")
    "mum disclosed that her partner raped her, the children are 2 and 4",
    "mum told me she's thinking of ending it all, the baby is 3 months",
    "new birth visit, mum said she wants to die and the baby is 2 weeks",
]

# the woman does the harm, or the one harmed is a child: children's contacts only
A_CHILD_HARMED = [
    "a year 9 girl said her mum slapped her",
    "a year 9 girl came to see me, said her mum slapped her",
    "Mum has told me she smothers the baby with a pillow when he won't stop crying",
    "a girl in year 8, mum says she has been cutting herself",
    "my year 8 pupil's mum says she has been cutting herself",
    "Who do I speak to about a pupil who keeps telling me her mum's new partner makes her sleep "
    "in his bed?",
    "the 8 year old said her dad hits her",
    "a 12 year old said her mum's boyfriend makes her watch porn",
    "a mum has come in furious that a male teacher grabbed her 10 year old by the wrist",
    "dinner lady here - a year 4 girl has cuts on her wrists she tries to hide with her sleeves",
    "I'm 13 and I look after my mum who has MS, I do all her washing and dressing and I can't "
    "cope anymore",
]


@pytest.mark.parametrize("message", WOMAN_AT_RISK)
def test_a_woman_harmed_beside_children_is_signposted_to_both(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "either")
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert set(finding.contacts) >= BOTH, finding


@pytest.mark.parametrize("message", A_CHILD_HARMED)
def test_a_child_harmed_by_or_beside_a_woman_stays_the_childs(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child")


# a child confined by someone who looks after children: the child's, with the LADO
CHILD_CONFINED = [
    "my foster carer has been locking the 11 year old in his room at night",
    "as the supervising social worker, my foster carer told me she's been locking the 11 year old "
    "in his room at night",
    # written here
    "the childminder locks the toddlers in the back room at nap time",
    "our foster mum keeps shutting the 7 year old in her bedroom",
    "the foster carer has been locking the toddler in his bedroom",
]

# an adult confined, in words of the adult's own: adult social care stays (an age given of
# 18 or more is an adult's: r1g35, merged beside)
ADULT_CONFINED = [
    ("an 18 year old student is kept locked in his room by his dad", "adult"),
    ("the carer keeps locking the old man in his room", "adult"),
    ("i am 82 and my grandson takes my money and shouts at me", "adult"),
]


@pytest.mark.parametrize("message", CHILD_CONFINED)
def test_a_child_confined_is_the_childs_with_the_lado(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child")
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert {"childrens-social-care", "lado"} <= set(finding.contacts), finding
    assert "adult-social-care" not in finding.contacts, finding


@pytest.mark.parametrize(("message", "concerns"), ADULT_CONFINED)
def test_an_adult_confined_keeps_adult_social_care(chat: Chat, message: str, concerns: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, concerns)
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "adult-social-care" in finding.contacts, finding


# a baby's age alone: the child's
BABY_AGED = [
    "pt in resus, query NAI, 4 months",
    # written here
    "A&E: 3 months, spiral fracture, dad says he caught his arm in the cot",
    "he's 6 weeks and has a bruise on his ear",
    "patient in resus, query NAI, 10 weeks",
]

# a time in months or weeks: no child named by it
NOT_AN_AGE = [
    ("she has had bruises on her arms for 4 months", "either"),
    ("6 months ago her partner hit her", "either"),
    ("18 months with my boyfriend and he has threatened to kill me", "either"),
    ("3 months pregnant and her partner hits her", "either"),
]


@pytest.mark.parametrize("message", BABY_AGED)
def test_a_babys_age_alone_names_a_child(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child")


@pytest.mark.parametrize(("message", "concerns"), NOT_AN_AGE)
def test_a_time_in_months_names_no_child(chat: Chat, message: str, concerns: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, concerns)


# one who works or volunteers with children, on the register: the LADO
ON_THE_REGISTER = [
    "our sunday school helper is on the sex offenders register",
    # written here
    "our scout leader is on the sex offenders register",
    "our cub leader is on the sex offenders register",
    "our volunteer is a registered sex offender and helps at the kids club",
]

# on the register, but not someone at work: no LADO
NOT_AT_WORK = [
    "the social worker said dad is on the sex offenders register",
    "my neighbour is a registered sex offender",
]

REGISTER_QUIET = [
    "the register for sunday school is on the wall",
    "our sunday school helper takes the register",
    "do volunteers on the sex offenders register have to be reported?",
    "can a registered sex offender be a volunteer?",
]


@pytest.mark.parametrize("message", ON_THE_REGISTER)
def test_someone_at_work_on_the_register_names_the_lado(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child")
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert {"lado", "childrens-social-care"} <= set(finding.contacts), finding


@pytest.mark.parametrize("message", NOT_AT_WORK)
def test_someone_else_on_the_register_names_no_lado(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message, "child")
    finding = BUILT_IN.detect(message)
    assert finding is not None
    assert "lado" not in finding.contacts, finding


@pytest.mark.parametrize("message", REGISTER_QUIET)
def test_a_register_named_otherwise_stays_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


# short questions naming someone, telling of no harm: the learnt model is not asked
SHORT_QUESTIONS = [
    "is this the girl from year 9?",
    # written here (the learnt model fired on each)
    "is she the girl from year 9?",
    "is this the year 9 girl?",
    "is this the same girl from year 7?",
    "is this the lad from year 11?",
]


@pytest.mark.parametrize("message", SHORT_QUESTIONS)
def test_a_short_question_telling_of_no_harm_stays_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize(
    ("message", "short"),
    [
        ("is this the girl from year 9?", True),
        ("Who is she?", True),
        ("is this the girl from year 9", False),  # no question mark: may tell
        ("the girl from year 9, is it her?", False),  # opens on a telling
        ("is this the girl from year 9 who told the nurse something about home?", False),
    ],
)
def test_what_a_short_question_is(message: str, short: bool) -> None:
    words = builtin_knowledge().risk.question_words
    assert short_question(message, frozenset(words)) is short


# a sign seen again and again on one of the writer's group
ONE_OF_THE_GROUP = [
    "if one of the members keeps turning up with bruises what do we do",
    # written here
    "one of the members keeps turning up with bruises",
    "if one of our regulars keeps coming in with bruises, what should we do?",
    "lunch club: one of our members keeps coming in with bruises on her arms",
]

GROUP_QUIET = [
    "if one of the members keeps turning up late what do we do",
    "what do we do if one of our members asks for their records?",
    "what if one of the members is being abused?",
    "if a child keeps coming in with bruises what should I do?",
]


@pytest.mark.parametrize("message", ONE_OF_THE_GROUP)
def test_a_sign_again_and_again_on_one_of_the_group_is_signposted(chat: Chat, message: str) -> None:
    signposted_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", GROUP_QUIET)
def test_a_supposition_about_one_of_the_group_stays_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


# the words of the rules above, in ordinary sentences
LOOK_ALIKES = [
    "the 11 year olds have their room at the end of the corridor",
    "the baby is 4 months and feeding well",
]

# the same, which the cues find nothing in (the learnt model fires on these, as it did before)
CUES_QUIET = [
    "the foster carer keeps the 11 year old's room tidy",
    "my foster carer locks the front door at night",
    "mum said her partner lets her have the car on fridays, the baby is 8 months",
]


@pytest.mark.parametrize("message", LOOK_ALIKES)
def test_look_alikes_stay_quiet(chat: Chat, message: str) -> None:
    quiet_in_both(BUILT_IN, chat, message)


@pytest.mark.parametrize("message", CUES_QUIET)
def test_the_cues_find_nothing_in_look_alikes(message: str) -> None:
    assert BUILT_IN.detect(message) is None
